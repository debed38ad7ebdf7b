"""The optimization worker: ``python -m trainerd.optimize.worker``, run in the project's interpreter.

It is the only process that imports user code and ``opto``. It talks JSON-RPC (Content-Length
framed, ``jsonrpc_base`` for dispatch) over its stdin and a private duplicate of its stdout; file
descriptor 1 and ``sys.stdout`` point at stderr, so user code and opto can print freely.

Methods (parent -> worker): ``initialize``, ``evaluate``, ``step``, ``shutdown``.
Requests (worker -> parent): ``complete`` {messages, max_tokens, json} -> {content}.
Notifications (worker -> parent): ``progress`` {event: "test_start", id}.
"""

from __future__ import annotations

import sys

if __name__ == "__main__":  # before anything that may print is imported
    from trainerd.stdio import reserve_stdout

    _PROTOCOL_OUT = reserve_stdout()
else:  # imported for a test: no protocol stream
    _PROTOCOL_OUT = None

import ast
import gc
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import textwrap
import traceback
import types
import uuid
from pathlib import Path
from typing import Any

import jsonrpc_base

from trainerd.feedback.pytest_plugin import CaseRecorder, failed_outcome
from trainerd.optimize.rpc import MANUAL_NEEDED, ConnectionClosed, read_message, write_message

MAX_FAILED_CASES_IN_PROMPT = 12
MAX_PASSED_CASES_IN_PROMPT = 3
MAX_MESSAGE_CHARS = 1500


class ManualNeeded(BaseException):  # noqa: N818 - a control-flow signal, not an error
    """No model answered: the step stops at a manual follow-up. A BaseException so OptoPrime's
    ``except Exception`` retry does not swallow it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class WorkerError(Exception):
    """A problem the parent reports as the run's error (bad target, no outputs, ...)."""


# --- JSON-RPC ---------------------------------------------------------------------------------
class ParentConnection(jsonrpc_base.Server):
    """The parent, seen from the worker: requests to it block until their response arrives."""

    def __init__(self, reader: Any, writer: Any) -> None:
        super().__init__()
        self._reader, self._writer = reader, writer

    def send_message(self, message: jsonrpc_base.Message) -> Any:
        write_message(self._writer, json.loads(message.serialize()))
        if message.response_id is None:
            return None
        while True:  # the parent answers our request before sending anything else
            data = read_message(self._reader)
            if "method" in data:
                raise WorkerError(f"unexpected request {data.get('method')!r} while waiting for a response")
            if data.get("id") == message.response_id:
                return message.parse_response(data)

    def notify(self, method: str, params: dict[str, Any]) -> None:
        write_message(self._writer, {"jsonrpc": "2.0", "method": method, "params": params})


# --- LLM backends -----------------------------------------------------------------------------
def _response(content: str) -> Any:
    message = types.SimpleNamespace(content=content, role="assistant")
    return types.SimpleNamespace(choices=[types.SimpleNamespace(message=message)])


class WorkerLLM:
    """What opto's optimizers call: ``llm(messages=..., ...)`` and ``llm.create(...)``.

    ``litellm`` calls LiteLLM here (its errors become a manual follow-up); every other backend asks
    the parent with a ``complete`` request. ``answer`` short-circuits the call (``trainerd answer``).
    """

    def __init__(
        self, conn: ParentConnection | None, backend: str, model: str | None, answer: str | None
    ) -> None:
        self.conn, self.backend, self.model, self.answer = conn, backend, model, answer
        self.calls: list[dict[str, Any]] = []
        self.variables: list[str] = []
        self.pending: list[dict[str, Any]] = []

    def __call__(
        self, messages: list[dict[str, Any]], response_format: Any = None, max_tokens: int = 4096, **_: Any
    ) -> Any:
        self.pending = messages
        content = self._complete(messages, max_tokens, response_format is not None)
        self.calls.append({"messages": messages, "response": content})
        return _response(content)

    def create(self, messages: list[dict[str, Any]], **kwargs: Any) -> Any:
        return self(messages, **kwargs)

    def _complete(self, messages: list[dict[str, Any]], max_tokens: int, want_json: bool) -> str:
        if self.answer is not None:
            answer, self.answer = self.answer, None
            return answer
        if self.backend == "litellm":
            return self._litellm(messages, max_tokens, want_json)
        if self.conn is None:
            raise ManualNeeded("no parent to ask for a completion")
        try:
            result = self.conn.complete(
                messages=messages, max_tokens=max_tokens, json=want_json, variables=self.variables
            )
        except jsonrpc_base.ProtocolError as exc:
            code = exc.args[0] if exc.args else None
            text = exc.args[1] if len(exc.args) > 1 else str(exc)
            if code == MANUAL_NEEDED:
                raise ManualNeeded(str(text)) from None
            raise WorkerError(f"the {self.backend} backend failed: {text}") from None
        content = result.get("content") if isinstance(result, dict) else result
        if not isinstance(content, str):
            raise WorkerError(f"the {self.backend} backend returned no text")
        return content

    def _litellm(self, messages: list[dict[str, Any]], max_tokens: int, want_json: bool) -> str:
        from trainerd.llm import FollowupNeeded
        from trainerd.llm.litellm_backend import complete

        try:
            return complete(str(self.model), messages, max_tokens, want_json)
        except FollowupNeeded as exc:
            raise ManualNeeded(exc.reason) from None


# --- loading the target -----------------------------------------------------------------------
class _PatchingLoader(importlib.abc.Loader):
    """Runs the real loader, then lets the worker swap the target symbol in the fresh module."""

    def __init__(self, inner: Any, after: Any) -> None:
        self.inner, self.after = inner, after

    def create_module(self, spec: Any) -> Any:
        return self.inner.create_module(spec)

    def exec_module(self, module: Any) -> None:
        self.inner.exec_module(module)
        self.after(module)


class _TargetFinder(importlib.abc.MetaPathFinder):
    """Finds modules whose file is the target, under whatever name the tests import them."""

    def __init__(self, target: Path, after: Any) -> None:
        self.target, self.after = target, after

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not spec.origin or spec.loader is None:
            return None
        try:
            same = Path(spec.origin).resolve() == self.target
        except OSError:
            return None
        if same:
            spec.loader = _PatchingLoader(spec.loader, self.after)
            return spec
        return None


def _module_name(file: Path, project_root: Path) -> tuple[str, Path]:
    """A module name for ``file`` and the sys.path entry it needs (packages with __init__ kept)."""
    parts = [file.stem]
    folder = file.parent
    while (folder / "__init__.py").exists() and folder != project_root and folder.parent != folder:
        parts.insert(0, folder.name)
        folder = folder.parent
    return ".".join(parts), folder


def _def_signature(code: str) -> str | None:
    """``name(args)`` of the first function defined in ``code``; ``None`` when it does not parse."""
    try:
        tree = ast.parse(textwrap.dedent(code))
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return f"{node.name}({ast.unparse(node.args)})"
    return None


class Surface:
    """The trainable parameters of the target, keyed by stable names across worker restarts.

    ``code:<qualname>`` for a bundle's (or wrapped function's) source, ``node:<line>`` for a
    ``trace.node(..., trainable=True)`` literal in the target file.
    """

    def __init__(self, project_root: Path, target: Path, symbol: str | None) -> None:
        from opto import trace

        self.trace = trace
        self.project_root, self.target, self.symbol = project_root, target, symbol
        self.params: dict[str, Any] = {}  # key -> ParameterNode
        self.bundles: dict[str, Any] = {}  # key -> FunModule
        self.kind = "unknown"
        self.wrapper: Any = None
        self.canonical: dict[str, Any] = {}  # attribute name -> object installed in every copy of the module
        self._install_node_hook()
        self.finder = _TargetFinder(target, self._patch_module)
        sys.meta_path.insert(0, self.finder)
        name, entry = _module_name(target, project_root)
        if str(entry) not in sys.path:
            sys.path.insert(0, str(entry))
        try:
            self.module = importlib.import_module(name)
        except BaseException as exc:
            raise WorkerError(
                f"importing the target {target.name} failed: {type(exc).__name__}: {exc}\n"
                f"{traceback.format_exc(limit=-3)}"
            ) from None
        if not self.params and not self.node_sites:
            raise WorkerError(
                f"no trainable surface in {target.name}"
                + (f" for symbol {symbol!r}" if symbol else ": name a function with file.py::symbol")
            )

    # trace.node(..., trainable=True) written in the target file: one shared parameter per call site
    def _install_node_hook(self) -> None:
        import opto.trace as trace_pkg
        import opto.trace.nodes as nodes_mod

        original = nodes_mod.node
        self.node_sites: dict[str, dict[str, Any]] = self._static_node_sites()
        surface = self

        def node(
            data: Any,
            name: Any = None,
            trainable: bool = False,
            description: Any = None,
            constraint: Any = None,
        ) -> Any:
            if trainable:
                frame = sys._getframe(1)
                if Path(frame.f_code.co_filename).resolve() == surface.target:
                    key = f"node:{frame.f_lineno}"
                    if key in surface.params:
                        return surface.params[key]
                    param = original(
                        data, name=name, trainable=True, description=description, constraint=constraint
                    )
                    if key in surface.pending_values:
                        param._data = surface.pending_values[key]
                    surface.params[key] = param
                    return param
            return original(
                data, name=name, trainable=trainable, description=description, constraint=constraint
            )

        self.pending_values: dict[str, Any] = {}
        trace_pkg.node = node
        nodes_mod.node = node

    def _static_node_sites(self) -> dict[str, dict[str, Any]]:
        try:
            tree = ast.parse(self.target.read_text(encoding="utf-8"))
        except (OSError, SyntaxError):
            return {}
        sites = {}
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and any(
                k.arg == "trainable" and isinstance(k.value, ast.Constant) and k.value.value is True
                for k in call.keywords
            ):
                func = call.func
                fname = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if fname == "node" and call.args:
                    sites[f"node:{call.lineno}"] = {"line": call.lineno}
        return sites

    def _patch_module(self, module: Any) -> None:
        """Called after every execution of the target file: install one shared surface."""
        if not self.canonical:
            self._discover(module)
        for attr, obj in self.canonical.items():
            setattr(module, attr, obj)

    def _discover(self, module: Any) -> None:
        trace = self.trace
        FunModule = trace.bundle.__globals__["FunModule"]  # noqa: N806
        wanted = self.symbol
        found_any = False
        for attr, obj in list(vars(module).items()):
            if isinstance(obj, FunModule) and obj.parameter is not None:
                qual = obj.info.get("fun_name") or attr
                if wanted and qual != wanted and not qual.startswith(wanted + "."):
                    continue
                self._add_bundle(qual, obj)
                self.canonical[attr] = obj
                found_any = True
            elif isinstance(obj, type):
                # @trace.model returns a wrapper class defined in opto: look through to the user's class
                for klass in obj.__mro__:
                    if getattr(klass, "__module__", None) != module.__name__:
                        continue
                    for name, member in vars(klass).items():
                        if isinstance(member, FunModule) and member.parameter is not None:
                            qual = f"{klass.__name__}.{name}"
                            if wanted and wanted not in (qual, klass.__name__):
                                continue
                            self._add_bundle(qual, member)
                            found_any = True
                            self.canonical[attr] = obj
                    if wanted and wanted.split(".")[0] == klass.__name__:
                        self.canonical[attr] = obj
        if found_any or self.node_sites:
            self.kind = "trace"
            return
        if not wanted:
            return
        owner, target = _plain_callable(module, wanted)
        if target is None:
            raise WorkerError(
                f"{wanted!r} in {self.target.name} is not a module-level function, a plain method of a "
                "module-level class, or a Trace surface"
            )
        bundle = trace.bundle(trainable=True)(target)
        self._add_bundle(wanted, bundle)
        self.kind = "plain_function"
        self.wrapper = _plain_wrapper(bundle, target, trace.ExecutionError)
        if owner is None:
            self.canonical[wanted] = self.wrapper
        else:  # a method: the class keeps the wrapper (a function, so instances bind it as usual)
            setattr(owner, wanted.rsplit(".", 1)[1], self.wrapper)
            self.canonical[wanted.split(".", 1)[0]] = owner

    def _add_bundle(self, qual: str, bundle: Any) -> None:
        key = f"code:{qual}"
        self.bundles[key] = bundle
        self.params[key] = bundle.parameter

    def describe(self) -> list[dict[str, Any]]:
        out = []
        for key, param in self.params.items():
            out.append(
                {
                    "key": key,
                    "py_name": param.py_name,
                    "value": param._data,
                    "kind": "code" if key.startswith("code:") else "node",
                    "constraint": getattr(param, "_constraint", None),
                }
            )
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        for key, value in (values or {}).items():
            if key in self.params:
                self.params[key]._data = value
            else:
                self.pending_values[key] = value


def _plain_callable(module: Any, wanted: str) -> tuple[type | None, Any]:
    """The plain function ``wanted`` names: ``func`` at module level, or ``Class.method`` (a plain
    instance method defined in the class body; static/class methods and properties are not)."""
    if "." not in wanted:
        target = getattr(module, wanted, None)
        return None, target if isinstance(target, types.FunctionType) else None
    class_name, _, method = wanted.partition(".")
    owner = getattr(module, class_name, None)
    if not isinstance(owner, type) or "." in method:
        return None, None
    target = vars(owner).get(method)
    return (owner, target) if isinstance(target, types.FunctionType) else (None, None)


def _plain_wrapper(bundle: Any, original: Any, execution_error: type) -> Any:
    """The function the tests call: runs the trainable bundle, returns plain data, re-raises the
    user's own exception (the node stays in the graph for feedback)."""
    import functools

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
            # opto's error commenting fails on exceptions without args; raise the user's own one
            if isinstance(exc.__context__, BaseException) and not isinstance(
                exc.__context__, execution_error
            ):
                raise exc.__context__ from None
            raise
        return result.data

    call.__trainerd_bundle__ = bundle
    return call


# --- the worker -------------------------------------------------------------------------------
class Worker:
    def __init__(self, conn: ParentConnection | None) -> None:
        self.conn = conn
        self.surface: Surface | None = None
        self.pytest_args: list[str] = []
        self.test_timeout = 30.0
        self.backend, self.model, self.optimizer_name = "manual", None, "OptoPrime"
        self.recorder: CaseRecorder | None = None
        self.project_root = Path.cwd()
        self._register_hook_installed = False

    # parent -> worker
    def initialize(
        self,
        project_root: str,
        target_file: str,
        symbol: str | None = None,
        pytest_args: Any = None,
        test_timeout: float = 30.0,
        backend: str = "manual",
        model: str | None = None,
        optimizer: str = "OptoPrime",
        values: dict[str, Any] | None = None,
        **_: Any,
    ) -> dict[str, Any]:
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        self.project_root = Path(project_root).resolve()
        os.chdir(self.project_root)
        self.pytest_args = list(pytest_args or [])
        self.test_timeout = float(test_timeout)
        self.backend, self.model, self.optimizer_name = backend, model, optimizer
        try:
            self.surface = Surface(self.project_root, Path(target_file).resolve(), symbol)
        except WorkerError as exc:
            return {"error": str(exc)}
        self.surface.set_values(values or {})
        self._hook_graph()
        import opto

        _freeze_heap()

        return {
            "kind": self.surface.kind,
            "params": self.surface.describe(),
            "python": sys.executable,
            "opto_version": getattr(opto, "__version__", None) or _dist_version("trace-opt"),
            "pid": os.getpid(),
        }

    def evaluate(
        self, values: dict[str, Any] | None = None, cases: list[str] | None = None, **_: Any
    ) -> dict[str, Any]:
        assert self.surface is not None
        self.surface.set_values(values or {})
        self.surface.trace.GRAPH.clear()
        recorder = self._run_pytest(cases)
        params = {id(p) for p in self.surface.params.values()}
        calls = {case: len(_leaves(nodes, params)) for case, nodes in recorder.nodes.items()}
        self.surface.trace.GRAPH.clear()
        return {"suite": recorder.suite().to_dict(), "calls": calls, "params": self.surface.describe()}

    def step(
        self,
        values: dict[str, Any] | None = None,
        cases: list[str] | None = None,
        answer: str | None = None,
        extra_feedback: str | None = None,
        objective: str | None = None,
        **_: Any,
    ) -> dict[str, Any]:
        """Run the train cases, backward the combined feedback, ask the optimizer for a proposal."""
        assert self.surface is not None
        trace = self.surface.trace
        if "opto.optimizers" not in sys.modules:
            import opto.optimizers  # noqa: F401 - LiteLLM comes with it: import once, then freeze the heap

            trace.GRAPH.clear()
            _freeze_heap()
        self.surface.set_values(values or {})
        trace.GRAPH.clear()
        recorder = self._run_pytest(cases)
        suite = recorder.suite()
        outputs, feedback = self._combined_feedback(recorder, extra_feedback)
        if not outputs:
            trace.GRAPH.clear()
            return {
                "error": "the train tests produced no output of the trainable surface: do they call the target?",
                "suite": suite.to_dict(),
            }
        params = list(self.surface.params.values())
        llm = WorkerLLM(self.conn, self.backend, self.model, answer)
        llm.variables = [p.py_name for p in params]
        optimizer = _make_optimizer(self.optimizer_name, params, llm, objective)
        optimizer.zero_feedback()

        joined = _joiner(trace)(*outputs) if len(outputs) > 1 else outputs[0]
        optimizer.backward(joined, feedback)
        variables = [p.py_name for p in params]
        try:
            update = optimizer.propose()
        except ManualNeeded as exc:
            messages = llm.pending or _last_prompt(optimizer)
            trace.GRAPH.clear()
            return {
                "followup": {"reason": exc.reason, "messages": messages},
                "variables": variables,
                "feedback": feedback,
                "suite": suite.to_dict(),
            }
        call = llm.calls[-1] if llm.calls else {"messages": _last_prompt(optimizer), "response": ""}
        response = call["response"]
        by_param = {id(p): key for key, p in self.surface.params.items()}
        proposal = {by_param[id(p)]: v for p, v in update.items() if id(p) in by_param}
        rejected = self._rejections(optimizer, response, proposal)
        for key in list(proposal):
            if any(r["key"] == key for r in rejected):
                del proposal[key]
        trace.GRAPH.clear()
        return {
            "messages": call["messages"],
            "response": response,
            "proposal": proposal,
            "terminated": "TERMINATE" in response,
            "rejected": rejected,
            "variables": variables,
            "feedback": feedback,
            "suite": suite.to_dict(),
        }

    def shutdown(self, **_: Any) -> dict[str, Any]:
        return {"ok": True}

    # internals
    def _hook_graph(self) -> None:
        if self._register_hook_installed:
            return
        graph = self.surface.trace.GRAPH  # type: ignore[union-attr]
        register = graph.register
        worker = self

        def register_and_record(node: Any) -> Any:
            result = register(node)
            if worker.recorder is not None:
                worker.recorder.record_node(node)
            return result

        graph.register = register_and_record
        self._register_hook_installed = True

    def _run_pytest(self, cases: list[str] | None) -> CaseRecorder:
        import pytest

        def started(case: str) -> None:
            if self.conn is not None:
                self.conn.notify("progress", {"event": "test_start", "id": case})

        recorder = CaseRecorder(self.test_timeout, set(cases) if cases is not None else None, started)
        self.recorder = recorder
        if self.conn is not None:  # the parent bounds collection until the first test starts
            self.conn.notify("progress", {"event": "pytest_start"})
        args = [*self.pytest_args, "-p", "no:cacheprovider", "-q"]
        try:
            pytest.main(args, plugins=[recorder])
        finally:
            self.recorder = None
            os.chdir(self.project_root)
            if self.conn is not None:  # the parent's per-test watchdog stops here
                self.conn.notify("progress", {"event": "tests_done"})
        return recorder

    def _combined_feedback(self, recorder: CaseRecorder, extra: str | None) -> tuple[list[Any], str]:
        suite = recorder.suite()
        failed = [c for c in suite.cases if failed_outcome(c.outcome)]
        passed = [c for c in suite.cases if not failed_outcome(c.outcome)]
        chosen = failed[:MAX_FAILED_CASES_IN_PROMPT] + passed[:MAX_PASSED_CASES_IN_PROMPT]
        params = {id(p) for p in self.surface.params.values()}  # type: ignore[union-attr]
        outputs: list[Any] = []
        for case in chosen:
            outputs.extend(_leaves(recorder.nodes.get(case.id, []), params))
        lines = [
            f"{len(failed)} of {suite.total} tests failed." if failed else f"All {suite.total} tests pass."
        ]
        for case in failed[:MAX_FAILED_CASES_IN_PROMPT]:
            text = case.message[-MAX_MESSAGE_CHARS:]
            lines.append(f"\n{case.id} {case.outcome.upper()}:\n{text}")
        if len(failed) > MAX_FAILED_CASES_IN_PROMPT:
            lines.append(f"\n... and {len(failed) - MAX_FAILED_CASES_IN_PROMPT} more failing tests.")
        if passed:
            lines.append(
                "\nPassing: " + ", ".join(c.id for c in passed[:20]) + (" ..." if len(passed) > 20 else "")
            )
        if suite.collection_errors:
            lines.append(
                "\nCollection errors:\n" + "\n".join(e[-MAX_MESSAGE_CHARS:] for e in suite.collection_errors)
            )
        if extra:
            lines.append("\n" + extra)
        return outputs, "\n".join(lines)

    def _rejections(self, optimizer: Any, response: str, proposal: dict[str, Any]) -> list[dict[str, Any]]:
        """Why a suggested value was dropped or must not be used (syntax error, changed signature)."""
        rejected: list[dict[str, Any]] = []
        if "TERMINATE" in response:
            return rejected
        try:
            suggestion = optimizer.extract_llm_suggestion(response)
        except Exception:
            suggestion = {}
        by_name = {p.py_name: key for key, p in self.surface.params.items()}  # type: ignore[union-attr]
        for name, value in (suggestion or {}).items():
            key = by_name.get(name)
            if key is None:
                rejected.append(
                    {"key": name, "reason": f"the suggestion names {name!r}, which is not a variable"}
                )
                continue
            if not key.startswith("code:"):
                continue
            original = self.surface.params[key]._data  # type: ignore[union-attr]
            if key not in proposal:
                try:
                    compile(str(value), "<candidate>", "exec")
                    reason = "the suggested value could not be converted (opto dropped it)"
                except SyntaxError as exc:
                    reason = f"syntax error at line {exc.lineno}: {exc.msg}"
                rejected.append({"key": key, "reason": reason, "value": str(value)})
                continue
            before, after = _def_signature(original), _def_signature(str(proposal[key]))
            if before != after:
                rejected.append(
                    {
                        "key": key,
                        "reason": f"changed signature: {before} -> {after}",
                        "value": str(proposal[key]),
                    }
                )
        return rejected


def _freeze_heap() -> None:
    """Move the imported modules' objects out of the collector's way. pytest calls ``gc.collect()``
    several times per session (its unraisable-exception cleanup); with opto and LiteLLM loaded each
    full collection walks millions of objects, which was most of an iteration's overhead."""
    gc.collect()
    gc.freeze()


_JOINER: Any = None


def _joiner(trace: Any) -> Any:
    """One node over every test's outputs: opto takes one feedback per ``backward``."""
    global _JOINER
    if _JOINER is None:

        def test_outputs(*outputs: Any) -> Any:
            """The outputs of the target in each train test, in test order."""
            return list(outputs)

        _JOINER = trace.bundle()(test_outputs)
    return _JOINER


def _dist_version(name: str) -> str | None:
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:
        return None


def _leaves(nodes: list[Any], params: set[int]) -> list[Any]:
    """The nodes of one test that nothing else in it consumed and that depend on a parameter."""
    consumed = {id(p) for n in nodes for p in getattr(n, "parents", [])}
    out = []
    for n in nodes:
        if id(n) in consumed or not getattr(n, "parents", None):
            continue
        if _depends_on(n, params):
            out.append(n)
    return out


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


def _last_prompt(optimizer: Any) -> list[dict[str, Any]]:
    log = getattr(optimizer, "log", None) or []
    if log:
        return [
            {"role": "system", "content": log[-1]["system_prompt"]},
            {"role": "user", "content": log[-1]["user_prompt"]},
        ]
    return []


OPTIMIZERS = ("OptoPrime", "OptoPrimeMulti", "TextGrad", "OPRO")


def _make_optimizer(name: str, params: list[Any], llm: Any, objective: str | None) -> Any:
    import opto.optimizers as optimizers

    if name not in OPTIMIZERS:
        raise WorkerError(f"unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}")
    cls = getattr(optimizers, name)
    kwargs: dict[str, Any] = {"llm": llm}
    if objective and name in ("OptoPrime", "OptoPrimeMulti", "OPRO"):
        kwargs["objective"] = objective
    return cls(params, **kwargs)


def serve(reader: Any, writer: Any) -> int:
    """Answer the parent's requests until ``shutdown`` or the pipe closes."""
    conn = ParentConnection(reader, writer)
    worker = Worker(conn)
    for name in ("initialize", "evaluate", "step", "shutdown"):
        setattr(conn, name, _guarded(getattr(worker, name)))
    while True:
        try:
            data = read_message(reader)
        except ConnectionClosed:
            return 0
        if "method" not in data:
            continue  # a stray response: nothing is waiting for it
        request = jsonrpc_base.Request.parse(data)
        response = conn.receive_request(request)
        if response is not None:
            write_message(writer, json.loads(response.serialize()))
        if request.method == "shutdown":
            return 0


def _guarded(fn: Any) -> Any:
    """Turn a failure in a handler into an ``error`` field the parent shows, with the traceback."""

    def call(**kwargs: Any) -> Any:
        try:
            return fn(**kwargs)
        except WorkerError as exc:
            return {"error": str(exc)}
        except ManualNeeded as exc:
            return {"error": f"manual follow-up outside a step: {exc.reason}"}
        except Exception as exc:
            return {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}

    return call


def main() -> int:
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    os.environ.setdefault("TRAINERD_WORKER_ID", uuid.uuid4().hex)
    if _PROTOCOL_OUT is None:
        raise SystemExit("run as `python -m trainerd.optimize.worker`")
    from trainerd.optimize.lifeline import die_with_parent

    die_with_parent()  # a SIGKILLed parent (daemon, CLI) takes its worker with it
    return serve(sys.stdin.buffer, _PROTOCOL_OUT)


if __name__ == "__main__":
    # user code calling sys.exit() inside a test is caught by pytest; anything that ends the process
    # (os._exit, a signal) is seen by the parent as the pipe closing
    os._exit(main())
