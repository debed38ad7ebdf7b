"""Which tests exercise a target: ``trainerd.surface.tests_for_target`` when the surface package
provides it, else a small static fallback (test files that import the target's module and name the
symbol)."""

from __future__ import annotations

import re
from pathlib import Path

_SKIP = {
    ".git",
    ".trainer-workspace",
    "__pycache__",
    ".venv",
    "venv",
    "env",
    "node_modules",
    ".tox",
    "build",
    "dist",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
}


def _fallback(project_root: Path, target_file: Path, symbol: str | None) -> list[Path]:
    module = target_file.stem
    name = (symbol or "").split(".")[0]
    imports = re.compile(
        rf"^\s*(from\s+[\w.]*\b{re.escape(module)}\b\s+import|import\s+[\w.]*\b{re.escape(module)}\b)",
        re.MULTILINE,
    )
    found: list[Path] = []
    stack = [project_root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir():
                if entry.name not in _SKIP and not entry.name.startswith("."):
                    stack.append(entry)
            elif entry.suffix == ".py" and (
                entry.name.startswith("test_") or entry.name.endswith("_test.py")
            ):
                try:
                    text = entry.read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    continue
                if imports.search(text) and (not name or re.search(rf"\b{re.escape(name)}\b", text)):
                    found.append(entry)
    return sorted(found)


def tests_for_target(project_root: Path, target_file: Path, symbol: str | None) -> list[Path]:
    """Test files exercising ``target_file``/``symbol``, absolute paths."""
    try:
        from trainerd.surface import tests_for_target as surface_lookup  # type: ignore[attr-defined]
    except ImportError:
        surface_lookup = None
    if surface_lookup is not None:
        try:
            found = surface_lookup(project_root, target_file, symbol)
        except Exception:
            found = None
        if found is not None:
            return [Path(p) if Path(p).is_absolute() else project_root / p for p in found]
    return _fallback(project_root, target_file, symbol)
