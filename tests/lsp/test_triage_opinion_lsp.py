"""The model's second opinion on an ``unknown`` crash, over LSP with the editor's model: the real daemon asks
the client (``trainer/complete``), and the answer comes back labelled as the model's, never as a fix. The test
client plays the editor's model; nothing else is a double."""

from __future__ import annotations

from pathlib import Path

import pytest_lsp
from pytest_lsp import LanguageClient

from tests.lsp import helpers
from tests.lsp.helpers import shutdown
from tests.lsp.optimize_client import SERVER, capabilities, initialize
from trainerd.data import to_plain

# a crash whose words name no cause trainerd knows: the root cause is ``unknown``
UNKNOWN_CRASH = """\
Traceback (most recent call last):
  File "/home/ana/proj/train.py", line 41, in <module>
    main()
  File "/home/ana/proj/train.py", line 37, in main
    schedule = build_curriculum(stages)
  File "/home/ana/proj/curriculum.py", line 12, in build_curriculum
    raise RuntimeError(f"ledger {name} closed twice")
RuntimeError: ledger shard-07 closed twice
"""

KNOWN_CRASH = """\
Traceback (most recent call last):
  File "/home/ana/proj/train.py", line 52, in <module>
    loss.backward()
torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 23.6 GiB
"""

OPINION = "Probably two workers close the same ledger shard; check who owns shard-07 at the end of an epoch."


def _settings(model: str) -> dict:
    return {"trainer": {"model": model}}


@pytest_lsp.fixture(config=SERVER)
async def editor_model(lsp_client: LanguageClient, tmp_path: Path):
    """VS Code with its model offered (``trainerComplete``) and chosen in the settings."""
    await initialize(lsp_client, tmp_path, capabilities(), _settings("editor"))
    yield
    await shutdown(lsp_client)


@pytest_lsp.fixture(config=SERVER)
async def no_model_offered(lsp_client: LanguageClient, tmp_path: Path):
    """An editor that does not offer its model, with ``editor`` chosen all the same."""
    await initialize(lsp_client, tmp_path, capabilities("neovim", complete=False), _settings("editor"))
    yield
    await shutdown(lsp_client)


async def triage(client: LanguageClient, text: str) -> dict:
    return to_plain(await helpers.raw_request(client, "trainer/triage", {"text": text}))


def _root(result: dict) -> dict:
    return result["errors"][result["rootCause"]]


async def test_unknown_crash_gets_the_editor_models_opinion_labelled(editor_model: LanguageClient):
    editor_model.completions.append(OPINION)
    result = await triage(editor_model, UNKNOWN_CRASH)
    root = _root(result)
    assert root["kind"] == "unknown"
    assert root["opinion"]["text"] == OPINION
    assert root["opinion"]["label"].startswith("The model's opinion")
    assert root.get("proposal") is None  # an opinion is never turned into a fix
    # the editor's model was shown the error it is asked about
    (asked,) = editor_model.complete_requests
    assert "ledger shard-07 closed twice" in str(asked)


async def test_a_classified_crash_does_not_ask_the_model(editor_model: LanguageClient):
    result = await triage(editor_model, KNOWN_CRASH)
    root = _root(result)
    assert (root["kind"], root["category"]) == ("runtime", "cuda_oom")
    assert not root.get("opinion")
    assert editor_model.complete_requests == []


async def test_editor_without_a_model_says_why_there_is_no_opinion(no_model_offered: LanguageClient):
    result = await triage(no_model_offered, UNKNOWN_CRASH)
    root = _root(result)
    assert root["kind"] == "unknown"
    assert root["opinion"]["text"] is None and root["opinion"]["note"].startswith("no second opinion")
    assert no_model_offered.complete_requests == []
