"""Static evidence about a target: its definition, call sites, tests, doctests and nearby datasets.

Everything here reads files and parses them with :mod:`ast`; nothing imports or runs user code (the
runner subprocess does that). Scanning a project is one walk with pruned folders and a plain-text
prefilter before any parse, so a 2,000-file project takes well under a second.

Long on purpose: the kinds of evidence share that one walk and its prefilter.
"""

from __future__ import annotations

import ast
import doctest
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from trainerd.project.assignments import assigned_names, simple_assignment
from trainerd.research.bindings import Bindings, NotLiteral, evaluate
from trainerd.research.values import Unserializable, encode, shape_of

PRUNED_DIRS = {
    ".git",
    ".hg",
    ".svn",
    "__pycache__",
    "node_modules",
    ".trainer-workspace",
    ".venv",
    "venv",
    "env",
    ".env",
    ".tox",
    ".nox",
    "build",
    "dist",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    "site-packages",
    ".eggs",
    ".ipynb_checkpoints",
}
DATA_DIRS = ("tests", "test", "data", "fixtures", "testdata", "test_data")
DATA_SUFFIXES = (".jsonl", ".json", ".csv")

# calls whose presence in a function body makes characterization unsafe, with the reason shown
SIDE_EFFECT_CALLS = {
    "open": "file I/O (open)",
    "input": "reads the terminal (input)",
    "exec": "executes dynamic code (exec)",
    "eval": "evaluates dynamic code (eval)",
    "os.system": "runs a shell command (os.system)",
    "os.remove": "deletes files (os.remove)",
    "os.unlink": "deletes files (os.unlink)",
    "os.rename": "renames files (os.rename)",
    "os.makedirs": "creates folders (os.makedirs)",
    "os.mkdir": "creates folders (os.mkdir)",
    "os.urandom": "randomness (os.urandom)",
    "os.getenv": "reads the environment (os.getenv)",
    "os.environ.get": "reads the environment (os.environ)",
    "uuid.uuid1": "randomness/time (uuid.uuid1)",
    "uuid.uuid4": "randomness (uuid.uuid4)",
    "datetime.now": "the current time (datetime.now)",
    "datetime.today": "the current time (datetime.today)",
    "datetime.utcnow": "the current time (datetime.utcnow)",
    "datetime.datetime.now": "the current time (datetime.now)",
    "date.today": "the current time (date.today)",
}
SIDE_EFFECT_MODULES = {
    "random": "randomness (random)",
    "secrets": "randomness (secrets)",
    "time": "the current time or sleeping (time)",
    "subprocess": "runs processes (subprocess)",
    "socket": "network I/O (socket)",
    "requests": "network I/O (requests)",
    "httpx": "network I/O (httpx)",
    "urllib": "network I/O (urllib)",
    "http": "network I/O (http)",
    "aiohttp": "network I/O (aiohttp)",
    "shutil": "file-system changes (shutil)",
    "tempfile": "file I/O (tempfile)",
    "sqlite3": "database I/O (sqlite3)",
    "smtplib": "network I/O (smtplib)",
}
SIDE_EFFECT_METHODS = {
    "read_text": "file I/O (Path.read_text)",
    "write_text": "file I/O (Path.write_text)",
    "read_bytes": "file I/O (Path.read_bytes)",
    "write_bytes": "file I/O (Path.write_bytes)",
    "unlink": "deletes files (unlink)",
    "mkdir": "creates folders (mkdir)",
    "urlopen": "network I/O (urlopen)",
}


@attrs.define
class Definition:
    """The target's definition as the source states it."""

    kind: str  # function | async_function | method | class | assignment
    lines: tuple[int, int]
    signature: str | None = None
    params: list[dict[str, Any]] = attrs.Factory(list)  # {name, kind, annotation, default}
    returns: str | None = None
    docstring: str | None = None
    doctests: list[dict[str, Any]] = attrs.Factory(list)  # {source, want, line, input?}
    source: str = ""


@attrs.define
class CallSite:
    """One call of the target in the project, with the shape of each argument."""

    file: str
    line: int
    caller: str | None
    in_test: bool
    args: list[dict[str, Any]]  # {literal, value?, shape, source?}
    kwargs: dict[str, dict[str, Any]]
    literal: bool  # every argument is a literal: the call is a ready-made input
    # argument lists the bindings around the call give (parametrize tables, loops over constants,
    # literal locals, a helper's literal calls): {"args", "kwargs", "init"?} with encoded values
    expansions: list[dict[str, Any]] = attrs.Factory(list)
    receiver: str | None = None  # a method call: "class" (on the class itself), "instance" (init known)


@attrs.define
class SideEffect:
    line: int
    what: str
    reason: str


def iter_python_files(root: Path) -> Iterator[Path]:
    """Every ``*.py`` under ``root``, pruning VCS, caches, virtualenvs, builds and node_modules."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [
            d
            for d in dirnames
            if d not in PRUNED_DIRS
            and not d.endswith(".egg-info")
            and not os.path.exists(os.path.join(dirpath, d, "pyvenv.cfg"))
        ]
        for name in filenames:
            if name.endswith(".py"):
                yield Path(dirpath, name)


def is_test_file(path: Path) -> bool:
    name = path.name
    return (
        name.startswith("test_")
        or name.endswith("_test.py")
        or name == "conftest.py"
        or "tests" in path.parts
    )


def import_location(target_file: Path) -> tuple[Path, str]:
    """The folder to put on ``sys.path`` and the dotted module name that imports ``target_file``."""
    parts = [target_file.stem] if target_file.name != "__init__.py" else []
    folder = target_file.parent
    while (folder / "__init__.py").exists() and folder.parent != folder:
        parts.insert(0, folder.name)
        folder = folder.parent
    return folder, ".".join(parts)


def find_definition(tree: ast.Module, symbol: str) -> ast.AST | None:
    body: list[ast.stmt] = tree.body
    node: ast.AST | None = None
    for part in symbol.split("."):
        node = None
        for stmt in body:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and stmt.name == part:
                node = stmt
            elif part in assigned_names(stmt):
                node = stmt
        if node is None:
            return None
        body = node.body if isinstance(node, ast.ClassDef) else []
    return node


def describe_definition(source: str, tree: ast.Module, symbol: str) -> Definition | None:
    node: Any = find_definition(tree, symbol)
    if node is None:
        return None
    start = min([d.lineno for d in getattr(node, "decorator_list", [])] + [node.lineno])
    end = node.end_lineno or node.lineno
    text = "\n".join(source.splitlines()[start - 1 : end])
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        kind = (
            "async_function"
            if isinstance(node, ast.AsyncFunctionDef)
            else ("method" if "." in symbol else "function")
        )
        params = _params(node.args)
        doc = ast.get_docstring(node)
        return Definition(
            kind=kind,
            lines=(start, end),
            signature=f"{node.name}({ast.unparse(node.args)})"
            + (f" -> {ast.unparse(node.returns)}" if node.returns else ""),
            params=params,
            returns=ast.unparse(node.returns) if node.returns else None,
            docstring=doc,
            doctests=_doctests(doc, node.name, symbol.split(".")[-2] if "." in symbol else None)
            if doc
            else [],
            source=text,
        )
    if isinstance(node, ast.ClassDef):
        return Definition(kind="class", lines=(start, end), docstring=ast.get_docstring(node), source=text)
    return Definition(kind="assignment", lines=(start, end), source=text)


def _params(args: ast.arguments) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    positional = [*args.posonlyargs, *args.args]
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for i, (arg, default) in enumerate(zip(positional, defaults, strict=True)):
        kind = "positional_only" if i < len(args.posonlyargs) else "positional_or_keyword"
        out.append(_param(arg, kind, default))
    if args.vararg:
        out.append(_param(args.vararg, "var_positional", None))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        out.append(_param(arg, "keyword_only", default))
    if args.kwarg:
        out.append(_param(args.kwarg, "var_keyword", None))
    return out


def _param(arg: ast.arg, kind: str, default: ast.expr | None) -> dict[str, Any]:
    return {
        "name": arg.arg,
        "kind": kind,
        "annotation": ast.unparse(arg.annotation) if arg.annotation else None,
        "default": ast.unparse(default) if default is not None else None,
    }


def _doctests(doc: str, name: str, owner: str | None = None) -> list[dict[str, Any]]:
    """The docstring's examples; those calling the target get an ``input`` (names bound by earlier
    examples' literal assignments are filled in; a method's receiver built as ``Owner(...)`` or
    ``Owner.factory(...)`` gives the ``init``)."""
    found = []
    try:
        examples = doctest.DocTestParser().get_examples(doc)
    except ValueError:
        return []
    env: dict[str, Any] = {}
    for ex in examples:
        item: dict[str, Any] = {"source": ex.source.strip(), "want": ex.want.strip(), "line": ex.lineno + 1}
        try:
            stmt = ast.parse(ex.source.strip()).body
        except SyntaxError:
            stmt = []
        binding = simple_assignment(stmt[0]) if len(stmt) == 1 else None
        if binding is not None:
            target, value = binding
            try:
                env[target] = evaluate(value, env)
            except NotLiteral:
                env.pop(target, None)
        expr = stmt[0].value if len(stmt) == 1 and isinstance(stmt[0], ast.Expr) else None
        # a wrapper around the call (``list(f(x))``, ``str(...)``) is looked through
        while isinstance(expr, ast.Call) and _callee_leaf(expr.func) != name and len(expr.args) == 1:
            expr = expr.args[0]
        if isinstance(expr, ast.Call) and _callee_leaf(expr.func) == name:
            inp = _doctest_input(expr, env, owner)
            if inp is not None:
                item["input"] = inp
        found.append(item)
    return found


def _doctest_input(call: ast.Call, env: dict[str, Any], owner: str | None) -> dict[str, Any] | None:
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return None
    try:
        inp: dict[str, Any] = {
            "args": [encode(evaluate(a, env)) for a in call.args],
            "kwargs": {k.arg: encode(evaluate(k.value, env)) for k in call.keywords if k.arg},
        }
        if owner is not None and isinstance(call.func, ast.Attribute):
            receiver = call.func.value
            names = _chain_names(receiver.func) if isinstance(receiver, ast.Call) else None
            if names and owner in names[-2:] and isinstance(receiver, ast.Call):
                inp["init"] = {
                    "args": [encode(evaluate(a, env)) for a in receiver.args],
                    "kwargs": {k.arg: encode(evaluate(k.value, env)) for k in receiver.keywords if k.arg},
                    "via": names[-1] if names[-1] != owner else None,
                }
    except (NotLiteral, Unserializable, RecursionError):
        return None
    return inp


def _callee_leaf(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _arg_shape(node: ast.expr, text: str) -> dict[str, Any]:
    try:
        value = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        segment = ast.get_source_segment(text, node) or ast.unparse(node)
        return {"literal": False, "shape": type(node).__name__.lower(), "source": segment[:200]}
    try:
        encoded = encode(value)
    except Unserializable:
        return {
            "literal": False,
            "shape": shape_of(value),
            "source": (ast.get_source_segment(text, node) or "")[:200],
        }
    return {"literal": True, "value": encoded, "shape": shape_of(value)}


def _call_args(
    call: ast.Call, text: str
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]], bool] | None:
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return None  # *args / **kwargs: the shapes are not visible statically
    args = [_arg_shape(a, text) for a in call.args]
    kwargs = {k.arg: _arg_shape(k.value, text) for k in call.keywords if k.arg}
    literal = all(a["literal"] for a in args) and all(v["literal"] for v in kwargs.values())
    return args, kwargs, literal


def _module_matches(module: str | None, level: int, target_module: str) -> bool:
    if not module:
        return False
    target_parts = target_module.split(".")
    parts = module.split(".")
    return parts == target_parts[-len(parts) :] if level == 0 else parts[-1] == target_parts[-1]


def call_sites_in(
    path: Path, text: str, tree: ast.Module, rel: str, target_file: Path, target_module: str, symbol: str
) -> list[CallSite]:
    """Calls of ``symbol`` in one parsed file: via its own name in the target file, or via an import."""
    leaf = symbol.split(".")[-1]
    top = symbol.split(".")[0]
    direct: set[str] = set()  # names bound to the function itself
    modules: set[str] = set()  # names bound to the target module
    if path.resolve() == target_file:
        direct.add(leaf if "." not in symbol else "")
    module_leaf = target_module.split(".")[-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if _module_matches(node.module, node.level, target_module):
                for alias in node.names:
                    if alias.name == top:
                        direct.add(alias.asname or alias.name)
            for alias in node.names:
                if alias.name == module_leaf and (node.module or node.level):
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if _module_matches(alias.name, 0, target_module):
                    modules.add(alias.asname or alias.name)
    direct.discard("")
    if not direct and not modules and "." not in symbol:
        return []
    sites: list[CallSite] = []
    in_test = is_test_file(path)
    owner = symbol.split(".")[-2] if "." in symbol else None
    bindings: Bindings | None = None
    chain: list[ast.AST] = []

    def matches(func: ast.expr) -> bool:
        if "." not in symbol:
            if isinstance(func, ast.Name):
                return func.id in direct
            if isinstance(func, ast.Attribute) and func.attr == leaf:
                return ast.unparse(func.value) in modules
            return False
        # Cls.method: an attribute call named like the method on the class or on anything when the
        # class is imported here (instances are not typed statically)
        return (
            isinstance(func, ast.Attribute)
            and func.attr == leaf
            and (bool(direct) or path.resolve() == target_file)
        )

    def constructor(expr: ast.expr, call: ast.Call) -> tuple[ast.Call, str | None] | None:
        """The call that built a method's receiver: ``Cls(...)``, ``Cls.factory(...)``, or a local
        name assigned one of those before the call."""
        if isinstance(expr, ast.Name):
            fn = next(
                (n for n in reversed(chain) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)), None
            )
            built = None
            for stmt in ast.walk(fn) if fn is not None else []:
                if (
                    isinstance(stmt, ast.Assign)
                    and stmt.lineno < call.lineno
                    and len(stmt.targets) == 1
                    and isinstance(stmt.targets[0], ast.Name)
                    and stmt.targets[0].id == expr.id
                    and isinstance(stmt.value, ast.Call)
                ):
                    built = stmt.value
            if built is None:
                return None
            expr = built
        if not isinstance(expr, ast.Call):
            return None
        func = _chain_names(expr.func)
        if func and func[-1] == owner:
            return expr, None
        if func and len(func) >= 2 and func[-2] == owner:
            return expr, func[-1]
        return None

    def expand(call: ast.Call) -> tuple[list[dict[str, Any]], str | None]:
        nonlocal bindings
        receiver: str | None = None
        init: tuple[ast.Call, str | None] | None = None
        if owner is not None and isinstance(call.func, ast.Attribute):
            names = _chain_names(call.func.value)
            if names and names[-1] == owner:
                receiver = "class"
            else:
                init = constructor(call.func.value, call)
                receiver = "instance" if init is not None else None
        if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
            return [], receiver
        exprs = [*call.args, *[k.value for k in call.keywords]]
        n_args = len(call.args)
        if init is not None:
            if any(isinstance(a, ast.Starred) for a in init[0].args) or any(
                k.arg is None for k in init[0].keywords
            ):
                return [], receiver
            exprs += [*init[0].args, *[k.value for k in init[0].keywords]]
        if bindings is None:
            bindings = Bindings(tree)
        out = []
        for row in bindings.expand(exprs, chain, call):
            try:
                item: dict[str, Any] = {
                    "args": [encode(v) for v in row[:n_args]],
                    "kwargs": {
                        k.arg: encode(v)
                        for k, v in zip(
                            call.keywords, row[n_args : len(call.args) + len(call.keywords)], strict=True
                        )
                    },
                }
                if init is not None:
                    rest = row[len(call.args) + len(call.keywords) :]
                    item["init"] = {
                        "args": [encode(v) for v in rest[: len(init[0].args)]],
                        "kwargs": {
                            k.arg: encode(v)
                            for k, v in zip(init[0].keywords, rest[len(init[0].args) :], strict=True)
                        },
                        "via": init[1],
                    }
            except Unserializable:
                continue
            out.append(item)
        return out, receiver

    def visit(node: ast.AST, caller: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            chain.append(child)
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                visit(child, child.name if caller is None else f"{caller}.{child.name}")
                chain.pop()
                continue
            if isinstance(child, ast.Call) and matches(child.func):
                shaped = _call_args(child, text)
                if shaped is not None:
                    site = CallSite(rel, child.lineno, caller, in_test, shaped[0], shaped[1], shaped[2])
                else:
                    site = CallSite(rel, child.lineno, caller, in_test, [], {}, False)
                if not site.literal or owner is not None:
                    site.expansions, site.receiver = expand(child)
                sites.append(site)
            visit(child, caller)
            chain.pop()

    visit(tree, None)
    return sites


def _chain_names(expr: ast.expr) -> list[str] | None:
    """``a.b.c`` -> ["a", "b", "c"]; anything else -> None."""
    parts: list[str] = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if isinstance(expr, ast.Name):
        return [expr.id, *reversed(parts)]
    return None


def factories(tree: ast.Module, owner: str) -> list[str]:
    """Names of the classmethods of class ``owner`` (dotted for nested classes): ways to build one."""
    node = find_definition(tree, owner)
    if not isinstance(node, ast.ClassDef):
        return []
    return [
        stmt.name
        for stmt in node.body
        if isinstance(stmt, ast.FunctionDef)
        and any(ast.unparse(d) == "classmethod" for d in stmt.decorator_list)
    ]


def side_effects(tree: ast.Module, symbol: str, module_source: str) -> list[SideEffect]:
    """Calls in the target's body (and in same-module helpers it calls) that make it impure."""
    node = find_definition(tree, symbol)
    if node is None or not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return []
    aliases: dict[str, str] = {}  # local name -> module it refers to
    for stmt in ast.walk(tree):
        if isinstance(stmt, ast.Import):
            for alias in stmt.names:
                aliases[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
        elif isinstance(stmt, ast.ImportFrom) and stmt.module:
            for alias in stmt.names:
                aliases[alias.asname or alias.name] = f"{stmt.module}.{alias.name}"
    helpers = {s.name: s for s in tree.body if isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef)}
    found: list[SideEffect] = []
    seen_funcs: set[str] = set()

    def dotted(expr: ast.expr) -> str | None:
        if isinstance(expr, ast.Name):
            return aliases.get(expr.id, expr.id)
        if isinstance(expr, ast.Attribute):
            base = dotted(expr.value)
            return f"{base}.{expr.attr}" if base else None
        return None

    def scan(fn: ast.AST, via: str | None) -> None:
        for sub in ast.walk(fn):
            if isinstance(sub, ast.Global | ast.Nonlocal):
                found.append(
                    SideEffect(
                        sub.lineno,
                        f"global {', '.join(sub.names)}",
                        "writes shared state (global)" + (f" via {via}()" if via else ""),
                    )
                )
            if not isinstance(sub, ast.Call):
                continue
            name = dotted(sub.func)
            reason = None
            if name:
                root = name.split(".")[0]
                if name in SIDE_EFFECT_CALLS:
                    reason = SIDE_EFFECT_CALLS[name]
                elif name.split(".", 1)[-1] in SIDE_EFFECT_CALLS and "." in name:
                    reason = SIDE_EFFECT_CALLS.get(name.split(".", 1)[-1])
                elif root in SIDE_EFFECT_MODULES:
                    reason = SIDE_EFFECT_MODULES[root]
                elif name in helpers and name not in seen_funcs and name != getattr(node, "name", None):
                    seen_funcs.add(name)
                    scan(helpers[name], name)
            if (
                reason is None
                and isinstance(sub.func, ast.Attribute)
                and sub.func.attr in SIDE_EFFECT_METHODS
            ):
                reason = SIDE_EFFECT_METHODS[sub.func.attr]
            if reason:
                what = ast.get_source_segment(module_source, sub.func) or ast.unparse(sub.func)
                found.append(SideEffect(sub.lineno, what, reason + (f" via {via}()" if via else "")))

    scan(node, None)
    return found


def nearby_datasets(target_file: Path, repo_root: Path, limit: int = 50) -> list[dict[str, Any]]:
    """``*.jsonl``/``*.json``/``*.csv`` in tests/, data/, fixtures/ next to the target and at the root."""
    import json

    bases = []
    for base in (target_file.parent, target_file.parent.parent, repo_root):
        if base not in bases and (base == repo_root or repo_root in base.parents):
            bases.append(base)
    found: list[dict[str, Any]] = []
    seen: set[Path] = set()
    for base in bases:
        for name in DATA_DIRS:
            folder = base / name
            if not folder.is_dir():
                continue
            for dirpath, dirnames, filenames in os.walk(folder):
                dirnames[:] = [d for d in dirnames if d not in PRUNED_DIRS]
                for fname in sorted(filenames):
                    if not fname.endswith(DATA_SUFFIXES):
                        continue
                    path = Path(dirpath, fname).resolve()
                    if path in seen:
                        continue
                    seen.add(path)
                    item: dict[str, Any] = {
                        "path": path.relative_to(repo_root).as_posix(),
                        "size": path.stat().st_size,
                    }
                    if fname.endswith(".jsonl") and item["size"] < 5_000_000:
                        rows = [
                            ln
                            for ln in path.read_text(encoding="utf-8", errors="replace").splitlines()
                            if ln.strip()
                        ]
                        item["rows"] = len(rows)
                        try:
                            first = json.loads(rows[0]) if rows else None
                        except json.JSONDecodeError:
                            first = None
                        if isinstance(first, dict):
                            item["keys"] = sorted(first)
                            item["fits"] = {"input", "expected"} <= set(first)
                    elif fname.endswith(".csv") and item["size"] < 5_000_000:
                        with open(path, encoding="utf-8", errors="replace") as fh:
                            header = fh.readline().strip()
                            item["rows"] = sum(1 for _ in fh)
                        item["keys"] = [h.strip() for h in header.split(",")] if header else []
                        item["fits"] = {"input", "expected"} <= set(item["keys"])
                    found.append(item)
                    if len(found) >= limit:
                        return found
    return found


def module_state(tree: ast.Module, symbol: str) -> list[str]:
    """Module state the target reads and other code of the module sets: ``G`` (a module-level name
    rebound with ``global G`` or changed in place: ``G[k] = v``, ``G.append(...)``) or ``G.attr``
    (``G.attr = v``, e.g. on a ``threading.local``). A call's result depends on it as much as on its
    arguments: the characterization records it with each input and sets it back before the call."""
    node = find_definition(tree, symbol)
    if node is None:
        return []
    names = {name for stmt in tree.body for name in assigned_names(stmt)}

    def named_attribute(call: ast.AST, functions: tuple[str, ...]) -> str | None:
        """``getattr(G, "attr", ...)``-style access with a literal name: ``G.attr``."""
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id in functions
            and len(call.args) >= 2
            and isinstance(call.args[0], ast.Name)
            and call.args[0].id in names
            and isinstance(call.args[1], ast.Constant)
            and isinstance(call.args[1].value, str)
        ):
            return f"{call.args[0].id}.{call.args[1].value}"
        return None

    reads: set[str] = set()
    for sub in ast.walk(node):
        got = named_attribute(sub, ("getattr", "hasattr"))
        if got is not None:
            reads.add(got)
        elif isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id in names:
            if isinstance(sub.ctx, ast.Load):
                reads.add(f"{sub.value.id}.{sub.attr}")
        elif isinstance(sub, ast.Name) and sub.id in names and isinstance(sub.ctx, ast.Load):
            reads.add(sub.id)
    writes: set[str] = set()
    for fn in ast.walk(tree):
        if fn is node or not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        rebound = {n for s in ast.walk(fn) if isinstance(s, ast.Global) for n in s.names}
        for sub in ast.walk(fn):
            got = named_attribute(sub, ("setattr", "delattr"))
            if got is not None:
                writes.add(got)
            elif isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store) and sub.id in rebound:
                writes.add(sub.id)
            elif isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id in names:
                if isinstance(sub.ctx, ast.Store | ast.Del):
                    writes.add(f"{sub.value.id}.{sub.attr}")
                elif sub.attr in _MUTATORS:
                    writes.add(sub.value.id)
            elif (
                isinstance(sub, ast.Subscript)
                and isinstance(sub.value, ast.Name)
                and sub.value.id in names
                and isinstance(sub.ctx, ast.Store | ast.Del)
            ):
                writes.add(sub.value.id)
    out = set()
    for read in reads:
        name = read.split(".")[0]
        if name in writes:
            out.add(name)
        elif read in writes:
            out.add(read)
    return sorted(out)[:10]


_MUTATORS = {"append", "extend", "update", "setdefault", "pop", "clear", "insert", "remove", "add", "discard"}
