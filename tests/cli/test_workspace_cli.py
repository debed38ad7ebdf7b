"""`trainerd status` / `trainerd review`: output contract as JSON, exit codes, clear errors, --repair."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from trainerd.cli import main

CONTRACT_KEYS = {
    "target",
    "workspace",
    "blockers",
    "decisions",
    "optimization",
    "feedback",
    "validation",
    "write_back",
    "next_action",
    "notes",
}
WS = ".trainer-workspace/stats"


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse and usage errors exit through parser.exit
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def test_status_json_is_the_output_contract_and_exits_1_on_blockers(
    median_project: Path, capsys, monkeypatch
):
    monkeypatch.chdir(median_project)
    code, out, err = run_cli(capsys, "status", "stats.py::median", "--json")

    assert code == 1, err
    data = json.loads(out)
    assert set(data) == CONTRACT_KEYS
    assert data["target"] == {
        "file": "stats.py",
        "symbol": "median",
        "code_name": "stats",
        "absolute_path": str(median_project / "stats.py"),
    }
    assert data["workspace"]["root"] == WS and data["workspace"]["state"] == "pending_engineer_prompt"
    assert [b["code"] for b in data["blockers"]] == ["review_missing"]
    assert set(data["blockers"][0]) == {"code", "message", "artifact", "fix", "command"}
    assert set(data["decisions"]) == {"trainable_surface", "judge_mode", "selected_candidate"}
    assert data["optimization"]["status"] == "not_started"
    assert set(data["feedback"]) == {"command", "confirmed", "shape"}
    assert data["validation"] == {"status": "not_run", "log": None}
    assert data["write_back"] == {"decision": "pending", "justification": None}
    assert "trainerd review stats.py::median" in data["next_action"]


def test_review_then_status_exits_0(median_project: Path, capsys, monkeypatch):
    monkeypatch.chdir(median_project)
    code, out, err = run_cli(capsys, "review", "stats.py::median", "--feedback", "pytest -q", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"review_path", "created", "contract"}
    assert data["created"] is True and data["review_path"] == f"{WS}/engineer-prompt/review.md"
    assert set(data["contract"]) == CONTRACT_KEYS

    code, out, err = run_cli(capsys, "status", "stats.py::median")
    assert code == 0, err
    assert "pending_training" in out and "pytest -q" in out
    assert "blockers" not in out


def test_status_table_for_people(median_project: Path, capsys, monkeypatch):
    monkeypatch.chdir(median_project)
    code, out, _ = run_cli(capsys, "status", "stats.py::median")
    assert code == 1
    assert "trainer workspace" in out and "review_missing" in out and "next:" in out


def test_no_create_reports_without_writing(median_project: Path, capsys, monkeypatch):
    monkeypatch.chdir(median_project)
    code, out, _ = run_cli(capsys, "status", "stats.py", "--no-create", "--json")
    assert code == 1
    assert json.loads(out)["workspace"]["exists"] is False
    assert not (median_project / ".trainer-workspace").exists()


@pytest.mark.parametrize(
    "argv, message",
    [
        (["status", "missing.py"], "target file not found"),
        (["status", "tests"], "target is a directory, not a Python file"),
        (["status", "README.txt"], "target is not a Python file (.txt)"),
        (
            ["status", "stats.py::mean"],
            "symbol 'mean' not found in stats.py; symbols in the file include: median",
        ),
        (["review", "missing.py::median"], "target file not found"),
        (["status", "stats.py", "--repair", "--no-create"], "cannot be combined with --no-create"),
    ],
)
def test_bad_input_exits_2_with_a_clear_error(median_project: Path, capsys, monkeypatch, argv, message):
    monkeypatch.chdir(median_project)
    (median_project / "README.txt").write_text("hi\n")
    code, out, err = run_cli(capsys, *argv)
    assert code == 2
    assert err.startswith("trainerd: error: ") and message in err
    assert out == ""
    assert "Traceback" not in err


def test_corrupt_status_exits_1_then_repair_rebuilds(median_project: Path, capsys, monkeypatch):
    monkeypatch.chdir(median_project)
    run_cli(capsys, "status", "stats.py::median")
    status = median_project / WS / "workflow-status.json"
    status.write_text('{"workflow_state": 3')

    code, out, _ = run_cli(capsys, "status", "stats.py::median", "--json")
    assert code == 1
    data = json.loads(out)
    assert [b["code"] for b in data["blockers"]] == ["status_corrupt"]
    assert data["blockers"][0]["command"] == "trainerd status stats.py::median --repair"
    assert status.read_text() == '{"workflow_state": 3'

    code, out, err = run_cli(capsys, "review", "stats.py::median")
    assert code == 2 and "is not valid JSON" in err
    assert status.read_text() == '{"workflow_state": 3'

    code, out, err = run_cli(capsys, "status", "stats.py::median", "--repair", "--json")
    assert code == 1, err  # rebuilt: the review is still missing
    data = json.loads(out)
    assert [b["code"] for b in data["blockers"]] == ["review_missing"]
    moved = list(status.parent.glob("workflow-status.json.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_text() == '{"workflow_state": 3'
    assert moved[0].name in data["notes"][0]
    assert json.loads(status.read_text())["workflow_state"] == "pending_engineer_prompt"


def test_console_script_runs_from_another_directory(median_project: Path, tmp_path: Path):
    """The `trainerd` script pip installs beside the interpreter, with a path relative to the caller."""
    script = Path(sys.executable).parent / "trainerd"
    assert script.is_file(), "trainerd is not installed: pip install -e ."
    proc = subprocess.run(
        [str(script), "status", f"{median_project.name}/stats.py::median", "--json"],
        cwd=median_project.parent,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["target"]["file"] == "stats.py"
    assert (median_project / WS / "workflow-status.json").is_file()


def test_a_workspace_that_cannot_be_created_is_a_clear_error(median_project: Path, capsys, monkeypatch):
    monkeypatch.chdir(median_project)
    (median_project / ".trainer-workspace").write_text("a file where the folder belongs\n")
    code, out, err = run_cli(capsys, "status", "stats.py")
    assert code == 2 and out == ""
    assert err.startswith("trainerd: error: cannot create the trainer workspace .trainer-workspace/stats: ")
    assert "Traceback" not in err
