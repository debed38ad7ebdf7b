"""The warm parent: answers the engine over stdin/stdout and runs each evaluation in a fresh child.

``initialize`` and ``shutdown`` are answered here; ``evaluate``, ``prompt`` and ``complete`` fork a
child that does the work (imports the project, runs pytest, calls LiteLLM) and reports back through
a pipe; this process relays its progress, bounds it (a test that ignores the per-test timeout, a suite
that hangs while it is collected), and answers with the child's reply or says how the child ended.
While the first child runs, the parent imports what later children can share (:mod:`.prewarm`).

No thread runs here (children are forked): the parent watches its own parent between messages, and
ends its process group when it is orphaned, so a SIGKILLed daemon or CLI takes the worker along.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import IO, Any

from trainerd.optimize import messages as m
from trainerd.optimize.rpc import ConnectionClosed, FrameReader, write_message

POLL_S = 0.25
HANG_GRACE_S = 10.0  # past the per-test timeout before a silent test is killed
COLLECT_MIN_S = 60.0  # collection may take this long (or 4 per-test timeouts) before the first test
PR_SET_PDEATHSIG = 1


def _die_with_group() -> None:
    with contextlib.suppress(OSError):
        if os.getpgid(0) == os.getpid():  # we lead our group: take our children with us
            os.killpg(0, signal.SIGKILL)
    os._exit(137)


def _pdeathsig() -> None:
    """A child dies with its parent (this forking thread is the parent's only thread)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _reseed() -> None:
    """A fresh process draws fresh random state: so does a child (``random`` reseeds itself after a
    fork; numpy's global generator, imported ahead by the parent, does not)."""
    numpy_random = sys.modules.get("numpy.random")
    if numpy_random is not None:
        with contextlib.suppress(Exception):
            numpy_random.seed()


class Worker:
    def __init__(self, in_fd: int, out: IO[bytes]) -> None:
        self.in_fd, self.out = in_fd, out
        self.parent = os.getppid()
        self.init: m.InitializeParams | None = None
        self.prewarmed = False

    # --- the protocol loop ----------------------------------------------------------------------
    def serve(self) -> int:
        if self.parent == 1:
            _die_with_group()
        reader = FrameReader(self.in_fd)
        while True:
            try:
                message = reader.read(POLL_S)
            except ConnectionClosed:
                return 0
            if message is None:
                self._check_parent()
                continue
            method, mid = message.get("method"), message.get("id")
            if method is None:
                continue  # a stray response: nothing waits for it
            params = message.get("params") or {}
            if method == "shutdown":
                self._reply(mid, {"ok": True})
                return 0
            try:
                if method == "initialize":
                    result = m.encode(self.initialize(m.decode(m.InitializeParams, params)))
                elif method in ("evaluate", "prompt", "complete"):
                    if self.init is None and method != "complete":
                        result = {"error": "the worker was not initialized"}
                    else:
                        result = self.in_child(method, params)
                else:
                    self._send(
                        {
                            "jsonrpc": "2.0",
                            "id": mid,
                            "error": {"code": -32601, "message": f"unknown method {method!r}"},
                        }
                    )
                    continue
            except Exception as exc:  # a fault of ours: the engine reports it with the traceback
                result = {"error": f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=-4)}"}
            self._reply(mid, result)

    def _send(self, message: dict[str, Any]) -> None:
        write_message(self.out, message)

    def _reply(self, mid: Any, result: Any) -> None:
        if mid is not None:
            self._send({"jsonrpc": "2.0", "id": mid, "result": result})

    def _check_parent(self) -> None:
        if os.getppid() != self.parent:
            _die_with_group()

    # --- requests -------------------------------------------------------------------------------
    def initialize(self, p: m.InitializeParams) -> m.InitializeReply:
        if p.protocol != m.PROTOCOL_VERSION:
            return m.InitializeReply(
                os.getpid(),
                sys.executable,
                error=f"this worker speaks protocol {m.PROTOCOL_VERSION}, the engine {p.protocol}: "
                "install the same trainerd in the project's interpreter",
            )
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        os.chdir(p.project_root)
        self.init = p
        import pytest  # noqa: F401 - every child runs it: imported once here

        return m.InitializeReply(os.getpid(), sys.executable, _dist_version("trace-opt"))

    def in_child(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        sys.stdout.flush()
        sys.stderr.flush()
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read_fd)
            self._child(method, params, write_fd)
        os.close(write_fd)
        self._prewarm()
        try:
            return self._relay(pid, read_fd, method)
        finally:
            os.close(read_fd)

    def _child(self, method: str, params: dict[str, Any], write_fd: int) -> None:
        code = 0
        channel = os.fdopen(write_fd, "wb", buffering=0)
        try:
            _pdeathsig()
            _reseed()
            with contextlib.suppress(OSError):
                os.close(self.in_fd)
            with contextlib.suppress(OSError):
                os.close(self.out.fileno())

            def notify(event: str, case: str | None) -> None:
                write_message(channel, {"method": "progress", "params": m.encode(m.Progress(event, case))})

            reply = self._handle(method, params, notify)
            write_message(channel, {"result": m.encode(reply)})
        except BaseException as exc:  # the child always answers, even for a fault of ours
            code = 1
            with contextlib.suppress(Exception):
                write_message(
                    channel,
                    {"result": {"error": f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=-6)}"}},
                )
        finally:
            with contextlib.suppress(Exception):
                sys.stdout.flush()
                sys.stderr.flush()
            os._exit(code)

    def _handle(self, method: str, params: dict[str, Any], notify: Any) -> Any:
        init = self.init
        if method == "complete":
            return _complete(m.decode(m.CompleteParams, params))
        assert init is not None
        args = list(init.pytest_args)
        if method == "evaluate":
            from trainerd.optimize.worker import evaluate

            return evaluate.run(
                m.decode(m.EvaluateParams, params),
                init.target_file,
                init.symbol,
                args,
                init.test_timeout,
                notify,
            )
        from trainerd.optimize.worker import prompt

        return prompt.build(
            m.decode(m.PromptParams, params), init.target_file, init.symbol, args, init.test_timeout, notify
        )

    def _relay(self, pid: int, read_fd: int, method: str) -> dict[str, Any]:
        """Forward the child's progress, bound it, and return its reply (or how it ended)."""
        assert self.init is not None or method == "complete"
        timeout = self.init.test_timeout if self.init else 60.0
        reader = FrameReader(read_fd)
        result: dict[str, Any] | None = None
        current: str | None = None
        since = time.monotonic()
        collecting = False
        killed: str | None = None
        while True:
            try:
                message = reader.read(POLL_S)
            except ConnectionClosed:
                break
            now = time.monotonic()
            if message is None:
                self._check_parent()
                if killed is None:
                    killed = self._hung(current, collecting, now - since, timeout)
                    if killed is not None:
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(pid, signal.SIGKILL)
                continue
            if message.get("method") == "progress":
                progress = m.decode(m.Progress, message.get("params"))
                current = progress.id if progress.event == "test_start" else None
                collecting = progress.event == "pytest_start"
                since = now
                self._send({"jsonrpc": "2.0", "method": "progress", "params": m.encode(progress)})
            elif isinstance(message.get("result"), dict):
                result = message["result"]
        _, status = os.waitpid(pid, 0)
        if killed is not None:
            return {"error": killed}
        if result is not None:
            return result
        return {"error": _ended(status, current)}

    @staticmethod
    def _hung(current: str | None, collecting: bool, silent: float, timeout: float) -> str | None:
        if current is not None and silent > timeout + HANG_GRACE_S:
            return (
                f"test {current} hung: no answer {silent:.0f} s after it started (per-test timeout "
                f"{timeout:g} s could not interrupt it); the test process was killed"
            )
        if collecting and silent > max(COLLECT_MIN_S, 4 * timeout):
            return (
                f"the test suite hung while being collected: no test started within {silent:.0f} s; the test "
                "process was killed (does a test module or conftest.py block at import?)"
            )
        return None

    def _prewarm(self) -> None:
        """Once, while the first child runs: import what every later child would import again
        (:mod:`.prewarm`)."""
        if self.prewarmed or self.init is None:
            return
        self.prewarmed = True
        from trainerd.optimize.worker import prewarm

        try:
            done = prewarm.run(
                Path(self.init.project_root), Path(self.init.target_file), _test_files(self.init)
            )
            gc.collect()
            gc.freeze()  # pytest's gc.collect() in each child then skips what was imported here
            sys.stderr.write(f"trainerd worker: imported ahead: {', '.join(done) or 'nothing'}\n")
        except Exception as exc:
            sys.stderr.write(f"trainerd worker: prewarm skipped: {type(exc).__name__}: {exc}\n")


def _test_files(init: m.InitializeParams) -> list[Path]:
    root = Path(init.project_root)
    out = []
    for arg in init.pytest_args:
        path = root / arg.split("::")[0]
        if path.is_file() and path.suffix == ".py":
            out.append(path)
        elif path.is_dir():
            out += sorted(path.rglob("test_*.py"))[:50] + sorted(path.rglob("conftest.py"))[:10]
    return out


def _complete(p: m.CompleteParams) -> m.CompleteReply:
    from trainerd.llm import FollowupNeeded
    from trainerd.llm.litellm_backend import complete

    try:
        return m.CompleteReply(content=complete(p.model, p.messages, p.max_tokens, p.json))
    except FollowupNeeded as exc:
        return m.CompleteReply(followup=exc.reason)


def _ended(status: int, current: str | None) -> str:
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            how = f"was killed by signal {signal.Signals(number).name}"
        except ValueError:
            how = f"was killed by signal {number}"
    else:
        how = f"exited with code {os.WEXITSTATUS(status)}"
    during = f" while running test {current}" if current else ""
    return f"the optimization worker's test process {how}{during} before it answered."


def _dist_version(name: str) -> str | None:
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:
        return None


def main(out: IO[bytes]) -> int:
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    return Worker(sys.stdin.fileno(), out).serve()
