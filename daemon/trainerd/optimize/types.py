"""The engine's public types: how to run (:class:`OptimizeOptions`), what it reports while it runs
(:class:`RunEvent`) and what it returns (:class:`RunResult`). Plain attrs classes: the CLI prints them,
``--json`` gives them snake_case, the LSP feature sends them camelCase (``trainerd.data.to_wire``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from trainerd.errors import TrainerError
from trainerd.workspace.blockers import Blocker
from trainerd.workspace.contract import OutputContract

WRITE_BACK_MODES = ("file", "return", "none")
OPTIMIZERS = ("OptoPrime", "OPRO")
VALIDATION_SCOPES = ("affected", "suite")
DIRECTIONS = ("maximize", "minimize")
# blockers a user may override (after reading them): the static surface checks
OVERRIDABLE = ("hidden_dependencies", "surface_too_broad")

# one per-test timeout for every face: a verdict plain pytest would give needs room for slow tests
DEFAULT_TEST_TIMEOUT_S = 60.0
# extra runs of the unchanged code before the model is asked: with 6 runs in all a test failing half
# the time shows both verdicts with probability 1 - 2 * 0.5**6 = 96.9 %
DEFAULT_REPEATS = 5


@attrs.define
class OptimizeOptions:
    """How to run. ``feedback``: a pytest command, or another command whose score is optimized with
    the tests (``tests`` or the default lookup) as a constraint. Built from CLI flags
    (``trainerd optimize``) or from the ``trainer.*`` settings (:meth:`from_settings`), same defaults."""

    feedback: str | None = None
    tests: str | None = None
    direction: str = "maximize"
    model: str | None = None
    iterations: int = 3
    optimizer: str = "OptoPrime"
    python: str | None = None
    test_timeout: float = DEFAULT_TEST_TIMEOUT_S
    write_back: str = "file"  # file | return (the caller applies the edit) | none
    objective: str | None = None
    fresh: bool = False  # start a new iteration even when the last one can be resumed
    repeats: int = DEFAULT_REPEATS  # determinism: extra runs of the unchanged code
    validate: str = "affected"  # affected: every test module importing the target's module | suite
    allow: tuple[str, ...] = ()  # overridable blocker codes the user accepted

    def check(self) -> None:
        """Raise :class:`TrainerError` naming the first bad option."""
        if self.write_back not in WRITE_BACK_MODES:
            raise TrainerError(f"write_back must be one of {', '.join(WRITE_BACK_MODES)}", field="write_back")
        if self.iterations < 1:
            raise TrainerError("iterations must be at least 1", field="iterations")
        if self.test_timeout <= 0:
            raise TrainerError("test_timeout must be positive", field="test_timeout")
        if self.repeats < 1:
            raise TrainerError("repeats must be at least 1 (two runs of the unchanged code)", field="repeats")
        if self.optimizer not in OPTIMIZERS:
            raise TrainerError(
                f"optimizer {self.optimizer!r} is not supported; choose {' or '.join(OPTIMIZERS)} "
                "(optimizers that ask the model several times per step cannot be answered, replayed or "
                "resumed turn by turn)",
                field="optimizer",
            )
        if self.direction not in DIRECTIONS:
            raise TrainerError(f"direction must be one of {', '.join(DIRECTIONS)}", field="direction")
        if self.validate not in VALIDATION_SCOPES:
            raise TrainerError(f"validate must be one of {', '.join(VALIDATION_SCOPES)}", field="validate")
        unknown = sorted(set(self.allow) - set(OVERRIDABLE))
        if unknown:
            raise TrainerError(
                f"cannot override {', '.join(unknown)}; overridable: {', '.join(OVERRIDABLE)}", field="allow"
            )

    @classmethod
    def from_settings(cls, settings: Any, **given: Any) -> OptimizeOptions:
        """The editor's options: what the request gave, else the ``trainer.*`` settings, else the
        defaults the CLI uses. ``settings`` is a ``TrainerSettings`` (read by attribute)."""

        def pick(name: str, setting: str, default: Any) -> Any:
            value = given.get(name)
            if value is not None:
                return value
            value = getattr(settings, setting, None)
            return default if value is None else value

        return cls(
            feedback=pick("feedback", "feedback_command", None),
            model=pick("model", "model", None),
            iterations=pick("iterations", "iterations", 3),
            optimizer=pick("optimizer", "optimizer", "OptoPrime"),
            python=pick("python", "interpreter", None),
            test_timeout=float(pick("test_timeout", "test_timeout_seconds", DEFAULT_TEST_TIMEOUT_S)),
            write_back=given.get("write_back") or "return",
            repeats=int(pick("repeats", "determinism_repeats", DEFAULT_REPEATS)),
            validate=pick("validate", "validation_scope", "affected"),
            allow=tuple(given.get("allow") or getattr(settings, "allow_blockers", None) or ()),
        )


# --- what a run reports ------------------------------------------------------------------------
@attrs.define
class Score:
    """Pass counts of a set of cases."""

    passed: int
    total: int
    failed: list[str] = attrs.Factory(list)

    @property
    def pass_rate(self) -> float:
        return self.passed / self.total if self.total else 1.0


@attrs.define
class CandidateInfo:
    """One step's proposal, evaluated (``candidate_ready``)."""

    name: str
    step: int
    accepted: bool
    train: Score
    val: Score
    diff_lines: int
    all_pass: bool
    score: float | None = None
    rejected_reason: str | None = None
    description: str = ""
    candidate_file: str | None = None  # absolute paths
    diff_file: str | None = None
    snapshot_file: str | None = None


@attrs.define
class FollowupInfo:
    """A manual follow-up: the prompt is written, the run waits for an answer."""

    step: int
    reason: str
    variables: list[str]
    answer_command: str
    report_file: str  # absolute
    prompt_file: str  # absolute
    answer_file: str  # where `trainerd answer` saves the answer


@attrs.define
class Decision:
    """The end of a run: the winner, its validation and what happened to the file."""

    winner: str | None
    validation: str  # not_run | passed | failed
    write_back: str  # written | proposed | refused | not_applicable
    justification: str
    regressions: list[str] = attrs.Factory(list)  # tests that passed before and fail on the winner
    apply_command: str | None = None  # how to apply a candidate kept on disk


@attrs.define
class RunEvent:
    """One change of a run. ``type`` is one of :data:`EVENT_TYPES`; the fields that type fills are
    typed here (nothing is flattened into dicts)."""

    type: str
    message: str
    run_id: str | None = None
    iteration: int | None = None  # the iteration folder (iterations/iteration-N)
    step: int | None = None  # the optimizer step inside it
    artifacts: dict[str, str] = attrs.Factory(dict)  # absolute paths
    tests: Score | None = None  # tests passing so far (iteration_done, validated)
    worker_pid: int | None = None
    test_id: str | None = None  # test_started
    resumed: bool = False  # started
    model: str | None = None  # started
    candidate: CandidateInfo | None = None  # candidate_ready
    followup: FollowupInfo | None = None  # followup_needed
    blockers: list[Blocker] = attrs.Factory(list)  # blocked
    decision: Decision | None = None  # validated, written_back, done
    error: str | None = None  # failed


BLOCKED = "blocked"
STARTED = "started"
TEST_STARTED = "test_started"
ITERATION_STARTED = "iteration_started"
CANDIDATE_READY = "candidate_ready"
ITERATION_DONE = "iteration_done"
FOLLOWUP_NEEDED = "followup_needed"
VALIDATED = "validated"
WRITTEN_BACK = "written_back"
DONE = "done"
FAILED = "failed"
CANCELLED = "cancelled"
EVENT_TYPES = (
    BLOCKED,
    STARTED,
    TEST_STARTED,
    ITERATION_STARTED,
    CANDIDATE_READY,
    ITERATION_DONE,
    FOLLOWUP_NEEDED,
    VALIDATED,
    WRITTEN_BACK,
    DONE,
    FAILED,
    CANCELLED,
)

EventSink = Callable[[RunEvent], None]


@attrs.define
class ProposedEdit:
    """``write_back="return"``: the edit the caller applies (an editor's ``applyEdit``), computed by
    :mod:`trainerd.optimize.writeback` against the file as it is on disk."""

    file: str  # absolute path
    base_text: str  # the file text the edit applies to
    new_text: str
    start_line: int  # 1-based, inclusive
    end_line: int  # 1-based, inclusive (start_line - 1 for a pure insertion)
    replacement: str
    base_sha256: str
    candidate: str  # the candidate's name
    iteration: int
    reapplied: bool = False  # the file changed elsewhere during the run; the candidate was re-applied


# outcomes of a run; followup_needed is the one spelling of "waiting for an answer"
OUTCOMES = ("done", "followup_needed", "blocked", "failed", "cancelled")


@attrs.define
class RunResult:
    outcome: str  # one of OUTCOMES
    message: str
    contract: OutputContract
    run_id: str | None = None
    iteration: int | None = None
    winner: str | None = None
    decision: Decision | None = None
    edit: ProposedEdit | None = None
    candidate: CandidateInfo | None = None  # the winner's files (what a client diffs)
    followup: FollowupInfo | None = None
    events: list[RunEvent] = attrs.Factory(list)
