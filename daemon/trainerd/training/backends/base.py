"""What every session backend shares: the :class:`Probe` of a session's live state, the
:class:`Backend` interface, and the helpers the local backends use (running a backend command,
process state from ``/proc``, signalling a command's process group).

No backend ever puts a wrapper around the command to learn its exit code: the command line the user
confirmed is the one that runs. Each backend captures output and reads the state from outside.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path
from typing import Protocol

import attrs

from trainerd.errors import TrainerError
from trainerd.project.processes import pid_alive
from trainerd.training.slurm import JobState, SlurmJob

_CMD_TIMEOUT = 10
LOG_FILTER_FILE = "logfilter.pl"
LOG_FILTER_STARTED_FILE = "logfilter.started"  # the filter writes it once it runs (it is perl by then)
# what a terminal adds to every line end ("\r\n") becomes "\n" again in the session's log; a lone "\r"
# (progress bars redrawing a line) is kept; a "\r" at the end of a read waits for the next byte
_LOG_FILTER = r"""$| = 1; binmode STDIN; binmode STDOUT; my $held = "";
if (@ARGV) { open(my $started, '>', $ARGV[0]) and close($started); }
while (sysread(STDIN, my $buf, 65536)) {
    $buf = $held . $buf; $held = ($buf =~ s/\r\z//) ? "\r" : ""; $buf =~ s/\r\n/\n/g; print $buf;
}
print $held;
"""


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
    queued: bool = False  # not started yet: waiting for the cluster (Slurm: PENDING)
    reason: str = ""  # why it waits, or why it is gone, in the backend's words
    where: str = ""  # where it runs (Slurm: the node list)
    cancelled: bool = False  # it ended because someone cancelled it (Slurm: CANCELLED)
    job: JobState | None = None  # the cluster's whole answer (Slurm)


class SessionRef(Protocol):
    """The parts of a session record a backend reads (``sessions.SessionRecord`` has them)."""

    name: str
    command: str
    cwd: str
    session_dir: str
    log_path: str
    pid: int | None
    job: SlurmJob | None

    @property
    def log_offset(self) -> int: ...


@attrs.define
class Stopped:
    """How a stop went: what the backend knows of the end, and what to tell the user."""

    exit_code: int | None
    signal: int | None
    message: str
    job: JobState | None = None  # the cluster's answer after the stop (Slurm)


def shell() -> str:
    """The shell that interprets the command line, as the user's terminal would."""
    return os.environ.get("SHELL") or "/bin/sh"


def _run(
    argv: list[str], cwd: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            argv, cwd=cwd, capture_output=True, text=True, timeout=_CMD_TIMEOUT, stdin=subprocess.DEVNULL,
            env=env,
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        raise TrainerError(f"{argv[0]} did not answer within {_CMD_TIMEOUT} s: {' '.join(argv)}") from exc
    except FileNotFoundError:
        raise TrainerError(
            f"{argv[0]} is not installed (it is needed for this session)", field="backend"
        ) from None


def log_filter(log_path: Path, session_dir: Path) -> str:
    """The shell command a backend pipes a session's terminal output through into its log: the
    terminal's CRLF line ends are written as LF. ``perl`` (in Debian's essential perl-base) when
    present, else ``cat`` (the log then keeps CRLF)."""
    import shlex

    from trainerd.workspace.files import atomic_write_text

    log = shlex.quote(str(log_path))
    if shutil.which("perl") is None:
        return f"cat >> {log}"
    script = Path(session_dir) / LOG_FILTER_FILE
    # (rewritten when an older trainerd wrote another version into the session's folder: a restart)
    if not script.is_file() or script.read_text(encoding="utf-8", errors="replace") != _LOG_FILTER:
        atomic_write_text(script, _LOG_FILTER)
    started = shlex.quote(str(Path(session_dir) / LOG_FILTER_STARTED_FILE))
    return f"exec perl {shlex.quote(str(script))} {started} >> {log}"


def filter_drained(session_dir: Path) -> bool:
    """Has the session's log filter (:func:`log_filter`) written everything it was given? True when
    it sleeps waiting for input (data waiting in its socket would have woken it: runnable, not
    sleeping), or when there is no filter process (``cat``, or it has ended). A pane can be dead a
    moment before its last output is in the log (the filter is one more process to schedule, a while
    on a busy machine): the end waits for this."""
    script_path = Path(session_dir) / LOG_FILTER_FILE
    script = str(script_path).encode()
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if script not in (proc / "cmdline").read_bytes().split(b"\0"):
                continue
            state = (proc / "stat").read_text().rsplit(")", 1)[-1].split()[0]
        except OSError:
            continue
        return state == "S"
    # no filter process: it has ended, or tmux has not started it yet (forked, or still the shell
    # that execs perl) -- on a busy machine a command can end and its pane die before that
    return not script_path.is_file() or (Path(session_dir) / LOG_FILTER_STARTED_FILE).exists()


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


def owned_pid(backend: Backend, record: SessionRef) -> int | None:
    """The process running in the record's session, when that session is the one trainerd started
    for this record (it refers to the record's folder); ``None`` otherwise. The pid written in
    ``session.json`` is never signalled as such: a reused or forged pid would reach a stranger."""
    if not backend.owns(record):
        return None
    return backend.find_pid(record.name)


def unowned_process(backend: Backend, record: SessionRef) -> int | None:
    """A live process in a session of the record's name that trainerd did not start for this record."""
    live = backend.find_pid(record.name)
    if live is None or not pid_alive(live) or backend.owns(record):
        return None
    return live


class Backend:
    """A place commands run in. Methods that read a session take its record (:class:`SessionRef`)."""

    name = ""
    # the environment the next start/restart gives the command (the session's recorded one on a
    # restart); None: this process's
    env: dict[str, str] | None = None

    @classmethod
    def available(cls) -> bool:
        return shutil.which(cls.name) is not None

    def exists(self, session: str) -> bool:
        raise NotImplementedError

    def start(
        self, session: str, command: str, cwd: str, log_path: Path, session_dir: Path
    ) -> SlurmJob | None:
        """Run ``command`` in ``cwd`` with its output appended to ``log_path``; the job it became
        (Slurm), else ``None``."""
        raise NotImplementedError

    def restart(self, record: SessionRef, command: str) -> SlurmJob | None:
        """Run ``command`` again for an ended session (same name, folder and log)."""
        if self.exists(record.name):
            self.close(record.name)
        return self.start(record.name, command, record.cwd, Path(record.log_path), Path(record.session_dir))

    def probe(self, record: SessionRef) -> Probe:
        raise NotImplementedError

    def probe_all(self, records: list[SessionRef]) -> dict[str, Probe]:
        """:meth:`probe` of several sessions, by session folder (a cluster backend asks once)."""
        return {r.session_dir: self.probe(r) for r in records}

    def stop(self, record: SessionRef, grace_seconds: float) -> Stopped:
        """Interrupt the command (SIGINT to its process group, as Ctrl-C), SIGKILL after ``grace_seconds``.

        Only the process trainerd started is signalled (:func:`owned_pid`); a session whose live
        process is another one (a forged or stale ``session.json``) is refused, nothing signalled.
        """
        stranger = unowned_process(self, record)
        if stranger is not None:
            raise TrainerError(
                f"session {record.name}: the process running in it (pid {stranger}) is not the one trainerd "
                f"started and recorded (pid {record.pid}); nothing was signalled",
                field="name",
            )
        pid = owned_pid(self, record)
        signal_group(pid, signal.SIGINT)
        deadline = time.monotonic() + max(grace_seconds, 0)
        while pid_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        forced = pid_alive(pid)
        if forced:
            signal_group(pid, signal.SIGKILL)
            end = time.monotonic() + 5
            while pid_alive(pid) and time.monotonic() < end:
                time.sleep(0.02)
        probe = self.probe(record)
        if forced:
            return Stopped(
                probe.exit_code,
                signal.SIGKILL,
                f"stopped by trainerd: interrupted, then killed after {grace_seconds:g} s",
            )
        return Stopped(
            probe.exit_code, probe.signal, "stopped by trainerd: interrupted (Ctrl-C) and it ended"
        )

    def close(self, session: str) -> None:
        raise NotImplementedError

    def attach_command(self, record: SessionRef) -> list[str]:
        """The terminal command that shows the session live."""
        raise NotImplementedError

    def attach_hints(self, record: SessionRef) -> list[str]:
        """More ways in, for the user to read (Slurm: a shell on the job's node)."""
        return []

    def find_pid(self, session: str) -> int | None:
        raise NotImplementedError

    def owns(self, record: SessionRef) -> bool:
        """Is the live session named ``record.name`` the one trainerd started for ``record``?"""
        return True


def _log_tail(log: Path, log_offset: int) -> str:
    try:
        with open(log, "rb") as fh:
            size = fh.seek(0, os.SEEK_END)
            fh.seek(max(log_offset, size - 4096))
            return fh.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
