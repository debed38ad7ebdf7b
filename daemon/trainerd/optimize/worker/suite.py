"""One pytest run inside a worker child, with the project's own configuration (rootdir, ini/toml/cfg,
conftest files, plugins, ``filterwarnings``, ``testpaths``): only our recorder plugin is added."""

from __future__ import annotations

import os
from collections.abc import Callable

from trainerd.feedback.pytest_plugin import CaseRecorder
from trainerd.optimize.messages import CaseVerdict, SuiteReply

# the user's project keeps its own cache: evaluations never write .pytest_cache into it
EXTRA_ARGS = ("-p", "no:cacheprovider", "-q")
_CACHE_OPTIONS = (
    "--lf",
    "--last-failed",
    "--ff",
    "--failed-first",
    "--nf",
    "--new-first",
    "--sw",
    "--stepwise",
    "--cache-show",
    "--cache-clear",
)


def pytest_argv(args: list[str]) -> list[str]:
    """The arguments of one run: the feedback command's, plus quiet output without a cache (unless the
    run names a cache option, which needs the cache plugin)."""
    extra = list(EXTRA_ARGS)
    if any(a.split("=")[0] in _CACHE_OPTIONS for a in args):
        extra = ["-q"]
    return [*args, *extra]


def run(
    args: list[str],
    cases: list[str] | None,
    timeout: float,
    notify: Callable[[str, str | None], None],
    recorder: CaseRecorder | None = None,
) -> tuple[CaseRecorder, SuiteReply]:
    """Run pytest once; ``notify(event, test_id)`` reports ``pytest_start``, ``test_start``, ``tests_done``."""
    import pytest

    recorder = recorder or CaseRecorder(timeout, set(cases) if cases is not None else None)
    recorder.on_test_start = lambda case: notify("test_start", case)
    notify("pytest_start", None)
    cwd = os.getcwd()
    try:
        code = pytest.main(pytest_argv(args), plugins=[recorder])
    finally:
        os.chdir(cwd)
        notify("tests_done", None)
    suite = recorder.suite()
    return recorder, SuiteReply(
        cases=[CaseVerdict(c.id, c.outcome, c.message, round(c.duration, 4)) for c in suite.cases],
        collection_errors=list(suite.collection_errors),
        duration=round(suite.duration, 4),
        exit_code=int(code) if isinstance(code, int) else None,
    )
