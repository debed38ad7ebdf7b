"""The training-session supervisor: one thread that follows every session of every known root.

It does three things on one thread, and tells its listeners (``add_listener``) about all of them:

- **registry**: twice a second it reconciles each root's sessions with screen/tmux/Slurm and reports
  state changes (``started``, ``exited``, ``killed``, ``lost``) as :class:`SessionEvent`;
- **logs**: inotify on ``<root>/.trainer-workspace/training/`` and each session folder; every new chunk
  of an ``output.log`` goes through the monitor and the triage (:class:`SessionTail`): ``flag`` and
  ``crash`` events, and :class:`TriageUpdate` objects for diagnostics;
- **the clock**: silence (a hang) and overdue checkpoints every second, structured files (HF
  ``trainer_state.json``, Lightning ``metrics.csv``, TensorBoard) every ``structured_seconds``.

It re-attaches to the sessions on disk when it starts (events already in ``events.jsonl`` are not sent
again) and acts on what it finds: on NaN/divergence it stops the run when ``trainer.monitor.autoStop``
says so; when a run ends or crashes it runs ``trainer.monitor.notifyCommand`` with the event as JSON on
stdin. Listeners run on the supervisor thread: they must not block (the daemon's just schedule a
notification on its event loop). Nothing here knows about LSP.
"""

from __future__ import annotations

import json
import logging
import shlex
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from trainerd.monitor import MonitorSettings
from trainerd.training.watch import (
    SESSION_FILE,
    STOP_KINDS,
    TRAINING_DIR,
    Listener,
    SessionEvent,
    SessionTail,
    TriageUpdate,
)

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.5
END_KINDS = ("exited", "killed", "lost")


@attrs.define
class SessionMetrics:
    """``trainer/sessionMetrics``: a session's metric series, open flags, crash and log."""

    name: str
    state: str
    series: dict[str, list[list[float | None]]]
    units: dict[str, str]
    flags: list[dict]
    crash: dict | None
    log_path: str


class SessionSupervisor:
    """See the module docstring. ``roots``: project roots holding ``.trainer-workspace/training``."""

    def __init__(
        self,
        roots: list[Path] | None = None,
        settings: Callable[[], MonitorSettings] | None = None,
        tick_seconds: float = 1.0,
        structured_seconds: float = 30.0,
        poll_seconds: float = POLL_SECONDS,
        registry: bool = True,
    ) -> None:
        self.roots: list[Path] = []
        self.settings = settings or MonitorSettings
        self.tick_seconds = tick_seconds
        self.structured_seconds = structured_seconds
        self.poll_seconds = poll_seconds
        self.registry = registry
        self.tails: dict[Path, SessionTail] = {}
        self.listeners: list[Listener] = []
        # held by a registry poll, and by launch/stop/restart while they change a session: the caller
        # that made a change reports it (emit_state), in order, and only once
        self.busy = threading.RLock()
        self.data_lock = threading.RLock()  # held while the thread changes a session's state
        self.ready = threading.Event()
        self._lock = threading.Lock()
        self._pending_roots: list[Path] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._inotify: Any = None
        self._wd: dict[int, tuple[str, Path]] = {}
        self._watched: dict[Path, int] = {}
        self._children: list[subprocess.Popen] = []
        for root in roots or []:
            self.add_root(root)

    # --- lifecycle --------------------------------------------------------------------------------
    def add_listener(self, listener: Listener) -> None:
        """``listener(obj)`` gets every :class:`SessionEvent` and :class:`TriageUpdate` (supervisor thread)."""
        self.listeners.append(listener)

    def add_root(self, root: Path) -> None:
        """Follow the sessions under ``root`` too (any thread; picked up within a tick)."""
        root = Path(root).resolve()
        with self._lock:
            if root in self.roots:
                return
            self.roots.append(root)
            self._pending_roots.append(root)

    def start(self) -> None:
        if self._thread is None:
            from inotify_simple import INotify

            self._inotify = INotify()
            self._thread = threading.Thread(target=self._run, name="trainerd-supervisor", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the thread (promptly: a catch-up in progress is killed)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self._inotify is not None:
            try:
                self._inotify.close()
            except OSError:
                pass
        for child in self._children:
            if child.poll() is None:
                child.kill()

    def exclusive(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        """``fn`` wrapped to run while no registry poll runs (for launch / stop / restart)."""

        def run(*args: Any, **kwargs: Any) -> Any:
            with self.busy:
                return fn(*args, **kwargs)

        return run

    # --- emitting ---------------------------------------------------------------------------------
    def _emit(self, obj: Any) -> None:
        for listener in list(self.listeners):
            try:
                listener(obj)
            except Exception:  # a listener's bug must not stop the supervisor
                logger.exception("session listener failed")
        if isinstance(obj, SessionEvent):
            self._act(obj)

    def emit_state(self, kind: str, record: Any) -> None:
        """Report a state change of ``record`` (by the registry poll, or by the handler that made it)."""
        tail = self.tails.get(Path(record.session_dir).resolve())
        event = tail.state_event(kind, record) if tail is not None else SessionEvent.of_record(kind, record)
        if kind == "started" and getattr(record, "root", None):
            self.add_root(Path(record.root))
        self._emit(event)

    def _act(self, event: SessionEvent) -> None:
        settings = self.settings()
        flag = event.details.get("flag") if event.kind == "flag" else None
        if flag and flag.get("kind") in STOP_KINDS and settings.auto_stop:
            threading.Thread(target=self._auto_stop, args=(event,), daemon=True).start()
        if settings.notify_command and (event.kind in END_KINDS or event.kind == "crash"):
            self._notify(settings.notify_command, event)

    def _auto_stop(self, event: SessionEvent) -> None:
        from trainerd.training import sessions

        tail = self.tails.get(Path(event.session_dir).resolve())
        root = tail.root if tail is not None else Path(event.session_dir).parents[2]
        record_file = Path(event.session_dir) / SESSION_FILE
        deadline = time.monotonic() + 30
        while not record_file.is_file() and time.monotonic() < deadline and not self._stop.is_set():
            self._stop.wait(0.05)  # a run that went NaN within its launch: the record is being written
        try:
            with self.busy:
                record = sessions.stop(root, event.session, grace_seconds=10.0)
            self.emit_state(record.state, record)
        except Exception:
            logger.exception("stopping %s after %s failed", event.session, event.details.get("key"))

    def _notify(self, command: str, event: SessionEvent) -> None:
        self._children = [c for c in self._children if c.poll() is None]
        try:
            child = subprocess.Popen(
                shlex.split(command),
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except (OSError, ValueError) as exc:
            logger.warning("notifyCommand %r failed to start: %s", command, exc)
            return
        self._children.append(child)
        try:
            assert child.stdin is not None
            child.stdin.write(json.dumps(attrs.asdict(event), default=str).encode())
            child.stdin.close()
        except OSError:
            pass

    # --- the thread -------------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._loop()
        except Exception:
            if not self._stop.is_set():
                logger.exception("the session supervisor stopped")
        finally:
            self.ready.set()

    def _loop(self) -> None:
        self._take_roots()
        self.ready.set()
        now = time.monotonic()
        next_poll, next_tick, next_structured = now, now + self.tick_seconds, now
        while not self._stop.is_set():
            busy = [t for t in self.tails.values() if t.more()]
            wait = 0.0 if busy else max(0.0, min(next_poll, next_tick) - time.monotonic())
            try:
                events = self._inotify.read(timeout=int(wait * 1000))
            except (OSError, ValueError):
                if self._stop.is_set():
                    return
                raise
            for event in events:
                try:
                    self._handle(event)
                except Exception:  # one bad session must not stop the others
                    logger.exception("session supervisor: handling %s failed", event)
            self._take_roots()
            for tail in busy:
                self._consume(tail)
            now = time.monotonic()
            if self.registry and now >= next_poll:
                next_poll = now + self.poll_seconds
                self._poll_registry()
            if now >= next_tick:
                next_tick = now + self.tick_seconds
                structured = now >= next_structured
                if structured:
                    next_structured = now + self.structured_seconds
                self._tick(structured)

    def _take_roots(self) -> None:
        with self._lock:
            pending, self._pending_roots = self._pending_roots, []
        for root in pending:
            try:
                self._watch_root(root)
            except OSError as exc:
                logger.warning("cannot watch %s: %s", root, exc)

    def _add_watch(self, path: Path, kind: str, mask: int) -> None:
        if path in self._watched:
            return
        try:
            wd = self._inotify.add_watch(str(path), mask)
        except OSError:
            return
        self._watched[path] = wd
        self._wd[wd] = (kind, path)

    def _watch_root(self, root: Path) -> None:
        from inotify_simple import flags as f

        training = root / TRAINING_DIR
        if training.is_dir():
            self._add_watch(training, "training", f.CREATE | f.MOVED_TO | f.ONLYDIR)
            for child in sorted(training.iterdir()):
                if child.is_dir():
                    self._attach(child, root)
            return
        # not there yet: watch the deepest folder that exists and come back when the next one appears
        for ancestor in (root / ".trainer-workspace", root):
            if ancestor.is_dir():
                self._add_watch(ancestor, f"ancestor:{root}", f.CREATE | f.MOVED_TO | f.ONLYDIR)
                # the next folder may have appeared before the watch was in place: its event is lost
                if training.is_dir() or (ancestor == root and (root / ".trainer-workspace").is_dir()):
                    self._watch_root(root)
                return

    def _attach(self, directory: Path, root: Path) -> SessionTail:
        from inotify_simple import flags as f

        directory = directory.resolve()
        tail = self.tails.get(directory)
        if tail is not None:
            return tail
        tail = SessionTail(directory, root, self.settings)
        self.tails[directory] = tail
        self._add_watch(directory, "session", f.CREATE | f.MODIFY | f.MOVED_TO | f.CLOSE_WRITE)
        for obj in tail.new_monitor():
            if obj is not None:
                self._emit(obj)
        self._consume(tail)
        return tail

    def _handle(self, event: Any) -> None:
        from inotify_simple import flags as f

        kind, path = self._wd.get(event.wd, ("", Path()))
        name = event.name
        if kind.startswith("ancestor:"):
            if name in (".trainer-workspace", "training"):
                self._watch_root(Path(kind.split(":", 1)[1]))
            return
        if kind == "training" and event.mask & f.ISDIR:
            root = next((r for r in self.roots if (r / TRAINING_DIR).resolve() == path), path.parent.parent)
            self._attach(path / name, root)
            return
        tail = self.tails.get(path) if kind == "session" else None
        if tail is None:
            return
        if name == SESSION_FILE:
            with self.data_lock:
                objs = tail.restart() if tail.read_session_json() else []
            for obj in objs:
                self._emit(obj)
            self._consume(tail)
        elif name == tail.log_path.name:
            self._consume(tail)

    def _consume(self, tail: SessionTail) -> None:
        with self.data_lock:
            objs = tail.consume(stop=self._stop)
        for obj in objs:
            self._emit(obj)

    def _poll_registry(self) -> None:
        from trainerd.training import sessions

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
                    self.emit_state(change.kind, change.session)

    def _tick(self, structured: bool) -> None:
        now = time.time()
        for tail in list(self.tails.values()):
            try:
                with self.data_lock:
                    objs = tail.tick(now, structured and tail.state == "running")
            except Exception:
                logger.exception("session %s: clock checks failed", tail.name)
                continue
            for obj in objs:
                self._emit(obj)

    # --- queries (any thread) ---------------------------------------------------------------------
    def metrics(self, root: Path, name: str) -> SessionMetrics:
        """``trainer/sessionMetrics`` of session ``name`` under ``root`` (read once if not followed)."""
        return metrics(root, name, self)


def metrics(root: Path, name: str, supervisor: SessionSupervisor | None = None) -> SessionMetrics:
    """A session's metrics: from the supervisor when it follows the session, else by reading it once."""
    from trainerd.training import sessions
    from trainerd.training.watch import inspect_session

    record = sessions.get_session(Path(root), name)  # TrainerError naming the field when unknown
    directory = Path(record.session_dir).resolve()
    tail = supervisor.tails.get(directory) if supervisor is not None else None
    if tail is not None:
        assert supervisor is not None
        with supervisor.data_lock:
            return session_metrics(tail, record)
    settings = supervisor.settings() if supervisor is not None else None
    return session_metrics(inspect_session(directory, Path(root), settings), record)


def session_metrics(tail: SessionTail, record: Any | None = None) -> SessionMetrics:
    """A session's series (``[[step, value], …]``, NaN/inf as null), open flags and crash."""
    points = tail.monitor.series_points()
    unit = points.pop("_throughput_unit", None)
    names = {"loss": "loss", "eval_loss": "eval_loss", "grad_norm": "grad_norm", "lr": "learning_rate"}
    names.update({"throughput": "throughput", "epoch": "epoch"})
    series: dict[str, list[list[float | None]]] = {}
    for key, wire in names.items():
        values = points.get(key)
        if values:
            series[wire] = [
                [s, v if v == v and v not in (float("inf"), float("-inf")) else None] for s, v in values
            ]
    flags = [
        {"kind": f.kind, "severity": f.severity, "message": f.message, "step": f.step, "line": f.line}
        for f in tail.monitor.flags
    ]
    root = next((t for t in tail.results if t.root_cause), tail.results[-1] if tail.results else None)
    crash = None
    if root is not None:
        from trainerd.triage.classify import frame_at

        where = frame_at(root.frame)
        crash = {
            "line": root.log_lines.get("exception") or root.log_lines.get("start"),
            "message": f"{root.exception.rsplit('.', 1)[-1]}{where}: {root.message}"[:500],
        }
    state = record.state if record is not None else tail.state
    return SessionMetrics(
        name=tail.name,
        state=state,
        series=series,
        units={"throughput": str(unit)} if unit else {},
        flags=flags,
        crash=crash,
        log_path=str(tail.log_path),
    )


__all__ = [
    "SessionEvent",
    "SessionMetrics",
    "SessionSupervisor",
    "TriageUpdate",
    "metrics",
    "session_metrics",
]
