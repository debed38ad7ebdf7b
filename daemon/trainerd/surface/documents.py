"""Open documents: analyses cached by version, the last good one kept while code does not parse.

The editor's twin of :func:`trainerd.surface.service.analyze_path`: the same analysis, on the unsaved
text, re-parsed incrementally (:mod:`trainerd.surface.incremental`), with the tests from the project
index built in the background (a first lens request waits briefly for it).
"""

from __future__ import annotations

import ast
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import attrs

from trainerd.errors import TrainerError
from trainerd.surface.candidates import ProjectIndex, project_index
from trainerd.surface.incremental import reparse
from trainerd.surface.model import FILE_TOO_LARGE, NOTEBOOK, SYNTAX_ERROR, FileAnalysis, FileSurfaces, Finding
from trainerd.surface.service import (
    _ODD_BREAKS,
    analyze_text,
    attach_tests,
    root_for,
    syntax_finding,
    too_large,
)

logger = logging.getLogger(__name__)
INDEX_MAX_AGE_S = 2.0  # a lens request re-stats the test files at most this often
# a first lens request waits this long for a new project's test index; candidates come with a
# codeLens/refresh when it takes longer (big projects), so Trace surfaces show at once
FIRST_INDEX_WAIT_S = 0.5


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
        self.folders: list[Path] = []  # the editor's workspace folders: a project root never lies above one

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
            boundary = next((f for f in self.folders if f == path.parent or f in path.parents), None)
            root = self._roots[path] = root_for(path, boundary)
        return root

    def set_folders(self, folders: list[Path]) -> None:
        """The editor's workspace folders changed: roots are found again under the new boundaries."""
        self.folders = sorted((Path(os.path.abspath(f)) for f in folders), key=lambda f: -len(f.parts))
        self._roots.clear()

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


def document_surfaces(result: DocumentResult, path: Path | None) -> FileSurfaces:
    """``trainer/surfaces`` for an open document: its surfaces at its current version."""
    analysis = result.analysis
    return FileSurfaces(
        str(path) if path is not None else result.uri,
        surfaces=analysis.surfaces if analysis else [],
        findings=[f for f in analysis.findings if f.code != FILE_TOO_LARGE] if analysis else [],
        notebook=bool(analysis and analysis.notebook),
        problem=result.problem,
        uri=result.uri,
        version=result.version,
        stale=result.stale,
    )


def _notebook_note(analysis: FileAnalysis) -> Finding:
    from trainerd.surface.targets import UNSUPPORTED

    found = ", ".join(f"`{s.qualname}` ({s.kind}, cell {s.cell})" for s in analysis.surfaces) or "none"
    why, fix = UNSUPPORTED["notebook"]
    return Finding(
        NOTEBOOK,
        f"Notebook: no code lenses here. Trace surfaces in its code cells: {found}. Each {why}. {fix}",
        1,
        0,
        1,
        0,
        severity="information",
    )
