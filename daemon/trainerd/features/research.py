"""LSP wiring of the missing-data path: code actions on the ``no_feedback_signal`` blocker (and on
``dataset_unapproved``), and the ``trainer.research`` / ``trainer.synthesize`` /
``trainer.approveDataset`` commands. The generated test file is shown to the user with
``window/showDocument`` (its path is also in the result) so it is read before it is approved."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from lsprotocol import types

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
    from trainerd.server import TrainerServer

SOURCE = "trainer"
COMPLETE_TIMEOUT_S = 600.0


def _target_args(diag: types.Diagnostic, **extra: Any) -> list[dict[str, Any]]:
    data = diag.data if isinstance(diag.data, dict) else {}
    return [{"path": data.get("target") or "", "symbol": data.get("symbol"), **extra}]


def _actions(ls: TrainerServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    actions: list[types.CodeAction] = []
    for diag in params.context.diagnostics:
        if diag.source != SOURCE:
            continue
        if diag.code == "no_feedback_signal":
            offers = [
                (
                    "Synthesize characterization tests (keep the current behaviour)",
                    protocol.CMD_SYNTHESIZE,
                    {"goal": "keep"},
                    True,
                ),
                (
                    "Propose specification tests with the model (change the behaviour)",
                    protocol.CMD_SYNTHESIZE,
                    {"goal": "change"},
                    False,
                ),
                ("Research the target's tests, call sites and data", protocol.CMD_RESEARCH, {}, False),
            ]
        elif diag.code == "dataset_unapproved":
            offers = [
                (
                    "Approve the synthesized dataset as the feedback signal",
                    protocol.CMD_APPROVE_DATASET,
                    {},
                    True,
                ),
                ("Show the generated tests again", protocol.CMD_SYNTHESIZE, {"goal": None}, False),
            ]
        else:
            continue
        for title, command, extra, preferred in offers:
            actions.append(
                types.CodeAction(
                    title=title,
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diag],
                    is_preferred=preferred,
                    command=types.Command(
                        title=title, command=command, arguments=_target_args(diag, **extra)
                    ),
                )
            )
    return actions


def _editor_completer(ls: TrainerServer, workspace: str):
    """The ``editor`` model for specification cases: ``trainer/complete`` to the client, as in a run."""

    def complete(messages: list[dict[str, Any]], max_tokens: int, want_json: bool) -> str:
        from trainerd.features.optimize import client_answers_complete

        if not client_answers_complete(ls):
            raise RuntimeError("the client did not declare capabilities.experimental.trainerComplete")
        params = {
            "runId": f"synthesize:{workspace}",
            "messages": messages,
            "maxTokens": max_tokens,
            "json": want_json,
        }

        async def ask() -> Any:
            return to_plain(await asyncio.wrap_future(ls.protocol.send_request(protocol.COMPLETE, params)))

        assert ls.loop is not None
        result = asyncio.run_coroutine_threadsafe(ask(), ls.loop).result(timeout=COMPLETE_TIMEOUT_S)
        content = result.get("content") if isinstance(result, dict) else result
        if not isinstance(content, str):
            raise RuntimeError("the client's trainer/complete answer has no 'content' string")
        return content

    return complete


class _Progress:
    """A ``$/progress`` bar for one long command (research runs tests, synthesis runs the code twice
    and the generated suite twice); skipped when the client does not support work-done progress."""

    def __init__(self, ls: TrainerServer, title: str) -> None:
        self.ls, self.title, self.token = ls, title, None

    async def __aenter__(self) -> _Progress:
        import uuid

        caps = self.ls.client_capabilities
        window = getattr(caps, "window", None) if caps is not None else None
        if window is None or not window.work_done_progress:
            return self
        token = f"trainer/missing-data/{uuid.uuid4().hex[:12]}"
        try:
            await self.ls.work_done_progress.create_async(token)
        except Exception:  # a client may refuse the token: the work goes on without a bar
            return self
        self.token = token
        self.ls.work_done_progress.begin(
            token, types.WorkDoneProgressBegin(title=self.title, cancellable=False)
        )
        return self

    def done(self, message: str) -> None:
        if self.token is not None:
            self.ls.work_done_progress.end(self.token, types.WorkDoneProgressEnd(message=message))
            self.token = None

    async def __aexit__(self, exc_type, exc, tb) -> None:
        self.done(f"failed: {exc}" if exc is not None else "done")


def _client_shows_documents(ls: TrainerServer) -> bool:
    caps = ls.client_capabilities
    return bool(caps and caps.window and caps.window.show_document and caps.window.show_document.support)


async def _republish(ls: TrainerServer, path: str, symbol: str | None, method: str) -> None:
    from trainerd.features.workspace import publish_blockers
    from trainerd.workspace import service

    contract = await call_service(ls, method, service.resolve, path, symbol)
    publish_blockers(ls, contract)


def register(server: TrainerServer) -> None:
    server.code_actions.add(_actions)

    @server.command(protocol.CMD_RESEARCH)
    async def research_command(ls, *args):  # no annotations: pygls evaluates them at call time
        from trainerd.research.brief import research

        method = f"workspace/executeCommand {protocol.CMD_RESEARCH}"
        p = protocol.parse_params(
            protocol.ResearchParams, one_argument(args, method, "{path|uri, symbol, ...}"), method
        )
        path = path_of(p.uri, p.path, "", method, first_folder(ls))
        check_inside_workspace(ls, path, "uri" if p.uri else "path", method)
        async with _Progress(ls, f"Researching {path.name}::{p.symbol or ''}") as bar:
            result = await call_service(
                ls, method, research, str(path), p.symbol, not p.fresh, True, ls.settings.interpreter
            )
            bar.done("brief reused" if result.reused else "brief written")
        from pathlib import Path

        data = {k: v for k, v in as_dict(result).items() if k != "brief"}
        data["briefUri"] = to_uri(Path(result.brief["target"]["repo_root"]) / result.brief_md)
        if _client_shows_documents(ls):
            ls.window_show_document(types.ShowDocumentParams(uri=data["briefUri"], take_focus=True))
        return data

    @server.command(protocol.CMD_SYNTHESIZE)
    async def synthesize_command(ls, *args):
        from trainerd.research.synthesize import GOALS, synthesize

        method = f"workspace/executeCommand {protocol.CMD_SYNTHESIZE}"
        raw = to_plain(one_argument(args, method, "{path|uri, symbol, ...}"))
        goal_given = isinstance(raw, dict) and raw.get("goal") is not None
        if isinstance(raw, dict) and raw.get("goal") is None:
            raw = {k: v for k, v in raw.items() if k != "goal"}
        p = protocol.parse_params(protocol.SynthesizeParams, raw, method)
        if p.goal not in GOALS:
            from pygls.exceptions import JsonRpcInvalidParams

            raise JsonRpcInvalidParams(f"{method}: field 'goal': must be 'keep' or 'change', got {p.goal!r}")
        path = path_of(p.uri, p.path, "", method, first_folder(ls))
        check_inside_workspace(ls, path, "uri" if p.uri else "path", method)
        goal = p.goal if goal_given else _pending_goal(str(path), p.symbol) or p.goal
        model = p.model or ls.settings.model
        completer = _editor_completer(ls, str(path)) if (model or "") == "editor" else None
        async with _Progress(
            ls,
            f"Synthesizing {'characterization' if goal == 'keep' else 'specification'} tests "
            f"for {path.name}::{p.symbol or ''}",
        ) as bar:
            result = await call_service(
                ls,
                method,
                synthesize,
                str(path),
                p.symbol,
                goal=goal,
                model=model,
                response=p.response,
                force=p.force,
                max_cases=p.max_cases,
                hypothesis_cases=p.hypothesis_cases,
                instruction=p.instruction,
                complete=completer,
                interpreter=ls.settings.interpreter,
            )
            bar.done(result.state.replace("_", " "))
        await _republish(ls, str(path), p.symbol, method)
        data = as_dict(result)
        shown = result.test_file_absolute or _followup_abs(result, path)
        data["testFileUri"] = to_uri(result.test_file_absolute) if result.test_file_absolute else None
        if p.show and shown and _client_shows_documents(ls):
            ls.window_show_document(types.ShowDocumentParams(uri=to_uri(shown), take_focus=True))
        return data

    @server.command(protocol.CMD_APPROVE_DATASET)
    async def approve_command(ls, *args):
        from trainerd.research.approval import approve

        method = f"workspace/executeCommand {protocol.CMD_APPROVE_DATASET}"
        p = protocol.parse_params(
            protocol.ApproveDatasetParams, one_argument(args, method, "{path|uri, symbol, ...}"), method
        )
        if p.workspace:
            target: Any = path_of(None, p.workspace, "", method, first_folder(ls))
            check_inside_workspace(ls, target, "workspace", method)
            symbol = None
        else:
            target = path_of(p.uri, p.path, "", method, first_folder(ls))
            check_inside_workspace(ls, target, "uri" if p.uri else "path", method)
            symbol = p.symbol
        result = await call_service(ls, method, approve, str(target), symbol, ls.settings.interpreter)
        if not p.workspace:
            await _republish(ls, str(target), symbol, method)
        return as_dict(result)


def _followup_abs(result: Any, path) -> str | None:
    if not result.followup_report:
        return None
    from trainerd.workspace.target import find_repo_root

    return str(find_repo_root(path.parent) / result.followup_report)


def _pending_goal(path: str, symbol: str | None) -> str | None:
    """The goal of the dataset already proposed for the target (for "show the generated tests again")."""
    from trainerd.workspace.service import open_workspace

    try:
        status = open_workspace(path, symbol, create=False).read()
    except Exception:
        return None
    syn = (status.get("missing_data") or {}).get("synthesize") or {}
    return syn.get("goal")
