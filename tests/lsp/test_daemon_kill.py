"""SIGKILL mid-request (issue 13): the daemon and the CLI killed at points spread over a request that
writes (the review checkpoint, the workspace, a triage fix) leave nothing half-written and nothing
that blocks the next run: a new daemon or CLI reads the workspace, the user's source is the old text
or the new one, no temp file is left beside it, and the same request then succeeds.

The kill points are fractions of the time one uninterrupted request takes on this machine (measured
first), so they fall before, during and after the writes however fast the machine is. The worker
killed at every event of an optimization run is tests/optimize's (issue 13, kill-anywhere resume).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import copy_example
from tests.lsp.rawclient import SERVE, TIMEOUT, Daemon

POINTS = int(os.environ.get("TRAINERD_KILL_POINTS", "5"))
TARGET = {"path": "stats.py", "symbol": "median"}


def temp_files_beside_the_source(project: Path) -> list[str]:
    """Temp files anywhere in the project but trainerd's own folder (where write-back cleans up)."""
    return [
        str(p.relative_to(project))
        for p in project.rglob("*.tmp")
        if ".trainer-workspace" not in p.relative_to(project).parts
    ]


def check_recovers(project: Path, source_before: bytes, source_after: bytes | None = None) -> None:
    """What a user needs after the kill: the workspace reads, the source is whole, no temp files."""
    assert (project / "stats.py").read_bytes() in {source_before, source_after or source_before}
    assert temp_files_beside_the_source(project) == []
    review = project / ".trainer-workspace" / "stats" / "engineer-prompt" / "review.md"
    if review.exists():  # all of it or nothing: it ends with the sign-off list
        assert review.read_text(encoding="utf-8").rstrip().endswith("nothing the change must not touch.")
    status = subprocess.run(
        [sys.executable, "-m", "trainerd", "status", "stats.py::median", "--json", "--no-create"],
        cwd=project, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert status.returncode in (0, 1), status.stderr  # 2 would be bad input: a corrupt workspace
    contract = json.loads(status.stdout)
    assert all(b["code"] != "workspace_corrupt" for b in contract["blockers"]), contract["blockers"]


def _kill_at(proc: subprocess.Popen, after: float) -> None:
    deadline = time.monotonic() + after
    while time.monotonic() < deadline and proc.poll() is None:  # a chosen point in a running request
        time.sleep(min(0.005, max(deadline - time.monotonic(), 0)))
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(TIMEOUT)


def _review_over_lsp(project: Path, log: Path, kill_after: float | None) -> float:
    daemon = Daemon(SERVE, project, log)
    try:
        daemon.client.initialize(project.as_uri())
        started = time.monotonic()
        msg_id = daemon.client.next_id()
        daemon.client.send(
            {
                "jsonrpc": "2.0",
                "id": msg_id,
                "method": "workspace/executeCommand",
                "params": {"command": "trainer.createReview", "arguments": [TARGET]},
            }
        )
        if kill_after is None:
            assert "result" in daemon.client.answer_to(msg_id), "the uninterrupted request failed"
            return time.monotonic() - started
        _kill_at(daemon.proc, kill_after)
        return kill_after
    finally:
        if daemon.proc.poll() is None:
            daemon.proc.kill()
            daemon.proc.wait(TIMEOUT)


def test_the_daemon_killed_during_a_review_leaves_a_workspace_the_next_daemon_uses(tmp_path: Path):
    reference = copy_example("buggy_median", tmp_path / "reference")
    took = _review_over_lsp(reference, tmp_path / "reference.log", None)
    for i in range(POINTS):
        project = copy_example("buggy_median", tmp_path / f"trial-{i}")
        before = (project / "stats.py").read_bytes()
        _review_over_lsp(project, tmp_path / f"trial-{i}.log", took * i / max(POINTS - 1, 1))
        check_recovers(project, before)
        # and the same request on a new daemon completes
        _review_over_lsp(project, tmp_path / f"again-{i}.log", None)
        assert (project / ".trainer-workspace" / "stats" / "engineer-prompt" / "review.md").is_file()


def _cli(project: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "trainerd", *args], cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def test_the_cli_killed_during_a_review_leaves_a_workspace_the_next_run_uses(tmp_path: Path):
    reference = copy_example("buggy_median", tmp_path / "reference")
    started = time.monotonic()
    done = _cli(reference, "review", "stats.py::median")
    assert done.wait(120) == 0
    took = time.monotonic() - started
    for i in range(POINTS):
        project = copy_example("buggy_median", tmp_path / f"trial-{i}")
        before = (project / "stats.py").read_bytes()
        _kill_at(_cli(project, "review", "stats.py::median"), took * i / max(POINTS - 1, 1))
        check_recovers(project, before)
        again = _cli(project, "review", "stats.py::median")
        assert again.wait(120) == 0, again.stderr.read().decode() if again.stderr else ""


def test_the_cli_killed_while_creating_a_workspace_leaves_one_the_next_run_uses(tmp_path: Path):
    reference = copy_example("buggy_median", tmp_path / "reference")
    started = time.monotonic()
    done = _cli(reference, "status", "stats.py::median", "--json")
    assert done.wait(120) in (0, 1)
    took = time.monotonic() - started
    for i in range(POINTS):
        project = copy_example("buggy_median", tmp_path / f"trial-{i}")
        before = (project / "stats.py").read_bytes()
        _kill_at(_cli(project, "status", "stats.py::median", "--json"), took * i / max(POINTS - 1, 1))
        check_recovers(project, before)
        again = _cli(project, "status", "stats.py::median", "--json")
        assert again.wait(120) in (0, 1)
        snapshot = project / ".trainer-workspace" / "stats" / "inputs" / "source" / "stats.py"
        assert snapshot.read_bytes() == before  # the source snapshot is whole
