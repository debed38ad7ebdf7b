"""Train/val split of the feedback cases and the judge mode they imply.

The split is deterministic: cases are ordered by the SHA-256 of their id and every third one is held
back, so the same suite always splits the same way, whatever order pytest collects it in.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import attrs

from trainerd.workspace.files import atomic_write_text

MIN_CASES_FOR_HOLDOUT = 3
SPLIT_METHOD = "sha256(id) order; every 3rd case held back for validation"
SCORING_TO_MODE = {
    "exact_match": "deterministic",
    "normalized_match": "custom",
    "json_schema": "custom",
    "custom_python": "custom",
    "llm_judge": "llm_judge",
}


@attrs.define
class Split:
    train: list[str]
    val: list[str]
    note: str | None = None  # set when nothing could be held back


def _key(case_id: str) -> str:
    return hashlib.sha256(case_id.encode("utf-8")).hexdigest()


def split_cases(case_ids: list[str]) -> Split:
    """Split case ids into train and val; with too few cases everything is train (and said so)."""
    unique = list(dict.fromkeys(case_ids))
    if len(unique) < MIN_CASES_FOR_HOLDOUT:
        return Split(
            train=unique,
            val=[],
            note=f"Only {len(unique)} case(s): too few to hold any back; validation runs the full suite.",
        )
    ordered = sorted(unique, key=_key)
    val = {c for i, c in enumerate(ordered) if i % 3 == 2}
    return Split(train=[c for c in unique if c not in val], val=[c for c in unique if c in val])


def rows_for(ids: list[str], kind: str = "pytest") -> list[dict[str, Any]]:
    return [{"id": i, "kind": kind} for i in ids]


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    atomic_write_text(path, "".join(json.dumps(r, sort_keys=True) + "\n" for r in rows))


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path.name} line {n} is not JSON: {exc.msg}") from None
        if not isinstance(row, dict):
            raise ValueError(f"{path.name} line {n} is not a JSON object")
        rows.append(row)
    return rows


def judge_mode(rows: list[dict[str, Any]], default: str = "custom") -> str | None:
    """The judge mode rows imply: an explicit row ``scoring`` wins; executable tests mean ``custom``.

    Returns ``None`` when rows disagree among themselves.
    """
    modes = {SCORING_TO_MODE.get(str(r["scoring"]), "custom") for r in rows if r.get("scoring")}
    if len(modes) > 1:
        return None
    return modes.pop() if modes else default


def judge_mode_conflict(train: list[dict[str, Any]], val: list[dict[str, Any]]) -> str | None:
    """A message when train and val imply different judge modes (a blocker), else ``None``."""
    t, v = judge_mode(train), judge_mode(val) if val else judge_mode(train)
    if t is None:
        return "train.jsonl rows carry scorings that imply different judge modes"
    if v is None:
        return "val.jsonl rows carry scorings that imply different judge modes"
    if t != v:
        return f"train.jsonl implies judge mode {t!r} but val.jsonl implies {v!r}"
    return None
