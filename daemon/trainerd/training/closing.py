"""Closing a finished screen/tmux session once its end is recorded: finished sessions do not pile up
(issue 16; issue 20 bug 9). The log and the record stay; ``session.json`` gets ``closed_at``.

A session is closed only when it is this record's (names are global to the machine, and a finished
session's name can be taken again by another project's launch), and — under screen — only once screen
has copied the command's last output into the log.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from trainerd.errors import TrainerError
from trainerd.project.clock import utc_now
from trainerd.training import backends
from trainerd.training.sessions import SESSION_FILE, SessionRecord, _load, _save, _unsettled
from trainerd.workspace.files import locked


def owns(record: SessionRecord) -> bool:
    """Is the screen/tmux session named like ``record`` really ``record``'s? Names are global to the
    machine and a finished session's name can be taken again by another project's launch: never
    close someone else's session (the backend's own test: screen's server runs this session's
    screenrc, tmux's session carries this session's pane-died hook)."""
    if record.backend not in ("screen", "tmux"):
        return False
    return backends.get(record.backend).owns(record)


def _screen_done(record: SessionRecord, grace_seconds: float = 10.0) -> bool:
    """screen has written everything the command printed: its own "=== Command ... ===" line is in
    the log (it comes last), or the run ended long enough ago."""
    if backends._screen_exit_from_log(Path(record.session_dir), record.log_offset)[2]:
        return True
    try:
        ended = datetime.strptime(record.ended_at or "", "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return True
    return (datetime.now(UTC) - ended).total_seconds() >= grace_seconds


def wait_output_copied(record: SessionRecord, timeout: float = 30.0) -> None:
    """After the command ended, give screen/tmux the moment they need to copy its last output (a
    traceback, the KeyboardInterrupt of a stop) into the log before the session is closed: under
    screen its own exit line is in the log (it comes last), under tmux the pane is marked dead (tmux
    read the terminal to its end) and the log filter has written all it was given. Bounded: a busy machine delays, never blocks, a stop."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if record.backend == "screen":
            if backends._screen_exit_from_log(Path(record.session_dir), record.log_offset)[2]:
                return
            if not backends.ScreenBackend().exists(record.name):
                return
        elif record.backend == "tmux":
            panes = backends.TmuxBackend()._panes(record.name)
            if not panes or (panes[0][:1] == ["1"] and backends.filter_drained(Path(record.session_dir))):
                return
        else:
            return
        time.sleep(0.02)


def close_finished(record: SessionRecord) -> bool:
    """Close the screen/tmux session of a run whose end is recorded (its exit code known, or no
    longer expected): finished sessions do not pile up; the log and the record stay. True if closed."""
    if record.backend not in ("screen", "tmux") or record.closed_at is not None:
        return False
    if record.state in ("running", "pending") or _unsettled(record):
        return False
    if record.backend == "screen" and record.state == "exited" and not _screen_done(record):
        return False  # screen may still be copying the command's last output into the log
    try:
        if owns(record):
            backends.get(record.backend).close(record.name)
    except TrainerError:
        return False  # the backend is gone: nothing to close, try again another time
    with locked(Path(record.session_dir)):
        current = _load(Path(record.session_dir) / SESSION_FILE)
        if current.closed_at is None and current.state not in ("running", "pending"):
            current.closed_at = utc_now()
            _save(current)
            record.closed_at = current.closed_at
    return True
