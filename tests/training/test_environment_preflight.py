"""Environment facts (real interpreter probes, wandb state from files and env) and pre-flight checks."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from trainerd.training import environment
from trainerd.training.detect import detect


def test_environment_of_this_interpreter(tmp_path: Path):
    (tmp_path / "train.py").write_text("import numpy as np\nimport torch\n")
    result = detect(tmp_path, environment=True, interpreter=sys.executable)
    env = result.environment
    assert env.interpreter_source == "setting"
    assert env.python_version == ".".join(map(str, sys.version_info[:3]))
    frameworks = {f.name: f for f in env.frameworks}
    import numpy

    assert frameworks["numpy"].version == numpy.__version__  # installed, and imported by the entry
    assert frameworks["numpy"].imported_by == ["train.py"]
    if shutil.which("nvidia-smi") is None:
        assert env.cuda.summary.startswith("no NVIDIA GPU: nvidia-smi not found")
        assert env.cuda.gpus == []


def test_project_virtualenv_is_preferred(tmp_path: Path):
    venv_python = tmp_path / ".venv" / "bin" / "python"
    venv_python.parent.mkdir(parents=True)
    venv_python.symlink_to(sys.executable)
    (tmp_path / ".venv" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    assert environment.find_interpreter(tmp_path) == (str(venv_python), "project venv")
    assert environment.find_interpreter(tmp_path, "/opt/py") == ("/opt/py", "setting")


def test_a_hanging_interpreter_does_not_hang_detection(tmp_path: Path):
    stuck = tmp_path / "stuck-python"
    stuck.write_text("#!/bin/sh\nsleep 30\n")
    stuck.chmod(0o755)
    started = time.monotonic()
    env = environment.collect(tmp_path, interpreter=str(stuck), probe_timeout=1)
    assert time.monotonic() - started < 10
    assert env.python_version is None
    assert any("did not answer within 1 s" in p for p in env.problems)


def test_wandb_offline_from_env(tmp_path: Path):
    info, problems = environment.wandb_state(
        tmp_path, "0.17.0", {"HOME": str(tmp_path), "WANDB_MODE": "offline"}
    )
    assert (info.mode, info.mode_source, info.logged_in) == ("offline", "WANDB_MODE", False)
    assert "offline" in info.summary and "wandb sync" in info.summary
    assert problems == []


def test_wandb_logged_in_through_netrc_and_project_settings(tmp_path: Path):
    (tmp_path / ".netrc").write_text("machine api.wandb.ai\n  login user\n  password abc\n")
    (tmp_path / "wandb").mkdir()
    (tmp_path / "wandb" / "settings").write_text("[default]\nmode = online\nproject = x\n")
    info, _ = environment.wandb_state(tmp_path, "0.17.0", {"HOME": str(tmp_path)})
    assert (info.mode, info.mode_source) == ("online", "wandb/settings")
    assert info.logged_in is True and info.login_source == str(tmp_path / ".netrc")
    assert info.summary == f"wandb 0.17.0, online, logged in ({tmp_path / '.netrc'})"


def test_wandb_broken_settings_is_a_problem_not_a_crash(tmp_path: Path):
    settings = tmp_path / ".config" / "wandb" / "settings"
    settings.parent.mkdir(parents=True)
    settings.write_text("mode = offline\n[[[not ini")
    info, problems = environment.wandb_state(tmp_path / "proj", "0.17.0", {"HOME": str(tmp_path)})
    assert info.mode == "online" and info.mode_source == "default"
    assert problems and "unreadable" in problems[0]
    assert "not logged in" in info.summary
