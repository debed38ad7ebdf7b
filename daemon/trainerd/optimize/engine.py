"""The run: from the baseline to the written-back winner, resumable at every point.

One :class:`Run` drives one target's optimization in its iteration folder. Phases, each saved in
``run-state.json`` before it is reported:

1. **prepare** (a new run): the feedback signal; the target's tests run on the snapshot taken when
   the run started (plain compiled code, calls counted), every test the change could affect once,
   then the target's tests ``repeats`` more times (a verdict that changes is ``flaky_feedback``);
   the train/val split.
2. **steps**: the prompt is built from the latest evaluation (only its prompt's tests run through
   Trace), the model is asked (or the run stops at a manual follow-up), the answer becomes a
   candidate, which runs on the target's tests.
3. **finish**: the election; the winner's own evaluation is its validation, with the affected tests
   that did not run yet (each test that passed before must still pass); the write-back.

A run killed anywhere resumes from its state: an answered step is evaluated, not asked again; a
passing candidate is validated and written, not re-proposed; a write-back in flight is recognised.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import uuid
from pathlib import Path
from typing import Any, Protocol

from trainerd.errors import TrainerError
from trainerd.feedback.cases import PASSED, SKIPPED
from trainerd.feedback.signal import CommandResult, run_command
from trainerd.llm import Completer, parse_model
from trainerd.optimize import messages as m
from trainerd.optimize import types as t
from trainerd.optimize import writeback
from trainerd.optimize.client import WorkerCancelled, WorkerClient, WorkerDied
from trainerd.optimize.edits import candidate_source
from trainerd.optimize.state import SNAPSHOT_PREFIX, STATE_FILE, RunState, load, save
from trainerd.project.interpreter import Interpreter
from trainerd.project.interpreter import resolve as resolve_interpreter
from trainerd.workspace import status as st
from trainerd.workspace.blockers import (
    FLAKY_FEEDBACK,
    JUDGE_MODE_INCONSISTENT,
    NO_FEEDBACK_SIGNAL,
    SURFACE_UNDEFINED,
    Blocker,
)
from trainerd.workspace.files import atomic_write_text
from trainerd.workspace.records import target_key
from trainerd.workspace.service import Workspace

# blockers the engine computes: replaced (not accumulated) by each run
ENGINE_BLOCKERS = {NO_FEEDBACK_SIGNAL, FLAKY_FEEDBACK, SURFACE_UNDEFINED, JUDGE_MODE_INCONSISTENT}
MAX_FAILED_IN_PROMPT = 12
MAX_PASSED_IN_PROMPT = 3
MAX_MESSAGE_CHARS = 1500
RESUMABLE = ("running", "followup_needed", "failed", "cancelled", "interrupted")


class Workers(Protocol):
    """Where a run gets its worker: a fresh one (CLI), or a warm one kept by the daemon."""

    def acquire(
        self, python: str | None, project_root: Path, log_file: Path, test_timeout: float
    ) -> WorkerClient: ...

    def release(self, worker: WorkerClient, keep: bool) -> None: ...


class FreshWorkers:
    def acquire(
        self, python: str | None, project_root: Path, log_file: Path, test_timeout: float
    ) -> WorkerClient:
        return WorkerClient(python, project_root, log_file, test_timeout=test_timeout).start()

    def release(self, worker: WorkerClient, keep: bool) -> None:
        worker.stop()


class Blocked(Exception):
    def __init__(self, blockers: list[Blocker]) -> None:
        super().__init__(blockers[0].message)
        self.blockers = blockers


def _ok(outcome: str) -> bool:
    return outcome in (PASSED, SKIPPED)


def _verdicts(suite: m.SuiteReply) -> dict[str, str]:
    return {c.id: c.outcome for c in suite.cases}


def _score_of(verdicts: dict[str, str], ids: list[str]) -> t.Score:
    failed = [i for i in ids if not _ok(verdicts.get(i, "missing"))]
    return t.Score(len(ids) - len(failed), len(ids), failed)


def _file_of(case: str) -> str:
    return case.split("::")[0]


def clean_stale_temp_files(folder: Path) -> list[Path]:
    """Remove the temp files of atomic writes a killed process left in a run's own iteration folder
    (nothing else writes there while the run holds its target)."""
    removed = []
    for stale in folder.rglob(".*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()
            removed.append(stale)
    return removed


class Run:
    def __init__(
        self,
        ws: Workspace,
        options: t.OptimizeOptions,
        on_event: t.EventSink | None = None,
        cancel: threading.Event | None = None,
        completer: Completer | None = None,
        workers: Workers | None = None,
    ) -> None:
        self.ws, self.options, self.on_event = ws, options, on_event
        self.cancel = cancel or threading.Event()
        self.completer = completer
        self.workers = workers or FreshWorkers()
        self.t = ws.target
        self.key = target_key(self.t.symbol)
        self.spec = parse_model(options.model, cwd=Path.cwd())
        self.events: list[t.RunEvent] = []
        self.state: RunState | None = None
        self._worker: WorkerClient | None = None
        self._keep_worker = False
        self._snapshot: str | None = None
        self._interpreter: Interpreter | None = None

    # --- paths and bookkeeping ------------------------------------------------------------------
    @property
    def s(self) -> RunState:
        assert self.state is not None
        return self.state

    @property
    def it(self) -> Path:
        return self.ws.iteration_dir(self.s.iteration)

    def rel(self, path: Path) -> str:
        return self.t.rel(path) or str(path)

    def absolute(self, rel: str) -> Path:
        p = Path(rel)
        return p if p.is_absolute() else self.t.repo_root / p

    def save(self) -> None:
        save(self.it / "optimize" / STATE_FILE, self.s)

    def emit(self, type_: str, message: str, **fields: Any) -> t.RunEvent:
        artifacts_ = {k: str(v) for k, v in (fields.pop("artifacts", None) or {}).items()}
        event = t.RunEvent(
            type_,
            message,
            self.state.run_id if self.state else None,
            self.state.iteration if self.state else None,
            artifacts=artifacts_,
            **fields,
        )
        self.events.append(event)
        if self.on_event is not None:
            try:
                self.on_event(event)
            except Exception:  # a broken listener must not break the run
                pass
        return event

    def set_run(self, state: str, **extra: Any) -> None:
        # pid: the process driving the run (CLI or daemon); the worker dies with it, so a dead pid
        # means an interrupted run, also before the worker starts
        running = state == "running"
        self.ws.record_run(
            self.key,
            id=self.state.run_id if self.state else None,
            state=state,
            iteration=self.state.iteration if self.state else None,
            pid=os.getpid() if running else None,
            worker_pid=self._worker.pid if (self._worker and running) else None,
            **extra,
        )

    def set_workflow(self, new: str) -> None:
        if self.ws.read().get("workflow_state") != new:
            try:
                self.ws.set_state(new)
            except st.StateError:
                pass

    def result(self, outcome: str, message: str, **fields: Any) -> t.RunResult:
        from trainerd.workspace import service as ws_service

        return t.RunResult(
            outcome,
            message,
            ws_service.resolve(self.t.file, self.t.symbol, create=False),
            self.state.run_id if self.state else None,
            self.state.iteration if self.state else None,
            events=self.events,
            **fields,
        )

    # --- the snapshot and candidates ----------------------------------------------------------------
    @property
    def snapshot(self) -> str:
        if self._snapshot is None:
            self._snapshot = self.absolute(self.s.snapshot).read_text(encoding="utf-8")
        return self._snapshot

    def text_of(self, values: dict[str, Any]) -> str:
        return candidate_source(self.snapshot, values) if values else self.snapshot

    def overlay(self, text: str) -> Path:
        """The text a test's subprocesses load for the target (kept in the workspace, never beside the
        source)."""
        path = (
            self.it
            / "optimize"
            / "overlay"
            / (hashlib.sha256(text.encode()).hexdigest()[:16] + self.t.file.suffix)
        )
        if not path.exists():
            atomic_write_text(path, text)
        return path

    # --- the worker -----------------------------------------------------------------------------
    @property
    def interpreter(self) -> Interpreter:
        """The Python that runs the worker and the tests: ``--python`` / ``trainer.interpreter``, else
        the project's virtualenv, else trainerd's own (never a ``python3`` found on PATH: the project
        did not name it, and trainerd's own has what the worker needs)."""
        if self._interpreter is None:
            self._interpreter = resolve_interpreter(
                self.t.repo_root, setting=self.options.python, use_path=False
            )
        return self._interpreter

    def worker(self) -> WorkerClient:
        if self._worker is None or not self._worker.alive:
            log = self.it / "optimize" / "worker.log"
            python = self.interpreter
            worker = self.workers.acquire(python.path, self.t.repo_root, log, self.options.test_timeout)
            worker.python_source = python.source
            if self.state is not None and self.s.status == "running":
                # the status names the worker as soon as it exists (a caller killed now leaves it
                # findable; the engine records the run before the worker starts)
                self.ws.record_run(self.key, worker_pid=worker.pid)
            worker.log_file, worker.cancel, worker.on_progress = log, self.cancel, self._progress
            worker.test_timeout = self.options.test_timeout
            self._worker = worker
            reply = worker.initialize(
                m.InitializeParams(
                    str(self.t.repo_root),
                    str(self.t.file),
                    self.t.symbol,
                    self.s.target_args,
                    self.options.test_timeout,
                )
            )
            if reply.error:
                raise WorkerDied(reply.error)
        return self._worker

    def release(self) -> None:
        if self._worker is not None:
            worker, self._worker = self._worker, None
            worker.on_progress, worker.cancel = None, threading.Event()
            self.workers.release(worker, keep=self._keep_worker and worker.alive)

    def _progress(self, progress: m.Progress) -> None:
        if progress.event == "test_start" and progress.id:
            self.emit(t.TEST_STARTED, f"running {progress.id}", test_id=progress.id)

    def evaluate(
        self,
        values: dict[str, Any],
        cases: list[str] | None,
        args: list[str],
        count_calls: bool = False,
        exclude: list[str] | None = None,
    ) -> m.EvaluateReply:
        if self.cancel.is_set():
            raise WorkerCancelled("cancelled")
        text = self.text_of(values)
        reply = self.worker().evaluate(
            m.EvaluateParams(text, cases, args, count_calls, str(self.overlay(text)), list(exclude or []))
        )
        if reply.error:
            raise WorkerDied(reply.error)
        return reply

    def score(self, values: dict[str, Any]) -> CommandResult | None:
        command = (self.s.feedback or {}).get("command")
        if not command:
            return None
        from trainerd.optimize.client import PACKAGE_PARENT
        from trainerd.optimize.worker.loader import overlay_env

        env = overlay_env(self.t.file, self.overlay(self.text_of(values)))
        env["PYTHONPATH"] = os.pathsep.join([env["PYTHONPATH"], PACKAGE_PARENT])
        return run_command(command, self.t.repo_root, max(self.options.test_timeout * 10, 300.0), env)

    # --- begin: a new run or the one to resume ---------------------------------------------------
    def begin(self, answer: str | None) -> None:
        resumable = None if self.options.fresh else self._resumable()
        if answer is not None and (resumable is None or resumable.followup is None):
            raise TrainerError("this target has no run waiting for an answer", field="workspace")
        if resumable is not None:
            self.state = resumable
            clean_stale_temp_files(self.it)
            if self.options.model is None:
                self.spec = parse_model(resumable.model, cwd=self.t.repo_root)
            self.s.model = self.spec.describe()
            self.s.status = "running"
            return
        iterations = self.ws.iterations()
        last = iterations[-1] if iterations else None
        if (
            last is not None
            and not (last / "optimize" / STATE_FILE).exists()
            and not (last / "optimize" / "run-state.json").exists()
        ):
            n = int(last.name.split("-")[1])  # prepared by another stage (e.g. synthesized datasets): use it
        else:
            n = (int(last.name.split("-")[1]) + 1) if last is not None else 1
        text = self.t.file.read_text(encoding="utf-8")
        snapshot = self.ws.iteration_dir(n) / "optimize" / f"{SNAPSHOT_PREFIX}{self.t.file.name}"
        atomic_write_text(snapshot, text)
        self._snapshot = text
        self.state = RunState(
            run_id=uuid.uuid4().hex[:12],
            iteration=n,
            target=self.key,
            symbol=self.t.symbol,
            model=self.spec.describe(),
            optimizer=self.options.optimizer,
            iterations=self.options.iterations,
            snapshot=self.rel(snapshot),
            snapshot_sha256=writeback.sha256_text(text),
        )
        self.save()

    def _resumable(self) -> RunState | None:
        for folder in reversed(self.ws.iterations()):
            state = load(folder / "optimize" / STATE_FILE)
            if state is None or state.target != self.key:
                continue
            if state.status in RESUMABLE or (
                state.status == "done"
                and state.write_back is None
                and state.decision is not None
                and state.decision.write_back in ("writing", "proposed")
            ):
                return state
            return None  # the latest run of this target ended: a new one starts
        return None

    @property
    def resumed(self) -> bool:
        return bool(self.s.baseline)
