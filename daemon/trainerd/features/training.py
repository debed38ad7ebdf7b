"""LSP wiring of training launch and control: ``trainer/detectTraining``, ``trainer/launchTraining``,
``trainer/sessions``, ``trainer/stopTraining``, ``trainer/restartTraining``, ``trainer/sessionMetrics``,
and the ``trainer/sessionEvent`` notifications.

The feature owns the one training-session supervisor (:mod:`trainerd.training.supervisor`): it starts
at ``initialized`` (the workspace folders are known then), follows the folders the client adds later
(``did_change_workspace_folders``) and any root a launch used, and stops at ``shutdown``. Its events
become ``trainer/sessionEvent`` notifications (camelCase fields; ``details`` is data, its keys as
written in ``events.jsonl``); other features listen through ``server.training_supervisor.add_listener``.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from trainerd import protocol
from trainerd.features.base import LanguageFeature
from trainerd.features.common import call_service, confine, wire, workspace_roots

if TYPE_CHECKING:
    from trainerd.server import TrainerServer
    from trainerd.training.supervisor import SessionSupervisor

logger = logging.getLogger(__name__)


class TrainingFeature(LanguageFeature):
    """Training control and the session supervisor's lifecycle (created at ``initialized``: no service
    is imported while the daemon starts)."""

    name = "training"

    def __init__(self, server: TrainerServer) -> None:
        super().__init__(server)
        self._supervisor: SessionSupervisor | None = None
        self._listeners: list[Any] = [self._on_event]
        server.training_supervisor = self  # type: ignore[attr-defined]

    @property
    def supervisor(self) -> SessionSupervisor:
        if self._supervisor is None:
            from trainerd.training.supervisor import SessionSupervisor

            self._supervisor = SessionSupervisor(settings=lambda: self.server.settings.monitor)
            for listener in self._listeners:
                self._supervisor.add_listener(listener)
        return self._supervisor

    def add_listener(self, listener: Any) -> None:
        """Other features' listeners (the triage feature's diagnostics), before or after the start."""
        if self._supervisor is None:
            self._listeners.append(listener)
        else:
            self._supervisor.add_listener(listener)

    def _on_event(self, obj: Any) -> None:
        from trainerd.training.watch import SessionEvent

        if isinstance(obj, SessionEvent):
            self.server.notify(protocol.SESSION_EVENT, wire(obj))

    def register(self) -> None:
        register_handlers(self.server, _Lazy(self))  # type: ignore[arg-type]

    def initialized(self) -> None:
        for root in workspace_roots(self.server):
            self.supervisor.add_root(root)
        self.supervisor.start()

    def did_change_workspace_folders(self, params: types.DidChangeWorkspaceFoldersParams) -> None:
        from pygls import uris

        for folder in params.event.added:
            path = uris.to_fs_path(folder.uri)
            if path:
                self.supervisor.add_root(Path(path))

    def shutdown(self) -> None:
        if self._supervisor is not None:
            self._supervisor.stop()


class _Lazy:
    """The supervisor as the handlers see it: created on first use (after start-up)."""

    def __init__(self, feature: TrainingFeature) -> None:
        self._feature = feature

    def __getattr__(self, name: str) -> Any:
        return getattr(self._feature.supervisor, name)


def _against_workspace(ls: TrainerServer, given: str, field: str = "root") -> Path:
    """``given`` as a folder inside a workspace folder (a relative one against the first folder, not
    the daemon's cwd); ``-32602`` naming ``field`` when it resolves outside, or is not a folder."""
    return confine(ls, given, field, "", kind="dir")


def _confined(ls: TrainerServer, given: str | None, field: str = "root") -> str | None:
    return str(_against_workspace(ls, given, field)) if given else None


def register_handlers(server: TrainerServer, watcher: SessionSupervisor) -> None:
    """The training requests: each confines the paths it was given to the workspace folders, calls
    one service, shapes the answer (``watcher``: the supervisor that launch / stop / restart report
    their changes through)."""

    def known_roots(ls: TrainerServer) -> list[Path]:
        return [*watcher.roots, *workspace_roots(ls)]

    @server.feature(protocol.SESSION_METRICS)
    async def session_metrics(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import service

        p = protocol.parse_params(protocol.SessionMetricsParams, params, protocol.SESSION_METRICS)
        root = service.session_root(p.name, _confined(ls, p.root), known_roots(ls), workspace_roots(ls))
        result = await call_service(ls, protocol.SESSION_METRICS, watcher.metrics, root, p.name)
        return wire(result)

    @server.feature(protocol.DETECT_TRAINING)
    async def detect_training(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import service

        p = protocol.parse_params(protocol.DetectTrainingParams, params, protocol.DETECT_TRAINING)
        if p.command is not None:  # the pre-flight compiles the entry and imports its modules
            ls.require_trust(protocol.DETECT_TRAINING, "the pre-flight imports the entry's modules")
        probe = p.environment and ls.trusted  # the probe runs the project's interpreter
        result = await call_service(
            ls,
            protocol.DETECT_TRAINING,
            service.detect_with_preflight,
            _confined(ls, p.root),
            environment=probe,
            command=p.command,
            cwd=_confined(ls, p.cwd, "cwd"),
            target_metric=p.target_metric,
            smoke_test=p.smoke_test,
            interpreter=ls.settings.interpreter,
            folders=workspace_roots(ls),
        )
        if p.environment and not probe:
            result.problems.append(
                "environment not probed: the workspace is not trusted (it runs the project's Python)"
            )
        return wire(result)

    @server.feature(protocol.LAUNCH_TRAINING)
    async def launch_training(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import service
        from trainerd.training.slurm import SubmitOptions

        p = protocol.parse_params(protocol.LaunchTrainingParams, params, protocol.LAUNCH_TRAINING)
        job = SubmitOptions(p.partition, p.nodes, p.ntasks_per_node, p.gpus_per_node, p.time, p.sbatch_args)
        begin = time.monotonic()
        result = await call_service(
            ls,
            protocol.LAUNCH_TRAINING,
            watcher.exclusive(_reporting_start(watcher, service.launch)),
            p.command,
            cwd=_confined(ls, p.cwd, "cwd"),
            root=_confined(ls, p.root),
            folders=workspace_roots(ls),
            backend=p.backend or ls.settings.session_backend,
            name=p.name,
            settle_seconds=0,
            slurm=None if job.is_empty() else job,
            interpreter=ls.settings.interpreter,
        )
        result = await _settle(ls, watcher, protocol.LAUNCH_TRAINING, result, p.settle_seconds)
        await _first_sign(ls, protocol.LAUNCH_TRAINING, result, _wait(p), begin)
        return wire(result)

    @server.feature(protocol.SESSIONS)
    async def list_training_sessions(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import service

        p = protocol.parse_params(protocol.SessionsParams, params, protocol.SESSIONS)
        roots = [_against_workspace(ls, p.root)] if p.root else known_roots(ls)

        def collect() -> tuple[list[Any], list[Any], dict[str, list[dict]]]:
            from trainerd.training.events import run_flags

            found, changes = service.list_sessions(roots)
            return found, changes, {r.session_dir: run_flags(r) for r in found}

        found, changes, flags = await call_service(ls, protocol.SESSIONS, collect)
        for change in changes:
            watcher.emit_state(change.kind, change.session)
        # each session with its open flags (the current run's flag and crash events), as the CLI lists them
        return {"sessions": [{**wire(r), "flags": flags[r.session_dir]} for r in found]}

    @server.feature(protocol.STOP_TRAINING)
    async def stop_training(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import service

        p = protocol.parse_params(protocol.StopTrainingParams, params, protocol.STOP_TRAINING)
        before, change, record = await call_service(
            ls,
            protocol.STOP_TRAINING,
            watcher.exclusive(service.stop_session),
            p.name,
            root=_confined(ls, p.root),
            roots=known_roots(ls),
            grace_seconds=p.grace_seconds,
            folders=workspace_roots(ls),
        )
        if change is not None:  # it had ended on its own before the stop: report that first
            watcher.emit_state(change.kind, change.session)
        if before.state == "running":
            watcher.emit_state(record.state, record)
        return {"session": wire(record)}

    @server.feature(protocol.RESTART_TRAINING)
    async def restart_training(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import service

        p = protocol.parse_params(protocol.RestartTrainingParams, params, protocol.RESTART_TRAINING)
        begin = time.monotonic()
        result = await call_service(
            ls,
            protocol.RESTART_TRAINING,
            watcher.exclusive(_reporting_start(watcher, service.restart_session)),
            p.name,
            root=_confined(ls, p.root),
            roots=known_roots(ls),
            command=p.command,
            settle_seconds=0,
            folders=workspace_roots(ls),
        )
        result = await _settle(ls, watcher, protocol.RESTART_TRAINING, result, p.settle_seconds)
        await _first_sign(ls, protocol.RESTART_TRAINING, result, _wait(p), begin)
        return wire(result)


def _reporting_start(watcher: SessionSupervisor, start: Any) -> Any:
    """``start`` (launch or restart) that reports ``started`` before the supervisor's lock is let go,
    so no state the supervisor reads afterwards can be reported before it."""

    def run(*args: Any, **kwargs: Any) -> Any:
        result = start(*args, **kwargs)
        watcher.emit_state("started", result.session)
        if result.session.state != "running" and result.session.state != "pending":  # ended at once
            watcher.emit_state(result.session.state, result.session)
        return result

    return run


async def _settle(
    ls: TrainerServer, watcher: SessionSupervisor, method: str, result: Any, seconds: float
) -> Any:
    """Watch the new command for ``seconds`` without holding the supervisor's lock (other sessions
    are polled, stopped and launched meanwhile); report the end if this watch recorded it."""
    from trainerd.training import sessions

    if seconds <= 0 or result.session.state != "running":
        return result
    result, changes = await call_service(ls, method, sessions.settle, result, seconds)
    for change in changes:
        watcher.emit_state(change.kind, change.session)
    return result


def _wait(params: Any) -> float:
    """How long a launch waits for the first sign of life: as asked; else 30 s (none when the
    caller asked to return at once with ``settleSeconds: 0``)."""
    from trainerd.training.firstsign import DEFAULT_WAIT_SECONDS

    if params.wait_seconds is not None:
        return max(0.0, float(params.wait_seconds))
    return 0.0 if params.settle_seconds == 0 else DEFAULT_WAIT_SECONDS


async def _first_sign(ls: TrainerServer, method: str, result: Any, wait_seconds: float, begin: float) -> None:
    """Wait for the run's first sign of life outside the supervisor's lock (it keeps reporting the
    session's own events meanwhile), then refresh the answer."""
    if wait_seconds <= 0:
        return
    from trainerd.training import service

    session = result.session
    result.first_sign = await call_service(
        ls, method, service.wait_first_sign, session.root, session.name, wait_seconds, begin
    )
    await call_service(ls, method, service.refresh_launch, result)
