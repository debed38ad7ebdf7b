"""The training verbs of the CLI: detect, launch, sessions, attach, stop, restart (real tmux/screen)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.training.conftest import FIXTURES, wait_until
from trainerd.cli import main


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse / parser.exit for usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_detect_json_and_table(capsys, tmp_path: Path):
    root = tmp_path / "hf"
    shutil.copytree(FIXTURES / "hf_accelerate", root)
    code, out, _ = run_cli(capsys, "detect", str(root), "--json", "--no-env")
    assert code == 0
    data = json.loads(out)
    assert data["commands"][0]["command"] == "accelerate launch train.py --config configs/default.yaml"
    assert data["commands"][0]["source"] == "readme"
    assert data["environment"] is None
    code, out, _ = run_cli(capsys, "detect", str(root), "--no-env", "--command", "python3 train.py")
    assert code == 0
    assert "Training commands in" in out and "Pre-flight: python3 train.py" in out


def test_detect_nothing_found(capsys, tmp_path: Path):
    code, out, _ = run_cli(capsys, "detect", str(tmp_path), "--no-env")
    assert code == 1
    assert "no training command found" in out
    assert 'trainerd launch "python your_script.py ..."' in out


def test_launch_needs_confirmation_without_a_terminal(capsys, project: Path):
    code, _, err = run_cli(capsys, "launch", "python3 toy_train.py", "--cwd", str(project))
    assert code == 2
    assert "add --yes" in err
    assert not (project / ".trainer-workspace").exists()


def test_launch_bad_cwd(capsys, project: Path):
    code, _, err = run_cli(capsys, "launch", "python3 toy_train.py", "--cwd", str(project / "nope"), "--yes")
    assert code == 2
    assert "trainerd: error: the working directory" in err and "does not exist" in err


def test_launch_list_attach_stop_restart(capsys, project: Path):
    code, out, _ = run_cli(
        capsys,
        "launch",
        "python3 toy_train.py --steps 100000",
        "--cwd",
        str(project),
        "--backend",
        "tmux",
        "--yes",
        "--json",
    )
    assert code == 0
    session = json.loads(out)["session"]
    name = session["name"]
    assert session["state"] == "running"

    code, out, _ = run_cli(capsys, "sessions", "--root", str(project), "--json")
    assert [(s["name"], s["state"]) for s in json.loads(out)["sessions"]] == [(name, "running")]
    code, out, _ = run_cli(capsys, "sessions", "--root", str(project))
    assert name in out and "running" in out

    code, out, _ = run_cli(capsys, "attach", name, "--root", str(project), "--print")
    assert (code, out.strip()) == (0, f"tmux attach -t {name}")

    code, out, _ = run_cli(capsys, "stop", name, "--root", str(project), "--grace", "5")
    assert code == 0 and f"{name}: killed" in out
    code, _, err = run_cli(capsys, "attach", name, "--root", str(project), "--print")
    assert code == 2 and "is killed" in err

    code, out, _ = run_cli(
        capsys,
        "restart",
        name,
        "--root",
        str(project),
        "--command",
        "python3 toy_train.py --steps 3 --exit 7",
        "--json",
    )
    assert json.loads(out)["session"]["name"] == name
    wait_until(lambda: json.loads(_sessions_json(capsys, project))["sessions"][0]["state"] == "exited")
    final = json.loads(_sessions_json(capsys, project))["sessions"][0]
    assert (final["status"], final["command"]) == ("exited 7", "python3 toy_train.py --steps 3 --exit 7")


def test_launch_that_exits_at_once_exits_1_with_output(capsys, project: Path):
    code, out, _ = run_cli(
        capsys, "launch", "python3 nope.py", "--cwd", str(project), "--backend", "tmux", "--yes"
    )
    assert code == 1
    assert "crashed after " in out and "(exited 2)" in out
    assert "The command ended: exited 2" in out
    assert "can't open file" in out


@pytest.mark.parametrize("verb", ["stop", "restart", "attach"])
def test_unknown_session(capsys, project: Path, verb: str):
    code, _, err = run_cli(capsys, verb, "ghost", "--root", str(project))
    assert code == 2
    assert "no training session named 'ghost'" in err


def _sessions_json(capsys, project: Path) -> str:
    return run_cli(capsys, "sessions", "--root", str(project), "--json")[1]


def test_launch_of_a_command_that_already_finished_cleanly(capsys, project: Path):
    code, out, _ = run_cli(
        capsys,
        "launch",
        "python3 toy_train.py --steps 2",
        "--cwd",
        str(project),
        "--backend",
        "screen",
        "--yes",
    )
    assert code == 0
    assert "The command already finished: exited 0" in out
    assert "step 1 loss:" in out
    assert "=== Command" not in out  # screen's own line is not the command's output
    assert "Fix it" not in out
