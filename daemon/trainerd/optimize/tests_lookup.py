"""Which tests exercise a target (:func:`trainerd.surface.tests_for_target`, with a small static
fallback when that analysis fails), and which tests a change to it could affect
(:func:`affected_tests`: the test files that import its module, directly or not)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any


def _fallback(project_root: Path, target_file: Path, symbol: str | None) -> list[Path]:
    module = target_file.stem
    name = (symbol or "").split(".")[0]
    imports = re.compile(
        rf"^\s*(from\s+[\w.]*\b{re.escape(module)}\b\s+import|import\s+[\w.]*\b{re.escape(module)}\b)",
        re.MULTILINE,
    )
    found: list[Path] = []
    for entry in _python_files(project_root):
        if not _is_test_file(entry):
            continue
        try:
            text = entry.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if imports.search(text) and (not name or re.search(rf"\b{re.escape(name)}\b", text)):
            found.append(entry)
    return sorted(found)


def tests_for_target(project_root: Path, target_file: Path, symbol: str | None) -> list[Path]:
    """Test files (or ``file::test`` node ids) exercising ``target_file``/``symbol``, absolute."""
    from trainerd.surface import tests_for_target as surface_lookup

    try:
        found = surface_lookup(project_root, target_file, symbol)
    except Exception:  # the analysis failed on this project: the plain lookup still answers
        return _fallback(project_root, target_file, symbol)
    return [Path(p) if Path(p).is_absolute() else project_root / p for p in found]


# --- the tests a change to the target could affect --------------------------------------------------
def _module_names(file: Path) -> set[str]:
    """The dotted names ``file`` can be imported as (its package path, and its bare stem)."""
    parts = [file.parent.name] if file.name == "__init__.py" else [file.stem]
    folder = file.parent if file.name != "__init__.py" else file.parent.parent
    names = {parts[0]}
    while (folder / "__init__.py").exists() and folder.parent != folder:
        parts.insert(0, folder.name)
        names.add(".".join(parts))
        folder = folder.parent
    return names


def _imports(tree: Any, file: Path) -> set[str]:
    import ast

    out: set[str] = set()
    dotted = max(_module_names(file), key=len)
    package = dotted if file.name == "__init__.py" else dotted.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                out.update(".".join(parts[: i + 1]) for i in range(len(parts)))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".") if package else []
                anchor = anchor[: len(anchor) - (node.level - 1)] if node.level > 1 else anchor
                base = ".".join([*anchor, *([base] if base else [])])
            if base:
                parts = base.split(".")
                out.update(".".join(parts[: i + 1]) for i in range(len(parts)))
            for alias in node.names:
                out.add(f"{base}.{alias.name}" if base else alias.name)
    return out


def _python_files(project_root: Path) -> list[Path]:
    """The project's Python files, as the one project walker sees them (pruned folders, .gitignore)."""
    from trainerd.project.walk import walk

    return [project_root / rel for rel in walk(project_root, want=lambda name: name.endswith(".py")).files]


def _is_test_file(path: Path) -> bool:
    return path.name.startswith("test_") or path.name.endswith("_test.py")


def affected_tests(project_root: Path, target_file: Path) -> list[Path]:
    """Test files that import the target's module, directly or through other modules of the project
    (a conftest.py that does brings every test file beside and below it)."""
    import ast

    files = _python_files(project_root)
    by_name: dict[str, list[Path]] = {}
    for f in files:
        for name in _module_names(f):
            by_name.setdefault(name, []).append(f)
    importers: dict[Path, set[Path]] = {}
    for f in files:
        try:
            tree = ast.parse(f.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for name in _imports(tree, f):
            for g in by_name.get(name, []):
                if g != f:
                    importers.setdefault(g, set()).add(f)
    target = target_file.resolve()
    seen = {target}
    stack = [target]
    while stack:
        current = stack.pop()
        for f in importers.get(current, set()):
            if f not in seen:
                seen.add(f)
                stack.append(f)
    tests = {f for f in seen if _is_test_file(f)}
    for conftest in (f for f in seen if f.name == "conftest.py"):
        tests.update(f for f in files if _is_test_file(f) and conftest.parent in f.parents)
    return sorted(tests)
