"""Optimization runs driven by the daemon: a registry keyed by target, the concurrency limit, the
engine's typed events turned into run state, follow-ups, the hand-off of a returned edit to the
editor, and the warm workers kept between an optimize and its answer.

The engine (:mod:`trainerd.optimize.service`) optimizes in its worker process; each run here is a
thread that calls it and reports every change to a listener (the LSP feature). Nothing here imports
opto, user code, pygls or lsprotocol.

A little over 500 lines on purpose: the registry, its lock and the run state machine change together.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from trainerd.errors import TrainerError
from trainerd.optimize import types as t
from trainerd.workspace.blockers import Blocker
from trainerd.workspace.records import target_key

logger = logging.getLogger(__name__)

# states a run passes through; the terminal ones free the target
ACTIVE = ("checking", "running", "candidate_ready", "validated", "writing")
PAUSED = ("followup_needed",)
TERMINAL = ("blocked", "written_back", "conflict", "cancelled", "failed", "done")

# engine events -> the run state they put the run in ("done" and "written_back" are decided after the
# daemon's own write-back)
_EVENT_STATES = {
    t.BLOCKED: "blocked",
    t.STARTED: "running",
    t.ITERATION_STARTED: "running",
    t.ITERATION_DONE: "running",
    t.CANDIDATE_READY: "candidate_ready",
    t.FOLLOWUP_NEEDED: "followup_needed",
    t.VALIDATED: "validated",
    t.FAILED: "failed",
    t.CANCELLED: "cancelled",
}
_PHASES = {
    t.STARTED: "starting the worker",
    t.ITERATION_STARTED: "building the prompt and asking the model",
    t.CANDIDATE_READY: "candidate evaluated",
    t.ITERATION_DONE: "step done",
    t.VALIDATED: "validated",
    t.FOLLOWUP_NEEDED: "waiting for a follow-up answer",
    "writing": "writing back",
}

_ids = itertools.count(1)


class RunRefused(TrainerError):
    """A run cannot start: the target is busy, or the concurrency limit is reached."""


@attrs.define
class Followup:
    step: int
    reason: str
    variables: list[str]
    prompt_file: str
    report_file: str
    answer_command: str


@attrs.define
class Conflict:
    reason: str
    file: str
    candidate_file: str | None = None
    diff_file: str | None = None
    apply_command: str | None = None


@attrs.define
class WriteBackOutcome:
    """What the daemon's write-back (an ``applyEdit``) did with a returned edit."""

    state: str  # written_back | conflict
    message: str
    method: str | None = None  # workspace/applyEdit | file
    edit: dict[str, Any] | None = None  # what was sent: {uri, range, newText}
    conflict: Conflict | None = None
    snapshot_file: str | None = None  # the original, kept for the diff


@attrs.define(eq=False)
class Run:
    """One optimization run of one target, as the daemon sees it."""

    id: str
    key: str  # the workspace root + the target: one run per target
    target_file: str  # absolute path
    symbol: str | None
    workspace_root: str
    options: t.OptimizeOptions
    state: str = "checking"
    phase: str | None = None
    message: str | None = None
    step: int | None = None
    tests: t.Score | None = None
    artifacts: dict[str, str] = attrs.Factory(dict)
    followup: Followup | None = None
    candidate: t.CandidateInfo | None = None
    conflict: Conflict | None = None
    blockers: list[Blocker] = attrs.Factory(list)
    error: str | None = None
    engine_run_id: str | None = None
    worker_pid: int | None = None
    iteration: int | None = None
    contract: Any = None
    write_back: WriteBackOutcome | None = None
    started_at: float = attrs.Factory(time.monotonic)
    cancel: threading.Event = attrs.Factory(threading.Event)
    thread: threading.Thread | None = None
    history: list[str] = attrs.Factory(list)
    done: threading.Event = attrs.Factory(threading.Event)
    started: concurrent.futures.Future = attrs.Factory(concurrent.futures.Future)
    announced: set[str] = attrs.Factory(set)  # final states already told to the user

    @property
    def active(self) -> bool:
        return self.state in ACTIVE

    @property
    def iterations(self) -> int:
        return self.options.iterations

    def view(self) -> RunView:
        """What a client sees of the run (``trainer/runUpdated``)."""
        return RunView(
            run_id=self.id,
            engine_run_id=self.engine_run_id,
            state=self.state,
            target=TargetRef(self.target_file, self.symbol),
            workspace=self.workspace_root,
            phase=self.phase,
            message=self.message,
            iteration=self.step,
            iterations=self.iterations,
            tests=self.tests,
            iteration_dir=f"iteration-{self.iteration}" if self.iteration else None,
            artifacts=dict(self.artifacts),
            followup=self.followup,
            candidate=self.candidate,
            conflict=self.conflict,
            error=self.error,
            write_back=self.write_back,
            blockers=list(self.blockers),
        )


@attrs.define
class TargetRef:
    path: str
    symbol: str | None


@attrs.define
class RunView:
    run_id: str
    engine_run_id: str | None
    state: str
    target: TargetRef
    workspace: str
    phase: str | None
    message: str | None
    iteration: int | None  # the optimizer step
    iterations: int | None
    tests: t.Score | None
    iteration_dir: str | None
    artifacts: dict[str, str]
    followup: Followup | None
    candidate: t.CandidateInfo | None
    conflict: Conflict | None
    error: str | None
    write_back: WriteBackOutcome | None
    blockers: list[Blocker]
    event: str | None = None


Listener = Callable[[Run, str], None]  # (run, the event or change that happened)
# the daemon's write-back: apply the engine's proposed edit (or refuse) and say how
WriteBack = Callable[[Run, t.ProposedEdit], WriteBackOutcome]


def load_service() -> Any:
    """The engine's service module (imported on first use: it pulls in the feedback packages)."""
    from trainerd.optimize import service

    return service


class RunManager:
    """Registry of the daemon's runs. Thread-safe; every change goes to ``listener``."""

    def __init__(
        self,
        listener: Listener,
        max_concurrent: Callable[[], int],
        write_back: WriteBack | None = None,
        service: Callable[[], Any] = load_service,
    ) -> None:
        from trainerd.optimize.pool import WorkerPool

        self._listener = listener
        self._max_concurrent = max_concurrent
        self._write_back = write_back
        self._service = service
        self._lock = threading.Lock()
        self._runs: dict[str, Run] = {}
        self.workers = WorkerPool()

    # --- registry -------------------------------------------------------------------------------
    @staticmethod
    def key_of(workspace_root: str | Path, symbol: str | None) -> str:
        return f"{Path(workspace_root)}::{target_key(symbol)}"

    def get(self, run_id: str) -> Run | None:
        with self._lock:
            return self._runs.get(run_id)

    def for_target(self, workspace_root: str | Path, symbol: str | None) -> Run | None:
        """The newest run of a target (any state)."""
        key = self.key_of(workspace_root, symbol)
        with self._lock:
            runs = [r for r in self._runs.values() if r.key == key]
        return runs[-1] if runs else None

    def for_workspace(self, workspace_root: str | Path) -> list[Run]:
        """Every run of a file's targets, newest last."""
        root = str(Path(workspace_root))
        with self._lock:
            return [r for r in self._runs.values() if r.workspace_root == root]

    def runs(self) -> list[Run]:
        with self._lock:
            return list(self._runs.values())

    def reserve(
        self, target_file: str, symbol: str | None, workspace_root: str, options: t.OptimizeOptions
    ) -> Run:
        """Claim the target for a new run (state ``checking``) or raise :class:`RunRefused`."""
        key = self.key_of(workspace_root, symbol)
        name = Path(target_file).name + (f"::{symbol}" if symbol else "")
        with self._lock:
            for other in self._runs.values():
                if other.key == key and (other.active or not other.done.is_set()):
                    raise RunRefused(
                        f"a run is already active on {name} (run {other.id}, {other.state}); cancel it with "
                        "trainer/cancel or wait for it to finish",
                        field="uri",
                    )
            self._check_limit()
            run = Run(
                id=f"run-{os.getpid()}-{next(_ids)}",
                key=key,
                target_file=target_file,
                symbol=symbol,
                workspace_root=str(Path(workspace_root)),
                options=options,
            )
            self._runs[run.id] = run
            return run

    def _check_limit(self) -> None:
        active = [r for r in self._runs.values() if r.active]
        limit = max(1, int(self._max_concurrent()))
        if len(active) >= limit:
            busy = ", ".join(f"{Path(r.target_file).name} ({r.id})" for r in active)
            raise RunRefused(
                f"{len(active)} runs are active ({busy}); the limit trainer.maxConcurrentRuns is {limit}. "
                "Wait for one to finish or raise the setting.",
                field="uri",
            )

    def release(self, run: Run, state: str, blockers: list[Blocker] | None = None) -> None:
        """End a run that never reached the engine (blocked at pre-flight)."""
        with self._lock:
            run.state = state
            run.blockers = list(blockers or [])
            run.phase = None
            run.history.append(state)
        self._notify(run, "preflight")
        with self._lock:
            self._runs.pop(run.id, None)
        run.done.set()

    def forget(self, run: Run) -> None:
        """Drop a run that never started (its request got an error instead of a run id)."""
        with self._lock:
            self._runs.pop(run.id, None)
        run.state = "failed"
        run.done.set()

    def reuse(self, run: Run) -> None:
        """Claim a paused run (waiting for a follow-up) again, under the same limits as a new one."""
        with self._lock:
            self._check_limit()
            if run.state in ACTIVE or not run.done.is_set():
                raise RunRefused(f"run {run.id} is {run.state}, not waiting for a follow-up", field="runId")
            run.state = "checking"
            run.error = None
            run.conflict = None
            run.started = concurrent.futures.Future()
            run.done = threading.Event()
            run.cancel = threading.Event()
            run.announced = set()

    # --- running --------------------------------------------------------------------------------
    def start(
        self, run: Run, completer: Callable[..., str] | None = None, answer: str | None = None
    ) -> concurrent.futures.Future:
        """Start the engine for a reserved run in its own thread. The returned future resolves at the
        first event (the run is under way) or with the :class:`TrainerError` the engine raised first
        (bad input: the caller answers with it instead of a run id)."""
        run.state = "running"
        run.phase = "starting"
        run.thread = threading.Thread(
            target=self._drive, args=(run, completer, answer), name=f"trainerd-{run.id}", daemon=True
        )
        run.thread.start()
        return run.started

    def cancel(self, run_id: str) -> Run:
        """Stop a running run (its worker is killed), or abandon a follow-up a run waits for (the run can
        be resumed later; its prompt is kept)."""
        run = self.get(run_id)
        if run is None:
            raise TrainerError(f"no run with id {run_id!r} in this daemon", field="runId")
        with self._lock:  # (a run about to ask sets its state under this lock: see _on_event)
            waiting = run.state in PAUSED
            if not waiting:
                run.cancel.set()
        if waiting:
            self._abandon_followup(run, "cancelled while waiting for a follow-up answer")
        return run

    def _abandon_followup(self, run: Run, message: str) -> None:
        """End a run's follow-up as cancelled, on disk too (its prompt is kept for a later resume)."""
        self._service().cancel_waiting(run.target_file, run.symbol)
        self._change(run, t.CANCELLED, state="cancelled", message=message)

    def close(self) -> None:
        """The daemon shuts down: cancel what runs, stop the warm workers."""
        for run in self.runs():
            run.cancel.set()
        self.workers.close()

    def _drive(self, run: Run, completer: Callable[..., str] | None, answer: str | None) -> None:
        service = self._service()
        on_event = lambda ev: self._on_event(run, ev)  # noqa: E731
        try:
            if answer is not None:
                result = service.answer_followup(
                    run.workspace_root,
                    answer,
                    run.options,
                    on_event,
                    run.cancel,
                    completer,
                    run.symbol,
                    self.workers,
                )
            else:
                result = service.run_optimization(
                    self.spec_of(run), run.options, on_event, run.cancel, completer, self.workers
                )
            self._signal_started(run)
            self._finish(run, result)
        except TrainerError as exc:
            if not run.started.done():  # bad input found before anything ran: the request reports it
                run.started.set_exception(exc)
                self.forget(run)
                return
            self._change(run, t.FAILED, state="failed", error=str(exc))
        except Exception as exc:  # the run dies alone; the daemon keeps serving
            logger.exception("run %s failed", run.id)
            self._signal_started(run)
            final = "cancelled" if run.cancel.is_set() else "failed"
            self._change(run, final, state=final, error=f"{type(exc).__name__}: {exc}")
            self._record_failure(run, f"{type(exc).__name__}: {exc}")
        finally:
            self._signal_started(run)
            if run.state in ACTIVE:  # the engine returned without a final word
                final = "cancelled" if run.cancel.is_set() else "done"
                self._change(run, final, state=final)
            run.done.set()

    @staticmethod
    def _signal_started(run: Run) -> None:
        if not run.started.done():
            run.started.set_result(run.id)

    @staticmethod
    def spec_of(run: Run) -> str:
        return f"{run.target_file}::{run.symbol}" if run.symbol else run.target_file

    def _on_event(self, run: Run, event: t.RunEvent) -> None:
        self._signal_started(run)
        if event.type == t.FOLLOWUP_NEEDED:
            with self._lock:
                if run.cancel.is_set():
                    # the user cancelled while the step ran up to its question: the run ends cancelled
                    # (_finish), it does not ask
                    return
                self._apply(run, event)
                # set under the lock cancel() takes: a cancel from now on finds the run waiting
                self._record(run, _EVENT_STATES[event.type])
            self._notify(run, event.type)
            return
        with self._lock:
            self._apply(run, event)
        if event.type == t.TEST_STARTED:
            self._notify(run, event.type)  # progress only: no history entry
            return
        self._change(run, event.type, state=_EVENT_STATES.get(event.type))

    def _apply(self, run: Run, e: t.RunEvent) -> None:
        """Copy what a typed engine event says into the run."""
        run.message = e.message
        run.phase = _PHASES.get(e.type, run.phase)
        run.engine_run_id = e.run_id or run.engine_run_id
        run.iteration = e.iteration or run.iteration
        if e.step is not None:
            run.step = e.step
        if e.tests is not None:
            run.tests = e.tests
        if e.worker_pid is not None:
            run.worker_pid = e.worker_pid
        if e.type == t.STARTED and e.resumed:
            run.phase = "resuming"
        if e.type == t.TEST_STARTED and e.test_id:
            run.phase = f"running {e.test_id}"
        run.artifacts.update(e.artifacts)
        if e.followup is not None:
            f = e.followup
            run.followup = Followup(
                f.step, f.reason, f.variables, f.prompt_file, f.report_file, f.answer_command
            )
        if e.candidate is not None:
            run.candidate = e.candidate
            run.tests = t.Score(
                e.candidate.train.passed + e.candidate.val.passed,
                e.candidate.train.total + e.candidate.val.total,
            )
        if e.blockers:
            run.blockers = list(e.blockers)
        if e.error is not None:
            run.error = e.error

    def _finish(self, run: Run, result: t.RunResult) -> None:
        """Decide the final state from the engine's result; hand a returned edit to the write-back."""
        run.contract = result.contract
        run.engine_run_id = result.run_id or run.engine_run_id
        if result.candidate is not None:
            run.candidate = result.candidate
        if result.outcome == "followup_needed":
            if run.cancel.is_set() and run.state in ACTIVE:
                # cancelled before the question was shown (_on_event held it back): abandon it as a cancel of a
                # waiting run does
                self._abandon_followup(run, "cancelled before its follow-up was asked")
                return
            # the engine's followup_needed event already told the client everything: no second update
            run.message = result.message
            return
        if result.outcome in ("blocked", "failed", "cancelled"):
            if result.outcome == "blocked":
                run.blockers = list(result.contract.blockers)
            self._change(
                run,
                result.outcome,
                state=result.outcome,
                error=result.message if result.outcome == "failed" else None,
            )
            return
        decision = result.decision
        if result.edit is not None and self._write_back is not None:
            self._change(run, "writing", state="writing")
            outcome = self._write_back(run, result.edit)
            run.write_back = outcome
            run.conflict = outcome.conflict
            self._change(run, outcome.state, state=outcome.state, message=outcome.message)
            return
        if decision is not None and decision.write_back == "written":
            self._change(run, t.WRITTEN_BACK, state="written_back", message=result.message)
        elif decision is not None and decision.write_back == "refused" and decision.validation == "passed":
            # the winner validated but its code was edited during the run: the user resolves it
            candidate = result.candidate
            run.conflict = Conflict(
                decision.justification,
                run.target_file,
                candidate.candidate_file if candidate else None,
                candidate.diff_file if candidate else None,
                decision.apply_command,
            )
            self._change(run, "conflict", state="conflict")
        else:
            self._change(run, t.DONE, state="done", message=result.message)

    def _change(
        self,
        run: Run,
        what: str,
        state: str | None = None,
        message: str | None = None,
        error: str | None = None,
    ) -> None:
        with self._lock:
            self._record(run, state, message, error)
        self._notify(run, what)

    @staticmethod
    def _record(run: Run, state: str | None, message: str | None = None, error: str | None = None) -> None:
        """Set what changed and add the state to the run's history (the caller holds the lock)."""
        if state is not None:
            run.state = state
        if message is not None:
            run.message = message
        if error is not None:
            run.error = error
        run.history.append(run.state)

    def _notify(self, run: Run, what: str) -> None:
        try:
            self._listener(run, what)
        except Exception:  # a broken client connection must not kill the run
            logger.exception("run %s: listener failed", run.id)

    # --- status-file bookkeeping ---------------------------------------------------------------
    def _record_failure(self, run: Run, error: str) -> None:
        """The engine records its own run states; this covers an exception it did not catch."""
        try:
            self._service().record_crash(run.target_file, run.symbol, os.getpid(), error)
        except Exception:  # bookkeeping must not take the daemon down
            logger.exception("run %s: cannot record its failure", run.id)
