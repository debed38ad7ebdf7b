"""The trainer workspace on disk: layout, snapshot, workflow-status.json schema, code names, refresh."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainerd.errors import TargetError
from trainerd.workspace import service
from trainerd.workspace.status import ARTIFACT_KEYS, StateError
from trainerd.workspace.target import code_name

WS = ".trainer-workspace/stats"

# every key of the trainer skills' workflow-status.json (shared/reference/trainer-workspace-contract.md)
COMPATIBLE_KEYS = {
    "target_file",
    "workspace_root",
    "workspace_parent",
    "prompt_name",
    "workflow_state",
    "updated_at",
    "required_artifacts",
    "artifact_contract",
    "notes",
}
COMPATIBLE_ARTIFACTS = {
    "engineer_prompt_review",
    "source_snapshot",
    "latest_iteration_dir",
    "train_dataset",
    "val_dataset",
    "eval_manifest",
    "optimize_report",
    "candidate_dir",
    "candidate_manifest",
    "latest_steering_turn",
    "steering_summary_dir",
    "validation_log",
    "decision_summary",
}
CONTRACT_TOPICS = {"engineer_prompt", "inputs", "iterations", "candidates", "steering", "decision"}
OUR_KEYS = {
    "schema_version",
    "code_name",
    "target_symbol",
    "trainable_surface",
    "feedback_command",
    "judge_mode",
    "blockers",
}


def status_of(project: Path, ws: str = WS) -> dict:
    return json.loads((project / ws / "workflow-status.json").read_text())


def test_resolve_creates_the_layout_and_the_source_snapshot(median_project: Path):
    contract = service.resolve(median_project / "stats.py", "median")

    root = median_project / WS
    for sub in ("engineer-prompt", "inputs/source", "iterations"):
        assert (root / sub).is_dir(), sub
    snapshot = root / "inputs/source/stats.py"
    original = (median_project / "stats.py").read_bytes()
    assert snapshot.read_bytes() == original
    status = status_of(median_project)
    assert status["source_sha256"] == hashlib.sha256(original).hexdigest()
    assert status["required_artifacts"]["source_snapshot"] == f"{WS}/inputs/source/stats.py"
    assert contract.workspace.root == WS
    assert contract.workspace.exists and contract.workspace.state == "pending_engineer_prompt"


def test_snapshot_is_kept_when_the_target_changes_and_the_change_is_noted(median_project: Path):
    target = median_project / "stats.py"
    service.resolve(target)
    original = target.read_bytes()
    target.write_text(target.read_text() + "\n# edited\n")

    contract = service.resolve(target)

    assert (median_project / WS / "inputs/source/stats.py").read_bytes() == original
    assert status_of(median_project)["source_sha256"] == hashlib.sha256(original).hexdigest()
    assert any("changed since the snapshot" in n for n in contract.notes)


def test_status_file_has_every_compatible_key_and_ours(median_project: Path):
    service.resolve(median_project / "stats.py", "median")
    status = status_of(median_project)

    assert COMPATIBLE_KEYS | OUR_KEYS <= set(status)
    assert set(status["required_artifacts"]) == COMPATIBLE_ARTIFACTS == set(ARTIFACT_KEYS)
    assert set(status["artifact_contract"]) == CONTRACT_TOPICS
    assert all(isinstance(v, str) and v for v in status["artifact_contract"].values())
    assert status["target_file"] == "stats.py"
    assert status["workspace_root"] == WS
    assert status["prompt_name"] == status["code_name"] == "stats"
    assert status["target_symbol"] == "median"
    assert status["workflow_state"] == "pending_engineer_prompt"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", status["updated_at"])
    assert status["schema_version"] == 1
    assert status["required_artifacts"]["engineer_prompt_review"] == f"{WS}/engineer-prompt/review.md"
    assert status["required_artifacts"]["decision_summary"] == f"{WS}/decision.md"
    assert [b["code"] for b in status["blockers"]] == ["review_missing"]
    # compatible keys come first, as the trainer skills' tool writes them
    assert list(status)[: len(COMPATIBLE_KEYS)] == [
        "target_file",
        "workspace_root",
        "workspace_parent",
        "prompt_name",
        "workflow_state",
        "updated_at",
        "required_artifacts",
        "artifact_contract",
        "notes",
    ]


def test_workspace_parent_is_dot_at_the_repo_root_and_the_folder_below_it(median_project: Path):
    service.resolve(median_project / "stats.py")
    assert status_of(median_project)["workspace_parent"] == "."

    nested = median_project / "pkg" / "sub"
    nested.mkdir(parents=True)
    (nested / "config.py").write_text("LR = 0.1\n")
    service.resolve(nested / "config.py")
    status = status_of(median_project, "pkg/sub/.trainer-workspace/config")
    assert status["workspace_parent"] == "pkg/sub"
    assert status["target_file"] == "pkg/sub/config.py"
    assert status["workspace_root"] == "pkg/sub/.trainer-workspace/config"
    assert status["prompt_name"] == "config"


@pytest.mark.parametrize(
    "filename, expected",
    [
        ("summarize.prompty", "summarize"),
        ("x.agent.md", "x.agent"),
        ("notes.md", "notes"),
        ("config.py", "config"),
        ("train.v2.py", "train.v2"),
        ("README", "README"),
    ],
)
def test_code_name_rules(filename: str, expected: str):
    assert code_name(filename) == expected


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "nope.py", "target file not found"),
        (lambda p: p / "tests", "is a directory"),
        (lambda p: p / "README.txt", "not a Python file"),
    ],
)
def test_bad_targets_are_refused_and_nothing_is_created(median_project: Path, make, message):
    (median_project / "README.txt").write_text("hello\n")
    with pytest.raises(TargetError, match=message) as info:
        service.resolve(make(median_project))
    assert info.value.field == "path"
    assert not (median_project / ".trainer-workspace").exists()


def test_unknown_symbol_names_the_symbols_that_exist(median_project: Path):
    with pytest.raises(TargetError) as info:
        service.resolve(median_project / "stats.py", "mean")
    assert info.value.field == "symbol"
    assert "'mean' not found" in str(info.value) and "median" in str(info.value)


def test_refresh_keeps_keys_written_by_other_tools(median_project: Path):
    service.resolve(median_project / "stats.py")
    path = median_project / WS / "workflow-status.json"
    status = json.loads(path.read_text())
    status["other_tool"] = {"owner": "trainer skill", "turns": [1, 2]}
    status["notes"] = ["kept by hand"]
    status["required_artifacts"]["their_pointer"] = f"{WS}/extra.txt"
    status["artifact_contract"]["engineer_prompt"] = "their wording"
    path.write_text(json.dumps(status, indent=2))

    service.resolve(median_project / "stats.py")
    service.Workspace(service.resolve_target(median_project / "stats.py")).update()

    after = json.loads(path.read_text())
    assert after["other_tool"] == {"owner": "trainer skill", "turns": [1, 2]}
    assert after["notes"] == ["kept by hand"]
    assert after["required_artifacts"]["their_pointer"] == f"{WS}/extra.txt"
    assert after["artifact_contract"]["engineer_prompt"] == "their wording"


def _write(path: Path, text: str = "x\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_empty_pointers_are_filled_from_the_layout_and_set_ones_kept(median_project: Path):
    service.resolve(median_project / "stats.py")
    root = median_project / WS
    it = root / "iterations/iteration-1"
    _write(it / "synthesize/train.jsonl")
    _write(it / "synthesize/val.jsonl")
    _write(it / "optimize/manual-followup-report.json", "{}")
    _write(it / "candidates/candidate-manifest.json", "{}")
    for turn in (1, 2, 10, 9):
        _write(it / f"steering/optimizer/turn-{turn}/STEERING.md")
    _write(it / "validation/pytest.txt")
    custom_train = _write(root / "my-data/train.jsonl")
    ws = service.Workspace(service.resolve_target(median_project / "stats.py"))
    ws.set_pointers(train_dataset=custom_train)

    service.resolve(median_project / "stats.py")

    arts = status_of(median_project)["required_artifacts"]
    rel = f"{WS}/iterations/iteration-1"
    assert arts["train_dataset"] == f"{WS}/my-data/train.jsonl"  # set by someone: not replaced
    assert arts["val_dataset"] == f"{rel}/synthesize/val.jsonl"
    assert arts["latest_iteration_dir"] == rel
    assert arts["optimize_report"] == f"{rel}/optimize/manual-followup-report.json"
    assert arts["candidate_manifest"] == f"{rel}/candidates/candidate-manifest.json"
    assert arts["candidate_dir"] == f"{rel}/candidates"
    assert arts["latest_steering_turn"] == f"{rel}/steering/optimizer/turn-10/STEERING.md"  # not turn-9
    assert arts["steering_summary_dir"] == f"{rel}/steering"
    assert arts["validation_log"] == f"{rel}/validation/pytest.txt"


def test_preferred_report_and_manifest_names_win_when_both_exist(median_project: Path):
    service.resolve(median_project / "stats.py")
    it = median_project / WS / "iterations/iteration-1"
    for name in (
        "optimize/optimize-report.json",
        "optimize/manual-followup-report.json",
        "candidates/candidates.json",
        "candidates/candidate-manifest.json",
    ):
        _write(it / name, "{}")

    service.resolve(median_project / "stats.py")

    arts = status_of(median_project)["required_artifacts"]
    assert arts["optimize_report"].endswith("optimize/optimize-report.json")
    assert arts["candidate_manifest"].endswith("candidates/candidates.json")


def test_legal_state_transitions(median_project: Path):
    ws = service.open_workspace(median_project / "stats.py")
    for state in ("pending_training", "training", "complete", "training", "pending_training"):
        assert ws.set_state(state)["workflow_state"] == state
        assert status_of(median_project)["workflow_state"] == state


@pytest.mark.parametrize(
    "path, new",
    [
        ([], "training"),  # the review checkpoint cannot be skipped
        ([], "complete"),
        (["pending_training"], "complete"),
        ([], "finished"),  # not a state at all
    ],
)
def test_illegal_state_transitions_raise_and_change_nothing(median_project: Path, path: list[str], new: str):
    ws = service.open_workspace(median_project / "stats.py")
    for state in path:
        ws.set_state(state)
    before = (median_project / WS / "workflow-status.json").read_bytes()
    with pytest.raises(StateError, match=new) as info:
        ws.set_state(new)
    assert info.value.field == "workflow_state"
    assert (median_project / WS / "workflow-status.json").read_bytes() == before


def test_review_moves_the_state_on_and_removes_the_blocker(median_project: Path):
    contract = service.resolve(median_project / "stats.py", "median")
    assert [b.code for b in contract.blockers] == ["review_missing"]
    assert contract.blockers[0].command == "trainerd review stats.py::median"

    result = service.create_review(median_project / "stats.py", "median", feedback_command="pytest -q tests")

    review = (median_project / WS / "engineer-prompt/review.md").read_text()
    assert "stats.py::median" in review
    assert "`pytest -q tests`" in review
    assert "## Open risks" in review and "## Trainable surface" in review
    assert result.created and result.review_path == f"{WS}/engineer-prompt/review.md"
    assert result.contract.blockers == []
    assert result.contract.workspace.state == "pending_training"
    assert status_of(median_project)["feedback_command"] == "pytest -q tests"
    # an existing review is the user's: kept unless forced
    (median_project / WS / "engineer-prompt/review.md").write_text("my own review\n")
    again = service.create_review(median_project / "stats.py", "median")
    assert not again.created
    assert (median_project / WS / "engineer-prompt/review.md").read_text() == "my own review\n"


def test_resolve_existing_is_read_only(median_project: Path):
    target = median_project / "stats.py"
    assert service.resolve_existing(target) is None
    assert not (median_project / ".trainer-workspace").exists()

    service.resolve(target, "median")
    before = (median_project / WS / "workflow-status.json").read_bytes()
    contract = service.resolve_existing(target)
    assert contract is not None
    assert contract.target.symbol == "median"  # the symbol the workspace records
    assert [b.code for b in contract.blockers] == ["review_missing"]
    assert (median_project / WS / "workflow-status.json").read_bytes() == before


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
_ours = COMPATIBLE_KEYS | OUR_KEYS | {"source_sha256", "run"}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    foreign=st.dictionaries(
        st.text(min_size=1, max_size=12).filter(lambda k: k not in _ours), _json_values, max_size=4
    )
)
def test_any_foreign_keys_survive_every_write(median_project: Path, foreign: dict):
    target = median_project / "stats.py"
    service.resolve(target)
    path = median_project / WS / "workflow-status.json"
    status = json.loads(path.read_text())
    status = {k: v for k, v in status.items() if k in _ours} | foreign
    path.write_text(json.dumps(status))

    service.resolve(target)
    service.open_workspace(target).set_state("pending_training")

    after = json.loads(path.read_text())
    assert {k: after[k] for k in foreign} == foreign
    assert after["workflow_state"] == "pending_training"
    service.open_workspace(target).set_state("pending_engineer_prompt")  # back, for the next example
