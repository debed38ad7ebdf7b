"""Optimization runs driven by the daemon: a registry keyed by target, the concurrency limit, engine
events turned into run state, follow-ups, write-back hand-off and the status-file bookkeeping that
lets a restarted daemon tell an interrupted run from a live one.

The engine (:mod:`trainerd.optimize.service`) optimizes in its worker process; each run here is a
thread that calls it and reports every change to a listener (the LSP feature). Nothing here imports
opto or user code.
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

from trainerd.data import to_plain
from trainerd.errors import TrainerError

logger = logging.getLogger("trainerd.runs")

# states a run passes through; the terminal ones free the target
ACTIVE = ("checking", "running", "candidate_ready", "validated", "writing")
PAUSED = ("followup_needed",)
TERMINAL = ("blocked", "written_back", "conflict", "cancelled", "failed", "done")

# engine event types (trainerd.optimize.service.EVENT_TYPES) -> the run state they put the run in;
# "done" and "written_back" are not here: the daemon decides them after its own write-back
_EVENT_STATES = {
    "blocked": "blocked",
    "started": "running",
    "iteration_started": "running",
    "iteration_done": "running",
    "candidate_ready": "candidate_ready",
    "followup_needed": "followup_needed",
    "validated": "validated",
    "failed": "failed",
    "cancelled": "cancelled",
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
    engine_run_id: str | None = None
    worker_pid: int | None = None
    iteration_dir: str | None = None
    contract: Any = None
    write_back: Any = None
    edit: Any = None
    started_at: float = attrs.Factory(time.monotonic)
    cancel: threading.Event = attrs.Factory(threading.Event)
    thread: threading.Thread | None = None
    history: list[dict[str, Any]] = attrs.Factory(list)
    done: threading.Event = attrs.Factory(threading.Event)
    started: concurrent.futures.Future = attrs.Factory(concurrent.futures.Future)
    announced: set[str] = attrs.Factory(set)  # final states already told to the user

    @property
    def active(self) -> bool:
        return self.state in ACTIVE

    def snapshot(self) -> dict[str, Any]:
        """The run as the wire sees it (``trainer/runUpdated`` params, camelCase)."""
        data: dict[str, Any] = {
            "runId": self.id,
            "engineRunId": self.engine_run_id,
            "state": self.state,
            "target": {"path": self.target_file, "symbol": self.symbol},
            "workspace": self.workspace_root,
            "phase": self.phase,
            "message": self.message,
            "iteration": self.iteration,
            "iterations": self.iterations,
            "tests": (
                {"passed": self.tests_passed, "total": self.tests_total}
                if self.tests_total is not None
                else None
            ),
            "iterationDir": self.iteration_dir,
            "artifacts": dict(self.artifacts),
        }
        for name in ("followup", "candidate", "conflict", "error", "write_back", "edit"):
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
                if other.key == key and (other.active or not other.done.is_set()):
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
            active = [r for r in self._runs.values() if r.active]
            limit = max(1, int(self._max_concurrent()))
            if len(active) >= limit:
                raise RunRefused(
                    f"{len(active)} runs are active; the limit trainer.maxConcurrentRuns is {limit}",
                    field="runId",
                )
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
        run = self.get(run_id)
        if run is None:
            raise TrainerError(f"no run with id {run_id!r} in this daemon", field="runId")
        run.cancel.set()
        return run

    def _drive(self, run: Run, completer: Callable[..., str] | None, answer: str | None) -> None:
        try:
            engine = self._engine()
            options = engine.OptimizeOptions(**self._engine_options(run))
            on_event = lambda ev: self._on_event(run, ev)  # noqa: E731
            if answer is not None:
                result = engine.answer_followup(
                    run.workspace_root,
                    answer,
                    options,
                    on_event=on_event,
                    cancel=run.cancel,
                    completer=completer,
                )
            else:
                result = engine.run_optimization(
                    self.spec_of(run), options, on_event=on_event, cancel=run.cancel, completer=completer
                )
            self._signal_started(run)
            self._finish(run, result)
        except TrainerError as exc:
            if not run.started.done():  # bad input found before anything ran: the request reports it
                run.started.set_exception(exc)
                self.forget(run)
                return
            self._change(run, {"kind": "failed", "error": str(exc)}, "failed")
        except Exception as exc:  # the run dies alone; the daemon keeps serving
            logger.exception("run %s failed", run.id)
            self._signal_started(run)
            final = "cancelled" if run.cancel.is_set() else "failed"
            self._change(run, {"kind": final, "error": f"{type(exc).__name__}: {exc}"}, final)
            self._record_failure(run, f"{type(exc).__name__}: {exc}")
        finally:
            self._signal_started(run)
            if run.state in ACTIVE:  # the engine returned without a final word
                final = "cancelled" if run.cancel.is_set() else "done"
                self._change(run, {"kind": final}, final)
            run.done.set()

    def _engine_options(self, run: Run) -> dict[str, Any]:
        opts = run.options
        out: dict[str, Any] = {"write_back": "return" if self._write_back is not None else "file"}
        for ours, theirs in (
            ("feedback_command", "feedback"),
            ("model", "model"),
            ("iterations", "iterations"),
            ("optimizer", "optimizer"),
            ("python", "python"),
            ("test_timeout", "test_timeout"),
        ):
            if opts.get(ours) is not None:
                out[theirs] = opts[ours]
        return out

    @staticmethod
    def _signal_started(run: Run) -> None:
        if not run.started.done():
            run.started.set_result(run.id)

    @staticmethod
    def spec_of(run: Run) -> str:
        return f"{run.target_file}::{run.symbol}" if run.symbol else run.target_file

    def _on_event(self, run: Run, event: Any) -> None:
        data = event_dict(event)
        self._signal_started(run)
        self._change(run, data, _EVENT_STATES.get(data["kind"]))

    def _finish(self, run: Run, result: Any) -> None:
        """Decide the final state from the engine's result; hand a returned edit to the write-back."""
        run.contract = getattr(result, "contract", None)
        data = to_plain(result)
        data = data if isinstance(data, dict) else {"value": data}
        data.pop("events", None)
        contract = data.pop("contract", None) or {}
        outcome = normalise_kind(data.get("outcome") or data.get("status") or "")
        run.engine_run_id = data.get("run_id") or run.engine_run_id
        if outcome in ("manual_followup", "followup_needed"):
            self._change(run, {"kind": "followup_needed", "message": data.get("message")}, "followup_needed")
            return
        if outcome in ("blocked", "failed", "cancelled"):
            fields: dict[str, Any] = {"kind": outcome, "message": data.get("message")}
            if outcome == "failed":
                fields["error"] = data.get("message")
            if outcome == "blocked":
                fields["blockers"] = contract.get("blockers") or run.blockers
            self._change(run, fields, outcome)
            return
        edit = data.get("edit") if isinstance(data.get("edit"), dict) else None
        if data.get("winner"):
            run.candidate = {**(run.candidate or {}), **self._candidate_files(run, data["winner"], contract)}
        if edit and self._write_back is not None:
            self._change(run, {"kind": "writing", "phase": "writing back"}, "writing")
            outcome_fields = self._write_back(run, edit)
            state = outcome_fields.pop("state", "written_back")
            self._change(run, {"kind": state, **outcome_fields}, state)
            return
        write_back = contract.get("write_back") or {}
        validation = contract.get("validation") or {}
        decision = write_back.get("decision")
        if decision == "written":
            self._change(run, {"kind": "written_back", "message": data.get("message")}, "written_back")
        elif decision == "refused" and validation.get("status") == "passed":
            # the winner validated but the file changed since the snapshot: the user resolves it
            conflict = {
                "reason": write_back.get("justification") or "the file changed since the snapshot",
                "file": run.target_file,
                **(run.candidate or {}),
            }
            self._change(run, {"kind": "conflict", "conflict": conflict}, "conflict")
        else:
            self._change(run, {"kind": "done", "message": data.get("message")}, "done")

    @staticmethod
    def _candidate_files(run: Run, winner: str, contract: dict[str, Any]) -> dict[str, Any]:
        """The winner's source and the snapshot it was made from: what a client diffs."""
        root = Path(run.workspace_root)
        name = Path(run.target_file).name
        iteration = (contract.get("optimization") or {}).get("iteration")
        its = sorted(root.glob("iterations/iteration-*/candidates/" + winner + "/" + name))
        if iteration:
            its = [p for p in its if p.parts[-4] == f"iteration-{iteration}"] or its
        out: dict[str, Any] = {"name": winner, "snapshot_file": str(root / "inputs" / "source" / name)}
        if its:
            out["candidate_file"] = str(its[-1])
            out["diff_file"] = str(its[-1].parent / "diff.patch")
        return out

    def _change(self, run: Run, data: dict[str, Any], state: str | None) -> None:
        with self._lock:
            if state is not None:
                run.state = state
            self._apply(run, data)
            run.history.append({"state": run.state, **{k: v for k, v in data.items() if k != "data"}})
        try:
            self._listener(run, data)
        except Exception:  # a broken client connection must not kill the run
            logger.exception("run %s: listener failed", run.id)

    def _apply(self, run: Run, data: dict[str, Any]) -> None:
        """Copy what an engine event says into the run."""
        inner: dict[str, Any] = data["data"] if isinstance(data.get("data"), dict) else {}
        arts: dict[str, Any] = data["artifacts"] if isinstance(data.get("artifacts"), dict) else {}
        kind = data.get("kind")
        if data.get("message") is not None:
            run.message = str(data["message"])
        if data.get("phase") is not None:
            run.phase = str(data["phase"])
        elif kind in _PHASES:
            run.phase = _PHASES[kind]
        if data.get("run_id"):
            run.engine_run_id = data["run_id"]
        if isinstance(data.get("iteration"), int):
            run.iteration_dir = f"iteration-{data['iteration']}"
        if isinstance(data.get("step"), int):
            run.iteration = data["step"]
        sources: tuple[dict[str, Any], ...] = (inner, data)
        for src in sources:
            if isinstance(src.get("tests_total"), int):
                run.tests_total = src["tests_total"]
                run.tests_passed = (
                    src.get("tests_passing") if isinstance(src.get("tests_passing"), int) else 0
                )
        if isinstance(inner.get("pid"), int):  # iteration_started names the worker
            run.worker_pid = inner["pid"]
        if kind == "started" and inner.get("resumed"):
            run.phase = "resuming"
        if kind == "test_started" and inner.get("id"):
            run.phase = f"running {inner['id']}"
        root = Path(run.target_file).parent
        for key, value in arts.items():
            if value:
                run.artifacts[key] = self._absolute(root, str(value))
        if kind in ("followup", "followup_needed", "manual_followup"):
            run.followup = {
                "prompt_file": self._absolute(root, str(arts["prompt"])) if arts.get("prompt") else None,
                "report_file": self._absolute(root, str(arts["report"])) if arts.get("report") else None,
                "reason": inner.get("reason"),
                "variables": inner.get("variables"),
                "step": data.get("step"),
            }
        if kind == "candidate_ready" and arts.get("candidate"):
            cdir = Path(run.artifacts["candidate"])
            run.candidate = {
                "name": cdir.name,
                "candidate_file": str(cdir / Path(run.target_file).name),
                "diff_file": str(cdir / "diff.patch"),
                "snapshot_file": str(
                    Path(run.workspace_root) / "inputs" / "source" / Path(run.target_file).name
                ),
                "accepted": inner.get("accepted"),
                "train": inner.get("train"),
                "val": inner.get("val"),
            }
        if isinstance(data.get("candidate"), dict) and data["candidate"]:
            run.candidate = {**(run.candidate or {}), **data["candidate"]}
        if data.get("conflict") is not None:
            run.conflict = (
                data["conflict"] if isinstance(data["conflict"], dict) else {"reason": data["conflict"]}
            )
        blockers = data.get("blockers") or inner.get("blockers")
        if blockers:
            run.blockers = list(blockers)
        if data.get("error") is not None:
            run.error = str(data["error"])
        if kind == "failed" and run.error is None and data.get("message"):
            run.error = str(data["message"])
        for key in ("write_back", "edit"):
            if data.get(key) is not None:
                setattr(run, key, data[key])

    @staticmethod
    def _absolute(root: Path, value: str) -> str:
        """Event artifacts are repo-relative; clients want absolute paths."""
        from trainerd.workspace.target import find_repo_root

        p = Path(value)
        return str(p if p.is_absolute() else find_repo_root(root) / p)

    # --- status-file bookkeeping ---------------------------------------------------------------
    def _record_failure(self, run: Run, error: str) -> None:
        """The engine records its own run states; this covers an exception it did not catch."""
        from trainerd.workspace.service import Workspace
        from trainerd.workspace.target import resolve_target

        try:
            ws = Workspace(resolve_target(run.target_file, run.symbol))

            def change(status: dict[str, Any]) -> None:
                current = status.get("run") if isinstance(status.get("run"), dict) else None
                if current and current.get("state") == "running" and current.get("pid") == os.getpid():
                    status["run"] = {**current, "state": "failed", "pid": None, "error": error[:4000]}

            ws.update(change)
        except Exception:  # bookkeeping must not take the daemon down
            logger.exception("run %s: cannot record its failure", run.id)


_PHASES = {
    "started": "starting the worker",
    "iteration_started": "running the train tests and asking the optimizer",
    "candidate_ready": "candidate evaluated",
    "iteration_done": "step done",
    "validated": "validated",
    "followup_needed": "waiting for a follow-up answer",
    "writing": "writing back",
}
