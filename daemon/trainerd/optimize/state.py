"""A run's own record, ``iterations/iteration-N/optimize/run-state.json``: everything a resumed run
needs to reach the same end as an uninterrupted one. Saved (atomically) before every event the run
reports, so whatever kills the run, the next one starts from the last thing that was done.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import cattrs

from trainerd.optimize.messages import Parameter
from trainerd.optimize.types import Decision, FollowupInfo
from trainerd.workspace.files import atomic_write_json

STATE_FILE = "run-state.json"
SNAPSHOT_PREFIX = "source-at-start-"


@attrs.define
class Baseline:
    passed: int
    total: int
    verdicts: dict[str, str]  # every case of the baseline run (target and affected tests)
    score: float | None = None
    runs: int = 1  # runs of the unchanged code that agreed


@attrs.define
class Prompt:
    """A step's prompt, built and saved before the model is asked."""

    step: int
    messages: list[dict[str, Any]]
    parameters: list[Parameter]
    feedback: str
    cases: list[str]
    context: str = ""

    @property
    def variables(self) -> list[str]:
        return [p.py_name for p in self.parameters]


@attrs.define
class Step:
    """An answered step; ``evaluated`` once its candidate ran."""

    step: int
    source: str  # who answered: the model spec, or "manual answer"
    response_file: str  # repo-relative
    evaluated: bool = False
    candidate: str | None = None
    terminated: bool = False
    all_pass: bool = False
    rejected: list[dict[str, Any]] = attrs.Factory(list)


@attrs.define
class RunState:
    run_id: str
    iteration: int
    target: str  # the run key: the symbol, or <module>
    symbol: str | None
    model: str
    optimizer: str
    iterations: int
    snapshot: str  # repo-relative: the target's text when the run started
    snapshot_sha256: str
    status: str = "running"  # running | followup_needed | blocked | failed | cancelled | done
    feedback: dict[str, Any] | None = None  # the FeedbackSpec, as data
    target_args: list[str] = attrs.Factory(list)  # pytest arguments of the target's tests
    validation_args: list[str] = attrs.Factory(list)  # ... of every test the change could affect
    target_cases: list[str] = attrs.Factory(list)
    train: list[str] = attrs.Factory(list)
    val: list[str] = attrs.Factory(list)
    judge_mode: str = "custom"
    notes: list[str] = attrs.Factory(list)
    kind: str | None = None
    baseline: Baseline | None = None
    nothing_to_do: bool = False
    values: dict[str, Any] = attrs.Factory(dict)  # where the next step starts
    latest: str | None = None  # the latest evaluation the next prompt is built from (a candidate)
    steps: list[Step] = attrs.Factory(list)
    prompt: Prompt | None = None
    followup: FollowupInfo | None = None
    decision: Decision | None = None
    write_back: dict[str, Any] | None = None
    last_completed_step: str | None = None
    error: str | None = None


_converter = cattrs.Converter(forbid_extra_keys=False)


def load(path: Path) -> RunState | None:
    """The saved state, ``None`` when missing or written by an older trainerd (a fresh run starts)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return _converter.structure(data, RunState)
    except (OSError, ValueError, TypeError, KeyError, cattrs.BaseValidationError):
        return None


def save(path: Path, state: RunState) -> None:
    atomic_write_json(path, _converter.unstructure(state))
