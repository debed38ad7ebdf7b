"""Follow one training session: its log through the monitor and the triage, its events on disk.

A :class:`SessionTail` owns what is known about one session folder (``session.json``, ``output.log``,
``events.jsonl``): it reads the log from where it stopped, turns new lines into monitor flags and, when a
traceback appears, triage results, and appends every event to ``events.jsonl`` (so a restarted daemon
sends nothing twice). It has no thread of its own: the supervisor calls :meth:`SessionTail.consume` when
the log changes and :meth:`SessionTail.tick` on its clock; the CLI's one-shot verbs call
:func:`inspect_session`.

Long logs: a backlog of more than ``_BACKLOG`` bytes (a re-attach to a long run) is read by
:meth:`Monitor.catch_up <trainerd.monitor.core.Monitor.catch_up>` (in a child process when it
is over ``_CHILD_BACKLOG``, so the daemon's event loop keeps the GIL); the triage then reads only the
log's tail, where a crash is.

(About 550 lines, kept whole: :class:`SessionTail` is one object — log position, monitor, triage and
the events it has written — and its helpers are its own; the thread that drives it is in
:mod:`.supervisor`, the light ``events.jsonl`` reader in :mod:`.events`.)
"""

from __future__ import annotations

import json
import logging
import pickle
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from trainerd.monitor import Flag, Monitor, MonitorSettings
from trainerd.project import layout
from trainerd.project.clock import parse_utc, utc_now
from trainerd.project.layout import EVENTS_FILE, LOG_FILE, SESSION_FILE
from trainerd.training.events import read_events

logger = logging.getLogger(__name__)

TRAINING_DIR = Path(layout.WORKSPACE_DIRNAME) / layout.TRAINING_DIRNAME
_TRIGGER = re.compile(
    r"Traceback|Error|Exception|error:|Root Cause|NCCL|what\(\):|terminate called|Killed|Interrupt|Aborted|CUDA",
    re.I,
)
_WINDOW_LINES = 4000
_READ_CHUNK = 1 << 20  # bytes read per live step (more waits for the next step: bounded work per call)
_BACKLOG = 256 << 10  # a backlog larger than this is caught up (rare lines in full, the rest sampled)
_CHILD_BACKLOG = 4 << 20  # ... in a child process when larger than this (the daemon keeps its GIL)
_TAIL_BYTES = 2 << 20  # how much of a long log's end the triage reads after a catch-up
STOP_KINDS = ("nan_inf", "divergence")  # flags that offer to stop the run


@attrs.define
class SessionEvent:
    """One thing that happened to a session: a state change, a crash, a flag (``trainer/sessionEvent``)."""

    session: str
    kind: str  # started | exited | killed | lost | crash | flag
    message: str
    log_path: str
    session_dir: str
    state: str | None = None
    status: str | None = None
    exit_code: int | None = None
    details: dict = attrs.Factory(dict)

    @classmethod
    def of_record(cls, kind: str, record: Any) -> SessionEvent:
        """A registry state change of ``record`` (a session record) as an event."""
        return cls(
            record.name,
            kind,
            record.message or record.status,
            str(record.log_path),
            str(record.session_dir),
            state=record.state,
            status=record.status,
            exit_code=record.exit_code,
        )


@attrs.define
class TriageUpdate:
    """The classified errors of a session's current run (diagnostics; not sent as an event)."""

    session: str
    session_dir: Path
    log_path: Path
    cwd: Path
    command: str
    results: list


Listener = Callable[[Any], None]  # receives SessionEvent and TriageUpdate objects


def _iso_epoch(text: str | None) -> float | None:
    when = parse_utc(text) if text else None
    return when.timestamp() if when is not None else None


_OUTPUT_DIR = re.compile(
    r"(?:--output[_-]dir|--out[_-]dir|--default[_-]root[_-]dir|--log[_-]?dir|--save[_-]dir|--checkpoint[_-]dir)"
    r"[= ]+(['\"]?)([^\s'\"]+)\1|\b(?:out_dir|output_dir)=(['\"]?)([^\s'\"]+)\3"
)


def output_dirs(command: str, cwd: Path) -> list[Path]:
    """The run's own output directories: those its command names, else its working directory."""
    found = []
    for m in _OUTPUT_DIR.finditer(command or ""):
        raw = m.group(2) or m.group(4)
        path = Path(raw).expanduser()
        found.append(path if path.is_absolute() else cwd / path)
    return found or [cwd]


class SessionTail:
    """What is known about one session folder (see the module docstring)."""

    def __init__(self, directory: Path, root: Path, settings: Callable[[], MonitorSettings]) -> None:
        self.name = directory.name
        self.directory = directory
        self.root = root
        self.settings = settings
        self.log_path = directory / LOG_FILE
        self.command = ""
        self.cwd: Path = root
        self.state = "running"
        self.started: float | None = None
        self.offset = 0
        self.base_offset = 0
        self.base_line = 0
        self.lines: list[str] = []
        self.first_line = 1
        self.partial = ""
        self.monitor: Monitor = Monitor()
        self.errors: dict[tuple, Any] = {}
        self.results: list = []
        self.scan_from = 1
        self.pending = False
        self.seen_events: set[str] = _seen_events(directory / EVENTS_FILE)
        self.read_session_json()
        self.new_monitor()

    @property
    def total_lines(self) -> int:
        return self.first_line - 1 + len(self.lines)

    # --- the session record ---------------------------------------------------------------------
    def read_session_json(self) -> bool:
        """Refresh command/cwd/state; True when a restart moved the log offset (a new run began)."""
        try:
            data = json.loads((self.directory / SESSION_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        self.command = str(data.get("command") or "")
        self.cwd = Path(data["cwd"]) if data.get("cwd") else self.root
        self.state = str(data.get("state") or "running")
        if data.get("log_path"):
            self.log_path = Path(data["log_path"])
        restarts = data.get("restarts") or []
        last = restarts[-1] if restarts and isinstance(restarts[-1], dict) else {}
        self.started = _iso_epoch(last.get("at") or data.get("started_at"))
        base = int(last.get("log_offset", 0))
        if base != self.base_offset:
            self.base_offset = base
            return True
        return False

    def stopped_by_trainerd(self) -> bool:
        try:
            record = json.loads((self.directory / SESSION_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return isinstance(record, dict) and (
            bool(record.get("stop_requested_at")) or record.get("state") == "killed"
        )

    def new_monitor(self) -> list[SessionEvent | None]:
        self.monitor = Monitor(
            self.settings(),
            command=self.command,
            config_text=_config_text(self.command, self.cwd),
            log_name=str(self.log_path),
            start_time=self.started,
            output_dirs=output_dirs(self.command, self.cwd),
            since=(self.started - 2.0) if self.started else None,  # the clock's second granularity
        )
        self.monitor.lineno = self.base_line
        return [self._flag_event(f) for f in self.monitor.check_pitfalls()]

    def restart(self) -> list[Any]:
        """The session was restarted: forget the old run's errors and metrics."""
        self.offset = self.base_offset
        self.lines, self.partial, self.errors, self.results = [], "", {}, []
        self.scan_from = 1
        self.base_line = _count_lines(self.log_path, self.base_offset)
        self.first_line = self.base_line + 1
        out: list[Any] = [e for e in self.new_monitor() if e is not None]
        out.append(self._triage_update())
        return out

    # --- reading ----------------------------------------------------------------------------------
    def consume(self, stop: Any = None, catch_up_in_child: bool = True) -> list[Any]:
        """Read what is new in the log (bounded per call); the events and triage updates it gives."""
        out: list[Any] = []
        try:
            size = self.log_path.stat().st_size
        except OSError:
            return out
        if size < self.offset:  # truncated or replaced: read again from the start
            self.offset, self.base_offset = 0, 0
            out += self.restart()
        if self.offset == 0 and self.base_offset:
            self.offset = self.base_offset
            self.base_line = _count_lines(self.log_path, self.base_offset)
            self.first_line = self.base_line + 1
            self.monitor.lineno = self.base_line
        backlog = size - self.offset
        if backlog <= 0:
            return out
        if backlog > _BACKLOG:
            out += self._catch_up(size, stop, catch_up_in_child and backlog > _CHILD_BACKLOG)
            return out
        try:
            with open(self.log_path, "rb") as fh:
                fh.seek(self.offset)
                data = fh.read(_READ_CHUNK)
        except OSError:
            return out
        self.offset += len(data)
        text = self.partial + data.decode("utf-8", errors="replace")
        complete, newline, self.partial = text.rpartition("\n")
        if not newline:
            return out
        new_lines = complete.split("\n")
        now = time.time()
        for line in new_lines:
            out += [self._flag_event(f) for f in self.monitor.feed_line(line, now=now)]
        self._keep(new_lines)
        if self.pending or any(_TRIGGER.search(line) for line in new_lines):
            out += self._triage()  # while a traceback is being written, every chunk may be its last line
        elif not self.pending:
            # quiet output after settled errors: no chained exception can follow any more
            self.scan_from = max(self.scan_from, self.total_lines - 200)
        return [e for e in out if e is not None]

    def more(self) -> bool:
        """True when the log holds more than the last :meth:`consume` read."""
        try:
            return self.log_path.stat().st_size > self.offset
        except OSError:
            return False

    def _keep(self, new_lines: list[str]) -> None:
        self.lines.extend(new_lines)
        if len(self.lines) > _WINDOW_LINES * 2:
            drop = len(self.lines) - _WINDOW_LINES
            self.lines = self.lines[drop:]
            self.first_line += drop

    def _catch_up(self, size: int, stop: Any, in_child: bool) -> list[Any]:
        """Read a long backlog to its last complete line, then triage the log's tail."""
        start = self.offset
        try:
            mtime = self.log_path.stat().st_mtime
        except OSError:
            return []
        before = len(self.monitor.flags)
        self.monitor.partial = self.partial
        self.monitor.last_output_time = mtime
        if in_child:
            read = self._catch_up_in_child(start, size, stop)
        else:
            with open(self.log_path, "rb") as fh:
                fh.seek(start)
                read = self.monitor.catch_up(fh, end=size, stop=stop)
        if read is None:
            return []
        self.offset = start + read
        self.partial = self.monitor.partial
        self.monitor.partial = ""
        out: list[Any] = [self._flag_event(f) for f in self.monitor.flags[before:]]
        # the triage window: the last lines before the read position
        tail = _read_tail(self.log_path, self.offset, _TAIL_BYTES)
        lines = tail.split("\n")[:-1] if tail.endswith("\n") else tail.split("\n")[1:-1]
        lines = lines[-_WINDOW_LINES:]
        self.lines = lines
        self.first_line = self.monitor.lineno - len(lines) + 1
        self.scan_from = self.first_line
        out += self._triage()
        return [e for e in out if e is not None]

    def _catch_up_in_child(self, start: int, end: int, stop: Any) -> int | None:
        structured, self.monitor.structured = self.monitor.structured, None  # open files stay here
        try:
            payload = pickle.dumps((self.monitor, str(self.log_path), start, end))
            proc = subprocess.Popen(
                [sys.executable, "-m", "trainerd.monitor.catchup"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            try:
                answer, errors = _communicate(proc, payload, stop)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
            if answer is None:
                return None  # stopped
            if proc.returncode != 0:
                logger.warning("catching up %s failed: %s", self.log_path, errors[-2000:])
                return None
            monitor, read = pickle.loads(answer)
        finally:
            self.monitor.structured = structured
        monitor.structured = structured
        self.monitor = monitor
        return int(read)

    # --- the clock ----------------------------------------------------------------------------------
    def tick(self, now: float, structured: bool) -> list[Any]:
        """Structured files (when ``structured``) and the silence / checkpoint clock."""
        out: list[Any] = []
        if structured:
            out += [self._flag_event(f) for f in self.monitor.poll_structured()]
        out += [self._flag_event(f) for f in self.monitor.check_time(now, running=self.state == "running")]
        return [e for e in out if e is not None]

    # --- triage -------------------------------------------------------------------------------------
    def _triage(self) -> list[Any]:
        from trainerd.triage.classify import classify_error, frame_at, pick_root
        from trainerd.triage.extract import extract
        from trainerd.triage.fixes import FixContext, propose

        total = self.total_lines
        first = max(self.scan_from, total - _WINDOW_LINES + 1, self.first_line)
        window = self.lines[first - self.first_line :]
        text = "\n".join(window)
        found = extract(text, words=False)
        # what the classifier may read around an error: the window and the command that launched the run (a
        # non-scalar loss under DataParallel is told by a line before the traceback or by the command's GPUs); no
        # copy of the window when it holds no error
        context = f"{self.command}\n{text}" if found else ""
        shift = first - 1
        self.scan_from = _next_scan(found, shift, total, self.scan_from)
        settled_end = max((e.end_line + shift for e in found if _complete(e)), default=first - 1)
        self.pending = any(not _complete(e) for e in found) or any(
            "Traceback (most recent call last)" in line or "Root Cause" in line
            for line in self.lines[max(settled_end + 1, first) - self.first_line :]
        )
        changed = False
        for error in found:
            if not _complete(error):
                continue  # still being written
            triage = classify_error(error, context)
            if triage.exception.rsplit(".", 1)[-1] == "KeyboardInterrupt" and self.stopped_by_trainerd():
                continue  # the interrupt trainerd sent to stop the session: an end, not a crash
            triage.log_lines = {k: v + shift for k, v in triage.log_lines.items()}
            for link in triage.chain:
                link["line"] = (link.get("line") or 0) + shift
            key = (triage.log_lines["start"], triage.rank)
            old = self.errors.get(key)
            if (
                old is not None
                and old.message == triage.message
                and old.signature == triage.signature
                and len(old.chain) == len(triage.chain)
            ):
                continue
            ctx = FixContext(cwd=self.cwd, command=self.command or None, session_dir=self.directory)
            try:
                propose(triage, ctx)
            except Exception as exc:  # e.g. an unreadable fixes.json: say so, keep watching
                triage.fix = f"(no fix proposed: {exc})"
            self.errors[key] = triage
            changed = True
        if not changed:
            return []
        results = sorted(self.errors.values(), key=lambda t: t.log_lines["start"])
        for t in results:
            t.root_cause = False
        root = pick_root(results)
        if root is not None:
            results[root].root_cause = True
        self.results = results
        out: list[Any] = [self._triage_update()]
        for t in results:
            crash_key = f"crash:{t.log_lines['start']}:{t.rank}"
            if crash_key in self.seen_events:
                continue
            where = frame_at(t.frame)
            label = f"{t.kind}/{t.category}" if t.category else t.kind
            out.append(
                self._event(
                    "crash",
                    f"{t.exception.rsplit('.', 1)[-1]}{where} ({label}): {t.explanation}",
                    {"key": crash_key, "triage": _plain(t), "root_cause": t.root_cause},
                )
            )
        return out

    def _triage_update(self) -> TriageUpdate:
        return TriageUpdate(
            self.name, self.directory, self.log_path, self.cwd, self.command, list(self.results)
        )

    # --- events -------------------------------------------------------------------------------------
    def _flag_event(self, flag: Flag) -> SessionEvent | None:
        key = f"flag:{flag.key or flag.kind}:{flag.line}"
        details: dict[str, Any] = {"key": key, "flag": _plain(flag)}
        if flag.kind in STOP_KINDS:
            details["actions"] = ["stop"]
        return self._event("flag", flag.message, details)

    def _event(self, kind: str, message: str, details: dict, **fields: Any) -> SessionEvent | None:
        key = details.get("key")
        if key:
            if key in self.seen_events:
                return None
            self.seen_events.add(key)
        event = SessionEvent(
            self.name, kind, message, str(self.log_path), str(self.directory), details=details, **fields
        )
        append_event(self.directory, event)
        return event

    def state_event(self, kind: str, record: Any) -> SessionEvent:
        """A registry state change of this session as an event (appended to ``events.jsonl``)."""
        self.state = record.state
        event = SessionEvent.of_record(kind, record)
        append_event(self.directory, event)
        return event


def _communicate(proc: subprocess.Popen, payload: bytes, stop: Any) -> tuple[bytes | None, bytes]:
    """Send ``payload``, read the child's whole answer (no pipe fills up), give up when ``stop`` is set."""
    data: bytes | None = payload
    while True:
        try:
            out, err = proc.communicate(data, timeout=0.1)
            return out, err or b""
        except subprocess.TimeoutExpired:
            data = None  # sent already; retrying loses no output
            if stop is not None and stop.is_set():
                proc.kill()
                proc.communicate()
                return None, b""


def append_event(directory: Path, event: SessionEvent) -> None:
    """One JSON line in ``events.jsonl`` (one write: appends from two processes do not interleave)."""
    record = {"time": utc_now(), **attrs.asdict(event)}
    try:
        with open(directory / EVENTS_FILE, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, default=str) + "\n")
    except OSError as exc:
        logger.warning("cannot append to %s: %s", directory / EVENTS_FILE, exc)


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
    for record in read_events(path.parent) if path.name == EVENTS_FILE else []:
        key = (record.get("details") or {}).get("key")
        if key:
            seen.add(key)
    return seen


def _count_lines(path: Path, upto: int) -> int:
    count = 0
    try:
        with open(path, "rb") as fh:
            remaining = upto
            while remaining > 0:
                chunk = fh.read(min(remaining, 1 << 20))
                if not chunk:
                    break
                count += chunk.count(b"\n")
                remaining -= len(chunk)
    except OSError:
        pass
    return count


def _read_tail(path: Path, end: int, max_bytes: int) -> str:
    try:
        with open(path, "rb") as fh:
            start = max(0, end - max_bytes)
            fh.seek(start)
            data = fh.read(end - start)
    except OSError:
        return ""
    text = data.decode("utf-8", errors="replace")
    return ("\n" + text) if start == 0 else text  # a whole first line when the tail is the whole log


def _config_text(command: str, cwd: Path) -> str:
    """The text of config files the command names (for the precision / batch pitfalls)."""
    parts = []
    for token in re.findall(r"[\w./-]+\.(?:ya?ml|json|toml)\b", command or ""):
        path = Path(token) if Path(token).is_absolute() else cwd / token
        try:
            parts.append(path.read_text(encoding="utf-8")[:100_000])
        except OSError:
            continue
    return "\n".join(parts)


def inspect_session(directory: Path, root: Path, settings: MonitorSettings | None = None) -> SessionTail:
    """Read a session's whole current run once (CLI verbs): flags, crash, series; silence from the log's
    age while the session runs. Events found are recorded like the daemon's."""
    tail = SessionTail(directory, root, lambda: settings or MonitorSettings())
    while True:
        tail.consume(catch_up_in_child=False)
        if not tail.more():
            break
    tail.monitor.flush()
    try:
        mtime = tail.log_path.stat().st_mtime
    except OSError:
        mtime = None
    if mtime is not None:
        tail.monitor.last_output_time = mtime
    tail.tick(time.time(), structured=True)
    if tail.state != "running":
        tail.monitor.finish_offline()
    return tail
