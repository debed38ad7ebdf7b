"""What the client sees while a run goes on, and what the daemon asks of the client for it:

- ``$/progress`` (one token per run start, cancellable) and ``trainer/runUpdated`` (the run's
  :class:`~trainerd.optimize.runs.RunView`, camelCase, with the ``event`` that changed it); a
  ``window/showMessage`` at a final or paused state, once;
- the ``editor`` model: ``trainer/complete`` through :class:`trainerd.llm.editor.EditorBridge`;
- a returned edit applied as ``workspace/applyEdit`` (versioned when the client supports it: a
  document edited meanwhile is refused by the client), or written to disk (compare-and-swap) for
  clients without it; either way recorded by the service.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException

from trainerd import protocol
from trainerd.data import to_plain
from trainerd.features.common import call_service, to_uri, wire

if TYPE_CHECKING:
    from trainerd.llm import Completer
    from trainerd.optimize.runs import Run, RunManager, WriteBackOutcome
    from trainerd.optimize.types import ProposedEdit
    from trainerd.server import TrainerServer

logger = logging.getLogger(__name__)

WRITE_BACK_TIMEOUT_S = 300.0


class Progress:
    """One run's work-done progress (touched on the event loop only)."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.ready = False
        self.ended = False
        self.pending_end: str | None = None


def manager_of(ls: TrainerServer) -> RunManager:
    manager = getattr(ls, "_trainer_runs", None)
    if manager is None:
        from trainerd.optimize.runs import RunManager

        manager = RunManager(
            listener=lambda run, what: _on_run_change(ls, run, what),
            max_concurrent=lambda: ls.settings.max_concurrent_runs,
            write_back=lambda run, edit: _write_back_blocking(ls, run, edit),
        )
        ls._trainer_runs = manager  # type: ignore[attr-defined]
        ls._trainer_progress = {}  # type: ignore[attr-defined]
    return manager


def progress_of(ls: TrainerServer) -> dict[str, Progress]:
    manager_of(ls)
    return ls._trainer_progress  # type: ignore[attr-defined]


def client_answers_complete(ls: TrainerServer) -> bool:
    """Did the client declare ``capabilities.experimental.trainerComplete: true``?"""
    from trainerd.llm.editor import CAPABILITY

    caps = ls.client_capabilities
    experimental = to_plain(getattr(caps, "experimental", None) if caps is not None else None)
    return isinstance(experimental, dict) and experimental.get(CAPABILITY) is True


def _client_applies_edits(ls: TrainerServer) -> tuple[bool, bool]:
    """(``workspace/applyEdit`` supported, ``documentChanges`` supported)."""
    caps = ls.client_capabilities
    ws = getattr(caps, "workspace", None) if caps is not None else None
    if ws is None or not ws.apply_edit:
        return False, False
    edit = ws.workspace_edit
    return True, bool(edit and edit.document_changes)


# --- progress and notifications -----------------------------------------------------------------
def progress_text(run: Run) -> str:
    parts = []
    if run.step is not None:
        parts.append(f"step {run.step}/{run.iterations}")
    if run.tests is not None:
        parts.append(f"{run.tests.passed}/{run.tests.total} tests passing")
    if run.phase:
        parts.append(str(run.phase))
    return " · ".join(parts) or run.state


def _percentage(run: Run) -> int | None:
    if run.step is None or not run.iterations:
        return None
    return max(0, min(100, int(100 * (run.step - 1) / run.iterations)))


_END_TEXT = {
    "blocked": "Blocked: resolve the blockers shown on the target",
    "followup_needed": "Follow-up needed: answer it with trainer/answerFollowup",
    "written_back": "Done: the winning candidate was written back",
    "conflict": "Conflict: the candidate was not written back",
    "cancelled": "Cancelled",
    "failed": "Failed",
    "done": "Done: nothing written back",
}


async def begin_progress(ls: TrainerServer, run: Run, title: str) -> None:
    """Create the server-side token and begin; reports that came earlier are folded into begin."""
    caps = ls.client_capabilities
    window = getattr(caps, "window", None) if caps is not None else None
    if window is None or not window.work_done_progress:
        return
    progress = progress_of(ls)
    previous = progress.get(run.id)
    attempt = int(previous.token.rsplit("/", 1)[-1]) + 1 if previous else 1
    state = Progress(f"trainer/run/{run.id}/{attempt}")
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
                manager_of(ls).cancel(run_id)

        future.add_done_callback(on_cancel)
    ls.work_done_progress.begin(
        state.token,
        types.WorkDoneProgressBegin(
            title=title, cancellable=True, message=progress_text(run), percentage=_percentage(run)
        ),
    )
    state.ready = True
    if state.pending_end is not None:
        end_progress(ls, state, state.pending_end)


def end_progress(ls: TrainerServer, state: Progress, message: str) -> None:
    if state.ended:
        return
    if not state.ready:
        state.pending_end = message
        return
    state.ended = True
    ls.work_done_progress.end(state.token, types.WorkDoneProgressEnd(message=message))


_MESSAGE_KIND = {
    "failed": types.MessageType.Error,
    "conflict": types.MessageType.Warning,
    "blocked": types.MessageType.Warning,
    "followup_needed": types.MessageType.Info,
}


def _on_run_change(ls: TrainerServer, run: Run, what: str) -> None:
    """Listener of the run manager (any thread): runUpdated, progress, diagnostics, a message."""
    from trainerd.optimize.runs import PAUSED, TERMINAL

    view = run.view()
    view.event = what
    snapshot = wire(view)
    text = progress_text(run)
    percentage = _percentage(run)
    final = run.state in TERMINAL or run.state in PAUSED
    announce = None
    if final and run.state not in run.announced and what != "preflight":
        run.announced.add(run.state)
        announce = (_final_message(run), _MESSAGE_KIND.get(run.state, types.MessageType.Info))
    if run.state == "blocked" and run.contract is not None:
        from trainerd.features.workspace import publish_blockers

        publish_blockers(ls, run.contract)

    def on_loop() -> None:
        # progress first: a client that reacts to the final update finds the bar already ended
        state = progress_of(ls).get(run.id)
        if state is not None and final:
            end = _END_TEXT.get(run.state, run.state)
            detail = run.error if run.state == "failed" else None
            end_progress(ls, state, f"{end}: {detail}" if detail else end)
        elif state is not None and state.ready and not state.ended:
            ls.work_done_progress.report(
                state.token,
                types.WorkDoneProgressReport(message=text, percentage=percentage, cancellable=True),
            )
        if announce:  # clients without custom UI learn the outcome from a message
            ls.window_show_message(types.ShowMessageParams(type=announce[1], message=announce[0]))
        ls.protocol.notify(protocol.RUN_UPDATED, snapshot)

    ls.call_threadsafe(on_loop)


def _final_message(run: Run) -> str:
    name = Path(run.target_file).name + (f"::{run.symbol}" if run.symbol else "")
    if run.state == "followup_needed":
        prompt = run.followup.prompt_file if run.followup else None
        return (
            f"trainerd: {name}: the optimizer needs a follow-up answer"
            + (f" (prompt: {prompt})" if prompt else "")
            + f"; answer with the command trainer.answerFollowup {{runId: {run.id!r}, file|answer}}."
        )
    if run.state == "conflict":
        reason = run.conflict.reason if run.conflict else "the document changed"
        where = ""
        if run.conflict and run.conflict.candidate_file:
            where = f"; the candidate is in {run.conflict.candidate_file}"
        if run.conflict and run.conflict.apply_command:
            where += f" (apply it with `{run.conflict.apply_command}` or trainer.writeBack)"
        return f"trainerd: {name}: not written back: {reason}{where}"
    if run.state == "failed":
        return f"trainerd: {name}: the run failed: {run.error or run.message or 'see the log'}"
    if run.state == "blocked":
        return f"trainerd: {name}: blocked: " + "; ".join(b.message for b in run.blockers)
    if run.state == "written_back":
        return f"trainerd: {name}: the validated candidate was written back."
    if run.state == "cancelled":
        return f"trainerd: {name}: the run was cancelled; `trainerd optimize` (or the lens) resumes it."
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

    return EditorBridge(send, lambda: client_answers_complete(ls)).completer(run_id, cancel, alive)


def run_completer(ls: TrainerServer, run: Run) -> Completer:
    from trainerd.project.processes import pid_alive

    return editor_completer(ls, run.id, run.cancel, lambda: not run.worker_pid or pid_alive(run.worker_pid))


async def _send_complete(ls: TrainerServer, params: dict[str, Any]) -> Any:
    return ls.protocol.send_request(protocol.COMPLETE, params)


# --- applying a returned edit -------------------------------------------------------------------
def _write_back_blocking(ls: TrainerServer, run: Run, edit: ProposedEdit) -> WriteBackOutcome:
    """Called from the run's thread: apply on the event loop and wait for the outcome."""
    from trainerd.optimize.runs import Conflict, WriteBackOutcome

    assert ls.loop is not None
    future = asyncio.run_coroutine_threadsafe(_write_back(ls, run, edit), ls.loop)
    try:
        return future.result(timeout=WRITE_BACK_TIMEOUT_S)
    except TimeoutError:
        future.cancel()
        reason = "the client did not answer workspace/applyEdit"
        return WriteBackOutcome(
            "conflict", f"not written back: {reason}", conflict=Conflict(reason, edit.file)
        )


async def _write_back(ls: TrainerServer, run: Run, edit: ProposedEdit) -> WriteBackOutcome:
    """Apply the edit the engine planned against the file on disk: refused when the document has
    unsaved changes, when the file changed since the plan, or when the client refuses it."""
    from trainerd.optimize import writeback

    path = Path(edit.file)
    uri = to_uri(path)
    doc = ls.workspace.text_documents.get(uri)
    if doc is not None and doc.source != edit.base_text:
        return await _conflict(
            ls, run, edit, f"{path.name} has unsaved changes in the editor (version {doc.version})"
        )
    (l0, c0), (l1, c1) = writeback.lsp_span(edit.base_text, edit.start_line, edit.end_line)
    rng = types.Range(start=types.Position(line=l0, character=c0), end=types.Position(line=l1, character=c1))
    sent = {"uri": uri, "range": to_plain(rng), "newText": edit.replacement}
    applies, versioned = _client_applies_edits(ls)
    if applies:
        try:
            disk = await call_service(ls, protocol.OPTIMIZE, path.read_text, encoding="utf-8")
        except Exception as exc:
            return await _conflict(ls, run, edit, f"cannot read {path.name}: {exc}")
        if disk != edit.base_text:
            return await _conflict(
                ls, run, edit, f"{path.name} changed on disk since the write-back was planned"
            )
        text_edit = types.TextEdit(range=rng, new_text=edit.replacement)
        if versioned:  # the client refuses the edit if the document changed since this version
            ident = types.OptionalVersionedTextDocumentIdentifier(
                uri=uri, version=doc.version if doc else None
            )
            workspace_edit = types.WorkspaceEdit(
                document_changes=[types.TextDocumentEdit(text_document=ident, edits=[text_edit])]
            )
        else:
            workspace_edit = types.WorkspaceEdit(changes={uri: [text_edit]})
        label = f"Trace: write back {path.name}" + (f"::{run.symbol}" if run.symbol else "")
        try:
            result = await ls.workspace_apply_edit_async(
                types.ApplyWorkspaceEditParams(edit=workspace_edit, label=label)
            )
        except JsonRpcException as exc:
            return await _conflict(ls, run, edit, f"the client refused workspace/applyEdit: {exc}")
        if not result.applied:
            return await _conflict(
                ls,
                run,
                edit,
                f"the client did not apply the edit: {result.failure_reason or 'no reason given'}",
            )
        method = "workspace/applyEdit"
    else:
        plan = writeback.Plan(path, edit.base_text, edit.new_text)
        try:
            await call_service(ls, protocol.OPTIMIZE, writeback.write_file, plan, Path(run.workspace_root))
        except writeback.WriteConflict as exc:
            return await _conflict(ls, run, edit, str(exc))
        method = "file"
    return await _recorded(ls, run, edit, method, sent)


async def _recorded(
    ls: TrainerServer, run: Run, edit: ProposedEdit, method: str, sent: dict[str, Any]
) -> WriteBackOutcome:
    from trainerd.optimize import service
    from trainerd.optimize.runs import WriteBackOutcome

    kept = await call_service(
        ls, protocol.OPTIMIZE, service.record_applied_edit, edit, run.symbol, method, sent
    )
    return WriteBackOutcome(
        "written_back",
        f"{Path(edit.file).name}: the validated candidate was written back via {method}",
        method,
        sent,
        None,
        kept,
    )


async def _conflict(ls: TrainerServer, run: Run, edit: ProposedEdit, reason: str) -> WriteBackOutcome:
    from trainerd.optimize import service
    from trainerd.optimize.runs import Conflict, WriteBackOutcome

    candidate = run.candidate
    conflict = Conflict(
        reason,
        edit.file,
        candidate.candidate_file if candidate else None,
        candidate.diff_file if candidate else None,
        f"trainerd write-back {run.workspace_root} --candidate {edit.candidate}"
        + (f" --symbol {run.symbol}" if run.symbol else ""),
    )
    await call_service(
        ls, protocol.OPTIMIZE, service.record_refused_edit, edit, run.symbol, reason, wire(conflict)
    )
    return WriteBackOutcome("conflict", f"not written back: {reason}", conflict=conflict)
