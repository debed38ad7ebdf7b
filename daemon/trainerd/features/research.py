"""LSP wiring of the missing-data path: code actions on the ``no_feedback_signal`` blocker (and on
``dataset_unapproved``), and the ``trainer.research`` / ``trainer.synthesize`` /
``trainer.approveDataset`` commands. The generated test file is shown to the user with
``window/showDocument`` (its path is also in the result) so it is read before it is approved."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lsprotocol import types

from trainerd import protocol
from trainerd.data import to_plain
from trainerd.features.base import LanguageFeature
from trainerd.features.common import (
    call_service,
    check_inside_workspace,
    command_params,
    first_folder,
    one_argument,
    path_of,
    to_uri,
    wire,
)

if TYPE_CHECKING:
    from trainerd.server import TrainerServer

SOURCE = "trainer"


def _target_args(diag: types.Diagnostic, **extra: Any) -> list[dict[str, Any]]:
    data = diag.data if isinstance(diag.data, dict) else {}
    return [{"path": data.get("target") or "", "symbol": data.get("symbol"), **extra}]


def _actions(ls: TrainerServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    actions: list[types.CodeAction] = []
    for diag in params.context.diagnostics:
        if diag.source != SOURCE:
            continue
        offers: list[tuple[str, str, dict[str, Any], bool]]
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
    """The ``editor`` model for specification cases: the same ``trainer/complete`` bridge as a run."""
    from trainerd.features.optimize import editor_completer

    return editor_completer(ls, f"synthesize:{workspace}")


class _Progress:
    """A ``$/progress`` bar for one long command (research runs tests, synthesis runs the code twice
    and the generated suite twice); skipped when the client does not support work-done progress."""

    def __init__(self, ls: TrainerServer, title: str) -> None:
        self.ls, self.title = ls, title
        self.token: str | None = None

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


class ResearchFeature(LanguageFeature):
    """The missing-data path: code actions on its blockers and the research/synthesize/approve commands."""

    name = "research"

    def register(self) -> None:
        _register(self.server)


def _register(server: TrainerServer) -> None:
    server.code_actions.add(_actions)

    @server.command(protocol.CMD_RESEARCH)
    async def research_command(ls, *args):  # no annotations: pygls evaluates them at call time
        from trainerd.research.brief import research

        p, method = command_params(
            args, protocol.CMD_RESEARCH, protocol.ResearchParams, "{path|uri, symbol, ...}"
        )
        path = path_of(p.uri, p.path, "", method, first_folder(ls))
        check_inside_workspace(ls, path, "uri" if p.uri else "path", method)
        async with _Progress(ls, f"Researching {path.name}::{p.symbol or ''}") as bar:
            result = await call_service(
                ls, method, research, str(path), p.symbol, not p.fresh, True, ls.settings.interpreter
            )
            bar.done("brief reused" if result.reused else "brief written")
        data = {k: v for k, v in wire(result).items() if k != "brief"}
        data["briefUri"] = to_uri(result.brief_md_absolute)
        if _client_shows_documents(ls):
            ls.window_show_document(types.ShowDocumentParams(uri=data["briefUri"], take_focus=True))
        return data

    @server.command(protocol.CMD_SYNTHESIZE)
    async def synthesize_command(ls, *args):
        from trainerd.research.synthesize import synthesize

        method = f"workspace/executeCommand {protocol.CMD_SYNTHESIZE}"
        raw = to_plain(one_argument(args, method, "{path|uri, symbol, ...}"))
        if isinstance(raw, dict) and raw.get("goal") is None:  # no goal: the service picks it
            raw = {k: v for k, v in raw.items() if k != "goal"}
        p = protocol.parse_params(protocol.SynthesizeParams, raw, method)
        path = path_of(p.uri, p.path, "", method, first_folder(ls))
        check_inside_workspace(ls, path, "uri" if p.uri else "path", method)
        model = p.model or ls.settings.model
        completer = _editor_completer(ls, str(path)) if (model or "") == "editor" else None
        what = {"keep": "characterization tests", "change": "specification tests"}.get(p.goal or "", "tests")
        async with _Progress(ls, f"Synthesizing {what} for {path.name}::{p.symbol or ''}") as bar:
            result = await call_service(
                ls,
                method,
                synthesize,
                str(path),
                p.symbol,
                goal=p.goal,
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
        data = {k: v for k, v in wire(result).items() if k != "brief"}
        shown = result.test_file_absolute or result.followup_report_absolute
        data["testFileUri"] = to_uri(result.test_file_absolute) if result.test_file_absolute else None
        if p.show and shown and _client_shows_documents(ls):
            ls.window_show_document(types.ShowDocumentParams(uri=to_uri(shown), take_focus=True))
        return data

    @server.command(protocol.CMD_APPROVE_DATASET)
    async def approve_command(ls, *args):
        from trainerd.research.approval import approve

        p, method = command_params(
            args, protocol.CMD_APPROVE_DATASET, protocol.ApproveDatasetParams, "{path|uri, symbol, ...}"
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
        return wire(result)
