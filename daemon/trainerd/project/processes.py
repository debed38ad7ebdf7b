"""Is a recorded process still the one trainerd started? (pids are reused; zombies are not alive)."""

from __future__ import annotations

import os

import attrs


def _stat_fields(pid: int) -> list[str] | None:
    """Fields of ``/proc/PID/stat`` after the command name (``state`` first), or ``None``."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            stat = fh.read()
    except OSError:
        return None
    return stat.rsplit(")", 1)[-1].split()


def pid_alive(pid: object) -> bool:
    """True while ``pid`` runs. A zombie (ended, not yet reaped) counts as ended."""
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        return False
    fields = _stat_fields(pid)
    if fields is not None:
        return bool(fields) and fields[0] not in ("Z", "X")
    try:  # no /proc (not Linux): signal 0 only says the pid exists
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return not os.path.isdir("/proc")  # /proc exists but had no entry: the process is gone


@attrs.define(frozen=True)
class ProcessIdentity:
    """What tells a process apart from a later one that got the same pid."""

    pid: int
    start_ticks: int | None  # /proc/PID/stat field 22: start time in clock ticks after boot
    cmdline: tuple[str, ...] = ()


def identify(pid: int) -> ProcessIdentity | None:
    """The identity of a running process, or ``None`` when it does not run."""
    if not pid_alive(pid):
        return None
    fields = _stat_fields(pid)
    start = int(fields[19]) if fields and len(fields) > 19 and fields[19].isdigit() else None
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmdline = tuple(part.decode("utf-8", "replace") for part in fh.read().split(b"\0") if part)
    except OSError:
        cmdline = ()
    return ProcessIdentity(pid=pid, start_ticks=start, cmdline=cmdline)


def is_same_process(recorded: ProcessIdentity) -> bool:
    """True when ``recorded.pid`` still runs and is the process that was recorded (same start time)."""
    now = identify(recorded.pid)
    if now is None:
        return False
    if recorded.start_ticks is not None and now.start_ticks is not None:
        return recorded.start_ticks == now.start_ticks
    return not recorded.cmdline or recorded.cmdline == now.cmdline
