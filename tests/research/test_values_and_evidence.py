"""Fast units: the case encoding round-trips, and the static evidence finds calls in every import spelling."""

from __future__ import annotations

import ast
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainerd.research import evidence
from trainerd.research.values import Unserializable, decode, encode, shape_of

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=5),
    st.binary(max_size=5),
    st.complex_numbers(allow_nan=False),
)
hashable = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5), st.binary(max_size=3))
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.tuples(inner, inner),
        st.dictionaries(st.text(max_size=4), inner, max_size=3),
        st.dictionaries(st.integers(), inner, max_size=3),
        st.sets(hashable, max_size=3),
        st.frozensets(hashable, max_size=3),
    ),
    max_leaves=12,
)


@settings(suppress_health_check=[HealthCheck.too_slow])  # a loaded shared machine draws slowly
@given(values)
def test_encoding_round_trips_and_is_json(value):
    import json

    encoded = encode(value)
    assert json.loads(json.dumps(encoded)) == encoded
    assert decode(encoded) == value
    assert type(decode(encoded)) is type(value)


def test_non_finite_floats_and_unstable_reprs():
    assert encode(float("nan")) == {"__float__": "nan"} and math.isnan(decode({"__float__": "nan"}))
    assert encode({"__tuple__": 1}) == {
        "__dict__": [["__tuple__", 1]]
    }  # a dict that looks like a tag stays a dict
    with pytest.raises(Unserializable, match="memory address"):
        encode(object())
    with pytest.raises(Unserializable, match="cannot be rebuilt"):
        decode({"__repr__": "Point(x=1, y=2)"})
    assert shape_of([1, 2.5]) == "list[float | int]" and shape_of({"a": [1]}) == "dict[str, list[int]]"


@pytest.mark.parametrize(
    "caller, expected",
    [
        ("from shop.pricing import apply_discount\napply_discount(1.0, 2)\n", 1),
        ("from shop.pricing import apply_discount as ad\nad(1.0, percent=2)\n", 1),
        ("import shop.pricing\nshop.pricing.apply_discount(1.0, 2)\n", 1),
        ("import shop.pricing as p\np.apply_discount(1.0, 2)\n", 1),
        ("from shop import pricing\npricing.apply_discount(1.0, 2)\n", 1),
        ("from .pricing import apply_discount\napply_discount(1.0, 2)\n", 1),
        (
            "from other import apply_discount\napply_discount(1.0, 2)\n",
            0,
        ),  # a different function of that name
        ("def apply_discount(a, b):\n    return 0\napply_discount(1, 2)\n", 0),
    ],
)
def test_call_sites_in_every_import_spelling(tmp_path: Path, caller: str, expected: int):
    target = tmp_path / "shop" / "pricing.py"
    target.parent.mkdir()
    (target.parent / "__init__.py").write_text("")
    target.write_text("def apply_discount(price, percent):\n    return price\n")
    caller_file = tmp_path / "shop" / "cart.py"
    caller_file.write_text(caller)
    sites = evidence.call_sites_in(
        caller_file,
        caller,
        ast.parse(caller),
        "shop/cart.py",
        target.resolve(),
        "shop.pricing",
        "apply_discount",
    )
    assert len(sites) == expected
    if expected:
        assert sites[0].literal and sites[0].args[0] == {"literal": True, "value": 1.0, "shape": "float"}


def test_side_effects_follow_same_module_helpers_and_aliases():
    source = (
        "import random as rnd\nfrom datetime import datetime\nfrom pathlib import Path\n\n"
        "def _stamp():\n    return datetime.now()\n\n"
        "def target(x):\n    y = rnd.choice(x)\n    Path('out').write_text(str(y))\n    return _stamp()\n"
    )
    found = [(e.line, e.reason) for e in evidence.side_effects(ast.parse(source), "target", source)]
    assert found == [
        (9, "randomness (random)"),
        (10, "file I/O (Path.write_text)"),
        (6, "the current time (datetime.now) via _stamp()"),
    ]


def test_import_location_walks_up_packages(tmp_path: Path):
    (tmp_path / "pkg" / "sub").mkdir(parents=True)
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "sub" / "__init__.py").write_text("")
    assert evidence.import_location(tmp_path / "pkg" / "sub" / "mod.py") == (tmp_path, "pkg.sub.mod")
    assert evidence.import_location(tmp_path / "solo.py") == (tmp_path, "solo")


def test_ranges_and_iterators_are_stored_without_consuming_them():
    from itertools import count

    assert encode(range(2, 9, 3)) == {"__range__": [2, 9, 3]} and decode({"__range__": [2, 9, 3]}) == range(
        2, 9, 3
    )
    started = iter([1, 2, 3])
    next(started)
    assert encode(started) == {"__iter__": [2, 3]} and list(started) == [2, 3]  # not consumed
    counter = count(5)
    assert encode(counter)["__iter__"][:3] == [5, 6, 7] and next(counter) == 5  # endless: its first 100
    rebuilt = decode({"__iter__": [1, {"__tuple__": [2]}]})
    assert next(rebuilt) == 1 and list(rebuilt) == [(2,)]
    with pytest.raises(Unserializable, match="generator cannot be read"):
        encode(x for x in [1])
