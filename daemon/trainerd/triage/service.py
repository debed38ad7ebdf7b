"""What the CLI and the language server call: classify a text (with fixes), apply a confirmed fix."""

from __future__ import annotations

import sys
from pathlib import Path

import attrs

from trainerd.errors import TrainerError
from trainerd.triage.classify import Triage, classify_text
from trainerd.triage.fixes import FixContext, apply_fix, propose

MAX_TEXT = 50_000_000


@attrs.define
class TriageReport:
    """Every error found, the root cause's index, and a one-line summary."""

    errors: list[Triage]
    root_cause: int | None
    summary: str
    source: str | None = None


def _summary(errors: list[Triage], root: int | None) -> str:
    if not errors:
        return "No traceback or error found."
    r = errors[root] if root is not None else errors[0]
    kinds = {"runtime": "a runtime bug", "logic": "a logic change", "unknown": "unknown"}
    where = f" at {r.frame.file}:{r.frame.line}" if r.frame else ""
    more = f" ({len(errors)} errors in all)" if len(errors) > 1 else ""
    cat = f"{r.category}, " if r.category else ""
    return f"Root cause: {r.exception.rsplit('.', 1)[-1]}{where} ({cat}{kinds[r.kind]}){more}."


def triage_text(
    text: str,
    cwd: str | Path | None = None,
    command: str | None = None,
    session_dir: str | Path | None = None,
    python: str | None = None,
    source: str | None = None,
) -> TriageReport:
    """Extract and classify every error in ``text``; runtime errors get a fix proposal (or "reassess")."""
    if not isinstance(text, str):
        raise TrainerError("text must be a string", field="text")
    if len(text) > MAX_TEXT:
        raise TrainerError(f"text is {len(text)} characters; the limit is {MAX_TEXT}", field="text")
    errors = classify_text(text)
    ctx = FixContext(
        cwd=Path(cwd).resolve() if cwd else Path.cwd(),
        command=command,
        session_dir=Path(session_dir) if session_dir else None,
        python=python,
    )
    for triage in errors:
        propose(triage, ctx)
    root = next((i for i, t in enumerate(errors) if t.root_cause), None)
    return TriageReport(errors=errors, root_cause=root, summary=_summary(errors, root), source=source)


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


def apply(
    fix: dict,
    cwd: str | Path,
    triage: dict | None = None,
    session_dir: str | Path | None = None,
    command: str | None = None,
    editor_applied: bool = False,
) -> dict:
    """Apply a fix the user confirmed; record it in ``<session_dir>/fixes.json`` when a session is given."""
    root = Path(cwd)
    if not root.is_dir():
        raise TrainerError(f"{cwd} is not a directory", field="cwd")
    ctx = FixContext(
        cwd=root.resolve(), command=command, session_dir=Path(session_dir) if session_dir else None
    )
    return apply_fix(fix, ctx, triage, editor_applied=editor_applied)
