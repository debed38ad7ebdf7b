"""Calling a characterization target: a function, a method on an instance, or a class (runner side).

Runs inside the runner subprocess (standard library only). :func:`resolve` imports the target and
says how it is called; :meth:`Target.call` calls it on one decoded case:

- a function: ``fn(*args, **kwargs)``; an ``async def`` runs to completion with :func:`asyncio.run`;
  a generator (or any returned iterator) is drained into a list of its first :data:`MAX_ITEMS` values.
- a method ``Class.name``: on a fresh instance built from the case's ``init`` (``Class(*a, **kw)``, or
  a factory ``Class.via(*a, **kw)``); staticmethods and classmethods on the class; a property is read.
- a class ``Class``: the case builds an instance (``init``) and calls one public ``method`` on it, or,
  with no method, records the instance's state (:func:`state`).

A factory (the call returns a function) is characterized by what the returned function does: it is
called on each of ``then``, the arguments the project's tests gave the functions it returned
(:class:`Calls`; the generated test does the same with its ``called`` helper).

An async generator is refused (:class:`Refused`): its values arrive over time, not as one result.
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
import typing
from typing import Any

MAX_ITEMS = 100  # values taken from a returned iterator (the generated test takes as many)


class Calls:
    """What a returned function did on each of the probe arguments: ``("returned", value)`` or
    ``("raised", exception)`` per probe, in order."""

    def __init__(self, outcomes: list[tuple[str, Any]]) -> None:
        self.outcomes = outcomes


def is_function_result(value: Any) -> bool:
    """A result that is itself something to call (a function, a partial; not a class)."""
    return callable(value) and not isinstance(value, type)


class Refused(Exception):  # noqa: N818 - a verdict on the target, shown to the user
    """The target cannot be characterized; the message says why."""


def drained(value: Any) -> Any:
    """An iterator (generator, ``map``, ``itertools`` object) as the list of its first values."""
    if isinstance(value, typing.Iterator) and not isinstance(value, str | bytes):
        return list(itertools.islice(value, MAX_ITEMS))
    return value


def state(obj: Any) -> dict[str, Any]:
    """An instance's attributes (``__dict__``, then ``__slots__``): what building it recorded."""
    out: dict[str, Any] = {}
    for cls in reversed(type(obj).__mro__):
        slots = cls.__dict__.get("__slots__", ())
        for name in (slots,) if isinstance(slots, str) else slots:
            if name not in ("__dict__", "__weakref__") and hasattr(obj, name):
                out[name] = getattr(obj, name)
    out.update(getattr(obj, "__dict__", {}))
    return out


def _hints(fn: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(fn)
    except Exception:  # unresolvable annotations: generate from examples instead
        return {}


def required_params(fn: Any, skip_first: bool = False) -> list[tuple[str, Any]]:
    """``(name, hint)`` of the positional parameters without a default."""
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return []
    hints = _hints(fn)
    params = list(sig.parameters.values())[1 if skip_first else 0 :]
    return [
        (p.name, hints.get(p.name))
        for p in params
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
    ]


def all_params(fn: Any, skip_first: bool = False) -> list[tuple[str, Any, Any]]:
    """``(name, hint, default)`` of every positional parameter (``inspect.Parameter.empty`` for none)."""
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return []
    hints = _hints(fn)
    params = list(sig.parameters.values())[1 if skip_first else 0 :]
    return [
        (p.name, hints.get(p.name), p.default)
        for p in params
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]


class Target:
    """How to call the target (see the module docstring)."""

    def __init__(self, obj: Any, owner: type | None, name: str, kind: str) -> None:
        self.obj = obj  # the function, the class (kind "class") or the raw class attribute
        self.owner = owner  # the class of a method
        self.name = name
        self.kind = kind  # function | method | staticmethod | classmethod | property | class
        fn = obj.fget if kind == "property" else obj
        if kind in ("staticmethod", "classmethod"):
            fn = obj.__func__
        self.fn = fn
        self.is_async = inspect.iscoroutinefunction(fn)
        self.is_generator = inspect.isgeneratorfunction(fn)
        self.saw_iterator = False  # some call returned an iterator: the test drains results too
        self.then: list[dict[str, Any]] = []  # encoded probes for a returned function ({args, kwargs})
        self.saw_function = False  # some call returned a function, called on ``then``
        if inspect.isasyncgenfunction(fn):
            raise Refused(
                f"{name} is an async generator: its values arrive over time, there is no single result to record"
            )

    @property
    def needs_instance(self) -> bool:
        return self.kind in ("method", "property", "class")

    @property
    def klass(self) -> type | None:
        return self.obj if self.kind == "class" else self.owner

    def params(self) -> list[tuple[str, Any]]:
        """The required positional parameters a case must give (``self``/``cls`` left out)."""
        if self.kind == "class":
            return []
        if self.kind == "property":
            return []
        return required_params(self.fn, skip_first=self.kind in ("method", "classmethod"))

    def init_params(self) -> list[tuple[str, Any]]:
        klass = self.klass
        if klass is None or not self.needs_instance:
            return []
        init = vars(klass).get("__init__") or getattr(klass, "__init__")  # noqa: B009
        if init is object.__init__:
            return []
        return required_params(init, skip_first=True)

    def build(self, init: dict[str, Any] | None) -> Any:
        klass = self.klass
        assert klass is not None
        init = init or {}
        factory = getattr(klass, init["via"]) if init.get("via") else klass
        return factory(*init.get("args", []), **init.get("kwargs", {}))

    def call(self, inp: dict[str, Any]) -> Any:
        """Run the target on one decoded input; the value to record (iterators drained). Module state
        the input records (``state``) is set for the call and put back after it."""
        if not inp.get("state"):
            return self._call(inp)
        saved = set_state(self.fn.__globals__, inp["state"])
        try:
            return self._call(inp)
        finally:
            set_state(self.fn.__globals__, saved)

    def _call(self, inp: dict[str, Any]) -> Any:
        args, kwargs = inp.get("args", []), inp.get("kwargs", {})
        if self.kind == "function":
            result = self.fn(*args, **kwargs)
        elif self.kind in ("staticmethod", "classmethod"):
            result = getattr(self.owner, self.name)(*args, **kwargs)
        elif self.kind == "class":
            obj = self.build(inp.get("init"))
            method = inp.get("method")
            if not method:
                return state(obj)
            result = getattr(obj, method)(*args, **kwargs)
        else:
            obj = self.build(inp.get("init"))
            if self.kind == "property":
                return self._finish(getattr(obj, self.name))
            result = getattr(obj, self.name)(*args, **kwargs)
        return self._finish(result)

    def _finish(self, result: Any) -> Any:
        if inspect.iscoroutine(result):
            result = asyncio.run(result)
        if self.then and is_function_result(result):
            self.saw_function = True
            outcomes: list[tuple[str, Any]] = []
            from trainerd.research.values import decode

            for probe in self.then:
                try:
                    value = result(*decode(probe["args"]), **decode(probe["kwargs"]))
                    outcomes.append(("returned", drained(value)))
                except MemoryError:
                    raise
                except Exception as exc:  # noqa: BLE001 - recorded like the target's own exceptions
                    outcomes.append(("raised", exc))
            return Calls(outcomes)
        if isinstance(result, typing.Iterator) and not isinstance(result, str | bytes):
            self.saw_iterator = True
            return drained(result)
        return result


def set_state(namespace: dict[str, Any], state: dict[str, Any]) -> dict[str, Any]:
    """Set module state (``{"G.attr": {"value": v}}``; ``{}``: the attribute not set); what was there."""
    saved: dict[str, Any] = {}
    for path, held in state.items():
        name, _, attr = path.partition(".")
        if name not in namespace:
            continue
        if not attr:
            saved[path] = {"value": namespace[name]}
            namespace[name] = held["value"]
            continue
        owner = namespace[name]
        saved[path] = {"value": getattr(owner, attr)} if hasattr(owner, attr) else {}
        if "value" in held:
            setattr(owner, attr, held["value"])
        elif hasattr(owner, attr):
            delattr(owner, attr)
    return saved


def resolve(module: Any, symbol: str) -> Target:
    """The target ``symbol`` (``name`` or ``Class.name``) of an imported module."""
    parts = symbol.split(".")
    owner: Any = module
    for part in parts[:-1]:
        owner = getattr(owner, part)
    name = parts[-1]
    if isinstance(owner, type):
        raw = inspect.getattr_static(owner, name)
        if isinstance(raw, staticmethod):
            return Target(raw, owner, name, "staticmethod")
        if isinstance(raw, classmethod):
            return Target(raw, owner, name, "classmethod")
        if isinstance(raw, property):
            return Target(raw, owner, name, "property")
        if isinstance(raw, type):
            return Target(raw, None, symbol, "class")
        if callable(raw):
            return Target(raw, owner, name, "method")
        raise Refused(f"{symbol} is a {type(raw).__name__} attribute, not a method")
    found = getattr(owner, name)
    if isinstance(found, type):
        return Target(found, None, name, "class")
    if not callable(found):
        raise Refused(f"{symbol} is a {type(found).__name__}, not a function")
    return Target(found, None, name, "function")


def public_methods(klass: type) -> list[str]:
    """Methods a class characterization calls: public, defined in the class (not inherited from object)."""
    out = []
    for name, raw in vars(klass).items():
        if name.startswith("_") or isinstance(raw, staticmethod | classmethod | property | type):
            continue
        if inspect.isfunction(raw) and not inspect.isasyncgenfunction(raw):
            out.append(name)
    return out
