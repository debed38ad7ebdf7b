"""The messages between the engine and its worker (``python -m trainerd.optimize.worker``), typed.

Both sides import this module (attrs only: the worker runs in the project's interpreter). A request is
``method`` + one params class; the answer is the matching reply class, structured with
:func:`decode`. Every reply may carry ``error`` (the request failed; the message says why) and the
worker never answers with a JSON-RPC error for a problem in user code.

Methods (engine -> worker): ``initialize``, ``evaluate``, ``prompt``, ``complete``, ``shutdown``.
Notifications (worker -> engine): ``progress`` (:class:`Progress`).
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs
import cattrs

# the engine <-> worker protocol version: a worker from another trainerd refuses to start
PROTOCOL_VERSION = 2


@attrs.define
class InitializeParams:
    project_root: str
    target_file: str
    symbol: str | None = None
    pytest_args: list[str] = attrs.Factory(list)  # the feedback command's pytest arguments
    test_timeout: float = 60.0
    protocol: int = PROTOCOL_VERSION


@attrs.define
class InitializeReply:
    pid: int
    python: str
    opto_version: str | None = None
    protocol: int = PROTOCOL_VERSION
    error: str | None = None


@attrs.define
class EvaluateParams:
    """Run the suite on ``source`` (the whole target file's text) with the plain compiled target.

    ``cases``: node ids to keep (``None``: every collected test); ``pytest_args`` replaces the
    initialize arguments (e.g. the affected test files); ``count_calls`` counts the target's calls per
    test (plain function targets); ``overlay``: a file holding ``source`` that subprocesses of the tests
    load instead of the target (``python -m pkg`` in a test sees the candidate)."""

    source: str
    cases: list[str] | None = None
    pytest_args: list[str] | None = None
    count_calls: bool = False
    overlay: str | None = None
    exclude: list[str] = attrs.Factory(list)  # node ids to leave out (already run on this code)


@attrs.define
class CaseVerdict:
    id: str
    outcome: str  # passed | failed | error | timeout | skipped
    message: str = ""
    duration: float = 0.0


@attrs.define
class SuiteReply:
    cases: list[CaseVerdict] = attrs.Factory(list)
    collection_errors: list[str] = attrs.Factory(list)
    duration: float = 0.0
    exit_code: int | None = None  # pytest's own exit status


@attrs.define
class EvaluateReply:
    suite: SuiteReply = attrs.Factory(SuiteReply)
    calls: dict[str, int] = attrs.Factory(dict)  # test id -> calls of the target (count_calls)
    error: str | None = None


@attrs.define
class Parameter:
    """One trainable parameter of the target, as the optimizer sees it."""

    key: str  # stable across processes: code:<qualname> | node:<scope>#<n>
    py_name: str  # the optimizer's variable name (e.g. __code0, float0)
    kind: str  # code | node
    value: Any = None
    constraint: str | None = None


@attrs.define
class PromptParams:
    """Run ``cases`` through Trace on ``source`` and build the optimizer's prompt from their outputs
    and ``feedback`` (written by the engine from the plain evaluation)."""

    source: str
    cases: list[str]
    feedback: str
    optimizer: str = "OptoPrime"
    objective: str | None = None
    overlay: str | None = None
    pytest_args: list[str] | None = None


@attrs.define
class PromptReply:
    kind: str = "unknown"  # trace | plain_function | plain_method
    parameters: list[Parameter] = attrs.Factory(list)
    messages: list[dict[str, Any]] = attrs.Factory(list)
    suite: SuiteReply = attrs.Factory(SuiteReply)  # the verdicts of the traced cases
    outputs: int = 0  # target outputs that reached the prompt
    context: str = ""  # the read-only context put in the prompt (helpers, globals)
    error: str | None = None


@attrs.define
class CompleteParams:
    """One ``litellm:`` completion, made in a child of the worker (LiteLLM never loads elsewhere)."""

    model: str
    messages: list[dict[str, Any]]
    max_tokens: int = 4096
    json: bool = True


@attrs.define
class CompleteReply:
    content: str | None = None
    followup: str | None = None  # the model did not answer: the reason (a manual follow-up)
    error: str | None = None


@attrs.define
class Progress:
    """``progress`` notification: ``pytest_start`` (collection begins), ``test_start`` (with ``id``),
    ``tests_done``."""

    event: str
    id: str | None = None


_converter = cattrs.Converter(forbid_extra_keys=False)
T = TypeVar("T")


def encode(value: Any) -> dict[str, Any]:
    """A message object as JSON-ready data."""
    data = _converter.unstructure(value)
    assert isinstance(data, dict)
    return data


def decode(cls: type[T], data: Any) -> T:
    """Structure received data; a malformed message raises ``ValueError`` naming the problem."""
    try:
        return _converter.structure(data if data is not None else {}, cls)
    except Exception as exc:  # cattrs raises several kinds
        raise ValueError(f"malformed {cls.__name__}: {exc}") from None
