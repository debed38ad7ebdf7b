"""Rich rendering of workspace results for the CLI."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from trainerd.workspace.contract import OutputContract


def print_contract(console: Console, c: OutputContract) -> None:
    table = Table(
        title=f"trainer workspace · {c.target.file}" + (f"::{c.target.symbol}" if c.target.symbol else ""),
        show_header=False,
        title_justify="left",
    )
    table.add_column(style="bold")
    table.add_column()
    table.add_row("workspace", c.workspace.root)
    table.add_row("state", c.workspace.state or ("(unreadable)" if c.workspace.exists else "(not created)"))
    table.add_row(
        "optimization",
        c.optimization.status
        + (f" · iteration {c.optimization.iteration}" if c.optimization.iteration else ""),
    )
    table.add_row("feedback", c.feedback.command or "(not chosen)")
    table.add_row("judge mode", c.decisions.judge_mode or "(not inferred)")
    table.add_row("validation", c.validation.status)
    table.add_row(
        "write-back",
        c.write_back.decision + (f": {c.write_back.justification}" if c.write_back.justification else ""),
    )
    console.print(table)
    if c.blockers:
        blockers = Table(title="blockers", title_justify="left", title_style="bold red")
        blockers.add_column("code", style="red")
        blockers.add_column("problem")
        blockers.add_column("fix")
        for b in c.blockers:
            blockers.add_row(b.code, b.message, (b.fix or "") + (f"\n$ {b.command}" if b.command else ""))
        console.print(blockers)
    for note in c.notes:
        console.print(f"[yellow]note:[/yellow] {note}")
    console.print(f"[bold]next:[/bold] {c.next_action}")
