"""Optimization runs driven by the daemon: a registry keyed by target, the concurrency limit, engine
events turned into run state, follow-ups, write-back hand-off and the status-file bookkeeping that
lets a restarted daemon tell an interrupted run from a live one.

The engine (:mod:`trainerd.optimize.service`) optimizes in its worker process; each run here is a
thread that calls it and reports every change to a listener (the LSP feature). Nothing here imports
opto or user code.
"""

from __future__ import annotations

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
from trainerd.protocol import to_plain

logger = logging.getLogger("trainerd.runs")

# states a run passes through; the terminal ones free the target
ACTIVE = ("checking", "running", "candidate_ready", "validated", "writing")
PAUSED = ("followup_needed",)
TERMINAL = ("blocked", "written_back", "conflict", "cancelled", "failed", "done")

# engine event kinds (normalised: lower case, '_' separated) -> the run state they put the run in
_EVENT_STATES = {
    "blocked": "blocked",
    "started": "running",
    "run_started": "running",
    "resumed": "running",
    "iteration_started": "running",
    "iteration_done": "running",
    "iteration_completed": "running",
    "tests": "running",
    "test_progress": "running",
    "candidate": "candidate_ready",
    "candidate_ready": "candidate_ready",
    "followup": "followup_needed",
    "followup_needed": "followup_needed",
    "manual_followup": "followup_needed",
    "validated": "validated",
    "validation_done": "validated",
    "written_back": "written_back",
    "write_back": "written_back",
    "failed": "failed",
    "error": "failed",
    "cancelled": "cancelled",
    "done": "done",
    "finished": "done",
    "complete": "done",
}

_ids = itertools.count(1)


class RunRefused(TrainerError):
    """A run cannot start: the target is busy, or the concurrency limit is reached."""


class EditorModelUnavailable(RuntimeError):
    """The client cannot answer ``trainer/complete``: the step becomes a manual follow-up."""


def normalise_kind(kind: Any) -> str:
    text = str(getattr(kind, "value", kind) or "").strip().lower()
    for ch in "-. /":
        text = text.replace(ch, "_")
    return text


def event_dict(event: Any) -> dict[str, Any]:
    """An engine event (attrs object, dataclass, dict) as a plain dict with a normalised ``kind``."""
    if isinstance(event, str):
        return {"kind": normalise_kind(event)}
    data = to_plain(event)
    if not isinstance(data, dict):
        data = {"value": data}
    if hasattr(event, "__dataclass_fields__") and not data:
        import dataclasses

        data = to_plain(dataclasses.asdict(event))
    kind = data.get("kind") or data.get("type") or data.get("event") or type(event).__name__
    data["kind"] = normalise_kind(kind)
    return data


@attrs.define(eq=False)
class Run:
    """One optimization run of one target, as the daemon sees it."""

    id: str
    key: str  # the workspace root: one run per workspace
    target_file: str  # absolute path
    symbol: str | None
    workspace_root: str
    options: dict[str, Any]
    state: str = "checking"
    phase: str | None = None
    message: str | None = None
    iteration: int | None = None
    iterations: int | None = None
    tests_passed: int | None = None
    tests_total: int | None = None
    artifacts: dict[str, Any] = attrs.Factory(dict)
    followup: dict[str, Any] | None = None
    candidate: dict[str, Any] | None = None
    conflict: dict[str, Any] | None = None
    blockers: list[Any] = attrs.Factory(list)
    error: str | None = None
    result: Any = None
    started_at: float = attrs.Factory(time.monotonic)
    cancel: threading.Event = attrs.Factory(threading.Event)
    thread: threading.Thread | None = None
    history: list[dict[str, Any]] = attrs.Factory(list)
    done: threading.Event = attrs.Factory(threading.Event)

    @property
    def active(self) -> bool:
        return self.state in ACTIVE

    def snapshot(self) -> dict[str, Any]:
        """The run as the wire sees it (``trainer/runUpdated`` params, camelCase)."""
        data: dict[str, Any] = {
            "runId": self.id,
            "state": self.state,
            "target": {"path": self.target_file, "symbol": self.symbol},
            "workspace": self.workspace_root,
            "phase": self.phase,
            "message": self.message,
            "iteration": self.iteration,
            "iterations": self.iterations,
            "tests": (
                {"passed": self.tests_passed, "total": self.tests_total} if self.tests_total is not None else None
            ),
            "artifacts": dict(self.artifacts),
        }
        for name in ("followup", "candidate", "conflict", "error"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        if self.blockers:
            data["blockers"] = to_plain(self.blockers)
        return data


Listener = Callable[[Run, dict[str, Any]], None]
# the daemon's write-back: given the run and the engine's proposal, apply it (or refuse) and say how
WriteBack = Callable[[Run, dict[str, Any]], dict[str, Any]]


def load_engine() -> Any:
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
        engine: Callable[[], Any] = load_engine,
    ) -> None:
        self._listener = listener
        self._max_concurrent = max_concurrent
        self._write_back = write_back
        self._engine = engine
        self._lock = threading.Lock()
        self._runs: dict[str, Run] = {}

    # --- registry -------------------------------------------------------------------------------
    def get(self, run_id: str) -> Run | None:
        with self._lock:
            return self._runs.get(run_id)

    def for_workspace(self, workspace_root: str | Path) -> Run | None:
        """The newest run of a workspace (any state)."""
        key = str(Path(workspace_root))
        with self._lock:
            runs = [r for r in self._runs.values() if r.key == key]
        return runs[-1] if runs else None

    def runs(self) -> list[Run]:
        with self._lock:
            return list(self._runs.values())

    def reserve(
        self, target_file: str, symbol: str | None, workspace_root: str, options: dict[str, Any]
    ) -> Run:
        """Claim the target for a new run (state ``checking``) or raise :class:`RunRefused`."""
        key = str(Path(workspace_root))
        with self._lock:
            for other in self._runs.values():
                if other.key == key and other.active:
                    raise RunRefused(
                        f"a run is already active on {target_file} (run {other.id}, {other.state}); "
                        f"cancel it with trainer/cancel or wait for it to finish",
                        field="uri",
                    )
            active = [r for r in self._runs.values() if r.active]
            limit = max(1, int(self._max_concurrent()))
            if len(active) >= limit:
                busy = ", ".join(f"{Path(r.target_file).name} ({r.id})" for r in active)
                raise RunRefused(
                    f"{len(active)} runs are active ({busy}); the limit trainer.maxConcurrentRuns is {limit}. "
                    "Wait for one to finish or raise the setting.",
                    field="uri",
                )
            run = Run(
                id=f"run-{os.getpid()}-{next(_ids)}",
                key=key,
                target_file=target_file,
                symbol=symbol,
                workspace_root=key,
                options=dict(options),
                iterations=options.get("iterations"),
            )
            self._runs[run.id] = run
            return run

    def release(self, run: Run, state: str, **fields: Any) -> None:
        """End a run that never reached the engine (blocked, or refused during checks)."""
        self._change(run, {"kind": state, **fields}, state)
        run.done.set()

    # --- running --------------------------------------------------------------------------------
    def start(self, run: Run, completer: Callable[[dict[str, Any]], Any] | None = None) -> None:
        """Start the engine for a reserved run in its own thread; returns at once."""
        run.state = "running"
        run.phase = "starting"
        run.thread = threading.Thread(
            target=self._drive, args=(run, completer), name=f"trainerd-{run.id}", daemon=True
        )
        run.thread.start()

    def cancel(self, run_id: str) -> Run:
        run = self.get(run_id)
        if run is None:
            raise TrainerError(f"no run with id {run_id!r} in this daemon", field="runId")
        run.cancel.set()
        return run

    def _drive(self, run: Run, completer: Callable[[dict[str, Any]], Any] | None) -> None:
        self._record_status(run, "running")
        self._change(run, {"kind": "started", "phase": "starting"}, "running")
        final: str | None = None
        try:
            engine = self._engine()
            options = dict(run.options)
            if self._write_back is not None:
                options.setdefault("write_back", "return")
            result = engine.run_optimization(
                self.spec_of(run),
                options,
                on_event=lambda ev: self._on_event(run, ev),
                cancel=run.cancel,
                completer=completer,
            )
            run.result = to_plain(result)
            final = self._finish(run, run.result)
        except Exception as exc:  # the run dies alone; the daemon keeps serving
            logger.exception("run %s failed", run.id)
            final = "cancelled" if run.cancel.is_set() else "failed"
            self._change(run, {"kind": final, "error": f"{type(exc).__name__}: {exc}"}, final)
        finally:
            if run.state in ACTIVE:  # the engine returned without a final word
                final = "cancelled" if run.cancel.is_set() else (final or "done")
                self._change(run, {"kind": final}, final)
            self._record_status(run, run.state)
            run.done.set()

    @staticmethod
    def spec_of(run: Run) -> str:
        return f"{run.target_file}::{run.symbol}" if run.symbol else run.target_file

    def _on_event(self, run: Run, event: Any) -> None:
        data = event_dict(event)
        state = _EVENT_STATES.get(data["kind"])
        if state in TERMINAL and state not in ("blocked", "failed", "cancelled"):
            state = None  # done / written back are decided when the engine returns (write-back is ours)
        self._change(run, data, state)

    def _finish(self, run: Run, result: Any) -> str:
        """Decide the final state from the engine's result; hand a returned edit to the write-back."""
        data = result if isinstance(result, dict) else {"value": result}
        if run.cancel.is_set() and run.state in ACTIVE:
            self._change(run, {"kind": "cancelled"}, "cancelled")
            return "cancelled"
        if run.state in ("failed", "blocked", "cancelled", "followup_needed"):
            return run.state
        status = normalise_kind(data.get("status") or data.get("state") or "")
        if status in ("manual_followup", "followup_needed", "followup"):
            self._change(run, {"kind": "followup_needed", **data}, "followup_needed")
            return run.state
        if status in ("blocked", "failed", "cancelled"):
            self._change(run, {"kind": status, **data}, status)
            return status
        proposal = data.get("write_back") if isinstance(data.get("write_back"), dict) else None
        if proposal and proposal.get("text") is not None and self._write_back is not None:
            self._change(run, {"kind": "writing", "phase": "write-back"}, "writing")
            outcome = self._write_back(run, proposal)
            state = outcome.pop("state", "written_back")
            self._change(run, {"kind": state, **outcome}, state)
            return state
        written = proposal.get("decision") == "written" if proposal else False
        state = "written_back" if written or status == "written_back" else "done"
        self._change(run, {"kind": state, **data}, state)
        return state

    def _change(self, run: Run, data: dict[str, Any], state: str | None) -> None:
        with self._lock:
            if state is not None:
                run.state = state
            self._apply(run, data)
            run.history.append({"state": run.state, **data})
        try:
            self._listener(run, data)
        except Exception:  # a broken client connection must not kill the run
            logger.exception("run %s: listener failed", run.id)

    @staticmethod
    def _apply(run: Run, data: dict[str, Any]) -> None:
        """Copy what an event says into the run (tolerant of the engine's naming)."""
        for src, dst in (("phase", "phase"), ("message", "message"), ("iteration", "iteration")):
            if data.get(src) is not None:
                setattr(run, dst, data[src])
        if data.get("iterations") is not None:
            run.iterations = data["iterations"]
        tests = data.get("tests") if isinstance(data.get("tests"), dict) else data
        for key in ("passed", "tests_passed", "passing"):
            if isinstance(tests.get(key), int):
                run.tests_passed = tests[key]
        for key in ("total", "tests_total"):
            if isinstance(tests.get(key), int):
                run.tests_total = tests[key]
        if isinstance(data.get("artifacts"), dict):
            run.artifacts.update({k: v for k, v in data["artifacts"].items() if v is not None})
        for key, value in data.items():
            if isinstance(value, str) and (key.endswith("_file") or key.endswith("_dir") or key.endswith("_path")):
                run.artifacts[key] = value
        kind = data.get("kind")
        if kind in ("followup", "followup_needed", "manual_followup"):
            run.followup = {
                k: data[k]
                for k in ("prompt_file", "report_file", "instruction", "message", "iteration")
                if data.get(k) is not None
            }
        if kind in ("candidate", "candidate_ready", "validated") or data.get("candidate_file"):
            cand = dict(run.candidate or {})
            for key in ("candidate", "candidate_file", "snapshot_file", "diff_file", "name"):
                if data.get(key) is not None:
                    cand[key] = data[key]
            run.candidate = cand
        if data.get("conflict") is not None:
            run.conflict = data["conflict"] if isinstance(data["conflict"], dict) else {"reason": data["conflict"]}
        if data.get("blockers"):
            run.blockers = list(data["blockers"])
        if data.get("error") is not None:
            run.error = str(data["error"])

    # --- status-file bookkeeping ----------------------------------------------------------------
    def _record_status(self, run: Run, state: str) -> None:
        """Record the run in ``workflow-status.json``: while running, the pid is the daemon's (the
        worker dies with it), so a dead pid means an interrupted run."""
        from trainerd.workspace.service import Workspace
        from trainerd.workspace.target import resolve_target

        try:
            ws = Workspace(resolve_target(run.target_file, run.symbol))

            def change(status: dict[str, Any]) -> None:
                current = status.get("run") if isinstance(status.get("run"), dict) else {}
                current = dict(current)
                current.update(
                    {
                        "id": current.get("id") or run.id,
                        "daemon_run_id": run.id,
                        "state": _STATUS_STATES.get(state, state),
                        "pid": os.getpid(),
                    }
                )
                if run.iteration is not None:
                    current["iteration"] = max(run.iteration, current.get("iteration") or 0)
                status["run"] = current

            ws.update(change)
        except Exception:  # bookkeeping must not take the run down; the engine records its own steps
            logger.exception("run %s: cannot record state %s", run.id, state)


# our run states -> workflow-status.json run.state (what trainer/resolveWorkspace reports)
_STATUS_STATES = {
    "checking": "running",
    "running": "running",
    "candidate_ready": "running",
    "validated": "running",
    "writing": "running",
    "followup_needed": "manual_followup",
    "written_back": "done",
}
