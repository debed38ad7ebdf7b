"""Runs in the editor: ``trainer/optimize``, ``trainer/cancel``, ``trainer/answerFollowup``, their
commands, ``trainer.exportReplay``, ``trainer.writeBack``, ``trainer.showWorkspace``, and the
"Optimize anyway" code action on an overridable blocker.

Each handler parses its params, calls the optimization service (:mod:`trainerd.optimize.service`,
through the run registry :mod:`trainerd.optimize.runs`) and shapes the answer (camelCase). What the
client sees while a run goes on (``$/progress``, ``trainer/runUpdated``, the final message), the
editor's model (``trainer/complete``) and applying a returned edit live in
:mod:`trainerd.features.optimize_runs`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams

from trainerd import protocol
from trainerd.features.base import LanguageFeature
from trainerd.features.common import (
    call_service,
    check_inside_workspace,
    command_params,
    confine,
    first_folder,
    path_of,
    to_uri,
    wire,
)
from trainerd.features.optimize_runs import (
    begin_progress,
    client_answers_complete,
    editor_completer,
    end_progress,
    manager_of,
    progress_of,
    progress_text,
    run_completer,
)

if TYPE_CHECKING:
    from trainerd.optimize.runs import Run
    from trainerd.optimize.types import OptimizeOptions
    from trainerd.server import TrainerServer

__all__ = ["OptimizeFeature", "client_answers_complete", "editor_completer"]

SETTLE_TIMEOUT_S = 30.0
OVERRIDE_TITLES = {
    "hidden_dependencies": "Optimize anyway (I checked the hidden dependencies)",
    "surface_too_broad": "Optimize anyway (I accept the broad surface)",
}


def _options(ls: TrainerServer, p: protocol.OptimizeParams, method: str) -> OptimizeOptions:
    """The run's options: the request's, else the settings, else the CLI's defaults; checked here so a
    bad one is the request's ``-32602``."""
    from trainerd.errors import TrainerError
    from trainerd.optimize.service import model_spec_error
    from trainerd.optimize.types import OptimizeOptions

    model = p.model or ls.settings.model
    if model and model.startswith("replay:"):
        replay = Path(model.removeprefix("replay:")).expanduser()
        base = first_folder(ls)
        if not replay.is_absolute() and base is not None:
            model = f"replay:{base / replay}"
    problem = model_spec_error(model, first_folder(ls))
    if problem:
        raise JsonRpcInvalidParams(f"{method}: field 'model': {problem}")
    options = OptimizeOptions.from_settings(
        ls.settings,
        feedback=p.feedback_command,
        model=model,
        iterations=p.iterations,
        allow=p.allow,
        write_back="return",
    )
    options.fresh = bool(p.fresh)
    try:
        options.check()
    except TrainerError as exc:
        name = {"feedback": "feedbackCommand"}.get(exc.field or "", exc.field or "params")
        raise JsonRpcInvalidParams(f"{method}: field '{name}': {exc}") from None
    return options


def _field_for(exc: Any, answer_field: str | None = None) -> str:
    """Our wire name for a field the engine names in its TrainerError."""
    names = {"response": answer_field or "answer", "workspace": "runId", "feedback": "feedbackCommand"}
    field = getattr(exc, "field", None) or "params"
    return names.get(field, field)


async def _await_start(
    ls: TrainerServer, run: Run, future: Any, method: str, answer_field: str | None = None
) -> None:
    """Wait until the engine is under way; its early TrainerError becomes the request's -32602."""
    from trainerd.errors import TrainerError

    try:
        await asyncio.wrap_future(future)
    except TrainerError as exc:
        state = progress_of(ls).get(run.id)
        if state is not None:
            end_progress(ls, state, f"Not started: {exc}")
        raise JsonRpcInvalidParams(f"{method}: field '{_field_for(exc, answer_field)}': {exc}") from None


def _started(ls: TrainerServer, run: Run) -> dict[str, Any]:
    progress = progress_of(ls).get(run.id)
    return {
        "runId": run.id,
        "state": run.state,
        "progressToken": progress.token if progress else None,
        "target": {"uri": to_uri(run.target_file), "symbol": run.symbol},
        "workspace": run.workspace_root,
        "model": run.options.model or "manual",
        "iterations": run.options.iterations,
    }


def _title(run: Run) -> str:
    return f"Optimizing {Path(run.target_file).name}" + (f"::{run.symbol}" if run.symbol else "")


async def _settled(run: Run | None) -> None:
    """Let a run that has reported its final state finish its thread (the engine releases its worker
    after the last event) before the same target is run again."""
    if run is None or run.done.is_set():
        return
    await asyncio.get_running_loop().run_in_executor(None, run.done.wait, SETTLE_TIMEOUT_S)


def _workspace_of(file: Path) -> Path:
    from trainerd.project.layout import WORKSPACE_DIRNAME
    from trainerd.workspace.target import code_name

    return file.parent / WORKSPACE_DIRNAME / code_name(file.name)


async def start_run(ls: TrainerServer, p: protocol.OptimizeParams, method: str) -> dict[str, Any]:
    """Check, reserve and start a run; answer with its id, or with the blockers."""
    from trainerd.features.workspace import publish_blockers
    from trainerd.optimize import service
    from trainerd.optimize.runs import RunRefused
    from trainerd.workspace.target import resolve_target

    path = path_of(p.uri, p.path, "", method, first_folder(ls))
    field = "uri" if p.uri else "path"
    check_inside_workspace(ls, path, field, method)
    options = _options(ls, p, method)
    file = path.resolve()
    if not file.is_file():  # the full check (and the symbol's) comes below, off the loop
        await call_service(ls, method, resolve_target, str(file), p.symbol)
    manager = manager_of(ls)
    previous = manager.for_target(_workspace_of(file), p.symbol)
    if previous is not None and not previous.active:
        await _settled(previous)
    try:
        run = manager.reserve(str(file), p.symbol, str(_workspace_of(file)), options)
    except RunRefused as exc:
        raise JsonRpcInvalidParams(f"{method}: field '{field}': {exc}") from None
    # the progress bar first: everything after it (symbol check, blockers) is reported under it
    progress_task = asyncio.ensure_future(begin_progress(ls, run, _title(run)))
    run.phase = "checking blockers"
    target = f"{file}::{p.symbol}" if p.symbol else str(file)
    try:
        await call_service(ls, method, resolve_target, str(file), p.symbol)
        contract, blockers = await call_service(ls, method, service.check, target, options)
    except BaseException:
        manager.forget(run)
        await progress_task
        state = progress_of(ls).get(run.id)
        if state is not None:
            end_progress(ls, state, "Not started")
        raise
    publish_blockers(ls, contract)
    if blockers:
        run.contract = contract
        manager.release(run, "blocked", blockers)
        await progress_task
        return {"runId": None, "state": "blocked", "blockers": wire(blockers), "contract": wire(contract)}
    completer = run_completer(ls, run) if options.model == "editor" else None
    started = manager.start(run, completer)
    await progress_task
    await _await_start(ls, run, started, method)
    return _started(ls, run)


def _find_run(
    ls: TrainerServer, run_id: str | None, uri: str | None, path: str | None, symbol: str | None, method: str
) -> Run | None:
    manager = manager_of(ls)
    if run_id:
        run = manager.get(run_id)
        if run is None:
            raise JsonRpcInvalidParams(f"{method}: field 'runId': no run {run_id!r} in this daemon")
        return run
    if not (uri or path):
        raise JsonRpcInvalidParams(f"{method}: one of the fields 'runId', 'uri' or 'path' is required")
    target = path_of(uri, path, "", method, first_folder(ls)).resolve()
    run = manager.for_target(_workspace_of(target), symbol)
    if run is None and symbol is None:  # the file's one run, whatever its target
        runs = manager.for_workspace(_workspace_of(target))
        run = runs[-1] if len(runs) == 1 else None
    return run


async def cancel_run(ls: TrainerServer, p: protocol.CancelParams, method: str) -> dict[str, Any]:
    """Cancel a running run, or abandon the follow-up a run waits for (its prompt is kept)."""
    from trainerd.optimize.runs import PAUSED

    run = _find_run(ls, p.run_id, p.uri, p.path, None, method)
    if run is None or not (run.active or run.state in PAUSED):
        field = "runId" if p.run_id else ("uri" if p.uri else "path")
        what = f"run {run.id} is {run.state}" if run is not None else "no run of this daemon on that target"
        raise JsonRpcInvalidParams(f"{method}: field '{field}': nothing to cancel: {what}")
    waiting = run.state in PAUSED
    await call_service(ls, method, manager_of(ls).cancel, run.id)
    return {"runId": run.id, "state": "cancelled" if waiting else "cancelling"}


async def answer_followup(ls: TrainerServer, p: protocol.AnswerFollowupParams, method: str) -> dict[str, Any]:
    """Hand the answer to the engine, which checks it, saves it and continues the loop (in the run's
    thread, with progress and updates like any run)."""
    from trainerd.optimize.runs import RunRefused
    from trainerd.workspace.target import resolve_target

    if (p.answer is None) == (p.file is None):
        raise JsonRpcInvalidParams(f"{method}: exactly one of the fields 'answer' or 'file' is required")
    manager = manager_of(ls)
    run = _find_run(ls, p.run_id, p.uri, p.path, p.symbol, method)
    if run is not None and run.active:
        raise JsonRpcInvalidParams(
            f"{method}: field 'runId': run {run.id} is {run.state}, not waiting for a follow-up answer"
        )
    text = p.answer
    if p.file is not None:  # a regular file inside the workspace (a pipe would block the event loop)
        answer_path = confine(ls, p.file, "file", method, kind="file")
        try:
            text = answer_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise JsonRpcInvalidParams(f"{method}: field 'file': cannot read {answer_path}: {exc}") from None
    assert text is not None
    await _settled(run)
    try:
        if run is not None and run.state == "followup_needed":
            manager.reuse(run)
        else:  # a follow-up left by an earlier daemon (or the CLI): found through its target
            field = "uri" if p.uri else "path"
            if not (p.uri or p.path):
                raise JsonRpcInvalidParams(
                    f"{method}: field 'runId': run {p.run_id} is not waiting for a follow-up"
                )
            path = path_of(p.uri, p.path, "", method, first_folder(ls))
            check_inside_workspace(ls, path, field, method)
            target = await call_service(ls, method, resolve_target, str(path), p.symbol)
            options = _options(ls, protocol.OptimizeParams(), method)
            run = manager.reserve(str(target.file), target.symbol, str(target.workspace_root), options)
    except RunRefused as exc:
        raise JsonRpcInvalidParams(f"{method}: field '{exc.field or 'runId'}': {exc}") from None
    progress_task = asyncio.ensure_future(begin_progress(ls, run, _title(run)))
    completer = run_completer(ls, run) if run.options.model == "editor" else None
    started = manager.start(run, completer, answer=text)
    await progress_task
    await _await_start(ls, run, started, method, "file" if p.file is not None else "answer")
    return _started(ls, run)


async def export_replay(ls: TrainerServer, p: protocol.ExportReplayParams, method: str) -> dict[str, Any]:
    """``trainerd export-replay``'s twin: the replay document of a recorded run (also written to
    ``output`` when given)."""
    from trainerd.optimize import service
    from trainerd.workspace.files import atomic_write_json

    if p.workspace:
        folder = path_of(None, p.workspace, "", method, first_folder(ls))
        check_inside_workspace(ls, folder, "workspace", method)
    else:
        file = path_of(p.uri, p.path, "", method, first_folder(ls))
        check_inside_workspace(ls, file, "uri" if p.uri else "path", method)
        folder = _workspace_of(file.resolve())
    data = await call_service(ls, method, service.export_replay, str(folder), p.iteration)
    if p.output:
        out = path_of(None, p.output, "", method, first_folder(ls))
        check_inside_workspace(ls, out, "output", method)
        await call_service(ls, method, atomic_write_json, out, data)
    return {"replay": data, "turns": len(data["turns"]), "output": str(p.output) if p.output else None}


async def write_back(ls: TrainerServer, p: protocol.WriteBackParams, method: str) -> dict[str, Any]:
    """``trainerd write-back``'s twin: a kept candidate written into the target as it is now."""
    from trainerd.optimize import service

    file = path_of(p.uri, p.path, "", method, first_folder(ls))
    check_inside_workspace(ls, file, "uri" if p.uri else "path", method)
    message, written = await call_service(
        ls,
        method,
        service.write_candidate_back,
        str(_workspace_of(file.resolve())),
        p.candidate,
        p.symbol,
        p.iteration,
    )
    ls.window_show_message(
        types.ShowMessageParams(type=types.MessageType.Info, message=f"trainerd: {message}")
    )
    return {"file": str(written), "message": message}


def _override_actions(ls: TrainerServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    """ "Optimize anyway" on a hidden-dependency or too-broad-surface blocker: runs with the override."""
    actions = []
    for diag in params.context.diagnostics:
        if diag.source != "trainer" or str(diag.code) not in OVERRIDE_TITLES:
            continue
        data = diag.data if isinstance(diag.data, dict) else {}
        title = OVERRIDE_TITLES[str(diag.code)]
        args = [{"path": data.get("target") or "", "symbol": data.get("symbol"), "allow": [str(diag.code)]}]
        actions.append(
            types.CodeAction(
                title=title,
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diag],
                command=types.Command(title=title, command=protocol.CMD_OPTIMIZE, arguments=args),
            )
        )
    return actions


def _command(command: str, cls: type, shape: str, handler: Callable[..., Awaitable[Any]]):
    """A ``workspace/executeCommand`` twin of a request: its one argument as the request's params."""

    async def run(ls, *args):
        p, method = command_params(args, command, cls, shape)
        return await handler(ls, p, method)

    return run


class OptimizeFeature(LanguageFeature):
    name = "optimize"

    def shutdown(self) -> None:
        manager = getattr(self.server, "_trainer_runs", None)
        if manager is not None:
            manager.close()

    def register(self) -> None:
        server = self.server
        server.code_actions.add(_override_actions)

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
        for command, cls, shape, handler in (
            (
                protocol.CMD_OPTIMIZE,
                protocol.OptimizeParams,
                "{uri|path, symbol?, model?, iterations?, feedbackCommand?, allow?}",
                start_run,
            ),
            (protocol.CMD_CANCEL, protocol.CancelParams, "{runId} or {uri|path}", cancel_run),
            (
                protocol.CMD_ANSWER_FOLLOWUP,
                protocol.AnswerFollowupParams,
                "{runId|uri|path, answer|file}",
                answer_followup,
            ),
            (
                protocol.CMD_EXPORT_REPLAY,
                protocol.ExportReplayParams,
                "{uri|path|workspace, iteration?, output?}",
                export_replay,
            ),
            (
                protocol.CMD_WRITE_BACK,
                protocol.WriteBackParams,
                "{uri|path, symbol?, candidate?, iteration?}",
                write_back,
            ),
        ):
            server.command(command)(_command(command, cls, shape, handler))

        @server.command(protocol.CMD_SHOW_WORKSPACE)
        async def show_workspace(ls, *args):
            from trainerd.features.workspace import publish_blockers
            from trainerd.workspace import service

            p, method = command_params(
                args, protocol.CMD_SHOW_WORKSPACE, protocol.ShowWorkspaceParams, "{uri|path, symbol?}"
            )
            path = path_of(p.uri, p.path, "", method, first_folder(ls))
            check_inside_workspace(ls, path, "uri" if p.uri else "path", method)
            contract = await call_service(ls, method, service.resolve, str(path), p.symbol)
            publish_blockers(ls, contract)
            opt = contract.optimization
            run = manager_of(ls).for_target(contract.workspace.absolute_root, contract.target.symbol)
            live = f"; live run {run.id}: {run.state} ({progress_text(run)})" if run is not None else ""
            ls.show_message(
                f"trainerd: {contract.target.file}: workspace {contract.workspace.root} is {contract.workspace.state}; "
                f"run {opt.status}{live}. Next: {contract.next_action}",
                types.MessageType.Info,
            )
            result = wire(contract)
            result["run"] = wire(run.view()) if run is not None else None
            return result
