"""The optimization service: what the CLI and the daemon both call.

- :func:`check` / :func:`preflight`: every blocker found without running anything (review, status,
  resume pointers, the surface checks, no tests), merged into the output contract;
- :func:`run_optimization`: run or resume a target's optimization (blocking: run it in a thread),
  reporting typed :class:`~trainerd.optimize.types.RunEvent` s; :func:`answer_followup` continues a
  run stopped at a manual follow-up;
- :func:`record_applied_edit` / :func:`record_refused_edit`: the editor applied (or could not apply)
  the edit a run returned; :func:`write_candidate_back`: apply a kept candidate (``trainerd write-back``);
- :func:`export_replay`: a replay file from a recorded run.

Everything is on disk in the trainer workspace, so any of them can be resumed from another process.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import attrs

from trainerd.errors import TrainerError
from trainerd.llm import Completer, ReplayMismatch, parse_model
from trainerd.optimize import artifacts, writeback
from trainerd.optimize.answers import check_answer
from trainerd.optimize.baseline import feedback_spec, prepare
from trainerd.optimize.client import WorkerCancelled, WorkerDied
from trainerd.optimize.engine import ENGINE_BLOCKERS, Blocked, Run, Workers
from trainerd.optimize.finish import finish
from trainerd.optimize.state import STATE_FILE, load
from trainerd.optimize.steps import loop
from trainerd.optimize.types import (
    BLOCKED,
    CANCELLED,
    EVENT_TYPES,
    FAILED,
    OVERRIDABLE,
    STARTED,
    EventSink,
    OptimizeOptions,
    ProposedEdit,
    RunEvent,
    RunResult,
)
from trainerd.workspace import service as ws_service
from trainerd.workspace import status as st
from trainerd.workspace.blockers import SURFACE_UNDEFINED, Blocker
from trainerd.workspace.contract import OutputContract
from trainerd.workspace.records import mapping, run_state, target_key
from trainerd.workspace.service import Workspace, open_workspace

__all__ = [
    "EVENT_TYPES",
    "OptimizeOptions",
    "ProposedEdit",
    "RunEvent",
    "RunResult",
    "answer_followup",
    "check",
    "export_replay",
    "preflight",
    "record_applied_edit",
    "record_refused_edit",
    "run_optimization",
    "workspace_target",
    "write_candidate_back",
]


# --- pre-flight ---------------------------------------------------------------------------------
def _surface_blockers(ws: Workspace, options: OptimizeOptions) -> list[Blocker]:
    """What the surface analysis refuses (:func:`trainerd.surface.check_target`: the lens follows the
    same rule), less the overridable refusals the user accepted; then what the engine itself cannot
    optimize (async, decorated, nested, generator functions)."""
    from trainerd.optimize.worker.scope import ScopeError, scope_of
    from trainerd.surface import check_target

    t = ws.target
    allowed = set(options.allow)
    found: list[Blocker] = []
    try:
        text = t.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [Blocker(SURFACE_UNDEFINED, f"cannot read the target: {exc}", t.rel(t.file))]
    for refusal in check_target(t.file, t.symbol, text).refusals:
        if refusal.overridable and refusal.code in allowed:
            continue
        fix = refusal.fix
        if refusal.overridable:
            fix += (
                f" Or optimize anyway after checking it: `trainerd optimize {t.spec()} --allow {refusal.code}` "
                "(setting trainer.allowBlockers, code action 'Optimize anyway')."
            )
        found.append(Blocker(refusal.code, refusal.message, t.rel(t.file), fix))
    if not any(b.code not in OVERRIDABLE for b in found):
        try:
            scope_of(text, t.symbol)
        except ScopeError as exc:
            found.append(
                Blocker(
                    SURFACE_UNDEFINED,
                    f"{t.spec()} cannot be optimized: {exc}.",
                    t.rel(t.file),
                    "Name a module-level function, a method (also static or class methods), or a Trace surface.",
                )
            )
    return found


def preflight(spec: str | Path, options: OptimizeOptions | None = None) -> list[Blocker]:
    """The blockers that stop a run, checked without starting the worker (review, corrupt or newer
    status, resume pointers, the surface checks, no tests). Flaky or uncollectable suites are found
    when a run starts."""
    options = options or OptimizeOptions()
    ws = open_workspace(spec)
    data, problems = st.load(ws.status_file)
    status = st.refresh(ws.target, data) if data is not None else None
    blockers = [
        b for b in ws_service.workspace_blockers(ws, status, problems) if b.code not in ENGINE_BLOCKERS
    ]
    if status is not None and not any(b.code == "status_corrupt" for b in blockers):
        blockers += [
            b
            for b in _surface_blockers(ws, options)
            if (b.code, b.message) not in {(x.code, x.message) for x in blockers}
        ]
        if not any(b.code in (SURFACE_UNDEFINED, "target_unsupported") for b in blockers):
            _, feedback_blocker = feedback_spec(ws, status, options)
            if feedback_blocker is not None:
                blockers.append(feedback_blocker)
    return blockers


def check(spec: str | Path, options: OptimizeOptions | None = None) -> tuple[OutputContract, list[Blocker]]:
    """The output contract with every pre-flight blocker merged in (what both faces show)."""
    blockers = preflight(spec, options)
    contract = ws_service.resolve(spec)
    seen = {(b.code, b.message) for b in blockers}
    merged = blockers + [b for b in contract.blockers if (b.code, b.message) not in seen]
    return attrs.evolve(contract, blockers=merged), blockers


# --- runs ---------------------------------------------------------------------------------------
def run_optimization(
    spec: str | Path,
    options: OptimizeOptions | None = None,
    on_event: EventSink | None = None,
    cancel: threading.Event | None = None,
    completer: Completer | None = None,
    workers: Workers | None = None,
    _answer: str | None = None,
) -> RunResult:
    """Run (or resume) the optimization of ``spec`` (``file.py[::symbol]``). Blocking.

    Raises :class:`TrainerError` for bad input (unknown symbol, bad --model, bad options); every other
    outcome is a :class:`RunResult` (``outcome``: done, followup_needed, blocked, failed, cancelled).
    """
    options = options or OptimizeOptions()
    options.check()
    ws = open_workspace(spec)
    run = Run(ws, options, on_event, cancel, completer, workers)
    blockers = preflight(spec, options) if _answer is None else []
    if blockers:
        ws.record_blockers([b for b in blockers if b.code in ENGINE_BLOCKERS], ENGINE_BLOCKERS)
        run.emit(BLOCKED, blockers[0].message, blockers=blockers)
        result = run.result("blocked", f"{blockers[0].code}: {blockers[0].message}")
        seen = {(b.code, b.message) for b in blockers}
        merged = blockers + [b for b in result.contract.blockers if (b.code, b.message) not in seen]
        result.contract = attrs.evolve(result.contract, blockers=merged)
        return result
    run.begin(_answer)
    try:
        run.set_workflow("training")
        run.set_run("running", started_at=st.utc_now())
        run.emit(
            STARTED,
            f"run {run.s.run_id}, iteration {run.s.iteration}, model {run.spec.describe()}",
            resumed=run.resumed,
            model=run.spec.describe(),
            artifacts={"iteration_dir": run.it},
        )
        if not run.resumed:
            prepare(run)
            ws.record_blockers([], ENGINE_BLOCKERS)
        run.set_run("running", last_completed_step=run.s.last_completed_step or "baseline")
        stopped = loop(run, _answer)
        if stopped is not None:
            return stopped
        return finish(run)
    except Blocked as exc:
        ws.record_blockers(exc.blockers, ENGINE_BLOCKERS)
        run.s.status = "blocked"
        run.save()
        run.set_run("blocked", last_completed_step=run.s.last_completed_step or "preflight")
        run.set_workflow("pending_training")
        run.emit(BLOCKED, exc.blockers[0].message, blockers=exc.blockers)
        return run.result("blocked", f"{exc.blockers[0].code}: {exc.blockers[0].message}")
    except WorkerCancelled:
        run.s.status = "cancelled"
        run.save()
        run.set_run("cancelled")
        run.set_workflow("pending_training")
        run.emit(CANCELLED, "cancelled; the run can be resumed with `trainerd optimize` again")
        return run.result("cancelled", "cancelled")
    except (WorkerDied, ReplayMismatch, TrainerError) as exc:
        run.s.status, run.s.error = "failed", str(exc)[:4000]
        run.save()
        run.set_run("failed", error=str(exc)[:4000])
        run.set_workflow("pending_training")
        run.emit(FAILED, str(exc), error=str(exc))
        return run.result("failed", str(exc))
    finally:
        run.release()


def workspace_target(workspace_dir: str | Path, symbol: str | None = None) -> tuple[str, dict[str, Any]]:
    """``file.py[::symbol]`` of a workspace folder (the target waiting for an answer when several
    share it), and its status."""
    root = Path(workspace_dir).expanduser().resolve()
    status_file = root / st.STATUS_FILENAME
    if not status_file.is_file():
        raise TrainerError(f"not a trainer workspace (no {st.STATUS_FILENAME}): {root}", field="workspace")
    data, problems = st.load(status_file)
    if data is None:
        raise TrainerError(
            problems[0].message if problems else f"cannot read {status_file}", field="workspace"
        )
    if problems:
        raise TrainerError(problems[0].message + " " + (problems[0].fix or ""), field="workspace")
    target_name = Path(str(data.get("target_file") or "")).name
    target = root.parent.parent / target_name
    if not target_name or not target.is_file():
        raise TrainerError(
            f"the workspace's target {data.get('target_file')!r} is not next to it", field="workspace"
        )
    if symbol is None:
        symbol = _waiting_symbol(data)
    return (f"{target}::{symbol}" if symbol else str(target)), data


def _waiting_symbol(status: dict[str, Any]) -> str | None:
    runs = mapping(status.get("runs"))
    waiting = [
        k for k, r in runs.items() if isinstance(r, dict) and run_state(r.get("state")) == "followup_needed"
    ]
    if len(waiting) > 1:
        raise TrainerError(
            f"several targets of this workspace wait for an answer ({', '.join(sorted(waiting))}): name one with --symbol",
            field="symbol",
        )
    if waiting:
        return None if waiting[0] == "<module>" else waiting[0]
    symbol = status.get("target_symbol")
    return symbol if isinstance(symbol, str) and symbol else None


def answer_followup(
    workspace_dir: str | Path,
    response_text: str,
    options: OptimizeOptions | None = None,
    on_event: EventSink | None = None,
    cancel: threading.Event | None = None,
    completer: Completer | None = None,
    symbol: str | None = None,
    workers: Workers | None = None,
) -> RunResult:
    """Continue a run stopped at a manual follow-up with ``response_text`` as the model's answer."""
    spec, status = workspace_target(workspace_dir, symbol)
    ws = open_workspace(spec, create=False)
    key = target_key(ws.target.symbol)
    waiting = None
    for folder in reversed(ws.iterations()):
        state = load(folder / "optimize" / STATE_FILE)
        if state is not None and state.target == key:
            waiting = state if state.followup is not None and state.status == "followup_needed" else None
            break
    if waiting is None or waiting.followup is None:
        run = ws_service._run_of(status, ws.target.symbol) or {}
        raise TrainerError(
            f"this workspace has no run waiting for an answer for {ws.target.spec()} (run state: {run_state(run.get('state')) or 'none'})",
            field="workspace",
        )
    check_answer(response_text, waiting.followup.variables)
    Path(waiting.followup.answer_file).parent.mkdir(parents=True, exist_ok=True)
    from trainerd.workspace.files import atomic_write_text

    atomic_write_text(Path(waiting.followup.answer_file), response_text)
    opts = options or OptimizeOptions(iterations=waiting.iterations)
    if options is None and waiting.feedback:
        opts.direction = waiting.feedback.get("direction") or "maximize"
    return run_optimization(spec, opts, on_event, cancel, completer, workers, _answer=response_text)


# --- write-back after the run -------------------------------------------------------------------
def _state_of(ws: Workspace, iteration: int) -> tuple[Path, Any]:
    it = ws.iteration_dir(iteration)
    state = load(it / "optimize" / STATE_FILE)
    if state is None:
        raise TrainerError(f"{ws.target.rel(it)} holds no run of this target", field="workspace")
    return it, state


def record_applied_edit(
    edit: ProposedEdit, symbol: str | None, method: str, sent: dict[str, Any] | None
) -> str | None:
    """The editor applied the edit a run returned: record it like a file write-back (status,
    ``decision.md``, the kept original, the snapshot, the run state). Returns the kept original."""
    ws = Workspace(ws_service.resolve_target(edit.file, symbol))
    justification = f"{edit.candidate} written back via {method}"
    return writeback.record(
        ws,
        ws.iteration_dir(edit.iteration),
        "written",
        justification,
        new_text=edit.new_text,
        original_text=edit.base_text,
        method=method,
        edit=sent,
        note="Write-back in the editor",
    )


def record_refused_edit(
    edit: ProposedEdit, symbol: str | None, reason: str, conflict: dict[str, Any]
) -> None:
    ws = Workspace(ws_service.resolve_target(edit.file, symbol))
    writeback.record(
        ws,
        ws.iteration_dir(edit.iteration),
        "refused",
        f"Conflict: {reason}",
        conflict=conflict,
        note="Write-back in the editor",
    )


def write_candidate_back(
    workspace_dir: str | Path,
    candidate: str | None = None,
    symbol: str | None = None,
    iteration: int | None = None,
) -> tuple[str, Path]:
    """Apply a kept candidate to the target as it is now (``trainerd write-back``): refused when the
    code it changes was edited since its run started. Returns (the decision text, the file)."""
    spec, _ = workspace_target(workspace_dir, symbol)
    ws = open_workspace(spec, create=False)
    key = target_key(ws.target.symbol)
    states = [(f, load(f / "optimize" / STATE_FILE)) for f in reversed(ws.iterations())]
    found = [
        (f, s)
        for f, s in states
        if s is not None and s.target == key and (iteration is None or s.iteration == iteration)
    ]
    if not found:
        raise TrainerError(f"no run of {ws.target.spec()} in this workspace", field="workspace")
    it, state = found[0]
    name = candidate or (state.decision.winner if state.decision else None)
    values_file = it / "candidates" / str(name) / "values.json"
    if not name or not values_file.is_file():
        raise TrainerError(f"no candidate {name!r} in {ws.target.rel(it)}", field="candidate")
    values = json.loads(values_file.read_text(encoding="utf-8"))
    snapshot = (ws.target.repo_root / state.snapshot).read_text(encoding="utf-8")
    plan = writeback.plan(ws.target.file, snapshot, values)
    if isinstance(plan, writeback.Refusal):
        raise TrainerError(plan.reason, field="candidate")
    if plan.new_text == plan.base_text:
        return f"{ws.target.rel(ws.target.file)} already holds {name}", ws.target.file
    try:
        writeback.write_file(plan, ws.root)
    except writeback.WriteConflict as exc:
        raise TrainerError(str(exc), field="candidate") from None
    justification = f"{name} written back by `trainerd write-back`" + (
        " (re-applied to the changed file)" if plan.reapplied else ""
    )
    writeback.record(
        ws,
        it,
        "written",
        justification,
        plan.new_text,
        plan.base_text,
        "file",
        note="Write-back after the run",
    )
    return justification, ws.target.file


# --- replay export ------------------------------------------------------------------------------
def export_replay(workspace_dir: str | Path, iteration: int | None = None) -> dict[str, Any]:
    """A replay file (dict) from the recorded turns of an iteration (default: the latest with turns)."""
    root = Path(workspace_dir).expanduser().resolve()
    workspace_target(root)
    iterations = st.iteration_dirs(root)
    if iteration is not None:
        iterations = [p for p in iterations if p.name == f"iteration-{iteration}"]
    if not iterations:
        raise TrainerError("the workspace has no recorded iteration to export", field="workspace")
    for it in reversed(iterations):
        data = artifacts.export_turns(it)
        if data is not None:
            return data
    raise TrainerError(
        f"{iterations[-1].name} has no recorded optimizer responses to export", field="workspace"
    )


def model_spec_error(model: str | None, base: Path | None) -> str | None:
    """The problem with a model spec, ``None`` when it is fine (for faces that check early)."""
    try:
        parse_model(model, cwd=base)
    except TrainerError as exc:
        return str(exc)
    return None


# --- the daemon's bookkeeping -------------------------------------------------------------------
def _latest_state(ws: Workspace) -> tuple[Path, Any] | tuple[None, None]:
    key = target_key(ws.target.symbol)
    for folder in reversed(ws.iterations()):
        state = load(folder / "optimize" / STATE_FILE)
        if state is not None and state.target == key:
            return folder, state
    return None, None


def cancel_waiting(target_file: str | Path, symbol: str | None) -> None:
    """Abandon the follow-up a run of the target waits for: the run is ``cancelled`` (its prompt is
    kept, so ``trainerd optimize`` resumes it and asks again)."""
    from trainerd.optimize.state import save

    ws = Workspace(ws_service.resolve_target(target_file, symbol))
    folder, state = _latest_state(ws)
    if folder is None or state is None or state.status != "followup_needed":
        return
    state.status, state.followup = "cancelled", None
    save(folder / "optimize" / STATE_FILE, state)
    ws.record_run(
        target_key(symbol),
        id=state.run_id,
        state="cancelled",
        iteration=state.iteration,
        pid=None,
        worker_pid=None,
    )
    if ws.read().get("workflow_state") == "training":
        ws.set_state("pending_training")


def record_crash(target_file: str | Path, symbol: str | None, pid: int, error: str) -> None:
    """A run this process drove died outside the engine's own handling: say so in the status file."""
    ws = Workspace(ws_service.resolve_target(target_file, symbol))
    status = ws.read()
    record = ws_service._run_of(status, symbol) or {}
    if record.get("state") == "running" and record.get("pid") == pid:
        ws.record_run(target_key(symbol), state="failed", pid=None, error=error[:4000])
