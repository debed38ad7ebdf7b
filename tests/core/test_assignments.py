"""The one reading of "names a plain assignment binds" that surface, workspace, research, training and
the optimize worker share (trainerd.project.assignments)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import pytest

from trainerd.project.assignments import assigned_names, simple_assignment


def _stmt(source: str) -> ast.stmt:
    (stmt,) = ast.parse(source).body
    return stmt


@pytest.mark.parametrize(
    "source, names",
    [
        ("rate = 0.5", ["rate"]),
        ("low = high = 3", ["low", "high"]),
        ("width: int = 4", ["width"]),
        ("width: int", ["width"]),  # a bare annotation still names the module-level slot
        ("left, right = 1, 2", []),
        ("[first, *rest] = seq", []),
        ("box, spare = extra = (1, 2)", ["extra"]),  # only the bare target of a chain
        ("cfg.depth = 2", []),
        ("table['k'] = 2", []),
        ("cfg.depth: int = 2", []),
        ("steps += 1", []),
        ("def steps(): pass", []),
        ("for item in seq: pass", []),
        ("import os", []),
    ],
)
def test_assigned_names_reads_bare_targets_only(source, names):
    assert assigned_names(_stmt(source)) == names


@pytest.mark.parametrize(
    "source, name, value",
    [
        ("rate = 0.5", "rate", "0.5"),
        ("model = Net(depth=2)", "model", "Net(depth=2)"),
        ("width: int = 4", "width", "4"),
    ],
)
def test_simple_assignment_gives_the_name_and_its_value(source, name, value):
    found = simple_assignment(_stmt(source))
    assert found is not None
    assert (found[0], ast.unparse(found[1])) == (name, value)


@pytest.mark.parametrize(
    "source",
    [
        "width: int",  # no value to read
        "low = high = 3",  # two targets: not one name bound to one value
        "left, right = 1, 2",
        "cfg.depth = 2",
        "table['k'] = 2",
        "steps += 1",
        "print(rate)",
    ],
)
def test_simple_assignment_refuses_every_other_shape(source):
    assert simple_assignment(_stmt(source)) is None


def test_the_optimize_worker_reads_assignments_without_loading_the_surface_analysis():
    code = "import json, sys, trainerd.optimize.worker.scope; print(json.dumps(sorted(sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout)
    assert "trainerd.project.assignments" in loaded
    assert not [m for m in loaded if m.startswith(("trainerd.surface", "trainerd.workspace"))]
