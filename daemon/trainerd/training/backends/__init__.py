"""Session backends: screen, tmux (this machine), Slurm (a cluster), and the registry that picks one.

A backend starts a command exactly as given, captures its output into the session's log and reads
its state from outside (:class:`Probe`). ``base`` holds the interface and shared helpers; one module
per backend.
"""

from __future__ import annotations

import re
import shlex

from trainerd.errors import TrainerError
from trainerd.training.backends.base import (
    Backend,
    Probe,
    SessionRef,
    Stopped,
    _log_tail,
    filter_drained,
    owned_pid,
    shell,
    signal_group,
    unowned_process,
    zombie_status,
)
from trainerd.training.backends.screen import SCREENRC_FILE, ScreenBackend, _screen_exit_from_log
from trainerd.training.backends.slurm import SlurmBackend, pending_message
from trainerd.training.backends.tmux import EXIT_STATUS_FILE, TmuxBackend
from trainerd.training.slurm import SubmitOptions, missing_message

BACKENDS: dict[str, type[Backend]] = {"tmux": TmuxBackend, "screen": ScreenBackend, "slurm": SlurmBackend}
# screen first, as the trainer skills launch (`screen -dmS trainer-train-…`); tmux when screen is missing.
# Slurm is never picked for a plain command: running on a cluster is the user's choice (or their sbatch)
AUTO_ORDER = ("screen", "tmux")


def _submits(command: str | None) -> bool:
    try:
        words = shlex.split(command or "")
    except ValueError:
        return False
    while words and re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", words[0]):
        words.pop(0)  # VAR=value before the command
    return bool(words) and words[0].rsplit("/", 1)[-1] == "sbatch"


def choose(
    requested: str | None, command: str | None = None, options: SubmitOptions | None = None
) -> Backend:
    """The backend to use: the one requested; else Slurm for an ``sbatch …`` command or when Slurm
    options are given; else the first installed in :data:`AUTO_ORDER`."""
    wants_slurm = (options is not None and not options.is_empty()) or _submits(command)
    if requested in (None, "", "auto") and wants_slurm:
        requested = "slurm"
    if requested and requested != "auto":
        cls = BACKENDS.get(requested)
        if cls is None:
            raise TrainerError(f"unknown backend {requested!r}: use screen, tmux or slurm", field="backend")
        if cls is SlurmBackend:
            if not cls.available():
                raise TrainerError(missing_message(), field="backend")
            return SlurmBackend((options or SubmitOptions()).check())
        if options is not None and not options.is_empty():
            raise TrainerError(
                f"partition, nodes, tasks, GPUs, time and sbatch arguments are for the slurm backend, not {requested}",
                field="backend",
            )
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


__all__ = [
    "AUTO_ORDER",
    "BACKENDS",
    "EXIT_STATUS_FILE",
    "SCREENRC_FILE",
    "Backend",
    "Probe",
    "ScreenBackend",
    "SessionRef",
    "SlurmBackend",
    "Stopped",
    "TmuxBackend",
    "_log_tail",
    "_screen_exit_from_log",
    "choose",
    "filter_drained",
    "get",
    "owned_pid",
    "pending_message",
    "shell",
    "signal_group",
    "unowned_process",
    "zombie_status",
]
