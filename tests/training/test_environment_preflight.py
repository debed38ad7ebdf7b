"""Environment facts (real interpreter probes, wandb state from files and env) and pre-flight checks."""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

from tests.training.conftest import FIXTURES
from trainerd.training import environment, preflight
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


def test_preflight_for_a_healthy_command(tmp_path: Path):
    shutil.copy(FIXTURES / "toy_train.py", tmp_path / "toy_train.py")
    result = preflight.run(
        "python3 toy_train.py --steps 3", tmp_path, target_metric="loss < 0.1", interpreter=sys.executable
    )
    checks = {c.name: c for c in result.checks}
    assert checks["target_metric"].summary == "target: loss < 0.1"
    assert checks["smoke_test"].ok is None
    assert checks["logging"].ok is None
    assert checks["resume"].summary == "starting from scratch (no checkpoint given or found)"
    assert checks["output_dir"].ok is True
    assert checks["disk_space"].ok is not None and "GB free" in checks["disk_space"].summary
    assert checks["entry_imports"].ok is True
    assert checks["entry_imports"].summary.startswith("toy_train.py's imports load: argparse, math")
    assert result.ok is True
    assert result.questions == [
        "Have you run a smoke test (a few steps on a small batch)?",
        "Is wandb/tensorboard configured?",
    ]


def test_preflight_finds_problems(tmp_path: Path):
    (tmp_path / "train.py").write_text("import numpy\nimport not_installed_pkg_xyz\nimport wandb\n")
    (tmp_path / "checkpoints").mkdir()
    (tmp_path / "checkpoints" / "epoch=3.ckpt").write_text("")
    result = preflight.run("python3 train.py --output_dir runs/a", tmp_path, interpreter=sys.executable)
    checks = {c.name: c for c in result.checks}
    assert checks["entry_imports"].ok is False
    assert "will fail at `import not_installed_pkg_xyz`" in checks["entry_imports"].summary
    assert "ModuleNotFoundError" in checks["entry_imports"].summary
    assert checks["logging"].summary == "logging: wandb"
    assert checks["resume"].ok is None
    assert "1 checkpoint(s) exist, newest checkpoints/epoch=3.ckpt" in checks["resume"].summary
    assert "Is this resuming from a checkpoint? If so, which one?" in result.questions
    assert str(tmp_path / "runs/a") in checks["output_dir"].summary
    assert result.ok is False


def test_preflight_resume_and_previous_clean_run(tmp_path: Path):
    (tmp_path / "train.py").write_text("print('x')\n")
    folder = tmp_path / ".trainer-workspace" / "training" / "trainer-train-20240101-000000"
    folder.mkdir(parents=True)
    record = {"name": folder.name, "command": "python3 train.py", "state": "exited", "exit_code": 0,
              "started_at": "2024-01-01T00:00:00Z"}  # fmt: skip
    (folder / "session.json").write_text(json.dumps(record))
    result = preflight.run("python3 train.py --resume_from_checkpoint ckpt/last.pt", tmp_path, root=tmp_path)
    checks = {c.name: c for c in result.checks}
    assert checks["resume"].ok is False
    assert (
        "resuming from ckpt/last.pt" in checks["resume"].summary
        and "does not exist" in checks["resume"].summary
    )
    assert checks["smoke_test"].ok is True
    assert "a previous run of train.py exited 0" in checks["smoke_test"].summary


def test_preflight_never_runs_the_entry(tmp_path: Path):
    marker = tmp_path / "ran.txt"
    (tmp_path / "train.py").write_text(f"import os\nopen({str(marker)!r}, 'w').write('ran')\n")
    result = preflight.run("python3 train.py", tmp_path, interpreter=sys.executable)
    assert {c.name: c.ok for c in result.checks}["entry_imports"] is True
    assert not marker.exists()
