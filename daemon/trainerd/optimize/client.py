"""The engine's side of the worker: start it, send typed requests, relay its progress, and turn a
crash, a hang, ``os._exit``, a signal or garbage on its stdout into :class:`WorkerDied`.

Never imports ``opto`` or user code. The worker bounds each evaluation itself (a hung test's child is
killed and named); the watchdog here is the backstop for a worker that stops answering at all.
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
from typing import IO, Any, TypeVar

from trainerd.optimize import messages as m
from trainerd.optimize.rpc import ConnectionClosed, read_message, write_message
from trainerd.optimize.worker import MISSING_EXIT, MISSING_PREFIX, NEEDS

PACKAGE_PARENT = str(Path(__file__).resolve().parents[2])  # the folder holding the trainerd package
BACKSTOP_S = 30.0  # beyond the worker's own limits before a silent worker is killed
COLLECT_MIN_S = 60.0
HASH_SEED = "0"
T = TypeVar("T")


class WorkerDied(Exception):
    """The worker ended or was killed; the message says how and what it was doing."""


class WorkerCancelled(Exception):
    """The caller's cancel event was set; the worker was stopped."""


class WorkerClient:
    """One worker process. :meth:`call` blocks until the answer (or cancel, or death)."""

    def __init__(
        self,
        python: str | None,
        cwd: Path,
        log_file: Path,
        on_progress: Callable[[m.Progress], None] | None = None,
        cancel: threading.Event | None = None,
        test_timeout: float = 60.0,
        idle_timeout: float = 900.0,
    ) -> None:
        self.python = python or sys.executable
        self.python_source: str | None = None  # why this interpreter (project venv, setting, …)
        self.cwd, self.log_file = cwd, log_file
        self.on_progress = on_progress
        self.cancel = cancel or threading.Event()
        self.test_timeout, self.idle_timeout = test_timeout, idle_timeout
        self.proc: subprocess.Popen[bytes] | None = None
        self.init: m.InitializeParams | None = None
        self._inbox: queue.Queue[dict[str, Any] | BaseException] = queue.Queue()
        self._next_id = 0
        self._lock = threading.Lock()  # one request at a time
        self._last_message = time.monotonic()
        self.current_test: str | None = None
        self.collecting = False
        self._stderr_tail: list[str] = []
        self._stderr_reader: threading.Thread | None = None

    # --- life cycle -------------------------------------------------------------------------
    def start(self) -> WorkerClient:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (PACKAGE_PARENT, env.get("PYTHONPATH")) if p)
        env["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
        env.setdefault("PYTHONUNBUFFERED", "1")
        # one string-hash seed for every process of every run (unless the user chose one): a test id built
        # from a set (``parametrize`` over a set) is then the same in the optimize and in the answer
        # that continues it (isodate's test_date ids changed between them, and its fix was refused)
        env.setdefault("PYTHONHASHSEED", HASH_SEED)
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
        self._stderr_reader = threading.Thread(
            target=self._read_stderr, name="trainerd-worker-stderr", daemon=True
        )
        self._stderr_reader.start()
        return self

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        """Ask politely, then kill the whole process group."""
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(Exception):
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

    # --- typed requests ---------------------------------------------------------------------
    def initialize(self, params: m.InitializeParams) -> m.InitializeReply:
        reply = self.call("initialize", params, m.InitializeReply)
        if reply.error is None:
            self.init = params
        return reply

    def evaluate(self, params: m.EvaluateParams) -> m.EvaluateReply:
        return self.call("evaluate", params, m.EvaluateReply)

    def prompt(self, params: m.PromptParams) -> m.PromptReply:
        return self.call("prompt", params, m.PromptReply)

    def complete(self, params: m.CompleteParams) -> m.CompleteReply:
        return self.call("complete", params, m.CompleteReply, idle=3600.0)

    def call(self, method: str, params: Any, reply: type[T], idle: float | None = None) -> T:
        with self._lock:
            data = self._request(method, m.encode(params), idle)
        try:
            return m.decode(reply, data)
        except ValueError as exc:
            raise WorkerDied(f"the worker answered {method!r} with {exc}") from None

    def _request(self, method: str, params: dict[str, Any], idle: float | None) -> dict[str, Any]:
        if self.proc is None or self.proc.stdin is None:
            raise WorkerDied("the worker is not started")
        self._next_id += 1
        msg_id = self._next_id
        try:
            write_message(
                self.proc.stdin, {"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params}
            )
        except (BrokenPipeError, OSError):
            raise self._died(f"while sending {method!r}") from None
        self._last_message = time.monotonic()
        self.current_test, self.collecting = None, False
        while True:
            if self.cancel.is_set():
                self.kill()
                raise WorkerCancelled(f"cancelled during {method!r}")
            try:
                item = self._inbox.get(timeout=0.1)
            except queue.Empty:
                self._check_stalled(method, idle)
                continue
            if isinstance(item, BaseException):
                raise self._died(f"during {method!r}: {item}") from None
            self._last_message = time.monotonic()
            if item.get("method") == "progress":
                self._progress(item.get("params"))
                continue
            if item.get("id") != msg_id:
                continue
            if item.get("error") is not None:
                raise WorkerDied(
                    f"the worker answered {method!r} with an error: {item['error'].get('message')}"
                )
            result = item.get("result")
            return result if isinstance(result, dict) else {}

    def _progress(self, raw: Any) -> None:
        try:
            progress = m.decode(m.Progress, raw)
        except ValueError:
            return
        self.current_test = progress.id if progress.event == "test_start" else None
        self.collecting = progress.event == "pytest_start"
        if self.on_progress is not None:
            with contextlib.suppress(Exception):  # a broken listener must not break the run
                self.on_progress(progress)

    def _check_stalled(self, method: str, idle: float | None) -> None:
        assert self.proc is not None
        if self.proc.poll() is not None:
            # the reader delivers what the worker wrote, then end-of-stream; this is only a backstop
            if time.monotonic() - self._last_message > 5.0:
                raise self._died(f"during {method!r}")
            return
        silent = time.monotonic() - self._last_message
        if self.current_test:
            limit = self.test_timeout + BACKSTOP_S
        elif self.collecting:
            limit = max(COLLECT_MIN_S, 4 * self.test_timeout) + BACKSTOP_S
        else:
            limit = idle or self.idle_timeout
        if silent > limit:
            test = self.current_test
            self.kill()
            where = f" while test {test} ran" if test else ""
            raise WorkerDied(
                f"the worker was silent for {silent:.0f} s during {method!r}{where} and was killed"
            )

    def _died(self, doing: str) -> WorkerDied:
        assert self.proc is not None
        try:
            code = self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            code = self.proc.returncode
        if code == MISSING_EXIT:
            return WorkerDied(self._missing_message())
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

    def _missing_message(self) -> str:
        if self._stderr_reader is not None:  # the process has ended: its last line is on its way
            self._stderr_reader.join(timeout=5)
        lines = [line for line in self._stderr_tail if line.startswith(MISSING_PREFIX)]
        lacking = lines[0][len(MISSING_PREFIX) :].strip().split(", ") if lines else []
        packages = [p for p in lacking if not p.startswith("python")]
        if lacking and packages == lacking:
            fix = f"install them there (`{self.python} -m pip install {' '.join(packages)}`)"
        else:
            fix = f"use a Python 3.11 or newer with {', '.join(p for p, _ in NEEDS)} installed"
        why = f" ({self.python_source})" if self.python_source else ""
        return (
            f"the interpreter {self.python}{why} cannot run the optimization worker: it lacks "
            f"{', '.join(lacking) or 'what the worker needs'}. To fix: {fix}, or choose the "
            "interpreter that runs your tests with `--python` / the `trainer.interpreter` setting."
        )

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
        path: Path | None = None
        log: IO[bytes] | None = None
        try:
            for line in iter(self.proc.stderr.readline, b""):
                if self.log_file != path:  # the log follows the run (a pooled worker moves on)
                    if log is not None:
                        log.close()
                    path, log = self.log_file, None
                    with contextlib.suppress(OSError):
                        path.parent.mkdir(parents=True, exist_ok=True)
                        log = open(path, "ab")  # noqa: SIM115 - kept open across lines
                if log is not None:
                    with contextlib.suppress(OSError):
                        log.write(line)
                        log.flush()
                self._stderr_tail.append(line.decode("utf-8", "replace"))
                del self._stderr_tail[:-40]
        finally:
            if log is not None:
                log.close()
