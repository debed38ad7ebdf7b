"""Fixtures for the surface tests: a copy of the candidate fixture project as its own repo root."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    target = tmp_path / "project"
    shutil.copytree(FIXTURES / "project", target)
    (target / ".git").mkdir()
    return target
