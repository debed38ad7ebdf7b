import pytest

from stats import median


def test_odd_length():
    assert median([3, 1, 2]) == 2


def test_single():
    assert median([7]) == 7


def test_even_length():
    assert median([4, 1, 3, 2]) == 2.5


def test_even_unsorted_floats():
    assert median([10.0, 0.0]) == 5.0


def test_negative_numbers():
    assert median([-5, -1, -3]) == -3


def test_empty_raises():
    with pytest.raises((ValueError, IndexError)):
        median([])
