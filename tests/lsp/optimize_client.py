"""A pytest-lsp client for runs in the editor: it answers ``trainer/complete`` and
``workspace/applyEdit`` the way an editor would, and records what it was asked."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import attrs
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities, make_test_lsp_client

from trainerd.data import to_plain

TIMEOUT = 60
HOLD_TIMEOUT = 400  # a held completion outlives any test that holds it


def make_client() -> LanguageClient:
    """The standard test client plus handlers for the requests a run sends to its editor."""
    client = make_test_lsp_client()
    client.completions = []  # answers to give trainer/complete, in order
    client.complete_requests = []
    client.applied_edits = []
    client.run_updates = []
    client.update_event = asyncio.Event()

    client.hold_completions = None  # an asyncio.Event: answer nothing until it is set (a slow model)

    @client.feature("trainer/complete")
    async def on_complete(ls: LanguageClient, params: Any) -> dict[str, Any]:
        ls.complete_requests.append(to_plain(params))
        ls.update_event.set()
        if ls.hold_completions is not None and not ls.completions:
            await asyncio.wait_for(ls.hold_completions.wait(), HOLD_TIMEOUT)
            return {}  # released after its run ended: an answer nobody waits for
        if not ls.completions:
            raise RuntimeError("the test client has no completion left to give")
        return {"content": ls.completions.pop(0)}

    @client.feature(types.WORKSPACE_APPLY_EDIT)
    def on_apply_edit(
        ls: LanguageClient, params: types.ApplyWorkspaceEditParams
    ) -> types.ApplyWorkspaceEditResult:
        ls.applied_edits.append(params)
        return types.ApplyWorkspaceEditResult(applied=True)

    @client.feature("trainer/runUpdated")
    def on_run_updated(ls: LanguageClient, params: Any) -> None:
        ls.run_updates.append(to_plain(params))
        ls.update_event.set()

    @client.feature(types.WORKSPACE_CODE_LENS_REFRESH)
    def on_lens_refresh(ls: LanguageClient, params: Any) -> None:
        return None

    return client


SERVER = ClientServerConfig(
    server_command=[sys.executable, "-m", "trainerd", "serve", "--log-level", "debug"],
    client_factory=make_client,
)


def capabilities(editor: str = "visual-studio-code", complete: bool = True, apply_edit: bool = True):
    caps = client_capabilities(editor)
    if complete:
        caps = attrs.evolve(caps, experimental={"trainerComplete": True})
    if not apply_edit:
        caps = attrs.evolve(caps, workspace=attrs.evolve(caps.workspace, apply_edit=False))
    return caps


async def initialize(
    client: LanguageClient,
    root: Path,
    caps: types.ClientCapabilities,
    options: dict | None = None,
    more_folders: tuple[Path, ...] = (),
):
    return await client.initialize_session(
        types.InitializeParams(
            capabilities=caps,
            root_uri=root.as_uri(),
            workspace_folders=[
                types.WorkspaceFolder(uri=f.as_uri(), name=f.name) for f in (root, *more_folders)
            ],
            initialization_options=options or {},
        )
    )


def field(params: Any, name: str) -> Any:
    """A field of untyped params (pygls hands them over as namedtuples)."""
    return params.get(name) if isinstance(params, dict) else getattr(params, name, None)


async def wait_for_state(
    client: LanguageClient, run_id: str, states: set[str], timeout: float = TIMEOUT
) -> Any:
    """The first ``trainer/runUpdated`` of ``run_id`` in one of ``states`` (already received or to come)."""

    async def scan() -> Any:
        seen = 0
        while True:
            for update in client.run_updates[seen:]:
                if field(update, "runId") == run_id and field(update, "state") in states:
                    return update
            seen = len(client.run_updates)
            client.update_event.clear()
            await client.update_event.wait()

    return await asyncio.wait_for(scan(), timeout)


def states_of(client: LanguageClient, run_id: str) -> list[str]:
    return [field(u, "state") for u in client.run_updates if field(u, "runId") == run_id]


async def wait_until(client: LanguageClient, predicate, timeout: float = TIMEOUT) -> None:
    """Wait until ``predicate()`` holds, re-checking whenever the client receives a run update or
    a completion request."""

    async def loop() -> None:
        while not predicate():
            client.update_event.clear()
            await client.update_event.wait()

    await asyncio.wait_for(loop(), timeout)


def replay_answer(project: Path, name: str = "replay-fix.json", turn: int = 0) -> str:
    """A recorded model answer from the example's replay files (what the editor's model "says")."""
    import json

    return json.loads((project / name).read_text())["turns"][turn]["response"]
