"""Kill-anywhere resume through the editor (issue 13): the daemon SIGKILLed at every event a run
reports; a new daemon resumes the run (trainer/optimize again when it was interrupted) and ends as a
run that was never interrupted would: the fix written once, no temp file, no step asked twice."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, copy_example
from tests.lsp.helpers import request, shutdown, stop
from tests.lsp.optimize_client import SERVER, capabilities, initialize, wait_for_state, wait_until

pytestmark = pytest.mark.slow
FIX = "(ordered[middle - 1] + ordered[middle]) / 2"
FINAL = {"written_back", "conflict", "failed", "done", "cancelled", "blocked"}
# what trainer/runUpdated reports for a run that ends written back (its "event")
EVENTS = [
    "started",
    "test_started",
    "iteration_started",
    "candidate_ready",
    "iteration_done",
    "validated",
    "done",
    "writing",
    "written_back",
]

# events while the run's worker is up: the status names it then
WORKER_RUNS = {"test_started", "iteration_started", "candidate_ready", "iteration_done", "validated"}


def settings() -> dict:
    return {
        "trainer": {
            "model": f"replay:{EXAMPLES / 'buggy_median' / 'replay-fix.json'}",
            "iterations": 1,
            "determinismRepeats": 1,
        }
    }


def status_of(project: Path) -> dict:
    return json.loads((project / ".trainer-workspace/stats/workflow-status.json").read_text())


def end_state(project: Path) -> dict:
    ws = project / ".trainer-workspace/stats"
    it = ws / "iterations/iteration-1"
    status = status_of(project)
    return {
        "file": (project / "stats.py").read_text(),
        "run": status["run"]["state"],
        "workflow": status["workflow_state"],
        "write_back": status["write_back"]["decision"],
        "candidates": sorted(json.loads((it / "candidates/candidates.json").read_text())["candidates"]),
        "turns": sorted(p.name for p in (it / "steering/optimizer").glob("turn-*")),
        "iterations": sorted(p.name for p in (ws / "iterations").iterdir()),
        "temp_files": sorted(str(p) for p in project.rglob("*.tmp")),
    }


async def optimize_to_the_end(project: Path, kill_at: str | None = None) -> bool:
    """One daemon (an editor without applyEdit: the daemon writes the file); with ``kill_at`` it is
    SIGKILLed as soon as a runUpdated reports that event. Returns whether it was killed."""
    client = await SERVER.start()
    daemon = client._server.pid if client._server else None
    assert daemon and daemon != os.getpid()
    try:
        await initialize(client, project, capabilities(apply_edit=False), settings())
        started = await request(client, "trainer/optimize", {"path": "stats.py", "symbol": "median"})
        if kill_at is None:
            final = await wait_for_state(client, started.runId, FINAL, timeout=300)
            assert final["state"] == "written_back", final
            await shutdown(client)
            return False
        await wait_until(
            client, lambda: any(u.get("event") == kill_at for u in client.run_updates), timeout=300
        )
        run = status_of(project)["run"]
        worker = run.get("worker_pid")
        # the status names the worker while it runs (crash safety); the notification may reach us
        # after the run has moved past its worker (validation is the worker's last part)
        worker_done = run.get("last_completed_step") in ("write-back proposed", "decision")
        if kill_at in WORKER_RUNS and not worker_done:
            assert worker, run
        os.kill(daemon, 9)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 15
        while (
            worker and Path(f"/proc/{worker}").exists() and loop.time() < deadline
        ):  # its worker dies with it
            await asyncio.sleep(0.05)
        return True
    finally:
        with contextlib.suppress(Exception):
            await stop(client)


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    from trainerd.workspace import service

    project = copy_example("buggy_median", tmp_path_factory.mktemp("clean"))
    service.create_review(str(project / "stats.py"), "median")
    asyncio.run(optimize_to_the_end(project))
    state = end_state(project)
    assert FIX in state["file"] and state["temp_files"] == []
    return state


@pytest.mark.timeout(900)
@pytest.mark.parametrize("event", EVENTS)
async def test_the_daemon_killed_at_any_event_resumes_to_the_same_end(
    tmp_path: Path, uninterrupted: dict, event: str
):
    from trainerd.workspace import service

    project = copy_example("buggy_median", tmp_path)
    service.create_review(str(project / "stats.py"), "median")
    assert await optimize_to_the_end(project, kill_at=event)
    if status_of(project)["run"]["state"] != "done":  # interrupted: the user runs it again
        await optimize_to_the_end(project)
    state = end_state(project)
    assert state == uninterrupted
