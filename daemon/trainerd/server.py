"""The trainerd language server: pygls wiring only.

Each ``trainerd.features.<name>`` module registers the LSP handlers of one feature and calls into
the services (``trainerd.workspace``, ``trainerd.surface``, …), which the CLI calls too. Service
packages are imported inside handlers so start-up stays at pygls' own cost (see
docs/performance.md).

Call :func:`serve` only after :func:`trainerd.stdio.reserve_stdout` (``trainerd serve`` does).
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from typing import Any, BinaryIO

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol

from trainerd import __version__
from trainerd.features import FEATURES
from trainerd.features.base import LanguageFeature, run_hook
from trainerd.features.common import CodeActionRegistry, DiagnosticsHub, DocumentEvents
from trainerd.settings import TrainerSettings, structure_settings

logger = logging.getLogger("trainerd")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
_MESSAGE_TYPES = {
    logging.DEBUG: types.MessageType.Debug,
    logging.INFO: types.MessageType.Info,
    logging.WARNING: types.MessageType.Warning,
    logging.ERROR: types.MessageType.Error,
}


class _UnstructurableRequest:
    """A request whose params lsprotocol could not structure; answered with ``-32602``."""

    jsonrpc = "2.0"

    def __init__(self, msg_id: Any, method: str, error: BaseException) -> None:
        self.id, self.method, self.error = msg_id, method, error


class TrainerProtocol(LanguageServerProtocol):
    """pygls' protocol, except that every request gets an answer.

    pygls drops a request whose params fail to structure (it only shows a message), so the client
    waits forever; here it is answered with ``-32602`` naming the bad fields.
    """

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if isinstance(data, dict) and "id" in data and isinstance(data.get("method"), str):
                return _UnstructurableRequest(data["id"], data["method"], exc.__cause__ or exc)
            raise

    def handle_message(self, message: Any) -> None:
        if isinstance(message, _UnstructurableRequest):
            from trainerd.data import describe_error

            error = JsonRpcInvalidParams(f"{message.method}: invalid params: {describe_error(message.error)}")
            self._send_response(message.id, None, error.to_response_error())
            return
        super().handle_message(message)


class TrainerServer(LanguageServer):
    """pygls server plus the state the features share: settings, diagnostics, code actions, document events."""

    def __init__(self, log_level: str = "info") -> None:
        super().__init__("trainerd", __version__, protocol_cls=TrainerProtocol)
        # what the command line chose; settings from the client override it only when they name one
        level: Any = log_level if log_level in _LEVELS else "info"
        self.default_settings = TrainerSettings(log_level=level)
        self.settings = self.default_settings
        self.diagnostics = DiagnosticsHub(self)
        self.code_actions = CodeActionRegistry()
        self.documents = DocumentEvents()
        self.features: list[LanguageFeature] = []
        self.shutdown_requested = False
        self.loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread: int | None = None

    def report_server_error(self, error: Exception, source: Any) -> None:
        """A message that is not JSON gets the JSON-RPC parse error (id null) rather than only a popup."""
        import json

        if isinstance(error, json.JSONDecodeError):
            logger.warning("a message from the client is not JSON: %s", error)
            parse_error = types.ResponseError(
                code=-32700, message=f"Parse error: the message is not JSON: {error}"
            )
            # pygls has no public way to answer with id null
            self.protocol._send_response(None, None, parse_error)  # type: ignore[arg-type]
            return
        super().report_server_error(error, source)

    def call_threadsafe(self, fn: Any, *args: Any) -> None:
        """Run ``fn(*args)`` on the event loop, from any thread (pygls' writer is not thread-safe)."""
        if self.loop is None or threading.get_ident() == self._loop_thread:
            fn(*args)
        else:
            self.loop.call_soon_threadsafe(fn, *args)

    def notify(self, method: str, params: Any) -> None:
        """Send a notification to the client from any thread."""
        self.call_threadsafe(self.protocol.notify, method, params)

    def show_message(self, message: str, kind: types.MessageType = types.MessageType.Warning) -> None:
        self.call_threadsafe(self.window_show_message, types.ShowMessageParams(type=kind, message=message))

    def apply_settings(self, raw: Any) -> None:
        """Structure raw settings; report each invalid one by name and keep its default."""
        settings, problems = structure_settings(raw, self.default_settings)
        self.settings = settings
        logging.getLogger("trainerd").setLevel(_LEVELS[settings.log_level])
        for problem in problems:
            logger.warning("%s", problem)
            self.show_message(f"trainerd: {problem}")


class _ClientLogHandler(logging.Handler):
    """Forwards trainerd's log records to the client as ``window/logMessage``."""

    def __init__(self, server: TrainerServer) -> None:
        super().__init__()
        self.server = server

    def emit(self, record: logging.LogRecord) -> None:
        if self.server.protocol.writer is None:
            return
        try:
            params = types.LogMessageParams(
                type=_MESSAGE_TYPES.get(record.levelno, types.MessageType.Log), message=self.format(record)
            )
            self.server.call_threadsafe(self.server.window_log_message, params)
        except Exception:  # logging must never take the server down
            self.handleError(record)


def create_server(log_level: str = "info") -> TrainerServer:
    """Build the server with every feature registered."""
    server = TrainerServer(log_level)

    @server.feature(types.INITIALIZE)
    async def on_initialize(ls: TrainerServer, params: types.InitializeParams) -> None:
        ls.loop = asyncio.get_running_loop()
        ls._loop_thread = threading.get_ident()
        ls.apply_settings(params.initialization_options)
        client = params.client_info.name if params.client_info else "an unnamed client"
        logger.info("trainerd %s serving %s (pid %d)", __version__, client, os.getpid())
        await run_hook(ls.features, "initialize", params)

    @server.feature(types.INITIALIZED)
    async def on_initialized(ls: TrainerServer, params: Any) -> None:
        await run_hook(ls.features, "initialized")

    @server.feature(types.SHUTDOWN)
    async def on_shutdown(ls: TrainerServer, params: Any) -> None:
        ls.shutdown_requested = True
        await run_hook(ls.features, "shutdown")

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    async def on_folders(ls: TrainerServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
        await ls.documents.dispatch(ls, "folders", params)
        await run_hook(ls.features, "did_change_workspace_folders", params)

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def on_configuration(ls: TrainerServer, params: types.DidChangeConfigurationParams) -> None:
        settings = params.settings
        if settings is None:  # the pull model: the notification only says "something changed"
            workspace_caps = ls.client_capabilities.workspace
            if not (workspace_caps and workspace_caps.configuration):
                return  # nothing to read: keep the current settings
            try:
                items = [types.ConfigurationItem(section="trainer")]
                answer = await ls.workspace_configuration_async(types.ConfigurationParams(items=items))
            except Exception as exc:  # a client that fails to answer must not take the settings down
                logger.warning("workspace/configuration failed: %s; keeping the current settings", exc)
                return
            settings = answer[0] if answer else None
            if settings is None:
                return
        ls.apply_settings(settings)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION)
    def on_code_action(ls: TrainerServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        return ls.code_actions.collect(ls, params)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def on_did_open(ls: TrainerServer, params: types.DidOpenTextDocumentParams) -> None:
        await ls.documents.dispatch(ls, "open", params)
        await run_hook(ls.features, "did_open", params)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def on_did_change(ls: TrainerServer, params: types.DidChangeTextDocumentParams) -> None:
        await ls.documents.dispatch(ls, "change", params)
        await run_hook(ls.features, "did_change", params)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def on_did_save(ls: TrainerServer, params: types.DidSaveTextDocumentParams) -> None:
        await ls.documents.dispatch(ls, "save", params)
        await run_hook(ls.features, "did_save", params)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    async def on_did_close(ls: TrainerServer, params: types.DidCloseTextDocumentParams) -> None:
        await ls.documents.dispatch(ls, "close", params)
        await run_hook(ls.features, "did_close", params)

    for feature in FEATURES:
        if isinstance(feature, type) and issubclass(feature, LanguageFeature):
            instance = feature(server)
            instance.register()
            server.features.append(instance)
        else:  # a module with register(server), not yet a LanguageFeature class
            feature.register(server)
    return server


def serve(stdout: BinaryIO | None = None, tcp: tuple[str, int] | None = None, log_level: str = "info") -> int:
    """Run the language server over stdio (or TCP) until the client says ``exit``.

    Returns the process exit code the LSP spec asks for: 0 after ``shutdown``, 1 otherwise (``exit``
    without ``shutdown``, or the client vanished).
    """
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )  # stderr
    logging.getLogger("trainerd").setLevel(_LEVELS.get(log_level, logging.INFO))
    server = create_server(log_level)
    handler = _ClientLogHandler(server)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logging.getLogger("trainerd").addHandler(handler)
    try:
        if tcp is not None:
            logger.info("trainerd %s listening on %s:%d", __version__, *tcp)
            server.start_tcp(*tcp)
        else:
            server.start_io(stdout=stdout)
    except SystemExit:  # pygls' `exit` handler; the code is decided below
        pass
    return 0 if server.shutdown_requested else 1
