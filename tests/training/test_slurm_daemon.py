"""Slurm jobs through the real daemon (``trainerd serve`` over stdio) on a real one-node cluster:
launched with resources, followed from the queue to its end, its crash triaged from the job's output
file like a screen/tmux log, and its registry re-read by a daemon started while the job runs."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from tests.lsp import helpers
from tests.training.conftest import wait_until
from trainerd.data import snake, to_plain

SERVER = ClientServerConfig(
    server_command=[sys.executable, "-m", "trainerd", "serve", "--log-level", "debug"]
)
TIMEOUT = 60

pytestmark = pytest.mark.slow


def snakes(value):
    """``value`` with every key in snake_case: the assertions hold for the wire's camelCase and for the
    old snake_case alike."""
    if isinstance(value, dict):
        return {snake(k): snakes(v) for k, v in value.items()}
    if isinstance(value, list):
        return [snakes(v) for v in value]
    return value


class Events:
    """Every ``trainer/sessionEvent`` received, in order."""

    def __init__(self, client: LanguageClient) -> None:
        self.seen: list = []
        self._changed = asyncio.Event()

        @client.feature("trainer/sessionEvent")
        def on_event(params) -> None:
            self.seen.append(snakes(to_plain(params)))
            self._changed.set()

    async def wait(self, session: str, kind: str, timeout: float = TIMEOUT):
        async def find():
            while True:
                for params in self.seen:
                    if params["session"] == session and params["kind"] == kind:
                        return params
                self._changed.clear()
                await self._changed.wait()

        return await asyncio.wait_for(find(), timeout)

    def kinds(self, session: str) -> list[str]:
        lifecycle = {"started", "pending", "running", "exited", "killed", "lost"}
        return [p["kind"] for p in self.seen if p["session"] == session and p["kind"] in lifecycle]


async def start(root: Path) -> tuple[LanguageClient, Events]:
    client = await SERVER.start()
    events = Events(client)  # listening before initialize: the first poll reports what changed
    await client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
        )
    )
    return client, events


async def close(client: LanguageClient) -> None:
    """Shut the daemon down; kill it when it does not answer (a failed assert must not hang the test)."""
    try:
        await helpers.shutdown(client, 10)
    except Exception:
        if client._server is not None and client._server.returncode is None:
            client._server.kill()
    await helpers.stop(client, 30)


async def request(client: LanguageClient, method: str, params: dict):
    return snakes(to_plain(await helpers.raw_request(client, method, params, timeout=TIMEOUT)))


async def test_a_job_launched_from_the_editor_is_followed_and_its_crash_triaged(slurm_project: Path):
    client, events = await start(slurm_project)
    try:
        result = await request(
            client,
            "trainer/launchTraining",
            {
                "command": "python3 toy_train.py --steps 5 --crash",
                "backend": "slurm",
                "time": "5:00",
                "sbatchArgs": ["--mem=300M"],
                "settleSeconds": 0,
            },
        )
        session = result["session"]
        name, job = session["name"], session["job"]
        assert session["backend"] == "slurm" and job["id"].isdigit()
        assert job["options"]["time"] == "5:00" and job["options"]["sbatch_args"] == ["--mem=300M"]

        ended = await events.wait(name, "exited")
        assert ended["exit_code"] == 1 and ended["status"] == "exited 1"
        crash = await events.wait(name, "crash")  # the job's output file is watched like any log
        assert "RuntimeError" in crash["message"] and "toy_train.py" in crash["message"]
        kinds = events.kinds(name)
        # queued and started are reported when the watcher sees them (a short job can end between polls)
        assert kinds[0] == "started" and kinds[-1] == "exited", kinds
        assert set(kinds[1:-1]) <= {"pending", "running"}, kinds

        listed = await request(client, "trainer/sessions", {})
        row = next(r for r in listed["sessions"] if r["name"] == name)
        assert row["job"]["state"] == "FAILED" and row["status"] == "exited 1"
    finally:
        await close(client)


async def test_a_daemon_started_while_a_job_runs_reads_its_state_again(slurm_project: Path):
    first, _ = await start(slurm_project)
    try:
        long_run = await request(
            first,
            "trainer/launchTraining",
            {"command": "python3 toy_train.py --steps 100000", "backend": "slurm", "settleSeconds": 0},
        )
        short_run = await request(
            first,
            "trainer/launchTraining",
            {"command": "python3 toy_train.py --steps 30 --exit 5", "backend": "slurm", "settleSeconds": 0},
        )
    finally:
        os.kill(first._server.pid, signal.SIGKILL)  # the daemon dies; its jobs must not
        await first._server.wait()
        await helpers.stop(first)
    long_name, short_name = long_run["session"]["name"], short_run["session"]["name"]
    long_job = long_run["session"]["job"]["id"]
    # the short job ends while no daemon watches
    wait_until(
        lambda: "done" in Path(short_run["session"]["log_path"]).read_text(errors="replace"), timeout=60
    )

    second, events = await start(slurm_project)
    try:
        ended = await events.wait(short_name, "exited")
        assert ended["exit_code"] == 5
        listed = await request(second, "trainer/sessions", {})
        rows = {row["name"]: row for row in listed["sessions"]}
        assert rows[short_name]["status"] == "exited 5"
        assert rows[long_name]["state"] == "running" and rows[long_name]["job"]["id"] == long_job
        # cancelled on the cluster behind the daemon's back: reported, not left running
        subprocess.run(["scancel", long_job], check=True, timeout=30)
        killed = await events.wait(long_name, "killed")
        assert killed["message"] == "cancelled on the cluster, not by trainerd"
    finally:
        await close(second)
