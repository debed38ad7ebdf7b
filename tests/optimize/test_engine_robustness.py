"""The worker against hostile user code and bad input: each ends with a clear message, never the parent,
and leaves the workspace resumable."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.optimize.conftest import CONFTEST, make_project, reviewed
from trainerd.errors import TargetError
from trainerd.optimize.service import OptimizeOptions, run_optimization
from trainerd.workspace import service as ws_service

pytestmark = pytest.mark.slow

CALC = "def add(a, b):\n    return a - b\n"


def project(tmp_path: Path, tests: str, name: str = "proj") -> Path:
    root = make_project(
        tmp_path / name, {"calc.py": CALC, "conftest.py": CONFTEST, "tests/test_calc.py": tests}
    )
    reviewed(f"{root / 'calc.py'}::add")
    return root / "calc.py"


def baseline(target: Path) -> dict[str, dict]:
    run1 = target.parent / ".trainer-workspace/calc/iterations/iteration-1/optimize/baseline/run-1.json"
    return {c["id"]: c for c in json.loads(run1.read_text())["cases"]}


def test_stdout_noise_sys_exit_and_a_hanging_test_do_not_break_the_run(tmp_path: Path) -> None:
    target = project(
        tmp_path,
        """
        import os
        import sys

        from calc import add


        def test_prints_to_stdout():
            print("user noise on stdout {not json-rpc}")
            os.write(1, b"Content-Length: 12\\r\\n\\r\\nraw fd noise\\n")
            assert add(2, 2) == 4


        def test_exits():
            add(1, 1)
            sys.exit(3)


        def test_hangs():
            add(0, 0)
            while True:
                pass


        def test_ok():
            assert add(1, 0) == 1
    """,
    )
    result = run_optimization(f"{target}::add", OptimizeOptions(test_timeout=1))
    assert result.outcome == "followup_needed", result.message  # the worker survived all of it
    cases = baseline(target)
    assert cases["tests/test_calc.py::test_hangs"]["outcome"] == "timeout"
    assert "per-test timeout of 1 s" in cases["tests/test_calc.py::test_hangs"]["message"]
    assert cases["tests/test_calc.py::test_exits"]["outcome"] == "failed"
    assert "SystemExit: 3" in cases["tests/test_calc.py::test_exits"]["message"]
    assert cases["tests/test_calc.py::test_prints_to_stdout"]["outcome"] == "failed"
    assert cases["tests/test_calc.py::test_ok"]["outcome"] == "passed"
    log = (target.parent / ".trainer-workspace/calc/iterations/iteration-1/optimize/worker.log").read_text()
    assert "user noise on stdout" in log and "raw fd noise" in log  # kept, off the protocol stream


def test_os_exit_in_user_code_ends_the_run_with_a_clear_error(tmp_path: Path) -> None:
    target = project(
        tmp_path,
        """
        import os

        from calc import add


        def test_exit_hard():
            add(1, 1)
            os._exit(0)
    """,
    )
    result = run_optimization(f"{target}::add", OptimizeOptions())
    assert result.outcome == "failed"
    assert "exited with code 0 while running test tests/test_calc.py::test_exit_hard" in result.message
    status = json.loads((target.parent / ".trainer-workspace/calc/workflow-status.json").read_text())
    assert status["run"]["state"] == "failed" and status["workflow_state"] == "pending_training"


def test_a_test_the_timeout_cannot_interrupt_is_killed_and_named(tmp_path: Path) -> None:
    target = project(
        tmp_path,
        """
        import signal
        import time

        from calc import add


        def test_blocks_the_alarm():
            add(1, 1)
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(120)
    """,
    )
    result = run_optimization(f"{target}::add", OptimizeOptions(test_timeout=1))
    assert result.outcome == "failed"
    assert "test tests/test_calc.py::test_blocks_the_alarm hung" in result.message
    assert "the test process was killed" in result.message


def test_tests_that_do_not_call_the_target_are_a_blocker(tmp_path: Path) -> None:
    target = project(tmp_path, "def test_unrelated():\n    assert True\n")
    result = run_optimization(f"{target}::add", OptimizeOptions(tests="python -m pytest -q tests"))
    assert result.outcome == "blocked"
    assert result.contract.blockers[0].code == "no_feedback_signal"
    assert "calls the target" in result.contract.blockers[0].message


def test_a_suite_that_fails_to_collect_is_a_blocker(tmp_path: Path) -> None:
    target = project(tmp_path, "from calc import add\n\ndef test_broken(:\n    pass\n")
    result = run_optimization(f"{target}::add", OptimizeOptions(tests="python -m pytest -q tests"))
    assert result.outcome == "blocked"
    assert "fails to collect" in result.message and "SyntaxError" in result.message


def test_a_flaky_test_is_a_blocker_naming_it_and_status_shows_it(tmp_path: Path) -> None:
    # fails on its 5th run only: two runs (the old check) never see it; the default 6 runs do
    target = project(
        tmp_path,
        """
        from pathlib import Path

        from calc import add


        def test_flaky():
            counter = Path(__file__).with_name("count.txt")
            n = int(counter.read_text()) if counter.exists() else 0
            counter.write_text(str(n + 1))
            add(1, 1)
            assert n != 4


        def test_wrong_answer():
            assert add(1, 1) == 2
    """,
    )
    result = run_optimization(f"{target}::add", OptimizeOptions())
    assert result.outcome == "blocked"
    assert "tests/test_calc.py::test_flaky (passed 5 times, failed once)" in result.message
    assert "test_wrong_answer" not in result.message and "on 6 runs of the unchanged code" in result.message
    codes = [b.code for b in ws_service.resolve(f"{target}::add").blockers]  # what `trainerd status` shows
    assert "flaky_feedback" in codes


def test_static_bad_input_needs_no_worker(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", {"calc.py": CALC})
    with pytest.raises(TargetError, match="symbol 'nope' not found"):
        run_optimization(f"{root / 'calc.py'}::nope")
    missing_review = run_optimization(f"{root / 'calc.py'}::add")
    assert (
        missing_review.outcome == "blocked" and missing_review.contract.blockers[0].code == "review_missing"
    )
    assert not (root / ".trainer-workspace/calc/engineer-prompt/review.md").exists()  # never created silently
    reviewed(f"{root / 'calc.py'}::add")
    no_tests = run_optimization(f"{root / 'calc.py'}::add")
    assert no_tests.outcome == "blocked" and no_tests.contract.blockers[0].code == "no_feedback_signal"
    assert "No tests found" in no_tests.message


def test_editor_completer_answers_and_bad_candidates_are_rejected_with_reasons(median: Path) -> None:
    # an older-schema status file (no run record, schema 0) is taken as it is
    status_file = median.parent / ".trainer-workspace/stats/workflow-status.json"
    status = json.loads(status_file.read_text())
    status["schema_version"] = 0
    status.pop("run", None)
    status_file.write_text(json.dumps(status))
    answers = [
        {"reasoning": "r", "suggestion": {"__code0": "def median(values):\n    return (\n"}},
        {"reasoning": "r", "suggestion": {"__code0": "def median(values, default=0):\n    return default\n"}},
    ]
    asked: list[list[dict]] = []

    def completer(messages: list[dict], max_tokens: int, want_json: bool) -> str:
        asked.append(messages)
        return json.dumps(answers[len(asked) - 1])

    before = median.read_text()
    result = run_optimization(
        f"{median}::median", OptimizeOptions(model="editor", iterations=2), completer=completer
    )
    assert result.outcome == "done", result.message
    assert len(asked) == 2 and asked[0][1]["role"] == "user" and "#Feedback" in asked[0][1]["content"]
    manifest = json.loads(
        (
            median.parent / ".trainer-workspace/stats/iterations/iteration-1/candidates/candidates.json"
        ).read_text()
    )["candidates"]
    assert "syntax error at line" in manifest["step-1"]["rejected_reason"]
    assert (
        "changed signature: median(values) -> median(values, default=0)"
        in manifest["step-2"]["rejected_reason"]
    )
    assert result.winner is None and median.read_text() == before
    assert result.contract.write_back.decision == "refused"


def test_litellm_without_a_reachable_model_becomes_a_manual_followup(
    median: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_API_BASE", "http://127.0.0.1:9")  # nothing listens: never the network
    result = run_optimization(f"{median}::median", OptimizeOptions(model="litellm:openai/gpt-4o-mini"))
    assert result.outcome == "followup_needed", result.message
    report = json.loads(
        (
            median.parent / ".trainer-workspace/stats/iterations/iteration-1/optimize/"
            "manual-followup-report.json"
        ).read_text()
    )
    assert "LiteLLM model 'openai/gpt-4o-mini' is unavailable" in report["blocker_reason"]
    assert report["model"] == "litellm:openai/gpt-4o-mini"


def test_examples_replays_run_on_the_trace_surfaces(tmp_path: Path) -> None:
    from tests.conftest import copy_example

    project_dir = copy_example("spam_model", tmp_path)
    reviewed(project_dir / "spam.py")
    result = run_optimization(
        project_dir / "spam.py", OptimizeOptions(model=f"replay:{EXAMPLES / 'spam_model' / 'replay.json'}")
    )
    assert result.outcome == "done", result.message
    text = (project_dir / "spam.py").read_text()
    assert (
        "trace.node(0.25, trainable=True" in text
        and "@trace.bundle(trainable=True, allow_external_dependencies=True)\n    def score" in text
    )


def test_provided_datasets_with_different_judge_modes_are_a_blocker(median: Path) -> None:
    synth = median.parent / ".trainer-workspace/stats/iterations/iteration-1/synthesize"
    synth.mkdir(parents=True)
    (synth / "train.jsonl").write_text(
        json.dumps({"id": "tests/test_stats.py::test_odd_length", "scoring": "exact_match"}) + "\n"
    )
    (synth / "val.jsonl").write_text(
        json.dumps({"id": "tests/test_stats.py::test_single", "scoring": "llm_judge"}) + "\n"
    )
    result = run_optimization(f"{median}::median", OptimizeOptions())
    assert result.outcome == "blocked"
    assert result.contract.blockers[0].code == "judge_mode_inconsistent"
    assert "'deterministic' but val.jsonl implies 'llm_judge'" in result.message


def test_bundle_example_replay_rewrites_only_the_bundles_body(tmp_path: Path) -> None:
    from tests.conftest import copy_example

    project_dir = copy_example("label_bundle", tmp_path)
    reviewed(f"{project_dir / 'labels.py'}::normalize_label")
    result = run_optimization(
        f"{project_dir / 'labels.py'}::normalize_label",
        OptimizeOptions(model=f"replay:{EXAMPLES / 'label_bundle' / 'replay.json'}"),
    )
    assert result.outcome == "done" and result.contract.write_back.decision == "written", result.message
    text = (project_dir / "labels.py").read_text()
    assert "@trace.bundle(trainable=True)\ndef normalize_label(text):" in text and "synonyms" in text


def test_make_it_faster_optimizes_the_benchmark_score_with_the_tests_as_constraint(tmp_path: Path) -> None:
    from tests.conftest import copy_example

    project_dir = copy_example("make_it_faster", tmp_path)
    reviewed(f"{project_dir / 'primes.py'}::count_primes")
    result = run_optimization(
        f"{project_dir / 'primes.py'}::count_primes",
        OptimizeOptions(
            feedback="python bench.py",
            direction="minimize",
            iterations=1,
            model=f"replay:{EXAMPLES / 'make_it_faster' / 'replay.json'}",
        ),
    )
    assert result.outcome == "done", result.message
    shape = result.contract.feedback.shape
    assert shape["kind"] == "pytest+command" and shape["direction"] == "minimize" and shape["score"] > 0
    manifest = json.loads(
        (
            project_dir / ".trainer-workspace/primes/iterations/iteration-1/candidates/candidates.json"
        ).read_text()
    )["candidates"]["step-1"]
    assert manifest["score"] < shape["score"]  # the sieve is faster than trial division
    assert "sieve" in (project_dir / "primes.py").read_text()
    assert (
        "score"
        in (
            project_dir / ".trainer-workspace/primes/iterations/iteration-1/validation/pytest.txt"
        ).read_text()
    )


def test_a_plain_method_is_wrapped_at_run_time_and_written_back_in_its_class(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "shop",
        {
            "conftest.py": CONFTEST,
            "cart.py": '''
            class Cart:
                """A shopping cart."""

                def __init__(self, prices):
                    self.prices = list(prices)

                def total(self, discount):
                    """The sum of the prices, less ``discount`` percent."""
                    return sum(self.prices) - discount

                def count(self):
                    return len(self.prices)
            ''',
            "tests/test_cart.py": """
            from cart import Cart


            def test_no_discount():
                assert Cart([10, 20]).total(0) == 30


            def test_ten_percent():
                assert Cart([200]).total(10) == 180


            def test_half():
                assert Cart([20, 60]).total(50) == 40


            def test_count_untouched():
                assert Cart([1, 2, 3]).count() == 3
            """,
        },
    )
    target = root / "cart.py"
    reviewed(f"{target}::Cart.total")
    seen: list[str] = []

    def completer(messages: list[dict], max_tokens: int, want_json: bool) -> str:
        prompt = messages[-1]["content"]
        seen.append(prompt)
        key = re.search(r"(__code\d+)", prompt).group(1)
        fixed = (
            "def total(self, discount):\n"
            '    """The sum of the prices, less ``discount`` percent."""\n'
            "    return sum(self.prices) * (100 - discount) / 100\n"
        )
        return json.dumps({"reasoning": "apply the discount as a percentage", "suggestion": {key: fixed}})

    result = run_optimization(
        f"{target}::Cart.total", OptimizeOptions(model="editor", iterations=1), completer=completer
    )
    assert result.outcome == "done", result.message
    assert seen and "def total(self, discount)" in seen[0]  # the method's own source is the parameter
    text = target.read_text()
    assert "        return sum(self.prices) * (100 - discount) / 100\n" in text  # re-indented in the class
    assert "    def count(self):\n        return len(self.prices)" in text  # the rest of the class untouched
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
