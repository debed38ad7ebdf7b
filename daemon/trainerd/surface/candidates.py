"""Candidate discovery: which tests exercise which functions, found statically.

A project index walks the project's test files (``test_*.py``, ``*_test.py``), parses each one
once and records, per test, the ``(module, qualname)`` pairs it refers to: imported functions it
calls, classes it instantiates and the methods it calls on them (``Agent(...).reply``, ``a =
Agent(); a.reply(...)``, a same-file fixture returning ``Agent()``), through same-file helper
functions and fixtures. A refresh re-parses only files whose size or mtime changed.

Module names are matched by suffix: a test importing ``stats`` or ``pkg.stats`` matches
``<root>/src/pkg/stats.py``; ``from pkg import stats`` then ``stats.median`` matches too.
"""

from __future__ import annotations

import ast
import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

from trainerd.surface.astutil import walk

# folders that never hold the project's own tests
PRUNE = frozenset(
    {"node_modules", "__pycache__", "venv", "env", "build", "dist", "site-packages", "examples_build"}
)
Ref = tuple[str, str]  # (dotted module, qualname inside it)
Fixtures = dict[str, tuple[tuple[str, ...] | None, set[Ref]]]  # name -> (what it returns, what it refers to)


def is_test_file(name: str) -> bool:
    return name.endswith(".py") and (name.startswith("test_") or name.endswith("_test.py"))


def _prune(name: str) -> bool:
    return name.startswith(".") or name in PRUNE or name.endswith(".egg-info")


def walk_python(
    root: Path, tests_only: bool, notebooks: bool = False
) -> Iterator[tuple[str, os.stat_result]]:
    """Python files (and notebooks) under ``root`` (pruning VCS, virtualenv, build and hidden folders),
    with their stat."""
    suffixes = (".py", ".ipynb") if notebooks and not tests_only else (".py",)
    stack = [str(root)]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    name = entry.name
                    if entry.is_dir(follow_symlinks=False):
                        if not _prune(name) and not os.path.exists(os.path.join(entry.path, "pyvenv.cfg")):
                            stack.append(entry.path)
                    elif name.endswith(suffixes) and (
                        not tests_only or is_test_file(name) or name == "conftest.py"
                    ):
                        try:
                            yield entry.path, entry.stat()
                        except OSError:
                            continue
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
class TestFile:
    mtime_ns: int
    size: int
    tests: list[tuple[str, int]]  # (node id, line), in file order
    refs: dict[str, set[Ref]]  # node id -> refs
    error: str | None = None
    raw: bytes | None = None  # read but not parsed yet: parsed when a lookup's module name occurs in it


class _Extractor:
    """Refs of each test in one parsed test file."""

    def __init__(self, tree: ast.Module, rel: str, package: list[str]) -> None:
        self.tree = tree
        self.rel = rel
        self.package = package

    def module_imports(self, body: Sequence[ast.stmt], into: dict[str, tuple[str, ...]]) -> None:
        for stmt in body:
            if isinstance(stmt, ast.Import):
                for a in stmt.names:
                    if a.asname:
                        into[a.asname] = ("module", a.name)
                    else:
                        into[a.name.split(".")[0]] = ("module", a.name.split(".")[0])
            elif isinstance(stmt, ast.ImportFrom):
                module = stmt.module or ""
                if stmt.level:
                    base = self.package[: len(self.package) - stmt.level + 1]
                    module = ".".join([*base, module] if module else base)
                for a in stmt.names:
                    if a.name != "*":
                        into[a.asname or a.name] = ("symbol", module, a.name)
            elif isinstance(stmt, ast.If | ast.Try):
                for sub in (
                    stmt.body,
                    getattr(stmt, "orelse", []),
                    *[h.body for h in getattr(stmt, "handlers", [])],
                ):
                    self.module_imports(sub, into)

    def chain(self, expr: ast.expr) -> tuple[str, list[str]] | None:
        parts: list[str] = []
        while isinstance(expr, ast.Attribute):
            parts.append(expr.attr)
            expr = expr.value
        if isinstance(expr, ast.Call):  # Agent(...).reply
            inner = self.chain(expr.func)
            if inner is None:
                return None
            return inner[0], [*inner[1], *reversed(parts)]
        if isinstance(expr, ast.Name):
            return expr.id, list(reversed(parts))
        return None

    @staticmethod
    def refs_of(binding: tuple[str, ...], attrs_: list[str]) -> set[Ref]:
        dotted = [p for part in binding[1:] for p in part.split(".") if p] + attrs_
        out: set[Ref] = set()
        for i in range(1, len(dotted)):
            out.add((".".join(dotted[:i]), ".".join(dotted[i:])))
        return out

    def function_refs(
        self,
        fn: ast.FunctionDef | ast.AsyncFunctionDef,
        imports: dict[str, tuple[str, ...]],
        fixture_types: dict[str, tuple[str, ...]],
    ) -> tuple[set[Ref], set[str]]:
        """(refs, same-file names called) of one function, from a single walk of its body."""
        nodes = list(walk(fn))
        local = dict(imports)
        import_stmts = [n for n in nodes if isinstance(n, ast.Import | ast.ImportFrom)]
        if import_stmts:
            self.module_imports(import_stmts, local)
        types: dict[str, tuple[str, ...]] = {}
        for a in [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]:
            if a.arg in fixture_types:
                types[a.arg] = fixture_types[a.arg]

        def instance_of(target: ast.expr, call: ast.expr) -> None:
            if isinstance(target, ast.Name) and isinstance(call, ast.Call):
                c = self.chain(call.func)
                if c and c[0] in local:
                    b = local[c[0]]
                    types[target.id] = (
                        (b[0], b[1], ".".join([b[2], *c[1]])) if b[0] == "symbol" else (*b, *c[1])
                    )

        skip: set[int] = set()  # Names/Attributes inside a longer attribute chain: the chain is read once
        loads: list[ast.expr] = []
        for node in nodes:  # breadth first: a chain is seen before its inner parts
            t = type(node)
            if t is ast.Attribute:
                skip.add(id(node.value))
                if id(node) not in skip and isinstance(node.ctx, ast.Load):
                    loads.append(node)
            elif t is ast.Name:
                if id(node) not in skip and isinstance(node.ctx, ast.Load):
                    loads.append(node)
            elif t is ast.Assign and len(node.targets) == 1:
                instance_of(node.targets[0], node.value)
            elif t is ast.With or t is ast.AsyncWith:
                for item in node.items:
                    if item.optional_vars is not None:
                        instance_of(item.optional_vars, item.context_expr)
        refs: set[Ref] = set()
        called: set[str] = set()
        for node in loads:
            c = self.chain(node)
            if c is None:
                continue
            root, attrs_ = c
            if root in types:
                b = types[root]
                if b[0] == "symbol":
                    refs |= self.refs_of(("symbol", b[1], ".".join([b[2], *attrs_])), [])
                else:
                    refs |= self.refs_of(("module", ".".join(b[1:])), attrs_)
            elif root in local:
                refs |= self.refs_of(local[root], attrs_)
            elif type(node) is ast.Name:
                called.add(root)
        return refs, called

    def fixtures(self, inherited: Fixtures | None = None) -> Fixtures:
        """The fixtures this file defines (a conftest.py): what each returns and refers to."""
        imports, functions, fixture_types, helper_refs, names = self._functions(inherited or {})
        return {name: (fixture_types.get(name), helper_refs[name]) for name in names}

    def _functions(self, inherited: Fixtures):
        imports: dict[str, tuple[str, ...]] = {}
        self.module_imports(self.tree.body, imports)
        functions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
        fixture_types: dict[str, tuple[str, ...]] = {n: t for n, (t, _) in inherited.items() if t is not None}
        fixture_names: list[str] = []
        for stmt in self.tree.body:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
                functions[stmt.name] = stmt
                if any("fixture" in ast.unparse(d) for d in stmt.decorator_list):
                    fixture_names.append(stmt.name)
                    for node in walk(stmt):
                        if isinstance(node, ast.Return | ast.Yield) and isinstance(node.value, ast.Call):
                            c = self.chain(node.value.func)
                            if c and c[0] in imports:
                                b = imports[c[0]]
                                fixture_types[stmt.name] = (
                                    (b[0], b[1], ".".join([b[2], *c[1]])) if b[0] == "symbol" else (*b, *c[1])
                                )
        helper_refs: dict[str, set[Ref]] = {}
        helper_calls: dict[str, set[str]] = {}
        for name, fn in functions.items():
            helper_refs[name], helper_calls[name] = self.function_refs(fn, imports, fixture_types)
        self._calls = helper_calls
        # same-file helpers and fixtures: fold their refs into their callers (fixed point)
        changed = True
        while changed:
            changed = False
            for name in functions:
                for callee in helper_calls[name] & functions.keys():
                    if callee != name and not helper_refs[callee] <= helper_refs[name]:
                        helper_refs[name] |= helper_refs[callee]
                        changed = True
        for name, fn in functions.items():  # fixtures from conftest.py files a function asks for
            for a in [*fn.args.args, *fn.args.kwonlyargs]:
                if a.arg not in functions and a.arg in inherited:
                    helper_refs[name] |= inherited[a.arg][1]
        return imports, functions, fixture_types, helper_refs, fixture_names

    def extract(self, inherited: Fixtures | None = None) -> tuple[list[tuple[str, int]], dict[str, set[Ref]]]:
        inherited = inherited or {}
        imports, functions, fixture_types, helper_refs, _ = self._functions(inherited)
        helper_calls = self._calls
        tests: list[tuple[str, int]] = []
        refs: dict[str, set[Ref]] = {}

        def add_test(
            node_id: str, fn: ast.FunctionDef | ast.AsyncFunctionDef, own: set[Ref], calls: set[str]
        ) -> None:
            total = set(own)
            for callee in calls & functions.keys():
                total |= helper_refs[callee]
            for a in [*fn.args.args, *fn.args.kwonlyargs]:
                if a.arg in functions:
                    total |= helper_refs[a.arg]
                elif a.arg in inherited:
                    total |= inherited[a.arg][1]
            tests.append((node_id, fn.lineno))
            refs[node_id] = total

        for stmt in self.tree.body:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef) and stmt.name.startswith("test"):
                add_test(f"{self.rel}::{stmt.name}", stmt, helper_refs[stmt.name], helper_calls[stmt.name])
            elif isinstance(stmt, ast.ClassDef) and stmt.name.startswith("Test"):
                self._class_tests(stmt, f"{self.rel}::{stmt.name}", imports, fixture_types, add_test)
        return tests, refs

    def _class_tests(self, cls: ast.ClassDef, prefix: str, imports, fixture_types, add_test) -> None:
        for stmt in cls.body:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef) and stmt.name.startswith("test"):
                own, calls = self.function_refs(stmt, imports, fixture_types)
                add_test(f"{prefix}::{stmt.name}", stmt, own, calls)
            elif isinstance(stmt, ast.ClassDef) and stmt.name.startswith("Test"):
                self._class_tests(stmt, f"{prefix}::{stmt.name}", imports, fixture_types, add_test)


def _extractor(root: Path, path: Path, text: str | bytes) -> _Extractor:
    try:
        rel = Path(os.path.abspath(path)).relative_to(root).as_posix()
    except ValueError:
        rel = path.resolve().relative_to(root.resolve()).as_posix()
    package = list(Path(rel).parent.parts)
    tree = ast.parse(text, filename=str(path))
    return _Extractor(tree, rel, package)


def parse_test_file(
    root: Path, path: Path, text: str | bytes, inherited: Fixtures | None = None
) -> tuple[list[tuple[str, int]], dict[str, set[Ref]]]:
    """(tests in file order, refs per test) of one test file; ``inherited``: its conftest fixtures."""
    return _extractor(root, path, text).extract(inherited)


def parse_conftest(root: Path, path: Path, text: str | bytes, inherited: Fixtures | None = None) -> Fixtures:
    return _extractor(root, path, text).fixtures(inherited)


@attrs.define
class RefreshStats:
    files: int = 0  # test files found
    changed: int = 0  # new or changed since the last refresh (read again)
    removed: int = 0


class ProjectIndex:
    """The test files of one project and what each test refers to; refreshed incrementally."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.files: dict[str, TestFile] = {}
        self.overlays: dict[str, str] = {}  # unsaved editor text of open test files
        # conftest.py path -> (mtime_ns, size, its fixtures, its text)
        self.conftests: dict[str, tuple[int, int, Fixtures, bytes]] = {}
        self.generation = 0
        self._by_qualname: dict[str, list[tuple[str, str]]] | None = None  # qualname -> [(module, node id)]
        self._order: dict[str, tuple[str, int]] = {}
        self._totals: dict[str, int] = {}
        self._scanned: set[str] = set()  # module names every pending file has been checked for
        self._lock = threading.RLock()

    def refresh(self) -> RefreshStats:
        """Stat every test file; re-read the new and changed ones, drop the deleted ones.

        A changed ``conftest.py`` is parsed at once (its fixtures type the tests below it) and the
        test files under its folder are read again."""
        stats = RefreshStats()
        with self._lock:
            seen: set[str] = set()
            conftests_changed: list[str] = []
            for path, st in walk_python(self.root, tests_only=True):
                seen.add(path)
                if os.path.basename(path) == "conftest.py":
                    known_c = self.conftests.get(path)
                    if not known_c or (known_c[0], known_c[1]) != (st.st_mtime_ns, st.st_size):
                        conftests_changed.append(path)
                        self._read_conftest(path, st)
                    continue
                stats.files += 1
                known = self.files.get(path)
                if path in self.overlays or (
                    known and known.mtime_ns == st.st_mtime_ns and known.size == st.st_size
                ):
                    continue
                if self._read(path, st.st_mtime_ns, st.st_size):
                    stats.changed += 1
            for path in [p for p in self.conftests if p not in seen]:
                del self.conftests[path]
                conftests_changed.append(path)
            for conftest in conftests_changed:
                folder = os.path.dirname(conftest) + os.sep
                for path, tf in list(self.files.items()):
                    if path.startswith(folder) and path not in self.overlays and tf.raw is None:
                        self._read(path, tf.mtime_ns, tf.size)
            for path in [p for p in self.files if p not in seen and p not in self.overlays]:
                del self.files[path]
                stats.removed += 1
            if stats.changed or stats.removed or conftests_changed:
                self._changed()
        return stats

    def _read(self, path: str, mtime_ns: int, size: int) -> bool:
        try:
            raw = Path(path).read_bytes()
        except OSError:
            return False
        self.files[path] = TestFile(mtime_ns, size, [], {}, raw=raw)
        self._scanned.clear()  # names already looked for may occur in the new text
        return True

    def _read_conftest(self, path: str, st: os.stat_result) -> None:
        try:
            raw = Path(path).read_bytes()
            fixtures = parse_conftest(self.root, Path(path), raw)
        except (SyntaxError, ValueError, OSError, RecursionError):
            raw, fixtures = b"", {}
        self.conftests[path] = (st.st_mtime_ns, st.st_size, fixtures, raw)
        self._scanned.clear()

    def _ancestor_conftests(self, path: str) -> list[str]:
        """conftest.py files that apply to ``path``, outermost first."""
        found = []
        folder = os.path.dirname(path)
        root = str(self.root)
        while True:
            candidate = os.path.join(folder, "conftest.py")
            if candidate in self.conftests:
                found.append(candidate)
            if folder == root or len(folder) <= len(root):
                break
            folder = os.path.dirname(folder)
        return found[::-1]

    def _inherited(self, path: str) -> Fixtures:
        merged: Fixtures = {}
        for conftest in self._ancestor_conftests(path):
            merged.update(self.conftests[conftest][2])  # nearer conftests override outer ones
        return merged

    def set_overlay(self, path: Path, text: str) -> None:
        """Index an open test document's unsaved text instead of the file on disk."""
        if not is_test_file(path.name):
            return
        key = str(path.resolve())
        with self._lock:
            if self.overlays.get(key) == text:
                return
            self.overlays[key] = text
            before = self.files.get(key)
            self._parse(key, -1, -1, text)
            after = self.files[key]
            # typing inside a test body rarely changes what it refers to: only then do lenses change
            if before is None or (before.tests, before.refs) != (after.tests, after.refs):
                self._changed()

    def clear_overlay(self, path: Path) -> None:
        key = str(path.resolve())
        with self._lock:
            if self.overlays.pop(key, None) is not None:
                self.files.pop(key, None)
                self.refresh()

    def _parse(self, path: str, mtime_ns: int, size: int, text: str | bytes | None) -> None:
        try:
            data: str | bytes = text if text is not None else Path(path).read_bytes()
            tests, refs = parse_test_file(self.root, Path(path), data, self._inherited(path))
            self.files[path] = TestFile(mtime_ns, size, tests, refs)
        except (SyntaxError, ValueError, OSError, RecursionError) as exc:
            self.files[path] = TestFile(mtime_ns, size, [], {}, error=f"{type(exc).__name__}: {exc}")

    def _parse_mentioning(self, names: set[str]) -> int:
        """Parse the pending test files whose text mentions one of ``names`` (a module's own name
        occurs in every import of it); the others wait until a lookup needs them."""
        fresh = {n for n in names if n} - self._scanned
        if not fresh:
            return 0
        self._scanned |= fresh
        needles = [n.encode() for n in fresh]
        parsed = 0
        for path, tf in list(self.files.items()):
            if tf.raw is None:
                continue
            texts = [tf.raw, *(self.conftests[c][3] for c in self._ancestor_conftests(path))]
            if any(n in text for n in needles for text in texts):
                self._parse(path, tf.mtime_ns, tf.size, tf.raw)  # bytes: a coding cookie is honoured
                parsed += 1
        if parsed:
            self._by_qualname = None  # same answers as an eager parse: not a change for the lenses
        return parsed

    def parse_all(self) -> int:
        """Parse every pending test file (benchmarks, folder scans)."""
        with self._lock:
            pending = [p for p, tf in self.files.items() if tf.raw is not None]
            for path in pending:
                tf = self.files[path]
                self._parse(path, tf.mtime_ns, tf.size, tf.raw)
            if pending:
                self._by_qualname = None
            return len(pending)

    def _changed(self) -> None:
        self.generation += 1
        self._by_qualname = None

    def _lookup(self) -> dict[str, list[tuple[str, str]]]:
        if self._by_qualname is None:
            table: dict[str, list[tuple[str, str]]] = {}
            order: dict[str, tuple[str, int]] = {}
            totals: dict[str, int] = {}
            for path, tf in self.files.items():
                for node_id, line in tf.tests:
                    order[node_id] = (path, line)
                if tf.tests:
                    totals[tf.tests[0][0].split("::", 1)[0]] = len(tf.tests)
                for node_id, refs in tf.refs.items():
                    for module, qualname in refs:
                        table.setdefault(qualname, []).append((module, node_id))
                        table.setdefault("", []).append((module, node_id))
            self._by_qualname, self._order, self._totals = table, order, totals
        return self._by_qualname

    def tests_for(
        self, target_file: Path, qualname: str | None, modules: list[str] | None = None
    ) -> list[str]:
        """Node ids of the tests that exercise ``qualname`` in ``target_file`` (any symbol when None).

        ``modules`` (from :func:`module_names_for`) saves recomputing them for many symbols of one file.
        """
        wanted = set(modules if modules is not None else module_names_for(self.root, target_file))
        with self._lock:
            self._parse_mentioning({m.rsplit(".", 1)[-1] for m in wanted})
            table = self._lookup()
            hits = {node_id for module, node_id in table.get(qualname or "", []) if module in wanted}
            order = self._order
            return sorted(hits, key=lambda n: order.get(n, ("", 0)))

    def narrowest(self, node_ids: list[str]) -> list[str]:
        """Node ids, with files whose every test is among them collapsed to the file path; node ids first."""
        by_file: dict[str, list[str]] = {}
        for node_id in node_ids:
            by_file.setdefault(node_id.split("::", 1)[0], []).append(node_id)
        singles: list[str] = []
        whole: list[str] = []
        with self._lock:
            self._lookup()
            totals = self._totals
        for rel, ids in by_file.items():
            if len(ids) > 1 and totals.get(rel) == len(ids):
                whole.append(rel)
            else:
                singles.extend(ids)
        return singles + whole


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
    import shlex

    return "python -m pytest -q " + " ".join(shlex.quote(t) for t in tests)
