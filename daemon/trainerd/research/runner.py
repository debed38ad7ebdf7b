"""The research runner: the only place the missing-data path imports and runs the user's code.

Run as ``python -m trainerd.research.runner`` in the project's interpreter, with the project root as
the working folder. It reads one JSON request on stdin and answers one JSON object on the real
stdout; everything the user's code prints goes to stderr (stdout is reserved as in
:mod:`trainerd.stdio`). Modes:

- ``characterize``: import the target, build inputs (seeds from call sites and doctests, boundary
  values, hypothesis strategies from annotations or from the seeds' shapes), run each twice with a
  time limit and an audit hook watching for I/O, and record what it returned or raised.
- ``coverage``: run the named test files under pytest with coverage, one coverage context per test,
  and report which tests executed the target's lines.
"""

from __future__ import annotations

import json
import signal
import sys
import time
import traceback
from typing import Any

# audit events that make a call's result depend on (or change) the world outside the call
_IO_EVENTS = {
    "socket.connect": "network I/O",
    "socket.bind": "network I/O",
    "socket.getaddrinfo": "network I/O",
    "socket.sendto": "network I/O",
    "urllib.Request": "network I/O",
    "subprocess.Popen": "runs a process",
    "os.system": "runs a shell command",
    "os.exec": "runs a process",
    "os.posix_spawn": "runs a process",
    "os.spawn": "runs a process",
    "os.fork": "forks the process",
    "os.remove": "deletes a file",
    "os.rename": "renames a file",
    "os.rmdir": "deletes a folder",
    "os.mkdir": "creates a folder",
    "os.chmod": "changes file permissions",
    "os.truncate": "truncates a file",
    "shutil.rmtree": "deletes a folder tree",
    "shutil.copyfile": "copies a file",
    "shutil.move": "moves a file",
    "time.sleep": "sleeps (time-dependent)",
}
_CODE_SUFFIXES = (".py", ".pyc", ".pyi", ".so", ".pyd", ".pth")


class _CaseTimeout(BaseException):
    """Raised by the alarm when one call runs past its limit (BaseException: user code catching
    ``Exception`` must not swallow it)."""


class _Watch:
    """An audit hook (installed once; audit hooks cannot be removed) active only during a call."""

    def __init__(self) -> None:
        self.active = False
        self.events: list[str] = []
        self._prefixes = tuple({sys.prefix, sys.base_prefix, sys.exec_prefix})
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple) -> None:
        if not self.active:
            return
        if event == "open":
            path, mode = (args + (None, None))[:2]
            path = str(path)
            writing = isinstance(mode, str) and any(c in mode for c in "wax+")
            if not writing and (path.endswith(_CODE_SUFFIXES) or path.startswith(self._prefixes)):
                return  # lazy imports and the standard library's own data files
            self.events.append(f"file I/O: open({path!r}{', ' + repr(mode) if mode else ''})")
        elif event in _IO_EVENTS:
            shown = repr(args[0])[:80] if args else ""
            self.events.append(f"{_IO_EVENTS[event]}: {event}({shown})")


class _CallAborted(Exception):
    """The call tried to stop the process (``sys.exit``); the case is skipped with this reason."""


def _alarm(_signum, _frame):
    raise _CaseTimeout()


def _exception_name(exc: BaseException) -> str:
    cls = type(exc)
    return cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"


def _run_once(
    fn, enc_args, enc_kwargs, timeout_s: float, watch: _Watch, values
) -> tuple[str, Any, list[str], float]:
    """Call ``fn`` on freshly decoded inputs. Returns (outcome, encoded result, I/O events, seconds)."""
    args = [values.decode(a) for a in enc_args]
    kwargs = {k: values.decode(v) for k, v in enc_kwargs.items()}
    watch.events = []
    signal.setitimer(signal.ITIMER_REAL, timeout_s)
    start = time.perf_counter()
    watch.active = True
    try:
        result = fn(*args, **kwargs)
        outcome = "returned"
    except _CaseTimeout:
        raise
    except (SystemExit, KeyboardInterrupt) as exc:  # the call tried to end the process: not a value to keep
        raise _CallAborted(f"the call raised {type(exc).__name__}({exc})") from None
    except Exception as exc:  # recorded as the expected exception
        message = str(exc)
        result = {"__raises__": _exception_name(exc), "message": None if " at 0x" in message else message}
        outcome = "raised"
    finally:
        watch.active = False
        elapsed = time.perf_counter() - start
        signal.setitimer(signal.ITIMER_REAL, 0)
    events = list(watch.events)
    if outcome == "returned":
        result = values.encode(result)
    return outcome, result, events, elapsed


# --- input generation -------------------------------------------------------------------------------
def _boundary_for(kind: Any, example: Any = None) -> list[Any]:
    import typing

    origin = typing.get_origin(kind)
    if kind is bool or isinstance(example, bool):
        return [True, False]
    if kind is int or (kind is None and type(example) is int):
        return [0, 1, -1, 2**31 - 1, -(2**31)]
    if kind is float or (kind is None and type(example) is float):
        return [0.0, -0.0, 1.5, -1.5, 1e300, float("inf")]
    if kind is str or (kind is None and type(example) is str):
        return ["", " ", "a", "Ünïcødé ✓", "x" * 200]
    if kind is list or origin is list or (kind is None and type(example) is list):
        out: list[Any] = [[]]
        if isinstance(example, list) and example:
            out += [example[:1], [example[0], example[0]], list(reversed(example))]
        else:
            args = typing.get_args(kind)
            inner = _boundary_for(args[0]) if args else []
            if inner:
                out += [inner[:1], inner[:3]]
        return out
    if kind is dict or origin is dict or (kind is None and type(example) is dict):
        return [{}]
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        out = []
        for arm in typing.get_args(kind):
            out += [None] if arm is type(None) else _boundary_for(arm)[:2]
        return out
    return []


# readable in a reviewed test file, yet with whitespace, punctuation and non-ASCII letters; an explicit
# alphabet also spares hypothesis building its full Unicode table (seconds on a first run)
_ALPHABET = "abcxyzABCXYZ019 \t\n-_.,:;!?/'\"()[]{}@#%&*+=<>|~éÉßçñøΩλжü中文🙂"


def _strategy_for(kind: Any, example: Any = None, depth: int = 0):
    """A hypothesis strategy from an annotation, else from an example value's shape; None if neither."""
    import typing

    from hypothesis import strategies as st

    if depth > 4:
        return None
    if kind is not None and kind is not typing.Any:
        origin, args = typing.get_origin(kind), typing.get_args(kind)
        if kind is bool:
            return st.booleans()
        if kind is int:
            return st.integers(min_value=-(10**6), max_value=10**6)
        if kind is float:
            return st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
        if kind is str:
            return st.text(alphabet=_ALPHABET, max_size=20)
        if kind is type(None):
            return st.none()
        if origin in (list, set, frozenset) or kind in (list, set):
            inner = _strategy_for(args[0], None, depth + 1) if args else st.integers()
            if inner is None:
                return None
            container: Any = {list: st.lists, set: st.sets, frozenset: st.frozensets}[origin or kind]
            return container(inner, max_size=10)
        if origin is tuple and args and args[-1] is not Ellipsis:
            parts = [_strategy_for(a, None, depth + 1) for a in args]
            return None if any(p is None for p in parts) else st.tuples(*parts)
        if origin is dict or kind is dict:
            k = _strategy_for(args[0], None, depth + 1) if args else st.text(max_size=5)
            v = _strategy_for(args[1], None, depth + 1) if args else st.integers()
            return None if k is None or v is None else st.dictionaries(k, v, max_size=5)
        if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
            arms = [_strategy_for(a, None, depth + 1) for a in args]
            return None if any(a is None for a in arms) else st.one_of(*arms)
        if origin is typing.Literal:
            return st.sampled_from(args)
        return None
    if example is None:
        return None
    if isinstance(example, bool):
        return st.booleans()
    if isinstance(example, int):
        return st.integers(min_value=-(10**6), max_value=10**6)
    if isinstance(example, float):
        return st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
    if isinstance(example, str):
        return st.text(alphabet=_ALPHABET, max_size=max(20, len(example)))
    if isinstance(example, list | set | frozenset):
        kinds = {type(v) for v in example}
        if not example or len(kinds) > 1 and kinds != {int, float}:
            return None
        inner = _strategy_for(
            None, example[0] if isinstance(example, list) else next(iter(example)), depth + 1
        )
        if kinds == {int, float}:
            inner = st.one_of(st.integers(-(10**6), 10**6), st.floats(-1e6, 1e6, allow_nan=False))
        if inner is None:
            return None
        container = {list: st.lists, set: st.sets, frozenset: st.frozensets}[type(example)]
        return container(inner, max_size=max(10, len(example)))
    if isinstance(example, tuple):
        parts = [_strategy_for(None, v, depth + 1) for v in example]
        return None if any(p is None for p in parts) else st.tuples(*parts)
    if isinstance(example, dict) and example:
        k0, v0 = next(iter(example.items()))
        ks, vs = _strategy_for(None, k0, depth + 1), _strategy_for(None, v0, depth + 1)
        return None if ks is None or vs is None else st.dictionaries(ks, vs, max_size=max(5, len(example)))
    return None


def _draw(strategy, n: int) -> list[Any]:
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
    def collect(value):
        drawn.append(value)

    collect()
    return drawn


def _positional_params(fn) -> list[tuple[str, Any]]:
    import inspect
    import typing

    try:
        hints = typing.get_type_hints(fn)
    except Exception:
        hints = {}
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return []
    out = []
    for p in sig.parameters.values():
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty:
            out.append((p.name, hints.get(p.name)))
    return out


def _generate(
    fn, seeds: list[dict[str, Any]], req: dict[str, Any], values, notes: list[str]
) -> list[dict[str, Any]]:
    """Seeds first, then boundary values one parameter at a time, then hypothesis draws."""
    params = _positional_params(fn)
    cases: list[dict[str, Any]] = []
    seen: set[str] = set()
    limit = int(req.get("max_cases", 200))

    def add(
        origin: str,
        source: str | None,
        args: list[Any],
        kwargs: dict[str, Any],
        encoded: bool = False,
        cap: int | None = None,
    ) -> None:
        if len(cases) >= (limit if cap is None else cap):
            return
        try:
            enc_args = args if encoded else [values.encode(a) for a in args]
            enc_kwargs = kwargs if encoded else {k: values.encode(v) for k, v in kwargs.items()}
        except values.Unserializable as exc:
            notes.append(f"{origin} input skipped: {exc}")
            return
        key = json.dumps([enc_args, enc_kwargs], sort_keys=True)
        if key not in seen:
            seen.add(key)
            cases.append(
                {"origin": origin, "source": source, "input": {"args": enc_args, "kwargs": enc_kwargs}}
            )

    # many call sites must not crowd out the boundary values and generated inputs: they keep a quarter
    seed_cap = limit - min(limit // 4, int(req.get("hypothesis_cases", 50)) + 20)
    for seed in seeds:
        add(
            seed.get("origin", "seed"),
            seed.get("source"),
            seed["args"],
            seed.get("kwargs", {}),
            encoded=True,
            cap=seed_cap,
        )
    base_args: list[Any] | None = None
    base_kwargs: dict[str, Any] = {}
    for seed in seeds:
        try:
            base_args = [values.decode(a) for a in seed["args"]]
            base_kwargs = {k: values.decode(v) for k, v in seed.get("kwargs", {}).items()}
            break
        except values.Unserializable:
            continue
    if base_args is None and params and all(kind is not None for _, kind in params):
        base_args = []
        for _, kind in params:
            choices = _boundary_for(kind)
            if not choices:
                base_args = None
                break
            base_args.append(choices[min(1, len(choices) - 1)])
    if base_args is None:
        if not seeds:
            notes.append(
                "no input evidence: the target has no call sites or doctests with literal arguments and "
                "no type hints to generate inputs from"
            )
        return cases
    if req.get("boundary", True):
        for i, example in enumerate(base_args):
            kind = params[i][1] if i < len(params) else None
            for value in _boundary_for(kind, example):
                add(
                    "boundary",
                    f"parameter {params[i][0] if i < len(params) else i}",
                    [*base_args[:i], value, *base_args[i + 1 :]],
                    base_kwargs,
                )
    n = int(req.get("hypothesis_cases", 50))
    if n > 0 and len(cases) < limit:
        try:
            from hypothesis import strategies as st
        except ImportError:
            notes.append("hypothesis is not installed in the project's interpreter: no generated inputs")
            return cases
        strategies = []
        for i, example in enumerate(base_args):
            kind = params[i][1] if i < len(params) else None
            strategy = _strategy_for(kind, example)
            if strategy is None:
                notes.append(
                    f"no hypothesis strategy for parameter {i} ({kind or type(example).__name__}): generated inputs skipped"
                )
                return cases
            strategies.append(strategy)
        wanted = len(cases) + n
        for drawn in _draw(st.tuples(*strategies), min(n, limit - len(cases)) + 5):
            if len(cases) >= wanted:
                break
            add(
                "hypothesis",
                "type hints" if any(k for _, k in params) else "call-site shapes",
                list(drawn),
                base_kwargs,
            )
    return cases


def characterize(req: dict[str, Any]) -> dict[str, Any]:
    import importlib
    import os
    from pathlib import Path

    # hypothesis keeps caches under ./.hypothesis by default: not in the user's project
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "trainerd" / "hypothesis"
    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(cache))

    from trainerd.research import values

    sys.path.insert(0, req["import_root"])
    watch = _Watch()
    try:
        module = importlib.import_module(req["module"])
        fn: Any = module
        for part in req["symbol"].split("."):
            fn = getattr(fn, part)
    except BaseException as exc:  # the user's module may raise anything, SystemExit included
        return {
            "ok": False,
            "error": "import_failed",
            "message": f"cannot import {req['module']}.{req['symbol']}: {type(exc).__name__}: {exc}",
            "traceback": traceback.format_exc()[-4000:],
        }
    if not callable(fn):
        return {
            "ok": False,
            "error": "not_callable",
            "message": f"{req['symbol']} is a {type(fn).__name__}, not a function",
        }
    notes: list[str] = []
    signal.signal(signal.SIGALRM, _alarm)
    inputs = req.get("cases")
    if inputs is None:
        inputs = _generate(fn, req.get("seeds", []), req, values, notes)
    timeout_s = float(req.get("timeout_s", 5.0))
    repeat = max(1, int(req.get("repeat", 2)))
    cases: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    function_seconds = 0.0
    for case in inputs:
        runs = []
        reason = None
        for _ in range(repeat):
            try:
                outcome, result, events, elapsed = _run_once(
                    fn, case["input"]["args"], case["input"].get("kwargs", {}), timeout_s, watch, values
                )
            except _CaseTimeout:
                reason = f"timed out after {timeout_s:g} s"
                break
            except _CallAborted as exc:
                reason = str(exc)
                break
            except values.Unserializable as exc:
                reason = f"output not serializable: {exc}"
                break
            function_seconds += elapsed
            if events:
                reason = "side effect during the call: " + "; ".join(dict.fromkeys(events))
                break
            runs.append((outcome, result))
        if reason is None and any(
            json.dumps(r, sort_keys=True) != json.dumps(runs[0], sort_keys=True) for r in runs[1:]
        ):
            reason = "nondeterministic: two runs on the same input gave different results"
        if reason:
            skipped.append({**case, "reason": reason})
            continue
        cases.append({**case, "outcome": runs[0][0], "expected": runs[0][1]})
    return {
        "ok": True,
        "cases": cases,
        "skipped": skipped,
        "notes": notes,
        "function_seconds": function_seconds,
        "positional_params": [name for name, _ in _positional_params(fn)],
    }


def coverage_of_tests(req: dict[str, Any]) -> dict[str, Any]:
    """Run the test files with one coverage context per test; report the tests that ran target lines."""
    import coverage
    import pytest

    target = req["target_file"]
    first, last = req["lines"]
    sys.path.insert(0, req["import_root"])
    cov = coverage.Coverage(data_file=None, include=[target], config_file=False)
    outcomes: dict[str, str] = {}

    class ContextPerTest:
        def pytest_runtest_setup(self, item):
            cov.switch_context(item.nodeid)

        def pytest_runtest_logreport(self, report):
            if report.when == "call" or report.outcome != "passed":
                outcomes.setdefault(report.nodeid, report.outcome)

    cov.start()
    try:
        code = pytest.main(
            ["-q", "-p", "no:cacheprovider", "--no-header", *req["test_files"]], plugins=[ContextPerTest()]
        )
    finally:
        cov.stop()
    by_line = cov.get_data().contexts_by_lineno(target)
    body = range(first + 1, last + 1)  # the def line runs at import: only the body says a test called it
    tests: dict[str, list[int]] = {}
    for line in body:
        for ctx in by_line.get(line, []):
            if ctx:
                tests.setdefault(ctx, []).append(line)
    return {
        "ok": True,
        "exit_code": int(code),
        "tests": {t: sorted(ls) for t, ls in sorted(tests.items())},
        "outcomes": outcomes,
    }


def suite_runs(req: dict[str, Any]) -> dict[str, Any]:
    """Run the test files ``runs`` times in this process; the per-case verdicts of each run."""
    import pytest

    results = []
    for _ in range(int(req.get("runs", 2))):
        verdicts: dict[str, str] = {}
        nodeids: dict[str, str] = {}

        class Recorder:
            def __init__(self, verdicts: dict[str, str], nodeids: dict[str, str]) -> None:
                self.verdicts, self.nodeids = verdicts, nodeids

            def pytest_runtest_logreport(self, report):
                verdicts = self.verdicts
                name = report.nodeid
                case = name[name.find("[") + 1 : -1] if name.endswith("]") and "[" in name else name
                self.nodeids[case] = name
                if report.failed:
                    verdicts[case] = "failed" if report.when == "call" else "error"
                elif report.skipped:
                    verdicts.setdefault(case, "skipped")
                elif report.when == "call":
                    verdicts.setdefault(case, "passed")

        code = pytest.main(
            ["-q", "-p", "no:cacheprovider", "--no-header", *req["test_files"]],
            plugins=[Recorder(verdicts, nodeids)],
        )
        results.append({"verdicts": verdicts, "nodeids": nodeids, "exit_code": int(code)})
    return {"ok": True, "runs": results}


def complete(req: dict[str, Any]) -> dict[str, Any]:
    """One completion with the ``litellm:`` backend (:func:`trainerd.llm.litellm_backend.complete`, the
    optimizer's own call: same timeout and error handling); an unavailable model is reported, not raised."""
    from trainerd.llm import FollowupNeeded
    from trainerd.llm.litellm_backend import complete as litellm_complete

    try:
        content = litellm_complete(
            req["model"], req["messages"], int(req.get("max_tokens") or 4096), bool(req.get("json"))
        )
    except FollowupNeeded as exc:
        return {"ok": False, "error": "model_unavailable", "message": exc.reason}
    return {"ok": True, "content": content}


def main() -> int:
    from trainerd.stdio import reserve_stdout

    out = reserve_stdout()  # before any user code: its prints must not reach our answer
    try:
        req = json.loads(sys.stdin.read())
        mode = req.get("mode")
        if mode == "characterize":
            answer = characterize(req)
        elif mode == "coverage":
            answer = coverage_of_tests(req)
        elif mode == "suite":
            answer = suite_runs(req)
        elif mode == "complete":
            answer = complete(req)
        else:
            answer = {"ok": False, "error": "bad_request", "message": f"unknown mode {mode!r}"}
    except Exception as exc:
        answer = {
            "ok": False,
            "error": "runner_failed",
            "message": f"{type(exc).__name__}: {exc}",
            "traceback": traceback.format_exc()[-4000:],
        }
    out.write(json.dumps(answer).encode("utf-8"))
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
