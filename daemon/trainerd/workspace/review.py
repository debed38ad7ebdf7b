"""The engineering review checkpoint, ``engineer-prompt/review.md``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trainerd.errors import TrainerError
from trainerd.surface import TargetCheck, analyze_source, check_target
from trainerd.workspace.blockers import Blocker
from trainerd.workspace.status import utc_now
from trainerd.workspace.target import read_source, symbols_in

if TYPE_CHECKING:
    from trainerd.workspace.service import Workspace


def describe_surface(ws: Workspace, check: TargetCheck | None = None) -> list[str]:
    """Lines describing the trainable surface as far as static analysis knows it."""
    try:
        source = read_source(ws.target.file)  # in its declared encoding, as Python reads it
    except TrainerError as exc:
        return [f"- The target could not be read: {exc}."]
    lines: list[str] = []
    try:
        analysis = analyze_source(source, str(ws.target.file))
    except SyntaxError as exc:
        where = f" at line {exc.lineno}" if exc.lineno else ""  # a NUL byte has no line
        return [f"- The target has a syntax error{where}: {exc.msg}. Fix it before optimizing."]
    for s in analysis.surfaces:
        if (
            ws.target.symbol
            and s.qualname != ws.target.symbol
            and not s.qualname.startswith(ws.target.symbol + ".")
        ):
            continue
        lines.append(f"- `{s.qualname}`: {s.kind} (lines {s.start_line}-{s.end_line})")
    if not lines:
        try:
            spans = symbols_in(source)
        except SyntaxError as exc:
            return [
                f"- The target has a syntax error{f' at line {exc.lineno}' if exc.lineno else ''}: {exc.msg}. "
                "Fix it before optimizing."
            ]
        if ws.target.symbol:
            start, end = spans[ws.target.symbol]
            lines.append(
                f"- `{ws.target.symbol}` (lines {start}-{end}) has no Trace decoration: it is a candidate surface; "
                "the worker wraps it with `trace.bundle(trainable=True)` at run time."
            )
        else:
            lines.append(
                "- No Trace node, bundle or model found and no symbol named: name one with `file.py::symbol`."
            )
    if check is not None and check.parameters:
        shown = ", ".join(f"`{p.qualname}` ({p.kind}, line {p.line})" for p in check.parameters[:12])
        more = f" and {len(check.parameters) - 12} more" if len(check.parameters) > 12 else ""
        lines.append(f"- Trainable parameters (what the optimizer may change): {shown}{more}.")
    if check is not None and (check.reads.helpers or check.reads.globals):
        parts = []
        if check.reads.helpers:
            parts.append("helpers " + ", ".join(f"`{h.name}`" for h in check.reads.helpers))
        if check.reads.globals:
            parts.append("globals " + ", ".join(f"`{g.name}`" for g in check.reads.globals))
        lines.append(f"- It reads (shown to the optimizer, never changed): {'; '.join(parts)}.")
    return lines


def _check(ws: Workspace) -> TargetCheck | None:
    try:
        return check_target(ws.target.file, ws.target.symbol)
    except TrainerError:
        return None


def render_review(
    ws: Workspace, status: dict[str, Any], feedback_command: str | None, blockers: list[Blocker]
) -> str:
    """The review document: target, trainable surface, feedback signal, open risks, sign-off."""
    t = ws.target
    feedback = feedback_command or status.get("feedback_command")
    check = _check(ws)
    risks = [f"- {b.code}: {b.message}" for b in blockers]
    known = {b.code for b in blockers}
    for r in check.refusals if check is not None else []:
        if r.code not in known:
            risks.append(
                f"- {r.code}: {r.message} {r.fix}" + (" (can be overridden)" if r.overridable else "")
            )
    risks = risks or ["- None recorded by trainerd yet."]
    if ws.source_changed(status):
        risks.append("- The target changed since the workspace snapshot.")
    parts = [
        f"# Engineering review: {t.spec()}",
        "",
        f"Written by trainerd on {utc_now()}. Edit freely: its presence is the checkpoint.",
        "",
        "## Target",
        f"- File: `{t.rel(t.file)}`",
        f"- Symbol: `{t.symbol}`" if t.symbol else "- Symbol: (whole file)",
        f"- Workspace: `{t.rel(ws.root)}`",
        "",
        "## Trainable surface",
        *describe_surface(ws, check),
        "",
        "## Feedback signal",
        f"- Command: `{feedback}`"
        if feedback
        else "- Command: not chosen yet (pytest on the tests that exercise the target by default).",
        "- It must give the same verdict twice on the original code (checked before optimizing).",
        "",
        "## Open risks",
        *risks,
        "",
        "## Sign-off",
        "- [ ] The surface is the smallest one that gives attributable feedback.",
        "- [ ] The feedback signal measures what should improve, and nothing the change must not touch.",
        "",
    ]
    return "\n".join(parts)
