"""screen as a session backend.

A per-session screenrc (``-c``) with ``logfile <output.log>``, ``logfile flush 0`` (screen otherwise
flushes every 10 s) and ``zombie k`` (the window stays after the command ends, like tmux's
remain-on-exit; ``k`` closes it, and there is deliberately no resurrect key: a rerun goes through
``trainerd restart`` so the registry knows). screen prints ``=== Command terminated with exit status
N ===`` into the window (and so the log) when it reaps the command -- but only when it handles the
child's exit before it sees the terminal close; otherwise it prints ``detached from window``. The
window's first process (:mod:`trainerd.training.ttyhold`) forks a holder of the terminal and then
execs the command, so the terminal stays open until screen has reaped it and screen always sees the
status first; while the ended command is not reaped yet its status is read from ``/proc/PID/stat``.
When neither works the exit code is ``None`` and the message says so. The command runs in the user's
shell (``$SHELL -c``), environment inherited.

The log keeps the terminal's CRLF line ends under screen (tmux's copy goes through a filter that
writes LF): screen writes its log file itself, and the only way to filter it — a FIFO read by a
filter process — was tried and dropped: when the reader stops (killed, or EOF while screen reopens
its log), the screen server blocks opening the FIFO and every ``screen`` command on the machine hangs.
trainerd's readers (output tail, first sign of life, monitor, triage) read ``\r\n`` as a line end.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

from trainerd.errors import TrainerError
from trainerd.project.layout import LOG_FILE
from trainerd.project.processes import pid_alive
from trainerd.training import ttyhold
from trainerd.training.backends.base import (
    Backend,
    Probe,
    SessionRef,
    _log_tail,
    _run,
    shell,
    zombie_status,
)
from trainerd.workspace.files import atomic_write_text

SCREENRC_FILE = "screenrc"
# screen's own zombie message, e.g. "=== Command terminated with exit status 3 (Mon Nov 23 ...) ==="
_SCREEN_EXIT = re.compile(
    r"=== Command (?:(terminated normally)|terminated with exit status (\d+)|(?:killed by|terminated with) signal (\d+)"
    r"|(detached from window))"
)


class ScreenBackend(Backend):
    name = "screen"

    def _sessions(self) -> dict[str, int]:
        proc = _run(["screen", "-ls"])
        found: dict[str, int] = {}
        for line in proc.stdout.splitlines():
            # "\t12345.name\t(11/23/26 16:49:44)\t(Detached)"; "(Dead ???)" sessions are gone
            match = re.match(r"\s+(\d+)\.(\S+)\s.*\((?:Attached|Detached|Multi)", line)
            if match:
                found[match.group(2)] = int(match.group(1))
        return found

    def exists(self, session: str) -> bool:
        return session in self._sessions()

    def _screenrc(self, log_path: Path, session_dir: Path) -> Path:
        rc = session_dir / SCREENRC_FILE
        # the user's ~/.screenrc is not sourced: one that opens windows of its own would make the
        # session's command ambiguous; attaching still works with screen's default keys (Ctrl+A)
        lines = [
            f"logfile {_screen_quote(str(log_path))}",
            "logfile flush 0",
            "deflog on",
            "zombie k",
            "defscrollback 10000",
        ]
        atomic_write_text(rc, "\n".join(lines) + "\n")
        return rc

    def start(self, session: str, command: str, cwd: str, log_path: Path, session_dir: Path) -> None:
        rc = self._screenrc(log_path, session_dir)
        # the window's first process holds its terminal open, then becomes `$SHELL -c command`
        launch_env = dict(os.environ) if self.env is None else self.env
        holder = [sys.executable, "-I", str(Path(ttyhold.__file__)), ttyhold.locale_argument(launch_env)]
        argv = ["screen", "-c", str(rc), "-dmS", session, "-L", *holder, shell(), "-c", command]
        proc = _run(argv, cwd=cwd, env=self.env)  # a new screen server: the command inherits this env
        if proc.returncode != 0:
            raise TrainerError(
                f"screen could not start session {session}: {proc.stderr.strip() or proc.stdout.strip()}"
            )
        self._wait_child(session, log_path)

    # screen registers a new session in milliseconds; one still missing after this long died on its
    # way up, and a launch must answer rather than wait on it (the LSP request is the user's)
    def _wait_child(self, session: str, log_path: Path, timeout: float = 12.0) -> int | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid = self.find_pid(session)
            if pid is not None:
                return pid
            if _SCREEN_EXIT.search(_log_tail(log_path, 0)):
                return None  # the command already ended
            time.sleep(0.005)
        return None

    def find_pid(self, session: str) -> int | None:
        server = self._sessions().get(session)
        if server is None:
            return None
        try:
            children = Path(f"/proc/{server}/task/{server}/children").read_text().split()
        except OSError:
            return None
        return int(children[-1]) if children else None

    def owns(self, record: SessionRef) -> bool:
        """trainerd starts screen with the screenrc in the session's own folder (``-c``)."""
        server = self._sessions().get(record.name)
        if server is None:
            return False
        try:
            argv = Path(f"/proc/{server}/cmdline").read_bytes().split(b"\0")
        except OSError:
            return False
        rc = str(Path(record.session_dir) / SCREENRC_FILE).encode()
        return any(argv[i] == b"-c" and argv[i + 1] == rc for i in range(len(argv) - 1))

    def probe(self, record: SessionRef) -> Probe:
        pid, session_dir, log_offset = record.pid, Path(record.session_dir), record.log_offset
        if record.name not in self._sessions():
            # gone (closed after its end was recorded, or ended before screen could keep it): its own
            # "=== Command ... ===" line in the log still says how it ended
            code, sig, known = _screen_exit_from_log(session_dir, log_offset)
            return Probe(exists=False, exit_code=code, signal=sig, exit_known=known)
        if pid_alive(pid):
            return Probe(exists=True, alive=True, pid=pid)
        # screen writes its "=== Command ... ===" line once it has reaped the command, after the
        # command's last output: until it is in the log, the end is not recorded (a crash's traceback
        # may still be on its way into the log, and triage reads it at once)
        code, sig, known = _screen_exit_from_log(session_dir, log_offset)
        said = known or bool(_SCREEN_EXIT.search(_log_tail(session_dir / LOG_FILE, log_offset)))
        zombie = zombie_status(pid)
        if zombie is not None:  # ended, not reaped yet: the kernel holds the status
            code, sig, known = zombie[0], zombie[1], True
        return Probe(
            exists=True, alive=False, pid=pid, exit_code=code, signal=sig, exit_known=known, pending=not said
        )

    def close(self, session: str) -> None:
        # `screen -S NAME` also matches a longer name (NAME-2, another project's session): address
        # the server by pid, as screen -ls lists it, so only this exact session is closed
        server = self._sessions().get(session)
        if server is None:
            return
        _run(["screen", "-S", f"{server}.{session}", "-X", "quit"])
        deadline = time.monotonic() + 30  # returns once gone; a loaded machine is slow to say so
        while self.exists(session) and time.monotonic() < deadline:
            time.sleep(0.02)

    def attach_command(self, record: SessionRef) -> list[str]:
        return ["screen", "-r", record.name]


def _screen_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$") + '"'


def _screen_exit_from_log(session_dir: Path, log_offset: int) -> tuple[int | None, int | None, bool]:
    """screen's zombie message at the end of the log: (exit code, signal, whether it said)."""
    tail = _log_tail(session_dir / LOG_FILE, log_offset)
    matches = list(_SCREEN_EXIT.finditer(tail))
    if not matches:
        return None, None, False
    last = matches[-1]
    if last.group(1):
        return 0, None, True
    if last.group(2):
        return int(last.group(2)), None, True
    if last.group(3):
        return None, int(last.group(3)), True
    return None, None, False
