"""LSP wiring of the surface service: code lenses (+ resolve), ``trainer/surfaces``, pre-run
diagnostics with their code actions, and ``workspace/codeLens/refresh`` when a workspace changes.

Lenses are cached per document version (and project-index generation and workspace stamp), so a
repeated request at the same version is a dictionary lookup. Analysis starts when a document
opens and shortly after edits stop, in the thread pool.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls import uris

from trainerd import protocol
from trainerd.features.base import LanguageFeature
from trainerd.features.common import call_service, check_inside_workspace, path_of, wire, workspace_roots

if TYPE_CHECKING:
    from trainerd.server import TrainerServer
    from trainerd.surface.documents import DocumentResult, DocumentStore
    from trainerd.surface.model import Finding
    from trainerd.surface.watch import StatusWatcher

OWNER = "surfaces"
SOURCE = "trainer"
OPTIMIZE_TITLE = "Optimize with Trace"
CHANGE_DELAY_S = 0.3  # analyse and publish diagnostics once typing pauses this long
REFRESH_DELAY_S = 0.05  # coalesce bursts of workspace writes into one lens refresh
_CODES = {
    "hidden_dependencies",
    "surface_too_broad",
    "trace_star_import",
    "trace_import_leak",
    "bundle_not_called",
    "syntax_error",
    "file_too_large",
    "notebook",
}
_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "information": types.DiagnosticSeverity.Information,
    "hint": types.DiagnosticSeverity.Hint,
}


class SurfaceState:
    """Per-server state: the document store, lens caches, pending timers and the status watcher."""

    def __init__(self, server: TrainerServer) -> None:
        self.server = server
        self._store: DocumentStore | None = None
        self.lenses: dict[str, tuple[tuple[Any, ...], list[types.CodeLens]]] = {}
        self.timers: dict[str, asyncio.TimerHandle] = {}
        self.refresh_timer: asyncio.TimerHandle | None = None
        self.watcher: StatusWatcher | None = None
        self.lock = threading.Lock()
        self.generations: dict[str, int] = {}
        self.lens_served = False  # a client that never asked for lenses is never asked to refresh them
        self.folders: list[Path] = []

    @property
    def store(self) -> DocumentStore:
        if self._store is None:
            from trainerd.surface.documents import DocumentStore

            self._store = DocumentStore()
            self._store.set_folders(self.folders)
            self._store.on_index_change = lambda: self.server.call_threadsafe(self.request_refresh)
        return self._store

    def set_folders(self, folders: list[Path]) -> None:
        """A project root never lies above the editor's workspace folder holding the file."""
        self.folders = folders
        if self._store is not None:
            self._store.set_folders(folders)

    def close(self) -> None:
        for timer in self.timers.values():
            timer.cancel()
        self.timers.clear()
        if self.watcher is not None:
            self.watcher.close()

    def watch(self, path: Path) -> None:
        if self.watcher is None:
            from trainerd.surface.watch import StatusWatcher

            self.watcher = StatusWatcher(self.on_status_change)
        self.watcher.watch_source_dir(path.parent)

    def on_status_change(self, source_dir: Path) -> None:  # watcher thread
        self.server.call_threadsafe(self.request_refresh)

    def request_refresh(self) -> None:
        """Ask the client to re-request lenses (once per burst), if it supports it and uses them."""
        if not self.lens_served or not _refresh_supported(self.server):
            return
        loop = self.server.loop
        if loop is None:
            return
        if self.refresh_timer is not None:
            self.refresh_timer.cancel()

        def send() -> None:
            self.refresh_timer = None
            self.server.workspace_code_lens_refresh(None)

        self.refresh_timer = loop.call_later(REFRESH_DELAY_S, send)


def _refresh_supported(server: TrainerServer) -> bool:
    caps = server.client_capabilities
    ws = caps.workspace if caps else None
    return bool(ws and ws.code_lens and ws.code_lens.refresh_support)


def _state(server: TrainerServer) -> SurfaceState:
    state = getattr(server, "_surface_state", None)
    if state is None:
        state = SurfaceState(server)
        server._surface_state = state  # type: ignore[attr-defined]
    return state


def _file_path(uri: str) -> Path | None:
    if not uri.startswith("file:"):
        return None
    fs = uris.to_fs_path(uri)
    return Path(fs) if fs else None


def _is_python(uri: str, language_id: str | None = None) -> bool:
    return language_id == "python" or uri.endswith((".py", ".pyw", ".pyi", ".ipynb"))


# --- analysis and diagnostics ---------------------------------------------------------------------
def analyze_document(server: TrainerServer, uri: str) -> DocumentResult | None:
    """The open document's analysis at its current version (blocking; call from the thread pool)."""
    doc = server.workspace.text_documents.get(uri)
    if doc is None:
        return None
    state = _state(server)
    _overlay(server, uri, doc.source)
    result = state.store.analyze(uri, _file_path(uri), doc.source, doc.version)
    previous = state.generations.get(uri)
    state.generations[uri] = result.generation
    if previous is not None and previous != result.generation:
        server.call_threadsafe(state.request_refresh)
    return result


def _range(f: Finding) -> types.Range:
    return types.Range(
        start=types.Position(line=max(f.start_line - 1, 0), character=max(f.start_col, 0)),
        end=types.Position(line=max(f.end_line - 1, 0), character=max(f.end_col, 0)),
    )


def diagnostics_for(result: DocumentResult) -> list[types.Diagnostic]:
    findings: list[Finding] = []
    if result.analysis is not None and not result.analysis.notebook:
        findings.extend(f for f in result.analysis.findings if f.code != "file_too_large")
    if result.problem is not None:
        findings.append(result.problem)
    out = []
    for f in findings:
        data = {
            "version": result.version,
            "surface": f.surface,
            "names": f.names,
            "fixes": [wire(x) for x in f.fixes],
        }
        out.append(
            types.Diagnostic(
                range=_range(f),
                message=f.message,
                severity=_SEVERITY.get(f.severity),
                source=SOURCE,
                code=f.code,
                data=data,
            )
        )
    return out


async def publish(server: TrainerServer, uri: str) -> None:
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(server.thread_pool, analyze_document, server, uri)
    if result is None or server.workspace.text_documents.get(uri) is None:
        return
    doc = server.workspace.get_text_document(uri)
    if doc.version != result.version:
        return  # a newer edit is on its way; it will publish
    server.diagnostics.set(uri, OWNER, diagnostics_for(result))


def _schedule(server: TrainerServer, uri: str, delay: float) -> None:
    state = _state(server)
    old = state.timers.pop(uri, None)
    if old is not None:
        old.cancel()
    loop = asyncio.get_running_loop()
    state.timers[uri] = loop.call_later(delay, lambda: asyncio.ensure_future(publish(server, uri)))


def _overlay(server: TrainerServer, uri: str, text: str | None) -> None:
    """Unsaved edits of an open test file count for candidate discovery."""
    from trainerd.surface.candidates import is_test_file

    path = _file_path(uri)
    if path is None or not is_test_file(path.name):
        return
    state = _state(server)
    index = state.store.index_for(path, wait=None)  # thread pool: waiting for a first build is fine
    if index is None:
        return
    before = index.generation
    if text is None:
        index.clear_overlay(path)
    else:
        index.set_overlay(path, text)
    if index.generation != before:
        server.call_threadsafe(state.request_refresh)


async def on_open(ls: TrainerServer, params: types.DidOpenTextDocumentParams) -> None:
    doc = params.text_document
    if not _is_python(doc.uri, doc.language_id):
        return
    path = _file_path(doc.uri)
    if path is not None:
        _state(ls).watch(path)
    _schedule(ls, doc.uri, 0)


async def on_change(ls: TrainerServer, params: types.DidChangeTextDocumentParams) -> None:
    uri = params.text_document.uri
    doc = ls.workspace.text_documents.get(uri)
    if doc is None or not _is_python(uri, doc.language_id):
        return
    _schedule(ls, uri, CHANGE_DELAY_S)


async def on_save(ls: TrainerServer, params: types.DidSaveTextDocumentParams) -> None:
    if _is_python(params.text_document.uri):
        _state(ls).store.mark_index_stale()
        _schedule(ls, params.text_document.uri, 0)


async def on_close(ls: TrainerServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    state = _state(ls)
    timer = state.timers.pop(uri, None)
    if timer is not None:
        timer.cancel()
    state.store.forget(uri)
    state.lenses.pop(uri, None)
    await asyncio.get_running_loop().run_in_executor(ls.thread_pool, _overlay, ls, uri, None)
    ls.diagnostics.set(uri, OWNER, [])


# --- code lenses ----------------------------------------------------------------------------------
def build_lenses(uri: str, result: DocumentResult, path: Path | None, stamp: Any) -> list[types.CodeLens]:
    analysis = result.analysis
    if analysis is None or analysis.notebook or path is None:
        return []  # untitled buffers and notebook cells: nothing on disk to optimize (diagnostics still apply)
    from trainerd.workspace.summary import recorded_symbol

    has_ws = stamp is not None
    ws_symbol = recorded_symbol(path) if has_ws else None
    lenses: list[types.CodeLens] = []
    lensed = [s for s in analysis.surfaces if s.lens]
    state_on = None
    if has_ws and lensed:
        state_on = (
            next((s for s in lensed if s.qualname == ws_symbol), None)
            or next((s for s in lensed if ws_symbol and ws_symbol.startswith(s.qualname + ".")), None)
            or lensed[0]
        )
    for s in lensed:
        line = max(s.start_line - 1, 0)
        rng = types.Range(
            start=types.Position(line=line, character=0), end=types.Position(line=line, character=0)
        )
        lenses.append(
            types.CodeLens(
                range=rng,
                command=types.Command(
                    title=OPTIMIZE_TITLE,
                    command=protocol.CMD_OPTIMIZE,
                    arguments=[{"uri": uri, "symbol": s.qualname}],
                    tooltip=f"Optimize the {s.kind} `{s.qualname}` with Trace"
                    + (f" against {s.feedback_command}" if s.feedback_command else ""),
                ),
            )
        )
        if s.tests:
            lenses.append(
                types.CodeLens(
                    range=rng,
                    data={
                        "kind": "tests",
                        "uri": uri,
                        "symbol": s.qualname,
                        "version": result.version,
                        "tests": s.tests,
                    },
                )
            )
        if s is state_on:
            lenses.append(types.CodeLens(range=rng, data={"kind": "state", "uri": uri, "symbol": s.qualname}))
    return lenses


def resolve_lens(lens: types.CodeLens) -> types.CodeLens:
    """Fill in a lens's command: the tests it was found with, or the workspace state (read-only)."""
    data = lens.data if isinstance(lens.data, dict) else {}
    kind = data.get("kind")
    if kind == "tests":
        tests = [t for t in data.get("tests") or [] if isinstance(t, str)]
        shown = ", ".join(tests[:3]) + (f" (+{len(tests) - 3})" if len(tests) > 3 else "")
        lens.command = types.Command(
            title=f"Tests: {shown}",
            command="",
            tooltip="Feedback command: python -m pytest -q " + " ".join(tests),
        )
    elif kind == "state":
        from trainerd.workspace.summary import state_summary

        path = _file_path(str(data.get("uri") or ""))
        summary = state_summary(path) if path is not None else None
        title = summary.title if summary else "Trace: no workspace"
        args = [{"uri": data.get("uri"), "symbol": data.get("symbol")}]
        lens.command = types.Command(
            title=title,
            command="",
            arguments=args,
            tooltip=f"Trainer workspace {summary.workspace}" if summary else None,
        )
    elif lens.command is None:
        lens.command = types.Command(
            title=OPTIMIZE_TITLE,
            command=protocol.CMD_OPTIMIZE,
            arguments=[{"uri": data.get("uri"), "symbol": data.get("symbol")}],
        )
    return lens


def code_lenses(server: TrainerServer, uri: str) -> list[types.CodeLens]:
    """Lenses of an open document (blocking; cached per version, index generation, workspace stamp)."""
    from trainerd.workspace.summary import status_stamp

    doc = server.workspace.text_documents.get(uri)
    if doc is None or not _is_python(uri, doc.language_id):
        return []
    state = _state(server)
    path = _file_path(uri)
    stamp = status_stamp(path) if path is not None else None
    result = analyze_document(server, uri)  # cached per version and index generation
    if result is None:
        return []
    key = (result.version, stamp, result.generation)
    cached = state.lenses.get(uri)
    if cached is not None and cached[0] == key:
        return cached[1]
    lenses = build_lenses(uri, result, path, stamp)
    state.lenses[uri] = (key, lenses)
    return lenses


# --- code actions ---------------------------------------------------------------------------------
def _actions(ls: TrainerServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    doc = ls.workspace.text_documents.get(uri)
    actions: list[types.CodeAction] = []
    for diag in params.context.diagnostics:
        if diag.source != SOURCE or diag.code not in _CODES or not isinstance(diag.data, dict):
            continue
        if doc is None or diag.data.get("version") != doc.version:
            continue  # the document changed since: the edits would land in the wrong place
        for fix in diag.data.get("fixes") or []:
            edits = [
                types.TextEdit(
                    range=types.Range(
                        start=types.Position(line=e["startLine"] - 1, character=e["startCol"]),
                        end=types.Position(line=e["endLine"] - 1, character=e["endCol"]),
                    ),
                    new_text=e["newText"],
                )
                for e in fix.get("edits") or []
            ]
            actions.append(
                types.CodeAction(
                    title=fix["title"],
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diag],
                    is_preferred=bool(fix.get("preferred")),
                    edit=types.WorkspaceEdit(
                        document_changes=[
                            types.TextDocumentEdit(
                                text_document=types.OptionalVersionedTextDocumentIdentifier(
                                    uri=uri, version=doc.version
                                ),
                                edits=edits,
                            )
                        ]
                    ),
                )
            )
    return actions


# --- trainer/surfaces -----------------------------------------------------------------------------
def _surfaces_result(server: TrainerServer, uri: str | None, path: Path) -> Any:
    """An open document's surfaces at its version; else the file (or folder) on disk."""
    from trainerd.surface import documents, service

    if uri and uri in server.workspace.text_documents:
        result = analyze_document(server, uri)
        assert result is not None
        return documents.document_surfaces(result, path)
    return service.surfaces(path)


class SurfaceFeature(LanguageFeature):
    """Code lenses (+ resolve), ``trainer/surfaces``, pre-run diagnostics and their code actions."""

    name = "surfaces"

    def __init__(self, server: TrainerServer) -> None:
        super().__init__(server)
        # created here, before any thread can race to create it (it imports nothing heavy)
        self.state = _state(server)

    def initialize(self, params: types.InitializeParams) -> None:
        self.state.set_folders(workspace_roots(self.server))

    def did_change_workspace_folders(self, params: types.DidChangeWorkspaceFoldersParams) -> None:
        self.state.set_folders(workspace_roots(self.server))

    async def did_open(self, params: types.DidOpenTextDocumentParams) -> None:
        await on_open(self.server, params)

    async def did_change(self, params: types.DidChangeTextDocumentParams) -> None:
        await on_change(self.server, params)

    async def did_save(self, params: types.DidSaveTextDocumentParams) -> None:
        await on_save(self.server, params)

    async def did_close(self, params: types.DidCloseTextDocumentParams) -> None:
        await on_close(self.server, params)

    def shutdown(self) -> None:
        self.state.close()

    def register(self) -> None:
        _register(self.server)


def _register(server: TrainerServer) -> None:
    server.code_actions.add(_actions)

    @server.feature(types.TEXT_DOCUMENT_CODE_LENS, types.CodeLensOptions(resolve_provider=True))
    async def on_code_lens(ls: TrainerServer, params: types.CodeLensParams) -> list[types.CodeLens]:
        uri = params.text_document.uri
        state = _state(ls)
        state.lens_served = True
        doc = ls.workspace.text_documents.get(uri)
        if doc is not None:  # the cheap path stays on the loop: no thread hop for a cache hit
            cached = state.lenses.get(uri)
            if cached is not None and cached[0][0] == doc.version:
                from trainerd.workspace.summary import status_stamp

                path = _file_path(uri)
                key = (doc.version, status_stamp(path) if path else None, state.store.generation(path))
                if cached[0] == key and not state.store.index_due(path):
                    return cached[1]
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(ls.thread_pool, code_lenses, ls, uri)

    @server.feature(types.CODE_LENS_RESOLVE)
    async def on_code_lens_resolve(ls: TrainerServer, params: types.CodeLens) -> types.CodeLens:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(ls.thread_pool, resolve_lens, params)

    @server.feature(protocol.SURFACES)
    async def surfaces(ls: TrainerServer, params: Any) -> dict[str, Any]:
        p = protocol.parse_params(protocol.SurfacesParams, params, protocol.SURFACES)
        roots = workspace_roots(ls)
        path = path_of(p.uri, p.path, "", protocol.SURFACES, roots[0] if roots else None)
        if p.uri is None or p.uri not in ls.workspace.text_documents:
            check_inside_workspace(ls, path, "uri" if p.uri else "path", protocol.SURFACES)
        return wire(await call_service(ls, protocol.SURFACES, _surfaces_result, ls, p.uri, path))
