"""What the feedback signal is (a pytest suite, or another command) and how a command's output is read.

Score convention for commands: the **last line of stdout that is a JSON object with a numeric
``"score"``** (for example ``{"score": 0.0123}``) is the score. ``direction`` says whether higher
(``maximize``) or lower (``minimize``) is better. The exit code decides pass/fail.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import time
from pathlib import Path
from typing import Any

import attrs

from trainerd.errors import TrainerError

DIRECTIONS = ("maximize", "minimize")


@attrs.define
class FeedbackSpec:
    """The feedback signal of a run.

    ``tests`` is the pytest command (run inside the worker); ``command`` an optional other command
    (benchmark, evaluator) run as a subprocess whose score is optimized with the tests as a constraint.
    """

    tests: str | None = None
    command: str | None = None
    direction: str = "maximize"
    test_timeout: float = 30.0
    command_timeout: float = 300.0

    def describe(self) -> str:
        parts = [p for p in (self.tests, self.command) if p]
        return " && ".join(parts)


def pytest_args(command: str) -> list[str] | None:
    """The pytest arguments of ``python -m pytest ARGS`` / ``pytest ARGS``; ``None`` for another command."""
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise TrainerError(f"feedback command cannot be parsed: {exc}", field="feedback") from None
    if not argv:
        raise TrainerError("feedback command is empty", field="feedback")
    exe = Path(argv[0]).name
    if exe in ("pytest", "py.test"):
        return argv[1:]
    if exe.startswith("python") and argv[1:3] == ["-m", "pytest"]:
        return argv[3:]
    return None


def make_spec(
    feedback: str | None,
    default_tests: str | None,
    score_command: str | None = None,
    direction: str = "maximize",
    test_timeout: float = 30.0,
) -> FeedbackSpec:
    """Build the spec: a pytest ``feedback`` is the tests; any other is the scored command."""
    if direction not in DIRECTIONS:
        raise TrainerError(
            f"direction must be one of {', '.join(DIRECTIONS)}, got {direction!r}", field="direction"
        )
    tests, command = default_tests, score_command
    if feedback:
        if pytest_args(feedback) is not None:
            tests = feedback
        else:
            command = feedback
    if command and pytest_args(command) is not None:
        raise TrainerError(
            "the score command is a pytest run; give it as the feedback command instead",
            field="score_command",
        )
    return FeedbackSpec(tests=tests, command=command, direction=direction, test_timeout=test_timeout)


def parse_score(output: str) -> float | None:
    """The score from the last JSON line ``{"score": <number>}`` of ``output``, if any."""
    for line in reversed(output.splitlines()):
        line = line.strip()
        if not (line.startswith("{") and line.endswith("}")):
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            continue
        if (
            isinstance(data, dict)
            and isinstance(data.get("score"), int | float)
            and not isinstance(data.get("score"), bool)
        ):
            return float(data["score"])
    return None


@attrs.define
class CommandResult:
    command: str
    exit_code: int | None
    output: str
    score: float | None
    duration: float
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and not self.timed_out

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


def run_command(command: str, cwd: Path, timeout: float, env: dict[str, str] | None = None) -> CommandResult:
    """Run ``command`` (a shell line) in ``cwd``; keep the output tail, read the score."""
    started = time.perf_counter()
    full_env = {**os.environ, **(env or {})}
    try:
        proc = subprocess.run(
            command,
            shell=True,
            cwd=cwd,
            env=full_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
            start_new_session=True,
        )
    except subprocess.TimeoutExpired as exc:
        out = (exc.output or b"").decode("utf-8", "replace")
        return CommandResult(command, None, out[-8000:], None, time.perf_counter() - started, timed_out=True)
    out = proc.stdout.decode("utf-8", "replace")
    return CommandResult(
        command, proc.returncode, out[-8000:], parse_score(out), time.perf_counter() - started
    )


def better(a: float | None, b: float | None, direction: str) -> bool:
    """Whether score ``a`` beats ``b`` (a missing score never beats a present one)."""
    if a is None:
        return False
    if b is None:
        return True
    return a > b if direction == "maximize" else a < b


def flaky_cases(first: dict[str, str], second: dict[str, str]) -> list[str]:
    """Cases whose verdict differs between two runs of the same code (or that ran only once)."""
    names = sorted(set(first) | set(second))
    return [n for n in names if first.get(n) != second.get(n)]
