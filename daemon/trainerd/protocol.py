"""Custom JSON-RPC methods of trainerd, their parameter types and the validation at the edge.

Every custom request handler calls :func:`parse_params` first. pygls answers nothing at all when a
typed custom request fails to structure (see shared/reference/dependency-facts.md), so handlers take
the raw params and we structure them here, raising a JSON-RPC ``-32602`` that names the field.
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs
from pygls.exceptions import JsonRpcInvalidParams

from trainerd.data import structure
from trainerd.errors import TrainerError

# --- method names -------------------------------------------------------------------------------
RESOLVE_WORKSPACE = "trainer/resolveWorkspace"
SURFACES = "trainer/surfaces"
OPTIMIZE = "trainer/optimize"
CANCEL = "trainer/cancel"
ANSWER_FOLLOWUP = "trainer/answerFollowup"
RUN_UPDATED = "trainer/runUpdated"  # server -> client notification
COMPLETE = "trainer/complete"  # server -> client request (editor LLM backend)
DETECT_TRAINING = "trainer/detectTraining"
LAUNCH_TRAINING = "trainer/launchTraining"
SESSIONS = "trainer/sessions"
STOP_TRAINING = "trainer/stopTraining"
RESTART_TRAINING = "trainer/restartTraining"
SESSION_EVENT = "trainer/sessionEvent"  # server -> client notification
SESSION_METRICS = "trainer/sessionMetrics"
TRIAGE = "trainer/triage"

# --- workspace commands (workspace/executeCommand), for clients without custom UI ---------------
CMD_CREATE_REVIEW = "trainer.createReview"
CMD_REPAIR_WORKSPACE = "trainer.repairWorkspace"  # args: [{uri|path, symbol?}] (ResolveWorkspaceParams)
# runs in the editor (issue 7): the code lens emits trainer.optimize with [{uri, symbol}]
CMD_OPTIMIZE = "trainer.optimize"
CMD_ANSWER_FOLLOWUP = "trainer.answerFollowup"
CMD_SHOW_WORKSPACE = "trainer.showWorkspace"
CMD_CANCEL = "trainer.cancel"
CMD_EXPORT_REPLAY = "trainer.exportReplay"  # args: [{uri|path|workspace, iteration?, output?}]
CMD_WRITE_BACK = "trainer.writeBack"  # args: [{uri|path, symbol?, candidate?, iteration?}]


# --- params -------------------------------------------------------------------------------------
# numbers with a "range" in their field's metadata are checked by parse_params (-32602 naming the field)
MAX_SETTLE_SECONDS = 60.0  # how long a launch watches its command before answering
MAX_WAIT_SECONDS = 600.0  # how long a launch waits for the first sign of life (firstSign)
MAX_GRACE_SECONDS = 600.0  # between the interrupt and the kill of a stop


@attrs.define
class ResolveWorkspaceParams:
    """``trainer/resolveWorkspace``: a target file (``uri`` or ``path``) and optional symbol.

    ``path`` may also carry the symbol as ``file.py::symbol``. ``create: false`` only reports: nothing
    is created or written.
    """

    uri: str | None = None
    path: str | None = None
    symbol: str | None = None
    create: bool = True


@attrs.define
class CreateReviewParams:
    """``trainer.createReview`` command: write the engineering review checkpoint for a target."""

    uri: str | None = None
    path: str | None = None
    symbol: str | None = None
    feedback_command: str | None = None


@attrs.define
class OptimizeParams:
    """``trainer/optimize`` / ``trainer.optimize``: the target and, optionally, how to optimize it.

    Unset fields come from the workspace status file, then the ``trainer.*`` settings.
    """

    uri: str | None = None
    path: str | None = None
    symbol: str | None = None
    feedback_command: str | None = None
    model: str | None = None  # manual | editor | replay:<file> | litellm:<provider/model>
    iterations: int | None = attrs.field(default=None, metadata={"range": (1, 1000)})
    allow: list[str] | None = None  # overridable blocker codes the user accepted (hidden_dependencies, ...)
    fresh: bool | None = None  # start a new run instead of resuming the target's last one


@attrs.define
class CancelParams:
    """``trainer/cancel``: a run id, or the target whose active run to cancel."""

    run_id: str | None = None
    uri: str | None = None
    path: str | None = None


@attrs.define
class AnswerFollowupParams:
    """``trainer/answerFollowup``: the run (or its target) and the answer, as text or a file."""

    run_id: str | None = None
    uri: str | None = None
    path: str | None = None
    symbol: str | None = None
    answer: str | None = None
    file: str | None = None


@attrs.define
class ExportReplayParams:
    """``trainer.exportReplay``: a target (or its workspace folder) whose recorded run to export."""

    uri: str | None = None
    path: str | None = None
    workspace: str | None = None
    iteration: int | None = None
    output: str | None = None  # also write it there (inside the workspace folders)


@attrs.define
class WriteBackParams:
    """``trainer.writeBack``: write a kept candidate into the target as it is now."""

    uri: str | None = None
    path: str | None = None
    symbol: str | None = None
    candidate: str | None = None
    iteration: int | None = None


@attrs.define
class ShowWorkspaceParams:
    """``trainer.showWorkspace`` command: the target whose workspace to show."""

    uri: str | None = None
    path: str | None = None
    symbol: str | None = None


@attrs.define
class SurfacesParams:
    """``trainer/surfaces``: a document (``uri``, the open text is used) or a file ``path``."""

    uri: str | None = None
    path: str | None = None


# --- training params (issue 5) -------------------------------------------------------------------
@attrs.define
class DetectTrainingParams:
    """``trainer/detectTraining``: scan ``root`` (default: the first workspace folder). With
    ``command``, a pre-flight for it is added (``target_metric`` / ``smoke_test`` are the user's answers)."""

    root: str | None = None
    environment: bool = True
    command: str | None = None
    cwd: str | None = None
    target_metric: str | None = None
    smoke_test: bool | None = None


@attrs.define
class LaunchTrainingParams:
    """``trainer/launchTraining``: run ``command`` exactly as given in a new screen/tmux session, or as
    a Slurm job (``backend: "slurm"``, or any of the Slurm fields below)."""

    command: str
    cwd: str | None = None
    root: str | None = None
    backend: str | None = None
    name: str | None = None
    settle_seconds: float = attrs.field(default=1.0, metadata={"range": (0, MAX_SETTLE_SECONDS)})
    # wait up to this long for the first metric/progress line or the end (the answer's firstSign);
    # default 30, or 0 when settleSeconds is 0 (return at once)
    wait_seconds: float | None = attrs.field(default=None, metadata={"range": (0, MAX_WAIT_SECONDS)})
    # the Slurm job's resources (docs/cluster.md)
    partition: str | None = None
    nodes: int | None = attrs.field(default=None, metadata={"range": (1, 100_000)})
    ntasks_per_node: int | None = attrs.field(default=None, metadata={"range": (1, 100_000)})
    gpus_per_node: str | None = None
    time: str | None = None
    sbatch_args: list[str] = attrs.Factory(list)


@attrs.define
class SessionsParams:
    """``trainer/sessions``: the sessions under ``root`` (default: every workspace folder)."""

    root: str | None = None


@attrs.define
class SessionMetricsParams:
    """``trainer/sessionMetrics``: one session's metric series, open flags and crash."""

    name: str
    root: str | None = None


@attrs.define
class StopTrainingParams:
    """``trainer/stopTraining``: interrupt, then kill after ``grace_seconds``, and close the session."""

    name: str
    root: str | None = None
    grace_seconds: float = attrs.field(default=10.0, metadata={"range": (0, MAX_GRACE_SECONDS)})


@attrs.define
class RestartTrainingParams:
    """``trainer/restartTraining``: run the session's command (or ``command``) again in the same session."""

    name: str
    root: str | None = None
    command: str | None = None
    settle_seconds: float = attrs.field(default=1.0, metadata={"range": (0, MAX_SETTLE_SECONDS)})
    # as for trainer/launchTraining
    wait_seconds: float | None = attrs.field(default=None, metadata={"range": (0, MAX_WAIT_SECONDS)})


# --- triage params (issue 6) ---------------------------------------------------------------------
CMD_APPLY_FIX = "trainer.applyFix"


@attrs.define
class TriageParams:
    """``trainer/triage``: classify ``text`` (or the file at ``uri``/``path``).

    ``cwd``/``command``/``session`` give the project, launch command and session the text came from,
    so runtime errors get concrete fixes (and the session's ``fixes.json`` history); ``publish`` also
    shows the errors as diagnostics at the user's frames.
    """

    text: str | None = None
    uri: str | None = None
    path: str | None = None
    cwd: str | None = None
    command: str | None = None
    session: str | None = None
    publish: bool = False


@attrs.define
class ApplyFixParams:
    """``trainer.applyFix`` command: apply a fix proposal the user confirmed and record it."""

    fix: dict[str, Any]
    cwd: str
    seal: str | None = None  # from the code action: a fix that runs a command must carry its seal
    session_dir: str | None = None
    triage: dict[str, Any] | None = None
    command: str | None = None
    editor_applied: bool = False


# --- missing-data params (issue 9) ---------------------------------------------------------------
CMD_RESEARCH = "trainer.research"
CMD_SYNTHESIZE = "trainer.synthesize"
CMD_APPROVE_DATASET = "trainer.approveDataset"


@attrs.define
class ResearchParams:
    """``trainer.research`` command: write the research brief of a function (``uri``/``path`` + ``symbol``)."""

    uri: str | None = None
    path: str | None = None
    symbol: str | None = None
    fresh: bool = False


@attrs.define
class SynthesizeParams:
    """``trainer.synthesize`` command: propose a dataset (``goal`` keep|change) and show its test file."""

    uri: str | None = None
    path: str | None = None
    symbol: str | None = None
    goal: str | None = (
        None  # keep | change; None: the pending proposal's goal, else keep (the service decides)
    )
    model: str | None = None  # for goal change; default: the trainer.model setting, else manual
    instruction: str | None = None
    response: str | None = None  # the answer to a manual follow-up
    force: bool = False
    max_cases: int = attrs.field(default=200, metadata={"range": (1, 100_000)})
    hypothesis_cases: int = attrs.field(default=50, metadata={"range": (0, 100_000)})
    show: bool = True  # ask the client to open the generated test file (window/showDocument)


@attrs.define
class ApproveDatasetParams:
    """``trainer.approveDataset`` command: approve the proposed dataset of a target (or a workspace folder)."""

    uri: str | None = None
    path: str | None = None
    symbol: str | None = None
    workspace: str | None = None


# --- structuring --------------------------------------------------------------------------------
T = TypeVar("T")


# which string fields are free text (NUL allowed: a pasted log may hold one) and which name paths
FREE_TEXT = frozenset({"text", "answer", "instruction", "response"})
PATH_FIELDS = frozenset({"uri", "path", "root", "cwd", "file", "workspace", "session_dir", "output"})
NAME_FIELDS = frozenset({"name", "session"})  # session names: a folder's name, 255 bytes at most
NAME_BYTES = 1024  # names, symbols, ids, models: far more than any real one


def parse_params(cls: type[T], params: Any, method: str) -> T:
    """Structure raw request params into ``cls`` or raise ``-32602`` naming the offending field.

    Keys are camelCase on the wire; the snake_case spelling of earlier releases is still accepted.
    Every string field is checked here too (NUL bytes, lone surrogates, length; paths with the file
    system's limits), so no handler meets a string the system cannot take.
    """
    try:
        value = structure(cls, params, "params", wire=True)
        if attrs.has(cls):
            _check_strings(value)
    except TrainerError as exc:
        field = f"field '{exc.field}': " if exc.field else ""
        raise JsonRpcInvalidParams(f"{method}: {field}{exc}") from None
    return value


def _check_strings(value: Any) -> None:
    from trainerd.data import camel
    from trainerd.project.confine import check_path_text, check_text

    for field in attrs.fields(type(value)):
        item = getattr(value, field.name)
        bounds = field.metadata.get("range")
        if bounds is not None and isinstance(item, int | float) and not bounds[0] <= item <= bounds[1]:
            raise TrainerError(
                f"must be between {bounds[0]:g} and {bounds[1]:g}, got {item!r}", field=camel(field.name)
            )
        items = [(camel(field.name), item)] if isinstance(item, str) else []
        if isinstance(item, list):  # e.g. sbatchArgs: each argument is passed to a program
            items = [(f"{camel(field.name)}[{i}]", x) for i, x in enumerate(item) if isinstance(x, str)]
        for shown, text in items:
            if field.name in FREE_TEXT:
                check_text(text, shown, nul=True)
            elif field.name in PATH_FIELDS:
                check_path_text(text, shown)
            elif field.name in NAME_FIELDS:
                check_path_text(text, shown)
                check_text(text, shown, max_bytes=255)
            elif field.name in ("command", "feedback_command", "sbatch_args"):
                check_text(text, shown)
            else:
                check_text(text, shown, max_bytes=NAME_BYTES)
