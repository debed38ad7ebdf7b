"""Every fault-injection case (tests/triage/fault_cases.py): classified as labelled, the fix offered is
the correct one (or none, where none is safe), and a fix applied lets the command run to the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fault_cases import CASES, play


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fault(case, tmp_path: Path):
    row = play(case, tmp_path)
    assert row["crashed"]
    assert (row["category"], row["fix"]) == (case.category, case.expect_fix), row["fix_text"]
    if case.expect_fix is None:
        assert row["fix_text"].startswith("No fix is offered") and "I'll fix it" not in row["fix_text"]
    else:
        assert row["applied"] and row["restarted_ok"], row
