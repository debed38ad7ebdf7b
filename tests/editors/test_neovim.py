"""Neovim (Debian's 0.7 package, headless) as a third-party LSP client of the real daemon: code lenses
on a Trace example, ``trainer.optimize`` through ``workspace/executeCommand`` with the replay model
changing the buffer, and a crashing training session showing up as a diagnostic in the buffer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import copy_example
from tests.training.conftest import close_backend_sessions

SCRIPT = Path(__file__).with_name("neovim_scenario.lua")
FIX = "return (ordered[middle - 1] + ordered[middle]) / 2"
CRASH_SCRIPT = '''"""A training script with a runtime bug: it reads a data file that is not there."""


def load_rows(path):
    with open(path) as fh:
        return fh.readlines()


def main():
    rows = load_rows("data/train.csv")
    print(len(rows))


if __name__ == "__main__":
    main()
'''


@pytest.fixture
def project(tmp_path: Path):
    root = copy_example("buggy_median", tmp_path)
    (root / "train_crash.py").write_text(CRASH_SCRIPT)
    yield root
    close_backend_sessions(root)  # only the sessions that are this project's (names are reused)


@pytest.mark.slow
@pytest.mark.timeout(450)  # one real optimization run; the scenario's own waits are bounded below this
def test_neovim_lens_optimize_and_crash_diagnostic(project: Path, tmp_path: Path):
    out = tmp_path / "neovim-result.json"
    env = {
        **os.environ,
        "TRAINERD_NVIM_ROOT": str(project),
        "TRAINERD_NVIM_OUT": str(out),
        "TRAINERD_PYTHON": sys.executable,
        "TRAINERD_NVIM_CRASH_COMMAND": f"{sys.executable} train_crash.py",
        "TRAINERD_NVIM_CRASH_FILE": str(project / "train_crash.py"),
    }
    done = subprocess.run(
        ["nvim", "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", f"luafile {SCRIPT}"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=420,
    )
    assert out.is_file(), f"no result from Neovim (rc {done.returncode}): {done.stderr[-2000:]}"
    result = json.loads(out.read_text())
    assert "error" not in result, result
    assert result["steps"] == ["initialized", "lenses", "review", "optimized", "crash", "stopped"]
    assert "trainer.optimize" in result["commands"]

    # the "Optimize with Trace" lens sits on the `def median` line
    optimize = [lens for lens in result["lenses"] if lens["command"] == "trainer.optimize"]
    assert [(lens["title"], lens["line"]) for lens in optimize] == [("Optimize with Trace", 3)]

    # first blocked by the missing review (a diagnostic + its code action), then the run writes back
    assert result["first_state"] == "blocked"
    assert result["run_id"]
    assert result["run_states"][-1] == "written_back", result["run_states"]
    assert result["buffer_changed"] is True
    assert FIX in result["buffer"]
    assert result["buffer_modified"] is True  # applied to the buffer (undoable), not behind its back
    assert FIX not in (project / "stats.py").read_text()

    # the crashing session: the traceback is a diagnostic at the user's frame in train_crash.py
    assert result["crash_waited"] is True, result
    lines = {d["line"] for d in result["crash_diagnostics"]}
    assert lines & {4, 9}, result["crash_diagnostics"]  # `with open(path)` / `load_rows(...)`, 0-based
    assert all(d["source"] == "trainer" for d in result["crash_diagnostics"])
    assert any(
        "FileNotFoundError" in d["message"] or "train.csv" in d["message"]
        for d in result["crash_diagnostics"]
    )
