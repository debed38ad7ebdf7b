"""LSP wiring of the workspace service: ``trainer/resolveWorkspace``, blocker diagnostics, and the
"Create engineering review" code action / ``trainer.createReview`` command."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from trainerd import protocol
from trainerd.features.base import LanguageFeature
from trainerd.features.common import (
    call_service,
    check_inside_workspace,
    command_params,
    first_folder,
    path_of,
    to_uri,
    wire,
)

if TYPE_CHECKING:
    from trainerd.server import TrainerServer
    from trainerd.workspace.contract import OutputContract

OWNER = "workspace-blockers"
SOURCE = "trainer"


def _symbol_range(path: str, symbol: str | None) -> types.Range:
    """The symbol's ``def``/``class`` line, else the first line of the file."""
    line = 0
    if symbol:
        try:
            from trainerd.workspace.target import symbols_in

            with open(path, encoding="utf-8") as fh:
                line = symbols_in(fh.read()).get(symbol, (1, 1))[0] - 1
        except (OSError, SyntaxError, UnicodeDecodeError):
            line = 0
    return types.Range(
        start=types.Position(line=line, character=0), end=types.Position(line=line, character=200)
    )


def publish_blockers(ls: TrainerServer, contract: OutputContract, uri: str | None = None) -> None:
    """Blockers as warnings on the target file (source ``trainer``), replaced on every change.

    ``uri``: the document's URI as the client spelled it (defaults to the target's resolved path).
    """
    uri = uri or to_uri(contract.target.absolute_path)
    rng = _symbol_range(contract.target.absolute_path, contract.target.symbol)
    diagnostics = [
        types.Diagnostic(
            range=rng,
            message=f"{b.message}" + (f" Fix: {b.fix}" if b.fix else ""),
            severity=types.DiagnosticSeverity.Warning,
            source=SOURCE,
            code=b.code,
            data={
                "target": contract.target.absolute_path,
                "symbol": contract.target.symbol,
                "artifact": b.artifact,
            },
        )
        for b in contract.blockers
    ]
    ls.diagnostics.set(uri, OWNER, diagnostics)


# blocker code -> (title, command) of the code action that fixes it
_FIXES = {
    "review_missing": ("Create engineering review", protocol.CMD_CREATE_REVIEW),
    "status_corrupt": (
        "Repair workflow-status.json (the broken file is kept aside)",
        protocol.CMD_REPAIR_WORKSPACE,
    ),
}


def _blocker_actions(ls: TrainerServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    actions = []
    for diag in params.context.diagnostics:
        if diag.source != SOURCE or diag.code not in _FIXES:
            continue
        title, command = _FIXES[str(diag.code)]
        data = diag.data if isinstance(diag.data, dict) else {}
        args = [{"path": data.get("target") or "", "symbol": data.get("symbol")}]
        actions.append(
            types.CodeAction(
                title=title,
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diag],
                is_preferred=True,
                command=types.Command(title=title, command=command, arguments=args),
            )
        )
    return actions


class WorkspaceFeature(LanguageFeature):
    """``trainer/resolveWorkspace``, blockers as diagnostics on open/save, and the commands that fix
    them (create the review checkpoint, repair a corrupt status file)."""

    name = "workspace"

    def register(self) -> None:
        server = self.server
        server.code_actions.add(_blocker_actions)

        @server.feature(protocol.RESOLVE_WORKSPACE)
        async def resolve_workspace(ls: TrainerServer, params: Any) -> dict[str, Any]:
            from trainerd.workspace import service

            method = protocol.RESOLVE_WORKSPACE
            p = protocol.parse_params(protocol.ResolveWorkspaceParams, params, method)
            path = _target_path(ls, p.uri, p.path, method)
            contract = await call_service(ls, method, service.resolve, str(path), p.symbol, p.create)
            publish_blockers(ls, contract)
            return wire(contract)

        @server.command(protocol.CMD_CREATE_REVIEW)
        async def create_review(ls, *args):  # no annotations: pygls evaluates them at call time
            from trainerd.workspace import service

            p, method = command_params(
                args, protocol.CMD_CREATE_REVIEW, protocol.CreateReviewParams, "{path|uri, symbol?}"
            )
            path = _target_path(ls, p.uri, p.path, method)
            result = await call_service(
                ls, method, service.create_review, str(path), p.symbol, p.feedback_command
            )
            publish_blockers(ls, result.contract)
            return wire(result)

        @server.command(protocol.CMD_REPAIR_WORKSPACE)
        async def repair_workspace(ls, *args):  # no annotations: pygls evaluates them at call time
            from trainerd.workspace import service

            p, method = command_params(
                args, protocol.CMD_REPAIR_WORKSPACE, protocol.ResolveWorkspaceParams, "{path|uri, symbol?}"
            )
            path = _target_path(ls, p.uri, p.path, method)
            moved, contract = await call_service(ls, method, service.repair, str(path), p.symbol)
            publish_blockers(ls, contract)
            return {"movedTo": str(moved) if moved else None, "contract": wire(contract)}

    async def did_open(self, params: types.DidOpenTextDocumentParams) -> None:
        """A Python file that already has a trainer workspace shows its blockers as soon as it opens
        (read-only: files without a workspace publish nothing)."""
        uri = params.text_document.uri
        if uri.startswith("file:") and uri.endswith((".py", ".pyw")):
            await self._refresh_blockers(uri, opened=True)

    async def did_save(self, params: types.DidSaveTextDocumentParams) -> None:
        """Saving the review (or any workspace file) or the target refreshes the target's blockers."""
        uri = params.text_document.uri
        if uri.startswith("file:"):
            await self._refresh_blockers(uri, opened=False)

    async def _refresh_blockers(self, uri: str, opened: bool) -> None:
        import asyncio

        from pygls import uris

        from trainerd.workspace import service

        fs_path = uris.to_fs_path(uri)
        if not fs_path:
            return
        target = fs_path if opened else service.target_of_file(fs_path)
        if target is None:
            return
        loop = asyncio.get_running_loop()
        contract = await loop.run_in_executor(self.server.thread_pool, service.resolve_existing, target)
        if contract is not None:
            publish_blockers(self.server, contract, uri if target == fs_path else None)


def _target_path(ls: TrainerServer, uri: str | None, path: str | None, method: str) -> Path:
    target = path_of(uri, path, "", method, first_folder(ls))
    check_inside_workspace(ls, target, "uri" if uri else "path", method)
    return target
