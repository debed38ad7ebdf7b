"""LSP wiring of training launch and control: ``trainer/detectTraining``, ``trainer/launchTraining``,
``trainer/sessions``, ``trainer/stopTraining``, ``trainer/restartTraining``, and the
``trainer/sessionEvent`` notifications (kinds ``started``, ``exited``, ``killed``, ``lost``).

A watcher thread re-reads the session registry of every known root (the workspace folders and any
root a launch used) twice a second and reports state changes; it starts with the daemon, so a
restarted daemon re-attaches to the sessions on disk and reports what changed while it was away.
Other features can react to the same changes through ``server.session_listeners`` (callables taking
``(kind, SessionRecord)``, called on the watcher thread).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainerd import protocol
from trainerd.features.common import as_dict, call_service, workspace_roots

if TYPE_CHECKING:
    from trainerd.server import TrainerServer

logger = logging.getLogger("trainerd.training")
POLL_SECONDS = 0.5


def event_params(kind: str, record: Any) -> dict[str, Any]:
    """``trainer/sessionEvent`` params for a state change of ``record``."""
    return {
        "session": record.name,
        "kind": kind,
        "state": record.state,
        "status": record.status,
        "exit_code": record.exit_code,
        "message": record.message,
        "log_path": record.log_path,
        "session_dir": record.session_dir,
    }


class SessionWatcher:
    """Polls the registries of known roots and turns state changes into notifications."""

    def __init__(self, server: TrainerServer) -> None:
        self.server = server
        self.roots: set[Path] = set()
        self._lock = threading.Lock()
        # held by a poll cycle, and by launch/stop/restart while they change a session: the handler
        # that made a change reports it, in order (started before exited), and only once
        self.busy = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def add_root(self, root: Path) -> None:
        with self._lock:
            self.roots.add(Path(root).resolve())

    def exclusive(self, fn: Any) -> Any:
        """``fn`` wrapped to run while the watcher is paused (for the thread pool)."""

        def run(*args: Any, **kwargs: Any) -> Any:
            with self.busy:
                return fn(*args, **kwargs)

        return run

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="trainerd-session-watcher", daemon=True)
            self._thread.start()

    def emit(self, kind: str, record: Any) -> None:
        self.server.notify(protocol.SESSION_EVENT, event_params(kind, record))
        for listener in list(getattr(self.server, "session_listeners", [])):
            try:
                listener(kind, record)
            except Exception:  # a listener's bug must not stop the watcher
                logger.exception("session listener failed")

    def _run(self) -> None:
        while self.server.loop is None:  # wait for initialize: the workspace folders are known then
            if self._wake.wait(0.1):
                self._wake.clear()
        for root in workspace_roots(self.server):
            self.add_root(root)
        from trainerd.training import sessions

        self._wake.wait(POLL_SECONDS)  # let the initialize response go out before the first event

        while True:
            with self._lock:
                roots = list(self.roots)
            with self.busy:
                for root in roots:
                    if not sessions.training_dir(root).is_dir():
                        continue
                    try:
                        _records, changes = sessions.list_sessions_with_changes(root)
                    except Exception:
                        logger.exception("reading sessions under %s failed", root)
                        continue
                    for change in changes:
                        logger.info("session %s: %s", change.session.name, change.session.status)
                        self.emit(change.kind, change.session)
            self._wake.wait(POLL_SECONDS)
            self._wake.clear()


def register(server: TrainerServer) -> None:
    watcher = SessionWatcher(server)
    server.session_watcher = watcher  # type: ignore[attr-defined]
    if not hasattr(server, "session_listeners"):
        server.session_listeners = []  # type: ignore[attr-defined]
    watcher.start()

    @server.feature(protocol.DETECT_TRAINING)
    async def detect_training(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import service

        p = protocol.parse_params(protocol.DetectTrainingParams, params, protocol.DETECT_TRAINING)
        result = await call_service(
            ls,
            protocol.DETECT_TRAINING,
            service.detect_with_preflight,
            p.root,
            environment=p.environment,
            command=p.command,
            cwd=p.cwd,
            target_metric=p.target_metric,
            smoke_test=p.smoke_test,
            interpreter=ls.settings.interpreter,
            folders=workspace_roots(ls),
        )
        return as_dict(result)

    @server.feature(protocol.LAUNCH_TRAINING)
    async def launch_training(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import service

        p = protocol.parse_params(protocol.LaunchTrainingParams, params, protocol.LAUNCH_TRAINING)
        result = await call_service(
            ls,
            protocol.LAUNCH_TRAINING,
            watcher.exclusive(service.launch),
            p.command,
            cwd=p.cwd,
            root=p.root,
            folders=workspace_roots(ls),
            backend=p.backend or ls.settings.session_backend,
            name=p.name,
            settle_seconds=p.settle_seconds,
        )
        watcher.add_root(Path(result.session.root))
        watcher.emit("started", result.session)
        if result.session.state != "running":  # ended during the settle window: say so now
            watcher.emit(result.session.state, result.session)
        return as_dict(result)

    @server.feature(protocol.SESSIONS)
    async def list_training_sessions(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import service

        p = protocol.parse_params(protocol.SessionsParams, params, protocol.SESSIONS)
        folders = workspace_roots(ls)
        roots = [service.against(folders, p.root)] if p.root else [*watcher.roots, *folders]
        found, changes = await call_service(ls, protocol.SESSIONS, service.list_sessions, roots)
        for change in changes:
            watcher.emit(change.kind, change.session)
        return {"sessions": as_dict(found)}

    @server.feature(protocol.STOP_TRAINING)
    async def stop_training(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import service

        p = protocol.parse_params(protocol.StopTrainingParams, params, protocol.STOP_TRAINING)
        folders = workspace_roots(ls)
        before, change, record = await call_service(
            ls,
            protocol.STOP_TRAINING,
            watcher.exclusive(service.stop_session),
            p.name,
            root=p.root,
            roots=[*watcher.roots, *folders],
            grace_seconds=p.grace_seconds,
            folders=folders,
        )
        if change is not None:  # it had ended on its own before the stop: report that first
            watcher.emit(change.kind, change.session)
        if before.state == "running":
            watcher.emit(record.state, record)
        return {"session": as_dict(record)}

    @server.feature(protocol.RESTART_TRAINING)
    async def restart_training(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import service

        p = protocol.parse_params(protocol.RestartTrainingParams, params, protocol.RESTART_TRAINING)
        folders = workspace_roots(ls)
        result = await call_service(
            ls,
            protocol.RESTART_TRAINING,
            watcher.exclusive(service.restart_session),
            p.name,
            root=p.root,
            roots=[*watcher.roots, *folders],
            command=p.command,
            settle_seconds=p.settle_seconds,
            folders=folders,
        )
        watcher.emit("started", result.session)
        if result.session.state != "running":
            watcher.emit(result.session.state, result.session)
        return as_dict(result)
