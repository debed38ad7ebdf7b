"""Runs in the editor: ``trainer/optimize``, ``trainer/cancel``, ``trainer/answerFollowup``, their
commands, ``$/progress``, ``trainer/runUpdated``, the ``editor`` model through ``trainer/complete``,
and write-back as ``workspace/applyEdit`` (atomic file write for clients without it).

The run itself lives in :mod:`trainerd.optimize.runs` (imported inside handlers, like every service).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams

from trainerd import protocol
from trainerd.data import to_plain
from trainerd.features.common import (
    as_dict,
    call_service,
    check_inside_workspace,
    first_folder,
    one_argument,
    path_of,
    to_uri,
)

if TYPE_CHECKING:
    from trainerd.llm import Completer
    from trainerd.optimize.runs import Run, RunManager
    from trainerd.server import TrainerServer

logger = logging.getLogger("trainerd.optimize")

# the client capability that says it answers trainer/complete (ClientCapabilities.experimental)
WRITE_BACK_TIMEOUT_S = 300.0
SETTLE_TIMEOUT_S = 30.0
MODEL_KINDS = ("manual", "editor", "replay:", "litellm:")


# --- shared state -------------------------------------------------------------------------------
class _Progress:
    """One run's work-done progress (touched on the event loop only)."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.ready = False
        self.ended = False
        self.pending_end: str | None = None


def _manager(ls: TrainerServer) -> RunManager:
    manager = getattr(ls, "_trainer_runs", None)
    if manager is None:
        from trainerd.optimize.runs import RunManager

        manager = RunManager(
            listener=lambda run, event: _on_run_change(ls, run, event),
            max_concurrent=lambda: ls.settings.max_concurrent_runs,
            write_back=lambda run, proposal: _write_back_blocking(ls, run, proposal),
        )
        ls._trainer_runs = manager  # type: ignore[attr-defined]
        ls._trainer_progress = {}  # type: ignore[attr-defined]
    return manager


def _progress_of(ls: TrainerServer) -> dict[str, _Progress]:
    _manager(ls)
    return ls._trainer_progress  # type: ignore[attr-defined]


def _experimental(ls: TrainerServer) -> dict[str, Any]:
    caps = ls.client_capabilities
    exp = getattr(caps, "experimental", None) if caps is not None else None
    plain = to_plain(exp)
    return plain if isinstance(plain, dict) else {}


def client_answers_complete(ls: TrainerServer) -> bool:
    """Did the client declare ``capabilities.experimental.trainerComplete: true``?"""
    from trainerd.llm.editor import CAPABILITY

    return _experimental(ls).get(CAPABILITY) is True


def _client_applies_edits(ls: TrainerServer) -> tuple[bool, bool]:
    """(``workspace/applyEdit`` supported, ``documentChanges`` supported)."""
    caps = ls.client_capabilities
    ws = getattr(caps, "workspace", None) if caps is not None else None
    if ws is None or not ws.apply_edit:
        return False, False
    edit = ws.workspace_edit
    return True, bool(edit and edit.document_changes)


# --- progress and notifications -----------------------------------------------------------------
def _progress_text(run: Run) -> str:
    parts = []
    if run.iteration is not None:
        parts.append(f"iteration {run.iteration}" + (f"/{run.iterations}" if run.iterations else ""))
    if run.tests_total is not None:
        parts.append(f"{run.tests_passed or 0}/{run.tests_total} tests passing")
    if run.phase:
        parts.append(str(run.phase))
    return " · ".join(parts) or run.state


def _percentage(run: Run) -> int | None:
    if run.iteration is None or not run.iterations:
        return None
    return max(0, min(100, int(100 * (run.iteration - 1) / run.iterations)))


_END_TEXT = {
    "blocked": "Blocked: resolve the blockers shown on the target",
    "followup_needed": "Follow-up needed: answer it with trainer/answerFollowup",
    "written_back": "Done: the winning candidate was written back",
    "conflict": "Conflict: the document changed; the candidate was not written back",
    "cancelled": "Cancelled",
    "failed": "Failed",
    "done": "Done: nothing written back",
}


async def _begin_progress(ls: TrainerServer, run: Run, title: str) -> None:
    """Create the server-side token and begin; reports that came earlier are folded into begin."""
    caps = ls.client_capabilities
    window = getattr(caps, "window", None) if caps is not None else None
    if window is None or not window.work_done_progress:
        return
    progress = _progress_of(ls)
    previous = progress.get(run.id)
    attempt = int(previous.token.rsplit("/", 1)[-1]) + 1 if previous else 1
    state = _Progress(f"trainer/run/{run.id}/{attempt}")
    progress[run.id] = state
    try:
        await ls.work_done_progress.create_async(state.token)
    except Exception as exc:  # a client may refuse the token: the run goes on without a bar
        logger.debug("progress token refused: %s", exc)
        return
    future = ls.work_done_progress.tokens.get(state.token)
    if future is not None:
        run_id = run.id

        def on_cancel(fut: Any) -> None:
            if fut.cancelled():
                _manager(ls).cancel(run_id)

        future.add_done_callback(on_cancel)
    ls.work_done_progress.begin(
        state.token,
        types.WorkDoneProgressBegin(
            title=title, cancellable=True, message=_progress_text(run), percentage=_percentage(run)
        ),
    )
    state.ready = True
    if state.pending_end is not None:
        _end_progress(ls, state, state.pending_end)


def _end_progress(ls: TrainerServer, state: _Progress, message: str) -> None:
    if state.ended:
        return
    if not state.ready:
        state.pending_end = message
        return
    state.ended = True
    ls.work_done_progress.end(state.token, types.WorkDoneProgressEnd(message=message))


def _on_run_change(ls: TrainerServer, run: Run, event: dict[str, Any]) -> None:
    """Listener of the run manager (any thread): runUpdated, progress, diagnostics, a message."""
    from trainerd.optimize.runs import PAUSED, TERMINAL

    snapshot = run.snapshot()
    snapshot["event"] = event.get("kind")
    text = _progress_text(run)
    percentage = _percentage(run)
    final = run.state in TERMINAL or run.state in PAUSED

    def on_loop() -> None:
        # progress first: a client that reacts to the final update finds the bar already ended
        state = _progress_of(ls).get(run.id)
        if state is not None and final:
            end = _END_TEXT.get(run.state, run.state)
            detail = run.error if run.state == "failed" else None
            _end_progress(ls, state, f"{end}: {detail}" if detail else end)
        elif state is not None and state.ready and not state.ended:
            ls.work_done_progress.report(
                state.token,
                types.WorkDoneProgressReport(message=text, percentage=percentage, cancellable=True),
            )
        if announce:  # clients without custom UI learn the outcome from a message
            ls.window_show_message(types.ShowMessageParams(type=announce[1], message=announce[0]))
        ls.protocol.notify(protocol.RUN_UPDATED, snapshot)

    announce = None
    if final and run.state not in run.announced and event.get("kind") != "preflight":
        run.announced.add(run.state)
        announce = (_final_message(run), _MESSAGE_KIND.get(run.state, types.MessageType.Info))
    if run.state == "blocked" and run.contract is not None:
        from trainerd.features.workspace import publish_blockers

        publish_blockers(ls, run.contract)
    ls.call_threadsafe(on_loop)


_MESSAGE_KIND = {
    "failed": types.MessageType.Error,
    "conflict": types.MessageType.Warning,
    "blocked": types.MessageType.Warning,
    "followup_needed": types.MessageType.Info,
}


def _final_message(run: Run) -> str:
    name = Path(run.target_file).name + (f"::{run.symbol}" if run.symbol else "")
    if run.state == "followup_needed":
        prompt = (run.followup or {}).get("prompt_file") or (run.followup or {}).get("report_file")
        return (
            f"trainerd: {name}: the optimizer needs a follow-up answer"
            + (f" (prompt: {prompt})" if prompt else "")
            + f"; answer with the command trainer.answerFollowup {{runId: {run.id!r}, file|answer}}."
        )
    if run.state == "conflict":
        reason = (run.conflict or {}).get("reason", "the document changed")
        cand = (run.candidate or {}).get("candidate_file")
        return f"trainerd: {name}: not written back: {reason}" + (
            f"; the candidate is in {cand}" if cand else ""
        )
    if run.state == "failed":
        return f"trainerd: {name}: the run failed: {run.error or run.message or 'see the log'}"
    if run.state == "blocked":
        return f"trainerd: {name}: blocked: " + "; ".join(
            str(b.get("message") if isinstance(b, dict) else b) for b in to_plain(run.blockers)
        )
    if run.state == "written_back":
        return f"trainerd: {name}: the validated candidate was written back."
    return f"trainerd: {name}: run finished ({run.state})."


# --- the editor model (trainer/complete) ---------------------------------------------------------
def editor_completer(
    ls: TrainerServer,
    run_id: str | None = None,
    cancel: threading.Event | None = None,
    alive: Callable[[], bool] | None = None,
) -> Completer:
    """The ``editor`` backend for any service that asks the client's model (optimization runs,
    research): ``trainer/complete`` with one timeout and one set of follow-up reasons
    (:class:`trainerd.llm.editor.EditorBridge`)."""
    from trainerd.llm.editor import EditorBridge

    def send(params: dict[str, Any]) -> Any:
        assert ls.loop is not None
        # the request is sent on the loop; its answer is awaited in the caller's thread, so a cancelled
        # run abandons the wait without cancelling pygls' own future for the answer
        return asyncio.run_coroutine_threadsafe(_send_complete(ls, params), ls.loop).result(timeout=30)

    bridge = EditorBridge(send, lambda: client_answers_complete(ls))
    return bridge.completer(run_id, cancel, alive)


def _completer(ls: TrainerServer, run: Run) -> Completer:
    return editor_completer(ls, run.id, run.cancel, lambda: not run.worker_pid or _pid_alive(run.worker_pid))


def _pid_alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a killed child stays a zombie until the engine reaps it
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except OSError:
        return True


async def _send_complete(ls: TrainerServer, params: dict[str, Any]) -> Any:
    return ls.protocol.send_request(protocol.COMPLETE, params)


# --- write-back ---------------------------------------------------------------------------------
def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _line_edit(old: str, new: str) -> tuple[types.Range, str]:
    """The smallest whole-line replacement turning ``old`` into ``new`` (a readable diff in the editor)."""
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    start = 0
    while start < min(len(old_lines), len(new_lines)) and old_lines[start] == new_lines[start]:
        start += 1
    end_old, end_new = len(old_lines), len(new_lines)
    while end_old > start and end_new > start and old_lines[end_old - 1] == new_lines[end_new - 1]:
        end_old -= 1
        end_new -= 1
    if end_old == len(old_lines) and old_lines and not old_lines[-1].endswith(("\n", "\r")):
        last = old_lines[-1]
        end = types.Position(line=len(old_lines) - 1, character=len(last.encode("utf-16-le")) // 2)
    else:
        end = types.Position(line=end_old, character=0)
    return types.Range(start=types.Position(line=start, character=0), end=end), "".join(
        new_lines[start:end_new]
    )


def _new_text(disk: str, proposal: dict[str, Any]) -> str:
    """The whole new file from the engine's proposal: full text, or a span with a line range."""
    text = proposal["text"]
    span = proposal.get("range") or proposal.get("span")
    if not span:
        return text
    lines = disk.splitlines(keepends=True)
    if isinstance(span, dict) and "start" in span:
        start, end = span["start"], span["end"]
        first = start["line"] if isinstance(start, dict) else int(start) - 1
        last = end["line"] if isinstance(end, dict) else int(end)
    else:  # [first_line, last_line], 1-based inclusive
        first, last = int(span[0]) - 1, int(span[1])
    if text and not text.endswith("\n"):
        text += "\n"
    return "".join(lines[:first]) + text + "".join(lines[last:])


def _write_back_blocking(ls: TrainerServer, run: Run, proposal: dict[str, Any]) -> dict[str, Any]:
    """Called from the run's thread: do the write-back on the event loop and wait for the outcome."""
    assert ls.loop is not None
    future = asyncio.run_coroutine_threadsafe(_write_back(ls, run, proposal), ls.loop)
    try:
        return future.result(timeout=WRITE_BACK_TIMEOUT_S)
    except TimeoutError:
        future.cancel()
        reason = "the client did not answer workspace/applyEdit"
        return {"state": "conflict", "conflict": {"reason": reason, **(run.candidate or {})}}


async def _write_back(ls: TrainerServer, run: Run, proposal: dict[str, Any]) -> dict[str, Any]:
    """Apply the engine's proposed edit (``ProposedEdit``: file, new_text, source_sha256): refused as a
    conflict when the document has unsaved changes or the file changed since the proposal's base."""
    from trainerd.workspace.files import atomic_write_text

    path = Path(proposal.get("file") or run.target_file)
    uri = to_uri(path)
    candidate = dict(run.candidate or {})
    try:
        disk = path.read_text(encoding="utf-8")
    except OSError as exc:
        return await _conflict(ls, run, path, f"cannot read {path.name}: {exc.strerror}", candidate)
    base = proposal.get("source_sha256")
    if base and _sha256(disk) != base:
        return await _conflict(
            ls, run, path, f"{path.name} changed on disk since the run's snapshot", candidate
        )
    doc = ls.workspace.text_documents.get(uri)
    if doc is not None and doc.source != disk:
        return await _conflict(
            ls, run, path, f"{path.name} has unsaved changes in the editor (version {doc.version})", candidate
        )
    new = proposal["new_text"] if proposal.get("new_text") is not None else _new_text(disk, proposal)
    rng, replacement = _line_edit(disk, new)
    applies, versioned = _client_applies_edits(ls)
    if applies:
        edit = types.TextEdit(range=rng, new_text=replacement)
        if versioned:
            ident = types.OptionalVersionedTextDocumentIdentifier(
                uri=uri, version=doc.version if doc else None
            )
            workspace_edit = types.WorkspaceEdit(
                document_changes=[types.TextDocumentEdit(text_document=ident, edits=[edit])]
            )
        else:
            workspace_edit = types.WorkspaceEdit(changes={uri: [edit]})
        label = f"Trace: write back {path.name}" + (f"::{run.symbol}" if run.symbol else "")
        try:
            result = await ls.workspace_apply_edit_async(
                types.ApplyWorkspaceEditParams(edit=workspace_edit, label=label)
            )
        except JsonRpcException as exc:
            return await _conflict(ls, run, path, f"the client refused workspace/applyEdit: {exc}", candidate)
        if not result.applied:
            reason = result.failure_reason or "no reason given"
            return await _conflict(ls, run, path, f"the client did not apply the edit: {reason}", candidate)
        how = "workspace/applyEdit"
    else:
        atomic_write_text(path, new)
        how = "file"
    justification = f"written back via {how}"
    sent = {"uri": uri, "range": to_plain(rng), "newText": replacement}
    original = await call_service(
        ls, protocol.OPTIMIZE, _record_write_back, run, "written", justification, None, new, sent
    )
    return {
        "state": "written_back",
        "message": f"{path.name}: the validated candidate was {justification}",
        "write_back": {"decision": "written", "method": how, "file": str(path)},
        "edit": sent,
        "candidate": {"snapshot_file": original} if original else {},
    }


async def _conflict(
    ls: TrainerServer, run: Run, path: Path, reason: str, candidate: dict[str, Any]
) -> dict[str, Any]:
    conflict = {"reason": reason, "file": str(path), **candidate}
    await call_service(
        ls, protocol.OPTIMIZE, _record_write_back, run, "refused", f"Conflict: {reason}", conflict, None, None
    )
    return {"state": "conflict", "conflict": conflict, "message": f"not written back: {reason}"}


def _record_write_back(
    run: Run,
    decision: str,
    justification: str,
    conflict: dict[str, Any] | None,
    new_text: str | None,
    edit: dict[str, Any] | None = None,
) -> str | None:
    """The daemon's write-back decision in the status file and decision.md (the engine wrote
    "proposed"). A written text becomes the next run's snapshot, as the engine does for file mode;
    the old snapshot and the edit sent are kept under ``iterations/iteration-N/write-back/`` so the
    diff stays available. Returns the kept original's path."""
    import json

    from trainerd.workspace import status as st
    from trainerd.workspace.files import atomic_write_text
    from trainerd.workspace.service import Workspace
    from trainerd.workspace.target import resolve_target

    ws = Workspace(resolve_target(run.target_file, run.symbol))
    kept: str | None = None
    if new_text is not None:
        folder = ws.root / "iterations" / (run.iteration_dir or "iteration-0") / "write-back"
        if ws.snapshot_file.exists():
            original = folder / f"original-{ws.snapshot_file.name}"
            atomic_write_text(original, ws.snapshot_file.read_text(encoding="utf-8"))
            kept = str(original)
        if edit is not None:
            atomic_write_text(folder / "edit.json", json.dumps(edit, indent=2) + "\n")
        atomic_write_text(ws.snapshot_file, new_text)
    decision_file = ws.root / "decision.md"
    if decision_file.exists():
        note = f"\n## Write-back in the editor ({st.utc_now()})\n\n{justification}.\n"
        atomic_write_text(decision_file, decision_file.read_text(encoding="utf-8") + note)

    def change(status: dict[str, Any]) -> None:
        status["write_back"] = {"decision": decision, "justification": justification}
        if conflict is not None:
            status["write_back"]["conflict"] = conflict
        if new_text is not None:
            status["source_sha256"] = _sha256(new_text)

    ws.update(change)
    return kept


# --- requests -----------------------------------------------------------------------------------
def _options(ls: TrainerServer, p: protocol.OptimizeParams, method: str) -> dict[str, Any]:
    settings = ls.settings
    model = p.model or settings.model or "manual"
    if not (model in ("manual", "editor") or model.startswith(("replay:", "litellm:"))):
        raise JsonRpcInvalidParams(
            f"{method}: field 'model': {model!r} is not a model spec; use manual, editor, replay:<file> "
            "or litellm:<provider/model>"
        )
    if model.startswith("replay:"):
        replay = Path(model.removeprefix("replay:")).expanduser()
        base = first_folder(ls)
        if not replay.is_absolute() and base is not None:
            replay = base / replay
        if not replay.is_file():
            raise JsonRpcInvalidParams(f"{method}: field 'model': replay file not found: {replay}")
        model = f"replay:{replay}"
    if p.iterations is not None and p.iterations < 1:
        raise JsonRpcInvalidParams(f"{method}: field 'iterations': must be >= 1, got {p.iterations}")
    options: dict[str, Any] = {
        "model": model,
        "iterations": p.iterations or settings.iterations,
        "optimizer": settings.optimizer,
        "test_timeout": settings.test_timeout_seconds,
    }
    feedback = p.feedback_command or settings.feedback_command
    if feedback:
        options["feedback_command"] = feedback
    if settings.interpreter:
        options["python"] = settings.interpreter
    return options


def _preflight(spec: str, symbol: str | None, options: dict[str, Any]) -> tuple[Any, list[Any]]:
    """Every blocker found without starting the worker: the workspace's (review checkpoint, corrupt or
    newer status, resume pointers) and the engine's (no tests exercising the target). Blockers that
    need the worker (a flaky or uncollectable suite) end the run as ``blocked`` instead."""
    import attrs

    from trainerd.optimize.runs import load_engine
    from trainerd.workspace import service

    target = f"{spec}::{symbol}" if symbol else spec
    contract = service.resolve(spec, symbol)
    engine = load_engine()
    opts = engine.OptimizeOptions(feedback=options.get("feedback_command"), model=options.get("model"))
    blockers = list(engine.preflight(target, opts))
    seen = {(b.code, b.message) for b in blockers}
    blockers += [b for b in contract.blockers if (b.code, b.message) not in seen]
    return attrs.evolve(contract, blockers=blockers), blockers


def _field_for(exc: Any, method: str, answer_field: str | None = None) -> str:
    """Our wire name for a field the engine names in its TrainerError."""
    names = {
        "model": "model",
        "iterations": "iterations",
        "symbol": "symbol",
        "path": "path",
        "response": answer_field or "answer",
        "workspace": "runId",
        "feedback": "feedbackCommand",
    }
    return names.get(getattr(exc, "field", None) or "", getattr(exc, "field", None) or "params")


async def _await_start(
    ls: TrainerServer, run: Run, future: Any, method: str, answer_field: str | None = None
) -> None:
    """Wait until the engine is under way; its early TrainerError becomes the request's -32602."""
    from trainerd.errors import TrainerError

    try:
        await asyncio.wrap_future(future)
    except TrainerError as exc:
        state = _progress_of(ls).get(run.id)
        if state is not None:
            _end_progress(ls, state, f"Not started: {exc}")
        raise JsonRpcInvalidParams(
            f"{method}: field '{_field_for(exc, method, answer_field)}': {exc}"
        ) from None


def _started_result(ls: TrainerServer, run: Run) -> dict[str, Any]:
    progress = _progress_of(ls).get(run.id)
    return {
        "runId": run.id,
        "state": run.state,
        "progressToken": progress.token if progress else None,
        "target": {"uri": to_uri(run.target_file), "symbol": run.symbol},
        "workspace": run.workspace_root,
        "model": run.options.get("model"),
        "iterations": run.options.get("iterations"),
    }


def _title(run: Run) -> str:
    return f"Optimizing {Path(run.target_file).name}" + (f"::{run.symbol}" if run.symbol else "")


async def _settled(ls: TrainerServer, run: Run | None) -> None:
    """Let a run that has reported its final state finish its thread (the engine stops its worker
    after the last event) before the same workspace is run again."""
    if run is None or run.done.is_set():
        return
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, run.done.wait, SETTLE_TIMEOUT_S)


async def start_run(ls: TrainerServer, p: protocol.OptimizeParams, method: str) -> dict[str, Any]:
    """Check, reserve and start a run; answer with its id, or with the blockers."""
    from trainerd.features.workspace import publish_blockers
    from trainerd.optimize.runs import RunRefused
    from trainerd.workspace.target import WORKSPACE_DIRNAME, code_name, resolve_target

    path = path_of(p.uri, p.path, "", method, first_folder(ls))
    field = "uri" if p.uri else "path"
    check_inside_workspace(ls, path, field, method)
    options = _options(ls, p, method)
    file = path.resolve()
    if not file.is_file():  # the full check (and the symbol's) comes below, off the loop
        await call_service(ls, method, resolve_target, str(file), p.symbol)
    workspace_root = file.parent / WORKSPACE_DIRNAME / code_name(file.name)
    manager = _manager(ls)
    previous = manager.for_workspace(workspace_root)
    if previous is not None and not previous.active:
        await _settled(ls, previous)
    try:
        run = manager.reserve(str(file), p.symbol, str(workspace_root), options)
    except RunRefused as exc:
        raise JsonRpcInvalidParams(f"{method}: field '{field}': {exc}") from None
    # the progress bar first: everything after it (symbol check, blockers) is reported under it
    progress_task = asyncio.ensure_future(_begin_progress(ls, run, _title(run)))
    run.phase = "checking blockers"
    try:
        await call_service(ls, method, resolve_target, str(file), p.symbol)
        contract, blockers = await call_service(ls, method, _preflight, str(file), p.symbol, options)
    except BaseException:
        manager.forget(run)
        await progress_task
        state = _progress_of(ls).get(run.id)
        if state is not None:
            _end_progress(ls, state, "Not started")
        raise
    publish_blockers(ls, contract)
    if blockers:
        manager.release(run, "blocked", blockers=to_plain(blockers), kind="preflight")
        await progress_task
        return {
            "runId": None,
            "state": "blocked",
            "blockers": as_dict(blockers),
            "contract": as_dict(contract),
        }
    completer = _completer(ls, run) if options["model"] == "editor" else None
    started = manager.start(run, completer)
    await progress_task
    await _await_start(ls, run, started, method)
    return _started_result(ls, run)


def _find_run(
    ls: TrainerServer, run_id: str | None, uri: str | None, path: str | None, method: str
) -> Run | None:
    manager = _manager(ls)
    if run_id:
        run = manager.get(run_id)
        if run is None:
            raise JsonRpcInvalidParams(f"{method}: field 'runId': no run {run_id!r} in this daemon")
        return run
    if not (uri or path):
        raise JsonRpcInvalidParams(f"{method}: one of the fields 'runId', 'uri' or 'path' is required")
    from trainerd.workspace.target import WORKSPACE_DIRNAME, code_name

    target = path_of(uri, path, "", method, first_folder(ls)).resolve()
    return manager.for_workspace(target.parent / WORKSPACE_DIRNAME / code_name(target.name))


async def cancel_run(ls: TrainerServer, p: protocol.CancelParams, method: str) -> dict[str, Any]:
    run = _find_run(ls, p.run_id, p.uri, p.path, method)
    if run is None or not run.active:
        field = "runId" if p.run_id else ("uri" if p.uri else "path")
        what = f"run {run.id} is {run.state}" if run is not None else "no run of this daemon on that target"
        raise JsonRpcInvalidParams(f"{method}: field '{field}': nothing to cancel: {what}")
    _manager(ls).cancel(run.id)
    return {"runId": run.id, "state": "cancelling"}


async def answer_followup(ls: TrainerServer, p: protocol.AnswerFollowupParams, method: str) -> dict[str, Any]:
    """Hand the answer to the engine, which checks it, saves it and continues the loop (in the run's
    thread, with progress and updates like any run)."""
    from trainerd.optimize.runs import RunRefused
    from trainerd.workspace.target import resolve_target

    if (p.answer is None) == (p.file is None):
        raise JsonRpcInvalidParams(f"{method}: exactly one of the fields 'answer' or 'file' is required")
    manager = _manager(ls)
    run = _find_run(ls, p.run_id, p.uri, p.path, method)
    if run is not None and run.active:
        raise JsonRpcInvalidParams(
            f"{method}: field 'runId': run {run.id} is {run.state}, not waiting for a follow-up answer"
        )
    text = p.answer
    if p.file is not None:
        answer_path = Path(p.file).expanduser()
        if not answer_path.is_absolute():
            answer_path = (first_folder(ls) or Path.cwd()) / answer_path
        try:
            text = answer_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise JsonRpcInvalidParams(f"{method}: field 'file': cannot read {answer_path}: {exc}") from None
    assert text is not None
    await _settled(ls, run)
    try:
        if run is not None and run.state == "followup_needed":
            manager.reuse(run)
        else:  # a follow-up left by an earlier daemon (or the CLI): found through its workspace
            field = "uri" if p.uri else "path"
            if not (p.uri or p.path):
                raise JsonRpcInvalidParams(
                    f"{method}: field 'runId': run {p.run_id} is not waiting for a follow-up"
                )
            path = path_of(p.uri, p.path, "", method, first_folder(ls))
            check_inside_workspace(ls, path, field, method)
            target = await call_service(ls, method, resolve_target, str(path), p.symbol)
            options = _options(ls, protocol.OptimizeParams(), method)
            options.pop("iterations", None)  # the paused run's own budget applies
            run = manager.reserve(str(target.file), p.symbol, str(target.workspace_root), options)
    except RunRefused as exc:
        raise JsonRpcInvalidParams(f"{method}: field '{exc.field or 'runId'}': {exc}") from None
    progress_task = asyncio.ensure_future(_begin_progress(ls, run, _title(run)))
    completer = _completer(ls, run) if run.options.get("model") == "editor" else None
    started = manager.start(run, completer, answer=text)
    await progress_task
    await _await_start(ls, run, started, method, "file" if p.file is not None else "answer")
    return _started_result(ls, run)


def register(server: TrainerServer) -> None:
    @server.feature(protocol.OPTIMIZE)
    async def optimize(ls: TrainerServer, params: Any) -> dict[str, Any]:
        p = protocol.parse_params(protocol.OptimizeParams, params, protocol.OPTIMIZE)
        return await start_run(ls, p, protocol.OPTIMIZE)

    @server.feature(protocol.CANCEL)
    async def cancel(ls: TrainerServer, params: Any) -> dict[str, Any]:
        p = protocol.parse_params(protocol.CancelParams, params, protocol.CANCEL)
        return await cancel_run(ls, p, protocol.CANCEL)

    @server.feature(protocol.ANSWER_FOLLOWUP)
    async def answer(ls: TrainerServer, params: Any) -> dict[str, Any]:
        p = protocol.parse_params(protocol.AnswerFollowupParams, params, protocol.ANSWER_FOLLOWUP)
        return await answer_followup(ls, p, protocol.ANSWER_FOLLOWUP)

    # commands carry no annotations: pygls evaluates them at call time
    @server.command(protocol.CMD_OPTIMIZE)
    async def optimize_command(ls, *args):
        method = f"workspace/executeCommand {protocol.CMD_OPTIMIZE}"
        raw = one_argument(args, method, "{uri|path, symbol?, model?, iterations?, feedbackCommand?}")
        return await start_run(ls, protocol.parse_params(protocol.OptimizeParams, raw, method), method)

    @server.command(protocol.CMD_CANCEL)
    async def cancel_command(ls, *args):
        method = f"workspace/executeCommand {protocol.CMD_CANCEL}"
        raw = one_argument(args, method, "{runId} or {uri|path}")
        return await cancel_run(ls, protocol.parse_params(protocol.CancelParams, raw, method), method)

    @server.command(protocol.CMD_ANSWER_FOLLOWUP)
    async def answer_command(ls, *args):
        method = f"workspace/executeCommand {protocol.CMD_ANSWER_FOLLOWUP}"
        raw = one_argument(args, method, "{runId|uri|path, answer|file}")
        return await answer_followup(
            ls, protocol.parse_params(protocol.AnswerFollowupParams, raw, method), method
        )

    @server.command(protocol.CMD_SHOW_WORKSPACE)
    async def show_workspace(ls, *args):
        from trainerd.features.workspace import publish_blockers
        from trainerd.workspace import service

        method = f"workspace/executeCommand {protocol.CMD_SHOW_WORKSPACE}"
        p = protocol.parse_params(
            protocol.ShowWorkspaceParams, one_argument(args, method, "{uri|path, symbol?}"), method
        )
        path = path_of(p.uri, p.path, "", method, first_folder(ls))
        check_inside_workspace(ls, path, "uri" if p.uri else "path", method)
        contract = await call_service(ls, method, service.resolve, str(path), p.symbol)
        publish_blockers(ls, contract)
        opt = contract.optimization
        run = _manager(ls).for_workspace(contract.workspace.absolute_root)
        live = f"; live run {run.id}: {run.state} ({_progress_text(run)})" if run is not None else ""
        ls.show_message(
            f"trainerd: {contract.target.file}: workspace {contract.workspace.root} is {contract.workspace.state}; "
            f"run {opt.status}{live}. Next: {contract.next_action}",
            types.MessageType.Info,
        )
        result = as_dict(contract)
        result["run"] = run.snapshot() if run is not None else None
        return result
