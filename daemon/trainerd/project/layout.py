"""Names of everything trainerd keeps on disk, in one place.

``<dir>/.trainer-workspace/<code-name>/`` holds a target's optimization workspace (the trainer
workspace contract); ``<root>/.trainer-workspace/training/<session>/`` a training session.
"""

from __future__ import annotations

from pathlib import Path

WORKSPACE_DIRNAME = ".trainer-workspace"
STATUS_FILENAME = "workflow-status.json"
DECISION_FILENAME = "decision.md"
REVIEW_RELPATH = Path("engineer-prompt") / "review.md"
ITERATIONS_DIRNAME = "iterations"

TRAINING_DIRNAME = "training"
SESSION_FILE = "session.json"
LOG_FILE = "output.log"
EVENTS_FILE = "events.jsonl"
FIXES_FILE = "fixes.json"
SESSION_NAME_PREFIX = "trainer-train-"


def workspace_parent(directory: Path) -> Path:
    """``<directory>/.trainer-workspace``: where the workspaces of that folder's files live."""
    return directory / WORKSPACE_DIRNAME


def training_dir(root: Path) -> Path:
    """``<root>/.trainer-workspace/training``: the sessions of a project."""
    return root / WORKSPACE_DIRNAME / TRAINING_DIRNAME


def session_dir(root: Path, name: str) -> Path:
    """The folder of session ``name`` under ``root``."""
    return training_dir(root) / name
