"""The surface service the CLI, the server and the optimization engine call.

- :func:`analyze_path`: one file (``.py`` or ``.ipynb``) with candidates and the tests found;
- :func:`tests_for_target`: the tests that exercise a target, narrowest first;
- :class:`DocumentStore`: per-document analyses cached by version, keeping the last good one
  while the user types code that does not parse yet.
"""

from __future__ import annotations

import ast
import io
import json
import logging
import threading
import time
import tokenize
from collections.abc import Callable
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
)
from trainerd.surface.incremental import reparse
from trainerd.surface.model import (
    FILE_TOO_LARGE,
    NOTEBOOK,
    SYNTAX_ERROR,
    FileAnalysis,
    Finding,
    Surface,
)

# line breaks str.splitlines knows and Python's tokenizer does not: line numbers would disagree
_ODD_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
logger = logging.getLogger("trainerd.surface")
MAX_BYTES = 2_000_000
MAX_LINES = 20_000
INDEX_MAX_AGE_S = 2.0  # a lens request re-stats the test files at most this often
# a first lens request waits this long for a new project's test index; candidates come with a
# codeLens/refresh when it takes longer (big projects), so Trace surfaces show at once
FIRST_INDEX_WAIT_S = 0.5


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


def _root_for(path: Path) -> Path:
    from trainerd.workspace.target import find_repo_root

    return find_repo_root(path.parent)


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
        surfaces.append(
            Surface(
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
                note=f"plain function exercised by {len(tests)} test{'s' * (len(tests) != 1)}: the run wraps it with "
                "trace.bundle(trainable=True); the source changes only at write-back",
            )
        )
    surfaces.sort(key=lambda s: (s.start_line, s.name_line, s.qualname))
    return attrs.evolve(analysis, surfaces=surfaces)


def analyze_text(text: str, path: str, tree: ast.Module | None = None) -> FileAnalysis:
    """:func:`analyze_source` plus the file-kind rules: notebooks, huge files, test files.

    ``tree``, when given, is the already parsed ``text`` (see :mod:`trainerd.surface.incremental`).
    """
    if path.endswith(".ipynb"):
        return analyze_notebook(text, path)
    big = too_large(text, path)
    if big is not None:
        return FileAnalysis(path=path, findings=[big], line_count=text.count("\n") + 1)
    analysis = analyze_tree(tree if tree is not None else ast.parse(text, filename=path), text, path)
    name = Path(path).name
    analysis.test_file = is_test_file(name) or name == "conftest.py"
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
        source = "".join(source) if isinstance(source, list) else str(source)
        for n, line in enumerate(source.splitlines() or [""], start=1):
            # IPython magics and shell escapes are not Python: keep the line count, drop the text
            joined.append("pass" if line.lstrip().startswith(("%", "!")) else line)
            owner.append((index, n))
    source = "\n".join(joined) + "\n"
    try:
        analysis = analyze_source(source, path)
    except SyntaxError as exc:
        cell_no, cell_line = owner[(exc.lineno or 1) - 1] if owner else (0, 1)
        raise SyntaxError(
            f"{exc.msg} (cell {cell_no}, line {cell_line})", (path, exc.lineno, exc.offset, exc.text)
        ) from None

    def where(line: int) -> tuple[int, int]:
        return owner[line - 1] if 0 < line <= len(owner) else (0, line)

    for s in analysis.surfaces:
        s.cell, s.start_line = where(s.start_line)
        _, s.end_line = where(s.end_line)
        _, s.name_line = where(s.name_line)
    for f in analysis.findings:
        f.cell, f.start_line = where(f.start_line)
        _, f.end_line = where(f.end_line)
        f.fixes = []  # edits on a notebook's JSON are not mechanical
    analysis.definitions = []
    analysis.notebook = True
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
        index = project_index(_root_for(path))
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

    Node ids come first (file order), then whole test files whose every test exercises the target.
    A Trace bundle or node inside a class that no test names directly (called through another
    method of its model) falls back to the tests that use its class. Empty when no test refers to it.
    """
    index = project_index(Path(project_root))
    index.refresh()
    target = Path(target_file)
    tests = index.tests_for(target, symbol)
    if not tests and symbol and "." in symbol:
        try:
            surface = analyze_text(read_source(target), str(target)).surface(symbol)
        except (SyntaxError, TrainerError):
            surface = None
        if surface is not None and surface.kind in ("bundle", "node"):
            tests = tests_or_enclosing(index, target, symbol)
    return index.narrowest(tests)


@attrs.define
class DocumentResult:
    """A document's analysis at one version."""

    uri: str
    version: int | None
    analysis: FileAnalysis | None  # the last good one (may be from an earlier version)
    problem: Finding | None = None  # syntax error, too large, notebook note
    stale: bool = False  # analysis is from an earlier version than ``version``
    generation: int = 0  # the project index generation its tests come from


@attrs.define
class _DocState:
    version: int | None
    text_len: int
    bare: FileAnalysis | None
    problem: Finding | None
    stale: bool
    result: DocumentResult | None = None
    last_good: FileAnalysis | None = None
    tree: ast.Module | None = None  # the last good tree and its lines, for incremental re-parsing
    lines: list[str] | None = None


class DocumentStore:
    """Analyses of open documents, cached by version; the last good analysis survives syntax errors."""

    def __init__(self) -> None:
        self._docs: dict[str, _DocState] = {}
        self._lock = threading.Lock()
        self._doc_locks: dict[str, threading.Lock] = {}
        self._refreshed: dict[str, float] = {}
        self._builds: dict[str, threading.Event] = {}
        self.on_index_change: Callable[[], None] | None = None  # called from a thread
        self._roots: dict[Path, Path] = {}

    def _doc_lock(self, uri: str) -> threading.Lock:
        with self._lock:
            return self._doc_locks.setdefault(uri, threading.Lock())

    def forget(self, uri: str) -> None:
        with self._lock:
            self._docs.pop(uri, None)
            self._doc_locks.pop(uri, None)

    def cached(self, uri: str, version: int | None) -> DocumentResult | None:
        with self._lock:
            st = self._docs.get(uri)
        if st and st.version == version and st.result is not None:
            return st.result
        return None

    def index_for(
        self, path: Path | None, max_age: float = INDEX_MAX_AGE_S, wait: float | None = None
    ) -> ProjectIndex | None:
        """The project index of ``path``. The first use starts building it in the background and waits
        up to ``wait`` seconds (forever when None); None when it is not ready by then, in which case
        :attr:`on_index_change` is called once it is. Later uses re-stat the test files at most
        every ``max_age`` seconds."""
        if path is None:
            return None
        index = project_index(self._root(path))
        key = str(index.root)
        with self._lock:
            done = self._builds.get(key)
            start = done is None
            if start:
                done = self._builds[key] = threading.Event()
        if start:
            threading.Thread(
                target=self._build, args=(index, done), name="trainerd-test-index", daemon=True
            ).start()
        assert done is not None
        if not done.wait(wait):
            return None
        now = time.monotonic()
        if now - self._refreshed.get(key, -1e9) > max_age:
            self._refreshed[key] = now
            index.refresh()
        return index

    def _build(self, index: ProjectIndex, done: threading.Event) -> None:
        try:
            index.refresh()
        except Exception:  # a broken tree must not leave waiters hanging
            logger.exception("indexing the tests of %s failed", index.root)
        finally:
            self._refreshed[str(index.root)] = time.monotonic()
            done.set()
            if self.on_index_change is not None:
                self.on_index_change()

    def _root(self, path: Path) -> Path:
        root = self._roots.get(path)
        if root is None:
            root = self._roots[path] = _root_for(path)
        return root

    def index_due(self, path: Path | None, max_age: float = INDEX_MAX_AGE_S) -> bool:
        """Whether the next analysis of a document at ``path`` will re-stat the test files."""
        if path is None:
            return False
        return (
            time.monotonic() - self._refreshed.get(str(project_index(self._root(path)).root), -1e9) > max_age
        )

    def generation(self, path: Path | None) -> int:
        """The current generation of the project index ``path`` belongs to (no refresh)."""
        return project_index(self._root(path)).generation if path is not None else -1

    def mark_index_stale(self) -> None:
        self._refreshed.clear()

    def analyze(self, uri: str, path: Path | None, text: str, version: int | None) -> DocumentResult:
        """The document's surfaces at ``version`` (computed once per version and index generation)."""
        with self._doc_lock(uri):
            with self._lock:
                st = self._docs.get(uri)
            if st is None or st.version != version or st.text_len != len(text):
                last_good = st.last_good if st else None
                tree, lines = (st.tree, st.lines) if st else (None, None)
                problem = None
                bare: FileAnalysis | None
                name = str(path) if path else uri
                try:
                    new_tree = new_lines = None
                    if (
                        not name.endswith(".ipynb")
                        and too_large(text, name) is None
                        and not any(c in text for c in _ODD_BREAKS)
                    ):
                        new_lines = text.splitlines(keepends=True)
                        if tree is not None and lines is not None:
                            new_tree = reparse(
                                tree, lines, new_lines, name
                            )  # on success the old tree is spent
                        if new_tree is None:
                            new_tree = ast.parse(text, filename=name)
                    bare = analyze_text(text, name, new_tree)
                    tree, lines = new_tree, new_lines
                    if bare.notebook:
                        problem = _notebook_note(bare)
                    elif bare.findings and bare.findings[0].code == FILE_TOO_LARGE:
                        problem = bare.findings[0]
                    last_good = bare
                    stale = False
                except SyntaxError as exc:
                    bare, stale, problem = last_good, True, syntax_finding(exc, text)
                except (TrainerError, ValueError, RecursionError, MemoryError) as exc:
                    bare, stale = last_good, True
                    problem = Finding(
                        SYNTAX_ERROR, f"Cannot analyse this document: {exc}", 1, 0, 1, 0, severity="error"
                    )
                st = _DocState(version, len(text), bare, problem, stale, None, last_good, tree, lines)
                with self._lock:
                    self._docs[uri] = st
            index = (
                self.index_for(path, wait=FIRST_INDEX_WAIT_S)
                if path is not None and st.bare is not None
                else None
            )
            generation = index.generation if index else -1
            if st.result is not None and st.result.generation == generation:
                return st.result
            analysis = st.bare
            if analysis is not None and index is not None and path is not None:
                analysis = attach_tests(analysis, path.resolve(), index)
            st.result = DocumentResult(uri, version, analysis, st.problem, st.stale, generation)
            return st.result


def _notebook_note(analysis: FileAnalysis) -> Finding:
    found = ", ".join(f"`{s.qualname}` ({s.kind}, cell {s.cell})" for s in analysis.surfaces) or "none"
    return Finding(
        NOTEBOOK,
        "Notebook: code lenses are not shown in notebooks. Trace surfaces in its code cells: "
        f"{found}. Move the code into a .py module to optimize it (`trainerd surfaces` lists them too).",
        1,
        0,
        1,
        0,
        severity="information",
    )
