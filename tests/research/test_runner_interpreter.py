"""The research runner starts in the project's interpreter by the rule the optimize worker follows:
the one given, else the project's virtualenv, else trainerd's own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from trainerd.research.process import run_runner


def fake_venv(root: Path) -> Path:
    """A virtualenv whose python answers every runner request with who it is."""
    venv = root / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\n")
    python = venv / "bin" / "python"
    python.write_text('#!/bin/sh\ncat >/dev/null\necho \'{"ok": true, "who": "the project venv"}\'\n')
    python.chmod(0o755)
    return python


def test_the_runner_runs_in_the_projects_virtualenv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("TRAINERD_PYTHON", raising=False)
    python = fake_venv(tmp_path)
    answer = run_runner({"mode": "coverage"}, tmp_path, timeout_s=30)
    assert answer["who"] == "the project venv" and answer["interpreter"] == str(python)


def test_the_interpreter_given_wins_and_without_a_venv_it_is_trainerds_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv("TRAINERD_PYTHON", raising=False)
    plain = tmp_path / "plain"
    plain.mkdir()
    assert run_runner({"mode": "nothing"}, plain, timeout_s=60)["interpreter"] == sys.executable
    fake_venv(tmp_path / "proj")
    given = run_runner({"mode": "nothing"}, tmp_path / "proj", timeout_s=60, interpreter=sys.executable)
    assert given["interpreter"] == sys.executable
