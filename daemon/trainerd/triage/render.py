"""Rich output of triage and monitor results for people (the CLI's non-JSON form)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel

_KIND_STYLE = {"runtime": "red", "logic": "yellow", "unknown": "magenta"}


def print_report(con: Console, report: Any) -> None:
    con.print(f"[bold]{escape(report.summary)}[/bold]")
    for i, t in enumerate(report.errors):
        style = _KIND_STYLE.get(t.kind, "white")
        title = f"{'ROOT CAUSE  ' if t.root_cause else ''}{t.kind}" + (
            f" / {t.category}" if t.category else ""
        )
        where = f"{t.frame.file}:{t.frame.line}" if t.frame else "(no frame in your code)"
        rank = f"  rank {t.rank}" if t.rank is not None else ""
        lines = [
            f"[bold]{escape(t.exception)}[/bold] at {escape(where)}{rank}  (log lines {t.log_lines.get('start')}-"
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
        con.print(Panel("\n".join(lines), title=f"[{style}]{i + 1}. {title}[/{style}]", title_align="left"))


def print_monitor(con: Console, result: Any) -> None:
    con.print(f"[bold]{escape(result.summary)}[/bold]")
    for flag in result.flags:
        cites = ", ".join(str(c.get("line")) for c in flag.cites[:6] if c.get("line") is not None)
        src = {c.get("source") for c in flag.cites}
        where = f"log lines {cites}" if cites else ", ".join(sorted(s for s in src if s))
        con.print(
            f"[yellow]{flag.kind}[/yellow] ({flag.severity}): {escape(flag.message)}  [dim]{escape(where)}[/dim]"
        )
