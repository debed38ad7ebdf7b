"""Fixtures of the escape tests: a project the client opens, and a folder beside it that is outside."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import copy_example


@pytest.fixture
def lsp_project(tmp_path: Path) -> Path:
    """The workspace folder (a copy of examples/buggy_median)."""
    return copy_example("buggy_median", tmp_path)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder next to the project, outside every workspace folder; holds a file worth protecting."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.py").write_text("def median(xs):\n    return 'not yours'\n", encoding="utf-8")
    return folder
