"""Shared fixtures: copies of the example projects in a temp folder that is its own repo root."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


def copy_example(name: str, dest: Path) -> Path:
    """Copy ``examples/<name>`` to ``dest/<name>`` as a standalone project (a ``.git`` marks its root)."""
    target = dest / name
    shutil.copytree(
        EXAMPLES / name,
        target,
        ignore=shutil.ignore_patterns(".trainer-workspace", "__pycache__", ".pytest_cache"),
    )
    (target / ".git").mkdir(exist_ok=True)
    return target


@pytest.fixture
def median_project(tmp_path: Path) -> Path:
    """A fresh copy of ``examples/buggy_median``."""
    return copy_example("buggy_median", tmp_path)
