"""The trainerd language server: pygls wiring only.

Each ``trainerd.features.<name>`` module registers the LSP handlers of one feature and calls into
the services (``trainerd.workspace``, ``trainerd.surface``, …), which the CLI calls too. Service
packages are imported inside handlers so start-up stays at pygls' own cost (see
docs/performance.md).

Call :func:`serve` only after :func:`trainerd.stdio.reserve_stdout` (``trainerd serve`` does).

About 500 lines on purpose: every message passes through :class:`TrainerProtocol` here (framing
events, envelope, lifecycle, trust gate, pygls overrides) and the server's transport; split, the
order of those checks would be spread over modules. The byte-level parts are in ``framing.py`` and
``transport.py``.
"""

from __future__ import annotations

import asyncio
import faulthandler
import logging
import os
import signal
import sys
import threading
from collections.abc import Generator
from typing import Any, BinaryIO

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams
from pygls.io_ import StdoutWriter
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method

from trainerd import __version__, framing
from trainerd.features import FEATURES
from trainerd.features.base import LanguageFeature, run_hook
from trainerd.features.common import CodeActionRegistry, DiagnosticsHub, DocumentEvents
from trainerd.framing import DEFAULT_MAX_BODY, BadFrame, FrameDecoder, FrameEvent, Invalid
from trainerd.settings import TrainerSettings, structure_settings
from trainerd.transport import SERVICE_THREADS, ServicePool, threaded_reader

logger = logging.getLogger("trainerd")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
_MESSAGE_TYPES = {
    logging.DEBUG: types.MessageType.Debug,
    logging.INFO: types.MessageType.Info,
    logging.WARNING: types.MessageType.Warning,
    logging.ERROR: types.MessageType.Error,
}


REQUEST_FAILED = -32803  # LSP: a valid request the server refuses or cannot carry out

# what runs the repository's own code, refused while the workspace is not trusted (`serve
# --untrusted`, or `initializationOptions.workspaceTrusted: false`): method or command -> what would run
NEEDS_TRUST = {
    "trainer/optimize": "the optimization worker imports the target and runs its tests",
    "trainer.optimize": "the optimization worker imports the target and runs its tests",
    "trainer/answerFollowup": "the run continues in the optimization worker",
    "trainer.answerFollowup": "the run continues in the optimization worker",
    "trainer/launchTraining": "the training command runs",
    "trainer/restartTraining": "the training command runs",
    "trainer.research": "the research runner runs the project's tests and functions",
    "trainer.synthesize": "the research runner calls the project's functions",
    "trainer.approveDataset": "the approved suite runs twice to check it",
}


class UntrustedWorkspace(JsonRpcException):
    """A request that would run the project's code, in a workspace the client did not trust."""

    CODE = REQUEST_FAILED

    def __init__(self, what: str, why: str) -> None:
        super().__init__(
            f"{what}: refused: the workspace is not trusted, and {why}. Trust the workspace (in VS Code: "
            "Manage Workspace Trust) or start the server trusted (no --untrusted; "
            "initializationOptions.workspaceTrusted: true)"
        )


class _UnstructurableRequest:
    """A request whose params lsprotocol could not structure; answered with ``-32602``."""

    jsonrpc = "2.0"

    def __init__(self, msg_id: Any, method: str, error: BaseException) -> None:
        self.id, self.method, self.error = msg_id, method, error


class TrainerProtocol(LanguageServerProtocol):
    """pygls' protocol, except that every request gets an answer, whatever the bytes.

    Messages arrive through :meth:`receive` (from :mod:`trainerd.framing`, not pygls' reader):
    bad frames and envelopes get ``-32700``/``-32600``, requests before ``initialize`` ``-32002``,
    requests after ``shutdown`` ``-32600``; a request whose params fail to structure gets ``-32602``
    naming the bad fields (pygls drops it). Error responses never carry tracebacks (the log has them).
    """

    def __init__(self, server: Any, converter: Any) -> None:
        super().__init__(server, converter)
        self.initialize_received = False

    @lsp_method(types.SHUTDOWN)
    def lsp_shutdown(self, *args: Any) -> Generator[Any, Any, None]:
        """pygls' shutdown (the user's handler, then every other pending request cancelled), walking a copy of the
        pending requests: cancelling a command's future answers it at once, which takes it out of pygls' dict --
        walked directly, that raised "dictionary changed size during iteration" and the shutdown was refused."""
        if (user_handler := self.fm.features.get(types.SHUTDOWN)) is not None:
            yield user_handler, args, None
        current_id = self.msg_id
        for msg_id, future in list(self._request_futures.items()):
            if msg_id != current_id and not future.done():
                future.cancel()
        self._shutdown = True

    # --- the way in -----------------------------------------------------------------------------
    def receive(self, event: FrameEvent, decoder: FrameDecoder) -> None:
        """Handle one event of the frame decoder (on the event loop)."""
        if isinstance(event, BadFrame):
            logger.warning("from the client: %s", event.reason)
            prefix = "Invalid request" if event.code == framing.INVALID_REQUEST else "Parse error"
            self.send_error(event.id, event.code, f"{prefix}: {event.reason}")
            return
        value = framing.parse_body(event.data)
        if isinstance(value, Invalid):
            decoder.body_failed(event.data)
            logger.warning("from the client: %s", value.message)
            self.send_error(None, value.code, value.message)
            return
        message = framing.check_envelope(value, lambda msg_id: msg_id in self._request_futures)
        if isinstance(message, Invalid):
            logger.warning("from the client: %s", message.message)
            if message.answer:
                self.send_error(message.id, message.code, message.message)
            return
        self._receive_message(message)

    def _receive_message(self, message: dict[str, Any]) -> None:
        method = message.get("method")
        is_request = method is not None and "id" in message
        if method is not None:
            problem = self._lifecycle_problem(method, is_request)
            if problem is not None:
                code, text = problem
                logger.warning("%s", text)
                if is_request:
                    self.send_error(message["id"], code, text)
                return
            where = framing.lone_surrogate_path(message.get("params"))
            if where is not None:
                if is_request:
                    text = f"{method}: field '{where.removeprefix('params.')}': holds a lone UTF-16 surrogate (not text)"
                    self.send_error(message["id"], framing.INVALID_PARAMS, text)
                    return
                # a document's text keeps its length in UTF-16 units, so positions stay right
                message = {**message, "params": framing.replace_lone_surrogates(message["params"])}
            params = message.get("params")
            if method == types.CANCEL_REQUEST and not framing.valid_id(
                params.get("id") if isinstance(params, dict) else None
            ):
                # (pygls looks the id up in a dict: a list there raised TypeError out of the event loop and
                # ended the daemon -- found by the fuzz campaign)
                logger.warning(
                    "dropped a $/cancelRequest whose id is not a request id (a number or a string): %.200r",
                    params,
                )
                return
            if method == types.INITIALIZE and is_request:
                self.initialize_received = True
            if is_request and not self._server.trusted:  # type: ignore[attr-defined]
                refused = self._untrusted_refusal(method, params)
                if refused is not None:
                    logger.warning("%s", refused.message)
                    self.send_error(message["id"], refused.code, refused.message)
                    return
        elif "error" in message and not isinstance(message["error"], dict):
            message = {
                **message,
                "error": {"code": -32603, "message": f"malformed error: {message['error']!r:.200}"},
            }
        elif "result" not in message and "error" not in message:
            message = {**message, "result": None}
        try:
            structured = self.structure_message(message)
        except Exception as exc:  # a notification or response that lsprotocol cannot structure
            logger.warning(
                "dropped a message from the client (%s): %s", method or "response", exc.__cause__ or exc
            )
            msg_id = message.get("id")
            future = (
                self._request_futures.pop(msg_id, None) if method is None and msg_id is not None else None
            )
            if future is not None and not future.done():  # whoever awaits our request hears of it
                future.set_exception(
                    JsonRpcException(f"the client's answer could not be read: {exc.__cause__ or exc}")
                )
            return
        self.handle_message(structured)

    @staticmethod
    def _untrusted_refusal(method: str, params: Any) -> UntrustedWorkspace | None:
        name = method
        if method == types.WORKSPACE_EXECUTE_COMMAND and isinstance(params, dict):
            command = params.get("command")
            name = command if isinstance(command, str) else method
        why = NEEDS_TRUST.get(name)
        return UntrustedWorkspace(name, why) if why else None

    def _lifecycle_problem(self, method: str, is_request: bool) -> tuple[int, str] | None:
        if method == types.EXIT:
            return None
        if self._shutdown:
            return (
                framing.INVALID_REQUEST,
                f"Invalid request: {method} after shutdown (only exit is accepted)",
            )
        if method == types.INITIALIZE:
            if self.initialize_received:
                return framing.INVALID_REQUEST, "Invalid request: initialize was already received"
            return None
        if not self.initialize_received:
            return -32002, f"Server not initialized: {method} before initialize"
        return None

    def send_error(self, msg_id: Any, code: int, message: str) -> None:
        """An error response; ``msg_id`` None is sent as ``"id": null`` (pygls would leave it out)."""
        self._send_data({"jsonrpc": "2.0", "id": msg_id, "error": {"code": code, "message": message}})

    # --- pygls overrides ------------------------------------------------------------------------
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

    def _send_response(
        self, msg_id: Any, result: Any = None, error: types.ResponseError | None = None
    ) -> None:
        if error is not None and error.data is not None:
            # pygls puts the traceback of an internal error in `data`; it is in the log already
            error = types.ResponseError(code=error.code, message=error.message)
        super()._send_response(msg_id, result, error)

    def _execute_handler(
        self, msg_id: Any, handler: Any, callback: Any, args: Any = None, kwargs: Any = None
    ) -> None:
        # pygls 2.1.1 stores the future of every async handler under `msg_id` and pops it only for
        # real requests: the async handler behind a command, a document event or initialize is kept
        # forever (docs/reliability.md has the reproduction). Drop it once done.
        def done(future: Any) -> None:
            if self._request_futures.get(msg_id) is future:
                del self._request_futures[msg_id]
            callback(future)

        super()._execute_handler(msg_id, handler, done, args, kwargs)


class TrainerServer(LanguageServer):
    """pygls server plus the state the features share: settings, diagnostics, code actions, document events."""

    def __init__(
        self, log_level: str = "info", max_message_bytes: int = DEFAULT_MAX_BODY, trusted: bool = True
    ) -> None:
        super().__init__("trainerd", __version__, protocol_cls=TrainerProtocol)
        # False when `serve --untrusted` or the client says workspaceTrusted: false; never back to True
        self.trusted = trusted
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
        self.max_message_bytes = max_message_bytes
        self._service_pool: ServicePool | None = None

    # --- transport: trainerd.framing instead of pygls' reader ---------------------------------------
    @property
    def thread_pool(self) -> ServicePool:  # type: ignore[override]
        """Blocking service work runs here, never on the threads that read the client."""
        if self._service_pool is None:
            self._service_pool = ServicePool(SERVICE_THREADS)
        return self._service_pool

    def shutdown(self) -> None:
        if self._stop_event is not None:
            self._stop_event.set()
        if self._service_pool is not None:  # blocked service calls must not hold the exit
            self._service_pool.shutdown(wait=False, cancel_futures=True)
        if self._server:
            self._server.close()

    def start_io(self, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
        """Serve over stdio: a dedicated thread reads ``stdin`` (never a service thread)."""
        self._stop_event = threading.Event()
        self.protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))
        source = stdin or sys.stdin.buffer
        try:
            asyncio.run(self._serve_stream(threaded_reader(source)))
        except BrokenPipeError:
            logger.error("the client closed the connection; shutting down")
        except (KeyboardInterrupt, SystemExit):
            pass
        finally:
            self.shutdown()

    def start_tcp(self, host: str, port: int) -> None:
        """Serve one client over TCP (``trainerd serve --tcp``), read through the same framing."""
        self._stop_event = threading.Event()

        async def connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            self.protocol.set_writer(writer)
            try:
                await self._serve_stream(lambda: reader.read(65536))
            finally:
                self.shutdown()

        async def main() -> None:
            self._server = await asyncio.start_server(connection, host, port)
            async with self._server:
                try:
                    await self._server.serve_forever()
                except asyncio.CancelledError:
                    pass

        try:
            asyncio.run(main())
        except (KeyboardInterrupt, SystemExit):
            pass

    async def _serve_stream(self, next_chunk: Any) -> None:
        """Feed the client's bytes through the frame decoder until end of input or ``exit``."""
        decoder = FrameDecoder(self.max_message_bytes)
        protocol: TrainerProtocol = self.protocol  # type: ignore[assignment]
        while self._stop_event is None or not self._stop_event.is_set():
            chunk = await next_chunk()
            events = decoder.feed(chunk) if chunk else decoder.close()
            for event in events:
                protocol.receive(event, decoder)
            if not chunk:
                logger.info("the client closed its end of the connection")
                return

    def require_trust(self, what: str, why: str) -> None:
        """Raise ``-32803`` naming ``what`` when the workspace is not trusted (``why``: what would run)."""
        if not self.trusted:
            raise UntrustedWorkspace(what, why)

    def apply_trust(self, options: Any) -> Any:
        """Read ``workspaceTrusted`` from the initialization options; return the options without it.

        Only ever lowers trust: ``--untrusted`` cannot be undone by the client, and a value that is
        not a boolean counts as untrusted (and is reported).
        """
        if not isinstance(options, dict) or "workspaceTrusted" not in options:
            return options
        options = dict(options)
        value = options.pop("workspaceTrusted")
        if not isinstance(value, bool):
            logger.warning("initialization option workspaceTrusted must be true or false, got %r", value)
            self.show_message(
                f"trainerd: workspaceTrusted must be true or false, got {value!r}; treating the workspace as untrusted"
            )
            value = False
        self.trusted = self.trusted and value
        return options

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


def create_server(
    log_level: str = "info", max_message_bytes: int = DEFAULT_MAX_BODY, trusted: bool = True
) -> TrainerServer:
    """Build the server with every feature registered."""
    server = TrainerServer(log_level, max_message_bytes, trusted)

    @server.feature(types.INITIALIZE)
    async def on_initialize(ls: TrainerServer, params: types.InitializeParams) -> None:
        ls.loop = asyncio.get_running_loop()
        ls._loop_thread = threading.get_ident()
        ls.apply_settings(ls.apply_trust(params.initialization_options))
        client = params.client_info.name if params.client_info else "an unnamed client"
        trust = "" if ls.trusted else ", untrusted workspace: nothing of the project runs"
        logger.info("trainerd %s serving %s (pid %d%s)", __version__, client, os.getpid(), trust)
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


def dump_stacks_on_signal() -> None:
    """Make a daemon that stops answering say where it is: every thread's Python stack goes to stderr
    (the editor's log channel) on a fatal signal, SIGABRT included, and on SIGUSR1, which leaves it
    running. stdout is the wire, so never there."""
    try:
        faulthandler.enable(file=sys.stderr, all_threads=True)
        if hasattr(signal, "SIGUSR1"):  # not on Windows
            faulthandler.register(signal.SIGUSR1, file=sys.stderr, all_threads=True)
    except (AttributeError, OSError, ValueError) as exc:  # a stderr with no file behind it (pythonw)
        logger.debug("no stack dumps on signals: %s", exc)


def serve(
    stdout: BinaryIO | None = None,
    tcp: tuple[str, int] | None = None,
    log_level: str = "info",
    stdin: BinaryIO | None = None,
    max_message_bytes: int = DEFAULT_MAX_BODY,
    trusted: bool = True,
) -> int:
    """Run the language server over stdio (or TCP) until the client says ``exit``.

    Returns the process exit code the LSP spec asks for: 0 after ``shutdown``, 1 otherwise (``exit``
    without ``shutdown``, or the client vanished).
    """
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )  # stderr
    logging.getLogger("trainerd").setLevel(_LEVELS.get(log_level, logging.INFO))
    dump_stacks_on_signal()
    server = create_server(log_level, max_message_bytes, trusted)
    handler = _ClientLogHandler(server)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logging.getLogger("trainerd").addHandler(handler)
    try:
        if tcp is not None:
            logger.info("trainerd %s listening on %s:%d", __version__, *tcp)
            server.start_tcp(*tcp)
        else:
            server.start_io(stdin=stdin, stdout=stdout)
    except SystemExit:  # pygls' `exit` handler; the code is decided below
        pass
    return 0 if server.shutdown_requested else 1
