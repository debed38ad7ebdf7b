"""Kill-anywhere resume (issue 13): a run SIGKILLed at any event of its life (the CLI that drives it,
or its worker) is resumed by running the same command again and ends exactly as a run that was never
interrupted: the fix written once, every artifact there, no temp file left, no step asked twice."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, copy_example
from tests.optimize.conftest import reviewed

pytestmark = pytest.mark.slow

FIX = "(ordered[middle - 1] + ordered[middle]) / 2"
REPLAY = EXAMPLES / "buggy_median" / "replay-fix.json"
# every event a successful run reports (test_started comes many times: the first one of each request)
EVENTS = [
    "started",
    "test_started",
    "iteration_started",
    "candidate_ready",
    "iteration_done",
    "validated",
    "written_back",
    "done",
]
LINE = re.compile(r"^\s*[\d.]+s (\w+) ")
WS = ".trainer-workspace/stats"


def command() -> list[str]:
    return [
        sys.executable,
        "-m",
        "trainerd",
        "optimize",
        "stats.py::median",
        "--model",
        f"replay:{REPLAY}",
        "--repeats",
        "1",
        "--verbose",
    ]


def status(project: Path) -> dict:
    return json.loads((project / WS / "workflow-status.json").read_text())


def drive(project: Path, kill: str | None = None, at: str | None = None) -> bool:
    """Run the CLI; with ``kill`` ("cli" or "worker") SIGKILL it when event ``at`` is printed. Returns
    whether a kill happened."""
    env = {**os.environ, "COLUMNS": "300", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        command(), cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    killed = False
    assert proc.stdout is not None
    for line in proc.stdout:
        match = LINE.match(line)
        if kill and not killed and match and match.group(1) == at:
            if kill == "cli":
                proc.kill()
            else:
                pid = status(project)["run"].get("worker_pid")
                if pid:
                    os.kill(pid, signal.SIGKILL)
            killed = True
    proc.wait(timeout=600)
    return killed


def end_state(project: Path) -> dict:
    ws = project / WS
    it = ws / "iterations" / "iteration-1"
    s = status(project)
    temps = [p for p in project.rglob("*.tmp")]
    return {
        "file": (project / "stats.py").read_text(),
        "workflow": s["workflow_state"],
        "run": s["run"]["state"],
        "write_back": s["write_back"]["decision"],
        "validation": s["validation"]["status"],
        "candidates": sorted(json.loads((it / "candidates" / "candidates.json").read_text())["candidates"]),
        "turns": sorted(p.name for p in (it / "steering" / "optimizer").glob("turn-*")),
        "iterations": sorted(p.name for p in (ws / "iterations").iterdir()),
        "decision": "Write-back: written" in (ws / "decision.md").read_text(),
        "temp_files": temps,
    }


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    project = copy_example("buggy_median", tmp_path_factory.mktemp("clean"))
    reviewed(f"{project / 'stats.py'}::median")
    assert not drive(project)
    state = end_state(project)
    assert FIX in state["file"] and state["run"] == "done" and state["temp_files"] == []
    return state


@pytest.mark.parametrize("kill", ["cli", "worker"])
@pytest.mark.parametrize("at", EVENTS)
def test_a_run_killed_at_any_event_resumes_to_the_same_end(
    tmp_path: Path, uninterrupted: dict, kill: str, at: str
) -> None:
    project = copy_example("buggy_median", tmp_path)
    reviewed(f"{project / 'stats.py'}::median")
    assert drive(project, kill, at), f"the run never reported {at}"
    if status(project)["run"]["state"] != "done":  # what a user sees as interrupted or failed: run it again
        drive(project)
    state = end_state(project)
    assert state == uninterrupted
    assert state["file"].count(FIX) == 1
