"""The parent's side of the worker: start it, send requests, answer its ``complete`` requests, and
turn a crash, hang, ``os._exit``, segfault or garbage on its stdout into :class:`WorkerDied`.

Never imports ``opto`` or user code.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from trainerd.optimize.rpc import ConnectionClosed, read_message, write_message

PACKAGE_PARENT = str(Path(__file__).resolve().parents[2])  # the folder holding the trainerd package
TEST_GRACE_S = 10.0  # on top of the per-test timeout before a silent worker is killed
COLLECT_MIN_S = 60.0  # collection may take this long (or 4 per-test timeouts) before the first test


class WorkerDied(Exception):
    """The worker ended or was killed; the message says how and what it was doing."""


class WorkerCancelled(Exception):
    """The caller's cancel event was set; the worker was stopped."""


CompleteHandler = Callable[[dict[str, Any]], dict[str, Any]]  # params -> result, or raises RpcError


class RpcError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


class WorkerClient:
    """One worker process. Use as a context manager; :meth:`request` blocks until the answer."""

    def __init__(
        self,
        python: str | None,
        cwd: Path,
        log_file: Path,
        on_complete: CompleteHandler,
        on_progress: Callable[[dict[str, Any]], None] | None = None,
        cancel: threading.Event | None = None,
        test_timeout: float = 30.0,
        idle_timeout: float = 900.0,
    ) -> None:
        self.python = python or sys.executable
        self.cwd, self.log_file = cwd, log_file
        self.on_complete, self.on_progress = on_complete, on_progress
        self.cancel = cancel or threading.Event()
        self.test_timeout, self.idle_timeout = test_timeout, idle_timeout
        self.proc: subprocess.Popen[bytes] | None = None
        self._inbox: queue.Queue[dict[str, Any] | BaseException] = queue.Queue()
        self._next_id = 0
        self._write_lock = threading.Lock()
        self._last_message = time.monotonic()
        self.current_test: str | None = None
        self.collecting = False
        self._stderr_tail: list[str] = []

    # --- life cycle -------------------------------------------------------------------------
    def start(self) -> WorkerClient:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (PACKAGE_PARENT, env.get("PYTHONPATH")) if p)
        env["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
        env.setdefault("PYTHONUNBUFFERED", "1")
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.proc = subprocess.Popen(
                [self.python, "-m", "trainerd.optimize.worker"],
                cwd=self.cwd,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )
        except OSError as exc:
            raise WorkerDied(f"cannot start the worker with {self.python}: {exc.strerror}") from None
        threading.Thread(target=self._read_stdout, name="trainerd-worker-stdout", daemon=True).start()
        threading.Thread(target=self._read_stderr, name="trainerd-worker-stderr", daemon=True).start()
        return self

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def stop(self) -> None:
        """Ask politely, then kill the whole process group."""
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(Exception):
            with self._write_lock:
                write_message(proc.stdin, {"jsonrpc": "2.0", "id": "shutdown", "method": "shutdown"})  # type: ignore[arg-type]
        try:
            proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)

    def __enter__(self) -> WorkerClient:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # --- requests ---------------------------------------------------------------------------
    def request(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        assert self.proc is not None and self.proc.stdin is not None
        self._next_id += 1
        msg_id = self._next_id
        try:
            with self._write_lock:
                write_message(
                    self.proc.stdin, {"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params}
                )
        except (BrokenPipeError, OSError):
            raise self._died(f"while sending {method!r}") from None
        self._last_message = time.monotonic()
        while True:
            if self.cancel.is_set():
                self.kill()
                raise WorkerCancelled(f"cancelled during {method!r}")
            try:
                item = self._inbox.get(timeout=0.1)
            except queue.Empty:
                self._check_stalled(method)
                continue
            if isinstance(item, BaseException):
                raise self._died(f"during {method!r}: {item}") from None
            self._last_message = time.monotonic()
            if "method" in item:
                self._dispatch(item)
                continue
            if item.get("id") != msg_id:
                continue
            if "error" in item and item["error"] is not None:
                raise WorkerDied(
                    f"the worker answered {method!r} with an error: {item['error'].get('message')}"
                )
            return item.get("result") or {}

    def _check_stalled(self, method: str) -> None:
        assert self.proc is not None
        if self.proc.poll() is not None:
            # the reader delivers what the worker wrote, then end-of-stream; this is only a backstop
            if time.monotonic() - self._last_message > 5.0:
                raise self._died(f"during {method!r}")
            return
        silent = time.monotonic() - self._last_message
        if self.current_test:
            limit = self.test_timeout + TEST_GRACE_S
        elif self.collecting:
            limit = max(COLLECT_MIN_S, 4 * self.test_timeout)
        else:
            limit = self.idle_timeout
        if silent > limit:
            test = self.current_test
            self.kill()
            if self.collecting and not test:
                raise WorkerDied(
                    f"the test suite hung while being collected: no test started within {silent:.0f} s;"
                    " the worker was killed (does a test module or conftest.py block at import?)"
                )
            if test:
                raise WorkerDied(
                    f"test {test} hung: no answer {silent:.0f} s after it started (per-test timeout "
                    f"{self.test_timeout:g} s could not interrupt it); the worker was killed"
                )
            raise WorkerDied(f"the worker was silent for {silent:.0f} s during {method!r} and was killed")

    def _dispatch(self, message: dict[str, Any]) -> None:
        method, params = message.get("method"), message.get("params") or {}
        if method == "progress":
            event = params.get("event")
            self.current_test = params.get("id") if event == "test_start" else None
            self.collecting = event == "pytest_start"
            if self.on_progress is not None:
                self.on_progress(params)
            return
        self.current_test, self.collecting = None, False
        if method == "complete":
            try:
                reply: dict[str, Any] = {"result": self.on_complete(params)}
            except RpcError as exc:
                reply = {"error": {"code": exc.code, "message": str(exc)}}
            except Exception as exc:  # a failing completer must not leave the worker waiting
                reply = {"error": {"code": -32003, "message": f"{type(exc).__name__}: {exc}"}}
        else:
            reply = {"error": {"code": -32601, "message": f"unknown method {method!r}"}}
        if "id" in message:
            assert self.proc is not None and self.proc.stdin is not None
            try:
                with self._write_lock:
                    write_message(self.proc.stdin, {"jsonrpc": "2.0", "id": message["id"], **reply})
            except (BrokenPipeError, OSError):
                pass  # the worker died while it waited: the reader's end-of-stream reports how
        self._last_message = time.monotonic()

    def _died(self, doing: str) -> WorkerDied:
        assert self.proc is not None
        try:
            code = self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            code = self.proc.returncode
        if code is not None and code < 0:
            try:
                how = f"was killed by signal {signal.Signals(-code).name}"
            except ValueError:
                how = f"was killed by signal {-code}"
        elif code is not None:
            how = f"exited with code {code}"
        else:
            how = "stopped answering"
        test = f" while running test {self.current_test}" if self.current_test else ""
        tail = "".join(self._stderr_tail[-15:]).strip()
        detail = f"\nLast worker output:\n{tail}" if tail else ""
        return WorkerDied(f"the optimization worker {how}{test} {doing}.{detail}")

    # --- pipes ------------------------------------------------------------------------------
    def _read_stdout(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        stream: IO[bytes] = self.proc.stdout
        try:
            while True:
                self._inbox.put(read_message(stream))
        except ConnectionClosed as exc:
            self._inbox.put(exc)
        except Exception as exc:  # garbage on the protocol stream
            self._inbox.put(ConnectionClosed(f"unreadable message from the worker: {exc}"))

    def _read_stderr(self) -> None:
        assert self.proc is not None and self.proc.stderr is not None
        with open(self.log_file, "ab") as log:
            for line in iter(self.proc.stderr.readline, b""):
                log.write(line)
                log.flush()
                self._stderr_tail.append(line.decode("utf-8", "replace"))
                del self._stderr_tail[:-40]
