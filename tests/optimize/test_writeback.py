"""The one write-back path: the plan follows the user's edits, the write is a compare-and-swap that
never loses a save, temp files stay in the workspace, and the editor's range is exact."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainerd.optimize import writeback

START = "import math\n\n\ndef area(r):\n    return 3.14 * r * r\n\n\ndef other():\n    return 1\n"
FIX = {"code:area": "def area(r):\n    return math.pi * r * r\n"}


def test_an_unchanged_file_gets_the_candidate(tmp_path: Path) -> None:
    file = tmp_path / "geo.py"
    file.write_text(START)
    plan = writeback.plan(file, START, FIX)
    assert isinstance(plan, writeback.Plan) and not plan.reapplied
    assert plan.new_text == START.replace("3.14", "math.pi")


def test_edits_elsewhere_during_the_run_are_kept_and_the_candidate_reapplied(tmp_path: Path) -> None:
    file = tmp_path / "geo.py"
    edited = START.replace("def other():\n    return 1\n", "def other():\n    return 2  # the user's edit\n")
    file.write_text("# a header the user added\n" + edited)
    plan = writeback.plan(file, START, FIX)
    assert isinstance(plan, writeback.Plan) and plan.reapplied
    assert plan.new_text == "# a header the user added\n" + edited.replace("3.14", "math.pi")


def test_an_edit_to_the_target_itself_refuses_and_names_the_command(tmp_path: Path) -> None:
    file = tmp_path / "geo.py"
    file.write_text(START.replace("3.14 * r * r", "3.1416 * r ** 2"))
    refusal = writeback.plan(file, START, FIX, apply_command="trainerd write-back WS --candidate step-1")
    assert isinstance(refusal, writeback.Refusal)
    assert "the code the candidate changes was edited too (area)" in refusal.reason
    assert refusal.apply_command == "trainerd write-back WS --candidate step-1"


def test_a_save_between_the_plan_and_the_write_is_never_overwritten(tmp_path: Path) -> None:
    file, ws = tmp_path / "geo.py", tmp_path / ".trainer-workspace" / "geo"
    file.write_text(START)
    plan = writeback.plan(file, START, FIX)
    assert isinstance(plan, writeback.Plan)
    file.write_text(START + "\nSAVED = True\n")  # the user saves after the plan, before the write
    with pytest.raises(writeback.WriteConflict, match="changed while it was being written back"):
        writeback.write_file(plan, ws)
    assert file.read_text().endswith("SAVED = True\n")
    assert not list(ws.glob("*.tmp")) and sorted(p.name for p in tmp_path.iterdir()) == [
        ".trainer-workspace",
        "geo.py",
    ]


def test_temp_files_stay_in_the_workspace_and_stale_ones_are_removed(tmp_path: Path) -> None:
    file, ws = tmp_path / "geo.py", tmp_path / ".trainer-workspace" / "geo"
    ws.mkdir(parents=True)
    file.write_text(START)
    file.chmod(0o640)
    stale_beside = tmp_path / ".geo.py.k2j4h1.tmp"  # left by an older trainerd killed mid-write
    stale_beside.write_text("candidate text")
    stale_ours = ws / ".write-back-0123.tmp"
    stale_ours.write_text("candidate text")
    plan = writeback.plan(file, START, FIX)
    assert isinstance(plan, writeback.Plan)
    writeback.write_file(plan, ws)
    assert file.read_text() == plan.new_text and (file.stat().st_mode & 0o777) == 0o640
    assert not stale_beside.exists() and not stale_ours.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".trainer-workspace", "geo.py"]


@pytest.mark.parametrize(
    "new",
    [
        START.replace("3.14", "math.pi"),
        START.replace("def other():\n    return 1\n", "def other():\n    return 1\n\nX = 2"),
        START.replace("import math\n", ""),
        "x = 1\n",
    ],
)
def test_the_editor_range_reproduces_the_new_text(new: str) -> None:
    start, end, replacement = writeback.changed_range(START, new)
    (l0, c0), (l1, c1) = writeback.lsp_span(START, start, end)
    lines = START.splitlines(keepends=True)
    a = sum(len(x) for x in lines[:l0]) + c0
    b = sum(len(x) for x in lines[:l1]) + c1
    assert START[:a] + replacement + START[b:] == new


def test_a_last_line_without_newline_ends_at_its_last_character() -> None:
    old = "a = 1\nb = 'é'"
    start, end, replacement = writeback.changed_range(old, "a = 1\nb = 3")
    assert writeback.lsp_span(old, start, end) == ((1, 0), (1, 7)) and replacement == "b = 3"
