"""The layering docs/architecture.md promises, checked on the source (imports inside functions count):
services know nothing of LSP, packages import each other one way, and trainerd never hides a missing
piece of itself behind ``except ImportError``."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "daemon" / "trainerd"
# the LSP face and its wiring; everything else is a service (or shared plain data)
LSP_LAYER = {"features", "server", "protocol"}
FACES = LSP_LAYER | {"cli", "__main__", "stdio"}
LSP_LIBRARIES = ("pygls", "lsprotocol")


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(rel.parts)
        found[name.removesuffix(".__init__")] = path
    return found


def _imports(name: str, path: Path) -> list[tuple[str, ast.AST]]:
    """Every module ``name`` imports (absolute), anywhere in the file, with the node."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    typing_only = {
        id(sub)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for sub in ast.walk(node)
    }
    out = []
    for node in ast.walk(tree):
        if id(node) in typing_only:  # annotations only: not an import at run time
            continue
        if isinstance(node, ast.Import):
            out.extend((alias.name, node) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            out.append((module, node))
            out.extend((f"{module}.{alias.name}", node) for alias in node.names)
    return out


def _top(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "trainerd" else None


def test_services_import_nothing_of_the_lsp_layer():
    offenders = []
    for name, path in _modules().items():
        top = _top(name)
        if top in FACES:
            continue
        for imported, node in _imports(name, path):
            if imported.split(".")[0] in LSP_LIBRARIES or _top(imported) in LSP_LAYER:
                offenders.append(f"{name}:{node.lineno} imports {imported}")
    assert offenders == [], "services must not import pygls, lsprotocol, features, server or protocol"


def test_the_cli_never_imports_the_lsp_libraries_outside_serve():
    path = PACKAGE / "cli.py"
    offenders = [
        f"cli:{node.lineno} imports {imported}"
        for imported, node in _imports("trainerd.cli", path)
        if imported.split(".")[0] in LSP_LIBRARIES or _top(imported) in {"features", "protocol"}
    ]
    assert offenders == []


def test_no_import_cycles_between_packages():
    graph: dict[str, set[str]] = {}
    for name, path in _modules().items():
        top = _top(name)
        if top is None:
            continue
        for imported, _node in _imports(name, path):
            other = _top(imported)
            if other and other != top:
                graph.setdefault(top, set()).add(other)
    cycles = []
    for start in sorted(graph):
        stack = [(start, [start])]
        seen = set()
        while stack:
            node, trail = stack.pop()
            for nxt in sorted(graph.get(node, ())):
                if nxt == start:
                    cycles.append(" -> ".join(trail + [start]))
                elif nxt not in seen and nxt not in trail:
                    seen.add(nxt)
                    stack.append((nxt, trail + [nxt]))
    assert sorted(set(cycles)) == [], "packages must import each other one way"


def test_no_except_import_error_around_trainerd_modules():
    offenders = []
    for name, path in _modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Try):
                continue
            caught = {
                n.id
                for h in node.handlers
                if h.type is not None
                for n in ast.walk(h.type)
                if isinstance(n, ast.Name)
            }
            if not caught & {"ImportError", "ModuleNotFoundError"}:
                continue
            for inner in node.body:
                for sub in ast.walk(inner):
                    module = getattr(sub, "module", None) if isinstance(sub, ast.ImportFrom) else None
                    names = [a.name for a in sub.names] if isinstance(sub, ast.Import) else []
                    if any((m or "").startswith("trainerd") for m in [module, *names]):
                        offenders.append(f"{name}:{node.lineno}")
    assert sorted(set(offenders)) == []
