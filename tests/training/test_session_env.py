"""Sessions remember the environment they were launched with; restart (and fixes) run in exactly it."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from tests.training.conftest import wait_until
from trainerd.training import service, sessions

BACKENDS = ["tmux", "screen"]


def ended(project: Path, name: str):
    """The record once the command ended and its exit code is known (screen can report it late)."""
    return wait_until(
        lambda: (
            (r := sessions.get_session(project, name)).state != "running" and r.exit_code is not None and r
        )
    )


@pytest.mark.parametrize("backend", BACKENDS)
def test_session_records_interpreter_path_and_variables(project: Path, backend: str, monkeypatch):
    monkeypatch.setenv("TRAINERD_ENV_MARKER", "kept")
    command = "WANDB_MODE=offline python3 toy_train.py --steps 2"
    result = sessions.launch(command, project, backend=backend, settle_seconds=0)
    record = sessions.get_session(project, result.session.name)
    env = record.environment
    assert env is not None
    assert env.variables["TRAINERD_ENV_MARKER"] == "kept"
    assert env.path == os.environ["PATH"]
    assert env.command_variables == {"WANDB_MODE": "offline"}
    assert (env.interpreter, env.interpreter_source) == (
        str(Path(__import__("shutil").which("python3"))), "command",
    )  # fmt: skip
    assert env.python_version and env.python_version.count(".") == 2
    # the record holds environment variables (tokens too): only its owner can read it
    folder = Path(record.session_dir)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "session.json").stat().st_mode) == 0o600
    on_disk = json.loads((folder / "session.json").read_text())
    assert on_disk["environment"]["interpreter"] == env.interpreter
    assert on_disk["environment"]["variables"]["TRAINERD_ENV_MARKER"] == "kept"


@pytest.mark.parametrize("backend", BACKENDS)
def test_restart_runs_in_the_launch_environment_not_the_callers(
    project: Path, backend: str, monkeypatch, tmp_path: Path
):
    tools = tmp_path / "tools"
    tools.mkdir()
    tool = tools / "fit-tool"
    tool.write_text("#!/bin/sh\necho fit-tool ran with $FIT_SETTING\nsleep 0.3\n")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FIT_SETTING", "from-launch")
    first = sessions.launch("fit-tool", project, backend=backend, settle_seconds=0)
    assert ended(project, first.session.name).status == "exited 0"
    # the restart comes from a process whose PATH lacks the tool (another terminal, the daemon)
    monkeypatch.setenv("PATH", os.environ["PATH"].split(os.pathsep, 1)[1])
    monkeypatch.delenv("FIT_SETTING")
    again = sessions.restart(project, first.session.name, settle_seconds=0)
    final = ended(project, again.session.name)
    assert final.status == "exited 0"  # not 127 (command not found)
    log = Path(final.log_path).read_text(errors="replace")
    assert log.count("fit-tool ran with from-launch") == 2


def test_the_editors_interpreter_setting_is_the_python_the_command_runs(project: Path, tmp_path: Path):
    venv = tmp_path / "env"
    (venv / "bin").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text(f"home = {Path(sys.executable).parent}\n")
    (venv / "bin" / "python").symlink_to(sys.executable)
    result = service.launch(
        "python -c \"import os, sys; print('exe=' + sys.argv[0] + ' venv=' + os.environ['VIRTUAL_ENV'])\" x",
        cwd=project,
        backend="tmux",
        settle_seconds=0,
        interpreter=str(venv / "bin" / "python"),
    )
    record = ended(project, result.session.name)
    assert record.environment.interpreter == str(venv / "bin" / "python")
    assert record.environment.virtual_env == str(venv)
    assert record.environment.path.split(os.pathsep)[0] == str(venv / "bin")
    assert f"venv={venv}" in Path(record.log_path).read_text(errors="replace")
