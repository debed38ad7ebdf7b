"""Blockers: conditions reported before any optimization, each naming what is missing and the fix."""

from __future__ import annotations

import attrs

# codes are stable identifiers: clients key code actions on them
REVIEW_MISSING = "review_missing"
STATUS_CORRUPT = "status_corrupt"
SCHEMA_NEWER = "schema_newer"
POINTER_MISSING = "pointer_missing"
POINTER_INCONSISTENT = "pointer_inconsistent"
NO_FEEDBACK_SIGNAL = "no_feedback_signal"
FLAKY_FEEDBACK = "flaky_feedback"
SURFACE_UNDEFINED = "surface_undefined"
SURFACE_TOO_BROAD = "surface_too_broad"
HIDDEN_DEPENDENCIES = "hidden_dependencies"
JUDGE_MODE_INCONSISTENT = "judge_mode_inconsistent"


@attrs.define
class Blocker:
    """One reason optimization cannot start. ``artifact`` is the repo-relative path it concerns."""

    code: str
    message: str
    artifact: str | None = None
    fix: str | None = None  # what the user does, in words
    command: str | None = None  # the CLI command that fixes it, where one exists
