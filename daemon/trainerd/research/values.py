"""The JSON encoding of Python values in synthesized datasets.

Plain JSON values stay as they are; other values get a one-key tag object so a case can be rebuilt
exactly (``{"__tuple__": [...]}``, ``{"__set__": [...]}``, ``{"__bytes__": "<hex>"}``, non-finite
floats, dicts with non-string keys, ``{"__range__": [start, stop, step]}``). An iterator is stored as its
first :data:`MAX_ITER_ITEMS` items (``{"__iter__": [...]}``), read from a copy so the original is not
consumed, and rebuilt as ``iter(items)``; one that cannot be copied (a generator) is unserializable.
A function or class that its module and qualified name find again is
``{"__callable__": "module:qualname"}``; an object of the project whose building call was seen (and
whose state has not changed since) is that call, ``{"__new__": {"class", "args", "kwargs"}}``. A value with no faithful encoding is stored as
``{"__repr__": "..."}``: such an output is compared by its repr (the encoding of the new result must
equal the stored one), and such an input is refused because it cannot be rebuilt. A repr that shows a
memory address (``<object at 0x...>``) differs on every run and is refused as unserializable.

:func:`encode` and :func:`decode` depend only on the standard library: the generated test files embed
their source so they run without trainerd installed.
"""

from __future__ import annotations

TAGS = (
    "__tuple__",
    "__set__",
    "__frozenset__",
    "__bytes__",
    "__float__",
    "__complex__",
    "__dict__",
    "__repr__",
    "__raises__",
    "__decimal__",
    "__date__",
    "__datetime__",
    "__time__",
    "__timedelta__",
    "__range__",
    "__iter__",
    "__callable__",
    "__new__",
)
# objects of the project with the call that built them: id -> (object, {"class", "args", "kwargs"},
# the encoded state right after building). Filled by the brief's test run (constructions it saw) and
# by decode; an object whose state still equals the recorded one is encoded as that call.
BUILT: dict = {}
MAX_ITER_ITEMS = 100  # items kept of an iterator (an argument is rebuilt as ``iter(items)``)


class Unserializable(ValueError):
    """A value that cannot be stored in a dataset row (the message says why)."""


def encode(value, _depth=0):
    """JSON-ready, tagged form of ``value``; raises :class:`Unserializable`."""
    import math

    if _depth > 50:
        raise Unserializable("value nested deeper than 50 levels")
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return {"__float__": repr(float(value))}
        return float(value)
    if isinstance(value, list):
        return [encode(v, _depth + 1) for v in value]
    if isinstance(value, tuple) and type(value) is tuple:
        return {"__tuple__": [encode(v, _depth + 1) for v in value]}
    if isinstance(value, dict) and type(value) is dict:
        if all(isinstance(k, str) and k not in TAGS for k in value):
            return {k: encode(v, _depth + 1) for k, v in value.items()}
        return {"__dict__": [[encode(k, _depth + 1), encode(v, _depth + 1)] for k, v in value.items()]}
    if isinstance(value, set | frozenset) and type(value) in (set, frozenset):
        import json

        items = sorted(
            (encode(v, _depth + 1) for v in value), key=lambda item: json.dumps(item, sort_keys=True)
        )
        return {"__frozenset__" if isinstance(value, frozenset) else "__set__": items}
    if isinstance(value, bytes):
        return {"__bytes__": value.hex()}
    if isinstance(value, complex):
        return {"__complex__": [encode(value.real), encode(value.imag)]}
    if type(value) is range:
        return {"__range__": [value.start, value.stop, value.step]}
    tagged = _standard_value(value)
    if tagged is not None:
        return tagged
    path = callable_path(value)
    if path is not None:
        return {"__callable__": path}
    built = BUILT.get(id(value))
    if built is not None and built[0] is value and _state_key(value) == built[2]:
        return {"__new__": built[1]}
    if _is_iterator(value):
        return {"__iter__": [encode(v, _depth + 1) for v in first_items(value)]}
    try:
        text = repr(value)
    except Exception as exc:  # a broken __repr__ is the value's problem, reported as such
        raise Unserializable(f"{type(value).__name__}: repr() raised {type(exc).__name__}") from None
    if " at 0x" in text or " object at " in text:
        raise Unserializable(
            f"{type(value).__name__} has no stable form: its repr shows a memory address ({text[:80]})"
        )
    return {"__repr__": text}


def callable_path(value):
    """``"module:qualname"`` of a function or class that this name finds again (``builtins:len``,
    ``operator``'s ``_operator:neg``, a project's ``pkg.utils:helper``); None for anything else
    (lambdas, closures, bound methods, instances). Only modules already imported are looked in."""
    import sys

    if not callable(value):
        return None
    module, qualname = getattr(value, "__module__", None), getattr(value, "__qualname__", None)
    if not isinstance(module, str) or not isinstance(qualname, str) or "<" in qualname:
        return None
    obj = sys.modules.get(module)
    for part in qualname.split("."):
        obj = getattr(obj, part, None)
    return f"{module}:{qualname}" if obj is value else None


def _state_key(obj):
    """The encoded attributes of an instance as one string (None when they have no encoding)."""
    import json

    attributes = {}
    for cls in reversed(type(obj).__mro__):
        slots = cls.__dict__.get("__slots__", ())
        for name in (slots,) if isinstance(slots, str) else slots:
            if name not in ("__dict__", "__weakref__") and hasattr(obj, name):
                attributes[name] = getattr(obj, name)
    attributes.update(getattr(obj, "__dict__", {}))
    try:
        return json.dumps(encode(attributes, 1), sort_keys=True)
    except (Unserializable, TypeError, ValueError, RecursionError):
        return None


def remember_built(obj, spec):
    """Record that ``obj`` is what ``spec`` (``{"class": "module:qualname", "args", "kwargs"}``,
    encoded) builds, in its current state."""
    key = _state_key(obj)
    if key is not None:
        BUILT[id(obj)] = (obj, spec, key)


def _named(path):
    import importlib

    module, _, qualname = path.partition(":")
    obj = importlib.import_module(module)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj


def _is_iterator(value):
    import collections.abc

    return isinstance(value, collections.abc.Iterator) and not isinstance(value, str | bytes)


def first_items(iterator):
    """The first :data:`MAX_ITER_ITEMS` items of ``iterator``, read without consuming it: a sequence
    iterator through its ``__reduce__`` (the sequence and the position), any other from a deep copy."""
    import copy
    import itertools
    import warnings

    kind = type(iterator)
    if kind in (type(iter([])), type(iter(())), type(iter(range(0))), type(iter(""))):
        reduced = iterator.__reduce__()
        args = reduced[1]
        if not args or not args[0]:
            return []
        position = reduced[2] if len(reduced) > 2 else 0
        return list(args[0][position : position + MAX_ITER_ITEMS])
    if kind.__name__ in ("generator", "coroutine", "async_generator"):
        raise Unserializable(f"a {kind.__name__} cannot be read without consuming it")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # itertools' copy support is deprecated from 3.12
            twin = copy.deepcopy(iterator)
        return list(itertools.islice(twin, MAX_ITER_ITEMS))
    except Exception as exc:  # noqa: BLE001 - not copyable (holds a generator, a file): left out
        raise Unserializable(
            f"{kind.__name__} iterator cannot be read without consuming it ({type(exc).__name__})"
        ) from None


def _standard_value(value):
    """Decimals, dates, times and durations, tagged when the tag rebuilds them exactly (a datetime's
    time zone: none or UTC; other zones and ``fold=1`` keep their repr)."""
    import datetime
    import decimal

    kind = type(value)
    if kind is decimal.Decimal:
        return {"__decimal__": str(value)}
    if kind is datetime.timedelta:
        return {"__timedelta__": [value.days, value.seconds, value.microseconds]}
    if kind is datetime.date:
        return {"__date__": value.isoformat()}
    if kind in (datetime.datetime, datetime.time):
        if value.tzinfo not in (None, datetime.timezone.utc) or value.fold:  # noqa: UP017 - runs on 3.10 too
            return None
        return {f"__{kind.__name__}__": value.isoformat()}
    return None


def decode(data):
    """The Python value ``data`` encodes; raises :class:`Unserializable` for a stored repr."""
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict):
        return data
    if len(data) == 1:
        ((key, inner),) = data.items()
        if key == "__tuple__":
            return tuple(decode(v) for v in inner)
        if key == "__set__":
            return {decode(v) for v in inner}
        if key == "__frozenset__":
            return frozenset(decode(v) for v in inner)
        if key == "__bytes__":
            return bytes.fromhex(inner)
        if key == "__float__":
            return float(inner)
        if key == "__complex__":
            return complex(decode(inner[0]), decode(inner[1]))
        if key == "__dict__":
            return {decode(k): decode(v) for k, v in inner}
        if key == "__repr__":
            raise Unserializable(f"a stored repr cannot be rebuilt into a value: {inner[:80]}")
        if key == "__range__":
            return range(*inner)
        if key == "__iter__":
            return iter([decode(v) for v in inner])
        if key == "__new__":
            try:
                obj = _named(inner["class"])(*decode(inner["args"]), **decode(inner["kwargs"]))
            except (ImportError, AttributeError) as exc:
                raise Unserializable(f"{inner['class']} cannot be found again: {exc}") from None
            remember_built(obj, inner)
            return obj
        if key == "__callable__":
            try:
                return _named(inner)
            except (ImportError, AttributeError) as exc:
                raise Unserializable(f"{inner} cannot be found again: {exc}") from None
        if key in ("__decimal__", "__date__", "__datetime__", "__time__", "__timedelta__"):
            return _standard_decode(key, inner)
    return {k: decode(v) for k, v in data.items()}


def _standard_decode(key, inner):
    import datetime
    import decimal

    if key == "__decimal__":
        return decimal.Decimal(inner)
    if key == "__timedelta__":
        return datetime.timedelta(days=inner[0], seconds=inner[1], microseconds=inner[2])
    kind = {"__date__": datetime.date, "__datetime__": datetime.datetime, "__time__": datetime.time}[key]
    return kind.fromisoformat(inner)


def shape_of(value) -> str:
    """A short type description of a literal value, e.g. ``list[int]`` or ``dict[str, float]``."""
    if value is None:
        return "None"
    if isinstance(value, list | tuple | set | frozenset):
        inner = sorted({shape_of(v) for v in value})
        name = type(value).__name__
        if not inner:
            return f"{name}[]"
        if isinstance(value, tuple):
            return f"tuple[{', '.join(shape_of(v) for v in value)}]"
        return f"{name}[{' | '.join(inner)}]"
    if isinstance(value, dict):
        keys = sorted({shape_of(k) for k in value}) or ["?"]
        vals = sorted({shape_of(v) for v in value.values()}) or ["?"]
        return f"dict[{' | '.join(keys)}, {' | '.join(vals)}]"
    return type(value).__name__
