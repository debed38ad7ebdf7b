"""Settings from initializationOptions, and blockers shown as soon as a file with a workspace opens."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.conftest import SERVER, initialize
from tests.lsp.helpers import TIMEOUT, request, shutdown, wait_for_diagnostics
from trainerd.workspace import service


@pytest_lsp.fixture(config=SERVER)
async def uninitialized(lsp_client: LanguageClient):
    """A client the test initializes itself."""
    yield
    await shutdown(lsp_client)


@pytest.mark.parametrize("editor", ["visual-studio-code", "neovim"])
async def test_initialize_advertises_commands_code_actions_and_sync(
    uninitialized: LanguageClient, lsp_project, editor
):
    result = await initialize(uninitialized, lsp_project, editor)

    caps = result.capabilities
    assert result.server_info.name == "trainerd"
    assert "trainer.createReview" in caps.execute_command_provider.commands
    assert caps.code_action_provider
    assert caps.text_document_sync.open_close is True


async def test_invalid_initialization_options_are_named_and_defaulted(
    uninitialized: LanguageClient, lsp_project
):
    client = uninitialized
    shown = client.protocol.wait_for_notification_async(types.WINDOW_SHOW_MESSAGE)
    options = {"trainer": {"iterations": 0, "sessionBackend": "docker", "monitor": {"plateauWindow": "wide"}}}

    result = await initialize(client, lsp_project, "visual-studio-code", options)

    assert result.server_info.name == "trainerd"
    await asyncio.wait_for(shown, TIMEOUT)
    messages = [m.message for m in client.messages if m.type == types.MessageType.Warning]
    assert "trainerd: setting 'trainer.iterations' must be >= 1, got 0; using the default 3" in messages
    assert (
        "trainerd: invalid value 'docker' for setting 'trainer.sessionBackend'; using the default 'auto'"
        in messages
    )
    assert (
        "trainerd: invalid value 'wide' for setting 'trainer.monitor.plateauWindow'; using the default 50"
        in messages
    )
    contract = await request(client, "trainer/resolveWorkspace", {"path": "stats.py"})  # still serving
    assert contract.target.codeName == "stats"


async def test_valid_initialization_options_raise_no_message(uninitialized: LanguageClient, lsp_project):
    client = uninitialized
    options = {"trainer": {"iterations": 5, "logLevel": "debug", "monitor": {"silenceSeconds": 60}}}
    logged = client.protocol.wait_for_notification_async(types.WINDOW_LOG_MESSAGE)

    await initialize(client, lsp_project, "neovim", options)

    await asyncio.wait_for(logged, TIMEOUT)  # the start-up line: logging reaches the client
    assert any("trainerd 0.1.0 serving" in m.message for m in client.log_messages)
    await request(client, "trainer/resolveWorkspace", {"path": "stats.py"})
    assert [m.message for m in client.messages] == []


def _open(client: LanguageClient, path: Path) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=path.as_uri(), language_id="python", version=1, text=path.read_text()
            )
        )
    )


async def test_opening_a_file_with_a_workspace_shows_its_blockers_read_only(
    client: LanguageClient, lsp_project
):
    service.resolve(lsp_project / "stats.py", "median")  # a workspace made earlier (by the CLI, say)
    status = lsp_project / ".trainer-workspace/stats/workflow-status.json"
    before = status.read_bytes()
    uri = (lsp_project / "stats.py").as_uri()

    _open(client, lsp_project / "conftest.py")  # no workspace: no blocker is published, nothing created
    _open(client, lsp_project / "stats.py")

    diagnostics = await wait_for_diagnostics(
        client, uri, lambda ds: any(d.code == "review_missing" for d in ds)
    )
    diagnostics = [d for d in diagnostics if d.code == "review_missing"]
    assert len(diagnostics) == 1
    assert diagnostics[0].source == "trainer"
    assert diagnostics[0].range.start.line == 3  # `def median`, the symbol the workspace records
    assert diagnostics[0].message.startswith("The engineering review checkpoint is missing")
    assert status.read_bytes() == before
    assert not [
        d
        for d in client.diagnostics.get((lsp_project / "conftest.py").as_uri(), [])
        if d.source == "trainer"
        and d.code in ("review_missing", "status_corrupt", "pointer_missing", "pointer_inconsistent")
    ]
    assert not (lsp_project / ".trainer-workspace/conftest").exists()


async def test_saving_the_review_clears_the_blocker(client: LanguageClient, lsp_project):
    target = lsp_project / "stats.py"
    service.resolve(target, "median")
    uri = target.as_uri()
    _open(client, target)
    await wait_for_diagnostics(client, uri, lambda ds: any(d.code == "review_missing" for d in ds))

    review = lsp_project / ".trainer-workspace/stats/engineer-prompt/review.md"
    review.write_text("# my review of stats.py::median\n")  # written in the editor
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=review.as_uri()))
    )

    await wait_for_diagnostics(client, uri, lambda ds: all(d.code != "review_missing" for d in ds))
    assert review.read_text() == "# my review of stats.py::median\n"


async def test_configuration_is_pulled_when_the_notification_carries_none(client: LanguageClient):
    client.set_configuration({"iterations": "lots", "logLevel": "debug"}, section="trainer")
    shown = client.protocol.wait_for_notification_async(types.WINDOW_SHOW_MESSAGE)

    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))

    message = await asyncio.wait_for(shown, TIMEOUT)
    assert (
        message.message
        == "trainerd: invalid value 'lots' for setting 'trainer.iterations'; using the default 3"
    )
    assert (await request(client, "trainer/resolveWorkspace", {"path": "stats.py"})).workspace.exists
