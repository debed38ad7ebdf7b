"""Runs in the editor against the real daemon and the real worker (the model is a replay file)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pytest_lsp import LanguageClient

from tests.conftest import copy_example
from tests.lsp.helpers import request
from tests.lsp.optimize_client import SERVER, TIMEOUT, capabilities, field, initialize


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_example("buggy_median", tmp_path)


@pytest_lsp.fixture(config=SERVER)
async def vscode(lsp_client: LanguageClient, project: Path):
    """VS Code's capabilities plus ``experimental.trainerComplete``."""
    await initialize(lsp_client, project, capabilities())
    yield
    await lsp_client.shutdown_session()


async def test_blockers_come_back_instead_of_a_run(vscode: LanguageClient, project: Path):
    uri = (project / "stats.py").as_uri()
    diagnostics = vscode.protocol.wait_for_notification_async(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    result = await request(vscode, "trainer/optimize", {"uri": uri, "symbol": "median", "model": "manual"})
    assert result.runId is None
    assert result.state == "blocked"
    assert [b.code for b in result.blockers] == ["review_missing"]
    await asyncio.wait_for(diagnostics, TIMEOUT)
    assert [d.code for d in vscode.diagnostics[uri]] == ["review_missing"]
    # the work-done progress that began while checking ended and said why
    ends = [r for reports in vscode.progress_reports.values() for r in reports if r.kind == "end"]
    assert ends and "Blocked" in ends[-1].message
    # no worker ran: the target is untouched and no iteration exists
    assert not (project / ".trainer-workspace/stats/iterations/iteration-1").exists()


@pytest.mark.parametrize(
    "params, field_name",
    [
        ({"symbol": "median"}, "uri"),
        ({"path": "stats.py", "iterations": "3"}, "iterations"),
        ({"path": "stats.py", "iterations": 0}, "iterations"),
        ({"path": "stats.py", "model": "gpt-who"}, "model"),
        ({"path": "stats.py", "model": "replay:missing.json"}, "model"),
        ({"path": "stats.py", "feedbackCommand": 7}, "feedbackCommand"),
        ({"path": "stats.py", "symbol": "mean"}, "symbol"),
        ({"path": "nowhere.py"}, "path"),
    ],
)
async def test_bad_params_name_the_field(vscode: LanguageClient, params, field_name):
    with pytest.raises(JsonRpcInvalidParams) as info:
        await request(vscode, "trainer/optimize", params)
    assert info.value.code == -32602
    assert field_name in info.value.message


async def test_cancel_and_answer_need_a_run(vscode: LanguageClient):
    with pytest.raises(JsonRpcInvalidParams) as info:
        await request(vscode, "trainer/cancel", {"runId": "run-nope"})
    assert "runId" in info.value.message
    with pytest.raises(JsonRpcInvalidParams) as info:
        await request(vscode, "trainer/answerFollowup", {"runId": "run-x", "answer": "a", "file": "b"})
    assert "answer" in info.value.message and "file" in info.value.message


async def test_show_workspace_command(vscode: LanguageClient, project: Path):
    result = await vscode.workspace_execute_command_async(
        types.ExecuteCommandParams(command="trainer.showWorkspace", arguments=[{"path": "stats.py", "symbol": "median"}])
    )
    assert field(result, "workspace")["root"] == ".trainer-workspace/stats"
    assert any("Next:" in m.message for m in vscode.messages)
