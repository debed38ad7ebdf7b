"""LSP wiring of triage: ``trainer/triage`` (results in camelCase), diagnostics at the user's frames
and fixes as code actions (``trainer.applyFix``).

The classified errors of live sessions come from the training feature's session supervisor (a listener
for its ``TriageUpdate`` objects); its crash / flag events are the training feature's notifications.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from trainerd import protocol
from trainerd.features.base import LanguageFeature
from trainerd.features.common import (
    as_dict,
    call_service,
    command_params,
    confine,
    confinement,
    first_folder,
    path_of,
    to_uri,
    wire,
)

if TYPE_CHECKING:
    from trainerd.server import TrainerServer

SOURCE = "trainer"
OWNER_PREFIX = "triage:"
PASTED_OWNER = "triage:pasted"
_SEVERITY = {
    "runtime": types.DiagnosticSeverity.Error,
    "logic": types.DiagnosticSeverity.Warning,
    "unknown": types.DiagnosticSeverity.Warning,
}


# A fix that runs a command must be one this daemon proposed: its proposal travels through the client
# (diagnostic data, code action arguments) and comes back sealed with a key the client never sees.
_SEAL_KEY = os.urandom(32)


def seal(proposal: Any) -> str:
    """HMAC of a fix proposal (canonical JSON), as :func:`_apply_fix` checks it."""
    import hashlib  # not at start-up: OpenSSL's hashes are a megabyte the first lens does not need
    import hmac

    canonical = json.dumps(proposal, sort_keys=True, separators=(",", ":"), ensure_ascii=True, default=str)
    return hmac.new(_SEAL_KEY, canonical.encode(), hashlib.sha256).hexdigest()


class _Published:
    """Which documents each triage owner has diagnostics on, so a refresh can clear the stale ones."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.uris: dict[str, set[str]] = {}


def _local_file(path: str, cwd: Path) -> Path | None:
    from trainerd.triage.fixes import FixContext, source_path

    p = source_path(path, FixContext(cwd=cwd))
    return p if p.is_file() else None


def triage_diagnostics(
    results: list, log_path: Path, cwd: Path, context: dict
) -> dict[str, list[types.Diagnostic]]:
    """One diagnostic per classified error, on the user's frame (else on the log line), grouped by URI."""
    from trainerd.triage.classify import shown_name

    log_uri = to_uri(log_path)
    by_uri: dict[str, list[types.Diagnostic]] = {}
    seen: set[tuple] = set()
    for t in results:
        log_line = max((t.log_lines.get("exception") or t.log_lines.get("start") or 1) - 1, 0)
        local = _local_file(t.frame.file, cwd) if t.frame else None
        if local is not None and t.frame is not None:
            uri, line = to_uri(local), max(t.frame.line - 1, 0)
        else:
            uri, line = log_uri, log_line
        key = (uri, line, t.signature)
        if key in seen:  # the same error printed by several ranks: one diagnostic
            continue
        seen.add(key)
        label = f"{t.category} ({t.kind})" if t.category else "unknown"
        root = "root cause: " if t.root_cause and len(results) > 1 else ""
        message = f"{root}{label}: {t.explanation}"
        if t.reassess:
            message += " " + t.reassess["message"]
        elif t.fix:
            message += " " + t.fix
        data = {
            "kind": "triage",
            "signature": t.signature,
            "category": t.category,
            "proposal": t.proposal,
            "proposalSeal": seal(t.proposal) if t.proposal else None,
            "triage": {
                "signature": t.signature,
                "category": t.category,
                "exception": t.exception,
                "message": t.message[:500],
                "frame": as_dict(t.frame),
            },
            **context,
        }
        by_uri.setdefault(uri, []).append(
            types.Diagnostic(
                range=types.Range(
                    start=types.Position(line=line, character=0),
                    end=types.Position(line=line, character=1000),
                ),
                message=message,
                severity=_SEVERITY.get(t.kind, types.DiagnosticSeverity.Warning),
                source=SOURCE,
                code=t.category or "unknown",
                related_information=[
                    types.DiagnosticRelatedInformation(
                        location=types.Location(
                            uri=log_uri,
                            range=types.Range(
                                start=types.Position(line=log_line, character=0),
                                end=types.Position(line=log_line, character=1000),
                            ),
                        ),
                        message=f"{shown_name(t)} at line {log_line + 1} of {log_path.name}",
                    )
                ],
                data=data,
            )
        )
    return by_uri


def publish(ls: TrainerServer, owner: str, by_uri: dict[str, list[types.Diagnostic]]) -> None:
    published: _Published = ls._triage_published  # type: ignore[attr-defined]
    with published.lock:
        stale = published.uris.get(owner, set()) - set(by_uri)
        published.uris[owner] = set(by_uri)
    for uri in stale:
        ls.diagnostics.set(uri, owner, [])
    for uri, diagnostics in by_uri.items():
        ls.diagnostics.set(uri, owner, diagnostics)


def _fix_actions(ls: TrainerServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    actions = []
    for diag in params.context.diagnostics:
        try:
            action = _fix_action(diag)
        except (TypeError, KeyError, ValueError, AttributeError) as exc:  # data the client changed
            logging.getLogger(__name__).warning("no fix action for a diagnostic with malformed data: %s", exc)
            continue
        if action is not None:
            actions.append(action)
    return actions


def _fix_action(diag: types.Diagnostic) -> types.CodeAction | None:
    data = diag.data if isinstance(diag.data, dict) else None
    if diag.source != SOURCE or not data or data.get("kind") != "triage" or not data.get("proposal"):
        return None
    proposal = data["proposal"]
    args = {
        "fix": proposal,
        "seal": data.get("proposalSeal"),
        "cwd": data.get("cwd"),
        "session_dir": data.get("session_dir"),
        "triage": data.get("triage"),
        "command": data.get("command"),
    }
    only_edits = proposal.get("edits") and not (
        proposal.get("create_dirs") or proposal.get("command") or proposal.get("new_command")
    )
    edit = None
    if only_edits:
        changes: dict[str, list[types.TextEdit]] = {}
        for e in proposal["edits"]:
            line = e["line"] - 1
            changes.setdefault(to_uri(e["file"]), []).append(
                types.TextEdit(
                    range=types.Range(
                        start=types.Position(line=line, character=e["start"]),
                        end=types.Position(line=line, character=e["end"]),
                    ),
                    new_text=e["new"],
                )
            )
        edit = types.WorkspaceEdit(changes=changes)
        args["editor_applied"] = True  # the command only records the fix in fixes.json
    title = f"trainerd: {proposal.get('title') or 'apply fix'}"
    return types.CodeAction(
        title=title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diag],
        is_preferred=True,
        edit=edit,
        command=types.Command(title=title, command=protocol.CMD_APPLY_FIX, arguments=[args]),
    )


def _on_supervisor(ls: TrainerServer, obj: Any) -> None:
    """A session's classified errors changed: publish them as diagnostics (supervisor thread)."""
    from trainerd.training.watch import TriageUpdate

    if not isinstance(obj, TriageUpdate):
        return
    context = {
        "session": obj.session,
        "session_dir": str(obj.session_dir),
        "cwd": str(obj.cwd),
        "command": obj.command,
    }
    by_uri = triage_diagnostics(obj.results, obj.log_path, obj.cwd, context)
    publish(ls, f"{OWNER_PREFIX}{obj.session}", by_uri)


class TriageFeature(LanguageFeature):
    """``trainer/triage``, ``trainer.applyFix``, fix code actions, and the diagnostics of live sessions'
    errors (from the training feature's session supervisor, registered before this feature)."""

    name = "triage"

    def register(self) -> None:
        server = self.server
        server._triage_published = _Published()  # type: ignore[attr-defined]
        server.code_actions.add(_fix_actions)
        server.training_supervisor.add_listener(lambda obj: _on_supervisor(server, obj))  # type: ignore[attr-defined]

        @server.feature(protocol.TRIAGE)
        async def triage(ls: TrainerServer, params: Any) -> dict[str, Any]:
            return await _triage(ls, params)

        @server.command(protocol.CMD_APPLY_FIX)
        async def apply_fix(ls, *args):  # no annotations: pygls evaluates them at call time
            return await _apply_fix(ls, *args)


def _editor_completer(ls: TrainerServer) -> Any:
    from trainerd.features.optimize import editor_completer

    return editor_completer(ls)


async def _triage(ls: TrainerServer, params: Any) -> dict[str, Any]:
    from trainerd.monitor import flags_for_text
    from trainerd.triage import service

    p = protocol.parse_params(protocol.TriageParams, params, protocol.TRIAGE)
    base = first_folder(ls)
    path = path_of(p.uri, p.path, "", protocol.TRIAGE, base) if p.text is None and (p.uri or p.path) else None
    if path is not None:  # a regular file inside the workspace (never a pipe, a device or stdin)
        path = confine(ls, path, "uri" if p.uri else "path", protocol.TRIAGE, kind="file")
    cwd = confine(ls, p.cwd, "cwd", protocol.TRIAGE, kind="dir") if p.cwd else None
    report = await call_service(
        ls,
        protocol.TRIAGE,
        service.triage_request,
        text=p.text,
        path=path,
        root=base,
        cwd=cwd,
        command=p.command,
        session=p.session,
        model=ls.settings.model,
        completer=_editor_completer(ls) if ls.settings.model == "editor" else None,
        monitor=flags_for_text,
    )
    if p.publish:
        context = {
            "session": p.session,
            "session_dir": report.session_dir,
            "cwd": report.cwd,
            "command": report.command,
        }
        cwd = Path(report.cwd) if report.cwd else Path.cwd()
        log = Path(report.source) if report.source else cwd / "pasted-traceback.txt"
        publish(ls, PASTED_OWNER, triage_diagnostics(report.errors, log, cwd, context))
    result = wire(report)
    for error in result.get("errors", []):  # a client that applies a proposal itself sends the seal back
        if isinstance(error, dict) and error.get("proposal"):
            error["proposalSeal"] = seal(error["proposal"])
    return result


async def _apply_fix(ls: TrainerServer, *args: Any) -> dict[str, Any]:
    from pygls.exceptions import JsonRpcInvalidParams

    from trainerd.errors import TrainerError
    from trainerd.project.confine import check_fix
    from trainerd.triage import service

    p, method = command_params(args, protocol.CMD_APPLY_FIX, protocol.ApplyFixParams, "{fix, cwd, ...}")
    if isinstance(p.fix, dict) and p.fix.get("command"):
        ls.require_trust(method, "this fix runs a command in the project")
        import hmac

        if not (isinstance(p.seal, str) and hmac.compare_digest(p.seal, seal(p.fix))):
            raise JsonRpcInvalidParams(
                f"{method}: field 'seal': a fix that runs a command must be one this daemon proposed, "
                "unchanged (triage the error again and apply its fix)"
            )
    cwd = confine(ls, p.cwd, "cwd", method, kind="dir")  # edits, folders and fixes.json stay inside
    session_dir = confine(ls, p.session_dir, "sessionDir", method, kind="dir") if p.session_dir else None
    try:
        check_fix(confinement(ls), p.fix, cwd)
    except TrainerError as exc:
        raise JsonRpcInvalidParams(f"{method}: field '{exc.field}': {exc}") from None
    record = await call_service(
        ls,
        method,
        service.apply,
        p.fix,
        cwd,
        triage=p.triage,
        session_dir=session_dir,
        command=p.command,
        editor_applied=p.editor_applied,
    )
    return record
