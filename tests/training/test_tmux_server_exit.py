"""A launch that reaches a tmux server on its way out (its last session has just closed, as trainerd
closes a finished run's session) is asked again on a new server instead of failing with tmux's
"server exited unexpectedly"."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest

from tests.training.conftest import wait_until
from trainerd.training.backends import TmuxBackend

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux (installed by .ci/run)")


def _waiting_client(tag: str) -> bool:
    """A tmux client whose command line holds ``tag`` is connected to its server and waits for it."""
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if tag not in Path(f"/proc/{pid}/cmdline").read_text():
                continue
            connected = any(
                os.readlink(f"/proc/{pid}/fd/{fd}").startswith("socket:")
                for fd in os.listdir(f"/proc/{pid}/fd")
            )
            if connected and "poll" in Path(f"/proc/{pid}/wchan").read_text():
                return True
        except OSError:
            continue
    return False


@pytest.fixture
def own_tmux_server(monkeypatch):
    folder = tempfile.mkdtemp(prefix="trd-exit-", dir="/tmp")
    monkeypatch.setenv("TMUX_TMPDIR", folder)
    yield
    subprocess.run(["tmux", "kill-server"], capture_output=True, timeout=30)
    shutil.rmtree(folder, ignore_errors=True)


def test_a_start_that_meets_an_exiting_server_runs_the_command_once_on_a_new_one(
    own_tmux_server, tmp_path: Path
):
    subprocess.run(["tmux", "new-session", "-d", "-s", "holder", "sleep 60"], check=True, timeout=30)
    server = int(
        subprocess.run(
            ["tmux", "display", "-p", "-t", "holder", "#{pid}"], capture_output=True, text=True, check=True
        ).stdout
    )
    folder = tmp_path / "run"
    folder.mkdir()
    log = folder / "output.log"
    log.touch()
    tag = f"trd-exit-{os.getpid()}"
    outcome: dict[str, object] = {}

    def start() -> None:
        try:
            TmuxBackend().start(tag, f"echo ran-{tag}; sleep 30", str(tmp_path), log, folder)
            outcome["started"] = True
        except Exception as exc:  # the failure the test is about
            outcome["error"] = exc

    os.kill(server, signal.SIGSTOP)  # the server stops answering: our client connects and waits ...
    thread = threading.Thread(target=start)
    thread.start()
    try:
        wait_until(lambda: _waiting_client(tag), timeout=30)
    finally:
        os.kill(server, signal.SIGKILL)  # ... and the server goes away without reading its command
    thread.join(60)
    assert outcome == {"started": True}
    wait_until(lambda: f"ran-{tag}" in log.read_text(), timeout=30)
    assert log.read_text().count(f"ran-{tag}") == 1
    assert TmuxBackend().exists(tag)
