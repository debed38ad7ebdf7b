import pytest

from primes import count_primes


@pytest.mark.parametrize(("limit", "expected"), [(0, 0), (2, 0), (3, 1), (10, 4), (100, 25), (1000, 168)])
def test_count(limit, expected):
    assert count_primes(limit) == expected
