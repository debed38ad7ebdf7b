"""Which Python runs the worker and the tests: the project's virtualenv when it has one (the tests need
the project's dependencies), with a clear "install … there" when that interpreter cannot run the
worker; ``--python`` / ``trainer.interpreter`` choose another."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.optimize.conftest import CONFTEST, make_project, reviewed
from trainerd.optimize.service import run_optimization
from trainerd.optimize.types import OptimizeOptions

# several whole runs per test: bounded for a loaded shared machine, not a speed assertion
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


def project_with_bare_venv(root: Path) -> Path:
    make_project(
        root,
        {
            "fmt.py": "def clamp(x, lo, hi):\n    return max(lo, x)\n",
            "conftest.py": CONFTEST,
            "tests/test_clamp.py": """
            from fmt import clamp


            def test_inside():
                assert clamp(5, 0, 10) == 5


            def test_above():
                assert clamp(15, 0, 10) == 10
            """,
        },
    )
    # a virtualenv without trace-opt, attrs, cattrs or pytest (what a project's .venv usually is)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root / ".venv")], check=True)
    target = root / "fmt.py"
    reviewed(f"{target}::clamp")
    return target


def test_a_project_venv_without_the_worker_s_packages_says_what_to_install(tmp_path: Path) -> None:
    target = project_with_bare_venv(tmp_path / "proj")
    venv_python = tmp_path / "proj" / ".venv" / "bin" / "python"
    result = run_optimization(f"{target}::clamp", OptimizeOptions(repeats=1))
    assert result.outcome == "failed", result.message
    message = result.message
    assert f"the interpreter {venv_python} (project venv) cannot run the optimization worker" in message
    assert "attrs" in message and "trace-opt" in message and "pytest" in message
    assert f"{venv_python} -m pip install" in message and "--python" in message
    assert target.read_text() == "def clamp(x, lo, hi):\n    return max(lo, x)\n"  # nothing written

    # the user points the run at an interpreter that has them: the same run goes on
    again = run_optimization(f"{target}::clamp", OptimizeOptions(repeats=1, python=sys.executable))
    assert again.outcome == "followup_needed", again.message
