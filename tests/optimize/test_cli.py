"""The optimization verbs' command line: blockers, bad input (exit 2) and the follow-up hint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import copy_example
from trainerd.cli import main


def test_optimize_without_review_says_so_and_offers_the_command(tmp_path: Path, capsys, monkeypatch) -> None:
    project = copy_example("buggy_median", tmp_path)
    monkeypatch.chdir(project)
    monkeypatch.setenv("COLUMNS", "300")  # rich wraps at the terminal width
    assert main(["optimize", "stats.py::median"]) == 1
    out = capsys.readouterr().out
    assert "review_missing" in out and "trainerd review stats.py::median" in out
    assert not (project / ".trainer-workspace/stats/engineer-prompt/review.md").exists()
    assert main(["optimize", "stats.py::median", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["outcome"] == "blocked" and data["contract"]["blockers"][0]["code"] == "review_missing"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["optimize", "stats.py::nope"], "symbol 'nope' not found in stats.py"),
        (["optimize", "stats.py::median", "--model", "gpt"], "unknown model spec 'gpt'"),
        (["optimize", "stats.py::median", "--model", "replay:missing.json"], "replay file not found"),
        (["optimize", "stats.py::median", "--iterations", "0"], "iterations must be at least 1"),
        (["answer", ".", "--response", "missing.json"], "--response file not found: missing.json"),
        (["answer", "stats.py", "--response", "stats.py"], "not a trainer workspace"),
        (["export-replay", "."], "not a trainer workspace"),
    ],
)
def test_bad_input_exits_2_with_a_specific_message(
    tmp_path: Path, capsys, monkeypatch, argv, message
) -> None:
    project = copy_example("buggy_median", tmp_path)
    monkeypatch.chdir(project)
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("trainerd: error: ") and message in err


def test_a_bad_replay_file_is_named(tmp_path: Path, capsys, monkeypatch) -> None:
    project = copy_example("buggy_median", tmp_path)
    monkeypatch.chdir(project)
    (project / "r.json").write_text('{"turns": []}')
    with pytest.raises(SystemExit):
        main(["optimize", "stats.py::median", "--model", "replay:r.json"])
    assert "is not a trainerd replay file" in capsys.readouterr().err
