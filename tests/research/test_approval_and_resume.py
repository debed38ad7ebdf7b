"""Approval gates the loop; the run continues from the approved dataset after an interruption, without
repeating research or synthesis."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.research.conftest import trainerd
from trainerd.errors import TrainerError
from trainerd.research.approval import approve
from trainerd.research.synthesize import synthesize
from trainerd.workspace.service import create_review, open_workspace


def status_of(root: Path, code: str) -> dict:
    return json.loads((root / ".trainer-workspace" / code / "workflow-status.json").read_text())


def test_nothing_generated_is_trusted_until_approved(shop: Path):
    from trainerd.optimize.service import preflight

    create_review(shop / "textutil.py", "normalize")
    result = synthesize(shop / "textutil.py", "normalize", hypothesis_cases=10)
    assert result.state == "pending_approval"
    status = status_of(shop, "textutil")
    assert status["feedback_command"] is None
    assert status["required_artifacts"]["train_dataset"] is None  # the layout does not pick up proposed files
    assert [b["code"] for b in status["blockers"]] == ["dataset_unapproved"]
    # the optimizer's own pre-flight refuses to start
    assert "dataset_unapproved" in [b.code for b in preflight(f"{shop / 'textutil.py'}::normalize")]

    approved = approve(shop / ".trainer-workspace" / "textutil")
    assert approved.approved and not approved.already and approved.edited == []
    status = status_of(shop, "textutil")
    test_rel = ".trainer-workspace/textutil/iterations/iteration-1/synthesize/test_textutil_normalize_characterization.py"
    assert status["feedback_command"] == f"python -m pytest -q {test_rel}"
    assert status["required_artifacts"]["train_dataset"].endswith("iteration-1/synthesize/train.jsonl")
    assert status["required_artifacts"]["eval_manifest"] == ".trainer-workspace/textutil/evals/evals.json"
    assert status["judge_mode"] == "deterministic"
    assert not [b for b in status["blockers"] if b["code"] in ("dataset_unapproved", "no_feedback_signal")]
    assert preflight(f"{shop / 'textutil.py'}::normalize") == []
    rows = [
        json.loads(x) for x in (shop / status["required_artifacts"]["train_dataset"]).read_text().splitlines()
    ]
    assert all(r["id"].startswith(f"{test_rel}::test_case[case-") for r in rows)
    assert approve(shop / ".trainer-workspace" / "textutil").already


def test_approve_refuses_what_cannot_be_trusted(shop: Path):
    with pytest.raises(TrainerError, match="nothing to approve"):
        open_workspace(shop / "pricing.py", "apply_discount")
        approve(shop / ".trainer-workspace" / "pricing")
    synthesize(shop / "textutil.py", "normalize", hypothesis_cases=5)
    source = shop / "textutil.py"
    source.write_text(source.read_text().replace(".lower()", ".casefold()"))
    with pytest.raises(TrainerError, match="changed since the dataset was synthesized"):
        approve(f"{source}::normalize")
    cli = trainerd("approve", str(shop / "nowhere"), cwd=shop)
    assert cli.returncode == 2 and cli.stderr.startswith("trainerd: error: target file not found")


def test_edited_tests_are_rechecked_and_noted_on_approval(shop: Path):
    result = synthesize(shop / "textutil.py", "normalize", hypothesis_cases=5)
    test_file = Path(result.test_file_absolute)
    test_file.write_text(
        test_file.read_text().replace("# the project is found", "# reviewed by hand\n# the project is found")
    )
    approved = approve(shop / ".trainer-workspace" / "textutil")
    assert approved.edited == [result.test_file]
    assert status_of(shop, "textutil")["missing_data"]["synthesize"]["determinism"]["deterministic"]


@pytest.mark.slow
def test_interrupted_synthesis_resumes_and_the_run_continues_from_the_approved_dataset(shop: Path):
    ws = shop / ".trainer-workspace" / "textutil"
    brief = ws / "iterations" / "iteration-1" / "research" / "research-brief.json"
    # interrupt synthesis after research finished
    proc = subprocess.Popen(
        [sys.executable, "-m", "trainerd", "synthesize", "textutil.py::normalize", "--hypothesis", "150"],
        cwd=shop,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    status_file = ws / "workflow-status.json"

    def research_recorded() -> bool:
        try:
            return "research" in (json.loads(status_file.read_text()).get("missing_data") or {})
        except (OSError, json.JSONDecodeError):
            return False

    deadline = time.monotonic() + 120
    while not research_recorded() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    brief_mtime = brief.stat().st_mtime_ns
    assert status_of(shop, "textutil")["missing_data"]["research"]["state"] == "done"
    assert "synthesize" not in status_of(shop, "textutil")["missing_data"]

    again = trainerd("synthesize", "textutil.py::normalize", "--hypothesis", "10", "--json", cwd=shop)
    assert again.returncode == 0, again.stderr
    assert brief.stat().st_mtime_ns == brief_mtime  # research was not repeated
    assert trainerd("review", "textutil.py::normalize", cwd=shop).returncode == 0
    assert trainerd("approve", ".trainer-workspace/textutil", cwd=shop).returncode == 0
    dataset = ws / "iterations" / "iteration-1" / "synthesize" / "train.jsonl"
    before = dataset.stat().st_mtime_ns

    # a later session: synthesize again repeats nothing, and the optimizer runs on the approved suite
    repeat = json.loads(trainerd("synthesize", "textutil.py::normalize", "--json", cwd=shop).stdout)
    assert repeat["reused"] and repeat["state"] == "approved"
    assert dataset.stat().st_mtime_ns == before and brief.stat().st_mtime_ns == brief_mtime
    run = trainerd("optimize", "textutil.py::normalize", "--json", cwd=shop)
    result = json.loads(run.stdout)
    assert result["outcome"] == "done", run.stdout[-2000:]
    # the run went on in the iteration research and synthesis prepared, with their split and judge mode
    assert result["contract"]["decisions"]["judge_mode"] == "deterministic"
    assert not (ws / "iterations" / "iteration-2").exists()
    shape = result["contract"]["feedback"]["shape"]
    assert shape["command"] == json.loads(again.stdout)["files"]["test_file"].join(
        ["python -m pytest -q ", ""]
    )
    assert (
        shape["cases"]
        == shape["passed"]
        == json.loads(again.stdout)["counts"]["train"] + json.loads(again.stdout)["counts"]["val"]
    )


@pytest.mark.slow
def test_approved_characterization_suite_constrains_a_speed_up_run(shop: Path):
    """goal keep for a speed-up: the benchmark is the score, the approved suite the constraint."""
    from trainerd.optimize.service import OptimizeOptions, run_optimization

    (shop / "bench.py").write_text(
        "import json, time\nfrom textutil import normalize\nstart = time.perf_counter()\n"
        "for _ in range(200):\n    normalize('  Hello   World  ', 8)\n"
        "print(json.dumps({'score': time.perf_counter() - start}))\n"
    )
    create_review(shop / "textutil.py", "normalize")
    proposed = synthesize(shop / "textutil.py", "normalize", hypothesis_cases=5)
    approve(shop / ".trainer-workspace" / "textutil")
    result = run_optimization(
        f"{shop / 'textutil.py'}::normalize",
        OptimizeOptions(feedback="python bench.py", direction="minimize", iterations=1),
    )
    assert result.outcome == "followup_needed", result.message  # no model: stops after the baseline
    shape = result.contract.feedback.shape
    assert shape["kind"] == "pytest+command" and shape["score"] is not None
    assert shape["command"] == f"python -m pytest -q {proposed.test_file} && python bench.py"
    assert shape["cases"] == shape["passed"] == proposed.counts["train"] + proposed.counts["val"]


def test_two_callers_at_once_build_one_proposal(shop: Path):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        results = list(
            pool.map(lambda _: synthesize(shop / "textutil.py", "normalize", hypothesis_cases=5), range(2))
        )
    assert sorted(r.reused for r in results) == [False, True]
    assert {r.test_file for r in results} == {results[0].test_file}
