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
from trainerd.features.common import as_dict, call_service, confine, confinement, wire, workspace_roots

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
        if p.command is not None:  # the pre-flight compiles the entry and imports its modules
            ls.require_trust(protocol.DETECT_TRAINING, "the pre-flight imports the entry's modules")
        probe = p.environment and ls.trusted  # the probe runs the project's interpreter
        root = _root(ls, p.root)
        result = await call_service(
            ls,
            protocol.DETECT_TRAINING,
            service.detect_with_preflight,
            root,
            environment=probe,
            command=p.command,
            cwd=str(_against_workspace(ls, p.cwd, "cwd")) if p.cwd else None,
            target_metric=p.target_metric,
            smoke_test=p.smoke_test,
            interpreter=ls.settings.interpreter,
        )
        if p.environment and not probe:
            result.problems.append(
                "environment not probed: the workspace is not trusted (it runs the project's Python)"
            )
        return as_dict(result)

    @server.feature(protocol.LAUNCH_TRAINING)
    async def launch_training(ls: TrainerServer, params: Any) -> dict[str, Any]:
        from trainerd.training import sessions

        p = protocol.parse_params(protocol.LaunchTrainingParams, params, protocol.LAUNCH_TRAINING)
        if p.cwd:
            cwd: str | None = str(_against_workspace(ls, p.cwd, "cwd"))
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
            watcher.exclusive(_reporting_start(watcher, sessions.launch)),
            p.command,
            cwd,
            root=str(_against_workspace(ls, p.root)) if p.root else _session_root(ls, cwd),
            backend=backend,
            name=p.name,
            settle_seconds=0,
            slurm=None if job.is_empty() else job,
        )
        result = await _settle(ls, watcher, protocol.LAUNCH_TRAINING, result, p.settle_seconds)
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
            watcher.exclusive(_reporting_start(watcher, sessions.restart)),
            root,
            p.name,
            command=p.command,
            settle_seconds=0,
        )
        result = await _settle(ls, watcher, protocol.RESTART_TRAINING, result, p.settle_seconds)
        return as_dict(result)


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


def _session_root(ls: TrainerServer, cwd: str) -> str | None:
    """The project root a launch in ``cwd`` keeps its session under, when none is given: the one
    above ``cwd`` (``sessions.find_root``) unless that lies outside the workspace folders, then the
    workspace folder itself (session folders stay inside the project the client opened)."""
    from trainerd.training import sessions

    inside = confinement(ls).root_of(Path(cwd).resolve())
    found = sessions.find_root(Path(cwd)).resolve()
    return None if inside is None or confinement(ls).root_of(found) is not None else str(inside)


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
