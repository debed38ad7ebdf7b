"""Rich rendering of ``trainerd surfaces`` (the CLI's face; ``--json`` prints the service result)."""

from __future__ import annotations

from typing import Any

from trainerd.surface.model import FileSurfaces, FolderSurfaces

SHOWN_SKIPPED = 12  # test files are many: the rest is counted (all of them are in --json)


def print_result(console: Any, result: FileSurfaces | FolderSurfaces) -> None:
    from rich.markup import escape
    from rich.table import Table

    entries = result.files if isinstance(result, FolderSurfaces) else [result]
    shown = 0
    for entry in entries:
        table = Table(title=entry.path + (" (notebook)" if entry.notebook else ""), title_justify="left")
        for column in ("lines", "kind", "surface", "lens", "tests / notes"):
            table.add_column(column)
        for s in entry.surfaces:
            where = f"{s.start_line}-{s.end_line}" + (f" (cell {s.cell})" if s.cell is not None else "")
            kind = s.kind + ("" if s.trainable or s.kind == "candidate" else " (not trainable)")
            notes = ", ".join(s.tests) if s.tests and s.lens else (s.note or ", ".join(s.tests))
            table.add_row(where, kind, escape(s.qualname), "yes" if s.lens else "no", escape(notes or ""))
        if entry.surfaces:
            console.print(table)
            shown += 1
        for f in entry.findings:
            where = f"{entry.path}:{f.start_line}" + (f" (cell {f.cell})" if f.cell is not None else "")
            console.print(f"[yellow]{f.severity}[/yellow] " + escape(f"{where}: [{f.code}] {f.message}"))
        if entry.problem is not None and isinstance(result, FolderSurfaces):
            console.print(
                f"[red]{entry.problem.severity}[/red] " + escape(f"{entry.path}: {entry.problem.message}")
            )
    if result.problem is not None:
        p = result.problem
        console.print(f"[red]{p.severity}[/red] " + escape(f"{result.path}:{p.start_line}: {p.message}"))
    if isinstance(result, FolderSurfaces):
        tests = [s for s in result.skipped if s.reason.startswith("test file")]
        other = [s for s in result.skipped if not s.reason.startswith("test file")]
        for skipped in other:
            console.print("[dim]" + escape(f"skipped {skipped.path}: {skipped.reason}") + "[/dim]")
        if tests:
            names = ", ".join(s.path for s in tests[:SHOWN_SKIPPED])
            more = f" and {len(tests) - SHOWN_SKIPPED} more" if len(tests) > SHOWN_SKIPPED else ""
            console.print(
                "[dim]"
                + escape(f"skipped {len(tests)} test files (the feedback, not targets): {names}{more}")
                + "[/dim]"
            )
        console.print(
            f"[dim]{result.scanned} modules and notebooks scanned, {len(result.files)} with surfaces or findings[/dim]"
        )
    if not shown and result.problem is None:
        console.print("No Trace surfaces and no tested functions found.")
