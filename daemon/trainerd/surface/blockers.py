"""The surface's contribution to the workspace blockers (reported before any optimization)."""

from __future__ import annotations

from pathlib import Path

from trainerd.surface.model import HIDDEN_DEPENDENCIES, SURFACE_TOO_BROAD
from trainerd.surface.service import analyze_path
from trainerd.workspace.blockers import SURFACE_UNDEFINED, Blocker


def blockers_for(target_file: Path, symbol: str | None) -> list[Blocker]:
    """Undefined surface (nothing trainable and no tested symbol), too broad, hidden dependencies."""
    try:
        analysis = analyze_path(Path(target_file))
    except SyntaxError as exc:
        return [
            Blocker(
                SURFACE_UNDEFINED,
                f"The target does not parse (line {exc.lineno}: {exc.msg}), so its "
                "trainable surface is undefined.",
                str(target_file),
                "Fix the syntax error.",
            )
        ]
    rel = str(target_file)
    chosen = [s for s in analysis.surfaces if symbol is None or s.qualname == symbol or s.parent == symbol]
    lensed = [s for s in chosen if s.lens]
    if not lensed and symbol is None:
        return [
            Blocker(
                SURFACE_UNDEFINED,
                "No Trace node, bundle or model and no tested function in the target: "
                "the trainable surface is undefined.",
                rel,
                "Name a symbol (file.py::symbol) or mark one with @trace.bundle(trainable=True).",
            )
        ]
    if symbol is None and not any(s.kind != "candidate" for s in lensed):
        shown = ", ".join(s.qualname for s in lensed[:6]) + (", …" if len(lensed) > 6 else "")
        return [
            Blocker(
                SURFACE_TOO_BROAD,
                "No symbol named and no Trace surface in the file: the whole module would "
                "be the trainable surface, too broad for attributable feedback.",
                rel,
                f"Name one function as the target (file.py::symbol); tested candidates: {shown}.",
            )
        ]
    names = {s.qualname for s in chosen} | ({symbol} if symbol else set())
    blockers = []
    for f in analysis.findings:
        if (f.surface is None or f.surface not in names) and not (symbol is None and f.surface):
            continue
        if f.code == HIDDEN_DEPENDENCIES:
            blockers.append(
                Blocker(
                    HIDDEN_DEPENDENCIES,
                    f.message,
                    rel,
                    "Pass the names as parameters, import them inside the bundle, or set "
                    "allow_external_dependencies=True after checking them (code actions).",
                )
            )
        elif f.code == SURFACE_TOO_BROAD:
            blockers.append(Blocker(SURFACE_TOO_BROAD, f.message, rel, "Narrow the trainable surface."))
    return blockers
