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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from trainerd import protocol
from trainerd.features.base import LanguageFeature
from trainerd.features.common import as_dict, call_service, wire, workspace_roots

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


def _against_workspace(ls: TrainerServer, given: str) -> Path:
    """``given`` as a path; a relative one is relative to the first workspace folder, not the daemon's cwd."""
    path = Path(given).expanduser()
    roots = workspace_roots(ls)
    return path if path.is_absolute() or not roots else roots[0] / path


def _root(ls: TrainerServer, given: str | None, field: str = "root") -> Path:
    if given:
        return _against_workspace(ls, given)
    roots = workspace_roots(ls)
    if not roots:
        from pygls.exceptions import JsonRpcInvalidParams

        raise JsonRpcInvalidParams(f"field '{field}': required when the client has no workspace folder")
    return roots[0]


def register_handlers(server: TrainerServer, watcher: SessionSupervisor) -> None:
    """The training requests (``watcher``: the supervisor launch / stop / restart report through)."""

    @server.feature(protocol.SESSION_METRICS)
    async def session_metrics(ls: TrainerServer, params: Any) -> dict[str, Any]:
        p = protocol.parse_params(protocol.SessionMetricsParams, params, protocol.SESSION_METRICS)
        root = _find_root_of(ls, watcher, p.root, p.name)
        result = await call_service(ls, protocol.SESSION_METRICS, watcher.metrics, root, p.name)
        return wire(result)

    @server.feature(protocol.DETECT_TRAINING)
    async def detect_training(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import service

        p = protocol.parse_params(protocol.DetectTrainingParams, params, protocol.DETECT_TRAINING)
        root = _root(ls, p.root)
        result = await call_service(
            ls,
            protocol.DETECT_TRAINING,
            service.detect_with_preflight,
            root,
            environment=p.environment,
            command=p.command,
            cwd=p.cwd,
            target_metric=p.target_metric,
            smoke_test=p.smoke_test,
            interpreter=ls.settings.interpreter,
        )
        return as_dict(result)

    @server.feature(protocol.LAUNCH_TRAINING)
    async def launch_training(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import sessions

        p = protocol.parse_params(protocol.LaunchTrainingParams, params, protocol.LAUNCH_TRAINING)
        if p.cwd:
            cwd: str | None = str(_against_workspace(ls, p.cwd))
        else:
            cwd = str(_root(ls, p.root, "cwd")) if (p.root or workspace_roots(ls)) else None
        if cwd is None:
            from pygls.exceptions import JsonRpcInvalidParams

            raise JsonRpcInvalidParams(
                f"{protocol.LAUNCH_TRAINING}: field 'cwd': required (no workspace folder)"
            )
        backend = p.backend or ls.settings.session_backend
        from trainerd.training.slurm import SubmitOptions

        job = SubmitOptions(p.partition, p.nodes, p.ntasks_per_node, p.gpus_per_node, p.time, p.sbatch_args)
        result = await call_service(
            ls,
            protocol.LAUNCH_TRAINING,
            watcher.exclusive(sessions.launch),
            p.command,
            cwd,
            root=str(_against_workspace(ls, p.root)) if p.root else None,
            backend=backend,
            name=p.name,
            settle_seconds=p.settle_seconds,
            slurm=None if job.is_empty() else job,
        )
        watcher.emit_state("started", result.session)
        if result.session.state != "running":  # ended during the settle window: say so now
            watcher.emit_state(result.session.state, result.session)
        return as_dict(result)

    @server.feature(protocol.SESSIONS)
    async def list_training_sessions(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import sessions

        p = protocol.parse_params(protocol.SessionsParams, params, protocol.SESSIONS)
        roots = (
            [_against_workspace(ls, p.root)]
            if p.root
            else sorted(set(watcher.roots) | set(workspace_roots(ls)))
        )

        def collect() -> tuple[list[Any], list[Any], dict[str, list[dict]]]:
            from trainerd.training.events import run_flags

            found, changes = [], []
            for root in roots:
                records, changed = sessions.list_sessions_with_changes(root)
                found += records
                changes += changed
            return found, changes, {r.session_dir: run_flags(r) for r in found}

        found, changes, flags = await call_service(ls, protocol.SESSIONS, collect)
        for change in changes:
            watcher.emit_state(change.kind, change.session)
        found.sort(key=lambda r: r.started_at, reverse=True)
        # each session with its open flags (the current run's flag and crash events), as the CLI lists them
        return {"sessions": [{**as_dict(r), "flags": flags[r.session_dir]} for r in found]}

    @server.feature(protocol.STOP_TRAINING)
    async def stop_training(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import sessions

        p = protocol.parse_params(protocol.StopTrainingParams, params, protocol.STOP_TRAINING)
        root = _find_root_of(ls, watcher, p.root, p.name)

        def stop_it(root: Path, name: str, grace_seconds: float) -> tuple[Any, Any, Any]:
            before, change = sessions.get_session_with_change(root, name)
            return before, change, sessions.stop(root, name, grace_seconds=grace_seconds)

        before, change, record = await call_service(
            ls, protocol.STOP_TRAINING, watcher.exclusive(stop_it), root, p.name, p.grace_seconds
        )
        if change is not None:  # it had ended on its own before the stop: report that first
            watcher.emit_state(change.kind, change.session)
        if before.state == "running":
            watcher.emit_state(record.state, record)
        return {"session": as_dict(record)}

    @server.feature(protocol.RESTART_TRAINING)
    async def restart_training(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import sessions

        p = protocol.parse_params(protocol.RestartTrainingParams, params, protocol.RESTART_TRAINING)
        root = _find_root_of(ls, watcher, p.root, p.name)
        result = await call_service(
            ls,
            protocol.RESTART_TRAINING,
            watcher.exclusive(sessions.restart),
            root,
            p.name,
            command=p.command,
            settle_seconds=p.settle_seconds,
        )
        watcher.emit_state("started", result.session)
        if result.session.state != "running":
            watcher.emit_state(result.session.state, result.session)
        return as_dict(result)


def _find_root_of(ls: TrainerServer, watcher: SessionSupervisor, root: str | None, name: str) -> Path:
    """The root whose registry holds session ``name`` (the given root, else the first that has it)."""
    if root:
        return _against_workspace(ls, root)
    from trainerd.training import sessions

    candidates = sorted(set(watcher.roots) | set(workspace_roots(ls)))
    for candidate in candidates:
        if (sessions.session_dir(candidate, name) / sessions.SESSION_FILE).is_file():
            return candidate
    return candidates[0] if candidates else _root(ls, None, "root")
