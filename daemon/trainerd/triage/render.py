"""Rich output of triage and monitor results for people (the CLI's non-JSON form)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel

from trainerd.triage.classify import WORDS_SHAPES, frame_at, shown_name

_KIND_STYLE = {"runtime": "red", "logic": "yellow", "unknown": "magenta"}


def print_report(con: Console, report: Any) -> None:
    con.print(f"[bold]{escape(report.summary)}[/bold]")
    for i, t in enumerate(report.errors):
        style = _KIND_STYLE.get(t.kind, "white")
        title = f"{'ROOT CAUSE  ' if t.root_cause else ''}{t.kind}" + (
            f" / {t.category}" if t.category else ""
        )
        where = f" at {t.frame.file}:{t.frame.line}" if t.frame else " at (no frame in your code)"
        if t.frame is None and any(s in t.shapes for s in WORDS_SHAPES):
            where = ""  # words, not a program's output: there was never a frame to show
        rank = f"  rank {t.rank}" if t.rank is not None else ""
        lines = [
            f"[bold]{escape(shown_name(t, qualified=True))}"
            f"[/bold]{escape(where)}{rank}  (log lines {t.log_lines.get('start')}-"
            f"{t.log_lines.get('end')})",
            escape(t.explanation),
        ]
        if t.reassess:
            lines.append(f"[bold red]{escape(t.reassess['message'])}[/bold red]")
            for h in t.reassess["history"]:
                lines.append(
                    f"  - {escape(h.get('applied_at', '?'))}: {escape(h.get('fix', {}).get('title', '?'))}"
                )
        elif t.fix:
            lines.append(f"[green]{escape(t.fix)}[/green]")
        if t.consequence and not t.root_cause:
            lines.append("[dim]Probably a consequence of the root cause above.[/dim]")
        if t.opinion and t.opinion.get("text"):
            lines.append(f"[cyan]{escape(t.opinion['label'])}:[/cyan] {escape(t.opinion['text'])}")
        elif t.opinion and t.opinion.get("note"):
            lines.append(f"[dim]{escape(t.opinion['note'])}[/dim]")
        looked = t.details.get("looked_at") if t.kind == "unknown" else None
        if looked:
            lines.append(
                f"[dim]Looked at log lines {looked['lines'][0]}-{looked['lines'][1]}: "
                f"{escape('; '.join(looked['exceptions']))}[/dim]"
            )
        con.print(Panel("\n".join(lines), title=f"[{style}]{i + 1}. {title}[/{style}]", title_align="left"))
    for flag in getattr(report, "monitor_flags", None) or []:
        cites = ", ".join(str(c.get("line")) for c in flag.cites[:6] if c.get("line") is not None)
        con.print(
            f"[yellow]monitor: {flag.kind}[/yellow] ({flag.severity}): {escape(flag.message)}"
            + (f"  [dim]log lines {cites}[/dim]" if cites else "")
        )
    if getattr(report, "sampled", None):
        con.print(f"[dim]{escape(report.sampled['note'])}[/dim]")


def print_proposal(con: Console, error: Any) -> None:
    """The fix about to be applied, as the user confirms it."""
    where = frame_at(error.frame)
    con.print(f"[bold]{escape(error.exception.rsplit('.', 1)[-1])}{escape(where)}[/bold] ({error.category})")
    con.print(escape(error.explanation))
    con.print(f"[green]{escape(error.fix or '')}[/green]")
    for edit in error.proposal.get("edits", []):
        con.print(
            f"  {escape(edit['file'])}:{edit['line']}: {escape(edit['old'])!r} -> {escape(edit['new'])!r}"
        )
    if error.proposal.get("command"):
        con.print(f"  runs: {escape(' '.join(error.proposal['command']))}")
    if error.proposal.get("new_command"):
        con.print(f"  restart with: {escape(error.proposal['new_command'])}")


def print_no_fix(con: Console, error: Any) -> None:
    con.print(f"[bold]{escape(error.explanation)}[/bold]")
    con.print(escape(error.fix or "trainerd offers no fix for this error; nothing was changed."))


def print_applied(con: Console, record: dict) -> None:
    fix = record.get("fix", {})
    if record.get("ok"):
        con.print(f"[green]Applied:[/green] {escape(fix.get('title', ''))}")
    else:
        con.print(f"[red]Not done:[/red] {escape(fix.get('title', ''))}")
    if record.get("output"):
        con.print(escape(record["output"][-2000:]))
    if record.get("restart_command"):
        con.print(f"Restart with: {escape(record['restart_command'])}")
