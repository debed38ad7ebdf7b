"""Static Trace-surface analysis: nodes, bundles, models, candidates, hidden dependencies, breadth.

Public API (used by the CLI, the server, the workspace review and the optimization engine):

- :func:`analyze_source` -- one file's source -> :class:`FileAnalysis` (raises SyntaxError);
- :func:`analyze_path` -- a file on disk (``.py`` or ``.ipynb``) with candidates and their tests;
- :func:`tests_for_target` -- the tests that exercise a target, narrowest first;
- :func:`record_surface` -- write the chosen surface into a trainer workspace;
- :func:`surface_blockers` -- hidden-dependency / breadth / undefined-surface blockers for a target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainerd.surface.analysis import analyze_source
from trainerd.surface.model import Definition, FileAnalysis, Finding, Fix, HiddenDependency, Surface, TextEdit
from trainerd.surface.record import record_surface
from trainerd.surface.service import analyze_path, tests_for_target

if TYPE_CHECKING:
    from pathlib import Path

    from trainerd.workspace.blockers import Blocker

__all__ = [
    "Definition",
    "FileAnalysis",
    "Finding",
    "Fix",
    "HiddenDependency",
    "Surface",
    "TextEdit",
    "analyze_path",
    "analyze_source",
    "record_surface",
    "surface_blockers",
    "tests_for_target",
]


def surface_blockers(target_file: Path, symbol: str | None) -> list[Blocker]:
    """Blockers the surface analysis finds for a target: undefined, too broad, hidden dependencies."""
    from trainerd.surface.blockers import blockers_for

    return blockers_for(target_file, symbol)
