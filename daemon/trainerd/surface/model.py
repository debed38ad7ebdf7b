"""Typed results of the surface analysis (plain attrs classes, JSON-ready through ``trainerd.data``)."""

from __future__ import annotations

from typing import Any

import attrs

# finding codes (stable: code actions and clients key on them)
HIDDEN_DEPENDENCIES = "hidden_dependencies"  # same code as the workspace blocker
SURFACE_TOO_BROAD = "surface_too_broad"
TRACE_STAR_IMPORT = "trace_star_import"
TRACE_IMPORT_LEAK = "trace_import_leak"
BUNDLE_NOT_CALLED = "bundle_not_called"
SYNTAX_ERROR = "syntax_error"
FILE_TOO_LARGE = "file_too_large"
NOT_UTF8 = "not_utf8"
NOTEBOOK = "notebook"


@attrs.define
class TextEdit:
    """A replacement; lines 1-based, columns 0-based (character offsets), end exclusive."""

    start_line: int
    start_col: int
    end_line: int
    end_col: int
    new_text: str


@attrs.define
class Fix:
    """A mechanical fix for a finding: the user confirms it as a code action."""

    title: str
    edits: list[TextEdit]
    preferred: bool = False


@attrs.define
class Finding:
    """A problem found before anything runs; becomes an LSP diagnostic (source ``trainer``)."""

    code: str
    message: str
    start_line: int
    start_col: int
    end_line: int
    end_col: int
    severity: str = "warning"  # error | warning | information | hint
    surface: str | None = None
    names: list[str] = attrs.Factory(list)
    fixes: list[Fix] = attrs.Factory(list)
    cell: int | None = None


@attrs.define
class HiddenDependency:
    """A name a trainable bundle reads from outside itself."""

    name: str
    kind: str  # module_import | module_global | closure | global_statement | undefined
    line: int  # first read inside the bundle
    column: int
    defined_line: int | None = None
    import_text: str | None = None  # for module_import: the statement that binds it alone


@attrs.define
class Surface:
    """One Trace surface (node, bundle, model) or a candidate (a plain function the tests exercise).

    Lines are 1-based and include decorators; ``lens`` says whether it gets "Optimize with Trace".
    """

    qualname: str
    kind: str  # node | bundle | model | candidate
    start_line: int
    end_line: int
    trainable: bool
    form: str  # decorator | call | assignment | subclass | plain
    name_line: int = 0  # the def / class / assignment line
    options: dict[str, Any] = attrs.Factory(dict)
    parent: str | None = None
    children: list[str] = attrs.Factory(list)
    tests: list[str] = attrs.Factory(list)
    feedback_command: str | None = None
    hidden_dependencies: list[HiddenDependency] = attrs.Factory(list)
    lens: bool = True
    note: str | None = None
    lines: int = 0
    branches: int = 0
    cell: int | None = None  # notebooks: the code cell (0-based among all cells); lines are within it
    param_line: int | None = None  # nodes: the line of the node(...) call (the parameter's identity)
    param_col: int | None = None  # and its column (several calls can share a line)
    method_kind: str | None = None  # function | method | classmethod | staticmethod | property
    is_async: bool = False
    bases: list[str] = attrs.Factory(list)  # models: the models of this file it inherits from
    addressable: bool = True  # nameable as file.py::qualname (False: a node created without a name)
    wrapped_by: list[str] = attrs.Factory(list)  # bundles: decorators applied on top of @trace.bundle


@attrs.define
class Definition:
    """A plain function or method (not a Trace surface): a candidate when tests exercise it."""

    qualname: str
    start_line: int
    end_line: int
    name_line: int
    lines: int = 0
    branches: int = 0
    method_kind: str = "function"  # function | method | classmethod | staticmethod | property
    is_async: bool = False


@attrs.define
class FileAnalysis:
    """What :func:`trainerd.surface.analyze_source` found in one file."""

    path: str
    surfaces: list[Surface] = attrs.Factory(list)
    findings: list[Finding] = attrs.Factory(list)
    definitions: list[Definition] = attrs.Factory(list)
    trace_imported: bool = False
    line_count: int = 0
    notebook: bool = False
    test_file: bool = False

    def surface(self, qualname: str) -> Surface | None:
        return next((s for s in self.surfaces if s.qualname == qualname), None)


@attrs.define
class FileSurfaces:
    """``trainerd surfaces FILE`` / ``trainer/surfaces`` for one file or open document."""

    path: str
    surfaces: list[Surface] = attrs.Factory(list)
    findings: list[Finding] = attrs.Factory(list)
    notebook: bool = False
    problem: Finding | None = None  # syntax error, too large, notebook note: the file as a whole
    uri: str | None = None
    version: int | None = None  # an open document's version (None: the file on disk)
    stale: bool = False  # the surfaces are from an earlier version that parsed


@attrs.define
class SkippedFile:
    path: str
    reason: str


@attrs.define
class FolderSurfaces:
    """``trainerd surfaces FOLDER``: every module and notebook with surfaces, and what was skipped."""

    path: str
    files: list[FileSurfaces] = attrs.Factory(list)
    skipped: list[SkippedFile] = attrs.Factory(list)
    scanned: int = 0  # modules and notebooks analysed
    test_files: int = 0  # test files indexed for candidates
    problem: Finding | None = None
