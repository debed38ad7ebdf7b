"""Watch live training sessions: inotify on each ``<root>/.trainer-workspace/training/`` and every session's
``output.log``, the monitor and triage run on each new chunk, events appended to ``events.jsonl``.

One thread per watcher. It re-attaches to the session folders that exist when it starts (a restarted
daemon picks up where it was: events already in ``events.jsonl`` are not sent again) and picks up new
ones as they appear. The thread never touches the LSP connection itself: it calls ``on_event`` and
``on_triage``, which the server turns into notifications and diagnostics (``server.notify`` is
thread-safe). Only the silence / checkpoint clock ticks on a timer; log data arrives by inotify.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from trainerd.settings import MonitorSettings
from trainerd.training.monitor import Flag, Monitor

logger = logging.getLogger("trainerd.watch")

TRAINING_DIR = Path(".trainer-workspace") / "training"
LOG_FILE = "output.log"
SESSION_FILE = "session.json"
EVENTS_FILE = "events.jsonl"
_TRIGGER = re.compile(
    r"Traceback|Error|Exception|error:|Root Cause|NCCL|what\(\):|terminate called|Killed|Interrupt|Aborted|CUDA",
    re.I,
)
_WINDOW_LINES = 4000
_READ_CHUNK = 1 << 20


@attrs.define
class SessionState:
    """What the watcher knows about one session folder."""

    name: str
    directory: Path
    root: Path
    log_path: Path
    command: str = ""
    cwd: Path | None = None
    state: str = "running"
    offset: int = 0  # bytes of output.log consumed
    base_offset: int = 0  # where the current run's output starts (after the last restart)
    base_line: int = 0  # lines of output.log before base_offset
    lines: list[str] = attrs.Factory(list)  # complete lines of the current run (a tail window)
    first_line: int = 1  # log line number of lines[0]
    partial: str = ""
    monitor: Monitor | None = None
    errors: dict[tuple, Any] = attrs.Factory(dict)  # (start line, rank) -> Triage
    scan_from: int = 1  # the first log line the next triage pass must read (earlier ones are settled)
    pending: bool = False  # a traceback is still being written
    seen_events: set[str] = attrs.Factory(set)
    dirty: bool = False

    @property
    def total_lines(self) -> int:
        return self.first_line - 1 + len(self.lines)


EventSink = Callable[[dict], None]
TriageSink = Callable[[SessionState, list], None]


def _stopped_by_trainerd(state: SessionState) -> bool:
    """True when trainerd asked this session to stop (the stop is recorded before the interrupt)."""
    try:
        record = json.loads((state.directory / "session.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(record, dict) and (
        bool(record.get("stop_requested_at")) or record.get("state") == "killed"
    )


class SessionWatcher:
    """Watches the training folders of several roots and tails every session's log."""

    def __init__(
        self,
        roots: list[Path],
        on_event: EventSink,
        on_triage: TriageSink | None = None,
        settings: Callable[[], MonitorSettings] | None = None,
        tick_seconds: float = 1.0,
        structured_seconds: float = 30.0,
    ) -> None:
        from inotify_simple import INotify

        self.roots = [Path(r).resolve() for r in roots]
        self.on_event = on_event
        self.on_triage = on_triage
        self.settings = settings or MonitorSettings
        self.tick_seconds = tick_seconds
        self.structured_seconds = structured_seconds
        self._last_structured = 0.0
        self.sessions: dict[Path, SessionState] = {}
        self._inotify = INotify()
        self._wd: dict[int, tuple[str, Path]] = {}
        self._watched: dict[Path, int] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._pending: list[Path] = []
        self.ready = threading.Event()

    # --- lifecycle -------------------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="trainerd-log-watcher", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        try:
            self._inotify.close()
        except OSError:
            pass

    def add_root(self, root: Path) -> None:
        """Watch another root too (any thread; the watcher thread picks it up within a tick)."""
        root = Path(root).resolve()
        with self._lock:
            if root not in self.roots:
                self.roots.append(root)
                self._pending.append(root)

    # --- inotify plumbing --------------------------------------------------------------------------
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
                return

    def _attach(self, directory: Path, root: Path) -> None:
        from inotify_simple import flags as f

        directory = directory.resolve()
        if directory in self.sessions:
            return
        state = SessionState(
            name=directory.name, directory=directory, root=root, log_path=directory / LOG_FILE
        )
        self._read_session_json(state)
        state.seen_events = _seen_events(directory / EVENTS_FILE)
        self.sessions[directory] = state
        self._add_watch(directory, "session", f.CREATE | f.MODIFY | f.MOVED_TO | f.CLOSE_WRITE)
        self._new_monitor(state)
        self._consume(state)

    def _new_monitor(self, state: SessionState) -> None:
        config_text = _config_text(state)
        state.monitor = Monitor(
            self.settings(),
            command=state.command,
            config_text=config_text,
            log_name=str(state.log_path),
            cwd=state.cwd,
        )
        state.monitor.lineno = state.base_line
        for flag in state.monitor.check_pitfalls():
            self._emit_flag(state, flag)

    def _read_session_json(self, state: SessionState) -> bool:
        """Refresh command/cwd/state; True when a restart moved the log offset (a new run began)."""
        try:
            data = json.loads((state.directory / SESSION_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        state.command = str(data.get("command") or "")
        state.cwd = Path(data["cwd"]) if data.get("cwd") else state.root
        state.state = str(data.get("state") or "running")
        if data.get("log_path"):
            state.log_path = Path(data["log_path"])
        restarts = data.get("restarts") or []
        base = int(restarts[-1].get("log_offset", 0)) if restarts and isinstance(restarts[-1], dict) else 0
        if base != state.base_offset:
            state.base_offset = base
            return True
        return False

    def _run(self) -> None:
        for root in list(self.roots):
            try:
                self._watch_root(root)
            except OSError as exc:
                logger.warning("cannot watch %s: %s", root, exc)
        self.ready.set()
        next_tick = time.monotonic() + self.tick_seconds
        while not self._stop.is_set():
            timeout_ms = max(0, int((next_tick - time.monotonic()) * 1000))
            try:
                events = self._inotify.read(timeout=timeout_ms)
            except (OSError, ValueError):
                if self._stop.is_set():
                    return
                raise
            for event in events:
                try:
                    self._handle(event)
                except Exception:  # one bad session must not stop the watcher
                    logger.exception("session watcher: handling %s failed", event)
            with self._lock:
                pending, self._pending = self._pending, []
            for root in pending:
                self._watch_root(root)
            if time.monotonic() >= next_tick:
                next_tick = time.monotonic() + self.tick_seconds
                self._tick()

    def _handle(self, event) -> None:
        from inotify_simple import flags as f

        kind, path = self._wd.get(event.wd, ("", Path()))
        name = event.name
        if kind.startswith("ancestor:"):
            root = Path(kind.split(":", 1)[1])
            if name in (".trainer-workspace", "training"):
                self._watch_root(root)
            return
        if kind == "training" and event.mask & f.ISDIR:
            root = next(
                (r for r in self.roots if path == (r / TRAINING_DIR).resolve() or path == r / TRAINING_DIR),
                path.parent.parent,
            )
            self._attach(path / name, root)
            return
        if kind == "session":
            state = self.sessions.get(path)
            if state is None:
                return
            if name == SESSION_FILE:
                if self._read_session_json(state):
                    self._restart(state)
                self._consume(state)
            elif name == state.log_path.name:
                self._consume(state)

    def _restart(self, state: SessionState) -> None:
        """The session was restarted: forget the old run's errors and metrics."""
        state.offset = state.base_offset
        state.lines, state.partial, state.errors = [], "", {}
        state.scan_from = 1
        state.base_line = _count_lines(state.log_path, state.base_offset)
        state.first_line = state.base_line + 1
        self._new_monitor(state)
        if self.on_triage is not None:
            self.on_triage(state, [])

    def _tick(self) -> None:
        now = time.time()
        structured = now - self._last_structured >= self.structured_seconds
        if structured:
            self._last_structured = now
        for state in list(self.sessions.values()):
            if state.monitor is None:
                continue
            if structured and state.state == "running":
                # HF trainer_state.json, Lightning metrics.csv, TensorBoard events under the run's folder
                try:
                    for flag in state.monitor.add_structured(state.cwd or state.root):
                        self._emit_flag(state, flag)
                except Exception:  # a half-written file: read it again next time
                    logger.debug("structured sources of %s not readable yet", state.name, exc_info=True)
            for flag in state.monitor.check_time(now, running=state.state == "running"):
                self._emit_flag(state, flag)

    # --- reading and analysing ---------------------------------------------------------------------
    def _consume(self, state: SessionState) -> None:
        try:
            with open(state.log_path, "rb") as fh:
                size = fh.seek(0, os.SEEK_END)
                if size < state.offset:  # truncated or replaced: read again from the start
                    state.offset, state.base_offset = 0, 0
                    self._restart(state)
                if state.offset == 0 and state.base_offset:
                    state.offset = state.base_offset
                    state.base_line = _count_lines(state.log_path, state.base_offset)
                    state.first_line = state.base_line + 1
                    if state.monitor is not None:
                        state.monitor.lineno = state.base_line
                fh.seek(state.offset)
                data = fh.read(_READ_CHUNK * 64)
        except FileNotFoundError:
            return
        if not data:
            return
        state.offset += len(data)
        text = state.partial + data.decode("utf-8", errors="replace")
        complete, _, state.partial = text.rpartition("\n")
        if not complete and "\n" not in text:
            state.partial = text
            return
        new_lines = complete.split("\n")
        assert state.monitor is not None
        for line in new_lines:
            for flag in state.monitor.feed_line(line):
                self._emit_flag(state, flag)
        state.lines.extend(new_lines)
        if len(state.lines) > _WINDOW_LINES * 2:
            drop = len(state.lines) - _WINDOW_LINES
            state.lines = state.lines[drop:]
            state.first_line += drop
        if state.pending or any(_TRIGGER.search(line) for line in new_lines):
            self._triage(state)  # while a traceback is being written, every chunk may be its last line
        elif not state.pending:
            # quiet output after settled errors: no chained exception can follow any more
            state.scan_from = max(state.scan_from, state.total_lines - 200)

    def _triage(self, state: SessionState) -> None:
        from trainerd.triage.classify import classify_error, pick_root
        from trainerd.triage.extract import extract
        from trainerd.triage.fixes import FixContext, propose

        total = state.total_lines
        first = max(state.scan_from, total - _WINDOW_LINES + 1, state.first_line)
        window = state.lines[first - state.first_line :]
        found = extract("\n".join(window))
        shift = first - 1
        state.scan_from = _next_scan(found, shift, total, state.scan_from)
        settled_end = max((e.end_line + shift for e in found if _complete(e)), default=first - 1)
        state.pending = any(not _complete(e) for e in found) or any(
            "Traceback (most recent call last)" in line or "Root Cause" in line
            for line in state.lines[max(settled_end + 1, first) - state.first_line :]
        )
        changed = False
        for error in found:
            if not _complete(error):
                continue  # still being written
            triage = classify_error(error)
            if triage.exception.rsplit(".", 1)[-1] == "KeyboardInterrupt" and _stopped_by_trainerd(state):
                continue  # the interrupt trainerd sent to stop the session: an end, not a crash
            triage.log_lines = {k: v + shift for k, v in triage.log_lines.items()}
            for link in triage.chain:
                link["line"] = (link.get("line") or 0) + shift
            key = (triage.log_lines["start"], triage.rank)
            old = state.errors.get(key)
            if (
                old is not None
                and old.message == triage.message
                and old.signature == triage.signature
                and len(old.chain) == len(triage.chain)
            ):
                continue
            ctx = FixContext(
                cwd=state.cwd or state.root, command=state.command or None, session_dir=state.directory
            )
            try:
                propose(triage, ctx)
            except Exception as exc:  # e.g. an unreadable fixes.json: say so, keep watching
                triage.fix = f"(no fix proposed: {exc})"
            state.errors[key] = triage
            changed = True
        if not changed:
            return
        results = sorted(state.errors.values(), key=lambda t: t.log_lines["start"])
        for t in results:
            t.root_cause = False
        root = pick_root(results)
        if root is not None:
            results[root].root_cause = True
        if self.on_triage is not None:
            self.on_triage(state, results)
        for t in results:
            key = f"crash:{t.log_lines['start']}:{t.rank}"
            if key in state.seen_events:
                continue
            state.seen_events.add(key)
            where = f" at {t.frame.file}:{t.frame.line}" if t.frame else ""
            label = f"{t.kind}/{t.category}" if t.category else t.kind
            self._emit(
                state,
                "crash",
                f"{t.exception.rsplit('.', 1)[-1]}{where} ({label}): {t.explanation}",
                {"key": key, "triage": _plain(t), "root_cause": t.root_cause},
            )

    def _emit_flag(self, state: SessionState, flag: Flag) -> None:
        first = next((c.get("line") for c in flag.cites if c.get("line")), None)
        key = f"flag:{flag.kind}:{first}"
        if key in state.seen_events:
            return
        state.seen_events.add(key)
        self._emit(state, "flag", flag.message, {"key": key, "flag": _plain(flag)})

    def _emit(self, state: SessionState, kind: str, message: str, details: dict) -> None:
        event = {
            "session": state.name,
            "kind": kind,
            "message": message,
            "log_path": str(state.log_path),
            "session_dir": str(state.directory),
            "details": details,
        }
        record = {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **event}
        try:
            with open(state.directory / EVENTS_FILE, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(record, default=str) + "\n")  # one write: appends do not interleave
        except OSError as exc:
            logger.warning("cannot append to %s: %s", state.directory / EVENTS_FILE, exc)
        self.on_event(event)


def _complete(error: Any) -> bool:
    return bool(error.blocks[-1].exception_line) or "torchrun_root_cause" in error.shapes


def _next_scan(found: list, shift: int, total: int, current: int) -> int:
    """Where the next pass starts: at an error still being written, at the last error while a chained
    one may still follow it, else near the end (a traceback's header is never far above its frames)."""
    pending = [e.start_line + shift for e in found if not _complete(e)]
    if pending:
        return min(pending)
    done = [e for e in found if _complete(e)]
    if done:
        last = max(done, key=lambda e: e.end_line)
        if total - (last.end_line + shift) <= 5:
            return last.start_line + shift
        return max(current, last.end_line + shift + 1, total - 200)
    return max(current, total - 200)


def _plain(value: Any) -> Any:
    from trainerd.data import to_plain

    return json.loads(json.dumps(to_plain(value), default=str))


def _seen_events(path: Path) -> set[str]:
    seen: set[str] = set()
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    key = json.loads(line).get("details", {}).get("key")
                except (ValueError, AttributeError):
                    continue
                if key:
                    seen.add(key)
    except OSError:
        pass
    return seen


def _count_lines(path: Path, upto: int) -> int:
    count = 0
    try:
        with open(path, "rb") as fh:
            remaining = upto
            while remaining > 0:
                chunk = fh.read(min(remaining, _READ_CHUNK))
                if not chunk:
                    break
                count += chunk.count(b"\n")
                remaining -= len(chunk)
    except OSError:
        pass
    return count


def _config_text(state: SessionState) -> str:
    """The text of config files the command names (for the precision / batch pitfalls)."""
    parts = []
    for token in re.findall(r"[\w./-]+\.(?:ya?ml|json|toml)\b", state.command or ""):
        path = Path(token) if Path(token).is_absolute() else (state.cwd or state.root) / token
        try:
            parts.append(path.read_text(encoding="utf-8")[:100_000])
        except OSError:
            continue
    return "\n".join(parts)
