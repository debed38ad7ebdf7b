"""tmux as a session backend.

``remain-on-exit on`` keeps the pane after the command ends so ``#{pane_dead_status}`` /
``#{pane_dead_signal}`` can be read, a session ``pane-died`` hook writes them to
``<session>/exit-status`` (so the code survives even when the session is later closed), and
``pipe-pane -o 'cat >> output.log'`` copies the pane's output. All of it is one tmux command list, so
it is in place before the command's first byte is read. The command string is handed to the user's
shell the way a terminal would run it; its environment is the caller's (passed with ``-e``).
"""

from __future__ import annotations

import contextlib
import os
import shlex
import time
from pathlib import Path

from trainerd.errors import TrainerError
from trainerd.training.backends.base import (
    LOG_FILTER_STARTED_FILE,
    Backend,
    Probe,
    SessionRef,
    _run,
    filter_drained,
    log_filter,
    zombie_status,
)

EXIT_STATUS_FILE = "exit-status"
START_TRIES = 3  # new-session against a server that was exiting: asked again, at most this often


def _server_was_exiting(stderr: str) -> bool:
    """tmux's client lost a server that was exiting before it read our command."""
    return "server exited unexpectedly" in stderr or "lost server" in stderr


def _tmux_quote(text: str) -> str:
    # tmux expands formats in hook and pipe-pane commands: a literal '#' must be doubled
    return text.replace("#", "##")


def _env_flags(env: dict[str, str] | None = None) -> list[str]:
    """``-e VAR=value`` for the caller's whole environment.

    A running tmux server gives new panes *its* environment, not the launcher's; passing ours keeps
    the command's environment what the user launched it with (screen forks from us and inherits it).
    """
    flags: list[str] = []
    for key, value in (os.environ if env is None else env).items():
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
        pipe = _tmux_quote(log_filter(log_path, session_dir))  # CRLF -> LF on the way into the log
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
            *_env_flags(self.env),
            command,
        ]
        # the new session is the chain's current target ("=name" targets do not resolve inside the chain)
        argv += [";", "set-option", "remain-on-exit", "on"]
        argv += [";", "set-hook", "pane-died", hook]
        argv += [";", "pipe-pane", "-o", pipe]
        for _ in range(START_TRIES):
            proc = _run(argv, cwd=cwd, env=self.env)  # tmux gives the pane its *client's* PATH, over -e
            if proc.returncode == 0 or not _server_was_exiting(proc.stderr):
                break
            # the server was on its way out (its last session had just closed) when we reached it: it
            # took no command, so asking again starts a new server and runs the command once
        if proc.returncode != 0:
            raise TrainerError(
                f"tmux could not start session {session}: {proc.stderr.strip() or proc.stdout.strip()}"
            )

    def restart(self, record: SessionRef, command: str) -> None:
        """Respawn the kept pane (same session) when it is still there, else a new session."""
        (Path(record.session_dir) / EXIT_STATUS_FILE).unlink(missing_ok=True)
        (Path(record.session_dir) / LOG_FILTER_STARTED_FILE).unlink(missing_ok=True)
        if self.exists(record.name):
            self.respawn(record.name, command, record.cwd, Path(record.log_path))
        else:
            self.start(record.name, command, record.cwd, Path(record.log_path), Path(record.session_dir))

    def respawn(self, session: str, command: str, cwd: str, log_path: Path) -> None:
        pipe = _tmux_quote(log_filter(log_path, log_path.parent))
        target = f"={session}:"
        argv = ["tmux", "respawn-pane", "-k", "-t", target, "-c", cwd, *_env_flags(self.env), command]
        argv += [";", "pipe-pane", "-t", target, pipe]
        proc = _run(argv, cwd=cwd, env=self.env)
        if proc.returncode != 0:
            raise TrainerError(f"tmux could not restart session {session}: {proc.stderr.strip()}")

    def find_pid(self, session: str) -> int | None:
        panes = self._panes(session)
        if not panes:
            return None
        with contextlib.suppress(ValueError, IndexError):
            return int(panes[0][3])
        return None

    def probe(self, record: SessionRef) -> Probe:
        pid = record.pid
        panes = self._panes(record.name)
        recorded = _read_status_file(Path(record.session_dir) / EXIT_STATUS_FILE)
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
            # tmux can mark the pane dead (terminal closed) a moment before it reaps the status,
            # and the log filter may still be writing the command's last output (a traceback)
            probe.pending = not probe.exit_known or not _output_copied(record)
        else:
            probe.alive = True
        return probe

    def close(self, session: str) -> None:
        _run(["tmux", "kill-session", "-t", f"={session}"])

    def owns(self, record: SessionRef) -> bool:
        """trainerd's sessions carry a pane-died hook that writes into the session's own folder."""
        proc = _run(["tmux", "show-hooks", "-w", "-t", f"={record.name}:", "pane-died"])
        status_file = _tmux_quote(shlex.quote(str(Path(record.session_dir) / EXIT_STATUS_FILE)))
        # tmux prints the hook as set ('#' doubled by us), with '"' and '$' escaped by a backslash
        shown = proc.stdout.replace('\\"', '"').replace("\\$", "$")
        return proc.returncode == 0 and status_file in shown

    def attach_command(self, record: SessionRef) -> list[str]:
        return ["tmux", "attach", "-t", record.name]


OUTPUT_COPY_WAIT_SECONDS = 10.0  # after the pane died, how long the end waits for the log filter


def _output_copied(record: SessionRef) -> bool:
    """The dead pane's output is all in the log (or the filter has had its time)."""
    if filter_drained(Path(record.session_dir)):
        return True
    try:
        died = (Path(record.session_dir) / EXIT_STATUS_FILE).stat().st_mtime
    except OSError:
        return False  # the pane-died hook has not run yet: it has just died
    return time.time() - died > OUTPUT_COPY_WAIT_SECONDS


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
