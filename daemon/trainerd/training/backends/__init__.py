"""Session backends: screen, tmux (local) and the registry that picks one.

A backend starts a command exactly as given, captures its output into the session's log and reads
its state from outside (:class:`Probe`). ``base`` holds the interface and shared helpers; one module
per backend.
"""

from __future__ import annotations

from trainerd.errors import TrainerError
from trainerd.training.backends.base import (
    Backend,
    Probe,
    _log_tail,
    _pid_alive,
    shell,
    signal_group,
    zombie_status,
)
from trainerd.training.backends.screen import SCREENRC_FILE, ScreenBackend, _screen_exit_from_log
from trainerd.training.backends.tmux import EXIT_STATUS_FILE, TmuxBackend

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


__all__ = [
    "AUTO_ORDER",
    "BACKENDS",
    "EXIT_STATUS_FILE",
    "SCREENRC_FILE",
    "Backend",
    "Probe",
    "ScreenBackend",
    "TmuxBackend",
    "_log_tail",
    "_pid_alive",
    "_screen_exit_from_log",
    "choose",
    "get",
    "shell",
    "signal_group",
    "zombie_status",
]
