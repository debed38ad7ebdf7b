"""trainer/resolveWorkspace, blocker diagnostics, the review code action, invalid params -> -32602."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pytest_lsp import LanguageClient

from tests.lsp.helpers import raw_request, wait_for_diagnostics

TIMEOUT = 20


async def resolve(client: LanguageClient, **params):
    return await asyncio.wait_for(
        client.protocol.send_request_async("trainer/resolveWorkspace", params), TIMEOUT
    )


async def test_resolve_with_a_relative_path_creates_the_workspace(client: LanguageClient):
    contract = await resolve(client, path="stats.py", symbol="median")
    assert contract.workspace.state == "pending_engineer_prompt"
    assert contract.workspace.exists


async def test_resolve_returns_contract_and_publishes_blocker(client: LanguageClient, lsp_project: Path):
    target = lsp_project / "stats.py"
    uri = target.as_uri()
    waiter = client.protocol.wait_for_notification_async(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    contract = await resolve(client, uri=uri, symbol="median")
    assert contract.target.file == "stats.py"
    assert contract.target.symbol == "median"
    assert contract.workspace.root == ".trainer-workspace/stats"
    assert [b.code for b in contract.blockers] == ["review_missing"]
    assert "trainerd review stats.py::median" in contract.nextAction
    await asyncio.wait_for(waiter, TIMEOUT)
    diags = client.diagnostics[uri]
    assert [d.code for d in diags] == ["review_missing"]
    assert diags[0].source == "trainer"
    assert diags[0].range.start.line == 3  # the `def median` line
    assert (lsp_project / ".trainer-workspace/stats/workflow-status.json").is_file()


async def test_code_action_creates_review_and_clears_blocker(client: LanguageClient, lsp_project: Path):
    uri = (lsp_project / "stats.py").as_uri()
    waiter = client.protocol.wait_for_notification_async(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    await resolve(client, uri=uri, symbol="median")
    await asyncio.wait_for(waiter, TIMEOUT)
    diags = client.diagnostics[uri]
    actions = await raw_request(
        client,
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diags[0].range,
            context=types.CodeActionContext(diagnostics=list(diags)),
        ),
    )
    titles = [a["title"] for a in actions]
    assert "Create engineering review" in titles
    action = actions[titles.index("Create engineering review")]
    assert action["kind"] == "quickfix"
    waiter = client.protocol.wait_for_notification_async(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(
            command=action["command"]["command"], arguments=action["command"]["arguments"]
        )
    )
    await asyncio.wait_for(waiter, TIMEOUT)
    review = lsp_project / ".trainer-workspace/stats/engineer-prompt/review.md"
    assert review.is_file()
    assert "stats.py::median" in review.read_text()
    assert result["contract"]["workspace"]["state"] == "pending_training"
    assert list(client.diagnostics[uri]) == []


@pytest.mark.parametrize(
    "params, field",
    [
        ({"path": 5}, "path"),
        ({"symbol": ["x"], "path": "stats.py"}, "symbol"),
        ({}, "uri"),
        ({"uri": "https://example.com/x.py"}, "uri"),
        ({"path": "missing.py"}, "path"),
        ({"path": "tests"}, "path"),
        ({"path": "conftest.py", "symbol": "nothing_here"}, "symbol"),
        ({"path": "/etc/hostname"}, "path"),
    ],
)
async def test_invalid_params_get_32602_naming_the_field(client: LanguageClient, params, field):
    with pytest.raises(JsonRpcInvalidParams) as info:
        await resolve(client, **params)
    assert info.value.code == -32602
    assert field in info.value.message
    # the daemon keeps serving
    contract = await resolve(client, path="stats.py")
    assert contract.target.codeName == "stats"


async def test_params_not_an_object(client: LanguageClient):
    with pytest.raises(JsonRpcInvalidParams) as info:
        await asyncio.wait_for(
            client.protocol.send_request_async("trainer/resolveWorkspace", [1, 2]), TIMEOUT
        )
    assert "params" in info.value.message


async def test_invalid_settings_reported_and_defaulted(client: LanguageClient):
    waiter = client.protocol.wait_for_notification_async(types.WINDOW_SHOW_MESSAGE)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"trainer": {"iterations": "many", "logLevel": "loud"}})
    )
    await asyncio.wait_for(waiter, TIMEOUT)
    text = " ".join(m.message for m in client.messages)
    assert "trainer.iterations" in text
    contract = await resolve(client, path="stats.py")  # still serving
    assert contract.workspace.exists


async def test_code_action_repairs_a_corrupt_status_file(client: LanguageClient, lsp_project: Path):
    uri = (lsp_project / "stats.py").as_uri()
    await resolve(client, uri=uri, symbol="median")
    status = lsp_project / ".trainer-workspace/stats/workflow-status.json"
    status.write_text('{"workflow_state": "flying"}')

    contract = await resolve(client, uri=uri, symbol="median")
    assert [b.code for b in contract.blockers] == ["status_corrupt"]
    assert status.read_text() == '{"workflow_state": "flying"}'  # reported, not overwritten
    diags = await wait_for_diagnostics(client, uri, lambda ds: any(d.code == "status_corrupt" for d in ds))
    corrupt = [d for d in diags if d.code == "status_corrupt"]
    actions = await raw_request(
        client,
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=corrupt[0].range,
            context=types.CodeActionContext(diagnostics=corrupt),
        ),
    )
    assert [a["command"]["command"] for a in actions] == ["trainer.repairWorkspace"]

    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(
            command="trainer.repairWorkspace", arguments=actions[0]["command"]["arguments"]
        )
    )

    assert Path(result["movedTo"]).read_text() == '{"workflow_state": "flying"}'
    assert result["contract"]["workspace"]["state"] == "pending_engineer_prompt"
    codes = [
        d.code
        for d in await wait_for_diagnostics(
            client, uri, lambda ds: all(d.code != "status_corrupt" for d in ds)
        )
    ]
    assert "review_missing" in codes


async def test_resolve_with_create_false_only_reports(client: LanguageClient, lsp_project: Path):
    contract = await resolve(client, path="stats.py", symbol="median", create=False)
    assert contract.workspace.exists is False and contract.workspace.state is None
    assert [b.code for b in contract.blockers] == ["review_missing"]
    assert not (lsp_project / ".trainer-workspace").exists()
    with pytest.raises(JsonRpcInvalidParams) as info:
        await resolve(client, path="stats.py", create="no")
    assert "create" in info.value.message
