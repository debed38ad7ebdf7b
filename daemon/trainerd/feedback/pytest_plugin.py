"""The pytest plugin the worker runs suites with.

It records each test's outcome and failure text, enforces a per-test timeout (SIGALRM, so a test
stuck in Python code is interrupted and reported as ``timeout``; a project that times its tests with
pytest-timeout keeps its own), tells the worker which test is
running (so the parent can name a test that hangs in C code when it has to kill the worker), and
collects the Trace nodes registered while each test ran: the worker feeds every node the graph
registers to :meth:`CaseRecorder.record_node`.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from typing import Any

import pytest

from trainerd.feedback.cases import ERROR, FAILED, PASSED, SKIPPED, TIMEOUT, CaseResult, SuiteResult


class CaseTimeout(BaseException):
    """Raised inside a test that ran past the per-test timeout (a BaseException so ``except
    Exception`` in user code cannot swallow it)."""


class CaseRecorder:
    """A pytest plugin object: pass it in ``pytest.main(args, plugins=[recorder])``."""

    def __init__(
        self,
        timeout: float | None = 30.0,
        selected: set[str] | None = None,
        on_test_start: Callable[[str], None] | None = None,
        excluded: set[str] | None = None,
    ) -> None:
        self.timeout = timeout
        self.selected = selected
        self.excluded = excluded or set()
        self.on_test_start = on_test_start
        self.results: dict[str, CaseResult] = {}
        self.collection_errors: list[str] = []
        self.collected: list[str] = []
        self.nodes: dict[str, list[Any]] = {}
        self.current: str | None = None
        self._started = time.perf_counter()

    # --- Trace nodes -------------------------------------------------------------------------
    def record_node(self, node: Any) -> None:
        if self.current is not None:
            self.nodes.setdefault(self.current, []).append(node)

    # --- hooks -------------------------------------------------------------------------------
    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            self.collection_errors.append(f"{report.nodeid or '<session>'}: {report.longreprtext.strip()}")

    def pytest_collection_modifyitems(
        self, session: pytest.Session, config: pytest.Config, items: list
    ) -> None:
        if self.selected is None and not self.excluded:
            return
        keep = [
            i
            for i in items
            if (self.selected is None or i.nodeid in self.selected) and i.nodeid not in self.excluded
        ]
        drop = [i for i in items if i not in keep]
        if drop:
            config.hook.pytest_deselected(items=drop)
        items[:] = keep

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.collected = [item.nodeid for item in session.items]

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item, nextitem: pytest.Item | None):
        self.current = item.nodeid
        if self.on_test_start is not None:
            self.on_test_start(item.nodeid)
        armed = bool(self.timeout) and hasattr(signal, "setitimer") and not _project_times(item)
        previous = None
        if armed:
            limit = float(self.timeout or 0)

            def expire(signum: int, frame: Any) -> None:
                raise CaseTimeout(f"test exceeded the per-test timeout of {limit:g} s and was interrupted")

            previous = signal.signal(signal.SIGALRM, expire)
            signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            yield
        finally:
            if armed:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous or signal.SIG_DFL)
            self.current = None

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        prior = self.results.get(report.nodeid)
        text = report.longreprtext.strip() if report.failed else ""
        if report.failed and "CaseTimeout" in text:
            outcome = TIMEOUT
        elif report.failed:
            outcome = FAILED if report.when == "call" else ERROR
        elif report.skipped:
            outcome = SKIPPED
        else:
            outcome = PASSED
        if prior is None:
            self.results[report.nodeid] = CaseResult(report.nodeid, outcome, text, report.duration)
            return
        prior.duration += report.duration
        # a failure in any phase decides; the first failure's text is the informative one
        if prior.ok and outcome not in (PASSED, SKIPPED):
            prior.outcome, prior.message = outcome, text
        elif prior.outcome == PASSED and outcome == SKIPPED:
            prior.outcome = SKIPPED

    def suite(self) -> SuiteResult:
        """The results in collection order."""
        order = self.collected or list(self.results)
        cases = [self.results[i] for i in order if i in self.results]
        cases += [r for i, r in self.results.items() if i not in set(order)]
        return SuiteResult(
            cases=cases,
            collection_errors=list(self.collection_errors),
            collected=list(self.collected),
            duration=time.perf_counter() - self._started,
        )


def _project_times(item: pytest.Item) -> bool:
    """pytest-timeout is configured for this test (its SIGALRM would fight ours)."""
    return bool(getattr(item.config, "_env_timeout", None)) or item.get_closest_marker("timeout") is not None


def failed_outcome(outcome: str) -> bool:
    return outcome in (FAILED, ERROR, TIMEOUT)
