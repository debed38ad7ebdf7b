"""Fixtures for training tests: a throwaway project with a toy training script, and a finalizer that
closes every screen/tmux session the test created (sessions outlive their tests otherwise)."""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.training.slurm_cluster import path_without_slurm, slurm_cluster, slurm_project  # noqa: F401 - fixtures

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def screen_quit(name: str) -> None:
    """Quit the screen session named exactly ``name`` (``screen -S name`` alone also matches a longer
    name: another test's ``name-2``)."""
    listing = subprocess.run(["screen", "-ls"], capture_output=True, text=True, timeout=10).stdout
    for line in listing.splitlines():
        pid, _, found = line.strip().split("\t")[0].partition(".")
        if found == name and pid.isdigit():
            subprocess.run(["screen", "-S", f"{pid}.{name}", "-X", "quit"], capture_output=True, timeout=10)


def close_backend_sessions(root: Path) -> None:
    """Close the screen/tmux session of every session folder under ``root`` — only while it is still
    that folder's (a closed session's name is free again and another test may have taken it) — and
    kill a process left behind that still runs in ``root``."""
    import os
    import signal
    from types import SimpleNamespace

    from trainerd.training import backends

    base = root / ".trainer-workspace" / "training"
    if not base.is_dir():
        return
    for record_file in base.glob("*/session.json"):
        with contextlib.suppress(OSError, ValueError, KeyError):
            record = json.loads(record_file.read_text())
            ref = SimpleNamespace(name=record["name"], session_dir=str(record_file.parent))
            if shutil.which("tmux") and backends.TmuxBackend().owns(ref):
                subprocess.run(
                    ["tmux", "kill-session", "-t", f"={ref.name}"], capture_output=True, timeout=10
                )
            if shutil.which("screen") and backends.ScreenBackend().owns(ref):
                screen_quit(ref.name)
            pid = record.get("pid")
            if pid and Path(f"/proc/{pid}/cwd").resolve().is_relative_to(root.resolve()):
                os.killpg(os.getpgid(pid), signal.SIGKILL)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    """A project root (``.git`` marker) with ``toy_train.py``; its sessions are closed afterwards."""
    root = tmp_path / "proj"
    root.mkdir()
    (root / ".git").mkdir()
    shutil.copy(FIXTURES / "toy_train.py", root / "toy_train.py")
    yield root
    close_backend_sessions(root)


def wait_until(predicate, timeout: float = 60.0, interval: float = 0.05):
    """Poll ``predicate`` until it returns something truthy; fail after ``timeout`` seconds (generous:
    CI runs two test workers on two cores next to a code-server; the bound only catches a hang)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)
