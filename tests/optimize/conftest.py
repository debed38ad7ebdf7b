"""Fixtures for engine tests: example projects copied to a temp repo with the review checkpoint written."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, copy_example
from trainerd.workspace import service as ws_service


@pytest.fixture(autouse=True)
def _no_xdist_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The projects these tests optimize run their own pytest, which inherits our environment: under
    pytest-xdist, ``PYTEST_XDIST_*`` makes pytest-benchmark (installed here) warn at start-up, and a
    project with ``filterwarnings = error`` then fails to collect. A user's shell has no such
    variables, so neither do the suites run here."""
    import os

    for name in [n for n in os.environ if n.startswith("PYTEST_XDIST_")]:
        monkeypatch.delenv(name)


def reviewed(spec: Path | str) -> None:
    ws_service.create_review(str(spec))


@pytest.fixture
def median(tmp_path: Path) -> Path:
    """A reviewed copy of examples/buggy_median; returns the target file."""
    project = copy_example("buggy_median", tmp_path)
    target = project / "stats.py"
    reviewed(f"{target}::median")
    return target


def replay_file(tmp_path: Path, *responses_from: tuple[str, int]) -> Path:
    """A replay file made of turns taken from example replay files: (relative file, turn index)."""
    turns = []
    for rel, index in responses_from:
        turns.append(json.loads((EXAMPLES / rel).read_text())["turns"][index])
    path = tmp_path / f"replay-{len(list(tmp_path.glob('replay-*')))}.json"
    path.write_text(json.dumps({"format": "trainerd-replay", "version": 1, "turns": turns}))
    return path


def make_project(root: Path, files: dict[str, str]) -> Path:
    """A small project (its own repo root) from ``{relative path: source}``."""
    root.mkdir(parents=True, exist_ok=True)
    (root / ".git").mkdir(exist_ok=True)
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return root


CONFTEST = """
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
"""
