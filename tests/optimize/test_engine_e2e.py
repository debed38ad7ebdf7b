"""End to end: the real worker, real pytest, real opto; the LLM is a replay file or the manual path."""

from __future__ import annotations

import hashlib
import json
import os
import signal
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.optimize.conftest import replay_file
from trainerd.errors import TrainerError
from trainerd.optimize import service
from trainerd.optimize.service import OptimizeOptions, answer_followup, export_replay, run_optimization
from trainerd.workspace import service as ws_service

pytestmark = pytest.mark.slow
FIX = f"replay:{EXAMPLES / 'buggy_median' / 'replay-fix.json'}"
BREAKS_EMPTY = f"replay:{EXAMPLES / 'buggy_median' / 'replay-breaks-empty.json'}"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def status_of(target: Path) -> dict:
    ws = ws_service.open_workspace(target, create=False)
    return json.loads(ws.status_file.read_text())


def test_replay_fixes_the_bug_writes_it_back_and_exports_the_same_replay(median: Path) -> None:
    events: list[service.RunEvent] = []
    result = run_optimization(f"{median}::median", OptimizeOptions(model=FIX), on_event=events.append)
    assert result.outcome == "done", result.message
    assert result.winner == "step-1"
    from_text = median.read_text()
    assert "(ordered[middle - 1] + ordered[middle]) / 2" in from_text
    assert "@" not in from_text and from_text.startswith(
        '"""A tiny statistics helper'
    )  # the rest is untouched
    kinds = [e.type for e in events]
    assert kinds[0] == "started" and kinds[-1] == "done"
    for expected in ("iteration_started", "candidate_ready", "validated", "written_back"):
        assert expected in kinds
    ws = median.parent / ".trainer-workspace" / "stats"
    it = ws / "iterations" / "iteration-1"
    assert "Write-back: written" in (ws / "decision.md").read_text()
    assert (it / "validation" / "pytest.txt").read_text().count("PASSED ") == 6
    manifest = json.loads((it / "candidates" / "candidates.json").read_text())
    assert manifest["candidates"]["step-1"]["selected"] is True
    assert (it / "candidates" / "step-1" / "diff.patch").read_text().startswith("--- a/stats.py")
    turn = it / "steering" / "optimizer" / "turn-1"
    assert "#Feedback" in json.loads((turn / "prompt.json").read_text())[1]["content"]
    assert "test_even_length" in (turn / "STEERING.md").read_text()
    status = status_of(median)
    assert status["workflow_state"] == "complete" and status["run"]["state"] == "done"
    assert status["feedback"]["shape"]["cases"] == 6 and status["required_artifacts"]["decision_summary"]
    assert result.contract.write_back.decision == "written" and result.contract.validation.status == "passed"
    recorded = json.loads((EXAMPLES / "buggy_median" / "replay-fix.json").read_text())["turns"][0]["response"]
    assert export_replay(ws)["turns"][0]["response"] == recorded


def test_no_write_back_when_the_winner_fails_validation(median: Path) -> None:
    before = sha(median)
    result = run_optimization(f"{median}::median", OptimizeOptions(model=BREAKS_EMPTY, iterations=1))
    assert result.outcome == "done"
    assert sha(median) == before
    decision = (median.parent / ".trainer-workspace" / "stats" / "decision.md").read_text()
    assert "Write-back: refused" in decision and "fails validation (1 of its own 6 tests fail" in decision
    assert "test_empty_raises" in decision
    assert result.contract.validation.status == "failed" and result.contract.write_back.decision == "refused"


def test_manual_followup_then_answer_continues_from_that_point(median: Path) -> None:
    before = sha(median)
    result = run_optimization(f"{median}::median", OptimizeOptions())
    assert result.outcome == "followup_needed"
    assert sha(median) == before
    ws = median.parent / ".trainer-workspace" / "stats"
    report = json.loads(
        (ws / "iterations" / "iteration-1" / "optimize" / "manual-followup-report.json").read_text()
    )
    for key in (
        "ok",
        "mode",
        "message",
        "blocker_reason",
        "model",
        "algorithm",
        "iterations",
        "train_size",
        "val_size",
        "judge_mode",
        "candidate_count",
        "rerun_command",
        "agent_handoff_instruction",
        "manual_reproduction_steps",
        "followup_instruction",
        "model_prompt",
        "train_file",
        "val_file",
        "output_file",
        "report_file",
    ):
        assert key in report, key
    assert report["mode"] == "manual_followup" and report["variables"] == ["__code0"]
    assert "#Variables" in report["model_prompt"] and "def median(values):" in report["model_prompt"]
    status = status_of(median)
    assert status["run"]["state"] == "followup_needed" and status["workflow_state"] == "pending_training"
    assert result.contract.optimization.status == "followup_needed"
    assert "trainerd answer" in result.contract.next_action

    with pytest.raises(TrainerError, match="not valid JSON"):
        answer_followup(ws, "{not json")
    with pytest.raises(TrainerError, match="unknown variable"):
        answer_followup(ws, '{"suggestion": {"__code5": "def median(values): pass"}}')
    assert status_of(median)["run"]["state"] == "followup_needed"  # bad answers lose nothing

    answer = json.loads((EXAMPLES / "buggy_median" / "replay-fix.json").read_text())["turns"][0]["response"]
    done = answer_followup(ws, answer)
    assert done.outcome == "done", done.message
    assert "(ordered[middle - 1] + ordered[middle]) / 2" in median.read_text()
    assert (ws / "iterations" / "iteration-1" / "optimize" / "answer-turn-1.json").read_text() == answer
    assert not (ws / "iterations" / "iteration-2").exists()  # the same iteration continued


def test_resume_after_the_worker_is_killed_mid_run_repeats_no_completed_step(
    median: Path, tmp_path: Path
) -> None:
    replay = replay_file(
        tmp_path, ("buggy_median/replay-breaks-empty.json", 0), ("buggy_median/replay-fix.json", 0)
    )
    options = OptimizeOptions(model=f"replay:{replay}", iterations=2)
    pids: list[int] = []
    seen: list[str] = []

    def kill_during_the_second_step(event: service.RunEvent) -> None:
        seen.append(event.type)
        if event.type == "iteration_started":
            pids.append(event.worker_pid)
        if event.type == "test_started" and "candidate_ready" in seen and pids:
            os.kill(pids[-1], signal.SIGKILL)  # the worker dies while it runs step 2's prompt tests
            pids.clear()

    first = run_optimization(f"{median}::median", options, on_event=kill_during_the_second_step)
    assert first.outcome == "failed" and "killed by signal SIGKILL" in first.message
    assert first.contract.optimization.status == "failed"
    assert first.contract.optimization.last_completed_step == "step-1:evaluated"
    turn1 = (
        median.parent
        / ".trainer-workspace/stats/iterations/iteration-1/steering/optimizer/turn-1/response.txt"
    )
    recorded = turn1.read_text()

    events: list[service.RunEvent] = []
    before = median.read_text()
    options.write_back = "return"  # the daemon's mode: the edit comes back, the file is not touched
    second = run_optimization(f"{median}::median", options, on_event=events.append)
    assert second.outcome == "done", second.message
    assert [e.step for e in events if e.type == "iteration_started"] == [2]  # step 1 is not run again
    assert second.winner == "step-2" and turn1.read_text() == recorded
    assert median.read_text() == before and second.edit is not None
    assert "(ordered[middle - 1] + ordered[middle]) / 2" in second.edit.new_text
    lines = before.splitlines(keepends=True)
    spliced = (
        "".join(lines[: second.edit.start_line - 1])
        + second.edit.replacement
        + "".join(lines[second.edit.end_line :])
    )
    assert spliced == second.edit.new_text


def test_cancel_kills_the_worker_and_leaves_the_run_resumable(median: Path) -> None:
    import threading

    cancel = threading.Event()
    pids: list[int] = []

    def cancel_at_first_step(event: service.RunEvent) -> None:
        if event.type == "iteration_started":
            pids.append(event.worker_pid)
            cancel.set()

    result = run_optimization(
        f"{median}::median", OptimizeOptions(model=FIX), on_event=cancel_at_first_step, cancel=cancel
    )
    assert result.outcome == "cancelled"
    with pytest.raises(ProcessLookupError):
        os.kill(pids[0], 0)  # the worker is gone (and reaped)
    status = status_of(median)
    assert status["run"]["state"] == "cancelled" and status["workflow_state"] == "pending_training"
    resumed = run_optimization(f"{median}::median", OptimizeOptions(model=FIX))
    assert resumed.outcome == "done" and resumed.iteration == 1
