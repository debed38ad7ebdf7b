"""The pytest plugin the worker runs suites with: outcomes, failure text, timeouts, selection, nodes."""

from __future__ import annotations

import builtins
import textwrap
from pathlib import Path

import pytest

from trainerd.feedback.pytest_plugin import CaseRecorder

SUITE = """
import builtins
import time

import pytest


@pytest.fixture
def broken():
    raise RuntimeError("fixture exploded")


def test_pass():
    builtins._trainerd_test_recorder.record_node("node-of-test_pass")
    assert 1 + 1 == 2


def test_fail():
    assert [1, 2] == [1, 3], "lists differ"


def test_error(broken):
    pass


def test_hangs():
    while True:
        time.sleep(0.01)


def test_swallows_everything():
    try:
        while True:
            pass
    except Exception:
        pass
"""


def run_suite(tmp_path: Path, recorder: CaseRecorder, name: str) -> None:
    # a distinct module name per test: pytest runs in this process, which caches test modules by name
    (tmp_path / f"{name}.py").write_text(textwrap.dedent(SUITE))
    builtins._trainerd_test_recorder = recorder  # type: ignore[attr-defined]
    try:
        pytest.main(
            [str(tmp_path), "-q", "-p", "no:cacheprovider", "-p", "no:timeout", "--rootdir", str(tmp_path)],
            plugins=[recorder],
        )
    finally:
        del builtins._trainerd_test_recorder  # type: ignore[attr-defined]


def test_outcomes_failure_text_timeouts_and_nodes(tmp_path: Path) -> None:
    started: list[str] = []
    recorder = CaseRecorder(timeout=0.5, on_test_start=started.append)
    run_suite(tmp_path, recorder, "test_suite")
    suite = recorder.suite()
    verdicts = suite.verdicts()
    assert verdicts == {
        "test_suite.py::test_pass": "passed",
        "test_suite.py::test_fail": "failed",
        "test_suite.py::test_error": "error",
        "test_suite.py::test_hangs": "timeout",
        "test_suite.py::test_swallows_everything": "timeout",  # `except Exception` cannot swallow the timeout
    }
    by_id = {c.id: c for c in suite.cases}
    assert "lists differ" in by_id["test_suite.py::test_fail"].message
    assert "assert [1, 2] == [1, 3]" in by_id["test_suite.py::test_fail"].message
    assert "fixture exploded" in by_id["test_suite.py::test_error"].message
    assert "per-test timeout of 0.5 s" in by_id["test_suite.py::test_hangs"].message
    assert started == list(verdicts)  # the worker is told which test runs, in order
    assert recorder.nodes == {"test_suite.py::test_pass": ["node-of-test_pass"]}  # tied to the test it ran in
    assert suite.passed == 1 and suite.total == 5


def test_selection_runs_only_the_named_cases(tmp_path: Path) -> None:
    recorder = CaseRecorder(
        timeout=5, selected={"test_selected.py::test_pass", "test_selected.py::test_fail"}
    )
    run_suite(tmp_path, recorder, "test_selected")
    assert recorder.suite().verdicts() == {
        "test_selected.py::test_pass": "passed",
        "test_selected.py::test_fail": "failed",
    }


def test_collection_errors_are_kept_apart(tmp_path: Path) -> None:
    (tmp_path / "test_broken.py").write_text("import no_such_module_here\n")
    recorder = CaseRecorder(timeout=5)
    pytest.main(
        [str(tmp_path / "test_broken.py"), "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path)],
        plugins=[recorder],
    )
    suite = recorder.suite()
    assert suite.cases == []
    assert len(suite.collection_errors) == 1 and "no_such_module_here" in suite.collection_errors[0]
