"""``workflow-status.json``: schema, load (corruption detected, never overwritten), refresh, audit.

The keys of the trainer skills' format are kept verbatim; ours are added beside them. Unknown keys
written by another tool are preserved on every write.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from trainerd.errors import TrainerError
from trainerd.project.clock import utc_now
from trainerd.project.layout import STATUS_FILENAME
from trainerd.workspace.blockers import (
    POINTER_INCONSISTENT,
    POINTER_MISSING,
    SCHEMA_NEWER,
    STATUS_CORRUPT,
    Blocker,
)
from trainerd.workspace.target import Target

SCHEMA_VERSION = 1

STATES = ("pending_engineer_prompt", "pending_training", "training", "complete")
# forward by one, back to pending_training when a run stops short, complete -> training for a new run
TRANSITIONS = {
    "pending_engineer_prompt": {"pending_training"},
    "pending_training": {"training", "pending_engineer_prompt"},
    "training": {"complete", "pending_training"},
    "complete": {"training", "pending_training"},
}
ARTIFACT_KEYS = (
    "engineer_prompt_review",
    "source_snapshot",
    "latest_iteration_dir",
    "train_dataset",
    "val_dataset",
    "eval_manifest",
    "optimize_report",
    "candidate_dir",
    "candidate_manifest",
    "latest_steering_turn",
    "steering_summary_dir",
    "validation_log",
    "decision_summary",
)
# pointers that name files expected to appear later: their absence is not a resume problem
_PENDING_BY_DEFAULT = {"engineer_prompt_review", "decision_summary"}
ARTIFACT_CONTRACT = {
    "engineer_prompt": "engineer-prompt/review.md: the engineering review checkpoint; required before optimizing",
    "inputs": "inputs/source/<file>: snapshot of the target as it was when the workspace was created",
    "iterations": "iterations/iteration-N/: research, synthesize, optimize, election, candidates, steering, "
    "validation outputs of one pass",
    "candidates": "iterations/iteration-N/candidates/<name>/: each proposed version with its description and "
    "scores; candidates.json indexes them",
    "steering": "iterations/iteration-N/steering/<agent>/turn-N/STEERING.md: every prompt and response of a turn",
    "decision": "decision.md: why the winning candidate was written back, or why nothing was",
}


class StateError(TrainerError):
    """An illegal workflow_state transition."""


def status_path(target: Target) -> Path:
    return target.workspace_root / STATUS_FILENAME


def load(path: Path, target: Target | None = None) -> tuple[dict[str, Any] | None, list[Blocker]]:
    """Read the status file. A missing file is ``(None, [])``; a broken one is ``(None, [blocker])``;
    one written by a newer trainerd is ``(data, [schema_newer blocker])`` (readable, not writable).

    With ``target`` the blockers carry repo-relative paths and the exact repair command.
    """
    if not path.exists():
        return None, []
    rel = (target.rel(path) if target else None) or path.as_posix()
    command = f"trainerd status {target.spec()} --repair" if target else None
    repair = (
        f"Fix the file by hand, or move it aside to {path.name}.corrupt-<time> and rebuild it from the "
        "workspace layout" + ("." if command else " (`trainerd status TARGET --repair`).")
    )

    def corrupt(message: str) -> tuple[None, list[Blocker]]:
        return None, [Blocker(STATUS_CORRUPT, message, rel, repair, command)]

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return corrupt(f"{path.name} is not UTF-8 text (byte {exc.start}).")
    except OSError as exc:
        return corrupt(f"{path.name} cannot be read: {exc.strerror}.")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return corrupt(f"{path.name} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}.")
    if not isinstance(data, dict):
        return corrupt(f"{path.name} holds a JSON {_json_kind(data)}, not an object.")
    problems = []
    state = data.get("workflow_state")
    if state is not None and state not in STATES:
        problems.append(f"workflow_state {state!r} is not one of {', '.join(STATES)}")
    artifacts = data.get("required_artifacts")
    if artifacts is not None and not isinstance(artifacts, dict):
        problems.append("required_artifacts is not an object")
    elif isinstance(artifacts, dict):
        bad = [k for k, v in artifacts.items() if v is not None and not isinstance(v, str)]
        if bad:
            problems.append(f"required_artifacts.{bad[0]} is not a path or null")
    version = data.get("schema_version")
    if version is not None and (isinstance(version, bool) or not isinstance(version, int)):
        problems.append(f"schema_version {version!r} is not an integer")
    for key in ("blockers", "notes"):
        if data.get(key) is not None and not isinstance(data[key], list):
            problems.append(f"{key} is not a list")
    symbol = data.get("target_symbol")
    if symbol is not None and not isinstance(symbol, str):
        problems.append("target_symbol is not a string or null")
    if problems:
        return corrupt(f"{path.name}: {'; '.join(problems)}.")
    if isinstance(version, int) and version > SCHEMA_VERSION:
        return data, [
            Blocker(
                SCHEMA_NEWER,
                f"{path.name} has schema_version {version}; this trainerd understands up to {SCHEMA_VERSION} "
                "and will not write it.",
                rel,
                "Upgrade trainerd (pip install -U trainerd) before resuming this workspace.",
            )
        ]
    return data, []


def _json_kind(value: Any) -> str:
    return {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}.get(
        type(value), "null" if value is None else type(value).__name__
    )


def _iteration_number(path: Path) -> int:
    match = re.fullmatch(r"iteration-(\d+)", path.name)
    return int(match.group(1)) if match else -1


def iteration_dirs(ws: Path) -> list[Path]:
    """``iterations/iteration-N`` folders, numerically sorted."""
    root = ws / "iterations"
    if not root.is_dir():
        return []
    dirs = [p for p in root.iterdir() if p.is_dir() and _iteration_number(p) >= 0]
    return sorted(dirs, key=_iteration_number)


def latest_steering_turn(iteration: Path) -> Path | None:
    """Newest ``steering/<agent>/turn-N/STEERING.md``, turn numbers compared as numbers."""
    best: tuple[int, float, Path] | None = None
    for md in iteration.glob("steering/*/turn-*/STEERING.md"):
        match = re.fullmatch(r"turn-(\d+)", md.parent.name)
        if not match:
            continue
        key = (int(match.group(1)), md.stat().st_mtime, md)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


def layout_pointers(target: Target) -> dict[str, str | None]:
    """What each artifact pointer should be, judging by the files on disk."""
    ws = target.workspace_root
    pointers: dict[str, str | None] = dict.fromkeys(ARTIFACT_KEYS)
    pointers["engineer_prompt_review"] = target.rel(ws / "engineer-prompt" / "review.md")
    pointers["decision_summary"] = target.rel(ws / "decision.md")
    snapshot = ws / "inputs" / "source" / target.file.name
    pointers["source_snapshot"] = target.rel(snapshot) if snapshot.exists() else None
    evals = ws / "evals" / "evals.json"
    pointers["eval_manifest"] = target.rel(evals) if evals.exists() else None
    iterations = iteration_dirs(ws)
    if not iterations:
        return pointers
    it = iterations[-1]
    pointers["latest_iteration_dir"] = target.rel(it)

    def first(*candidates: Path) -> str | None:
        return next((target.rel(p) for p in candidates if p.exists()), None)

    pointers["train_dataset"] = first(it / "synthesize" / "train.jsonl")
    pointers["val_dataset"] = first(it / "synthesize" / "val.jsonl")
    pointers["optimize_report"] = first(
        it / "optimize" / "optimize-report.json", it / "optimize" / "manual-followup-report.json"
    )
    pointers["candidate_dir"] = first(it / "candidates")
    pointers["candidate_manifest"] = first(
        it / "candidates" / "candidates.json", it / "candidates" / "candidate-manifest.json"
    )
    turn = latest_steering_turn(it)
    pointers["latest_steering_turn"] = target.rel(turn) if turn else None
    pointers["steering_summary_dir"] = first(it / "steering")
    pointers["validation_log"] = first(it / "validation" / "pytest.txt", it / "validation")
    return pointers


def new_status(target: Target) -> dict[str, Any]:
    """A fresh status document for ``target`` (compatible keys first, then ours)."""
    ws = target.workspace_root
    parent = target.rel(target.file.parent) or "."
    return {
        "target_file": target.rel(target.file),
        "workspace_root": target.rel(ws),
        "workspace_parent": parent if parent not in ("", ".") else ".",
        "prompt_name": target.code_name,
        "workflow_state": "pending_engineer_prompt",
        "updated_at": utc_now(),
        "required_artifacts": dict.fromkeys(ARTIFACT_KEYS),
        "artifact_contract": dict(ARTIFACT_CONTRACT),
        "notes": [],
        "schema_version": SCHEMA_VERSION,
        "code_name": target.code_name,
        "target_symbol": target.symbol,
        "trainable_surface": None,
        "feedback_command": None,
        "judge_mode": None,
        "blockers": [],
        "source_sha256": None,
        "run": None,
    }


def refresh(target: Target, existing: dict[str, Any] | None) -> dict[str, Any]:
    """Merge ``existing`` over a fresh document: keep every key, fill empty pointers from the layout."""
    fresh = new_status(target)
    merged = dict(fresh)
    if existing:
        for key, value in existing.items():
            if key == "required_artifacts" and isinstance(value, dict):
                merged[key] = {**fresh["required_artifacts"], **value}
            elif key == "artifact_contract" and isinstance(value, dict):
                merged[key] = {**fresh["artifact_contract"], **value}
            else:
                merged[key] = value
    if target.symbol and not merged.get("target_symbol"):
        merged["target_symbol"] = target.symbol
    merged["schema_version"] = max(SCHEMA_VERSION, merged.get("schema_version") or 0)
    if merged.get("workflow_state") is None:
        merged["workflow_state"] = "pending_engineer_prompt"
    artifacts = merged["required_artifacts"]
    for key, value in layout_pointers(target).items():
        if not artifacts.get(key) and value:
            artifacts[key] = value
    return merged


def audit(target: Target, status: dict[str, Any]) -> list[Blocker]:
    """Resume audit: every tracked pointer exists and agrees with the layout."""
    blockers: list[Blocker] = []
    artifacts = status.get("required_artifacts") or {}
    expected = layout_pointers(target)
    for key in ARTIFACT_KEYS:
        value = artifacts.get(key)
        if not value:
            continue
        path = Path(value) if Path(value).is_absolute() else target.repo_root / value
        if key not in _PENDING_BY_DEFAULT and not path.exists():
            blockers.append(
                Blocker(
                    POINTER_MISSING,
                    f"required_artifacts.{key} points at {value}, which does not exist.",
                    value,
                    f"Restore {value}, or clear required_artifacts.{key} in workflow-status.json "
                    "(then `trainerd status` refills it from the layout).",
                )
            )
            continue
        ws = target.workspace_root.resolve()
        if key not in _PENDING_BY_DEFAULT and ws not in path.resolve().parents:
            blockers.append(
                Blocker(
                    POINTER_INCONSISTENT,
                    f"required_artifacts.{key} points at {value}, outside the workspace {target.rel(ws)}.",
                    value,
                    f"Point required_artifacts.{key} at a file inside {target.rel(ws)}, or clear it.",
                )
            )
            continue
        newest = expected["latest_iteration_dir"]
        if (
            key == "latest_iteration_dir"
            and newest
            and path.resolve() != (target.repo_root / newest).resolve()
        ):
            blockers.append(
                Blocker(
                    POINTER_INCONSISTENT,
                    f"required_artifacts.latest_iteration_dir is {value} but the newest iteration on disk is "
                    f"{newest}.",
                    value,
                    f"Set required_artifacts.latest_iteration_dir to {newest} (or clear it), "
                    "after checking which iteration is the one to resume.",
                )
            )
    for key, actual in (
        ("target_file", target.rel(target.file)),
        ("workspace_root", target.rel(target.workspace_root)),
    ):
        recorded = status.get(key)
        if isinstance(recorded, str) and recorded and actual and recorded != actual:
            blockers.append(
                Blocker(
                    POINTER_INCONSISTENT,
                    f"{key} is {recorded} but this workspace belongs to {actual}: it was copied or moved.",
                    recorded,
                    f"Set {key} to {actual} in workflow-status.json if this workspace is the one to resume.",
                )
            )
    state = status.get("workflow_state")
    if state in ("training", "complete") and not artifacts.get("source_snapshot"):
        blockers.append(
            Blocker(
                POINTER_INCONSISTENT,
                f"workflow_state is {state!r} but no source snapshot is recorded.",
                target.rel(target.workspace_root / "inputs" / "source"),
                "Clear workflow_state back to pending_training, or restore inputs/source/.",
            )
        )
    return blockers


def check_transition(current: str, new: str) -> None:
    """Raise :class:`StateError` unless ``current -> new`` is a legal workflow_state transition."""
    if new not in STATES:
        raise StateError(
            f"unknown workflow_state {new!r}; one of {', '.join(STATES)}", field="workflow_state"
        )
    if new != current and new not in TRANSITIONS.get(current, set()):
        allowed = ", ".join(sorted(TRANSITIONS.get(current, set())))
        raise StateError(
            f"workflow_state cannot go from {current!r} to {new!r} (allowed: {allowed})",
            field="workflow_state",
        )
