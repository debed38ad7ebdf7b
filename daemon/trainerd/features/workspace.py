"""LSP wiring of the workspace service: ``trainer/resolveWorkspace``, blocker diagnostics, and the
"Create engineering review" code action / ``trainer.createReview`` command."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lsprotocol import types

from trainerd import protocol
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


async def _blockers_on_open(ls: TrainerServer, params: types.DidOpenTextDocumentParams) -> None:
    """A Python file that already has a trainer workspace shows its blockers as soon as it opens.

    Read-only (nothing is created): files without a workspace publish nothing.
    """
    uri = params.text_document.uri
    if not uri.startswith("file:") or not uri.endswith((".py", ".pyw")):
        return
    import asyncio

    from pygls import uris

    from trainerd.workspace import service

    fs_path = uris.to_fs_path(uri)
    if not fs_path:
        return
    loop = asyncio.get_running_loop()
    contract = await loop.run_in_executor(ls.thread_pool, service.resolve_existing, fs_path)
    if contract is not None:
        publish_blockers(ls, contract, uri)


def _target_of_saved_file(fs_path: str) -> str | None:
    """The target whose blockers a saved file can change: a Python file itself, or the target of the
    trainer workspace the file lies in (``<dir>/.trainer-workspace/<code-name>/…``)."""
    from pathlib import Path

    from trainerd.workspace.target import WORKSPACE_DIRNAME

    path = Path(fs_path)
    parts = path.parts
    if WORKSPACE_DIRNAME in parts:
        at = len(parts) - 1 - parts[::-1].index(WORKSPACE_DIRNAME)
        if at + 1 < len(parts) - 1:
            target_dir, code_name = Path(*parts[:at]), parts[at + 1]
            for suffix in (".py", ".pyw"):
                if (target_dir / f"{code_name}{suffix}").is_file():
                    return str(target_dir / f"{code_name}{suffix}")
        return None
    return fs_path if path.suffix in (".py", ".pyw") else None


async def _blockers_on_save(ls: TrainerServer, params: types.DidSaveTextDocumentParams) -> None:
    """Saving the review (or any workspace file) or the target refreshes the target's blockers, read-only."""
    uri = params.text_document.uri
    if not uri.startswith("file:"):
        return
    import asyncio

    from pygls import uris

    from trainerd.workspace import service

    fs_path = uris.to_fs_path(uri)
    target = _target_of_saved_file(fs_path) if fs_path else None
    if target is None:
        return
    loop = asyncio.get_running_loop()
    contract = await loop.run_in_executor(ls.thread_pool, service.resolve_existing, target)
    if contract is not None:
        publish_blockers(ls, contract, uri if target == fs_path else None)


def register(server: TrainerServer) -> None:
    server.code_actions.add(_blocker_actions)
    server.documents.add("open", _blockers_on_open)
    server.documents.add("save", _blockers_on_save)

    @server.feature(protocol.RESOLVE_WORKSPACE)
    async def resolve_workspace(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.workspace import service

        p = protocol.parse_params(protocol.ResolveWorkspaceParams, params, protocol.RESOLVE_WORKSPACE)
        path = path_of(p.uri, p.path, "", protocol.RESOLVE_WORKSPACE, first_folder(ls))
        check_inside_workspace(ls, path, "uri" if p.uri else "path", protocol.RESOLVE_WORKSPACE)
        spec = str(path)
        contract = await call_service(
            ls, protocol.RESOLVE_WORKSPACE, service.resolve, spec, p.symbol, p.create
        )
        publish_blockers(ls, contract)
        return as_dict(contract)

    @server.command(protocol.CMD_CREATE_REVIEW)
    async def create_review(ls, *args):  # no annotations: pygls evaluates them at call time
        from trainerd.workspace import service

        method = f"workspace/executeCommand {protocol.CMD_CREATE_REVIEW}"
        p = protocol.parse_params(
            protocol.CreateReviewParams, one_argument(args, method, "{path|uri, symbol?}"), method
        )
        path = path_of(p.uri, p.path, "", method, first_folder(ls))
        check_inside_workspace(ls, path, "uri" if p.uri else "path", method)
        spec = str(path)
        result = await call_service(ls, method, service.create_review, spec, p.symbol, p.feedback_command)
        publish_blockers(ls, result.contract)
        return as_dict(result)

    @server.command(protocol.CMD_REPAIR_WORKSPACE)
    async def repair_workspace(ls, *args):  # no annotations: pygls evaluates them at call time

        from trainerd.workspace import service

        method = f"workspace/executeCommand {protocol.CMD_REPAIR_WORKSPACE}"
        p = protocol.parse_params(
            protocol.ResolveWorkspaceParams, one_argument(args, method, "{path|uri, symbol?}"), method
        )
        path = path_of(p.uri, p.path, "", method, first_folder(ls))
        check_inside_workspace(ls, path, "uri" if p.uri else "path", method)
        moved, contract = await call_service(ls, method, service.repair, str(path), p.symbol)
        publish_blockers(ls, contract)
        return {"moved_to": str(moved) if moved else None, "contract": as_dict(contract)}
