"""Feedback signal parsing, the score convention, commands, the split and the judge mode."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from trainerd.errors import TrainerError
from trainerd.feedback import datasets
from trainerd.feedback.signal import better, flaky_cases, make_spec, parse_score, pytest_args, run_command


def test_pytest_commands_are_recognised() -> None:
    assert pytest_args("python -m pytest -q tests/") == ["-q", "tests/"]
    assert pytest_args("python3 -m pytest tests/test_a.py::test_b") == ["tests/test_a.py::test_b"]
    assert pytest_args("pytest -x") == ["-x"]
    assert pytest_args("python bench.py") is None


def test_spec_puts_pytest_in_tests_and_other_commands_in_command() -> None:
    spec = make_spec("python bench.py", "python -m pytest -q tests", direction="minimize")
    assert (spec.tests, spec.command, spec.direction) == (
        "python -m pytest -q tests",
        "python bench.py",
        "minimize",
    )
    assert make_spec("pytest tests/x.py", None).tests == "pytest tests/x.py"
    with pytest.raises(TrainerError, match="direction"):
        make_spec(None, "pytest", direction="up")
    with pytest.raises(TrainerError, match="empty"):
        make_spec("  ", None)


def test_score_is_the_last_json_line_with_a_number() -> None:
    out = 'warming up\n{"score": 1}\nnoise {"score": 9}\n{"score": 0.25, "unit": "s"}\n{"other": 3}\n'
    assert parse_score(out) == 0.25
    assert parse_score('{"score": true}\n{"score": "fast"}\n') is None
    assert parse_score("no json at all") is None


def test_direction_decides_which_score_is_better() -> None:
    assert better(2.0, 1.0, "maximize") and better(1.0, 2.0, "minimize")
    assert not better(None, 1.0, "maximize") and better(1.0, None, "minimize")


def test_command_exit_code_output_and_score(tmp_path: Path) -> None:
    script = tmp_path / "bench.py"
    script.write_text('import json, sys\nprint("working")\nprint(json.dumps({"score": 42.5}))\nsys.exit(3)\n')
    result = run_command(f"{sys.executable} bench.py", tmp_path, timeout=60)
    assert (result.exit_code, result.score, result.ok) == (3, 42.5, False)
    assert "working" in result.output
    hang = run_command(f"{sys.executable} -c 'import time; time.sleep(60)'", tmp_path, timeout=0.5)
    assert hang.timed_out and not hang.ok


def test_flaky_cases_name_every_changed_or_missing_verdict() -> None:
    first = {"a": "passed", "b": "failed", "c": "passed"}
    second = {"a": "passed", "b": "passed", "d": "passed"}
    assert flaky_cases(first, second) == ["b", "c", "d"]


def test_split_is_deterministic_and_order_independent() -> None:
    ids = [f"tests/test_x.py::test_{i}" for i in range(12)]
    one, two = datasets.split_cases(ids), datasets.split_cases(list(reversed(ids)))
    assert set(one.val) == set(two.val) and len(one.val) == 4
    assert set(one.train) | set(one.val) == set(ids) and not set(one.train) & set(one.val)
    assert one.note is None


def test_too_few_cases_hold_nothing_back_and_say_so() -> None:
    split = datasets.split_cases(["a", "b"])
    assert split.train == ["a", "b"] and split.val == []
    assert "too few" in (split.note or "")


def test_row_scoring_is_authoritative_and_conflicts_are_found() -> None:
    assert datasets.judge_mode([{"id": "a"}]) == "custom"
    assert datasets.judge_mode([{"id": "a", "scoring": "exact_match"}]) == "deterministic"
    assert datasets.judge_mode_conflict([{"id": "a", "scoring": "exact_match"}], [{"id": "b"}]) == (
        "train.jsonl implies judge mode 'deterministic' but val.jsonl implies 'custom'"
    )
    assert "different judge modes" in datasets.judge_mode_conflict(
        [{"scoring": "exact_match"}, {"scoring": "llm_judge"}], []
    )
    assert datasets.judge_mode_conflict([{"id": "a"}], [{"id": "b", "scoring": "custom_python"}]) is None


def test_jsonl_round_trip_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "train.jsonl"
    datasets.write_jsonl(path, datasets.rows_for(["a", "b"]))
    assert datasets.read_jsonl(path) == [{"id": "a", "kind": "pytest"}, {"id": "b", "kind": "pytest"}]
    path.write_text('{"id": "a"}\nnot json\n')
    with pytest.raises(ValueError, match="line 2 is not JSON"):
        datasets.read_jsonl(path)
