"""What the features share: one diagnostics set per document, code actions from every feature,
and turning a request's ``uri``/``path`` into a checked file path."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from lsprotocol import types
from pygls import uris
from pygls.exceptions import JsonRpcInvalidParams

if TYPE_CHECKING:
    from trainerd.project.confine import Confinement
    from trainerd.server import TrainerServer

CodeActionProvider = Callable[["TrainerServer", types.CodeActionParams], list[types.CodeAction]]
DocumentListener = Callable[["TrainerServer", Any], Any]  # (server, the notification's params); may be async
DOCUMENT_EVENTS = ("open", "change", "save", "close", "folders")


class DiagnosticsHub:
    """Merges the diagnostics of several owners (blockers, surfaces, triage, …) per document.

    ``textDocument/publishDiagnostics`` replaces a document's whole set, so every feature publishes
    through here with its own ``owner`` key and the hub sends the union.
    """

    def __init__(self, server: TrainerServer) -> None:
        self._server = server
        self._lock = threading.Lock()
        self._by_uri: dict[str, dict[str, list[types.Diagnostic]]] = {}

    def set(self, uri: str, owner: str, diagnostics: list[types.Diagnostic]) -> None:
        """Replace ``owner``'s diagnostics on ``uri`` and publish the document's union."""
        with self._lock:
            owners = self._by_uri.setdefault(uri, {})
            if diagnostics:
                owners[owner] = list(diagnostics)
            else:
                owners.pop(owner, None)
            merged = [d for items in owners.values() for d in items]
        params = types.PublishDiagnosticsParams(uri=uri, diagnostics=merged)
        self._server.call_threadsafe(self._server.text_document_publish_diagnostics, params)

    def get(self, uri: str, owner: str | None = None) -> list[types.Diagnostic]:
        with self._lock:
            owners = self._by_uri.get(uri, {})
            if owner is not None:
                return list(owners.get(owner, []))
            return [d for items in owners.values() for d in items]

    def clear_owner(self, owner: str) -> None:
        """Drop ``owner``'s diagnostics everywhere."""
        with self._lock:
            uris_with_owner = [u for u, owners in self._by_uri.items() if owner in owners]
        for uri in uris_with_owner:
            self.set(uri, owner, [])


class CodeActionRegistry:
    """``textDocument/codeAction`` has one handler; each feature adds a provider here."""

    def __init__(self) -> None:
        self._providers: list[CodeActionProvider] = []

    def add(self, provider: CodeActionProvider) -> None:
        self._providers.append(provider)

    def collect(self, server: TrainerServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        actions: list[types.CodeAction] = []
        for provider in self._providers:
            actions.extend(provider(server, params) or [])
        return actions


class DocumentEvents:
    """``textDocument/didOpen|didChange|didSave|didClose`` have one handler each in pygls; every
    feature that reacts to them subscribes here (``server.documents.add("open", listener)``).

    Listeners get ``(server, params)``; they may be coroutines. One failing listener is logged and
    the others still run.
    """

    def __init__(self) -> None:
        self._listeners: dict[str, list[DocumentListener]] = {event: [] for event in DOCUMENT_EVENTS}

    def add(self, event: str, listener: DocumentListener) -> None:
        if event not in self._listeners:
            raise ValueError(f"unknown document event {event!r}; one of {', '.join(DOCUMENT_EVENTS)}")
        self._listeners[event].append(listener)

    async def dispatch(self, server: TrainerServer, event: str, params: Any) -> None:
        import inspect
        import logging

        for listener in self._listeners[event]:
            try:
                result = listener(server, params)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                logging.getLogger("trainerd").exception("document %s listener %s failed", event, listener)


T = TypeVar("T")


def path_of(
    uri: str | None, path: str | None, field_prefix: str, method: str, base: Path | None = None
) -> Path:
    """The file a request names by ``uri`` or ``path`` (relative paths against ``base``, the first
    workspace folder); ``-32602`` naming the field when neither works. Callers confine the result
    (:func:`check_inside_workspace` or :func:`confine`)."""
    from trainerd.errors import TrainerError
    from trainerd.project.confine import check_path_text

    field = f"{field_prefix}uri" if uri else f"{field_prefix}path"
    try:
        check_path_text(uri or path or "", field)
    except TrainerError as exc:
        raise JsonRpcInvalidParams(f"{method}: field '{field}': {exc}") from None
    if uri:
        fs_path = uris.to_fs_path(uri)
        if not fs_path or not uri.startswith("file:") or not os.path.isabs(fs_path):
            raise JsonRpcInvalidParams(f"{method}: field '{field}': not an absolute file: URI: {uri!r}")
        return Path(fs_path)
    if path:
        candidate = Path(os.path.expanduser(path))
        if not candidate.is_absolute() and base is not None:
            candidate = base / candidate
        return candidate
    raise JsonRpcInvalidParams(
        f"{method}: one of the fields '{field_prefix}uri' or '{field_prefix}path' is required"
    )


def workspace_roots(server: TrainerServer) -> list[Path]:
    """The client's workspace folders (or root) as paths; empty when the client sent none."""
    roots: list[Path] = []
    for folder in server.workspace.folders.values():
        fs = uris.to_fs_path(folder.uri)
        if fs:
            roots.append(Path(fs).resolve())
    if not roots and server.workspace.root_path:
        roots.append(Path(server.workspace.root_path).resolve())
    return roots


def confinement(server: TrainerServer) -> Confinement:
    """The workspace folders as a :class:`~trainerd.project.confine.Confinement` (paths must stay inside)."""
    from trainerd.project.confine import Confinement

    return Confinement.of(workspace_roots(server))


def confine(
    server: TrainerServer,
    given: str | Path,
    field: str,
    method: str,
    *,
    kind: str = "any",
    must_exist: bool = True,
) -> Path:
    """``given`` (relative to the first folder) resolved inside a workspace folder; ``-32602`` naming
    ``field`` otherwise (outside, missing, wrong kind of file, NUL bytes, too long)."""
    from trainerd.errors import TrainerError

    try:
        return confinement(server).resolve(given, field, kind=kind, must_exist=must_exist)
    except TrainerError as exc:
        prefix = f"{method}: " if method else ""
        raise JsonRpcInvalidParams(f"{prefix}field '{field}': {exc}") from None


def check_inside_workspace(server: TrainerServer, path: Path, field: str, method: str) -> None:
    """Refuse a path outside every workspace folder, after resolving its symlinks (a ``::symbol``
    suffix is split off first, so ``link.py::f`` is followed like ``link.py``)."""
    from trainerd.errors import TrainerError

    file_part = Path(str(path).split("::", 1)[0])
    try:
        confinement(server).check(file_part, field)
    except TrainerError as exc:
        raise JsonRpcInvalidParams(f"{method}: field '{field}': {exc}") from None


def to_uri(path: Path | str) -> str:
    return uris.from_fs_path(str(path)) or Path(path).resolve().as_uri()


def as_dict(value: Any) -> Any:
    """JSON-ready form of a service result with its snake_case field names (the old wire form;
    features move to :func:`wire`)."""
    from trainerd.data import to_plain

    return to_plain(value)


def wire(value: Any) -> Any:
    """A service result on the LSP wire: attrs field names in camelCase, data keys untouched."""
    from trainerd.data import to_wire

    return to_wire(value)


async def call_service(
    server: TrainerServer, method: str, fn: Callable[..., Any], *args: Any, **kwargs: Any
) -> Any:
    """Run a blocking service call in the thread pool; map its user-facing errors to ``-32602``."""
    import asyncio
    import functools

    from trainerd.errors import TrainerError

    loop = asyncio.get_running_loop()
    try:
        return await loop.run_in_executor(server.thread_pool, functools.partial(fn, *args, **kwargs))
    except TrainerError as exc:
        field = f"field '{exc.field}': " if exc.field else ""
        raise JsonRpcInvalidParams(f"{method}: {field}{exc}") from None


def first_folder(server: TrainerServer) -> Path | None:
    """The first workspace folder: what relative paths in requests are taken against."""
    roots = workspace_roots(server)
    return roots[0] if roots else None


def one_argument(args: tuple[Any, ...], method: str, shape: str) -> Any:
    """The single object argument of a ``workspace/executeCommand``; ``-32602`` saying the shape otherwise."""
    if len(args) != 1:
        raise JsonRpcInvalidParams(f"{method}: expected one argument {shape}, got {len(args)}")
    return args[0]


def command_params(args: tuple[Any, ...], command: str, cls: type[T], shape: str) -> tuple[T, str]:
    """A command's one argument structured into ``cls`` (``-32602`` naming the field otherwise), and
    the method name its errors carry (``workspace/executeCommand <command>``)."""
    from trainerd.protocol import parse_params

    method = f"workspace/executeCommand {command}"
    return parse_params(cls, one_argument(args, method, shape), method), method
