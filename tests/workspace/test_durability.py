"""What keeps the status file safe: atomic writes, the lock, corruption never overwritten, repair."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from trainerd.errors import TrainerError, WorkspaceCorrupt
from trainerd.workspace import service
from trainerd.workspace.files import atomic_write_json

WS = ".trainer-workspace/stats"
REPO = Path(__file__).resolve().parents[2]


def status_path(project: Path) -> Path:
    return project / WS / "workflow-status.json"


def run_python(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter (a second writer, or one that crashes)."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
    )


def test_failed_rename_leaves_the_old_content_and_no_temp_file(median_project: Path, monkeypatch):
    service.resolve(median_project / "stats.py")
    path = status_path(median_project)
    before = path.read_bytes()

    def rename_fails(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", rename_fails)
    ws = service.Workspace(service.resolve_target(median_project / "stats.py"))
    with pytest.raises(OSError, match="No space left"):
        ws.update(lambda s: s.update(workflow_state="pending_training"))
    monkeypatch.undo()

    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.glob(".workflow-status.json*")) == []


def test_a_writer_killed_between_write_and_rename_loses_nothing(median_project: Path):
    service.resolve(median_project / "stats.py")
    path = status_path(median_project)
    before = path.read_bytes()

    # a real crash: the process dies (SIGKILL) after the temp file is written and fsynced, before the rename
    crashed = run_python(
        """
        import os, signal, sys
        from trainerd.workspace import service
        os.replace = lambda src, dst: os.kill(os.getpid(), signal.SIGKILL)
        ws = service.Workspace(service.resolve_target(sys.argv[1]))
        ws.update(lambda s: s.update(workflow_state="pending_training"))
        """,
        str(median_project / "stats.py"),
    )
    assert crashed.returncode == -9, crashed.stderr

    assert path.read_bytes() == before
    leftovers = list(path.parent.glob(".workflow-status.json.*.tmp"))
    assert len(leftovers) == 1 and '"pending_training"' in leftovers[0].read_text()
    # the next writer (holding the lock) clears the dead writer's temp file and writes normally
    ws = service.Workspace(service.resolve_target(median_project / "stats.py"))
    ws.set_state("pending_training")
    assert json.loads(path.read_text())["workflow_state"] == "pending_training"
    assert list(path.parent.glob(".workflow-status.json.*.tmp")) == []


def test_the_lock_serializes_concurrent_read_modify_write(median_project: Path):
    service.resolve(median_project / "stats.py")
    increments = 40
    writer = """
        import sys
        from trainerd.workspace import service
        ws = service.Workspace(service.resolve_target(sys.argv[1]))
        def bump(status):
            status["counter"] = status.get("counter", 0) + 1
        for _ in range(int(sys.argv[2])):
            ws.update(bump)
        """
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                textwrap.dedent(writer),
                str(median_project / "stats.py"),
                str(increments),
            ],
            cwd=REPO,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err

    assert json.loads(status_path(median_project).read_text())["counter"] == 2 * increments


def test_atomic_write_json_writes_indented_json(tmp_path: Path):
    path = tmp_path / "deep" / "state.json"
    atomic_write_json(path, {"a": [1, 2]})
    assert path.read_text() == '{\n  "a": [\n    1,\n    2\n  ]\n}\n'


# --- resume audit -------------------------------------------------------------------------------
def _codes_naming(contract, key: str) -> list[str]:
    return [b.code for b in contract.blockers if key in b.message]


def test_audit_reports_a_pointer_to_a_missing_file(median_project: Path):
    ws = service.open_workspace(median_project / "stats.py")
    ws.set_pointers(train_dataset=f"{WS}/iterations/iteration-1/synthesize/train.jsonl")

    contract = service.resolve(median_project / "stats.py")

    assert _codes_naming(contract, "required_artifacts.train_dataset") == ["pointer_missing"]
    blocker = next(b for b in contract.blockers if b.code == "pointer_missing")
    assert blocker.artifact == f"{WS}/iterations/iteration-1/synthesize/train.jsonl"
    assert "does not exist" in blocker.message


def test_audit_reports_a_pointer_outside_the_workspace(median_project: Path):
    ws = service.open_workspace(median_project / "stats.py")
    ws.set_pointers(candidate_dir="tests")  # exists, but is the project's tests folder

    contract = service.resolve(median_project / "stats.py")

    assert _codes_naming(contract, "required_artifacts.candidate_dir") == ["pointer_inconsistent"]
    assert "outside the workspace" in contract.blockers[-1].message


def test_audit_reports_latest_iteration_dir_behind_the_newest_iteration(median_project: Path):
    ws = service.open_workspace(median_project / "stats.py")
    (ws.iteration_dir(1)).mkdir()
    service.resolve(median_project / "stats.py")  # fills latest_iteration_dir = iteration-1
    (ws.iteration_dir(2)).mkdir()
    (ws.iteration_dir(10)).mkdir()  # numerically newest

    contract = service.resolve(median_project / "stats.py")

    assert _codes_naming(contract, "required_artifacts.latest_iteration_dir") == ["pointer_inconsistent"]
    blocker = next(b for b in contract.blockers if "latest_iteration_dir" in b.message)
    assert f"{WS}/iterations/iteration-10" in blocker.message
    assert contract.next_action.startswith("Resolve blocker")


def test_audit_reports_a_workspace_copied_from_another_target(median_project: Path):
    service.resolve(median_project / "stats.py")
    path = status_path(median_project)
    status = json.loads(path.read_text())
    status["target_file"] = "old/stats.py"
    path.write_text(json.dumps(status))

    contract = service.resolve(median_project / "stats.py")

    assert _codes_naming(contract, "target_file") == ["pointer_inconsistent"]


def test_a_workspace_written_by_the_trainer_skills_tool_resumes(median_project: Path):
    root = median_project / WS
    it = root / "iterations/iteration-1"
    for rel in ("synthesize/train.jsonl", "synthesize/val.jsonl", "optimize/optimize-report.json"):
        (it / rel).parent.mkdir(parents=True, exist_ok=True)
        (it / rel).write_text("{}\n")
    (root / "engineer-prompt").mkdir(parents=True)
    (root / "engineer-prompt/review.md").write_text("# review by hand\n")
    theirs = {
        "target_file": "stats.py",
        "workspace_root": WS,
        "workspace_parent": ".",
        "prompt_name": "stats",
        "workflow_state": "training",
        "updated_at": "2026-01-02T03:04:05Z",
        "required_artifacts": {
            "engineer_prompt_review": f"{WS}/engineer-prompt/review.md",
            "source_snapshot": None,
            "latest_iteration_dir": f"{WS}/iterations/iteration-1",
            "train_dataset": f"{WS}/iterations/iteration-1/synthesize/train.jsonl",
            "val_dataset": None,
            "eval_manifest": None,
            "optimize_report": f"{WS}/iterations/iteration-1/optimize/optimize-report.json",
            "candidate_dir": None,
            "candidate_manifest": None,
            "latest_steering_turn": None,
            "steering_summary_dir": None,
            "validation_log": None,
            "decision_summary": f"{WS}/decision.md",
        },
        "artifact_contract": {"engineer_prompt": "their text"},
        "notes": ["started by the trainer skill"],
    }
    status_path(median_project).write_text(json.dumps(theirs, indent=2))

    contract = service.resolve(median_project / "stats.py", "median")

    assert contract.blockers == []
    assert contract.workspace.state == "training"
    assert "Continue the run" in contract.next_action
    after = json.loads(status_path(median_project).read_text())
    assert after["workflow_state"] == "training"
    assert after["notes"] == ["started by the trainer skill"]
    assert after["artifact_contract"]["engineer_prompt"] == "their text"
    assert after["required_artifacts"]["val_dataset"] == f"{WS}/iterations/iteration-1/synthesize/val.jsonl"
    assert after["required_artifacts"]["source_snapshot"] == f"{WS}/inputs/source/stats.py"
    assert (
        after["schema_version"] == 1 and after["code_name"] == "stats" and after["target_symbol"] == "median"
    )


# --- a corrupt or newer status file: reported, never overwritten ---------------------------------------
CORRUPT = [
    ("{not json", "is not valid JSON"),
    ("[1, 2, 3]", "holds a JSON array, not an object"),
    ('{"workflow_state": "flying"}', "workflow_state 'flying' is not one of"),
    ('{"required_artifacts": ["a"]}', "required_artifacts is not an object"),
    ('{"required_artifacts": {"train_dataset": 5}}', "required_artifacts.train_dataset is not a path"),
    ('{"schema_version": "two"}', "schema_version 'two' is not an integer"),
    ('{"blockers": "none"}', "blockers is not a list"),
    (b"\xff\xfe{}", "is not UTF-8"),
]


@pytest.mark.parametrize("content, problem", CORRUPT, ids=[c[1] for c in CORRUPT])
def test_a_corrupt_status_file_is_a_blocker_and_never_overwritten(median_project: Path, content, problem):
    target = median_project / "stats.py"
    service.resolve(target, "median")
    path = status_path(median_project)
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    before = path.read_bytes()

    contract = service.resolve(target, "median")

    assert [b.code for b in contract.blockers] == ["status_corrupt"]
    blocker = contract.blockers[0]
    assert problem in blocker.message
    assert blocker.artifact == f"{WS}/workflow-status.json"
    assert "corrupt-<time>" in blocker.fix and "by hand" in blocker.fix
    assert blocker.command == "trainerd status stats.py::median --repair"
    assert contract.workspace.exists and contract.workspace.state is None
    assert "--repair" in contract.next_action
    # nothing that writes may touch it
    with pytest.raises(WorkspaceCorrupt, match=problem.split("'")[0]):
        service.create_review(target, "median")
    ws = service.Workspace(service.resolve_target(target))
    with pytest.raises(WorkspaceCorrupt):
        ws.update()
    with pytest.raises(WorkspaceCorrupt):
        ws.set_state("pending_training")
    assert service.resolve_existing(target).blockers[0].code == "status_corrupt"
    service.resolve(target)
    assert path.read_bytes() == before
    assert not (median_project / WS / "engineer-prompt/review.md").exists()
    assert issubclass(WorkspaceCorrupt, TrainerError)  # the CLI prints it; LSP answers -32602


def test_repair_moves_the_corrupt_file_aside_and_rebuilds(median_project: Path):
    target = median_project / "stats.py"
    service.resolve(target)
    path = status_path(median_project)
    path.write_text("{half a file")

    moved, contract = service.repair(target)

    assert moved is not None and moved.name.startswith("workflow-status.json.corrupt-")
    assert moved.read_text() == "{half a file"
    assert json.loads(path.read_text())["workflow_state"] == "pending_engineer_prompt"
    assert [b.code for b in contract.blockers] == ["review_missing"]
    assert moved.name in contract.notes[0]
    # repairing a healthy workspace moves nothing
    assert service.repair(target)[0] is None


def test_a_newer_schema_is_a_blocker_and_is_not_rewritten(median_project: Path):
    target = median_project / "stats.py"
    service.resolve(target)
    path = status_path(median_project)
    status = json.loads(path.read_text())
    status["schema_version"] = 99
    path.write_text(json.dumps(status, indent=2))
    before = path.read_bytes()

    contract = service.resolve(target)

    assert "schema_newer" in [b.code for b in contract.blockers]
    assert "schema_version 99" in contract.blockers[0].message
    assert contract.workspace.state == "pending_engineer_prompt"  # still readable
    with pytest.raises(WorkspaceCorrupt, match="Upgrade trainerd"):
        service.Workspace(service.resolve_target(target)).update()
    assert path.read_bytes() == before
