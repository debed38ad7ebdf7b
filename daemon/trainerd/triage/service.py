"""What the CLI and the language server call: classify a text (with fixes), apply a confirmed fix."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from trainerd.errors import TrainerError
from trainerd.project import layout
from trainerd.triage.classify import Triage, classify_text, classify_windows, frame_at, shown_name
from trainerd.triage.fixes import FixContext, apply_fix, propose

MAX_TEXT = 50_000_000  # characters of text sent over the wire; files of any size are streamed
LARGE_FILE = 8 << 20  # bytes: above this a file is sampled (longlog), not read whole
# a text holds training metrics worth the monitor's look
# (the monitor's own words for a loss: TensorFlow 1's and Theano's "cost"; a step counted as "iter")
_METRIC_HINT = re.compile(
    r"loss|grad[_ ]norm|learning[_ ]rate|\blr\b|it/s|s/it|epoch|\bstep\b|\bcost\b|\biter", re.I
)
# \Z, not $: "$" also matches before a final newline ("name\n" would pass)
_SESSION_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}\Z")


@attrs.define
class TriageReport:
    """Every error found, the root cause's index, and a one-line summary."""

    errors: list[Triage]
    root_cause: int | None
    summary: str
    source: str | None = None
    cwd: str | None = None
    session_dir: str | None = None
    command: str | None = None
    monitor_flags: list[Any] = attrs.Factory(list)
    sampled: dict[str, Any] | None = None  # a long log: what was read whole and what was streamed


@attrs.define
class SessionContext:
    """What a session's record says about where its command runs (for fixes and restarts)."""

    directory: Path
    cwd: Path | None = None
    command: str | None = None
    python: str | None = None
    env: dict[str, str] = attrs.Factory(dict)


def _summary(errors: list[Triage], root: int | None, flags: list[Any]) -> str:
    flagged = ""
    if flags:
        cites = []
        for f in flags[:4]:
            line = next((c.get("line") for c in f.cites if c.get("line") is not None), None)
            cites.append(f"{f.kind}" + (f" (line {line})" if line is not None else ""))
        flagged = "the training monitor flags " + ", ".join(cites) + ("…" if len(flags) > 4 else "")
    if not errors:
        return f"No traceback or error found; {flagged}." if flagged else "No traceback or error found."
    r = errors[root] if root is not None else errors[0]
    kinds = {"runtime": "a runtime bug", "logic": "a logic change", "unknown": "unknown"}
    where = frame_at(r.frame)
    more = f" ({len(errors)} errors in all)" if len(errors) > 1 else ""
    cat = f"{r.category}, " if r.category else ""
    text = f"Root cause: {shown_name(r)}{where} ({cat}{kinds[r.kind]}){more}."
    others = {e.rank for e in errors if e.rank is not None and e is not r and e.rank != r.rank}
    stopped = any(e.consequence for e in errors if e is not r)
    if r.rank is not None and (others or stopped):
        text += f" Rank {r.rank} failed first; the others were stopped by the launcher."
    if flagged:
        text += f" Also, {flagged}."
    return text


# the training monitor's reader of a pasted text: ``trainerd.monitor.flags_for_text``. The
# faces pass it in (the training package already builds on triage; triage must not import it back).
FlagReader = Callable[..., list[Any]]


def monitor_flags(
    text: str, command: str | None = None, first_line: int = 1, reader: FlagReader | None = None
) -> list[Any]:
    """The training monitor's flags over the metric lines of ``text`` (NaN/inf, spikes, plateaus,
    pitfalls): the one place triage asks the monitor (``reader``). ``first_line``: the log line ``text``
    starts at (its citations are moved there)."""
    if reader is None or not _METRIC_HINT.search(text):
        return []
    flags = reader(text, command=command)
    if first_line > 1:
        for flag in flags:
            for cite in flag.cites:
                if isinstance(cite.get("line"), int):
                    cite["line"] += first_line - 1
    return flags


def session_context(root: str | Path, name: str) -> SessionContext:
    """The session ``name`` under project ``root``; ``TrainerError`` (field ``session``) when there is none."""
    if not isinstance(name, str) or not _SESSION_NAME.match(name):
        raise TrainerError(f"not a session name: {name!r}", field="session")
    directory = layout.session_dir(Path(root), name)
    try:
        record = json.loads((directory / layout.SESSION_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TrainerError(f"no session {name!r} in {root}", field="session") from None
    except (OSError, ValueError) as exc:
        raise TrainerError(
            f"session {name!r}: unreadable {layout.SESSION_FILE}: {exc}", field="session"
        ) from None
    if not isinstance(record, dict):
        raise TrainerError(f"session {name!r}: {layout.SESSION_FILE} is not an object", field="session")
    python, env = _session_environment(record)
    cwd = record.get("cwd")
    return SessionContext(
        directory=directory,
        cwd=Path(cwd) if isinstance(cwd, str) and cwd else None,
        command=record.get("command") if isinstance(record.get("command"), str) else None,
        python=python,
        env=env,
    )


def _session_environment(record: dict[str, Any]) -> tuple[str | None, dict[str, str]]:
    """The interpreter and environment variables a session's launch recorded (``session.json``'s
    ``environment``: ``interpreter``, ``variables``); none for records from before it was kept."""
    environment = record.get("environment")
    if not isinstance(environment, dict):
        return None, {}
    python = environment.get("interpreter")
    variables = environment.get("variables")
    env = {str(k): str(v) for k, v in variables.items()} if isinstance(variables, dict) else {}
    return (python if isinstance(python, str) and python else None), env


def _read_session_record(session_dir: str | Path) -> dict[str, Any]:
    try:
        record = json.loads((Path(session_dir) / layout.SESSION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def triage_text(
    text: str,
    cwd: str | Path | None = None,
    command: str | None = None,
    session_dir: str | Path | None = None,
    python: str | None = None,
    source: str | None = None,
    model: str | None = None,
    completer: Any = None,
    monitor: FlagReader | None = None,
) -> TriageReport:
    """Extract and classify every error in ``text``; runtime errors get a fix proposal (or "reassess");
    an ``unknown`` root cause gets the ``model``'s second opinion when one is configured."""
    if not isinstance(text, str):
        raise TrainerError("text must be a string", field="text")
    if len(text) > MAX_TEXT:
        raise TrainerError(f"text is {len(text)} characters; the limit is {MAX_TEXT}", field="text")
    report = _report(classify_text(text), text, 1, cwd, command, session_dir, python, source, monitor=monitor)
    return _with_opinion(report, model, completer, text)


def _report(
    errors: list[Triage],
    metrics_text: str,
    metrics_first_line: int,
    cwd: str | Path | None,
    command: str | None,
    session_dir: str | Path | None,
    python: str | None,
    source: str | None,
    sampled: dict[str, Any] | None = None,
    monitor: FlagReader | None = None,
) -> TriageReport:
    ctx = FixContext(
        cwd=Path(cwd).resolve() if cwd else Path.cwd(),
        command=command,
        session_dir=Path(session_dir) if session_dir else None,
        python=python,
    )
    for triage in errors:
        propose(triage, ctx)
    root = next((i for i, t in enumerate(errors) if t.root_cause), None)
    flags = monitor_flags(metrics_text, command, metrics_first_line, monitor)
    return TriageReport(
        errors=errors,
        root_cause=root,
        summary=_summary(errors, root, flags),
        source=source,
        cwd=str(ctx.cwd),
        session_dir=str(ctx.session_dir) if ctx.session_dir else None,
        command=command,
        monitor_flags=flags,
        sampled=sampled,
    )


def _with_opinion(
    report: TriageReport,
    model: str | None,
    completer: Any,
    text: str | None = None,
    first_line: int = 1,
) -> TriageReport:
    """Ask the configured model about an ``unknown`` root cause (labelled, never a fix), shown the part of the pasted
    ``text`` (starting at log line ``first_line``) around it."""
    if not model or model.strip() == "manual" or report.root_cause is None:
        return report
    root = report.errors[report.root_cause]
    if root.kind != "unknown":
        return report
    from trainerd.triage.opinion import ask_with, context_of, second_opinion

    ask = ask_with(model, Path(report.cwd) if report.cwd else None, completer)
    root.opinion = second_opinion(root, ask, context_of(root, text, first_line) if text else None)
    return report


def triage_file(
    path: str | Path,
    cwd: str | Path | None = None,
    command: str | None = None,
    session_dir: str | Path | None = None,
    python: str | None = None,
    model: str | None = None,
    completer: Any = None,
    monitor: FlagReader | None = None,
) -> TriageReport:
    """Triage a log file of any size: small ones are read whole; large ones are streamed once,
    keeping the lines around anything error-like and the tail (memory does not grow with the log)."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise TrainerError(f"{path}: cannot read: {exc.strerror}", field="file") from None
    if size <= LARGE_FILE:
        return triage_text(
            read_source(str(p)),
            cwd,
            command,
            session_dir,
            python,
            source=str(p),
            model=model,
            completer=completer,
            monitor=monitor,
        )
    from trainerd.triage import longlog

    try:
        sample = longlog.sample(p)
    except OSError as exc:
        raise TrainerError(f"{path}: cannot read: {exc.strerror}", field="file") from None
    errors = classify_windows((w.first, w.text) for w in sample.windows)
    tail = sample.windows[-1]
    info = {
        "lines": sample.lines,
        "bytes": sample.size,
        "windows": len(sample.windows) - 1,
        "dropped_windows": sample.dropped_windows,
        "tail_from_line": sample.tail_first,
        "note": (
            f"a {sample.size / 1e6:.0f} MB log: the lines around every error-like line and the last "
            f"{sample.lines - sample.tail_first + 1} lines were read; the monitor read those last lines"
        ),
    }
    report = _report(
        errors, tail.text, tail.first, cwd, command, session_dir, python, str(p), info, monitor=monitor
    )
    # the model is shown the window the root cause was read in (a long log is never held whole)
    root_start = (
        report.errors[report.root_cause].log_lines.get("start", 0) if report.root_cause is not None else 0
    )
    window = next(
        (w for w in sample.windows if w.first <= root_start < w.first + w.text.count("\n") + 1), tail
    )
    return _with_opinion(report, model, completer, window.text, window.first)


def triage_request(
    text: str | None = None,
    path: str | Path | None = None,
    root: str | Path | None = None,
    cwd: str | Path | None = None,
    command: str | None = None,
    session: str | None = None,
    session_dir: str | Path | None = None,
    model: str | None = None,
    completer: Any = None,
    monitor: FlagReader | None = None,
) -> TriageReport:
    """One triage as either face asks for it: ``text`` or the file at ``path``; relative ``path``/``cwd``
    against ``root`` (the project); ``session`` names a session under ``root`` whose record supplies the
    working directory, command and interpreter and whose ``fixes.json`` holds the fix history (or give
    the session's folder as ``session_dir``)."""
    base = Path(root) if root else None
    if text is None and path is None:
        raise TrainerError("one of 'text', 'uri' or 'path' is required", field="text")
    source = None
    if text is None:
        p = Path(path)  # type: ignore[arg-type]
        if not p.is_absolute() and base is not None:
            p = base / p
        source = str(p)
    ctx = session_context(base, session) if session and base is not None else None
    if session and base is None:
        raise TrainerError("a session needs a workspace folder to look in", field="session")
    where = Path(cwd) if cwd else (ctx.cwd if ctx and ctx.cwd else base)
    if where is not None and not where.is_absolute() and base is not None:
        where = base / where
    if where is not None and not where.is_dir():
        raise TrainerError(f"{cwd} is not a directory", field="cwd")
    if text is None:
        assert source is not None
        if not Path(source).exists():
            raise TrainerError(f"{source}: no such file", field="file")
        if Path(source).is_dir():
            raise TrainerError(
                f"{source} is a directory; give a log file or - for standard input", field="file"
            )
        return triage_file(
            source,
            cwd=where,
            command=command or (ctx.command if ctx else None),
            session_dir=ctx.directory if ctx else session_dir,
            python=ctx.python if ctx else None,
            model=model,
            completer=completer,
            monitor=monitor,
        )
    return triage_text(
        text,
        cwd=where,
        command=command or (ctx.command if ctx else None),
        session_dir=ctx.directory if ctx else session_dir,
        python=ctx.python if ctx else None,
        source=source,
        model=model,
        completer=completer,
        monitor=monitor,
    )


def read_source(spec: str) -> str:
    """The text of FILE, or of standard input for ``-``."""
    if spec == "-":
        return sys.stdin.read()
    path = Path(spec)
    if not path.exists():
        raise TrainerError(f"{spec}: no such file", field="file")
    if path.is_dir():
        raise TrainerError(f"{spec} is a directory; give a log file or - for standard input", field="file")
    try:
        with open(path, encoding="utf-8", errors="replace", newline="") as fh:  # keep "\r" as written
            return fh.read()
    except OSError as exc:
        raise TrainerError(f"{spec}: cannot read: {exc.strerror}", field="file") from None


def pick_error(report: TriageReport, index: int | None = None) -> Triage:
    """The error ``index`` (0-based) of ``report``, by default its root cause."""
    if not report.errors:
        raise TrainerError("no traceback or error found in the log", field="file")
    if index is None:
        return report.errors[report.root_cause if report.root_cause is not None else 0]
    if not 0 <= index < len(report.errors):
        raise TrainerError(f"there are {len(report.errors)} errors; no error {index + 1}", field="error")
    return report.errors[index]


def apply(
    fix: dict,
    cwd: str | Path,
    triage: dict | Any | None = None,
    session_dir: str | Path | None = None,
    command: str | None = None,
    editor_applied: bool = False,
    python: str | None = None,
) -> dict:
    """Apply a fix the user confirmed; record it in ``<session_dir>/fixes.json`` when a session is given."""
    root = Path(cwd)
    if not root.is_dir():
        raise TrainerError(f"{cwd} is not a directory", field="cwd")
    if isinstance(triage, Triage):
        triage = {
            "signature": triage.signature,
            "category": triage.category,
            "exception": triage.exception,
            "message": triage.message[:500],
            "frame": attrs.asdict(triage.frame) if triage.frame else None,
        }
    env = None
    if session_dir:
        session_python, variables = _session_environment(_read_session_record(session_dir))
        python = python or session_python
        env = variables or None
    ctx = FixContext(
        cwd=root.resolve(),
        command=command,
        session_dir=Path(session_dir) if session_dir else None,
        python=python,
        env=env,
    )
    return apply_fix(fix, ctx, triage, editor_applied=editor_applied)
