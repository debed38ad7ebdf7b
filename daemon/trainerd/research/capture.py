"""What the project's tests do with the target, recorded in the brief's coverage run (runner side).

:class:`ArgumentCapture` (a ``sys.setprofile`` hook beside coverage's tracer) records the arguments each
call of the target receives, read as the call starts; the module state the target reads (``G`` or
``G.attr`` that other functions of its module set: :func:`read_state`); the calls that built objects of
the project (so an argument that is one can be rebuilt by the same call); and, through a wrapper put in
place of a module-level target, the arguments the tests call the functions it returns with (a factory).
"""

from __future__ import annotations

import json
from typing import Any


class ArgumentCapture:
    """The arguments the project's tests pass to the target, read when each call starts (before its body
    can change them) and encoded at once; values without a faithful encoding are left out."""

    def __init__(self, target: str, first: int, last: int, spec: dict[str, Any]) -> None:
        import os

        self.target = os.path.realpath(target)
        self.first, self.last = first, last
        self.name = spec["name"]
        self.max_calls = int(spec.get("max_calls", 60))
        self.per_test = int(spec.get("per_test", 20))
        self.test: str | None = None
        self.calls: list[dict[str, Any]] = []
        self._seen: set[str] = set()
        self._by_test: dict[str | None, int] = {}
        self._files: dict[str, bool] = {}
        self.module, self.symbol = spec.get("module"), spec.get("symbol")
        self.state_paths: list[str] = list(spec.get("state") or [])  # module state the target reads
        # objects of the project (classes defined under the import root) are remembered with the call
        # that built them
        project = spec.get("project")
        self.project = os.path.join(os.path.realpath(project), "") if project else ""
        self._project_files: dict[str, bool] = {}
        self._building: dict[int, tuple[Any, Any, dict[str, Any]]] = {}
        self.then: list[dict[str, Any]] = []  # what the tests called the functions it returned with
        self.max_then = int(spec.get("max_then", 10))

    def wrap_factory(self) -> None:
        """Put a recording wrapper in place of a module-level target: when it returns a function (a
        factory), the calls the tests then make of that function are recorded (their arguments, once
        each) — a characterization calls the functions it returns on them. Returned functions that a
        name finds again (``len``) are returned as they are: a test may check their identity."""
        import functools
        import importlib

        if not self.module or not self.symbol or "." in self.symbol:
            return
        try:
            module = importlib.import_module(self.module)
            original = getattr(module, self.symbol)
        except Exception:  # noqa: BLE001 - the tests will report an import problem themselves
            return
        if not inspect_isfunction(original):
            return
        capture = self

        def record(args: tuple, kwargs: dict) -> None:
            from trainerd.research.values import encode

            if len(capture.then) >= capture.max_then:
                return
            try:
                probe = {
                    "args": [encode(a) for a in args],
                    "kwargs": {k: encode(v) for k, v in kwargs.items()},
                }
            except Exception:  # noqa: BLE001 - an argument without a faithful encoding: left out
                return
            key = json.dumps(probe, sort_keys=True)
            if '"__repr__"' not in key and len(key) <= 2000 and probe not in capture.then:
                capture.then.append(probe)

        @functools.wraps(original)
        def factory(*args: Any, **kwargs: Any) -> Any:
            from trainerd.research.invoke import is_function_result
            from trainerd.research.values import callable_path

            result = original(*args, **kwargs)
            if not is_function_result(result) or callable_path(result) is not None:
                return result

            def returned(*a: Any, **kw: Any) -> Any:
                record(a, kw)
                return result(*a, **kw)

            try:
                functools.update_wrapper(returned, result)
            except (AttributeError, TypeError):
                pass
            return returned

        setattr(module, self.symbol, factory)

    def profile(self, frame: Any, event: str, arg: Any) -> None:
        code = frame.f_code
        if code.co_name == "__init__" and self.project:
            self._construction(frame, event)
        if event != "call":
            return
        if code.co_name != self.name or not self.first <= code.co_firstlineno <= self.last:
            return
        same = self._files.get(code.co_filename)
        if same is None:
            import os

            same = self._files[code.co_filename] = os.path.realpath(code.co_filename) == self.target
        if not same or len(self.calls) >= self.max_calls or self._by_test.get(self.test, 0) >= self.per_test:
            return
        try:
            case = self._arguments(frame)
        except Exception:  # noqa: BLE001 - a value without a faithful encoding (or a broken repr): left out
            return
        if self.state_paths:
            case["state"] = read_state(frame.f_globals, self.state_paths)
        key = json.dumps(case, sort_keys=True)
        if key in self._seen or len(key) > 4000 or '"__repr__"' in key:
            return  # seen, too big, or a value no case could rebuild
        self._seen.add(key)
        self._by_test[self.test] = self._by_test.get(self.test, 0) + 1
        self.calls.append({**case, "test": self.test})

    def _construction(self, frame: Any, event: str) -> None:
        """An object of the project being built: the outermost ``__init__`` call's arguments are
        recorded as it starts, the state it leaves as it returns (an argument of the target that is
        such an object, unchanged since, is encoded as that call)."""
        import os

        code = frame.f_code
        if not code.co_argcount:
            return
        mine = self._project_files.get(code.co_filename)
        if mine is None:
            path = os.path.realpath(code.co_filename)
            mine = path.startswith(self.project) and "site-packages" not in path
            self._project_files[code.co_filename] = mine
        if not mine:
            return
        obj = frame.f_locals.get(code.co_varnames[0])
        if obj is None:
            return
        if event == "call":
            if id(obj) in self._building or len(self._building) > 10_000:
                return  # a base class's __init__ called by the subclass's: the outer call counts
            from trainerd.research.values import callable_path

            path = callable_path(type(obj))
            if path is None:
                return
            try:
                case = self._arguments(frame, skip_first=True)
            except Exception:  # noqa: BLE001 - arguments without a faithful encoding: not rebuilt
                return
            self._building[id(obj)] = (obj, frame, {"class": path, **case})
        elif event == "return":
            held = self._building.get(id(obj))
            if held is not None and held[0] is obj and held[1] is frame:
                self._building[id(obj)] = (obj, None, held[2])  # the frame is not kept alive
                from trainerd.research.values import remember_built

                remember_built(obj, held[2])

    @staticmethod
    def _arguments(frame: Any, skip_first: bool = False) -> dict[str, Any]:
        import inspect

        from trainerd.research.values import encode

        code = frame.f_code
        names = code.co_varnames[1 if skip_first else 0 : code.co_argcount]
        kwonly = code.co_varnames[code.co_argcount : code.co_argcount + code.co_kwonlyargcount]
        local = frame.f_locals
        args = [encode(local[n]) for n in names]
        kwargs = {n: encode(local[n]) for n in kwonly}
        position = code.co_argcount + code.co_kwonlyargcount
        if code.co_flags & inspect.CO_VARARGS:
            args += [encode(v) for v in local[code.co_varnames[position]]]
            position += 1
        if code.co_flags & inspect.CO_VARKEYWORDS:
            kwargs.update({k: encode(v) for k, v in local[code.co_varnames[position]].items()})
        return {"args": args, "kwargs": kwargs}


def read_state(namespace: dict[str, Any], paths: list[str]) -> dict[str, Any]:
    """The module state at ``paths`` (``G`` or ``G.attr``), encoded: ``{"value": ...}``, or ``{}`` for
    an attribute not set; a value without a faithful (or short) encoding is left out."""
    from trainerd.research.values import encode

    out: dict[str, Any] = {}
    for path in paths:
        name, _, attr = path.partition(".")
        if name not in namespace:
            continue
        owner = namespace[name]
        try:
            if attr and not hasattr(owner, attr):
                out[path] = {}
                continue
            value = encode(getattr(owner, attr) if attr else owner)
        except Exception:  # noqa: BLE001 - not encodable: left out (the call runs with what is there)
            continue
        text = json.dumps(value)
        if len(text) <= 1000 and '"__repr__"' not in text:
            out[path] = {"value": value}
    return out


def inspect_isfunction(value: Any) -> bool:
    import inspect

    return inspect.isfunction(value)
