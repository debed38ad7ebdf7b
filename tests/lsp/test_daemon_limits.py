"""Bounded waits (issue 13): a launch's settle window is bounded and no longer holds the session
supervisor's lock, so stopping another session is not kept waiting behind it; numbers out of range
are named; JSON's non-numbers are parse errors."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.lsp.rawclient import SERVE, TIMEOUT, Daemon


@pytest.fixture
def daemon(lsp_project: Path, tmp_path: Path):
    env = {**os.environ, "TMUX_TMPDIR": str(tmp_path)}
    env.pop("TMUX", None)
    started = Daemon(SERVE, lsp_project, tmp_path / "stderr.log", env=env)
    started.client.initialize(lsp_project.as_uri())
    yield started
    if started.proc.poll() is None:
        started.proc.kill()
        started.proc.wait(TIMEOUT)
    subprocess.run(["tmux", "kill-server"], env=env, capture_output=True, timeout=TIMEOUT)


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux (installed by .ci/run)")
def test_a_launch_settling_does_not_hold_up_stopping_another_session(daemon: Daemon, lsp_project: Path):
    client = daemon.client
    first = client.request(
        "trainer/launchTraining",
        {"command": "sleep 600", "backend": "tmux", "name": "first", "settleSeconds": 0},
    )
    assert first["result"]["session"]["state"] == "running", first
    settling = client.next_id()
    client.send(
        {
            "jsonrpc": "2.0",
            "id": settling,
            "method": "trainer/launchTraining",
            "params": {"command": "sleep 600", "backend": "tmux", "name": "second", "settleSeconds": 60},
        }
    )
    # the second launch is settling (its session exists) when the first is stopped
    deadline = time.monotonic() + TIMEOUT
    while not (lsp_project / ".trainer-workspace" / "training" / "second" / "session.json").is_file():
        assert time.monotonic() < deadline, "the second session never started"
        time.sleep(0.05)
    stopped = client.request("trainer/stopTraining", {"name": "first", "graceSeconds": 0})
    assert stopped["result"]["session"]["state"] == "killed", stopped
    assert not client.answered(settling)  # the stop did not wait for the 60 s settle window
    assert client.request("shutdown")["result"] is None
    client.notify("exit")
    assert daemon.proc.wait(TIMEOUT) == 0


@pytest.mark.parametrize(
    "method, params, field",
    [
        ("trainer/launchTraining", {"command": "true", "settleSeconds": 1e308}, "settleSeconds"),
        ("trainer/launchTraining", {"command": "true", "settleSeconds": -1}, "settleSeconds"),
        ("trainer/restartTraining", {"name": "x", "settleSeconds": 86400}, "settleSeconds"),
        ("trainer/stopTraining", {"name": "x", "graceSeconds": 1e9}, "graceSeconds"),
        ("trainer/optimize", {"path": "stats.py", "iterations": 10**12}, "iterations"),
    ],
)
def test_numbers_out_of_range_are_named(daemon: Daemon, method: str, params: dict, field: str):
    error = daemon.client.request(method, params)["error"]
    assert error["code"] == -32602 and f"field '{field}': must be between" in error["message"], error


def test_nan_and_infinity_are_not_json(daemon: Daemon):
    body = b'{"jsonrpc": "2.0", "id": 5, "method": "trainer/launchTraining", "params": {"command": "true", "settleSeconds": Infinity}}'
    daemon.client.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    error = daemon.client.wait_for_null_id_errors(1)[0]["error"]
    assert error["code"] == -32700 and "Infinity is not JSON" in error["message"]
    daemon.alive()


@pytest.mark.skipif(shutil.which("screen") is None, reason="needs screen (installed by .ci/run)")
def test_no_zombie_is_left_under_the_daemon_after_a_screen_session_ends(lsp_project: Path, tmp_path: Path):
    from tests.lsp.rawclient import PROBE

    screendir = tmp_path / "screen"
    screendir.mkdir(mode=0o700)
    env = {**os.environ, "SCREENDIR": str(screendir)}
    daemon = Daemon(PROBE, lsp_project, tmp_path / "stderr.log", env=env)
    try:
        client = daemon.client
        client.initialize(lsp_project.as_uri())
        launched = client.request(
            "trainer/launchTraining",
            {"command": "sleep 1", "backend": "screen", "name": "quick", "settleSeconds": 0},
        )
        assert "result" in launched, launched
        # screen's tty holder (a child of the daemon) leaves half a second after the command: it must be gone
        # and reaped within the bound (a zombie for an instant, between its exit and the daemon's wait, is not
        # one left behind; one still there at the deadline is)
        deadline = time.monotonic() + TIMEOUT
        while (family := client.request("test/children", {})["result"])["children"] or family["zombies"]:
            assert time.monotonic() < deadline, family
            time.sleep(0.1)
        assert client.request("shutdown")["result"] is None
        client.notify("exit")
        assert daemon.proc.wait(TIMEOUT) == 0
    finally:
        if daemon.proc.poll() is None:
            daemon.proc.kill()
            daemon.proc.wait(TIMEOUT)
        subprocess.run(["screen", "-S", "quick", "-X", "quit"], env=env, capture_output=True, timeout=TIMEOUT)
