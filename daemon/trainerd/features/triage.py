"""LSP wiring of triage and the session watcher: ``trainer/triage``, diagnostics at the user's frames,
fixes as code actions (``trainer.applyFix``), and ``trainer/sessionEvent`` crash / flag notifications.

The log watcher starts once the client has initialized (re-attaching to the sessions already on
disk), follows the workspace folders the client adds later and any root the training feature
launches a session in (``server.session_listeners``).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from trainerd import protocol
from trainerd.features.common import as_dict, call_service, one_argument, path_of, to_uri, workspace_roots

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
                        message=f"{t.exception.rsplit('.', 1)[-1]} at line {log_line + 1} of {log_path.name}",
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
        data = diag.data if isinstance(diag.data, dict) else None
        if diag.source != SOURCE or not data or data.get("kind") != "triage" or not data.get("proposal"):
            continue
        proposal = data["proposal"]
        args = {
            "fix": proposal,
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
        actions.append(
            types.CodeAction(
                title=title,
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diag],
                is_preferred=True,
                edit=edit,
                command=types.Command(title=title, command=protocol.CMD_APPLY_FIX, arguments=[args]),
            )
        )
    return actions


def _start_watcher(ls: TrainerServer, roots: list[Path]) -> None:
    from trainerd.training.watch import SessionWatcher

    def on_event(event: dict) -> None:
        ls.notify(protocol.SESSION_EVENT, event)

    def on_triage(state, results: list) -> None:
        context = {
            "session": state.name,
            "session_dir": str(state.directory),
            "cwd": str(state.cwd or state.root),
            "command": state.command,
        }
        by_uri = triage_diagnostics(results, state.log_path, state.cwd or state.root, context)
        publish(ls, f"{OWNER_PREFIX}{state.name}", by_uri)

    watcher = SessionWatcher(
        roots, on_event=on_event, on_triage=on_triage, settings=lambda: ls.settings.monitor
    )
    ls._session_watcher = watcher  # type: ignore[attr-defined]
    watcher.start()


def register(server: TrainerServer) -> None:
    server._triage_published = _Published()  # type: ignore[attr-defined]
    server._session_watcher = None  # type: ignore[attr-defined]
    server.code_actions.add(_fix_actions)

    def start_when_initialized() -> None:
        # the workspace folders are known once initialize ran (it sets server.loop); the training
        # feature's registry watcher waits the same way
        while server.loop is None:
            time.sleep(0.05)
        _start_watcher(server, workspace_roots(server))

    threading.Thread(target=start_when_initialized, name="trainerd-log-watcher-start", daemon=True).start()

    def on_session_change(kind: str, record: Any) -> None:
        # a session launched under a root that is not a workspace folder: watch that root too
        watcher = server._session_watcher  # type: ignore[attr-defined]
        if watcher is not None and kind == "started" and getattr(record, "root", None):
            watcher.add_root(Path(record.root))

    if not hasattr(server, "session_listeners"):
        server.session_listeners = []  # type: ignore[attr-defined]
    server.session_listeners.append(on_session_change)  # type: ignore[attr-defined]

    def on_folders(ls: TrainerServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
        from pygls import uris

        added = [Path(p) for f in params.event.added if (p := uris.to_fs_path(f.uri))]
        watcher = ls._session_watcher  # type: ignore[attr-defined]
        if watcher is None:
            if added:
                _start_watcher(ls, added)
            return
        for root in added:
            watcher.add_root(root)

    server.documents.add("folders", on_folders)

    @server.feature(protocol.TRIAGE)
    async def triage(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from pygls.exceptions import JsonRpcInvalidParams

        from trainerd.triage import service

        p = protocol.parse_params(protocol.TriageParams, params, protocol.TRIAGE)
        roots = workspace_roots(ls)
        base = roots[0] if roots else None
        if p.text is None and not (p.uri or p.path):
            raise JsonRpcInvalidParams(
                f"{protocol.TRIAGE}: one of the fields 'text', 'uri' or 'path' is required"
            )
        source = None
        text = p.text
        if text is None:
            path = path_of(p.uri, p.path, "", protocol.TRIAGE, base)
            source = str(path)
            text = await call_service(ls, protocol.TRIAGE, service.read_source, str(path))
        cwd = Path(p.cwd) if p.cwd else base
        if cwd is not None and not cwd.is_absolute() and base is not None:
            cwd = base / cwd
        if cwd is not None and not cwd.is_dir():
            raise JsonRpcInvalidParams(f"{protocol.TRIAGE}: field 'cwd': {p.cwd} is not a directory")
        session_dir = None
        if p.session:
            if base is None or "/" in p.session or p.session.startswith("."):
                raise JsonRpcInvalidParams(
                    f"{protocol.TRIAGE}: field 'session': not a session name: {p.session!r}"
                )
            session_dir = base / ".trainer-workspace" / "training" / p.session
            if not session_dir.is_dir():
                raise JsonRpcInvalidParams(
                    f"{protocol.TRIAGE}: field 'session': no session {p.session!r} in {base}"
                )
        report = await call_service(
            ls,
            protocol.TRIAGE,
            service.triage_text,
            text,
            cwd=cwd,
            command=p.command,
            session_dir=session_dir,
            source=source,
        )
        if p.publish:
            context = {
                "session": p.session,
                "session_dir": str(session_dir) if session_dir else None,
                "cwd": str(cwd) if cwd else None,
                "command": p.command,
            }
            log = Path(source) if source else (cwd or Path.cwd()) / "pasted-traceback.txt"
            publish(ls, PASTED_OWNER, triage_diagnostics(report.errors, log, cwd or Path.cwd(), context))
        return as_dict(report)

    @server.command(protocol.CMD_APPLY_FIX)
    async def apply_fix(ls, *args):  # no annotations: pygls evaluates them at call time
        from trainerd.triage import service

        method = f"workspace/executeCommand {protocol.CMD_APPLY_FIX}"
        p = protocol.parse_params(
            protocol.ApplyFixParams, one_argument(args, method, "{fix, cwd, ...}"), method
        )
        record = await call_service(
            ls,
            method,
            service.apply,
            p.fix,
            p.cwd,
            triage=p.triage,
            session_dir=p.session_dir,
            command=p.command,
            editor_applied=p.editor_applied,
        )
        return record
