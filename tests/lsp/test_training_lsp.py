"""Training over LSP against the real daemon: detect with environment and pre-flight, launch a real
script in tmux/screen, session events, stop, and the registry surviving a daemon kill."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from tests.lsp import helpers
from tests.training.conftest import FIXTURES, close_backend_sessions, wait_until
from trainerd.data import to_plain

SERVER = ClientServerConfig(
    server_command=[sys.executable, "-m", "trainerd", "serve", "--log-level", "debug"]
)
TIMEOUT = 30


@pytest.fixture
def train_project(tmp_path: Path):
    """A copy of the Lightning+Hydra fixture with the toy training script beside it."""
    root = tmp_path / "lightning_hydra"
    shutil.copytree(FIXTURES / "lightning_hydra", root)
    (root / ".git").mkdir()
    shutil.copy(FIXTURES / "toy_train.py", root / "toy_train.py")
    yield root
    close_backend_sessions(root)


async def initialize(client: LanguageClient, root: Path) -> None:
    await client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
        )
    )


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, train_project: Path):
    lsp_client.events = Events(lsp_client)
    await initialize(lsp_client, train_project)
    yield
    await helpers.shutdown(lsp_client)


async def raw_request(client: LanguageClient, method: str, params: dict, timeout: float = TIMEOUT):
    """The result as plain JSON data (pygls hands untyped results over as namedtuples)."""
    return to_plain(await helpers.raw_request(client, method, params, timeout=timeout))


class Events:
    """Every ``trainer/sessionEvent`` the client receives, kept in order (none dropped between waits)."""

    def __init__(self, client: LanguageClient) -> None:
        self.seen: list = []
        self._changed = asyncio.Event()

        @client.feature("trainer/sessionEvent")
        def on_event(params) -> None:
            self.seen.append(params)
            self._changed.set()

    async def wait(self, session: str, kind: str, timeout: float = TIMEOUT):
        async def find():
            while True:
                for params in self.seen:
                    if params.session == session and params.kind == kind:
                        return params
                self._changed.clear()
                await self._changed.wait()

        return await asyncio.wait_for(find(), timeout)

    def kinds(self, session: str) -> list[str]:
        """The lifecycle kinds sent for ``session`` (the monitor's ``crash``/``flag`` events left out)."""
        lifecycle = {"started", "exited", "killed", "lost"}
        return [p.kind for p in self.seen if p.session == session and p.kind in lifecycle]


async def test_detect_with_environment_and_preflight(client: LanguageClient, train_project: Path):
    result = await raw_request(
        client,
        "trainer/detectTraining",
        {"command": "python src/train.py trainer=cpu", "target_metric": "val/acc > 0.98"},
        timeout=90,
    )
    assert result["root"] == str(train_project)
    assert result["commands"][0]["command"] == "python src/train.py trainer=cpu"
    assert result["commands"][0]["configs"] == ["configs/trainer/cpu.yaml"]
    environment = result["environment"]
    assert environment["pythonVersion"].count(".") == 2
    assert environment["cuda"]["summary"]
    assert environment["wandb"]["summary"]
    checks = {c["name"]: c for c in result["preflight"]["checks"]}
    from trainerd.training.environment import gpu_present

    expected = {
        "command", "interpreter", "target_metric", "smoke_test", "logging", "resume", "output_dir", "disk_space",
        "entry_imports",
    }  # fmt: skip
    assert set(checks) == expected | (set() if gpu_present() else {"device"})
    assert checks["target_metric"]["summary"] == "target: val/acc > 0.98"
    assert checks["output_dir"]["ok"] is True
    # hydra/lightning are not installed here: the dry import says which import will fail
    assert checks["entry_imports"]["ok"] is False
    assert "will fail at `import" in checks["entry_imports"]["summary"]
    assert "Have you run a smoke test (a few steps on a small batch)?" in result["preflight"]["questions"]


async def test_launch_reports_exit_and_lists_session(client: LanguageClient, train_project: Path):
    result = await raw_request(
        client,
        "trainer/launchTraining",
        {
            "command": "python3 toy_train.py --steps 30 --sleep 0.05 --exit 3",
            "backend": "tmux",
            "settle_seconds": 0,
        },
    )
    session = result["session"]
    assert session["state"] == "running"
    assert session["cwd"] == str(train_project)
    event = await client.events.wait(session["name"], "exited")
    assert event.exitCode == 3
    assert event.state == "exited"
    assert event.logPath == session["logPath"]
    assert event.sessionDir == session["sessionDir"]
    listed = await raw_request(client, "trainer/sessions", {})
    [row] = listed["sessions"]
    assert (row["name"], row["status"], row["exitCode"]) == (session["name"], "exited 3", 3)
    assert "step 29 loss:" in Path(row["logPath"]).read_text()
    # a command that fails at once comes back exited, with its output and exit code; a relative
    # cwd is relative to the workspace folder, not to the daemon's own directory
    (train_project / "sub").mkdir()
    failed = await raw_request(
        client,
        "trainer/launchTraining",
        {"command": "python3 missing_script.py", "backend": "tmux", "cwd": "sub"},
    )
    assert failed["session"]["cwd"] == str(train_project / "sub")
    assert failed["session"]["root"] == str(train_project)
    assert failed["session"]["state"] == "exited"
    assert failed["session"]["exitCode"] == 2
    assert "can't open file" in failed["outputTail"]
    assert client.events.kinds(session["name"]) == ["started", "exited"]  # in order, each once
    await client.events.wait(failed["session"]["name"], "exited")
    assert client.events.kinds(failed["session"]["name"]) == ["started", "exited"]


async def test_stop_over_lsp(client: LanguageClient, train_project: Path):
    result = await raw_request(
        client,
        "trainer/launchTraining",
        # tmux: this test is about stop/restart over LSP; screen's restart exit code can race under load
        # (known, see tests/training/test_sessions.py for screen's own restart test)
        {"command": "python3 toy_train.py --steps 100000", "backend": "tmux", "settle_seconds": 0},
    )
    name = result["session"]["name"]
    stopped = await raw_request(client, "trainer/stopTraining", {"name": name, "grace_seconds": 5})
    assert stopped["session"]["state"] == "killed"
    assert (await client.events.wait(name, "killed")).state == "killed"
    # restart in the same session, with a corrected command
    again = await raw_request(
        client,
        "trainer/restartTraining",
        {"name": name, "command": "python3 toy_train.py --steps 5 --exit 0", "settle_seconds": 0},
    )
    assert again["session"]["name"] == name
    assert again["session"]["restarts"][-1]["command"] == "python3 toy_train.py --steps 5 --exit 0"
    assert (await client.events.wait(name, "exited")).exitCode == 0
    assert client.events.kinds(name) == ["started", "killed", "started", "exited"], [
        (p.kind, p.message) for p in client.events.seen
    ]
    with pytest.raises(JsonRpcInvalidParams, match="no training session named 'nope'"):
        await raw_request(client, "trainer/restartTraining", {"name": "nope"})


BAD_PARAMS = [
    ("trainer/launchTraining", {}, "command"),
    ("trainer/launchTraining", {"command": "python3 x.py", "cwd": "/does/not/exist"}, "cwd"),
    ("trainer/launchTraining", {"command": "python3 x.py", "backend": "nohup"}, "backend"),
    ("trainer/launchTraining", {"command": 5}, "command"),
    ("trainer/stopTraining", {"name": "ghost"}, "name"),
    ("trainer/stopTraining", {"name": "x", "grace_seconds": "soon"}, "grace_seconds"),
    ("trainer/restartTraining", {}, "name"),
    ("trainer/detectTraining", {"root": "/does/not/exist"}, "root"),
    ("trainer/sessions", {"root": 7}, "root"),
]


async def test_bad_params_name_the_field(client: LanguageClient, train_project: Path):
    for method, params, field in BAD_PARAMS:
        with pytest.raises(JsonRpcInvalidParams, match=f"'{field}'"):
            await raw_request(client, method, params)
    # nothing was launched or written by the refused requests
    assert not (train_project / ".trainer-workspace").exists()


@pytest.mark.slow
async def test_registry_survives_a_daemon_restart(train_project: Path):
    first = await SERVER.start()
    try:
        await initialize(first, train_project)
        long_run = await raw_request(
            first,
            "trainer/launchTraining",
            {"command": "python3 toy_train.py --steps 100000", "backend": "tmux", "settle_seconds": 0},
        )
        short_run = await raw_request(
            first,
            "trainer/launchTraining",
            {"command": "python3 toy_train.py --steps 20 --exit 5", "backend": "screen", "settle_seconds": 0},
        )
    finally:
        os.kill(first._server.pid, signal.SIGKILL)  # the daemon dies; its sessions must not
        await first._server.wait()
        await helpers.stop(first)
    long_name, short_name = long_run["session"]["name"], short_run["session"]["name"]
    # the short run ends while no daemon is watching
    wait_until(lambda: "=== Command" in Path(short_run["session"]["logPath"]).read_text(errors="replace"))

    second = await SERVER.start()
    try:
        events = Events(second)  # listening before initialize: the first poll reports what changed
        await initialize(second, train_project)
        event = await events.wait(short_name, "exited")
        assert event.exitCode == 5
        listed = await raw_request(second, "trainer/sessions", {})
        states = {row["name"]: row["status"] for row in listed["sessions"]}
        assert states == {long_name: "running", short_name: "exited 5"}
        # killed behind the new daemon's back: reported lost, not running
        subprocess.run(["tmux", "kill-session", "-t", f"={long_name}"], check=True)
        assert (await events.wait(long_name, "lost")).state == "lost"
        listed = await raw_request(second, "trainer/sessions", {})
        assert {row["name"]: row["state"] for row in listed["sessions"]}[long_name] == "lost"
        await helpers.shutdown(second)
    finally:
        await helpers.stop(second)


async def test_a_window_on_a_sub_folder_keeps_sessions_inside_it(tmp_path: Path):
    """Issue 20 bug 7: a window opened on a sub-folder of a git repository logs its sessions in that
    folder (not the git root above it), where its pre-flight and detection also look."""
    repo = tmp_path / "repo"
    window = repo / "experiments" / "toy"
    window.mkdir(parents=True)
    (repo / ".git").mkdir()
    shutil.copy(FIXTURES / "toy_train.py", window / "toy_train.py")
    client = await SERVER.start()
    try:
        await initialize(client, window)
        launched = await raw_request(
            client,
            "trainer/launchTraining",
            {"command": "python3 toy_train.py --steps 2", "backend": "tmux", "settle_seconds": 0},
        )
        session = launched["session"]
        assert (session["root"], session["cwd"]) == (str(window), str(window))
        assert Path(session["sessionDir"]).parent == window / ".trainer-workspace" / "training"
        assert not (repo / ".trainer-workspace").exists()
        detected = await raw_request(
            client, "trainer/detectTraining", {"environment": False, "command": "python3 toy_train.py"}
        )
        assert (detected["root"], detected["preflight"]["cwd"]) == (str(window), str(window))
        listed = await raw_request(client, "trainer/sessions", {})
        assert [row["name"] for row in listed["sessions"]] == [session["name"]]
        await helpers.shutdown(client)
    finally:
        await helpers.stop(client)
        close_backend_sessions(window)


async def test_launch_waits_for_the_first_sign_of_life(client: LanguageClient, train_project: Path):
    """A run that dies two seconds in is answered 'crashed', triaged, not 'launched'."""
    (train_project / "late_crash.py").write_text(
        "import time\nprint('warming up', flush=True)\ntime.sleep(1)\nraise KeyError('lr_schedule')\n"
    )
    crashed = await raw_request(
        client,
        "trainer/launchTraining",
        {"command": "python3 late_crash.py", "backend": "tmux", "waitSeconds": 30},
    )
    first = crashed["firstSign"]
    assert first["outcome"] == "crashed" and first["summary"].startswith("crashed after ")
    assert "KeyError" in first["summary"]
    assert crashed["session"]["state"] == "exited"
    running = await raw_request(
        client,
        "trainer/launchTraining",
        {"command": "python3 toy_train.py --steps 100000", "backend": "tmux"},
    )
    assert running["firstSign"]["outcome"] == "running"
    assert running["firstSign"]["line"].startswith("step 0 loss:")
