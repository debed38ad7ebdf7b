"""Can this target be optimized, and if not why: the one predicate the lens and ``optimize`` share.

:func:`check_target` answers for ``file.py[::symbol]``: the surface the symbol names, exactly the
trainable parameters that belong to it (its scope), the refusals (hard ones stop optimization and
hide the lens; overridable ones — hidden dependencies, too broad — block a run until the user
overrides them, and keep the lens), and what the target reads from outside itself (helpers and
globals, shown to the optimizer as read-only context). :func:`optimizable` is the short form.

Which target shapes are refused is decided in ONE table, :data:`UNSUPPORTED`: a shape optimize
learns to handle is removed there, and the lens and the blocker follow together.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import attrs

from trainerd.errors import TrainerError
from trainerd.project.assignments import assigned_names
from trainerd.surface import checks
from trainerd.surface.analysis import _Analyzer
from trainerd.surface.astutil import FUNCS
from trainerd.surface.model import HIDDEN_DEPENDENCIES, SURFACE_TOO_BROAD, Finding, Surface

SURFACE_UNDEFINED = "surface_undefined"  # the workspace blocker codes (trainerd.workspace.blockers)
TARGET_UNSUPPORTED = "target_unsupported"

# shape -> (why, what to do). The lens is hidden and optimize refuses for each of these.
UNSUPPORTED: dict[str, tuple[str, str]] = {
    "classmethod": (
        "is a classmethod: the optimization wraps plain functions and instance methods only",
        "Move the logic into a module-level function (the classmethod can call it) and optimize that.",
    ),
    "staticmethod": (
        "is a staticmethod: the optimization wraps plain functions and instance methods only",
        "Move it to module level (the class can keep an alias to it) and optimize that function.",
    ),
    "property": (
        "is a property: its getter cannot be wrapped as a trainable function",
        "Move the computation into a plain method or function the property calls, and optimize that.",
    ),
    "async": (
        "is a coroutine function: trace-opt's bundle does not await coroutines, so its result would "
        "be an un-awaited coroutine",
        "Optimize a synchronous helper it calls, or make the target synchronous.",
    ),
    "nested": (
        "is defined inside a function: it does not exist until that function runs and cannot be named "
        "as a target",
        "Move it to module or class level.",
    ),
    "wrapped": (
        "is wrapped by another decorator above @trace.bundle: what the module holds is that decorator's "
        "wrapper, so the bundle under it cannot be found or updated",
        "Put @trace.bundle(...) first (outermost), or optimize an undecorated function it calls.",
    ),
    "notebook": (
        "is in a Jupyter notebook: optimize works on .py modules (snapshots, write-back and tests "
        "address files), and a notebook cell is not one",
        "Move the code into a .py module next to the notebook and import it there; `trainerd surfaces` "
        "lists the notebook's surfaces.",
    ),
    "not_addressable": (
        "is a trainable node without a name the target can give",
        "Assign it to a module-level name, a class attribute or self.<name> in a method.",
    ),
    "container_element": (
        "is one element of a container of trainable nodes",
        "Optimize the container (its name) as the target.",
    ),
}
MAX_READ_LINES = 80  # a helper longer than this is shown by its signature only
MAX_HELPERS = 12


@attrs.define
class Refusal:
    """Why a target cannot be optimized (as it is). ``overridable``: the user may confirm past it."""

    code: str  # surface_undefined | target_unsupported | surface_too_broad | hidden_dependencies
    message: str
    fix: str
    names: list[str] = attrs.Factory(list)
    overridable: bool = False
    line: int | None = None


@attrs.define
class Parameter:
    """One trainable parameter of the target: the optimizer's variable."""

    key: str  # code:<qualname> (a bundle's or function's source) | node:<line>[:<col>] (a node call)
    kind: str  # code | node
    qualname: str
    line: int
    end_line: int
    column: int | None = None  # nodes: the call's column (in the key only when calls share a line)


@attrs.define
class Helper:
    """A function or class the target calls, defined in the project (read-only prompt context)."""

    name: str  # as the target spells it
    qualname: str
    file: str
    start_line: int
    end_line: int
    source: str


@attrs.define
class GlobalRead:
    """A module-level name the target reads, with the statement that binds it."""

    name: str
    line: int
    source: str
    constant: bool  # bound once to a literal value


@attrs.define
class TargetReads:
    helpers: list[Helper] = attrs.Factory(list)
    globals: list[GlobalRead] = attrs.Factory(list)


@attrs.define
class TargetCheck:
    file: str
    symbol: str | None
    surface: Surface | None = None
    parameters: list[Parameter] = attrs.Factory(list)
    refusals: list[Refusal] = attrs.Factory(list)
    reads: TargetReads = attrs.Factory(TargetReads)

    @property
    def ok(self) -> bool:
        """No hard refusal: the lens is shown and optimize may start (overridable blockers aside)."""
        return not any(not r.overridable for r in self.refusals)


# --- the lens rule --------------------------------------------------------------------------------------
def shape_of(surface: Surface, notebook: bool = False) -> str | None:
    """The :data:`UNSUPPORTED` shape a surface has, or None."""
    if notebook or surface.cell is not None:
        return "notebook"
    if "<locals>" in surface.qualname:
        return "nested"
    if surface.is_async:
        return "async"
    if surface.method_kind in ("classmethod", "staticmethod", "property"):
        return surface.method_kind
    if surface.wrapped_by:
        return "wrapped"
    if surface.kind == "node" and surface.options.get("container"):
        return "container_element"
    if surface.kind == "node" and not surface.addressable:
        return "not_addressable"
    return None


def unsupported(shape: str, surface: Surface | None, name: str) -> Refusal:
    why, fix = UNSUPPORTED[shape]
    if shape == "container_element" and surface is not None:
        fix = f"Optimize the container `{surface.options.get('container')}` as the target."
    return Refusal(
        TARGET_UNSUPPORTED, f"`{name}` {why}.", fix, [shape], line=surface.name_line if surface else None
    )


def hard_refusal(surface: Surface, notebook: bool = False) -> Refusal | None:
    """The refusal that hides a surface's lens, or None (the lens is shown when it is trainable)."""
    shape = shape_of(surface, notebook)
    if shape is not None:
        return unsupported(shape, surface, surface.qualname)
    if surface.kind not in ("candidate", "plain") and not surface.trainable:
        what = {"bundle": "@trace.bundle(trainable=True)", "node": "trace.node(..., trainable=True)"}
        return Refusal(
            SURFACE_UNDEFINED,
            f"`{surface.qualname}` is a {surface.kind} that is not trainable: nothing in it can change.",
            f"Mark it {what.get(surface.kind, 'trainable')}.",
            line=surface.name_line,
        )
    return None


def apply_lens_rule(surfaces: list[Surface], notebook: bool = False) -> None:
    """Set ``lens`` (and the note saying why not) on each surface from :func:`hard_refusal`."""
    for s in surfaces:
        refusal = hard_refusal(s, notebook)
        if refusal is None:
            s.lens = s.trainable or s.kind == "candidate"
        else:
            if s.lens or s.trainable or s.kind == "candidate":
                s.note = s.note if s.note and not s.lens else refusal.message + " " + refusal.fix
            s.lens = False


# --- check_target ---------------------------------------------------------------------------------------
def check_target(path: Path, symbol: str | None, text: str | None = None) -> TargetCheck:
    """What optimizing ``path[::symbol]`` would work on, and every reason it cannot (yet)."""
    from trainerd.surface import service

    path = Path(path).resolve()
    result = TargetCheck(file=str(path), symbol=symbol)
    source = service.read_source(path) if text is None else text
    if path.suffix == ".ipynb":
        shown = symbol or path.name
        try:
            analysis = service.analyze_text(source, str(path))
            result.surface = analysis.surface(symbol) if symbol else None
        except (SyntaxError, TrainerError):
            pass
        result.refusals.append(unsupported("notebook", result.surface, shown))
        return result
    try:
        an = _Analyzer(source, str(path), ast.parse(source, filename=str(path)))
        an.run()
    except SyntaxError as exc:
        result.refusals.append(
            Refusal(
                SURFACE_UNDEFINED,
                f"{path.name} does not parse (line {exc.lineno}: {exc.msg}), so its trainable surface is undefined.",
                "Fix the syntax error.",
                line=exc.lineno,
            )
        )
        return result
    if symbol is None:
        return _whole_file(an, path, result)
    return _one_symbol(an, path, symbol, result)


def optimizable(path: Path, symbol: str | None, text: str | None = None) -> Refusal | None:
    """The first hard refusal for ``path[::symbol]``, or None when optimize may start."""
    return next((r for r in check_target(path, symbol, text).refusals if not r.overridable), None)


def _parameters(an: _Analyzer, surface: Surface) -> list[Parameter]:
    by_name = {s.qualname: s for s in an.result.surfaces}
    per_line: dict[int, int] = {}
    for s in an.result.surfaces:
        if s.kind == "node" and s.param_line is not None and s.trainable:
            per_line[s.param_line] = per_line.get(s.param_line, 0) + 1
    out: list[Parameter] = []
    seen: set[str] = set()

    def add(s: Surface) -> None:
        if not s.trainable and s.kind not in ("candidate", "plain"):
            return
        column = None
        if s.kind in ("bundle", "candidate", "plain"):
            key, kind, line = f"code:{s.qualname}", "code", s.name_line
        elif s.kind == "node" and s.form != "container":
            line, column = s.param_line or s.start_line, s.param_col
            key = f"node:{line}" if per_line.get(line, 1) == 1 else f"node:{line}:{column}"
            kind = "node"
        else:  # a model or a container: its parameters
            for child in s.children:
                if child in by_name:
                    add(by_name[child])
            return
        if key not in seen:
            seen.add(key)
            out.append(Parameter(key, kind, s.qualname, line, s.end_line, column))

    add(surface)
    return out


def _plain_surface(an: _Analyzer, symbol: str) -> Surface | None:
    d = next((d for d in an.result.definitions if d.qualname == symbol), None)
    if d is None:
        return None
    return Surface(
        qualname=d.qualname,
        kind="plain",
        start_line=d.start_line,
        end_line=d.end_line,
        trainable=False,
        form="plain",
        name_line=d.name_line,
        lines=d.lines,
        branches=d.branches,
        method_kind=d.method_kind,
        is_async=d.is_async,
    )


def _find_def(
    tree: ast.Module, qualname: str
) -> ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | None:
    body: list[ast.stmt] = tree.body
    found: Any = None
    for part in qualname.split("."):
        found = next(
            (s for s in body if isinstance(s, (*FUNCS, ast.ClassDef)) and s.name == part),
            None,
        )
        if found is None:
            return None
        body = found.body
    return found


def _refusal_of(f: Finding) -> Refusal:
    """The refusal a hidden-dependencies or too-broad finding gives (both can be overridden)."""
    if f.code == HIDDEN_DEPENDENCIES:
        return Refusal(
            HIDDEN_DEPENDENCIES,
            f.message,
            "Pass the names as parameters, import them inside the bundle, or set "
            "allow_external_dependencies=True after checking them (code actions).",
            list(f.names),
            overridable=True,
            line=f.start_line,
        )
    return Refusal(
        SURFACE_TOO_BROAD, f.message, "Narrow the trainable surface.", overridable=True, line=f.start_line
    )


def _one_symbol(an: _Analyzer, path: Path, symbol: str, result: TargetCheck) -> TargetCheck:
    surface = an.result.surface(symbol) or _plain_surface(an, symbol)
    result.surface = surface
    node = _find_def(an.tree, symbol)
    if surface is None:
        if isinstance(node, ast.ClassDef):
            methods = [s.name for s in node.body if isinstance(s, FUNCS) and not s.name.startswith("__")]
            result.refusals.append(
                Refusal(
                    SURFACE_UNDEFINED,
                    f"`{symbol}` is a plain class, not a Trace model: it has no trainable parameters as a whole.",
                    "Name one of its methods as the target"
                    + (f" ({', '.join(f'{symbol}.{m}' for m in methods[:4])})" if methods else "")
                    + ", or decorate the class with @trace.model and mark its parameters trainable.",
                )
            )
        else:
            known = sorted(
                {s.qualname for s in an.result.surfaces} | {d.qualname for d in an.result.definitions}
            )
            close = [k for k in known if k.rsplit(".", 1)[-1] == symbol.rsplit(".", 1)[-1]] or known[:8]
            result.refusals.append(
                Refusal(
                    SURFACE_UNDEFINED,
                    f"`{symbol}` is not a function, method, Trace node, bundle or model of {path.name}.",
                    "Name one that is" + (f": {', '.join(close)}" if close else "") + ".",
                )
            )
        return result
    refusal = hard_refusal(surface)
    if refusal is not None:
        result.refusals.append(refusal)
        return result
    result.parameters = _parameters(an, surface)
    if not result.parameters and surface.kind != "plain":
        result.refusals.append(
            Refusal(
                SURFACE_UNDEFINED,
                f"`{symbol}` has no trainable parameter (no trainable node or bundle belongs to it).",
                "Mark a node trainable=True or a method @trace.bundle(trainable=True).",
                line=surface.name_line,
            )
        )
        return result
    names = {p.qualname for p in result.parameters} | {symbol}
    for f in an.result.findings:
        if f.surface not in names:
            continue
        if f.code == HIDDEN_DEPENDENCIES and not any(
            r.code == HIDDEN_DEPENDENCIES and f.names[0] in r.names for r in result.refusals
        ):
            result.refusals.append(_refusal_of(f))
        elif f.code == SURFACE_TOO_BROAD:
            result.refusals.append(_refusal_of(f))
    if surface.kind == "plain" and isinstance(node, FUNCS):
        result.refusals.extend(_plain_refusals(an, surface, node))
    functions = _functions_of(node) if node is not None else []
    result.reads = reads_of(an, path, functions, exclude={symbol.split(".", 1)[0]})
    return result


def _functions_of(node: Any) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    if isinstance(node, FUNCS):
        return [node]
    if isinstance(node, ast.ClassDef):
        return [s for s in node.body if isinstance(s, FUNCS)]
    return []


def _plain_refusals(
    an: _Analyzer, surface: Surface, fn: ast.FunctionDef | ast.AsyncFunctionDef
) -> list[Refusal]:
    """A plain function wrapped at run time: breadth, and the state it reads or writes outside itself."""
    out: list[Refusal] = []
    reasons = checks.breadth_reasons(surface.lines, surface.branches)
    if reasons:
        out.append(
            Refusal(
                SURFACE_TOO_BROAD,
                f"`{surface.qualname}` is too broad for attributable feedback: {' and '.join(reasons)}.",
                "Name a smaller function it calls as the target, or split it.",
                overridable=True,
                line=surface.name_line,
            )
        )
    constants = _constants(an)
    hidden = [
        h
        for h in checks.hidden_dependencies(an, fn)
        if h.kind in ("global_statement", "closure", "undefined")
        or (
            h.kind == "module_global"
            and an.module_names[h.name].kind == "assignment"
            and h.name not in constants
        )
    ]
    if hidden:
        shown = ", ".join(f"`{h.name}` ({h.kind.replace('_', ' ')})" for h in hidden)
        out.append(
            Refusal(
                HIDDEN_DEPENDENCIES,
                f"`{surface.qualname}` depends on state it does not receive: {shown}. Its result can change "
                "while its inputs stay the same, so feedback on it cannot be attributed.",
                "Pass the values as parameters, or confirm the dependency (override) after checking it.",
                [h.name for h in hidden],
                overridable=True,
                line=hidden[0].line,
            )
        )
    return out


def _immutable(value: Any) -> bool:
    if isinstance(value, tuple | frozenset):
        return all(_immutable(v) for v in value)
    return value is None or isinstance(value, bool | int | float | complex | str | bytes)


def _constants(an: _Analyzer) -> set[str]:
    """Module-level names bound exactly once, to an immutable literal value."""
    counts: dict[str, int] = {}
    literal: set[str] = set()
    for stmt in an.tree.body:
        if isinstance(stmt, ast.Assign | ast.AnnAssign):
            for name in assigned_names(stmt):
                counts[name] = counts.get(name, 0) + 1
                try:
                    if stmt.value is not None and _immutable(ast.literal_eval(stmt.value)):
                        literal.add(name)
                except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                    pass
        elif isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
            counts[stmt.target.id] = counts.get(stmt.target.id, 0) + 2
    return {n for n in literal if counts.get(n) == 1}


def _whole_file(an: _Analyzer, path: Path, result: TargetCheck) -> TargetCheck:
    lensed = [s for s in an.result.surfaces if s.trainable and hard_refusal(s) is None]
    functions = [d.qualname for d in an.result.definitions if d.method_kind in ("function", "method")]
    if not lensed and functions:
        shown = ", ".join(functions[:6]) + (", …" if len(functions) > 6 else "")
        result.refusals.append(
            Refusal(
                SURFACE_TOO_BROAD,
                f"No symbol named and no Trace surface in {path.name}: the whole module would be the trainable "
                "surface, too broad for attributable feedback.",
                f"Name one function as the target (file.py::symbol); functions: {shown}.",
            )
        )
        return result
    if not lensed:
        result.refusals.append(
            Refusal(
                SURFACE_UNDEFINED,
                f"No Trace node, bundle or model in {path.name}, and no symbol named: the trainable surface is "
                "undefined.",
                "Name a symbol (file.py::symbol) or mark one with @trace.bundle(trainable=True).",
            )
        )
        return result
    for s in lensed:
        for p in _parameters(an, s):
            if p.key not in {q.key for q in result.parameters}:
                result.parameters.append(p)
    for f in an.result.findings:
        if f.surface is None:
            continue
        if f.code == HIDDEN_DEPENDENCIES:
            result.refusals.append(_refusal_of(f))
        elif f.code == SURFACE_TOO_BROAD:
            result.refusals.append(_refusal_of(f))
    return result


# --- what a target reads ------------------------------------------------------------------------------
def reads_of(
    an: _Analyzer, path: Path, functions: list[ast.FunctionDef | ast.AsyncFunctionDef], exclude: set[str]
) -> TargetReads:
    """The helpers (functions and classes of the project) and module globals ``functions`` read."""
    reads = TargetReads()
    names: list[tuple[str, int]] = []
    for fn in functions:
        for h in checks.hidden_dependencies(an, fn):
            if h.name not in exclude and h.name not in {n for n, _ in names}:
                names.append((h.name, h.line))
    constants = _constants(an)
    module_defs = {s.name: s for s in an.tree.body if isinstance(s, (*FUNCS, ast.ClassDef))}
    for name, _line in names:
        info = an.module_names.get(name)
        if info is None:
            continue
        if name in module_defs:
            node = module_defs[name]
            reads.helpers.append(_helper(name, name, str(path), an.source, node))
        elif info.kind == "assignment":
            stmt = next(
                (s for s in an.tree.body if getattr(s, "lineno", None) == info.line),
                None,
            )
            text = ast.get_source_segment(an.source, stmt) if stmt is not None else None
            reads.globals.append(GlobalRead(name, info.line, text or name, name in constants))
        elif info.kind == "import" and info.import_text and not info.import_text.startswith(("import ",)):
            helper = _imported_helper(path, info.import_text, name)
            if helper is not None:
                reads.helpers.append(helper)
        if len(reads.helpers) >= MAX_HELPERS:
            break
    return reads


def _helper(name: str, qualname: str, file: str, source: str, node: Any) -> Helper:
    start = min([d.lineno for d in getattr(node, "decorator_list", [])] + [node.lineno])
    end = node.end_lineno or node.lineno
    lines = source.splitlines()[start - 1 : end]
    if len(lines) > MAX_READ_LINES:
        body_start = node.body[0].lineno if node.body else node.lineno + 1
        lines = source.splitlines()[start - 1 : body_start - 1] + ["    ...  # body not shown (too long)"]
    return Helper(name, qualname, file, start, end, "\n".join(lines))


def _imported_helper(path: Path, import_text: str, name: str) -> Helper | None:
    """``from .mod import helper`` / ``from pkg.mod import helper``: the helper's source when the module
    is a file of the project (found beside the target or above it, up to the first folder without a
    package marker)."""
    try:
        stmt = ast.parse(import_text).body[0]
    except SyntaxError:
        return None
    if not isinstance(stmt, ast.ImportFrom):
        return None
    alias = next((a for a in stmt.names if (a.asname or a.name) == name), None)
    if alias is None:
        return None
    parts = (stmt.module or "").split(".") if stmt.module else []
    candidates: list[Path] = []
    if stmt.level:
        base = path.parent
        for _ in range(stmt.level - 1):
            base = base.parent
        candidates.append(base.joinpath(*parts))
    else:
        folder = path.parent
        for _ in range(6):
            candidates.append(folder.joinpath(*parts))
            if folder.parent == folder:
                break
            folder = folder.parent
    for base in candidates:
        for file in (base.with_suffix(".py"), base / "__init__.py"):
            if not file.is_file():
                continue
            try:
                source = file.read_text(encoding="utf-8")
                tree = ast.parse(source)
            except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
                return None
            node = next(
                (s for s in tree.body if isinstance(s, (*FUNCS, ast.ClassDef)) and s.name == alias.name), None
            )
            return _helper(name, alias.name, str(file), source, node) if node is not None else None
    return None
