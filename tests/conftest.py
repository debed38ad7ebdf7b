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


@pytest.fixture(scope="session", autouse=True)
def private_session_servers() -> Iterator[None]:
    """Each test process (each xdist worker) gets its own tmux and screen servers.

    Session names are machine-wide and a tmux server exits with its last session: two workers sharing
    the user's servers could take a name the other has just closed (and a teardown that closes by
    name would close the other's run), or start a session on a server that is exiting. Tests that
    need a server of their own still set ``TMUX_TMPDIR``/``SCREENDIR`` over this one.
    """
    saved = {key: os.environ.get(key) for key in ("TMUX_TMPDIR", "SCREENDIR", "TMUX", "TMUX_PANE")}
    # short: the tmux socket path must fit a unix socket's 108 bytes
    folder = Path(tempfile.mkdtemp(prefix="trd-mux-", dir="/tmp"))
    (folder / "screen").mkdir(mode=0o700)
    os.environ["TMUX_TMPDIR"] = str(folder)
    os.environ["SCREENDIR"] = str(folder / "screen")
    os.environ.pop("TMUX", None)  # inside a tmux pane, tmux would talk to that pane's server instead
    os.environ.pop("TMUX_PANE", None)
    try:
        yield
    finally:
        if shutil.which("tmux"):
            subprocess.run(["tmux", "kill-server"], capture_output=True, timeout=30)
        if shutil.which("screen"):
            subprocess.run(["screen", "-wipe"], capture_output=True, timeout=30)
            for line in subprocess.run(
                ["screen", "-ls"], capture_output=True, text=True, timeout=30
            ).stdout.splitlines():
                name = line.strip().split("\t")[0]
                if "." in name and name.split(".", 1)[0].isdigit():
                    subprocess.run(["screen", "-S", name, "-X", "quit"], capture_output=True, timeout=30)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def median_project(tmp_path: Path) -> Path:
    """A fresh copy of ``examples/buggy_median``."""
    return copy_example("buggy_median", tmp_path)
