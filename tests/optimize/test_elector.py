"""The elector: validation pass rate, then train, then score (by direction), then the smaller diff."""

from __future__ import annotations

import pytest

from trainerd.errors import TrainerError
from trainerd.optimize.answers import check_answer
from trainerd.optimize.election import elect


def cand(
    val: float, train: float = 1.0, score: float | None = None, diff: int = 5, accepted: bool = True
) -> dict:
    return {
        "accepted": accepted,
        "val": {"passed": int(val * 2), "total": 2, "pass_rate": val},
        "train": {"passed": int(train * 4), "total": 4, "pass_rate": train},
        "score": score,
        "diff_lines": diff,
        "rejected_reason": None if accepted else "syntax error at line 2: invalid syntax",
    }


def test_validation_pass_rate_comes_first() -> None:
    ranking, reasons = elect({"step-1": cand(0.5, train=1.0), "step-2": cand(1.0, train=0.5)}, "maximize")
    assert ranking == ["step-2", "step-1"]
    assert reasons[0].startswith("step-2 wins: validation 2/2")


def test_score_breaks_ties_in_the_configured_direction() -> None:
    cands = {"fast": cand(1.0, score=0.1), "slow": cand(1.0, score=0.9)}
    assert elect(cands, "minimize")[0] == ["fast", "slow"]
    assert elect(cands, "maximize")[0] == ["slow", "fast"]


def test_smaller_diff_breaks_the_last_tie_and_rejected_are_excluded_with_reason() -> None:
    ranking, reasons = elect(
        {"big": cand(1.0, diff=30), "small": cand(1.0, diff=3), "bad": cand(1.0, accepted=False)}, "maximize"
    )
    assert ranking == ["small", "big"]
    assert "bad excluded: syntax error at line 2" in reasons[-1]
    assert elect({}, "maximize") == ([], ["No candidate to elect."])


def test_answers_must_be_json_naming_known_variables() -> None:
    check_answer('{"suggestion": {"__code0": "def f(): pass"}}', ["__code0"])
    check_answer("TERMINATE", ["__code0"])
    with pytest.raises(TrainerError, match="not valid JSON"):
        check_answer("{nope", ["__code0"])
    with pytest.raises(TrainerError, match="unknown variable"):
        check_answer('{"suggestion": {"__code7": "x"}}', ["__code0"])
    with pytest.raises(TrainerError, match='"suggestion" object'):
        check_answer('{"reasoning": "only"}', ["__code0"])


def test_a_candidate_scoring_worse_than_the_original_is_excluded() -> None:
    ranking, reasons = elect(
        {"slower": cand(1.0, score=2.0), "faster": cand(1.0, score=0.5)}, "minimize", {"score": 1.0}
    )
    assert ranking == ["faster"]
    assert "slower excluded: score 2.0 is not better than the original's 1.0" in reasons
