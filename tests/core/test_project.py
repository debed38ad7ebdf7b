"""Project facts shared by every service: the interpreter rule, the walker, process identity."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from trainerd.project import clock, interpreter, layout, processes, walk


def _venv(root: Path, name: str = ".venv") -> Path:
    python = root / name / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text("#!/bin/sh\n")
    python.chmod(0o755)
    (root / name / "pyvenv.cfg").write_text("home = /usr/bin\n")
    return python


def test_interpreter_order_setting_venv_command_path(tmp_path: Path):
    assert interpreter.resolve(tmp_path, setting="/opt/py/bin/python") == interpreter.Interpreter(
        "/opt/py/bin/python", "setting"
    )
    assert interpreter.resolve(tmp_path).source == "PATH"
    named = tmp_path / "tools" / "python3.11"
    named.parent.mkdir()
    named.write_text("")
    got = interpreter.resolve(tmp_path, command="WANDB_MODE=offline nohup tools/python3.11 train.py &")
    assert got == interpreter.Interpreter(str(named), "command")
    venv = _venv(tmp_path)
    assert interpreter.resolve(tmp_path, command="tools/python3.11 train.py") == interpreter.Interpreter(
        str(venv), "project venv"
    )
    assert interpreter.resolve(tmp_path, setting="py").source == "setting"


def test_a_folder_named_venv_that_is_not_one_is_not_the_interpreter(tmp_path: Path):
    fake = tmp_path / "venv" / "bin" / "python"
    fake.parent.mkdir(parents=True)
    fake.write_text("")
    fake.chmod(0o755)
    assert interpreter.project_venv(tmp_path) is None


def test_command_interpreter_of_launchers_and_non_python_commands(tmp_path: Path):
    bin_dir = tmp_path / "env1" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "torchrun").write_text("")
    (bin_dir / "python").write_text("")
    assert interpreter.command_interpreter(f"{bin_dir}/torchrun --nproc_per_node 2 train.py") == str(
        bin_dir / "python"
    )
    assert interpreter.command_interpreter("bash scripts/train.sh") is None
    assert interpreter.command_interpreter("make train") is None
    assert interpreter.command_interpreter("python 'unbalanced") is None
    assert interpreter.command_interpreter("uv run python train.py") is not None


def test_walk_prunes_tools_venvs_hidden_and_gitignored_and_reports_unreadable(tmp_path: Path):
    for rel in ("src/a.py", "src/b.txt", "node_modules/x.py", ".hidden/c.py", "outputs/d.py", "gen/e.py"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("")
    _venv(tmp_path, "myenv")
    (tmp_path / "myenv" / "lib.py").write_text("")
    (tmp_path / ".gitignore").write_text("gen/\n")
    (tmp_path / "src" / ".gitignore").write_text("b.txt\n")
    result = walk.walk(tmp_path)
    assert result.files == [".gitignore", "outputs/d.py", "src/.gitignore", "src/a.py"]
    only_py = walk.walk(tmp_path, want=lambda name: name.endswith(".py"), prune=walk.RUN_OUTPUT_DIRS)
    assert only_py.files == ["src/a.py"]
    if os.geteuid() != 0:  # root reads everything
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0)
        try:
            assert any("locked/: unreadable" in p for p in walk.walk(tmp_path).problems)
        finally:
            locked.chmod(0o755)


def test_walk_of_a_folder_whose_entries_refuse_even_a_stat_reports_them():
    # issue 13: `trainerd detect /proc/1` died with a traceback (Path.is_file raises PermissionError)
    result = walk.walk(Path("/proc/1"), max_files=200)
    assert any("unreadable" in problem for problem in result.problems)


def test_process_identity_tells_a_reused_pid_apart_and_zombies_are_not_alive():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        recorded = processes.identify(child.pid)
        assert recorded is not None and processes.is_same_process(recorded)
        forged = processes.ProcessIdentity(child.pid, (recorded.start_ticks or 0) + 1)
        assert not processes.is_same_process(forged)
        child.kill()
        # killed but not reaped: a zombie, which has ended
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)
        assert not processes.pid_alive(child.pid)
    finally:
        child.kill()
        child.wait()
    assert not processes.pid_alive(child.pid)
    assert not processes.pid_alive(True) and not processes.pid_alive(-1) and not processes.pid_alive("12")


def test_clock_and_layout_names():
    stamp = clock.utc_now()
    assert clock.parse_utc(stamp) is not None and stamp.endswith("Z")
    assert clock.parse_utc("yesterday") is None
    assert layout.session_dir(Path("/p"), "s1") == Path("/p/.trainer-workspace/training/s1")
