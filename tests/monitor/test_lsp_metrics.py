"""``trainer/sessionMetrics`` and the supervisor's events through a real ``trainerd serve``."""

from __future__ import annotations

import asyncio
import json
import shutil
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from tests.lsp import helpers
from trainerd.data import to_plain

LOGS = Path(__file__).resolve().parent / "logs"
NAME = "trainer-train-20261203-101010"
SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "trainerd", "serve"])
TIMEOUT = 60


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with one finished session whose log is a recorded HF Trainer 5.x run that went NaN."""
    root = tmp_path / "proj"
    session = root / ".trainer-workspace" / "training" / NAME
    session.mkdir(parents=True)
    shutil.copy(LOGS / "hf5_nan.log", session / "output.log")
    record = {
        "name": NAME,
        "command": "python hf_trainer.py",
        "cwd": str(root),
        "backend": "tmux",
        "root": str(root),
        "session_dir": str(session),
        "log_path": str(session / "output.log"),
        "started_at": "2026-12-03T10:10:10Z",
        "state": "exited",
        "status": "exited 0",
        "exit_code": 0,
    }
    (session / "session.json").write_text(json.dumps(record))
    return root


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, project: Path):
    events: list = []
    arrived = asyncio.Event()

    @lsp_client.feature("trainer/sessionEvent")
    def on_event(params) -> None:
        events.append(params)
        arrived.set()

    lsp_client.events = events  # type: ignore[attr-defined]
    lsp_client.arrived = arrived  # type: ignore[attr-defined]
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=project.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=project.as_uri(), name="proj")],
        )
    )
    yield
    await helpers.shutdown(lsp_client)


async def test_session_metrics_and_the_flag_event(client: LanguageClient, project: Path):
    async def flag_event():
        while True:
            for params in client.events:  # type: ignore[attr-defined]
                if params.kind == "flag":
                    return params
            client.arrived.clear()  # type: ignore[attr-defined]
            await client.arrived.wait()  # type: ignore[attr-defined]

    event = await asyncio.wait_for(flag_event(), TIMEOUT)  # the re-attach reads the finished log
    assert event.session == NAME and event.logPath.endswith("output.log") and event.sessionDir.endswith(NAME)
    assert event.details.flag.kind == "nan_inf" and list(event.details.actions) == ["stop"]
    result = to_plain(await helpers.raw_request(client, "trainer/sessionMetrics", {"name": NAME}))
    assert set(result) == {"name", "state", "series", "units", "flags", "crash", "logPath"}
    assert result["name"] == NAME and result["state"] == "exited" and result["crash"] is None
    assert {"loss", "grad_norm", "learning_rate", "eval_loss", "throughput"} <= set(result["series"])
    assert result["units"] == {"throughput": "it/s"}
    grad = result["series"]["grad_norm"]
    assert grad == sorted(grad) or [s for s, _ in grad] == sorted(s for s, _ in grad)
    assert any(v is None for _, v in grad)  # NaN is null on the wire
    [flag] = result["flags"]
    assert flag["kind"] == "nan_inf" and flag["line"] and "logging_nan_inf_filter" in flag["message"]


async def test_unknown_session_is_invalid_params(client: LanguageClient):
    with pytest.raises(Exception, match="no training session named 'nope'"):
        await helpers.raw_request(client, "trainer/sessionMetrics", {"name": "nope"})
