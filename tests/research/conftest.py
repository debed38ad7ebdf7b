"""Fixtures of the missing-data path: copies of the example project under ``fixtures/``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def copy_fixture(name: str, dest: Path) -> Path:
    target = dest / name
    shutil.copytree(
        FIXTURES / name,
        target,
        ignore=shutil.ignore_patterns(".trainer-workspace", "__pycache__", ".pytest_cache"),
    )
    (target / ".git").mkdir(exist_ok=True)
    return target


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A fresh copy of ``fixtures/shop``: pure functions, call sites, side effects, an unimportable module."""
    return copy_fixture("shop", tmp_path)


def run_pytest(test_file: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a generated test file the way a user would."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def trainerd(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real CLI in a fresh process."""
    return subprocess.run(
        [sys.executable, "-m", "trainerd", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
