"""Rich tables for the training verbs of the CLI."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

_OK = {True: "[green]ok[/green]", False: "[red]warning[/red]", None: "[yellow]?[/yellow]"}


def print_detection(con: Console, result: Any) -> None:
    if result.commands:
        table = Table(title=f"Training commands in {result.root}", show_lines=False)
        table.add_column("#", justify="right")
        table.add_column("command", overflow="fold")
        table.add_column("source")
        table.add_column("notes", overflow="fold")
        table.add_column("configs", overflow="fold")
        import os

        for i, cmd in enumerate(result.commands, 1):
            where = os.path.relpath(cmd.cwd, result.root) if cmd.cwd else "."
            kind = "" if cmd.kind == "train" else f" ({cmd.kind})"
            table.add_row(
                str(i),
                cmd.command + ("" if where == "." else f"\n[dim]in {where}/[/dim]"),
                f"{cmd.source}{kind}\n{cmd.origin}",
                "; ".join(cmd.notes),
                "\n".join(cmd.configs),
            )
        con.print(table)
    else:
        con.print(f"[yellow]{result.message}[/yellow]")
        con.print('Type the command yourself: [bold]trainerd launch "python your_script.py ..."[/bold]')
    if result.configs:
        configs = Table(title="Configs")
        configs.add_column("file")
        configs.add_column("format")
        configs.add_column("used by")
        for cfg in result.configs:
            configs.add_row(cfg.path, cfg.format, ", ".join(cfg.used_by) or "-")
        con.print(configs)
    if result.environment is not None:
        print_environment(con, result.environment)
    for problem in result.problems:
        con.print(f"[yellow]could not read:[/yellow] {problem}")
    con.print(f"[dim]{result.files_scanned} files scanned[/dim]")


def print_environment(con: Console, env: Any) -> None:
    table = Table(title="Environment", show_header=False)
    table.add_column("fact")
    table.add_column("value", overflow="fold")
    table.add_row("python", f"{env.python_version or '?'} ({env.interpreter}, from {env.interpreter_source})")
    for fw in env.frameworks:
        used = f"; imported by {', '.join(fw.imported_by)}" if fw.imported_by else ""
        table.add_row(fw.name, (fw.version or "[red]not installed[/red]") + used)
    table.add_row("CUDA / GPUs", env.cuda.summary)
    table.add_row("wandb", env.wandb.summary)
    table.add_row("TensorBoard", env.tensorboard.summary)
    if getattr(env, "cluster", None) is not None:
        table.add_row("Slurm cluster", env.cluster.summary)
    con.print(table)
    for problem in env.problems:
        con.print(f"[yellow]probe:[/yellow] {problem}")


def print_preflight(con: Console, pre: Any) -> None:
    table = Table(title=f"Pre-flight: {pre.command}  (in {pre.cwd})", show_header=False)
    table.add_column("check")
    table.add_column("")
    table.add_column("summary", overflow="fold")
    for check in pre.checks:
        table.add_row(check.name, _OK[check.ok], check.summary)
    con.print(table)
    for question in pre.questions:
        con.print(f"[cyan]?[/cyan] {question}")
    if pre.warnings:
        con.print(f"[red]{len(pre.warnings)} warning(s):[/red]", highlight=False)
        for warning in pre.warnings:
            con.print(f"  [red]![/red] {warning}", highlight=False)


def print_sessions(con: Console, records: list[Any]) -> None:
    if not records:
        con.print("No training sessions.")
        return
    table = Table(title="Training sessions")
    table.add_column("name", no_wrap=True)  # copied into `trainerd stop NAME`: never wrapped
    table.add_column("status", no_wrap=True)
    for column in ("backend", "started", "command", "attach"):
        table.add_column(column, overflow="fold")
    colours = {"pending": "blue", "running": "green", "exited": "cyan", "killed": "yellow", "lost": "red"}
    for r in records:
        colour = colours.get(r.state, "white")
        backend = f"slurm job {r.job.id}" if getattr(r, "job", None) else r.backend
        table.add_row(
            r.name, f"[{colour}]{r.status}[/{colour}]", backend, r.started_at, r.command, r.attach_command
        )
    con.print(table)


def print_first_sign(con: Console, first: Any) -> None:
    """How the first seconds went: running with its first metrics, crashed (triaged), finished, quiet."""
    colour = {
        "running": "green",
        "finished": "green",
        "crashed": "red",
        "quiet": "yellow",
        "pending": "yellow",
    }
    con.print(f"[{colour.get(first.outcome, 'white')}]{first.summary}[/]", highlight=False)
    report = first.triage
    if report is not None and report.errors:
        root = report.errors[report.root_cause if report.root_cause is not None else 0]
        for text in (root.explanation, root.fix):
            if text:
                con.print(f"  {text}", highlight=False, markup=False)


def print_launch(con: Console, result: Any) -> None:
    s = result.session
    say = lambda text: con.print(text, highlight=False)  # noqa: E731 - names and paths stay uncoloured
    if result.first_sign is not None:
        print_first_sign(con, result.first_sign)
    if getattr(s, "job", None) is not None and s.state in ("pending", "running"):
        say(f"[green]Submitted as Slurm job {s.job.id}:[/green] [bold]{s.name}[/bold] ({s.status})")
        if s.state == "pending":
            say(f"  {s.message}")
        say(f"  Script: {s.job.script}")
        say(f"  Follow: trainerd attach {s.name}   ({s.attach_command})")
        say("  List:   trainerd sessions")
        say(f"  Stop:   trainerd stop {s.name}   (scancel {s.job.id})")
        say(f"  Log:    {s.log_path}")
        return
    if s.state == "running":
        say(f"[green]Training launched in {s.backend} session:[/green] [bold]{s.name}[/bold]")
        say(f"  Attach: {s.attach_command}")
        say("  Detach: " + ("Ctrl+B, then D" if s.backend == "tmux" else "Ctrl+A, then D"))
        say("  List:   trainerd sessions")
        say(f"  Stop:   trainerd stop {s.name}")
        say(f"  Log:    {s.log_path}")
        return
    if s.exit_code == 0:
        say(f"[green]The command already finished: {s.status}[/green]  ({s.name})")
    else:
        when = "" if result.first_sign is not None else " at once"
        say(f"[red]The command ended{when}: {s.status}[/red]  ({s.name})")
    if result.output_tail.strip():
        say("[bold]Output:[/bold]")
        con.print(result.output_tail.rstrip(), markup=False, highlight=False)
    say(f"  Log: {s.log_path}")
    if s.exit_code != 0:
        say(f"  Fix it, then: trainerd restart {s.name}")
