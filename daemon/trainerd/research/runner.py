"""The research runner: the only place the missing-data path imports and runs the user's code.

Run as ``python -m trainerd.research.runner`` in the project's interpreter, with the project root as
the working folder. It reads one JSON request on stdin and answers one JSON object on the real
stdout; everything the user's code prints goes to stderr (stdout is reserved as in
:mod:`trainerd.stdio`). Modes:

- ``characterize``: import the target, build inputs (seeds from call sites and doctests, boundary
  values, hypothesis strategies from annotations or from the seeds' shapes), run each twice with a
  time limit and an audit hook watching for I/O, and record what it returned or raised. Each call
  runs under its own limits (:class:`_Limits`): wall time (an alarm), address space above the
  runner's own use (``RLIMIT_AS``: a huge allocation raises ``MemoryError``) and CPU time
  (``RLIMIT_CPU``: a call stuck inside C code ends the process); such an input is skipped with the
  reason. The input being run is written to ``progress_file`` first, so when a call still takes the
  process down the caller restarts the runner with that input in ``exclude`` (see
  :func:`trainerd.research.characterize.characterize`).
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


class _OutOfMemory(Exception):
    """The call needed more memory than its limit (``MemoryError`` under ``RLIMIT_AS``)."""


class _Limits:
    """Per-call limits on address space and CPU time (Linux/Unix; none where ``resource`` is missing).

    The address-space limit is the runner's current size plus ``memory_mb``; the CPU limit is the
    process's CPU time so far plus ``cpu_s``. Both are soft limits, put back after the call."""

    def __init__(self, memory_mb: float, cpu_s: float) -> None:
        self.memory_mb, self.cpu_s = memory_mb, cpu_s
        try:
            import resource
        except ImportError:  # Windows
            resource = None  # type: ignore[assignment]
        self.resource = resource
        self.saved: list[tuple[int, tuple[int, int]]] = []

    @staticmethod
    def _address_space() -> int | None:
        try:
            with open("/proc/self/statm", encoding="ascii") as f:
                pages = int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            return None
        import os

        return pages * os.sysconf("SC_PAGE_SIZE")

    def __enter__(self) -> _Limits:
        r = self.resource
        self.saved = []
        if r is None:
            return self
        size = self._address_space() if self.memory_mb > 0 else None
        wanted: list[tuple[int, int]] = []
        if size is not None:
            wanted.append((r.RLIMIT_AS, size + int(self.memory_mb * 2**20)))
        if self.cpu_s > 0:
            usage = r.getrusage(r.RUSAGE_SELF)
            wanted.append((r.RLIMIT_CPU, int(usage.ru_utime + usage.ru_stime + self.cpu_s) + 1))
        for which, limit in wanted:
            try:
                soft, hard = r.getrlimit(which)
                if hard != r.RLIM_INFINITY:
                    limit = min(limit, hard)
                if soft != r.RLIM_INFINITY and soft <= limit:
                    continue  # a stricter limit is already set (by the user): kept
                r.setrlimit(which, (limit, hard))
                self.saved.append((which, (soft, hard)))
            except (OSError, ValueError):
                continue
        return self

    def __exit__(self, *exc: object) -> None:
        for which, old in reversed(self.saved):
            try:
                self.resource.setrlimit(which, old)
            except (OSError, ValueError):
                pass
        self.saved = []


class _CallAborted(Exception):
    """The call tried to stop the process (``sys.exit``); the case is skipped with this reason."""


def _alarm(_signum, _frame):
    raise _CaseTimeout()


def _exception_name(exc: BaseException) -> str:
    cls = type(exc)
    return cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"


def _run_once(
    target: Any,
    enc_input: dict[str, Any],
    timeout_s: float,
    watch: _Watch,
    values: Any,
    tracer: Any = None,
    limits: _Limits | None = None,
) -> tuple[str, Any, list[str], float]:
    """Call the target on a freshly decoded input. Returns (outcome, encoded result, I/O events, seconds)."""
    from trainerd.research.inputs import decode_input

    inp = decode_input(enc_input, values)
    watch.events = []
    limits = limits or _Limits(0, 0)
    limits.__enter__()
    signal.setitimer(signal.ITIMER_REAL, timeout_s)
    start = time.perf_counter()
    watch.active = True
    if tracer is not None:
        tracer.__enter__()
    try:
        result = target.call(inp)
        outcome = "returned"
    except _CaseTimeout:
        raise
    except MemoryError:
        raise _OutOfMemory() from None
    except (SystemExit, KeyboardInterrupt) as exc:  # the call tried to end the process: not a value to keep
        raise _CallAborted(f"the call raised {type(exc).__name__}({exc})") from None
    except Exception as exc:  # recorded as the expected exception
        result = _raised(exc)
        outcome = "raised"
    finally:
        if tracer is not None:
            tracer.__exit__()
        watch.active = False
        elapsed = time.perf_counter() - start
        signal.setitimer(signal.ITIMER_REAL, 0)
        limits.__exit__()
    events = list(watch.events)
    if outcome == "returned":
        result = _encode_result(result, values)
    return outcome, result, events, elapsed


def _raised(exc: BaseException) -> dict[str, Any]:
    message = str(exc)
    return {"__raises__": _exception_name(exc), "message": None if " at 0x" in message else message}


def _encode_result(result: Any, values: Any) -> Any:
    """The recorded form of a result; a returned function's calls as ``{"__calls__": [...]}``."""
    from trainerd.research.invoke import Calls

    built = dict(values.BUILT)  # a result is compared as a value, never as the call that built an input
    values.BUILT.clear()
    try:
        if isinstance(result, Calls):
            return {
                "__calls__": [
                    values.encode(v) if how == "returned" else _raised(v) for how, v in result.outcomes
                ]
            }
        return values.encode(result)
    finally:
        values.BUILT.update(built)


# inputs trainerd made up (the others come from the project: call sites, tests, doctests, datasets)
GENERATED_ORIGINS = ("boundary", "hypothesis", "constant", "method_call")


def _crash_only(case: dict[str, Any], deliberate: set[str] | None) -> bool:
    """A generated input on which the target raises an exception its own code does not raise: outside
    the domain, a finding rather than behaviour to keep (``deliberate`` None: no such rule)."""
    if deliberate is None or case["origin"] not in GENERATED_ORIGINS or case["outcome"] != "raised":
        return False
    return str(case["expected"]["__raises__"]).rsplit(".", 1)[-1] not in deliberate


def characterize(req: dict[str, Any]) -> dict[str, Any]:
    """Record what the target returns or raises on each input (see the module docstring)."""
    import importlib
    import os
    from pathlib import Path

    # hypothesis keeps caches under ./.hypothesis by default: not in the user's project
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "trainerd" / "hypothesis"
    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(cache))

    from trainerd.research import values
    from trainerd.research.inputs import generate
    from trainerd.research.invoke import Refused, resolve
    from trainerd.research.selection import ArcTracer, select

    sys.path.insert(0, req["import_root"])
    watch = _Watch()
    try:
        module = importlib.import_module(req["module"])
    except BaseException as exc:  # the user's module may raise anything, SystemExit included
        return {
            "ok": False,
            "error": "import_failed",
            "message": f"cannot import {req['module']}.{req['symbol']}: {type(exc).__name__}: {exc}",
            "traceback": traceback.format_exc()[-4000:],
        }
    try:
        target = resolve(module, req["symbol"])
    except AttributeError as exc:
        return {"ok": False, "error": "import_failed", "message": f"cannot find {req['symbol']}: {exc}"}
    except Refused as exc:
        return {"ok": False, "error": "refused", "message": str(exc)}
    notes: list[str] = []
    for probe in req.get("then") or []:
        try:
            values.decode(probe["args"]), values.decode(probe["kwargs"])  # rebuilt again for each call
            target.then.append(probe)
        except values.Unserializable:
            continue
    signal.signal(signal.SIGALRM, _alarm)
    given = req.get("cases")
    inputs = given if given is not None else generate(target, req, values, notes)
    selecting = given is None and bool(req.get("select", True))
    files = {os.path.realpath(f) for f in req.get("trace_files") or []}
    deliberate = set(req["deliberate"]) if req.get("deliberate") is not None else None
    timeout_s = float(req.get("timeout_s", 5.0))
    memory_mb = float(req.get("memory_mb", 1024))
    limits = _Limits(memory_mb, float(req.get("cpu_s", 3 * timeout_s + 2)))
    progress = req.get("progress_file")
    excluded = {json.dumps(e["input"], sort_keys=True): str(e["reason"]) for e in req.get("exclude") or []}
    repeat = max(1, int(req.get("repeat", 2)))
    recorded: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    function_seconds = 0.0

    def attempt(case: dict[str, Any], tracer: Any) -> tuple[tuple[str, Any] | None, str | None]:
        nonlocal function_seconds
        if progress:  # read by the caller if this call takes the process down
            with open(progress, "w", encoding="utf-8") as f:
                json.dump({k: case.get(k) for k in ("input", "origin", "source")}, f)
        try:
            outcome, result, events, elapsed = _run_once(
                target, case["input"], timeout_s, watch, values, tracer, limits
            )
        except _CaseTimeout:
            return None, f"timed out after {timeout_s:g} s"
        except _OutOfMemory:
            return None, f"ran out of memory: the call needed more than {memory_mb:g} MiB"
        except _CallAborted as exc:
            return None, str(exc)
        except values.Unserializable as exc:
            return None, f"output not serializable: {exc}"
        function_seconds += elapsed
        if events:
            return None, "side effect during the call: " + "; ".join(dict.fromkeys(events))
        return (outcome, result), None

    for case in inputs:  # first run: the outcome, and the arcs it covers
        if json.dumps(case["input"], sort_keys=True) in excluded:
            skipped.append({**case, "reason": excluded[json.dumps(case["input"], sort_keys=True)]})
            continue
        tracer = ArcTracer(files) if selecting else None
        run, reason = attempt(case, tracer)
        if run is None:
            skipped.append({**case, "reason": str(reason)})
            continue
        item = {**case, "outcome": run[0], "expected": run[1], "arcs": tracer.arcs if tracer else set()}
        if _crash_only(item, deliberate):
            findings.append(item)
            continue
        recorded.append(item)
    coverage = None
    budget = int(req.get("max_cases", 200))
    if selecting:
        recorded, coverage = select(recorded, budget, GENERATED_ORIGINS, int(req.get("per_path", 3)))
    cases: list[dict[str, Any]] = []
    for item in recorded:  # the runs after the first: the same result, or the input is not kept
        reason = None
        for _ in range(repeat - 1):
            run, reason = attempt(item, None)
            if run is None:
                break
            if json.dumps(list(run), sort_keys=True) != json.dumps(
                [item["outcome"], item["expected"]], sort_keys=True
            ):
                reason = "nondeterministic: two runs on the same input gave different results"
                break
        if reason:
            skipped.append(
                {k: v for k, v in item.items() if k not in ("arcs", "outcome", "expected")}
                | {"reason": reason}
            )
            continue
        cases.append({k: v for k, v in item.items() if k not in ("arcs", "_size")})
    return {
        "ok": True,
        "cases": cases,
        "skipped": skipped,
        "findings": [{k: v for k, v in f.items() if k != "arcs"} for f in findings],
        "notes": notes,
        "coverage": coverage,
        "function_seconds": function_seconds,
        "call": {
            "kind": target.kind,
            "is_async": target.is_async,
            "drains": target.saw_iterator,
            "then": (req.get("then") or []) if target.saw_function else [],
            "params": [name for name, _, _ in _all_params(target)],
            "init_params": [name for name, _ in target.init_params()],
        },
        "positional_params": [name for name, _ in target.params()],
    }


def _all_params(target: Any) -> list[tuple[str, Any, Any]]:
    from trainerd.research.invoke import all_params

    if target.kind in ("class", "property"):
        return []
    return all_params(target.fn, skip_first=target.kind in ("method", "classmethod"))


def coverage_of_tests(req: dict[str, Any]) -> dict[str, Any]:
    """Run the test files with one coverage context per test; report the tests that ran target lines."""
    import coverage
    import pytest

    from trainerd.research.capture import ArgumentCapture

    target = req["target_file"]
    first, last = req["lines"]
    sys.path.insert(0, req["import_root"])
    cov = coverage.Coverage(data_file=None, include=[target], config_file=False)
    outcomes: dict[str, str] = {}
    capture = ArgumentCapture(target, first, last, req["capture"]) if req.get("capture") else None

    class ContextPerTest:
        def pytest_collection(self, session):
            if capture is not None:  # conftests are loaded: the module imports as the tests will see it
                capture.wrap_factory()

        def pytest_runtest_setup(self, item):
            cov.switch_context(item.nodeid)
            if capture is not None:
                capture.test = item.nodeid

        def pytest_runtest_logreport(self, report):
            if report.when == "call" or report.outcome != "passed":
                outcomes.setdefault(report.nodeid, report.outcome)

    cov.start()
    if capture is not None:
        sys.setprofile(capture.profile)  # beside coverage's tracer (settrace): both see the calls
    try:
        code = pytest.main(
            # one test file that cannot be collected (a profiling script beside the tests, a missing
            # locale) must not keep the others from running
            [
                "-q",
                "-p",
                "no:cacheprovider",
                "--no-header",
                "--continue-on-collection-errors",
                *req["test_files"],
            ],
            plugins=[ContextPerTest()],
        )
    finally:
        sys.setprofile(None)
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
        "calls": capture.calls if capture is not None else [],
        "then": capture.then if capture is not None else [],
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
