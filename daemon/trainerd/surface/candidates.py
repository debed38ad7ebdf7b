"""Candidate discovery: the project index that answers "which tests exercise this function".

A :class:`ProjectIndex` holds every Python file of one project (rootdir = pytest's, see
:mod:`trainerd.surface.pytestconfig`) parsed into :class:`trainerd.surface.discovery.Module` objects;
:meth:`ProjectIndex.refresh` re-stats the files and re-parses only the new and changed ones; unsaved
editor text of open files counts (:meth:`ProjectIndex.set_overlay`). The table test -> definitions
reached is rebuilt lazily once per change (:class:`trainerd.surface.discovery.Graph`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import shlex
import threading
from collections.abc import Iterator
from pathlib import Path

import attrs

from trainerd.surface.discovery import Graph, Key, Module, TestItem, module_name, parse_module, walk_files
from trainerd.surface.pytestconfig import PytestConfig, find_config

DEFAULT_TEST_FILES = ("test_*.py", "*_test.py")
MAX_FILES = 20_000
CACHE_VERSION = 4  # bump when Module/Def change shape: older caches are ignored
logger = logging.getLogger(__name__)


def cache_dir() -> Path:
    """Where parsed modules are kept between runs (``$TRAINERD_CACHE_DIR``, else the user cache)."""
    given = os.environ.get("TRAINERD_CACHE_DIR")
    if given:
        return Path(given)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "trainerd" / "index"


def is_test_file(name: str, config: PytestConfig | None = None) -> bool:
    """A test file by pytest's ``python_files`` (the defaults when no config is given)."""
    return (config or _DEFAULT_CONFIG).is_test_file(name)


_DEFAULT_CONFIG = PytestConfig(rootdir=Path("/"))


def walk_python(
    root: Path, tests_only: bool, notebooks: bool = False
) -> Iterator[tuple[str, os.stat_result]]:
    """Python files (and notebooks) under ``root`` with their stat, the project walker's folders pruned."""
    from trainerd.project.walk import walk

    suffixes = (".py", ".ipynb") if notebooks and not tests_only else (".py",)

    def want(name: str) -> bool:
        if not name.endswith(suffixes):
            return False
        return not tests_only or is_test_file(name) or name == "conftest.py"

    for rel in walk(root, want=want, gitignore=False).files:
        path = os.path.join(root, rel)
        try:
            yield path, os.stat(path)
        except OSError:
            continue


def module_names_for(root: Path, file: Path) -> list[str]:
    """Every dotted name a test could import ``file`` by: the suffixes of its path from ``root``."""
    try:  # pure path arithmetic first: resolving costs syscalls per path component
        rel = Path(os.path.abspath(file)).relative_to(root)
    except ValueError:
        try:
            rel = file.resolve().relative_to(root.resolve())
        except ValueError:
            rel = Path(file.name)
    parts = list(rel.with_suffix("").parts)
    if parts and parts[-1] == "__init__":
        parts = parts[:-1]
    return [".".join(parts[i:]) for i in range(len(parts)) if parts[i:]]


@attrs.define
class SourceFile:
    mtime_ns: int
    size: int
    module: Module

    @property
    def error(self) -> str | None:
        return self.module.error


@attrs.define
class RefreshStats:
    files: int = 0  # test files pytest would collect
    changed: int = 0  # Python files new or changed since the last refresh (parsed again)
    removed: int = 0


class ProjectIndex:
    """The Python files of one project and what each test reaches; refreshed incrementally."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.config = find_config(self.root)
        self.config.rootdir = self.root
        self.files: dict[str, SourceFile] = {}
        self.overlays: dict[str, str] = {}  # unsaved editor text of open files
        self.generation = 0
        self._names: dict[str, str] = {}  # file -> module name (unique within the project)
        self._taken: set[str] = set()
        self._graph: Graph | None = None
        self._tests: list[TestItem] = []
        self._table: dict[Key, dict[str, int]] | None = None  # definition -> {node id: distance}
        self._reached: dict[str, list[Key]] = {}  # node id -> the definitions it reaches
        self._pending: set[str] | None = set()  # test files changed since the table (None: rebuild it all)
        self._order: dict[str, tuple[str, int]] = {}
        self._totals: dict[str, int] = {}
        self._lock = threading.RLock()
        self._cache_file = cache_dir() / (hashlib.sha1(str(self.root).encode()).hexdigest()[:16] + ".pickle")
        self._cached_table: tuple[object, ...] | None = None  # (fingerprint, tests, table, reached)
        self._cached: dict[str, SourceFile] = self._load_cache()

    # --- the parse cache: a CLI run parses only what changed since the last run --------------------------
    def _load_cache(self) -> dict[str, SourceFile]:
        try:
            with open(self._cache_file, "rb") as fh:
                version, root, files, table = pickle.load(fh)
        except (
            OSError,
            EOFError,
            pickle.UnpicklingError,
            ValueError,
            TypeError,
            AttributeError,
            ImportError,
        ):
            return {}
        if version != CACHE_VERSION or root != str(self.root) or not isinstance(files, dict):
            return {}
        self._cached_table = table
        return files

    def _save_cache(self) -> None:
        try:
            self._cache_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._cache_file.with_suffix(f".{os.getpid()}.tmp")
            files = {p: f for p, f in self.files.items() if p not in self.overlays}
            table = None
            if self._table is not None and not self.overlays and not self._pending:
                table = (self._fingerprint(), self._tests, self._table, self._reached)
            with open(tmp, "wb") as fh:
                pickle.dump(
                    (CACHE_VERSION, str(self.root), files, table), fh, protocol=pickle.HIGHEST_PROTOCOL
                )
            os.replace(tmp, self._cache_file)
        except OSError as exc:  # a read-only home: the index still works, only slower next time
            logger.debug("cannot write the index cache %s: %s", self._cache_file, exc)

    # --- files ------------------------------------------------------------------------------------
    def _extra_roots(self) -> list[Path]:
        out = []
        for entry in self.config.pythonpath:
            path = (self.root / entry).resolve()
            if path.is_dir() and path != self.root and self.root not in path.parents:
                out.append(path)
        return out

    def refresh(self) -> RefreshStats:
        """Stat every Python file; parse the new and changed ones, drop the deleted ones."""
        stats = RefreshStats()
        with self._lock:
            seen: set[str] = set()
            changed = False
            cold = not self.files
            tests = 0
            is_test = self.config.is_test_file
            for path, st in walk_files(self.root, self.config, self._extra_roots()):
                if len(seen) >= MAX_FILES:  # a folder that is no project (a home, /tmp): stop, say so
                    logger.warning(
                        "%s holds over %d Python files: the test index stops there", self.root, MAX_FILES
                    )
                    break
                seen.add(path)
                tests += is_test(os.path.basename(path))
                known = self.files.get(path)
                if path in self.overlays or (
                    known and known.mtime_ns == st.st_mtime_ns and known.size == st.st_size
                ):
                    continue
                cached = self._cached.pop(path, None)
                if cached is not None and (cached.mtime_ns, cached.size) == (st.st_mtime_ns, st.st_size):
                    self.files[path] = cached
                    self._names[path] = cached.module.name
                    self._taken.add(cached.module.name)
                    changed = True
                    self._note(path)
                    continue
                try:
                    data = Path(path).read_bytes()
                except OSError:
                    continue
                self.files[path] = SourceFile(st.st_mtime_ns, st.st_size, self._parse(path, data))
                stats.changed += 1
                changed = True
                self._note(path)
            for path in [p for p in self.files if p not in seen and p not in self.overlays]:
                del self.files[path]
                stats.removed += 1
                changed = True
                self._note(path)
            if changed:
                self._changed()
            # the cache is for the next process: written after a cold build or a large change, not after
            # every edit the daemon sees (pickling a big project costs more than re-parsing a few files)
            if stats.changed + stats.removed > max(20, len(self.files) // 20) or (cold and stats.changed):
                self._save_cache()
            self._cached.clear()
            stats.files = tests
        return stats

    def _parse(self, path: str, data: str | bytes) -> Module:
        name = self._names.get(path)
        if name is None:
            name = module_name(Path(path))
            if name in self._taken:  # two test folders without __init__.py holding the same file name
                rel = Path(os.path.relpath(path, self.root)).with_suffix("")
                name = ".".join(rel.parts)
            self._names[path] = name
            self._taken.add(name)
        return parse_module(Path(path), name, data)

    def parse_all(self) -> int:
        """Every file is parsed at refresh time; kept for callers that ask for it explicitly."""
        return 0

    def set_overlay(self, path: Path, text: str) -> None:
        """Index an open document's unsaved text instead of the file on disk."""
        if path.suffix != ".py":
            return
        key = str(path.resolve())
        with self._lock:
            if self.overlays.get(key) == text:
                return
            self.overlays[key] = text
            before = self.files.get(key)
            module = self._parse(key, text)
            self.files[key] = SourceFile(-1, -1, module)
            # typing inside a body rarely changes what it refers to: only then do lenses change
            if before is None or _shape(before.module) != _shape(module):
                self._note(key)
                self._changed()

    def clear_overlay(self, path: Path) -> None:
        key = str(path.resolve())
        with self._lock:
            if self.overlays.pop(key, None) is not None:
                self.files.pop(key, None)
                self._note(key)
                self.refresh()

    def _note(self, path: str) -> None:
        """A changed file: a plain test file only changes its own tests' rows; anything else (library code,
        a conftest) can change what every test reaches."""
        if self._pending is None:
            return
        name = os.path.basename(path)
        if self.config.is_test_file(name) and name != "conftest.py":
            self._pending.add(path)
        else:
            self._pending = None

    def _changed(self) -> None:
        self.generation += 1
        if self._pending is None:
            self._graph = None
            self._table = None

    # --- tests ----------------------------------------------------------------------------------------
    def graph(self) -> Graph:
        with self._lock:
            if self._graph is None:
                modules: dict[str, Module] = {}
                for path in sorted(self.files):
                    module = self.files[path].module
                    modules.setdefault(module.name, module)
                self._graph = Graph(modules, self.config, self.root)
            return self._graph

    def _fingerprint(self) -> str:
        digest = hashlib.sha1()  # stable across processes (str hashes are salted per process)
        for p, f in sorted(self.files.items()):
            digest.update(f"{p}\0{f.mtime_ns}\0{f.size}\n".encode())
        return digest.hexdigest()

    def _lookup(self) -> dict[Key, dict[str, int]]:
        with self._lock:
            if self._table is not None and self._pending:
                self._update(self._pending)
            if self._table is None:
                cached, self._cached_table = self._cached_table, None
                if cached is not None and cached[0] == self._fingerprint() and not self.overlays:
                    # nothing changed since the last process built it: its answers stand
                    self._tests, self._table, self._reached = cached[1], cached[2], cached[3]  # type: ignore[assignment]
                    self._order = {t.node_id: (t.file, t.line) for t in self._tests}
                    self._totals = {}
                    for t in self._tests:
                        rel = t.node_id.split("::", 1)[0]
                        self._totals[rel] = self._totals.get(rel, 0) + 1
                else:
                    graph = self.graph()
                    self._table, self._reached, self._tests = {}, {}, []
                    self._order, self._totals = {}, {}
                    self._add_tests(graph, graph.tests())
                    self._pending = set()
                    self._save_cache()  # the next process (a CLI run) starts from these answers
            self._pending = set()
            assert self._table is not None
            return self._table

    def _add_tests(self, graph: Graph, items: list[TestItem]) -> None:
        assert self._table is not None
        for item in items:
            self._tests.append(item)
            self._order[item.node_id] = (item.file, item.line)
            rel = item.node_id.split("::", 1)[0]
            self._totals[rel] = self._totals.get(rel, 0) + 1
            reached = graph.reach(item)
            self._reached[item.node_id] = list(reached)
            for key, dist in reached.items():
                self._table.setdefault(key, {})[item.node_id] = dist

    def _update(self, files: set[str]) -> None:
        """Only test files changed: drop their tests' rows and compute them again."""
        assert self._table is not None
        gone = [t for t in self._tests if t.file in files]
        for item in gone:
            for key in self._reached.pop(item.node_id, []):
                row = self._table.get(key)
                if row is not None:
                    row.pop(item.node_id, None)
            self._order.pop(item.node_id, None)
            rel = item.node_id.split("::", 1)[0]
            self._totals.pop(rel, None)
        self._tests = [t for t in self._tests if t.file not in files]
        graph = self.graph()
        graph.replace_tests(
            [self.files[f].module for f in files if f in self.files],
            [f for f in files if f not in self.files],
        )
        self._add_tests(graph, graph.tests(only=files))

    def test_items(self) -> list[TestItem]:
        self._lookup()
        return list(self._tests)

    def module_of(self, target_file: Path) -> str:
        key = os.path.abspath(target_file)
        sf = self.files.get(key) or self.files.get(str(Path(key).resolve()))
        return sf.module.name if sf is not None else module_name(Path(key))

    def tests_for(
        self, target_file: Path, qualname: str | None, modules: list[str] | None = None
    ) -> list[str]:
        """Node ids of the tests that reach ``qualname`` in ``target_file`` (any of its definitions
        when None): direct ones (the test's own code names it) first, then by calls in between, each
        group in file order. ``modules`` is accepted for compatibility and ignored."""
        with self._lock:
            table = self._lookup()
            name = self.module_of(target_file)
            if qualname is not None:
                hits = dict(table.get((name, qualname), {}))
            else:
                hits = {}
                for (module, _), tests in table.items():
                    if module == name:
                        for node_id, dist in tests.items():
                            hits[node_id] = min(dist, hits.get(node_id, dist))
            order = self._order
            return sorted(hits, key=lambda n: (hits[n], order.get(n, ("", 0))))

    def distances(self, target_file: Path, qualname: str) -> dict[str, int]:
        """node id -> calls between the test's own code and the target (0: named directly)."""
        with self._lock:
            return dict(self._lookup().get((self.module_of(target_file), qualname), {}))

    def narrowest(self, node_ids: list[str]) -> list[str]:
        """Node ids, with files whose every test is among them collapsed to the file path; node ids first
        (their order kept)."""
        by_file: dict[str, list[str]] = {}
        for node_id in node_ids:
            by_file.setdefault(node_id.split("::", 1)[0], []).append(node_id)
        with self._lock:
            self._lookup()
            totals = self._totals
        whole = {rel for rel, ids in by_file.items() if len(ids) > 1 and totals.get(rel) == len(ids)}
        singles = [n for n in node_ids if n.split("::", 1)[0] not in whole]
        return singles + sorted(whole)


def _shape(module: Module) -> tuple[object, ...]:
    return (
        tuple(
            (q, d.kind, tuple(d.refs), tuple(d.args), d.fixture, d.returns) for q, d in module.defs.items()
        ),
        tuple(sorted(module.imports.items())),
    )


_INDEXES: dict[str, ProjectIndex] = {}
_INDEX_LOCK = threading.Lock()


def project_index(root: Path) -> ProjectIndex:
    """The process-wide index of ``root`` (created on first use; call :meth:`ProjectIndex.refresh`)."""
    with _INDEX_LOCK:
        index = _INDEXES.get(str(root))  # as given: resolving costs syscalls on every lens request
        if index is None:
            key = str(root.resolve())
            index = _INDEXES.get(key)
            if index is None:
                index = _INDEXES[key] = ProjectIndex(root)
            _INDEXES[str(root)] = index
        return index


def feedback_command(tests: list[str]) -> str | None:
    """The default feedback command for a surface: pytest on exactly those tests."""
    if not tests:
        return None
    return "python -m pytest -q " + " ".join(shlex.quote(t) for t in tests)
