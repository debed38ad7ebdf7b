"""The prompt of one optimizer step: the chosen tests run once through Trace (only here), the outputs
of the target's parameters get the engine's feedback, and the optimizer builds its prompt."""

from __future__ import annotations

import functools
import inspect
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from trainerd.feedback.pytest_plugin import CaseRecorder
from trainerd.optimize.messages import Parameter, PromptParams, PromptReply
from trainerd.optimize.worker import loader, methods, optimizers, suite
from trainerd.optimize.worker.scope import Scope, ScopeError, lookup, scope_of, unwrap

MAX_CONTEXT_ITEMS = 8
MAX_HELPER_LINES = 60
MAX_VALUE_CHARS = 300
CONTEXT_HEADER = "#Context (read only: what the target reads; suggest changes to #Variables only)"


class TraceSurface:
    """The target's Trace parameters in this process: one per node call site and per bundle, shared by
    every instance and every execution of the module, and only those in the target's scope."""

    def __init__(self, scope: Scope, filename: str) -> None:
        from opto import trace

        self.trace, self.scope, self.filename = trace, scope, filename
        methods.accept_long_signatures()
        self.params: dict[str, Any] = {}  # key -> ParameterNode
        self.kinds: dict[str, str] = {}
        self.functions: dict[str, Any] = {}  # qualname -> the plain function (for the context)
        self.module: ModuleType | None = None
        self._fun_module = trace.bundle.__globals__["FunModule"]
        self._shared: dict[int, Any] = {}  # id(class-level FunModule) -> its parameter
        if scope.node_lines:
            self._hook_nodes()
        if scope.bundles:
            self._hook_bound_bundles()

    def _hook_nodes(self) -> None:
        import opto.trace as trace_pkg
        import opto.trace.nodes as nodes_mod

        original = nodes_mod.node
        surface = self

        def node(data: Any, name: Any = None, trainable: bool = False, *args: Any, **kwargs: Any) -> Any:
            if trainable:
                frame = sys._getframe(1)
                if frame.f_code.co_filename == surface.filename:
                    key = surface.scope.node_lines.get(frame.f_lineno)
                    if key is not None:
                        if key not in surface.params:
                            surface.params[key] = original(data, name, True, *args, **kwargs)
                            surface.kinds[key] = "node"
                        return surface.params[key]
            return original(data, name, trainable, *args, **kwargs)

        trace_pkg.node = node
        nodes_mod.node = node

    def _hook_bound_bundles(self) -> None:
        """A bundle method gets a copy per instance (opto deep-copies it on first access): point each
        copy at the one parameter the optimizer is given, so its code is a variable of the prompt."""
        fun_module = self._fun_module
        original_get = fun_module.__get__
        shared = self._shared

        def get(this: Any, obj: Any, owner: Any) -> Any:
            bound = original_get(this, obj, owner)
            parameter = shared.get(id(this))
            if obj is not None and parameter is not None and bound.parameter is not parameter:
                bound.parameter = parameter
            return bound

        fun_module.__get__ = get

    def after(self, module: ModuleType) -> None:
        """Called on each fresh execution of the target module."""
        self.module = module
        for qual, key in self.scope.bundles.items():
            obj = _class_attribute(module, qual)
            if isinstance(obj, self._fun_module) and obj.parameter is not None:
                if key in self.params:
                    obj.parameter = self.params[key]
                else:
                    self.params[key] = obj.parameter
                    self.kinds[key] = "code"
                self._shared[id(obj)] = obj.parameter
        if self.scope.plain:
            self._wrap_plain(module, self.scope.plain)

    def _wrap_plain(self, module: ModuleType, qual: str) -> None:
        owner, name, raw = lookup(module, qual)
        fn, rewrap = unwrap(raw)
        if not inspect.isfunction(fn):
            raise ScopeError(
                f"{qual!r} is not a plain function when the module is imported ({type(raw).__name__})"
            )
        self.functions[qual] = fn
        bundle = self.trace.bundle(trainable=True)(fn)
        key = f"code:{qual}"
        if key in self.params:
            bundle.parameter = self.params[key]
        else:
            self.params[key] = bundle.parameter
            self.kinds[key] = "code"
        if inspect.isclass(owner):  # private names and super() as in the class body
            methods.in_class(bundle, owner)
        setattr(owner, name, rewrap(_plain_wrapper(bundle, fn, self.trace.ExecutionError)))

    def describe(self) -> list[Parameter]:
        return [
            Parameter(
                key, p.py_name, self.kinds.get(key, "code"), _plain(p._data), getattr(p, "_constraint", None)
            )
            for key, p in self.params.items()
        ]


def _plain(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool | type(None) | list | dict) else repr(value)


def _class_attribute(module: ModuleType, qual: str) -> Any:
    owner_name, _, name = qual.rpartition(".")
    if not owner_name:
        return getattr(module, name, None)
    owner = getattr(module, owner_name, None)
    for klass in getattr(owner, "__mro__", ()):  # @trace.model returns a subclass of the user's class
        if name in vars(klass):
            return vars(klass)[name]
    return None


def _plain_wrapper(bundle: Any, original: Any, execution_error: type[BaseException]) -> Any:
    """What the tests call: the trainable bundle, returning plain data and re-raising the user's own
    exception (the node stays in the graph for the feedback)."""

    @functools.wraps(original)
    def call(*args: Any, **kwargs: Any) -> Any:
        bundle.info["output"] = None  # opto leaves the last call's output (or exception) here
        try:
            result = bundle(*args, **kwargs)
        except execution_error:
            inner = bundle.info.get("output")
            if isinstance(inner, BaseException):
                raise inner from None
            raise
        except Exception as exc:
            # opto's error commenting fails on exceptions without args: raise the user's own one
            if isinstance(exc.__context__, BaseException) and not isinstance(
                exc.__context__, execution_error
            ):
                raise exc.__context__ from None
            raise
        return result.data

    call.__trainerd_bundle__ = bundle  # type: ignore[attr-defined]
    return call


def _test_outputs(*outputs: Any) -> Any:
    """The outputs of the target in each test, in test order."""
    return list(outputs)


def build(
    p: PromptParams, target: str, symbol: str | None, args: list[str], timeout: float, notify: Any
) -> PromptReply:
    try:
        scope = scope_of(p.source, symbol)
    except ScopeError as exc:
        return PromptReply(error=f"surface_undefined: {exc}")
    surface = TraceSurface(scope, target)
    trace = surface.trace
    loader.install(target, p.source, surface.after)
    if p.overlay:
        import os

        os.environ.update(loader.overlay_env(target, p.overlay))
    recorder = CaseRecorder(timeout, set(p.cases))
    register = trace.GRAPH.register

    def register_and_record(node: Any) -> Any:
        result = register(node)
        recorder.record_node(node)
        return result

    trace.GRAPH.register = register_and_record
    _, verdicts = suite.run(
        args if p.pytest_args is None else p.pytest_args, p.cases, timeout, notify, recorder
    )
    parameters = surface.describe()
    if not surface.params:
        return PromptReply(
            kind=scope.kind,
            suite=verdicts,
            error="no_output: the traced tests never created the target's parameters (do they import the target?)",
        )
    params = set(map(id, surface.params.values()))
    outputs: list[Any] = []
    for case in p.cases:
        outputs.extend(_leaves(recorder.nodes.get(case, []), params))
    if not outputs:
        return PromptReply(
            kind=scope.kind,
            parameters=parameters,
            suite=verdicts,
            error="no_output: the traced tests produced no output of the target's parameters (do they call the target?)",
        )
    optimizer = optimizers.make(p.optimizer, list(surface.params.values()), p.objective)
    optimizer.zero_feedback()
    joined = trace.bundle()(_test_outputs)(*outputs) if len(outputs) > 1 else outputs[0]
    optimizer.backward(joined, p.feedback)
    messages = optimizers.prompt_messages(optimizer)
    context = read_only_context(surface)
    if context:
        messages[-1]["content"] = _with_context(messages[-1]["content"], context)
    return PromptReply(
        kind=scope.kind,
        parameters=parameters,
        messages=messages,
        suite=verdicts,
        outputs=len(outputs),
        context=context,
    )


def _with_context(user_prompt: str, context: str) -> str:
    block = f"{CONTEXT_HEADER}\n{context}\n\n"
    marker = "\n#Feedback\n"
    if marker in user_prompt:
        head, _, tail = user_prompt.partition(marker)
        return f"{head}\n{block}#Feedback\n{tail}"
    return user_prompt + "\n\n" + block


def read_only_context(surface: TraceSurface) -> str:
    """The helpers (their source) and globals (their values) the target's functions read."""
    module = surface.module
    if module is None:
        return ""
    names: list[str] = []
    for qual in surface.scope.functions:
        fn = surface.functions.get(qual) or _class_attribute(module, qual)
        fn = getattr(fn, "_fun", fn)  # a bundle: the function it was made from
        fn = getattr(fn, "__func__", fn)  # a static or class method
        code = getattr(fn, "__code__", None)
        if code is not None:
            names += [n for n in _global_names(code) if n not in names]
    project = Path.cwd().resolve()  # the worker runs in the project root
    items: list[str] = []
    for name in names:
        if name not in vars(module) or name in surface.scope.functions or len(items) >= MAX_CONTEXT_ITEMS:
            continue
        value = vars(module)[name]
        if isinstance(value, ModuleType) or getattr(value, "__module__", "").startswith("opto"):
            continue
        if inspect.isfunction(value) or inspect.isclass(value):
            item = _helper_source(value, project)
            if item:
                items.append(item)
            continue
        if callable(value) and not isinstance(value, type):
            continue
        text = repr(value)
        if len(text) > MAX_VALUE_CHARS:
            text = text[:MAX_VALUE_CHARS] + " ..."
        items.append(f"({type(value).__name__}) {name} = {text}")
    return "\n\n".join(items)


def _global_names(code: Any) -> list[str]:
    out = list(code.co_names)
    for const in code.co_consts:
        if inspect.iscode(const):
            out += [n for n in _global_names(const) if n not in out]
    return out


def _helper_source(obj: Any, project: Path) -> str | None:
    try:
        file = Path(inspect.getsourcefile(obj) or "").resolve()
        lines, _ = inspect.getsourcelines(obj)
    except (OSError, TypeError):
        return None
    if project not in file.parents:
        return None  # a library's own code is not the project's context
    text = "".join(lines[:MAX_HELPER_LINES]) + ("    ...\n" if len(lines) > MAX_HELPER_LINES else "")
    return f"(helper) {obj.__name__}, from {file.name}:\n{text.rstrip()}"


def _leaves(nodes: list[Any], params: set[int]) -> list[Any]:
    """The nodes of one test that nothing else in it consumed and that depend on a parameter."""
    consumed = {id(parent) for n in nodes for parent in getattr(n, "parents", [])}
    return [
        n for n in nodes if id(n) not in consumed and getattr(n, "parents", None) and _depends_on(n, params)
    ]


def _depends_on(node: Any, params: set[int]) -> bool:
    seen: set[int] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if id(current) in params:
            return True
        if id(current) in seen:
            continue
        seen.add(id(current))
        stack.extend(getattr(current, "parents", []))
    return False
