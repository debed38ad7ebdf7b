"""pytest-lsp fixtures: the real ``trainerd serve`` over stdio, with VS Code and Neovim capabilities."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from tests.conftest import copy_example
from tests.lsp.helpers import shutdown

SERVER = ClientServerConfig(
    server_command=[sys.executable, "-m", "trainerd", "serve", "--log-level", "debug"]
)


@pytest.fixture
def lsp_project(tmp_path: Path) -> Path:
    """The project the client opens as its workspace folder (a copy of examples/buggy_median)."""
    return copy_example("buggy_median", tmp_path)


async def initialize(client: LanguageClient, root: Path, capabilities: str, options: dict | None = None):
    return await client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(capabilities),
            root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
            initialization_options=options or {},
        )
    )


@pytest_lsp.fixture(config=SERVER, params=["visual-studio-code", "neovim"])
async def client(lsp_client: LanguageClient, lsp_project: Path, request):
    """A client initialized with each editor's capability set, rooted at ``lsp_project``."""
    await initialize(lsp_client, lsp_project, request.param)
    yield
    await shutdown(lsp_client)
