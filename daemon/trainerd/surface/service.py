"""The surface service the CLI, the server and the optimization engine call.

- :func:`analyze_path`: one file (``.py`` or ``.ipynb``) with candidates and the tests found;
- :func:`surfaces`: the result of ``trainerd surfaces`` / ``trainer/surfaces`` for a file or a folder;
- :func:`tests_for_target`: the tests that exercise a target, narrowest first.

Open documents (unsaved text, cached by version) are :mod:`trainerd.surface.documents`; whether a
target can be optimized is :mod:`trainerd.surface.targets`.
"""

from __future__ import annotations

import ast
import io
import json
import logging
import os
import tokenize
from pathlib import Path

import attrs

from trainerd.errors import TrainerError
from trainerd.surface.analysis import analyze_source, analyze_tree
from trainerd.surface.candidates import (
    ProjectIndex,
    feedback_command,
    is_test_file,
    module_names_for,
    project_index,
    walk_python,
)
from trainerd.surface.model import (
    FILE_TOO_LARGE,
    SYNTAX_ERROR,
    TRACE_IMPORT_LEAK,
    FileAnalysis,
    FileSurfaces,
    Finding,
    FolderSurfaces,
    SkippedFile,
    Surface,
)
from trainerd.surface.pytestconfig import project_root
from trainerd.surface.targets import apply_lens_rule

# line breaks str.splitlines knows and Python's tokenizer does not: line numbers would disagree
_ODD_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
logger = logging.getLogger(__name__)
MAX_BYTES = 2_000_000
MAX_LINES = 20_000


def decode_source(data: bytes, path: Path) -> str:
    """Bytes of a Python file -> text, honouring a PEP 263 coding cookie; a clear error otherwise."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:  # no usable cookie and the first lines are not UTF-8
        encoding = "utf-8"
        if "encoding" not in str(exc.msg) or "unknown encoding" in str(exc.msg):
            raise TrainerError(f"{path}: {exc.msg}", field="path") from None
    try:
        return data.decode("utf-8-sig" if encoding == "utf-8-sig" else encoding)
    except UnicodeDecodeError as exc:
        raise TrainerError(
            f"{path} is not valid {encoding} text (byte {exc.start}: {exc.reason}); trainerd reads Python "
            "source as UTF-8 unless the file declares another encoding (# -*- coding: ... -*-)",
            field="path",
        ) from None


def too_large(text: str, path: str) -> Finding | None:
    lines = text.count("\n") + 1
    if len(text) <= MAX_BYTES and lines <= MAX_LINES:
        return None
    return Finding(
        FILE_TOO_LARGE,
        f"{Path(path).name} is too large to analyse for Trace surfaces ({lines:,} lines, {len(text):,} characters; "
        f"the limit is {MAX_LINES:,} lines / {MAX_BYTES:,} characters). Optimize a function in a smaller module.",
        1,
        0,
        1,
        0,
        severity="information",
    )


def syntax_finding(exc: SyntaxError, text: str, editing: bool = True) -> Finding:
    """The one diagnostic for text that does not parse (``editing``: the last good analysis stays)."""
    line = max(exc.lineno or 1, 1)
    col = max((exc.offset or 1) - 1, 0)
    after = (
        "Trace surfaces shown are from the last version that parsed."
        if editing
        else "Fix it to see the file's Trace surfaces."
    )
    return Finding(
        SYNTAX_ERROR,
        f"Syntax error: {exc.msg} (line {line}). {after}",
        line,
        col,
        line,
        col + 1,
        severity="error",
    )


def root_for(path: Path, boundary: Path | None = None) -> Path:
    """The project root of a file: pytest's rootdir (:func:`trainerd.surface.pytestconfig.project_root`)."""
    return project_root(path, boundary)


def attach_tests(analysis: FileAnalysis, path: Path, index: ProjectIndex) -> FileAnalysis:
    """A copy of ``analysis`` whose surfaces carry the tests that exercise them, plus candidates."""
    if analysis.test_file or analysis.notebook:
        return analysis
    surfaces: list[Surface] = []
    modules = module_names_for(index.root, path)
    for s in analysis.surfaces:
        tests = (
            index.narrowest(tests_or_enclosing(index, path, s.qualname, modules)) if s.kind != "node" else []
        )
        surfaces.append(attrs.evolve(s, tests=tests, feedback_command=feedback_command(tests)))
    for d in analysis.definitions:
        tests = index.tests_for(path, d.qualname, modules)
        if not tests:
            continue
        narrow = index.narrowest(tests)
        candidate = Surface(
            qualname=d.qualname,
            kind="candidate",
            start_line=d.start_line,
            end_line=d.end_line,
            trainable=False,
            form="plain",
            name_line=d.name_line,
            tests=narrow,
            feedback_command=feedback_command(narrow),
            lines=d.lines,
            branches=d.branches,
            method_kind=d.method_kind,
            is_async=d.is_async,
            note=f"plain function exercised by {len(tests)} test{'s' * (len(tests) != 1)}: the run wraps it with "
            "trace.bundle(trainable=True); the source changes only at write-back",
        )
        apply_lens_rule([candidate])
        surfaces.append(candidate)
    surfaces.sort(key=lambda s: (s.start_line, s.name_line, s.qualname))
    return attrs.evolve(analysis, surfaces=surfaces)


def analyze_text(text: str, path: str, tree: ast.Module | None = None) -> FileAnalysis:
    """:func:`analyze_source` plus the file-kind rules: notebooks, huge files, test files.

    ``tree``, when given, is the already parsed ``text`` (see :mod:`trainerd.surface.incremental`).
    """
    if path.endswith(".ipynb"):
        return analyze_notebook(text, path)
    if text.startswith("\ufeff"):  # a UTF-8 byte order mark read as text (editors drop it)
        text = text[1:]
        tree = None
    big = too_large(text, path)
    if big is not None:
        return FileAnalysis(path=path, findings=[big], line_count=text.count("\n") + 1)
    analysis = analyze_tree(tree if tree is not None else ast.parse(text, filename=path), text, path)
    name = Path(path).name
    analysis.test_file = is_test_file(name) or name == "conftest.py"
    if analysis.test_file:  # a test drives the surfaces: Trace belongs there like in any harness
        analysis.findings = [f for f in analysis.findings if f.code != TRACE_IMPORT_LEAK]
    apply_lens_rule(analysis.surfaces)
    return analysis


def analyze_notebook(text: str, path: str) -> FileAnalysis:
    """Analyse a notebook's code cells as one module (cells share a namespace); lines are per cell."""
    try:
        nb = json.loads(text)
        cells = nb["cells"]
        assert isinstance(cells, list)
    except (ValueError, KeyError, TypeError, AssertionError):
        raise TrainerError(
            f"{path} is not a Jupyter notebook (no 'cells' list in its JSON)", field="path"
        ) from None
    joined: list[str] = []
    owner: list[tuple[int, int]] = []  # joined line -> (cell index, line in cell)
    for index, cell in enumerate(cells):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        lines = ("".join(source) if isinstance(source, list) else str(source)).splitlines() or [""]
        magic_cell = next((x for x in lines if x.strip()), "").lstrip().startswith("%%")
        for n, line in enumerate(lines, start=1):
            # IPython magics, shell escapes and cell magics are not Python: keep the line, drop the text
            stripped = line.lstrip()
            if magic_cell:
                line = ""
            elif stripped.startswith(("%", "!")):
                line = line[: len(line) - len(stripped)] + "pass"
            joined.append(line)
            owner.append((index, n))
    broken: list[Finding] = []
    while True:
        try:
            analysis = analyze_source("\n".join(joined) + "\n", path)
            break
        except SyntaxError as exc:
            at = (exc.lineno or 1) - 1
            if not owner or at >= len(owner) or len(broken) >= 50:
                raise SyntaxError(f"{exc.msg}", (path, exc.lineno, exc.offset, exc.text)) from None
            cell_no, cell_line = owner[at]
            # one cell that does not parse (a half-written cell, IPython syntax) leaves the others analysed
            for k, (c, _) in enumerate(owner):
                if c == cell_no:
                    joined[k] = ""
            broken.append(
                Finding(
                    SYNTAX_ERROR,
                    f"Cell {cell_no} does not parse ({exc.msg}, line {cell_line} of the cell): not analysed.",
                    cell_line,
                    0,
                    cell_line,
                    0,
                    severity="information",
                    cell=cell_no,
                )
            )
    analysis.findings.extend(broken)

    def where(line: int) -> tuple[int, int]:
        return owner[line - 1] if 0 < line <= len(owner) else (0, line)

    for s in analysis.surfaces:
        s.cell, s.start_line = where(s.start_line)
        _, s.end_line = where(s.end_line)
        _, s.name_line = where(s.name_line)
    for f in analysis.findings:
        if f.cell is None:
            f.cell, f.start_line = where(f.start_line)
            _, f.end_line = where(f.end_line)
        f.fixes = []  # edits on a notebook's JSON are not mechanical
    analysis.definitions = []
    analysis.notebook = True
    apply_lens_rule(analysis.surfaces, notebook=True)
    return analysis


def read_source(path: Path) -> str:
    if not path.exists():
        raise TrainerError(f"file not found: {path}", field="path")
    if path.is_dir():
        raise TrainerError(f"{path} is a directory: name a Python file", field="path")
    if path.suffix not in (".py", ".pyw", ".pyi", ".ipynb"):
        raise TrainerError(
            f"{path} is not a Python file or notebook ({path.suffix or 'no extension'})", field="path"
        )
    data = path.read_bytes()
    if path.suffix == ".ipynb":
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise TrainerError(f"{path} is not UTF-8 JSON (byte {exc.start})", field="path") from None
    return decode_source(data, path)


def analyze_path(path: Path, text: str | None = None, with_tests: bool = True) -> FileAnalysis:
    """Analyse a file on disk (or its unsaved ``text``); raises SyntaxError / TrainerError."""
    path = path.resolve()
    source = read_source(path) if text is None else text
    analysis = analyze_text(source, str(path))
    if with_tests and not analysis.notebook and not analysis.test_file:
        index = project_index(root_for(path))
        index.refresh()
        analysis = attach_tests(analysis, path, index)
    return analysis


def tests_or_enclosing(
    index: ProjectIndex, path: Path, qualname: str | None, modules: list[str] | None = None
) -> list[str]:
    """Tests that refer to ``qualname``; for a method no test names directly (a bundle inside a
    model, called through another method), the tests that use its class."""
    tests = index.tests_for(path, qualname, modules)
    while not tests and qualname and "." in qualname:
        qualname = qualname.rsplit(".", 1)[0]
        tests = index.tests_for(path, qualname, modules)
    return tests


def tests_for_target(project_root: Path, target_file: Path, symbol: str | None) -> list[str]:
    """Test files / node ids (relative to ``project_root``) exercising the target, narrowest first.

    The tests are found from pytest's rootdir for the target (never above ``project_root`` when the
    target lies inside it) and given relative to ``project_root``, the folder the caller runs pytest
    from. Node ids come first (file order), then whole test files whose every test exercises the
    target. A Trace bundle or node inside a class that no test names directly (called through another
    method of its model) falls back to the tests that use its class. Empty when no test refers to it.
    """
    target = Path(target_file).resolve()
    given = Path(project_root).resolve()
    boundary = given if given == target.parent or given in target.parents else None
    index = project_index(root_for(target, boundary))
    index.refresh()
    tests = index.tests_for(target, symbol)
    if not tests and symbol and "." in symbol:
        try:
            surface = analyze_text(read_source(target), str(target)).surface(symbol)
        except (SyntaxError, TrainerError):
            surface = None
        if surface is not None and surface.kind in ("bundle", "node"):
            tests = tests_or_enclosing(index, target, symbol)
    return [_relative_id(t, index.root, given) for t in index.narrowest(tests)]


def _relative_id(node_id: str, root: Path, to: Path) -> str:
    if root == to:
        return node_id
    path, sep, rest = node_id.partition("::")
    return Path(os.path.relpath(root / path, to)).as_posix() + sep + rest


# --- trainerd surfaces / trainer/surfaces ---------------------------------------------------------------
def surfaces(path: Path) -> FileSurfaces | FolderSurfaces:
    """The surfaces of one file, or of every module and notebook under a folder."""
    path = path.resolve()
    if path.is_dir():
        return folder_surfaces(path)
    return file_surfaces(path)


def file_surfaces(path: Path) -> FileSurfaces:
    """One file on disk: its surfaces (with tests), findings, and ``problem`` for the file as a whole."""
    try:
        analysis = analyze_path(path)
    except SyntaxError as exc:
        return FileSurfaces(str(path), uri=path.as_uri(), problem=syntax_finding(exc, "", editing=False))
    return from_analysis(analysis, path)


def from_analysis(analysis: FileAnalysis, path: Path, problem: Finding | None = None) -> FileSurfaces:
    big = next((f for f in analysis.findings if f.code == FILE_TOO_LARGE), None)
    return FileSurfaces(
        str(path),
        surfaces=analysis.surfaces,
        findings=[f for f in analysis.findings if f is not big],
        notebook=analysis.notebook,
        problem=problem or big,
        uri=path.as_uri(),
    )


def folder_surfaces(root: Path) -> FolderSurfaces:
    """Every ``.py`` module and ``.ipynb`` notebook under ``root`` with surfaces or findings; test files
    (indexed for candidates, never targets) and files that cannot be analysed are listed as skipped."""
    index = project_index(root_for(root / "__init__.py"))
    refreshed = index.refresh()
    index.parse_all()  # every module is asked about: parse each test file once, up front
    result = FolderSurfaces(str(root), test_files=refreshed.files)
    for file, _ in sorted(walk_python(root, tests_only=False, notebooks=True)):
        name = os.path.basename(file)
        if is_test_file(name) or name == "conftest.py":
            result.skipped.append(SkippedFile(file, "test file: tests are the feedback signal, not targets"))
            continue
        try:
            text = read_source(Path(file))
            analysis = analyze_text(text, file)
            if not analysis.notebook:
                analysis = attach_tests(analysis, Path(file), index)
        except SyntaxError as exc:
            result.skipped.append(SkippedFile(file, f"syntax error at line {exc.lineno}: {exc.msg}"))
            continue
        except TrainerError as exc:
            result.skipped.append(SkippedFile(file, str(exc)))
            continue
        result.scanned += 1
        if analysis.findings and analysis.findings[0].code == FILE_TOO_LARGE:
            result.skipped.append(SkippedFile(file, analysis.findings[0].message))
        elif analysis.surfaces or analysis.findings:
            result.files.append(from_analysis(analysis, Path(file)))
    return result
