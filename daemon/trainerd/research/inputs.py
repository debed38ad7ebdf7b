"""Candidate inputs for a characterization (runner side): the pool the coverage selection picks from.

In order: the seeds (inputs the project itself uses: call sites, the existing tests' arguments,
doctests, datasets), then variations of one base input, one parameter at a time: the constants the
target's own code compares with (and their neighbours: ``n - 1``, ``n``, ``n + 1``), boundary values
of the parameter's type, then hypothesis draws (derandomized) from the type hints, else from the
shapes of the seeds. Methods vary their arguments on the instances the project builds; a class varies
the arguments that build it. Then the project's inputs with their sequences cut or extended to the
lengths around the counts of the call (and as iterators), the counts one or two higher.

Over 500 lines on purpose: each kind of candidate is a short function, and they share the pool.
"""

from __future__ import annotations

import collections.abc
import json
import types
import typing
from typing import Any

from trainerd.research.invoke import Target
from trainerd.research.values import first_items

# readable in a reviewed test file, yet with whitespace, punctuation and non-ASCII letters; an explicit
# alphabet also spares hypothesis building its full Unicode table (seconds on a first run)
ALPHABET = "abcxyzABCXYZ019 \t\n-_.,:;!?/'\"()[]{}@#%&*+=<>|~éÉßçñøΩλжü中文🙂"
MAX_CONSTANTS = 40
MAX_INITS = 3  # instances a method's generated arguments are tried on


def boundary_for(kind: Any, example: Any = None) -> list[Any]:
    """Edge values of a type (from its hint, else from an example value)."""
    origin = typing.get_origin(kind)
    if kind is bool or isinstance(example, bool):
        return [True, False]
    if kind is int or (kind is None and type(example) is int):
        return [0, 1, -1, 2, 2**31 - 1, -(2**31)]
    if kind is float or (kind is None and type(example) is float):
        return [0.0, -0.0, 0.5, 1.5, -1.5, 1e300, float("inf")]
    if kind is str or (kind is None and type(example) is str):
        return ["", " ", "a", "A", "a b", "Ünïcødé ✓", "x" * 200]
    if kind is list or origin is list or (kind is None and type(example) is list):
        out: list[Any] = [[]]
        if isinstance(example, list) and example:
            out += [example[:1], [example[0], example[0]], list(reversed(example))]
        else:
            args = typing.get_args(kind)
            inner = boundary_for(args[0]) if args else []
            if inner:
                out += [inner[:1], inner[:3]]
        return out
    if kind is tuple or origin is tuple or (kind is None and type(example) is tuple):
        if isinstance(example, tuple) and example:
            return [(), example[:1], tuple(reversed(example))]
        return [()]
    if kind is dict or origin is dict or (kind is None and type(example) is dict):
        return [{}]
    if kind is None and type(example) is range:
        return [range(0), range(1), example[::-1]]
    if (
        kind is None
        and isinstance(example, collections.abc.Iterator)
        and not isinstance(example, str | bytes)
    ):
        items = first_items(example)
        return [iter([]), iter(items[:1]), iter(items[::-1])]
    if origin in (typing.Union, types.UnionType):
        out = []
        for arm in typing.get_args(kind):
            out += [None] if arm is type(None) else boundary_for(arm)[:3]
        return out
    return []


def _type_of(kind: Any, example: Any) -> type | None:
    """The plain type a slot holds (for matching the source's constants)."""
    if kind in (bool, int, float, str, bytes):
        return kind
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        arms = [a for a in typing.get_args(kind) if a is not type(None)]
        return _type_of(arms[0], None) if len(arms) == 1 else None
    if kind is None and example is not None:
        return type(example)
    return None


def constants_for(kind: Any, example: Any, constants: list[Any]) -> list[Any]:
    """The target's own constants that fit the slot, with integer neighbours (``n-1, n, n+1``)."""
    want = _type_of(kind, example)
    if want is None:
        return []
    out: list[Any] = []
    for c in constants:
        if want is bool or isinstance(c, bool):
            continue
        if want is int and type(c) is int:
            out += [c - 1, c, c + 1]
        elif want is float and type(c) in (int, float):
            out += [float(c) - 0.5, float(c), float(c) + 0.5]
        elif want is str and isinstance(c, str):
            out += [c, c + "x", "x" + c] if c else [c]
        elif want is bytes and isinstance(c, bytes):
            out += [c]
    if want is str and isinstance(example, str):
        # the input starts with one of the code's strings (an operator, a prefix): each other one in its
        # place (``>=1.0.0`` -> ``<=1.0.0``, ``!=1.0.0``), so every branch on that prefix is taken
        texts = [c for c in constants if isinstance(c, str) and c]
        prefix = max((c for c in texts if example.startswith(c)), key=len, default=None)
        if prefix is not None:
            out += [c + example[len(prefix) :] for c in texts if c != prefix]
    return list(dict.fromkeys(out))


def strategy_for(kind: Any, example: Any = None, depth: int = 0) -> Any:
    """A hypothesis strategy from an annotation, else from an example value's shape; None if neither."""
    from hypothesis import strategies as st

    if depth > 4:
        return None
    if kind is not None and kind is not typing.Any:
        origin, args = typing.get_origin(kind), typing.get_args(kind)
        if kind is bool:
            return st.booleans()
        if kind is int:
            return st.integers(min_value=-1000, max_value=1000)
        if kind is float:
            return st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
        if kind is str:
            return st.text(alphabet=ALPHABET, max_size=20)
        if kind is bytes:
            return st.binary(max_size=20)
        if kind is type(None):
            return st.none()
        if origin in (list, set, frozenset) or kind in (list, set):
            inner = strategy_for(args[0], None, depth + 1) if args else st.integers()
            if inner is None:
                return None
            container: Any = {list: st.lists, set: st.sets, frozenset: st.frozensets}[origin or kind]
            return container(inner, max_size=10)
        if origin is tuple and args and args[-1] is not Ellipsis:
            parts = [strategy_for(a, None, depth + 1) for a in args]
            return None if any(p is None for p in parts) else st.tuples(*parts)
        if origin is dict or kind is dict:
            k = strategy_for(args[0], None, depth + 1) if args else st.text(max_size=5)
            v = strategy_for(args[1], None, depth + 1) if args else st.integers()
            return None if k is None or v is None else st.dictionaries(k, v, max_size=5)
        if origin in (typing.Union, types.UnionType):
            arms = [strategy_for(a, None, depth + 1) for a in args]
            return None if any(a is None for a in arms) else st.one_of(*arms)
        if origin is typing.Literal:
            return st.sampled_from(args)
        return None
    if example is None:
        return None
    if type(example) is range:  # small ranges, steps of either sign
        return st.builds(range, st.integers(-20, 20), st.integers(-20, 20), st.sampled_from([1, 2, -1, 3]))
    if isinstance(example, collections.abc.Iterator) and not isinstance(example, str | bytes):
        items = first_items(example)  # read from a copy: the example itself is not consumed
        inner = strategy_for(None, items, depth + 1) if items else None
        return None if inner is None else inner.map(iter)
    if isinstance(example, bool):
        return st.booleans()
    if isinstance(example, int):
        return st.integers(min_value=-1000, max_value=1000)
    if isinstance(example, float):
        return st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
    if isinstance(example, str):
        return st.text(alphabet=ALPHABET, max_size=max(20, len(example)))
    if isinstance(example, bytes):
        return st.binary(max_size=max(20, len(example)))
    if isinstance(example, list | set | frozenset):
        kinds = {type(v) for v in example}
        if not example or len(kinds) > 1 and kinds != {int, float}:
            return None
        inner = strategy_for(
            None, example[0] if isinstance(example, list) else next(iter(example)), depth + 1
        )
        if kinds == {int, float}:
            inner = st.one_of(st.integers(-1000, 1000), st.floats(-1e6, 1e6, allow_nan=False))
        if inner is None:
            return None
        container = {list: st.lists, set: st.sets, frozenset: st.frozensets}[type(example)]
        return container(inner, max_size=max(10, len(example)))
    if isinstance(example, tuple):
        parts = [strategy_for(None, v, depth + 1) for v in example]
        return None if any(p is None for p in parts) else st.tuples(*parts)
    if isinstance(example, dict) and example:
        k0, v0 = next(iter(example.items()))
        ks, vs = strategy_for(None, k0, depth + 1), strategy_for(None, v0, depth + 1)
        return None if ks is None or vs is None else st.dictionaries(ks, vs, max_size=max(5, len(example)))
    return None


def draw(strategy: Any, n: int) -> list[Any]:
    """``n`` examples from ``strategy``, the same ones on every run (derandomized, no database)."""
    from hypothesis import HealthCheck, Phase, given, settings

    drawn: list[Any] = []

    @settings(
        max_examples=n,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(value: Any) -> None:
        drawn.append(value)

    collect()
    return drawn


class Pool:
    """The candidate cases, deduplicated, in the order they were proposed."""

    def __init__(self, values: Any, notes: list[str], limit: int) -> None:
        self.values = values
        self.notes = notes
        self.limit = limit
        self.cases: list[dict[str, Any]] = []
        self._seen: set[str] = set()

    def add(self, origin: str, source: str | None, inp: dict[str, Any], encoded: bool = False) -> None:
        if len(self.cases) >= self.limit:
            return
        enc = self.values.encode
        try:
            if not encoded:
                inp = _encode_input(inp, enc)
        except self.values.Unserializable as exc:
            self.notes.append(f"{origin} input skipped: {exc}")
            return
        key = json.dumps(inp, sort_keys=True)
        if key not in self._seen:
            self._seen.add(key)
            self.cases.append({"origin": origin, "source": source, "input": inp})


def _encode_input(inp: dict[str, Any], enc: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "args": [enc(a) for a in inp.get("args", [])],
        "kwargs": {k: enc(v) for k, v in inp.get("kwargs", {}).items()},
    }
    if inp.get("init") is not None:
        init = inp["init"]
        out["init"] = {
            "args": [enc(a) for a in init.get("args", [])],
            "kwargs": {k: enc(v) for k, v in init.get("kwargs", {}).items()},
            "via": init.get("via"),
        }
    if inp.get("method"):
        out["method"] = inp["method"]
    if inp.get("state"):
        out["state"] = {
            p: {"value": enc(v["value"])} if "value" in v else {} for p, v in inp["state"].items()
        }
    return out


def _decode_input(inp: dict[str, Any], dec: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "args": [dec(a) for a in inp.get("args", [])],
        "kwargs": {k: dec(v) for k, v in inp.get("kwargs", {}).items()},
    }
    if inp.get("init") is not None:
        init = inp["init"]
        out["init"] = {
            "args": [dec(a) for a in init.get("args", [])],
            "kwargs": {k: dec(v) for k, v in init.get("kwargs", {}).items()},
            "via": init.get("via"),
        }
    if inp.get("method"):
        out["method"] = inp["method"]
    if inp.get("state"):
        out["state"] = {
            p: {"value": dec(v["value"])} if "value" in v else {} for p, v in inp["state"].items()
        }
    return out


def decode_input(inp: dict[str, Any], values: Any) -> dict[str, Any]:
    """A case's input as Python values (fresh objects on every call)."""
    return _decode_input(inp, values.decode)


_BASE = {int: 1, float: 0.5, str: "a", bool: True, bytes: b"a"}


def _base_values(params: list[tuple[str, Any]]) -> list[Any] | None:
    """A plausible input from the type hints alone (``1``, ``0.5``, ``"a"``, a one-element list, ...)."""
    out = []
    for _, kind in params:
        if kind in _BASE:
            out.append(_BASE[kind])
            continue
        choices = boundary_for(kind)
        if not choices:
            return None
        out.append(choices[min(1, len(choices) - 1)])
    return out


def generate(target: Target, req: dict[str, Any], values: Any, notes: list[str]) -> list[dict[str, Any]]:
    """The candidate pool for ``target`` (see the module docstring)."""
    limit = int(req.get("pool_limit") or max(4 * int(req.get("max_cases", 200)), 400))
    pool = Pool(values, notes, limit)
    seeds: list[dict[str, Any]] = req.get("seeds", [])
    constants = list(req.get("constants") or [])[:MAX_CONSTANTS]
    n_drawn = int(req.get("hypothesis_cases", 50))

    # instances the project builds (for methods and classes): the constructor seeds, else no arguments
    inits: list[dict[str, Any]] = []
    if target.needs_instance:
        for init in req.get("inits", []):
            try:
                inits.append(_decode_input({"args": [], **{"init": init}}, values.decode)["init"])
            except values.Unserializable:
                continue
        if not inits and not target.init_params():
            inits.append({"args": [], "kwargs": {}, "via": None})
        if not inits:
            hinted = _base_values(target.init_params())
            if hinted is not None:
                inits.append({"args": hinted, "kwargs": {}, "via": None})
        if not inits and not any(s.get("init") for s in seeds):
            notes.append(
                "no instance to call the method on: no call in the project builds "
                f"{target.klass.__name__ if target.klass else 'the class'} with literal arguments, and its "
                "__init__ needs arguments without type hints"
            )
            return []

    for seed in seeds:
        inp = {k: seed[k] for k in ("args", "kwargs", "init", "method", "state") if seed.get(k) is not None}
        inp.setdefault("args", [])
        inp.setdefault("kwargs", {})
        if target.needs_instance and "init" not in inp:
            try:  # a call on an instance built elsewhere: tried on the instances the project builds
                decoded = _decode_input(inp, values.decode)
            except values.Unserializable:
                continue
            for init in inits[:MAX_INITS]:
                pool.add(seed.get("origin", "seed"), seed.get("source"), {**decoded, "init": init})
            continue
        pool.add(seed.get("origin", "seed"), seed.get("source"), inp, encoded=True)

    if target.kind == "class":
        _vary_class(target, pool, inits, seeds, constants, n_drawn, values, notes)
        return pool.cases

    params = target.params()
    base: dict[str, Any] | None = None
    for seed in seeds:  # the first seed that can be rebuilt is the base the variations start from
        try:
            base = _decode_input(seed, values.decode)
            break
        except values.Unserializable:
            continue
    if base is None:
        hinted = _base_values(params)
        if hinted is None:
            if not seeds:
                notes.append(
                    "no input evidence: the target has no call sites, tests or doctests with literal arguments "
                    "and no type hints to generate inputs from"
                )
            return pool.cases
        base = {"args": hinted, "kwargs": {}}
    bases = [base] if not target.needs_instance else [{**base, "init": i} for i in inits[:MAX_INITS]]
    if target.needs_instance and base.get("init") is not None:
        bases = [base, *[{**base, "init": i} for i in inits[:MAX_INITS] if i != base["init"]]]
    for b in bases:
        _vary_args(b, params, pool, constants, n_drawn if b is bases[0] else n_drawn // 4, notes, "args")
    _vary_defaults(target, bases[0], pool, constants)
    _vary_lengths(target, seeds, pool)
    return pool.cases


MAX_LENGTH_SEEDS = 3
MAX_PER_LENGTH_SEED = 64
_SIZED_TAGS = ("__tuple__", "__iter__")


def _size_of(enc: Any) -> int | None:
    """The length of an encoded sequence argument (list, str, tuple, iterator's items, range)."""
    if isinstance(enc, list | str):
        return len(enc)
    if isinstance(enc, dict) and len(enc) == 1:
        ((key, inner),) = enc.items()
        if key in _SIZED_TAGS:
            return len(inner)
        if key == "__range__":
            return len(range(*inner))
    return None


def _resized(enc: Any, length: int) -> Any:
    """The encoded sequence with ``length`` items: cut, or its items repeated (a range: a new stop)."""

    def cycle(items: Any) -> Any:
        if not items:
            return None
        return (items * (length // len(items) + 1))[:length]

    if isinstance(enc, list | str):
        return cycle(enc) if length else enc[:0]
    ((key, inner),) = enc.items()
    if key == "__range__":
        start, _, step = inner
        return {"__range__": [start, start + length * step, step]}
    items = cycle(inner) if length else []
    return None if items is None else {key: items}


def _vary_lengths(target: Target, seeds: list[dict[str, Any]], pool: Pool) -> None:
    """Boundaries between the arguments: the project's inputs with each sequence argument cut or
    extended to the lengths around the numbers the call holds (``n - 1``, ``n``, ``n + 1``, ``2n ± 1``
    for every small int argument, and for an int parameter left at its default ``d``: also with it at
    ``d + 1`` and ``d + 2``). Arithmetic on a length against a count or a step (a window, a chunk, the
    padding of the last one) only shows on such inputs."""
    import inspect

    try:
        params = list(inspect.signature(target.fn).parameters.values()) if target.kind != "class" else []
    except (TypeError, ValueError):
        params = []
    int_defaults = [
        p
        for p in params
        if type(p.default) is int
        and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
        and 0 < p.default < 8
    ]
    done = 0
    for seed in seeds:
        if done >= MAX_LENGTH_SEEDS:
            return
        inp = {k: seed[k] for k in ("args", "kwargs", "init", "method", "state") if seed.get(k) is not None}
        inp.setdefault("args", [])
        inp.setdefault("kwargs", {})
        slots = [("args", i, v) for i, v in enumerate(inp["args"])] + [
            ("kwargs", k, v) for k, v in inp["kwargs"].items()
        ]
        sized = [(w, k) for w, k, v in slots if _size_of(v) is not None]
        numbers = {v for _, _, v in slots if type(v) is int and 0 < v <= 20}
        if not sized or not numbers:
            continue
        done += 1
        # the small counts of the call one or two higher too (a step, a size), one at a time
        steps: list[tuple[str, Any, int] | None] = [None]
        named = {p.name for p in params[: len(inp["args"])]} | set(inp["kwargs"])
        for p in int_defaults:
            if p.name not in named:
                steps += [("kwargs", p.name, p.default + 1), ("kwargs", p.name, p.default + 2)]
        for where_n, key_n, value in slots:
            if type(value) is int and 0 < value < 8:
                steps += [(where_n, key_n, value + 1), (where_n, key_n, value + 2)]
        lengths = sorted({m for n in numbers for m in (n - 1, n, n + 1, 2 * n - 1, 2 * n + 1)} | {0, 1})
        added = 0
        for where, key in sized:
            original = inp[where][key]
            # a list or tuple is also given as an iterator over its items (no len(): the other path)
            forms = [original]
            if isinstance(original, list):
                forms.append({"__iter__": original})
            elif isinstance(original, dict) and "__tuple__" in original:
                forms.append({"__iter__": original["__tuple__"]})
            for length, extra, form in ((n, e, f) for n in lengths for e in steps for f in forms):
                resized = _resized(form, length)
                if resized is None or added >= MAX_PER_LENGTH_SEED:
                    continue
                new = {**inp, "args": list(inp["args"]), "kwargs": dict(inp["kwargs"])}
                new[where][key] = resized
                if extra is not None:
                    new[extra[0]][extra[1]] = extra[2]
                pool.add("boundary", "a sequence's length around the numbers of the call", new, encoded=True)
                added += 1


MAX_PER_DEFAULT = 12


def _vary_defaults(target: Target, base: dict[str, Any], pool: Pool, constants: list[Any]) -> None:
    """Parameters the base input leaves at their default (``step=1``, ``strict=False``), one at a time:
    the code's own constants of the default's type, then that type's edge values."""
    import inspect

    if target.kind in ("class", "property"):
        return
    try:
        sig = inspect.signature(target.fn)
    except (TypeError, ValueError):
        return
    from trainerd.research.invoke import _hints

    hints = _hints(target.fn)
    params = list(sig.parameters.values())[1 if target.kind in ("method", "classmethod") else 0 :]
    given = len(base.get("args", []))
    for position, p in enumerate(params):
        if p.default is p.empty or p.name in base.get("kwargs", {}):
            continue
        if (
            p.kind is p.POSITIONAL_OR_KEYWORD
            and position < given
            or p.kind not in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
        ):
            continue
        kind, example = hints.get(p.name), p.default
        if kind is None and example is None:
            continue  # nothing says what the parameter holds
        tried = [
            v for v in constants_for(kind, example, constants) + boundary_for(kind, example) if v != example
        ]
        for value in tried[:MAX_PER_DEFAULT]:
            pool.add(
                "constant" if value in constants else "boundary",
                f"parameter {p.name} (default {example!r})",
                {**base, "kwargs": {**base.get("kwargs", {}), p.name: value}},
            )


def _slots(
    base: dict[str, Any], params: list[tuple[str, Any]], where: str
) -> list[tuple[int, str, Any, Any]]:
    holder = base[where] if where == "args" else base["init"]["args"]
    out = []
    for i, example in enumerate(holder):
        name, kind = (params[i][0], params[i][1]) if i < len(params) else (str(i), None)
        out.append((i, name, kind, example))
    return out


def _with(base: dict[str, Any], where: str, i: int, value: Any) -> dict[str, Any]:
    new = dict(base)
    if where == "args":
        new["args"] = [*base["args"][:i], value, *base["args"][i + 1 :]]
    else:
        init = dict(base["init"])
        init["args"] = [*init["args"][:i], value, *init["args"][i + 1 :]]
        new["init"] = init
    return new


def _vary_args(
    base: dict[str, Any],
    params: list[tuple[str, Any]],
    pool: Pool,
    constants: list[Any],
    n_drawn: int,
    notes: list[str],
    where: str,
) -> None:
    slots = _slots(base, params, where)
    pool.add("boundary", "base input", base)
    for i, name, kind, example in slots:
        for value in constants_for(kind, example, constants):
            pool.add("constant", f"parameter {name}: a constant of the code", _with(base, where, i, value))
    for i, name, kind, example in slots:
        for value in boundary_for(kind, example):
            pool.add("boundary", f"parameter {name}", _with(base, where, i, value))
    if n_drawn <= 0 or not slots:
        return
    try:
        from hypothesis import strategies as st
    except ImportError:
        notes.append("hypothesis is not installed in the project's interpreter: no generated inputs")
        return
    strategies = []
    for _, name, kind, example in slots:
        strategy = strategy_for(kind, example)
        if strategy is None:
            notes.append(
                f"no hypothesis strategy for parameter {name} ({kind or type(example).__name__}): generated inputs skipped"
            )
            return
        strategies.append(strategy)
    hinted = any(kind is not None for _, _, kind, _ in slots)
    for drawn in draw(st.tuples(*strategies), n_drawn):
        new = base
        for (i, _, _, _), value in zip(slots, drawn, strict=True):
            new = _with(new, where, i, value)
        pool.add("hypothesis", "type hints" if hinted else "shapes of the project's inputs", new)


def _vary_class(
    target: Target,
    pool: Pool,
    inits: list[dict[str, Any]],
    seeds: list[dict[str, Any]],
    constants: list[Any],
    n_drawn: int,
    values: Any,
    notes: list[str],
) -> None:
    """A class: its construction varied (state recorded), then its public methods called on each
    instance the project builds (without arguments, or with the arguments the project passes)."""
    from trainerd.research.invoke import public_methods

    params = target.init_params()
    for init in inits[:MAX_INITS]:
        base = {"args": [], "kwargs": {}, "init": init}
        pool.add("constructor", "an instance the project builds", base)
        if not init.get("via"):
            _vary_args(base, params, pool, constants, n_drawn if init is inits[0] else 0, notes, "init")
    klass = target.klass
    assert klass is not None
    for method in public_methods(klass):
        if target_params(klass, method):
            continue  # arguments come from the project's calls only (seeds)
        for init in inits[:MAX_INITS]:
            pool.add(
                "method_call",
                f"{method}() on an instance the project builds",
                {"args": [], "kwargs": {}, "init": init, "method": method},
            )


def target_params(klass: type, method: str) -> list[tuple[str, Any]]:
    from trainerd.research.invoke import required_params

    return required_params(getattr(klass, method), skip_first=True)
