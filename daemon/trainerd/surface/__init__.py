"""Static Trace-surface analysis: nodes, bundles, models, candidates, hidden dependencies, breadth.

Public API (used by the CLI, the server, the workspace review and the optimization engine):

- :func:`analyze_source` -- one file's source -> :class:`FileAnalysis` (raises SyntaxError);
- :func:`analyze_path` -- a file on disk (``.py`` or ``.ipynb``) with candidates and their tests;
- :func:`check_target` / :func:`optimizable` -- can ``file.py::symbol`` be optimized, its exact
  trainable parameters, what it reads, and every reason it cannot (the lens follows the same rule);
- :func:`tests_for_target` -- the tests that exercise a target, narrowest first.

Imports nothing of ``trainerd.workspace``, ``optimize`` or the LSP layer: those build on it.
"""

from __future__ import annotations

from trainerd.surface.analysis import analyze_source
from trainerd.surface.model import Definition, FileAnalysis, Finding, Fix, HiddenDependency, Surface, TextEdit
from trainerd.surface.service import analyze_path, tests_for_target
from trainerd.surface.targets import (
    GlobalRead,
    Helper,
    Parameter,
    Refusal,
    TargetCheck,
    TargetReads,
    check_target,
    optimizable,
)

__all__ = [
    "Definition",
    "FileAnalysis",
    "Finding",
    "Fix",
    "GlobalRead",
    "Helper",
    "HiddenDependency",
    "Parameter",
    "Refusal",
    "Surface",
    "TargetCheck",
    "TargetReads",
    "TextEdit",
    "analyze_path",
    "analyze_source",
    "check_target",
    "optimizable",
    "tests_for_target",
]
