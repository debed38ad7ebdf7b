"""Defects the real-library benchmark (``bench/real_libraries.py``) found, each as a small fixture in our
own words with what a user must see."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.optimize.conftest import CONFTEST, make_project, reviewed
from tests.optimize.test_real_project_defects import answer, code_variable
from trainerd.optimize.service import run_optimization
from trainerd.optimize.types import OptimizeOptions

pytestmark = pytest.mark.slow
FAST = {"repeats": 1}


# --- `--validate suite` ran nothing beyond the target's tests -------------------------------------
def test_validating_against_the_suite_runs_the_whole_suite(tmp_path: Path) -> None:
    """A test that reaches the target only at run time (a plugin loaded by name) is no static importer
    of its module: ``--validate suite`` must still run it, before and after, and refuse a winner that
    breaks it."""
    root = make_project(
        tmp_path / "units",
        {
            "fmt.py": "def clamp(x, lo, hi):\n    return max(lo, x)\n",
            "report.py": "from fmt import clamp\n\n\ndef percent(x):\n    return f'{clamp(x, 0, 100)}%'\n",
            "conftest.py": CONFTEST,
            "tests/test_clamp.py": """
            from fmt import clamp


            def test_inside():
                assert clamp(5, 0, 10) == 5


            def test_above():
                assert clamp(15, 0, 10) == 10
            """,
            "tests/test_plugins.py": """
            import importlib


            def test_the_report_plugin():
                plugin = importlib.import_module("report")
                assert plugin.percent(12.5) == "12.5%"
            """,
        },
    )
    target = root / "fmt.py"
    before = target.read_text()
    reviewed(f"{target}::clamp")
    bad = "def clamp(x, lo, hi):\n    return int(min(max(lo, x), hi))\n"  # passes its own tests only
    result = run_optimization(
        f"{target}::clamp",
        OptimizeOptions(model="editor", iterations=1, validate="suite", **FAST),
        completer=lambda messages, n, j: answer(code_variable(messages), bad),
    )
    it = root / ".trainer-workspace/fmt/iterations/iteration-1"
    baseline = json.loads((it / "optimize/run-state.json").read_text())["baseline"]["verdicts"]
    assert baseline["tests/test_plugins.py::test_the_report_plugin"] == "passed"
    assert result.decision is not None and result.decision.write_back == "refused", result.message
    assert "tests/test_plugins.py::test_the_report_plugin" in result.message
    assert target.read_text() == before
    checked = json.loads((it / "validation/verdicts.json").read_text())
    assert checked["tests/test_plugins.py::test_the_report_plugin"] == "failed"
