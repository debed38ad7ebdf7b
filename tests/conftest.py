"""Shared fixtures: copies of the example projects in a temp folder that is its own repo root."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


def copy_example(name: str, dest: Path) -> Path:
    """Copy ``examples/<name>`` to ``dest/<name>`` as a standalone project (a ``.git`` marks its root)."""
    target = dest / name
    shutil.copytree(
        EXAMPLES / name,
        target,
        ignore=shutil.ignore_patterns(".trainer-workspace", "__pycache__", ".pytest_cache"),
    )
    (target / ".git").mkdir(exist_ok=True)
    return target


def private_sessions_env(folder: Path) -> dict[str, str]:
    """This process's environment with tmux and screen sockets of their own under ``folder``, so the
    sessions opened with it are reachable, and closed, by its holder alone."""
    env = dict(os.environ)
    (folder / "tmux").mkdir(mode=0o700)
    (folder / "screen").mkdir(mode=0o700)
    env["TMUX_TMPDIR"] = str(folder / "tmux")
    env["SCREENDIR"] = str(folder / "screen")
    # inside a tmux pane, tmux would talk to that pane's server instead
    env.pop("TMUX", None)
    env.pop("TMUX_PANE", None)
    return env


def close_private_sessions(env: dict[str, str], timeout: float = 30.0) -> None:
    """Stop the tmux server and quit every screen session that ``env``'s sockets reach."""
    if shutil.which("tmux"):
        subprocess.run(["tmux", "kill-server"], env=env, capture_output=True, timeout=timeout)
    if shutil.which("screen"):
        listing = subprocess.run(["screen", "-ls"], env=env, capture_output=True, text=True, timeout=timeout)
        for line in listing.stdout.splitlines():
            name = line.strip().split("\t")[0]
            if "." in name and name.split(".", 1)[0].isdigit():
                subprocess.run(
                    ["screen", "-S", name, "-X", "quit"], env=env, capture_output=True, timeout=timeout
                )


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto``: two workers per core (at most eight). Most of the suite's time is spent waiting -- on
    subprocesses, daemons, sessions and deliberate timeouts -- not computing: with one worker per core the 2-core
    CI machine stood at a load of about one (docs/performance.md). ``PYTEST_XDIST_AUTO_NUM_WORKERS`` still wins."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own hook reads it
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(2, min(2 * cores, 8))


@pytest.fixture(scope="session", autouse=True)
def private_session_servers() -> Iterator[None]:
    """Each test process (each xdist worker) gets its own tmux and screen servers.

    Session names are machine-wide and a tmux server exits with its last session: two workers sharing
    the user's servers could take a name the other has just closed (and a teardown that closes by
    name would close the other's run), or start a session on a server that is exiting. Tests that
    need a server of their own still set ``TMUX_TMPDIR``/``SCREENDIR`` over this one.
    """
    keys = ("TMUX_TMPDIR", "SCREENDIR", "TMUX", "TMUX_PANE")
    saved = {key: os.environ.get(key) for key in keys}
    # short: the tmux socket path must fit a unix socket's 108 bytes
    folder = Path(tempfile.mkdtemp(prefix="trd-mux-", dir="/tmp"))
    env = private_sessions_env(folder)
    _set_environ({key: env.get(key) for key in keys})
    try:
        yield
    finally:
        close_private_sessions(env)
        _set_environ(saved)
        shutil.rmtree(folder, ignore_errors=True)


def _set_environ(values: dict[str, str | None]) -> None:
    for key, value in values.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def median_project(tmp_path: Path) -> Path:
    """A fresh copy of ``examples/buggy_median``."""
    return copy_example("buggy_median", tmp_path)
