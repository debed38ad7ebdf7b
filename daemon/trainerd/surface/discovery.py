"""Which tests exercise which functions, found statically, as pytest would collect and run them.

Every Python file of the project (library modules and test files alike) is parsed once into a
:class:`Module`: its functions, classes and methods, what each refers to (calls, references passed as
values, methods called on ``self``, on typed locals and on attributes set in ``__init__``), its
imports (relative ones resolved against its package) and the names it re-exports. Module names are
the ones Python would import: the dotted path up the ``__init__.py`` chain, from the rootdir or a
``pythonpath`` entry.

Tests are collected with the project's pytest settings (:mod:`trainerd.surface.pytestconfig`):
functions and methods matching ``python_functions`` in classes matching ``python_classes`` (and
``unittest.TestCase`` subclasses) of files matching ``python_files`` under ``testpaths``. A test
starts from its own body, the fixtures it requests (same file, then the ``conftest.py`` files above
it, nearest first; a fixture's own requests too) and its class's ``setup_method`` / ``setUp``.
From there the references are followed through the project (re-exports through ``__init__.py``,
``from .. import``, ``pkg.mod.func``, ``obj.method`` on instances the code built) up to
:data:`MAX_DEPTH` calls deep: a function is exercised by a test that reaches it, *directly* when the
test's own code names it.

Long on purpose: the module index and the test collection are one pass over the same parsed
files; the pytest settings themselves are in :mod:`trainerd.surface.pytestconfig`.
"""

from __future__ import annotations

import ast
import keyword
import os
import re
from collections.abc import Iterator
from pathlib import Path

import attrs

from trainerd.project.assignments import simple_assignment
from trainerd.surface.astutil import FUNCS
from trainerd.surface.pytestconfig import PytestConfig

Key = tuple[str, str]  # (module name, qualname)
Chain = tuple[str, ...]  # a name and the attributes read from it: ("mod", "func"), ("self", "parse")
MAX_DEPTH = 8
MAX_CHAIN_HOPS = 12  # re-exports and aliases followed for one name
# method names too common to link an unknown object's call to the one class that defines them
_COMMON_METHODS = frozenset(
    {
        "get",
        "set",
        "run",
        "call",
        "update",
        "append",
        "add",
        "pop",
        "items",
        "keys",
        "values",
        "copy",
        "close",
    }
    | {"read", "write", "open", "start", "stop", "send", "format", "join", "split", "strip", "load", "dump"}
)


@attrs.define
class Def:
    qualname: str
    kind: str  # function | method | class | binding (``name = <expression>`` at module or class level)
    line: int
    end_line: int
    refs: list[Chain] = attrs.Factory(list)
    args: list[str] = attrs.Factory(list)  # parameter names (fixtures a test or fixture requests)
    fixture: bool = False
    returns: Chain | None = None  # a fixture's or factory's `return Thing(...)`: the instance's class
    doctest: bool = False


@attrs.define
class Module:
    name: str  # dotted name as Python imports it
    file: str
    package: bool
    defs: dict[str, Def] = attrs.Factory(dict)
    # top-level name -> ("module", dotted) | ("symbol", dotted module, name)
    imports: dict[str, tuple[str, ...]] = attrs.Factory(dict)
    bases: dict[str, list[Chain]] = attrs.Factory(dict)  # class qualname -> its bases as chains
    attr_types: dict[str, dict[str, Chain]] = attrs.Factory(dict)  # class -> self.<attr> -> class chain
    aliases: dict[str, dict[str, Chain]] = attrs.Factory(dict)  # class -> `Name = other` in its body
    star: list[str] = attrs.Factory(list)  # modules star-imported
    unittest_classes: set[str] = attrs.Factory(set)
    error: str | None = None


# --- parsing one file -----------------------------------------------------------------------------------
def module_name(path: Path) -> str:
    """The dotted name Python imports ``path`` by: up the ``__init__.py`` chain (a file outside any
    package is imported by its own name, as pytest's default prepend import mode does)."""
    parts = [path.stem] if path.name != "__init__.py" else []
    folder = path.parent
    while (folder / "__init__.py").is_file():
        parts.insert(0, folder.name)
        if folder.parent == folder:
            break
        folder = folder.parent
    return ".".join(parts) or path.parent.name


def _chain(expr: ast.expr) -> Chain | None:
    parts: list[str] = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if isinstance(expr, ast.Call):  # Thing(...).method: the class's method
        inner = _chain(expr.func)
        return (*inner, *reversed(parts)) if inner else None
    if isinstance(expr, ast.Name):
        return (expr.id, *reversed(parts))
    return None


def _is_fixture(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for dec in fn.decorator_list:
        text = ast.unparse(dec.func if isinstance(dec, ast.Call) else dec)
        if text.endswith("fixture") or text.endswith("fixture()"):
            return True
    return False


class _Parser:
    def __init__(self, module: Module, tree: ast.Module, source: str) -> None:
        self.m = module
        self.tree = tree
        self.source = source
        self.lines = source.splitlines(keepends=True)
        self.package = module.name.split(".") if module.package else module.name.split(".")[:-1]

    def run(self) -> None:
        self._imports(self.tree.body, self.m.imports)
        self._body(self.tree.body, "", None)

    def _absolute(self, stmt: ast.ImportFrom) -> str:
        module = stmt.module or ""
        if not stmt.level:
            return module
        base = (
            self.package[: len(self.package) - stmt.level + 1] if stmt.level <= len(self.package) + 1 else []
        )
        return ".".join([*base, module] if module else base)

    def _imports(self, body: list[ast.stmt], into: dict[str, tuple[str, ...]]) -> None:
        for stmt in body:
            if isinstance(stmt, ast.Import):
                for a in stmt.names:
                    if a.asname:
                        into[a.asname] = ("module", a.name)
                    else:
                        into[a.name.split(".")[0]] = ("module", a.name.split(".")[0])
            elif isinstance(stmt, ast.ImportFrom):
                module = self._absolute(stmt)
                for a in stmt.names:
                    if a.name == "*":
                        self.m.star.append(module)
                    else:
                        into[a.asname or a.name] = ("symbol", module, a.name)
            elif isinstance(stmt, ast.If | ast.Try):
                for sub in (stmt.body, stmt.orelse, *[h.body for h in getattr(stmt, "handlers", [])]):
                    self._imports(sub, into)

    def _body(self, body: list[ast.stmt], prefix: str, cls: str | None) -> None:
        for stmt in body:
            if isinstance(stmt, FUNCS):
                self._function(stmt, prefix, cls)
            elif isinstance(stmt, ast.ClassDef):
                qual = prefix + stmt.name
                bases = [c for c in (_chain(b) for b in stmt.bases) if c]
                self.m.bases[qual] = bases
                if any(c[-1] in ("TestCase", "IsolatedAsyncioTestCase") for c in bases):
                    self.m.unittest_classes.add(qual)
                self.m.defs[qual] = Def(qual, "class", stmt.lineno, stmt.end_lineno or stmt.lineno)
                for item in stmt.body:  # Cache = LRUCache / helper = Helper(): class-level names
                    binding = simple_assignment(item)
                    if binding is not None:
                        name, assigned = binding
                        value = assigned.func if isinstance(assigned, ast.Call) else assigned
                        chain = _chain(value) if isinstance(value, ast.Name | ast.Attribute) else None
                        if chain is not None:
                            where = self.m.attr_types if isinstance(assigned, ast.Call) else self.m.aliases
                            where.setdefault(qual, {})[name] = chain
                self._body(stmt.body, qual + ".", qual)
            elif isinstance(stmt, ast.If | ast.Try | ast.With):
                for sub in au_sub_bodies(stmt):
                    self._body(sub, prefix, cls)
            elif isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.value is not None:
                self._binding(stmt, prefix)

    def _binding(self, stmt: ast.Assign | ast.AnnAssign, prefix: str) -> None:
        """``name = wrapper(func, ...)``, ``name = other``, ``table = {"a": func}``: the name refers to
        the functions its value names (a test reaching the name reaches them: ``cmd = deprecated(cli.cmd)``,
        ``decorator = staticmethod(lru_cache)``, ``get = curry(get)``)."""
        binding = simple_assignment(stmt)
        if binding is None:
            return
        name, value = binding
        qual = prefix + name
        if qual in self.m.defs:  # a def of that name stays what the name means
            return
        refs: list[Chain] = []
        for node in ast.walk(value):
            if isinstance(node, ast.Name | ast.Attribute) and not isinstance(
                getattr(node, "ctx", None), ast.Store
            ):
                chain = _chain(node)
                if chain is not None and chain[0] not in _KEYWORDS:
                    refs.append(chain)
        # keep the longest chains only (``a.b.c`` rather than also ``a.b`` and ``a``)
        longest = [c for c in refs if not any(len(o) > len(c) and o[: len(c)] == c for o in refs)]
        if not longest:
            return
        d = Def(
            qual, "binding", stmt.lineno, stmt.end_lineno or stmt.lineno, refs=list(dict.fromkeys(longest))
        )
        if isinstance(value, ast.Call):
            d.returns = _chain(value.func)
        self.m.defs[qual] = d

    def _function(self, fn: ast.FunctionDef | ast.AsyncFunctionDef, prefix: str, cls: str | None) -> None:
        qual = prefix + fn.name
        args = [a.arg for a in [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]]
        start = min([x.lineno for x in fn.decorator_list] + [fn.lineno])
        end = fn.end_lineno or fn.lineno
        d = Def(qual, "method" if cls else "function", start, end, args=args, fixture=_is_fixture(fn))
        body_start = fn.body[0].lineno if fn.body else fn.lineno
        # decorators and defaults run when the def does: they are the function's references too
        text = "".join(self.lines[start - 1 : end])
        d.doctest = (
            ">>>" in "".join(self.lines[body_start - 1 : end])
            and ast.get_docstring(fn, clean=False) is not None
        )
        static = any(ast.unparse(x) == "staticmethod" for x in fn.decorator_list)
        me = args[0] if cls and args and not static else None
        local_imports: dict[str, tuple[str, ...]] = {}
        if "import" in text:
            self._imports(
                [n for n in ast.walk(fn) if isinstance(n, ast.Import | ast.ImportFrom)], local_imports
            )
        # the body is read as text: every dotted name is a reference; names bound to a call's result
        # carry the class (or factory) that built them
        types: dict[str, Chain] = {}
        for target, built in _ASSIGN_CALL.findall(text):
            chain = tuple(built.split("."))
            if me and cls and chain[0] == me:
                chain = ("<self>", cls, *chain[1:])
            if "." not in target:
                types[target] = chain
            elif me and cls and target.startswith(me + ".") and target.count(".") == 1:
                self.m.attr_types.setdefault(cls, {})[target.split(".", 1)[1]] = chain
        for built, target in _WITH_AS.findall(text):
            types[target] = tuple(built.split("."))
        returned = _RETURN_CALL.search(text)
        if returned:
            d.returns = tuple(returned.group(1).split("."))
        refs: list[Chain] = []
        for dotted in _DOTTED.findall(text) + [f"{a}.{b}" for a, b in _CALL_ATTR.findall(text)]:
            chain = tuple(dotted.split("."))
            root = chain[0]
            if root in _KEYWORDS:
                continue
            if root in local_imports:
                chain = ("<import>", *local_imports[root], *chain[1:])
            elif me and root == me and cls:
                chain = ("<self>", cls, *chain[1:])
            elif root in types:
                chain = (*types[root], *chain[1:])
            refs.append(chain)
        d.refs = list(dict.fromkeys(refs))
        self.m.defs[qual] = d


_DOTTED = re.compile(r"(?<![\w.'\"])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)")
_CALL_ATTR = re.compile(r"(?<![\w.])([A-Za-z_][\w.]*)\([^()\n]*\)\.([A-Za-z_]\w*)")
_ASSIGN_CALL = re.compile(r"^\s*([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)?)\s*=\s*([A-Za-z_][\w.]*)\(", re.MULTILINE)
_WITH_AS = re.compile(r"\bwith\s+([A-Za-z_][\w.]*)\(.*?\)\s+as\s+([A-Za-z_]\w*)")
_RETURN_CALL = re.compile(r"^\s*(?:return|yield)\s+([A-Za-z_][\w.]*)\(", re.MULTILINE)
_KEYWORDS = frozenset(keyword.kwlist) | {"print", "len", "isinstance", "range", "str", "int", "list", "dict"}


def au_sub_bodies(stmt: ast.stmt) -> list[list[ast.stmt]]:
    if isinstance(stmt, ast.If):
        return [stmt.body, stmt.orelse]
    if isinstance(stmt, ast.Try):
        return [stmt.body, *[h.body for h in stmt.handlers], stmt.orelse, stmt.finalbody]
    if isinstance(stmt, ast.With):
        return [stmt.body]
    return []


def parse_module(path: Path, name: str, source: str | bytes) -> Module:
    module = Module(name=name, file=str(path), package=path.name == "__init__.py")
    try:
        tree = ast.parse(source, filename=str(path))
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        module.error = f"{type(exc).__name__}: {exc}"
        return module
    text = source if isinstance(source, str) else source.decode("utf-8", "replace")
    _Parser(module, tree, text).run()
    return module


# --- the graph ------------------------------------------------------------------------------------------
@attrs.define
class TestItem:
    node_id: str
    module: str
    qualname: str  # the test function (Class.test_x for methods); a doctest: the documented function
    file: str
    line: int
    doctest: bool = False
    self_class: Key | None = None  # a test method inherited from a base class: the class pytest runs it on


class Graph:
    """Resolution of references across the project's modules, and what each test reaches."""

    def __init__(self, modules: dict[str, Module], config: PytestConfig, root: Path) -> None:
        self.modules = modules
        self.config = config
        self.root = root
        self.by_file = {m.file: m for m in modules.values()}
        self._suffix: dict[str, list[str]] = {}
        for name in modules:
            parts = name.split(".")
            for i in range(len(parts)):
                self._suffix.setdefault(".".join(parts[i:]), []).append(name)
        self._methods: dict[str, list[Key]] = {}
        for m in modules.values():
            if self._is_test_module(m):
                continue  # an object's method is never a test class's
            for q, d in m.defs.items():
                if d.kind == "method":
                    self._methods.setdefault(q.rsplit(".", 1)[-1], []).append((m.name, q))
        self._memo: dict[tuple[str, Chain], Key | None] = {}
        self._edges: dict[Key, list[Key]] = {}
        self._test_modules = {m.name for m in modules.values() if self._is_test_module(m)}

    def _is_test_module(self, module: Module) -> bool:
        name = os.path.basename(module.file)
        return name == "conftest.py" or self.config.is_test_file(name)

    def replace_tests(self, changed: list[Module], removed: list[str]) -> None:
        """Test files changed (not conftest.py, no library code): patch them in, keep the rest."""
        names = {m.name for m in changed}
        for file in removed:
            gone = self.by_file.pop(file, None)
            if gone is not None:
                self.modules.pop(gone.name, None)
                names.add(gone.name)
        for m in changed:
            old = self.by_file.get(m.file)
            if old is not None and old.name != m.name:
                self.modules.pop(old.name, None)
            self.modules[m.name] = m
            self.by_file[m.file] = m
            self._test_modules.add(m.name)
            parts = m.name.split(".")
            for i in range(len(parts)):
                found = self._suffix.setdefault(".".join(parts[i:]), [])
                if m.name not in found:
                    found.append(m.name)
        self._memo = {k: v for k, v in self._memo.items() if k[0] not in names}
        self._edges = {k: v for k, v in self._edges.items() if k[0] not in names}

    # -- modules and names --
    def module(self, name: str) -> Module | None:
        m = self.modules.get(name)
        if m is not None:
            return m
        found = self._suffix.get(name, [])
        return self.modules[found[0]] if len(found) == 1 else None

    def resolve(self, module: Module, chain: Chain, hops: int = 0) -> Key | None:
        """The definition a chain read in ``module`` refers to, or None."""
        memo_key = (module.name, chain)
        if memo_key in self._memo:
            return self._memo[memo_key]
        self._memo[memo_key] = None  # cycles resolve to nothing
        found = self._resolve(module, chain, hops)
        self._memo[memo_key] = found
        return found

    def _resolve(self, module: Module, chain: Chain, hops: int) -> Key | None:
        if hops > MAX_CHAIN_HOPS or not chain:
            return None
        head, rest = chain[0], chain[1:]
        if head == "<import>":
            return self._through_import(chain[1:], hops)
        if head == "<self>":
            cls, attrs_ = rest[0], rest[1:]
            return self._in_class(module, cls, attrs_, hops)
        if head in module.defs and "." not in head:
            d = module.defs[head]
            if d.kind == "binding" and rest:  # instance = Thing(); instance.method
                return self.resolve(module, (*d.returns, *rest), hops + 1) if d.returns else None
            if d.kind == "class":
                return self._in_class(module, head, rest, hops) if rest else (module.name, head)
            if rest and d.returns is not None:  # make_parser().parse: the factory's class
                return self.resolve(module, (*d.returns, *rest), hops + 1)
            return (module.name, head) if not rest else None
        if head in module.imports:
            return self._through_import((*module.imports[head], *rest), hops)
        for star in module.star:
            target = self.module(star)
            if target is not None and (head in target.defs or head in target.imports):
                return self.resolve(target, chain, hops + 1)
        return None

    def _through_import(self, spec: tuple[str, ...], hops: int) -> Key | None:
        kind = spec[0]
        if kind == "module":
            dotted, rest = spec[1], list(spec[2:])
            # import a.b.c binds "a": consume attributes while they name submodules
            while rest and self.module(f"{dotted}.{rest[0]}") is not None:
                dotted = f"{dotted}.{rest.pop(0)}"
            target = self.module(dotted)
            return self.resolve(target, tuple(rest), hops + 1) if target is not None and rest else None
        dotted, name, tail = spec[1], spec[2], spec[3:]
        target = self.module(dotted)
        rest = list(tail)
        if target is None:
            sub = self.module(f"{dotted}.{name}")  # from pkg import submodule
            if sub is not None and rest:
                return self.resolve(sub, tuple(rest), hops + 1)
            return None
        if name not in target.defs and name not in target.imports and not target.star:
            sub = self.module(f"{target.name}.{name}")
            if sub is not None:
                return self.resolve(sub, tuple(rest), hops + 1) if rest else None
        return self.resolve(target, (name, *rest), hops + 1)

    def _in_class(self, module: Module, cls: str, rest: Chain, hops: int) -> Key | None:
        if not rest:
            return (module.name, cls)
        name, more = rest[0], rest[1:]
        for owner_module, owner in self._mro(module, cls):
            q = f"{owner}.{name}"
            if q in owner_module.defs and not (more and owner_module.defs[q].kind == "binding"):
                d = owner_module.defs[q]
                if more and d.kind == "class":
                    return self._in_class(owner_module, q, more, hops + 1)
                return (owner_module.name, q) if not more else None
            typed = owner_module.attr_types.get(owner, {}).get(name)
            if typed is not None:
                return self.resolve(owner_module, (*typed, *more), hops + 1)
            alias = owner_module.aliases.get(owner, {}).get(name)
            if alias is not None:
                return self.resolve(owner_module, (*alias, *more), hops + 1)
        return None

    def _mro(self, module: Module, cls: str) -> Iterator[tuple[Module, str]]:
        seen: set[Key] = set()
        stack = [(module, cls)]
        while stack:
            m, c = stack.pop(0)
            if (m.name, c) in seen:
                continue
            seen.add((m.name, c))
            yield m, c
            for base in m.bases.get(c, []):
                key = self.resolve(m, base)
                if key is not None and key[0] in self.modules:
                    stack.append((self.modules[key[0]], key[1]))

    # -- edges --
    def edges(self, key: Key) -> list[Key]:
        """The definitions ``key`` refers to (a class: its ``__init__`` too)."""
        found = self._edges.get(key)
        if found is None:
            found = self._edges[key] = self._compute_edges(key)
        return found

    def _compute_edges(self, key: Key) -> list[Key]:
        module = self.modules.get(key[0])
        if module is None:
            return []
        d = module.defs.get(key[1])
        if d is None:
            return []
        out: list[Key] = []
        if d.kind == "class":  # building one calls __init__; using it, its protocol (len, [], in, repr, ...)
            out = []
            for owner_module, owner in self._mro(module, key[1]):
                for q in owner_module.defs:
                    name = q[len(owner) + 1 :]
                    if (
                        q.startswith(owner + ".")
                        and name.startswith("__")
                        and name.endswith("__")
                        and "." not in name
                    ):
                        out.append((owner_module.name, q))
            return out
        for chain in d.refs:
            found = self.resolve(module, chain)
            if (
                found is None
                and len(chain) > 1
                and chain[0] not in ("<import>",)
                and not self._typed_arg(module, d, chain[0])
            ):
                found = self._unique_method(chain[-1])
            if found is not None:
                out.append(found)
                if (
                    found[0] in self.modules
                    and self.modules[found[0]].defs.get(found[1], Def("", "", 0, 0)).kind == "class"
                ):
                    init = self._in_class(self.modules[found[0]], found[1], ("__init__",), 0)
                    if init:
                        out.append(init)
        return out

    def _typed_arg(self, module: Module, d: Def, name: str) -> bool:
        """A parameter filled by a fixture whose class is known: calls on it are that class's, not a guess."""
        if name not in d.args:
            return False
        fixture = self._fixture(module, name)
        return fixture is not None and self.modules[fixture[0]].defs[fixture[1]].returns is not None

    def _unique_method(self, name: str) -> Key | None:
        if name.startswith("__") or name in _COMMON_METHODS:
            return None
        owners = self._methods.get(name, [])
        return owners[0] if len(owners) == 1 else None

    # -- tests --
    def tests(self, only: set[str] | None = None) -> list[TestItem]:
        """The test items pytest would collect (``only``: from these files only)."""
        items: list[TestItem] = []
        cfg = self.config
        for m in self.modules.values():
            if only is not None and m.file not in only:
                continue
            name = os.path.basename(m.file)
            if not cfg.is_test_file(name) or not self._collected(m.file):
                continue
            rel = Path(os.path.relpath(m.file, self.root)).as_posix()
            for q, d in m.defs.items():
                if d.kind == "class" and self._collected_class(m, q):
                    items.extend(self._inherited_tests(m, q, rel))
                if d.kind in ("class", "binding") or d.fixture:
                    continue
                parts = q.split(".")
                if not cfg.is_test_function(parts[-1]):
                    continue
                classes = parts[:-1]
                owners = [".".join(parts[: i + 1]) for i in range(len(classes))]
                if classes and not all(
                    self._is_unittest(m, o) or (cfg.is_test_class(c) and f"{o}.__init__" not in m.defs)
                    for o, c in zip(owners, classes, strict=True)
                ):
                    continue
                if not classes and d.kind != "function":
                    continue
                items.append(TestItem(f"{rel}::{'::'.join(parts)}", m.name, q, m.file, d.line))
            if cfg.doctest_modules:
                items.extend(self._doctests(m))
        if cfg.doctest_modules and only is None:
            for m in self.modules.values():
                if not cfg.is_test_file(os.path.basename(m.file)) and self._in_root(m.file):
                    items.extend(self._doctests(m))
        items.sort(key=lambda t: (t.file, t.line))
        return items

    def _is_unittest(self, module: Module, cls: str) -> bool:
        return any(c in m.unittest_classes for m, c in self._mro(module, cls))

    def _collected_class(self, module: Module, cls: str) -> bool:
        parts = cls.split(".")
        for i in range(len(parts)):
            owner = ".".join(parts[: i + 1])
            if not (
                self._is_unittest(module, owner)
                or (self.config.is_test_class(parts[i]) and f"{owner}.__init__" not in module.defs)
            ):
                return False
        return True

    def _inherited_tests(self, module: Module, cls: str, rel: str) -> list[TestItem]:
        """Test methods a collected class inherits from its bases (mixins included), run on the class."""
        own = {
            q.rsplit(".", 1)[-1]
            for q in module.defs
            if q.startswith(cls + ".") and q.count(".") == cls.count(".") + 1
        }
        out = []
        seen = set(own)
        for owner_module, owner in list(self._mro(module, cls))[1:]:
            for q, d in owner_module.defs.items():
                name = q[len(owner) + 1 :]
                if not q.startswith(owner + ".") or "." in name or name in seen or d.kind != "method":
                    continue
                if not self.config.is_test_function(name):
                    continue
                seen.add(name)
                out.append(
                    TestItem(
                        f"{rel}::{'::'.join(cls.split('.'))}::{name}",
                        owner_module.name,
                        q,
                        module.file,
                        d.line,
                        self_class=(module.name, cls),
                    )
                )
        return out

    def _doctests(self, m: Module) -> list[TestItem]:
        rel = Path(os.path.relpath(m.file, self.root)).as_posix()
        return [
            TestItem(f"{rel}::{m.name}.{q}", m.name, q, m.file, d.line, doctest=True)
            for q, d in m.defs.items()
            if d.doctest
        ]

    def _in_root(self, file: str) -> bool:
        return file.startswith(str(self.root) + os.sep)

    def _collected(self, file: str) -> bool:
        """Whether pytest would collect ``file`` from its testpaths (norecursedirs honoured)."""
        if not self._in_root(file):
            return False
        roots = [str(r) for r in self.config.search_roots()]
        under = next((r for r in roots if file == r or file.startswith(r + os.sep)), None)
        if under is None:
            return False
        rel_dirs = os.path.relpath(os.path.dirname(file), under).split(os.sep)
        return all(part in (".", "") or self.config.recurse(part) for part in rel_dirs)

    def start_points(self, item: TestItem) -> list[Key]:
        """The test itself, its class's setup, and the fixtures it requests (transitively)."""
        module = self.modules[item.module]
        starts: list[Key] = [(item.module, item.qualname)]
        cls = item.qualname.rsplit(".", 1)[0] if "." in item.qualname else None
        if cls:
            for setup in ("setup_method", "setUp", "setup", "setup_class", "setUpClass"):
                if f"{cls}.{setup}" in module.defs:
                    starts.append((item.module, f"{cls}.{setup}"))
        pending = list(module.defs[item.qualname].args)
        requested: set[str] = set()
        while pending:
            arg = pending.pop()
            if arg in requested or arg in ("self", "cls", "request"):
                continue
            requested.add(arg)
            fixture = self._fixture(module, arg)
            if fixture is not None:
                starts.append(fixture)
                pending.extend(self.modules[fixture[0]].defs[fixture[1]].args)
        return starts

    def _fixture(self, module: Module, name: str) -> Key | None:
        d = module.defs.get(name)
        if d is not None and d.fixture:
            return (module.name, name)
        folder = os.path.dirname(module.file)
        root = str(self.root)
        while True:
            conftest = self.by_file.get(os.path.join(folder, "conftest.py"))
            if conftest is not None:
                d = conftest.defs.get(name)
                if d is not None and d.fixture:
                    return (conftest.name, name)
            if folder == root or len(folder) <= len(root):
                return None
            folder = os.path.dirname(folder)

    def is_test_code(self, key: Key) -> bool:
        """Definitions in test files and conftest.py files: helpers and fixtures are part of a test."""
        return key[0] in self._test_modules

    def reach(self, item: TestItem) -> dict[Key, int]:
        """Every project definition the test reaches, with the number of calls in between (0: the test's
        own code names it; its fixtures, setup and the helpers of its test files are its own code)."""
        from collections import deque

        module = self.modules[item.module]
        best: dict[Key, int] = {}
        queue: deque[tuple[Key, int]] = deque()
        running: set[Key] = set()  # the methods of the running class (its MRO), for `self.X` in helpers
        if item.self_class is not None and item.self_class[0] in self.modules:
            for owner_module, owner in self._mro(self.modules[item.self_class[0]], item.self_class[1]):
                running.update(
                    (owner_module.name, q)
                    for q, d in owner_module.defs.items()
                    if d.kind == "method" and q.rsplit(".", 1)[0] == owner
                )
        if item.doctest:
            queue.append(((item.module, item.qualname), 0))
        else:
            for start in self.start_points(item):
                queue.append((start, -1))
            if item.self_class is not None:  # the mixin's `self.x` is the running class's
                for edge in self._edges_as(item, (item.module, item.qualname)):
                    queue.append((edge, 0))
            for edge in self._typed_fixture_calls(module, item):
                queue.append((edge, 0))
        while queue:
            key, dist = queue.popleft()
            if key in best and best[key] <= dist:
                continue
            best[key] = dist
            test_code = self.is_test_code(key)
            if dist >= MAX_DEPTH and not test_code:
                continue
            through = self._kind(key) == "binding"  # a name bound to a function: no call in between
            edges = self.edges(key)
            if test_code and item.self_class is not None and key in running:
                edges = [*edges, *self._edges_as(item, key)]  # a mixin helper's self.X: the running class's
            for edge in edges:
                if self.is_test_code(edge):
                    step = dist
                else:
                    step = 0 if test_code else dist if through else dist + 1
                if edge not in best or best[edge] > step:
                    if step <= dist:
                        queue.appendleft((edge, step))
                    else:
                        queue.append((edge, step))
        return {
            k: d
            for k, d in best.items()
            if d >= 0 and not self.is_test_code(k) and self._kind(k) != "binding"
        }

    def _kind(self, key: Key) -> str | None:
        module = self.modules.get(key[0])
        d = module.defs.get(key[1]) if module is not None else None
        return d.kind if d is not None else None

    def _edges_as(self, item: TestItem, key: Key) -> list[Key]:
        """``self.X`` in ``key`` (the test method or a helper method of its class) as the running class's."""
        assert item.self_class is not None
        module = self.modules[key[0]]
        d = module.defs[key[1]]
        self_module = self.modules.get(item.self_class[0])
        if self_module is None:
            return []
        out = []
        for chain in d.refs:
            if chain[0] == "<self>":
                found = self._in_class(self_module, item.self_class[1], chain[2:], 0)
                if found is not None:
                    out.append(found)
        return out

    def _typed_fixture_calls(self, module: Module, item: TestItem) -> list[Key]:
        """``agent.reply()`` where the test's ``agent`` fixture returns ``Agent(...)``: Agent.reply."""
        out: list[Key] = []
        d = module.defs[item.qualname]
        for arg in d.args:
            fixture = self._fixture(module, arg)
            if fixture is None:
                continue
            owner = self.modules[fixture[0]]
            returns = owner.defs[fixture[1]].returns
            cls = self.resolve(owner, returns) if returns is not None else None
            if cls is None or cls[0] not in self.modules:
                continue
            for chain in d.refs:
                if chain[0] == arg and len(chain) > 1:
                    method = self._in_class(self.modules[cls[0]], cls[1], chain[1:], 0)
                    if method is not None:
                        out.append(method)
        return out


def walk_files(
    root: Path, config: PytestConfig, extra_roots: list[Path]
) -> Iterator[tuple[str, os.stat_result]]:
    """Every ``.py`` file the project's code or tests can live in (virtualenvs, VCS and build folders
    and pytest's ``norecursedirs`` pruned)."""
    from trainerd.project.walk import PRUNE_DIRS

    seen: set[str] = set()
    for top in [root, *extra_roots]:
        stack = [str(top)]
        while stack:
            current = stack.pop()
            try:
                with os.scandir(current) as entries:
                    for entry in entries:
                        name = entry.name
                        try:
                            is_dir = entry.is_dir(follow_symlinks=False)
                        except OSError:
                            continue
                        if is_dir:
                            if (
                                name in PRUNE_DIRS
                                or name.startswith(".")
                                or name.endswith(".egg-info")
                                or not config.recurse(name)
                                or os.path.exists(os.path.join(entry.path, "pyvenv.cfg"))
                            ):
                                continue
                            stack.append(entry.path)
                        elif name.endswith(".py") and entry.path not in seen:
                            seen.add(entry.path)
                            try:
                                yield entry.path, entry.stat()
                            except OSError:
                                continue
            except OSError:
                continue
