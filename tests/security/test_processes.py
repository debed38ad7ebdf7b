"""Process control (issue 13): trainerd signals only a process it started and recorded.

``trainerd stop`` used to trust the pid in ``session.json``; a forged file (a repository can ship
``.trainer-workspace/training/<name>/session.json``) had it kill an unrelated process group. Now the
pid must be the one the session's terminal multiplexer runs, with the start time trainerd recorded.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.lsp.rawclient import TIMEOUT, daemons

__all__ = ["daemons"]  # a fixture, used by name


@pytest.fixture
def victim():
    """An unrelated process in its own process group (what the forged record points at)."""
    proc = subprocess.Popen(["sleep", "600"], start_new_session=True)
    yield proc
    proc.kill()
    proc.wait(TIMEOUT)


def forge(project: Path, name: str, pid: int, backend: str = "tmux", **extra) -> Path:
    folder = project / ".trainer-workspace" / "training" / name
    folder.mkdir(parents=True)
    (folder / "output.log").write_text("")
    record = {
        "name": name,
        "command": "python train.py",
        "cwd": str(project),
        "backend": backend,
        "root": str(project),
        "session_dir": str(folder),
        "log_path": str(folder / "output.log"),
        "started_at": "2026-01-01T00:00:00Z",
        "state": "running",
        "status": "running",
        "pid": pid,
        **extra,
    }
    (folder / "session.json").write_text(json.dumps(record))
    return folder


def trainerd(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "trainerd", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux (installed by .ci/run)")
def test_a_forged_pid_is_never_signalled_from_the_cli(lsp_project: Path, victim: subprocess.Popen):
    forge(lsp_project, "trainer-train-forged", victim.pid, pid_start=12345)
    done = trainerd(
        "stop", "trainer-train-forged", "--grace", "0", "--root", str(lsp_project), cwd=lsp_project
    )
    assert "Traceback" not in done.stderr
    assert victim.poll() is None  # still running: the forged pid was not signalled


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux (installed by .ci/run)")
def test_a_forged_pid_is_never_signalled_from_the_editor(
    daemons, lsp_project: Path, victim: subprocess.Popen
):
    forge(lsp_project, "trainer-train-forged", victim.pid)
    daemon = daemons()
    daemon.client.request("trainer/stopTraining", {"name": "trainer-train-forged", "graceSeconds": 0})
    assert victim.poll() is None
    daemon.finish()


def _start_session(backend: str, name: str, env: dict[str, str]) -> int:
    """A session of the user's own (not trainerd's) running ``sleep``; returns its process's pid."""
    if backend == "tmux":
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", name, "sleep 600"], env=env, check=True, timeout=TIMEOUT
        )
        pane = subprocess.run(
            ["tmux", "list-panes", "-t", name, "-F", "#{pane_pid}"],
            env=env, capture_output=True, text=True, check=True, timeout=TIMEOUT,
        )  # fmt: skip
        return int(pane.stdout.split()[0])
    subprocess.run(["screen", "-dmS", name, "sleep", "600"], env=env, check=True, timeout=TIMEOUT)
    from trainerd.training.backends import ScreenBackend

    deadline = time.monotonic() + TIMEOUT
    while (pid := ScreenBackend().find_pid(name)) is None:  # screen forks its command after -dm returns
        assert time.monotonic() < deadline, "screen did not start its command"
        time.sleep(0.05)
    return pid


def _close_sessions(backend: str, env: dict[str, str]) -> None:
    if backend == "tmux":
        subprocess.run(["tmux", "kill-server"], env=env, capture_output=True, timeout=TIMEOUT)
    else:
        subprocess.run(
            ["screen", "-S", "my-work", "-X", "quit"], env=env, capture_output=True, timeout=TIMEOUT
        )


@pytest.mark.parametrize("backend", ["tmux", "screen"])
@pytest.mark.parametrize("target", ["the session's own process", "an unrelated process"])
def test_a_record_naming_someone_elses_session_neither_signals_nor_closes_it(
    lsp_project: Path, tmp_path: Path, victim: subprocess.Popen, backend: str, target: str
):
    if shutil.which(backend) is None:
        pytest.skip(f"needs {backend} (installed by .ci/run)")
    env = {**os.environ, "TMUX_TMPDIR": str(tmp_path)}
    env.pop("TMUX", None)
    try:
        pane = _start_session(backend, "my-work", env)
        pid = pane if target == "the session's own process" else victim.pid
        forge(lsp_project, "my-work", pid, backend=backend)  # trainerd never recorded this process
        done = subprocess.run(
            [sys.executable, "-m", "trainerd", "stop", "my-work", "--grace", "0", "--root", str(lsp_project)],
            cwd=lsp_project, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert "is not the one trainerd started and recorded" in done.stderr
        assert "nothing was signalled" in done.stderr
        os.kill(pane, 0)  # still running
        assert victim.poll() is None
        if backend == "tmux":
            has = subprocess.run(["tmux", "has-session", "-t", "my-work"], env=env, timeout=TIMEOUT)
            assert has.returncode == 0  # its session was not closed
        else:
            from trainerd.training.backends import ScreenBackend

            assert ScreenBackend().exists("my-work")
    finally:
        _close_sessions(backend, env)


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux (installed by .ci/run)")
def test_a_session_trainerd_launched_is_still_stopped(lsp_project: Path, tmp_path: Path):
    env = {**os.environ, "TMUX_TMPDIR": str(tmp_path)}
    env.pop("TMUX", None)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "trainerd", *args], cwd=lsp_project, env=env, capture_output=True, text=True,
            timeout=120,
        )  # fmt: skip

    try:
        launched = run("launch", "--yes", "--backend", "tmux", "--name", "real-run", "--json", "sleep 600")
        assert launched.returncode == 0, launched.stderr
        record = json.loads((lsp_project / ".trainer-workspace/training/real-run/session.json").read_text())
        assert record["pid"]
        stopped = run("stop", "real-run", "--grace", "1", "--json")
        assert stopped.returncode == 0, stopped.stderr
        assert json.loads(stopped.stdout)["session"]["state"] == "killed"
    finally:
        subprocess.run(["tmux", "kill-server"], env=env, capture_output=True, timeout=TIMEOUT)
