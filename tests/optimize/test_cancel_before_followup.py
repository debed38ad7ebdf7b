"""A cancel that lands while a run writes the question it is about to ask (the follow-up for the manual model) ends
the run cancelled: the user who pressed cancel is not asked a question afterwards. Real engine, real worker; the
cancel is delivered from inside the engine's follow-up step, the one window a listener cannot reach."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainerd.optimize import steps
from trainerd.optimize import types as t
from trainerd.optimize.runs import RunManager


@pytest.mark.timeout(300)
def test_a_cancel_while_the_question_is_written_ends_the_run_cancelled(
    median: Path, monkeypatch: pytest.MonkeyPatch
):
    seen: list[tuple[str, str]] = []
    manager = RunManager(lambda run, what: seen.append((what, run.state)), lambda: 2)
    asked = steps.followup

    def cancelled_while_asking(run, prompt, reason):
        manager.cancel(run_id)  # the editor's trainer/cancel arrives while the run writes its question
        return asked(run, prompt, reason)

    monkeypatch.setattr(steps, "followup", cancelled_while_asking)
    run = manager.reserve(
        str(median), "median", str(median.parent), t.OptimizeOptions(model="manual", iterations=1, repeats=1)
    )
    run_id = run.id
    try:
        manager.start(run).result(timeout=240)
        assert run.done.wait(240)
    finally:
        manager.close()
    assert run.state == "cancelled", [s for s in seen if s[0] != "test_started"]
    assert all(state != "followup_needed" for _, state in seen), seen
    status = json.loads((median.parent / ".trainer-workspace/stats/workflow-status.json").read_text())
    assert status["run"]["state"] == "cancelled"
