"""``trainerd surfaces PATH``: the service result for a file or a folder, and its rich rendering."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trainerd.data import to_plain
from trainerd.errors import TrainerError
from trainerd.surface.candidates import is_test_file, project_index, walk_python
from trainerd.surface.service import analyze_path, analyze_text, attach_tests, read_source, syntax_finding


def surfaces(path: Path) -> dict[str, Any]:
    """JSON-ready surfaces of one file (``problem`` set on a syntax error) or of every module in a folder."""
    path = path.resolve()
    if path.is_dir():
        return _folder(path)
    try:
        analysis = analyze_path(path)
    except SyntaxError as exc:
        return {
            "path": str(path),
            "surfaces": [],
            "findings": [],
            "problem": to_plain(syntax_finding(exc, "", editing=False)),
        }
    problem = next((f for f in analysis.findings if f.code == "file_too_large"), None)
    return {
        "path": str(path),
        "notebook": analysis.notebook,
        "surfaces": to_plain(analysis.surfaces),
        "findings": to_plain([f for f in analysis.findings if f is not problem]),
        "problem": to_plain(problem),
    }


def _folder(root: Path) -> dict[str, Any]:
    from trainerd.workspace.target import find_repo_root

    index = project_index(find_repo_root(root))
    refreshed = index.refresh()
    index.parse_all()  # every module is asked about: parse each test file once, up front
    files: list[dict[str, Any]] = []
    skipped: list[dict[str, str]] = []
    for file, _ in sorted(walk_python(root, tests_only=False)):
        name = Path(file).name
        if is_test_file(name) or name == "conftest.py":
            continue
        try:
            analysis = attach_tests(analyze_text(read_source(Path(file)), file), Path(file), index)
        except SyntaxError as exc:
            skipped.append({"path": file, "reason": f"syntax error at line {exc.lineno}: {exc.msg}"})
            continue
        except TrainerError as exc:
            skipped.append({"path": file, "reason": str(exc)})
            continue
        if analysis.surfaces or analysis.findings:
            files.append(
                {
                    "path": file,
                    "surfaces": to_plain(analysis.surfaces),
                    "findings": to_plain(analysis.findings),
                }
            )
    return {
        "path": str(root),
        "files": files,
        "skipped": skipped,
        "test_files": refreshed.files,
        "problem": None,
    }


def print_result(console: Any, result: dict[str, Any]) -> None:
    from rich.markup import escape
    from rich.table import Table

    entries = result.get("files")
    if entries is None:
        entries = [result]
    shown = 0
    for entry in entries:
        table = Table(title=entry["path"], title_justify="left")
        for column in ("lines", "kind", "surface", "lens", "tests / notes"):
            table.add_column(column)
        for s in entry["surfaces"]:
            where = f"{s['start_line']}-{s['end_line']}" + (
                f" (cell {s['cell']})" if s.get("cell") is not None else ""
            )
            kind = s["kind"] + ("" if s["trainable"] or s["kind"] == "candidate" else " (not trainable)")
            notes = ", ".join(s["tests"]) if s["tests"] else (s.get("note") or "")
            table.add_row(
                where,
                kind,
                escape(s["qualname"]),
                "yes" if s["lens"] and (s["trainable"] or s["kind"] == "candidate") else "no",
                notes,
            )
        if entry["surfaces"]:
            console.print(table)
            shown += 1
        for f in entry["findings"]:
            console.print(
                f"[yellow]{f['severity']}[/yellow] "
                + escape(f"{entry['path']}:{f['start_line']}: [{f['code']}] {f['message']}")
            )
    if result.get("problem"):
        p = result["problem"]
        console.print(
            f"[red]{p['severity']}[/red] " + escape(f"{result['path']}:{p['start_line']}: {p['message']}")
        )
    for s in result.get("skipped") or []:
        console.print("[dim]" + escape(f"skipped {s['path']}: {s['reason']}") + "[/dim]")
    if not shown and not result.get("problem"):
        console.print("No Trace surfaces and no tested functions found.")
