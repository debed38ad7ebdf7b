"""screen and tmux as session backends: start a command exactly as given, capture its output, read its state.

The command string is handed to the user's shell (``$SHELL -c``) the way a terminal would run it;
nothing is wrapped around it and its environment is the caller's. What each backend adds lives
outside the command:

* **tmux**: ``remain-on-exit on`` keeps the pane after the command ends so ``#{pane_dead_status}``
  / ``#{pane_dead_signal}`` can be read, a session ``pane-died`` hook writes them to
  ``<session>/exit-status`` (so the code survives even when the session is later closed), and
  ``pipe-pane -o 'cat >> output.log'`` copies the pane's output. All of it is one tmux command
  list, so it is in place before the command's first byte is read.
* **screen**: a per-session screenrc (``-c``) with ``logfile <output.log>``, ``logfile flush 0``
  (screen otherwise flushes every 10 s) and ``zombie k`` (the window stays after the command ends,
  like tmux's remain-on-exit; ``k`` closes it, and there is deliberately no resurrect key: a rerun
  goes through ``trainerd restart`` so the registry knows). screen prints ``=== Command terminated with exit status N ===`` into
  the window (and so the log) when it reaps the command -- but only when it handles the child's exit
  before it sees the terminal close; otherwise it prints ``detached from window`` and reaps the
  child later. A small sidecar (:mod:`trainerd.training.ttyhold`) keeps the pane's terminal open
  until the command has exited so screen sees the status first, and while the ended command is not
  reaped yet its status is read from ``/proc/PID/stat``. When neither works the exit code is
  ``None`` and the message says so. tmux records it every time.

No wrapper is ever put around the command to learn its exit code: the command line the user
confirmed is the one the shell runs.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import attrs

from trainerd.errors import TrainerError

EXIT_STATUS_FILE = "exit-status"
SCREENRC_FILE = "screenrc"
# screen's own zombie message, e.g. "=== Command terminated with exit status 3 (Mon Nov 23 ...) ==="
_SCREEN_EXIT = re.compile(
    r"=== Command (?:(terminated normally)|terminated with exit status (\d+)|killed by signal (\d+)"
    r"|(detached from window))"
)
_CMD_TIMEOUT = 10


@attrs.define
class Probe:
    """What the backend says about a session right now."""

    exists: bool
    alive: bool = False
    pid: int | None = None
    exit_code: int | None = None
    signal: int | None = None
    exit_known: bool = False  # the backend reported how the command ended
    pending: bool = False  # ended, and the backend is about to report how: ask again


def shell() -> str:
    """The shell that interprets the command line, as the user's terminal would."""
    return os.environ.get("SHELL") or "/bin/sh"


def _run(argv: list[str], cwd: str | None = None) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            argv, cwd=cwd, capture_output=True, text=True, timeout=_CMD_TIMEOUT, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired as exc:
        raise TrainerError(f"{argv[0]} did not answer within {_CMD_TIMEOUT} s: {' '.join(argv)}") from exc
    except FileNotFoundError:
        raise TrainerError(
            f"{argv[0]} is not installed (it is needed for this session)", field="backend"
        ) from None


def _pid_alive(pid: int | None) -> bool:
    """True while ``pid`` runs (a zombie waiting to be reaped counts as ended)."""
    if not pid:
        return False
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            stat = fh.read()
    except OSError:
        return False
    state = stat.rsplit(")", 1)[-1].split()[0:1]
    return state != ["Z"] and state != ["X"]


def zombie_status(pid: int | None) -> tuple[int | None, int | None] | None:
    """(exit code, signal) of an ended process its parent has not reaped yet, from ``/proc/PID/stat``.

    tmux 3.3a sometimes leaves a pane's process unreaped for seconds (a SIGCHLD missed while other
    children exit), with ``#{pane_dead_status}`` empty meanwhile; the kernel already has the status.
    """
    if not pid:
        return None
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            fields = fh.read().rsplit(")", 1)[-1].split()
    except OSError:
        return None
    if not fields or fields[0] != "Z" or not fields[-1].isdigit():
        return None
    raw = int(fields[-1])  # the wait status (field 52, "exit_code")
    if os.WIFEXITED(raw):
        return os.WEXITSTATUS(raw), None
    if os.WIFSIGNALED(raw):
        return None, os.WTERMSIG(raw)
    return None


def signal_group(pid: int | None, sig: int) -> bool:
    """Send ``sig`` to the command's process group (what Ctrl-C does in its terminal)."""
    if not pid:
        return False
    try:
        os.killpg(os.getpgid(pid), sig)
        return True
    except (ProcessLookupError, PermissionError):
        return False


class Backend:
    name = ""

    @classmethod
    def available(cls) -> bool:
        return shutil.which(cls.name) is not None

    def exists(self, session: str) -> bool:
        raise NotImplementedError

    def start(self, session: str, command: str, cwd: str, log_path: Path, session_dir: Path) -> None:
        raise NotImplementedError

    def probe(self, session: str, session_dir: Path, pid: int | None, log_offset: int) -> Probe:
        raise NotImplementedError

    def close(self, session: str) -> None:
        raise NotImplementedError

    def attach_command(self, session: str) -> list[str]:
        raise NotImplementedError

    def find_pid(self, session: str) -> int | None:
        raise NotImplementedError


def _tmux_quote(text: str) -> str:
    # tmux expands formats in hook and pipe-pane commands: a literal '#' must be doubled
    return text.replace("#", "##")


def _env_flags() -> list[str]:
    """``-e VAR=value`` for the caller's whole environment.

    A running tmux server gives new panes *its* environment, not the launcher's; passing ours keeps
    the command's environment what the user launched it with (screen forks from us and inherits it).
    """
    flags: list[str] = []
    for key, value in os.environ.items():
        if key in ("TMUX", "TMUX_PANE") or "=" in key or not key:
            continue
        flags += ["-e", f"{key}={value}"]
    return flags


def _tmux_string(text: str) -> str:
    """``text`` as one double-quoted argument in tmux's command syntax."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$") + '"'


class TmuxBackend(Backend):
    name = "tmux"

    def _panes(self, session: str) -> list[list[str]] | None:
        proc = _run(
            [
                "tmux",
                "list-panes",
                "-s",
                "-t",
                f"={session}",
                "-F",
                "#{pane_dead}\t#{pane_dead_status}\t#{pane_dead_signal}\t#{pane_pid}",
            ]
        )
        if proc.returncode != 0:
            return None  # no server, or no such session
        return [line.split("\t") for line in proc.stdout.splitlines() if line.strip()]

    def exists(self, session: str) -> bool:
        return _run(["tmux", "has-session", "-t", f"={session}"]).returncode == 0

    def start(self, session: str, command: str, cwd: str, log_path: Path, session_dir: Path) -> None:
        status_file = session_dir / EXIT_STATUS_FILE
        pipe = _tmux_quote(f"cat >> {shlex.quote(str(log_path))}")
        record = (
            f"echo #{{pane_dead_status}} #{{pane_dead_signal}} > {_tmux_quote(shlex.quote(str(status_file)))}"
        )
        hook = "run-shell " + _tmux_string(record)
        argv = [
            "tmux",
            "new-session",
            "-d",
            "-s",
            session,
            "-c",
            cwd,
            "-x",
            "200",
            "-y",
            "50",
            *_env_flags(),
            command,
        ]
        # the new session is the chain's current target ("=name" targets do not resolve inside the chain)
        argv += [";", "set-option", "remain-on-exit", "on"]
        argv += [";", "set-hook", "pane-died", hook]
        argv += [";", "pipe-pane", "-o", pipe]
        proc = _run(argv, cwd=cwd)
        if proc.returncode != 0:
            raise TrainerError(
                f"tmux could not start session {session}: {proc.stderr.strip() or proc.stdout.strip()}"
            )

    def respawn(self, session: str, command: str, cwd: str, log_path: Path) -> None:
        pipe = _tmux_quote(f"cat >> {shlex.quote(str(log_path))}")
        target = f"={session}:"
        argv = ["tmux", "respawn-pane", "-k", "-t", target, "-c", cwd, *_env_flags(), command]
        argv += [";", "pipe-pane", "-t", target, pipe]
        proc = _run(argv, cwd=cwd)
        if proc.returncode != 0:
            raise TrainerError(f"tmux could not restart session {session}: {proc.stderr.strip()}")

    def find_pid(self, session: str) -> int | None:
        panes = self._panes(session)
        if not panes:
            return None
        with contextlib.suppress(ValueError, IndexError):
            return int(panes[0][3])
        return None

    def probe(self, session: str, session_dir: Path, pid: int | None, log_offset: int) -> Probe:
        panes = self._panes(session)
        recorded = _read_status_file(session_dir / EXIT_STATUS_FILE)
        if not panes:
            if recorded is not None:
                return Probe(
                    exists=False, alive=False, exit_code=recorded[0], signal=recorded[1], exit_known=True
                )
            return Probe(exists=False)
        dead, status, sig, pane_pid = (panes[0] + ["", "", "", ""])[:4]
        probe = Probe(exists=True, pid=int(pane_pid) if pane_pid.isdigit() else pid)
        if dead == "1":
            probe.exit_code = int(status) if status.lstrip("-").isdigit() else None
            probe.signal = int(sig) if sig.isdigit() else None
            probe.exit_known = probe.exit_code is not None or probe.signal is not None
            if not probe.exit_known and recorded is not None:
                probe.exit_code, probe.signal = recorded
                probe.exit_known = True
            if not probe.exit_known and (zombie := zombie_status(probe.pid)) is not None:
                probe.exit_code, probe.signal = zombie
                probe.exit_known = True
            # tmux can mark the pane dead (terminal closed) a moment before it reaps the status
            probe.pending = not probe.exit_known
        else:
            probe.alive = True
        return probe

    def close(self, session: str) -> None:
        _run(["tmux", "kill-session", "-t", f"={session}"])

    def attach_command(self, session: str) -> list[str]:
        return ["tmux", "attach", "-t", session]


def _read_status_file(path: Path) -> tuple[int | None, int | None] | None:
    try:
        parts = path.read_text(encoding="ascii", errors="replace").split()
    except OSError:
        return None
    code = int(parts[0]) if parts and parts[0].lstrip("-").isdigit() else None
    sig = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    if code is None and sig is None:
        return None
    return code, sig


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
        from trainerd.workspace.files import atomic_write_text

        atomic_write_text(rc, "\n".join(lines) + "\n")
        return rc

    def start(self, session: str, command: str, cwd: str, log_path: Path, session_dir: Path) -> None:
        rc = self._screenrc(log_path, session_dir)
        argv = ["screen", "-c", str(rc), "-dmS", session, "-L", shell(), "-c", command]
        proc = _run(argv, cwd=cwd)
        if proc.returncode != 0:
            raise TrainerError(
                f"screen could not start session {session}: {proc.stderr.strip() or proc.stdout.strip()}"
            )
        pid = self._wait_child(session, log_path)
        if pid is not None:
            _start_tty_holder(pid)

    def _wait_child(self, session: str, log_path: Path, timeout: float = 5.0) -> int | None:
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

    def probe(self, session: str, session_dir: Path, pid: int | None, log_offset: int) -> Probe:
        if session not in self._sessions():
            return Probe(exists=False)
        if _pid_alive(pid):
            return Probe(exists=True, alive=True, pid=pid)
        zombie = zombie_status(pid)
        if zombie is not None:  # ended, not reaped yet: the kernel holds the status
            return Probe(
                exists=True, alive=False, pid=pid, exit_code=zombie[0], signal=zombie[1], exit_known=True
            )
        code, sig, known = _screen_exit_from_log(session_dir, log_offset)
        # screen writes its "=== Command ... ===" line a moment after the command ends: until then, wait
        said = known or bool(_SCREEN_EXIT.search(_log_tail(session_dir / "output.log", log_offset)))
        return Probe(
            exists=True, alive=False, pid=pid, exit_code=code, signal=sig, exit_known=known, pending=not said
        )

    def close(self, session: str) -> None:
        _run(["screen", "-S", session, "-X", "quit"])
        deadline = time.monotonic() + 5
        while self.exists(session) and time.monotonic() < deadline:
            time.sleep(0.02)

    def attach_command(self, session: str) -> list[str]:
        return ["screen", "-r", session]


def _screen_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$") + '"'


def _log_tail(log: Path, log_offset: int) -> str:
    try:
        with open(log, "rb") as fh:
            size = fh.seek(0, os.SEEK_END)
            fh.seek(max(log_offset, size - 4096))
            return fh.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def _screen_exit_from_log(session_dir: Path, log_offset: int) -> tuple[int | None, int | None, bool]:
    """screen's zombie message at the end of the log: (exit code, signal, whether it said)."""
    tail = _log_tail(session_dir / "output.log", log_offset)
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


def _start_tty_holder(pid: int) -> None:
    """Keep the command's terminal open until it exits, so screen reports its exit status."""
    with contextlib.suppress(OSError):
        subprocess.Popen(
            [sys.executable, "-m", "trainerd.training.ttyhold", str(pid)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
        )


BACKENDS: dict[str, type[Backend]] = {"tmux": TmuxBackend, "screen": ScreenBackend}
# screen first, as the trainer skills launch (`screen -dmS trainer-train-…`); tmux when screen is missing
AUTO_ORDER = ("screen", "tmux")


def choose(requested: str | None) -> Backend:
    """The backend to use: the one requested, or the first installed in :data:`AUTO_ORDER`."""
    if requested and requested != "auto":
        cls = BACKENDS.get(requested)
        if cls is None:
            raise TrainerError(f"unknown backend {requested!r}: use screen or tmux", field="backend")
        if not cls.available():
            raise TrainerError(f"{requested} is not installed (apt install {requested})", field="backend")
        return cls()
    for name in AUTO_ORDER:
        if BACKENDS[name].available():
            return BACKENDS[name]()
    raise TrainerError(
        "neither screen nor tmux is installed: install one (e.g. apt install tmux) to launch training",
        field="backend",
    )


def get(name: str) -> Backend:
    cls = BACKENDS.get(name)
    if cls is None:
        raise TrainerError(f"unknown backend {name!r}")
    return cls()


__all__ = ["AUTO_ORDER", "BACKENDS", "Probe", "choose", "get", "shell", "signal_group"]
