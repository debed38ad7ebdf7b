"""The missing-data path in the editor: the no_feedback_signal blocker's code actions, the generated
test file shown with window/showDocument, approval through trainer.approveDataset, bad params -> -32602."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pytest_lsp import ClientServerConfig, LanguageClient

from tests.lsp.conftest import SERVER, initialize
from tests.lsp.helpers import raw_request, shutdown, wait_for_diagnostics
from tests.research.conftest import copy_fixture

TIMEOUT = 180


@pytest.fixture
def lsp_shop(tmp_path: Path) -> Path:
    """The shop fixture with its review written and the optimizer's no_feedback_signal blocker recorded."""
    from trainerd.optimize.service import run_optimization
    from trainerd.workspace.service import create_review

    root = copy_fixture("shop", tmp_path)
    create_review(root / "textutil.py", "normalize")
    assert run_optimization(f"{root / 'textutil.py'}::normalize").outcome == "blocked"
    return root


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER.server_command))
async def shop_client(lsp_client: LanguageClient, lsp_shop: Path):
    await initialize(lsp_client, lsp_shop, "visual-studio-code", {"trainer": {"model": "manual"}})
    yield
    await shutdown(lsp_client)


async def actions_for(client: LanguageClient, uri: str, diags: list) -> list[dict]:
    return await raw_request(
        client,
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diags[0].range,
            context=types.CodeActionContext(diagnostics=diags),
        ),
    )


async def execute(client: LanguageClient, command: dict) -> dict:
    return await asyncio.wait_for(
        client.workspace_execute_command_async(
            types.ExecuteCommandParams(command=command["command"], arguments=command["arguments"])
        ),
        TIMEOUT,
    )


@pytest.mark.slow
async def test_blocker_code_action_synthesizes_shows_the_tests_and_approval_lifts_the_blocker(
    shop_client: LanguageClient, lsp_shop: Path
):
    client = shop_client
    uri = (lsp_shop / "textutil.py").as_uri()
    await asyncio.wait_for(
        client.protocol.send_request_async("trainer/resolveWorkspace", {"uri": uri, "symbol": "normalize"}),
        TIMEOUT,
    )
    diags = await wait_for_diagnostics(client, uri, lambda d: any(x.code == "no_feedback_signal" for x in d))
    blocker = [d for d in diags if d.code == "no_feedback_signal"]
    actions = await actions_for(client, uri, blocker)
    titles = [a["title"] for a in actions]
    assert titles == [
        "Synthesize characterization tests (keep the current behaviour)",
        "Propose specification tests with the model (change the behaviour)",
        "Research the target's tests, call sites and data",
    ]

    result = await execute(client, actions[0]["command"])
    assert result["state"] == "pending_approval" and result["goal"] == "keep"
    test_file = Path(result["testFileAbsolute"])  # camelCase on the LSP wire
    assert test_file.is_file() and result["testFileUri"] == test_file.as_uri()
    bars = [
        r
        for r in client.progress_reports.values()
        if r and getattr(r[0], "title", "").startswith("Synthesizing")
    ]
    assert [(b[0].title, b[-1].message) for b in bars] == [
        ("Synthesizing characterization tests for textutil.py::normalize", "pending approval")
    ]
    # the editor opened the generated tests for review
    assert [(d.uri, d.take_focus) for d in client.shown_documents] == [(test_file.as_uri(), True)]
    diags = await wait_for_diagnostics(client, uri, lambda d: any(x.code == "dataset_unapproved" for x in d))
    pending = [d for d in diags if d.code == "dataset_unapproved"]
    approve_action = (await actions_for(client, uri, pending))[0]
    assert approve_action["title"] == "Approve the synthesized dataset as the feedback signal"

    approved = await execute(client, approve_action["command"])
    assert approved["approved"] and approved["feedbackCommand"].endswith(test_file.name)
    await wait_for_diagnostics(
        client, uri, lambda d: not [x for x in d if x.code in ("dataset_unapproved", "no_feedback_signal")]
    )

    research = await execute(client, actions[2]["command"])
    assert research["reused"] and research["briefUri"].endswith("research-brief.md")
    assert client.shown_documents[-1].uri == research["briefUri"]

    # specification cases with no model configured: the follow-up report is opened for a manual answer
    followup = await execute(client, actions[1]["command"])
    assert followup["state"] == "manual_followup"
    assert client.shown_documents[-1].uri.endswith("manual-followup-report.json")
    # the approved characterization dataset stays in use
    again = await execute(client, actions[0]["command"])
    assert again["state"] == "approved" and again["reused"]


@pytest.mark.parametrize(
    "argument, field",
    [
        ({"path": "textutil.py", "symbol": "normalize", "goal": "improve"}, "goal"),
        ({"path": "textutil.py", "symbol": "normalize", "max_cases": "many"}, "max_cases"),
        ({"path": "textutil.py"}, "target"),
        ({"path": "textutil.py", "symbol": "normalize", "goal": "change", "model": "gpt"}, "model"),
    ],
)
async def test_bad_synthesize_arguments_get_32602_naming_the_field(
    shop_client: LanguageClient, argument, field
):
    with pytest.raises(JsonRpcInvalidParams) as info:
        await execute(shop_client, {"command": "trainer.synthesize", "arguments": [argument]})
    assert info.value.code == -32602 and f"field '{field}'" in info.value.message


async def test_approving_with_nothing_synthesized_is_refused(shop_client: LanguageClient):
    with pytest.raises(JsonRpcInvalidParams, match="nothing to approve"):
        await execute(
            shop_client,
            {
                "command": "trainer.approveDataset",
                "arguments": [{"path": "pricing.py", "symbol": "apply_discount"}],
            },
        )
