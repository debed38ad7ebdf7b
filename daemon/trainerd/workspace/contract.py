"""The output contract every run returns (CLI ``--json``, LSP results): DESIGN.md 'Output contract'."""

from __future__ import annotations

from typing import Any

import attrs

from trainerd.workspace.blockers import Blocker


@attrs.define
class TargetInfo:
    file: str  # repo-relative
    symbol: str | None
    code_name: str
    absolute_path: str


@attrs.define
class WorkspaceInfo:
    root: str  # repo-relative
    absolute_root: str
    status_file: str
    state: str | None  # None when the workspace does not exist yet
    updated_at: str | None
    exists: bool
    repo_root: str


@attrs.define
class Decisions:
    trainable_surface: Any = None
    judge_mode: str | None = None
    selected_candidate: str | None = None


@attrs.define
class OptimizationInfo:
    status: str = "not_started"  # not_started | running | interrupted | manual_followup | done | failed
    run_id: str | None = None
    iteration: int | None = None
    last_completed_step: str | None = None
    artifacts: dict[str, str | None] = attrs.Factory(dict)


@attrs.define
class FeedbackInfo:
    command: str | None = None
    confirmed: bool = False
    shape: dict[str, Any] | None = None


@attrs.define
class ValidationInfo:
    status: str = "not_run"  # not_run | passed | failed
    log: str | None = None


@attrs.define
class WriteBackInfo:
    decision: str = "pending"  # pending | written | refused | not_applicable
    justification: str | None = None


@attrs.define
class OutputContract:
    target: TargetInfo
    workspace: WorkspaceInfo
    blockers: list[Blocker]
    decisions: Decisions
    optimization: OptimizationInfo
    feedback: FeedbackInfo
    validation: ValidationInfo
    write_back: WriteBackInfo
    next_action: str
    notes: list[str] = attrs.Factory(list)
