"""Pre-run findings on the surfaces one file declares: breadth, hidden dependencies, imports, leaks.

Each check reads the analyzer's state (:class:`trainerd.surface.analysis._Analyzer`) once its scope
walk is done and appends :class:`~trainerd.surface.model.Finding` objects to its result.

*Trace leaking out of the trainable surface* means plain business logic that depends on Trace. A
module that runs its own optimization (it builds an optimizer, clears or walks ``GRAPH``, calls
``backward``/``zero_feedback``, uses ``opto.trainer``) is the optimization harness: Trace belongs in
all of it, as in Trace's own examples. In a module that only declares surfaces (the code trainerd
optimizes; the run wraps and feeds it), a plain function or a method of a plain class that builds
nodes, bundles or models is the leak. Type references (``isinstance``, annotations) never leak.
"""

from __future__ import annotations

import ast
import builtins
import re
from typing import TYPE_CHECKING

from trainerd.surface import spelling
from trainerd.surface.astutil import count_branches, function_locals, walk
from trainerd.surface.model import (
    HIDDEN_DEPENDENCIES,
    SURFACE_TOO_BROAD,
    TRACE_IMPORT_LEAK,
    TRACE_STAR_IMPORT,
    Finding,
    Fix,
    HiddenDependency,
    Surface,
    TextEdit,
)

if TYPE_CHECKING:
    from trainerd.surface.analysis import _Analyzer, _Ctx

# breadth thresholds: beyond these a single trainable unit rarely gets feedback the optimizer can attribute
MAX_BUNDLE_LINES = 60
MAX_BUNDLE_BRANCHES = 12
MAX_MODEL_PARAMETERS = 8

BUILTINS = frozenset(dir(builtins)) | {
    "__file__",
    "__name__",
    "__doc__",
    "__spec__",
    "__loader__",
    "__package__",
    "__builtins__",
    "__class__",
    "__qualname__",
    "__module__",
}
_HARNESS_CALL = re.compile(r"\.(?:backward|zero_feedback)\s*\(")


# --- bundles ----------------------------------------------------------------------------------------
def check_bundle(
    an: _Analyzer,
    surface: Surface,
    fn: ast.FunctionDef | ast.AsyncFunctionDef,
    call: ast.Call | None,
    ctx: _Ctx,
) -> None:
    surface.branches = count_branches(fn)
    surface.lines = (fn.end_lineno or fn.lineno) - fn.lineno + 1
    if not surface.trainable:
        return
    hidden = hidden_dependencies(an, fn, ctx.enclosing)
    surface.hidden_dependencies = hidden
    allowed = surface.options.get("allow_external_dependencies") is True
    if hidden and not allowed:
        _report_hidden(an, surface, fn, call, hidden)
    reasons = breadth_reasons(surface.lines, surface.branches)
    if reasons:
        an.result.findings.append(
            Finding(
                SURFACE_TOO_BROAD,
                f"Trainable bundle `{surface.qualname}` is too broad for attributable feedback: {' and '.join(reasons)}. "
                "Narrow it: move the part that should change into its own small @trace.bundle(trainable=True) "
                "function and keep the rest plain Python.",
                fn.lineno,
                fn.col_offset,
                fn.lineno,
                len(an.line(fn.lineno)),
                surface=surface.qualname,
            )
        )


def breadth_reasons(lines: int, branches: int) -> list[str]:
    reasons = []
    if lines > MAX_BUNDLE_LINES:
        reasons.append(f"{lines} lines (more than {MAX_BUNDLE_LINES})")
    if branches > MAX_BUNDLE_BRANCHES:
        reasons.append(f"{branches} branches (more than {MAX_BUNDLE_BRANCHES})")
    return reasons


def hidden_dependencies(
    an: _Analyzer, fn: ast.FunctionDef | ast.AsyncFunctionDef, enclosing: tuple[frozenset[str], ...] = ()
) -> list[HiddenDependency]:
    """Every name ``fn`` reads from outside itself (module names, closures, globals, undefined)."""
    bound, declared, loads = function_locals(fn)
    types_only = _static_type_names(fn)
    found: dict[str, HiddenDependency] = {}
    for name_node in loads:
        if id(name_node) in types_only:
            continue
        name = name_node.id
        if name in found or name == fn.name or name in BUILTINS and name not in an.module_names:
            continue
        if name in bound and name not in declared:
            continue
        if name in declared:
            kind = "global_statement"
        elif any(name in scope for scope in enclosing):
            kind = "closure"
        elif name in an.module_names:
            kind = "module_import" if an.module_names[name].kind == "import" else "module_global"
        elif name in an.final_bindings:
            kind = "module_import"  # bound by a star import
        else:
            kind = "undefined"
        info = an.module_names.get(name)
        found[name] = HiddenDependency(
            name=name,
            kind=kind,
            line=name_node.lineno,
            column=name_node.col_offset,
            defined_line=info.line if info and kind != "closure" else None,
            import_text=info.import_text if info and kind == "module_import" else None,
        )
    return list(found.values())


def _static_type_names(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[int]:
    """ids of the Name nodes in ``fn``'s body that are types for the type checker only: annotations of
    assignments (never evaluated in a function) and the type argument of ``cast(T, value)``. A name
    read there changes nothing the function does, so it is no hidden dependency."""
    out: set[int] = set()
    for node in walk(fn):
        if type(node) is ast.AnnAssign:
            out.update(id(n) for n in walk(node.annotation) if type(n) is ast.Name)
        elif type(node) is ast.Call and node.args:
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            if name == "cast":
                out.update(id(n) for n in walk(node.args[0]) if type(n) is ast.Name)
    return out


def _report_hidden(
    an: _Analyzer,
    surface: Surface,
    fn: ast.FunctionDef | ast.AsyncFunctionDef,
    call: ast.Call | None,
    hidden: list[HiddenDependency],
) -> None:
    names = ", ".join(f"`{h.name}`" for h in hidden)
    allow = _allow_external_fix(an, call, [h.name for h in hidden]) if call is not None else None
    for h in hidden:
        what = {
            "module_import": f"the module-level import `{h.import_text or h.name}`",
            "module_global": f"the module global `{h.name}`"
            + (f" (line {h.defined_line})" if h.defined_line else ""),
            "closure": f"`{h.name}` from an enclosing function (a closure)",
            "global_statement": f"`{h.name}` through a `global` statement",
            "undefined": f"`{h.name}` (not defined in this file)",
        }[h.kind]
        fixes = []
        move = _move_import_fix(an, fn, h)
        if move is not None:
            fixes.append(move)
        if allow is not None:
            fixes.append(allow)
        an.result.findings.append(
            Finding(
                HIDDEN_DEPENDENCIES,
                f"Hidden dependency in trainable bundle `{surface.qualname}`: it reads {what}; Trace does not see it "
                f"as an input (hidden names: {names}). Pass it as a parameter, import or define it inside the "
                "bundle, or set allow_external_dependencies=True once you have checked it.",
                h.line,
                h.column,
                h.line,
                h.column + len(h.name),
                surface=surface.qualname,
                names=[h.name],
                fixes=fixes,
            )
        )


def _move_import_fix(
    an: _Analyzer, fn: ast.FunctionDef | ast.AsyncFunctionDef, h: HiddenDependency
) -> Fix | None:
    if h.kind != "module_import" or not h.import_text or h.import_text.startswith("from ."):
        return None
    body = fn.body
    first = body[0]
    if (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
        and len(body) > 1
    ):
        first = body[1]
    if first.lineno == fn.lineno:  # `def f(x): return ...` on one line: no mechanical edit
        return None
    indent = an.line(first.lineno)[: first.col_offset]
    if indent.strip():
        return None
    edit = TextEdit(first.lineno, 0, first.lineno, 0, f"{indent}{h.import_text}\n")
    return Fix(f"Import `{h.name}` inside `{fn.name}` ({h.import_text})", [edit], preferred=True)


def _allow_external_fix(an: _Analyzer, call: ast.Call, names: list[str]) -> Fix | None:
    end_line, end_col = call.end_lineno or call.lineno, call.end_col_offset or 0
    if an.line(end_line)[end_col - 1 : end_col] != ")":
        return None
    edits = []
    existing = next((k for k in call.keywords if k.arg == "allow_external_dependencies"), None)
    if existing is not None:
        v = existing.value
        edits.append(
            TextEdit(v.lineno, v.col_offset, v.end_lineno or v.lineno, v.end_col_offset or 0, "True")
        )
    else:
        sep = ", " if call.args or call.keywords else ""
        edits.append(
            TextEdit(end_line, end_col - 1, end_line, end_col - 1, f"{sep}allow_external_dependencies=True")
        )
    line = an.line(end_line)
    if "#" not in line[end_col:]:
        comment = f"  # trainer: confirm these external reads are intended: {', '.join(names)}"
        edits.append(TextEdit(end_line, len(line), end_line, len(line), comment))
    return Fix(
        "Allow external dependencies (add allow_external_dependencies=True; confirm the comment)", edits
    )


# --- models -----------------------------------------------------------------------------------------
def check_model(an: _Analyzer, model: Surface) -> None:
    params = list(model.children)
    if not params:
        return
    short = {q.rsplit(".", 1)[-1].split("[", 1)[0]: q for q in params}
    groups = {q: q for q in params}

    def find(q: str) -> str:
        while groups[q] != q:
            groups[q] = groups[groups[q]]
            q = groups[q]
        return q

    for stmt in an.methods_of(model):
        owner = next((q for q, c in an.model_classes.items() if stmt in c.body), model.qualname)
        used = {
            short[n.attr]
            for n in walk(stmt)
            if isinstance(n, ast.Attribute)
            and n.attr in short
            and isinstance(n.value, ast.Name)
            and n.value.id in ("self", "cls")
        }
        if f"{owner}.{stmt.name}" in params:
            used.add(f"{owner}.{stmt.name}")
        # a method that only *defines* a node (self.x = node(...)) does not relate it to others
        stored = {
            short[n.attr]
            for n in walk(stmt)
            if isinstance(n, ast.Attribute) and n.attr in short and isinstance(n.ctx, ast.Store)
        }
        ordered = sorted(used - stored if stmt.name == "__init__" else used)
        for other in ordered[1:]:
            groups[find(other)] = find(ordered[0])
    components: dict[str, list[str]] = {}
    for q in params:
        components.setdefault(find(q), []).append(q.rsplit(".", 1)[-1])
    reasons = []
    if len(params) > MAX_MODEL_PARAMETERS:
        reasons.append(f"it has {len(params)} trainable parameters (more than {MAX_MODEL_PARAMETERS})")
    if len(components) > 1:
        shown = " and ".join("{" + ", ".join(g) + "}" for g in components.values())
        reasons.append(
            f"its trainable parameters form {len(components)} groups that no method uses together: {shown}"
        )
    if reasons:
        cls = an.model_classes[model.qualname]
        line = an.line(cls.lineno)
        an.result.findings.append(
            Finding(
                SURFACE_TOO_BROAD,
                f"Trace model `{model.qualname}` is too broad for attributable feedback: {'; '.join(reasons)}. "
                "Narrow it: split unrelated concerns into separate models, or make only one group trainable.",
                cls.lineno,
                cls.col_offset,
                cls.lineno,
                len(line),
                surface=model.qualname,
            )
        )


# --- imports and leaks --------------------------------------------------------------------------------
def check_star_imports(an: _Analyzer) -> None:
    for stmt in an.star_imports:
        used = sorted({u.node.id for u in an.trace_uses} | an.consumed_names())
        module = stmt.module or "opto"
        used = [u for u in used if u in spelling.TRACE_ALL] if module == "opto.trace" else []
        fixes = []
        if used:
            fixes.append(
                Fix(
                    f"Import explicitly: from {module} import {', '.join(used)}",
                    [
                        TextEdit(
                            stmt.lineno,
                            stmt.col_offset,
                            stmt.end_lineno or stmt.lineno,
                            stmt.end_col_offset or 0,
                            f"from {module} import {', '.join(used)}",
                        )
                    ],
                    preferred=True,
                )
            )
        an.result.findings.append(
            Finding(
                TRACE_STAR_IMPORT,
                f"`from {module} import *` hides which Trace names this file uses"
                + (f" ({', '.join(used)})" if used else "")
                + ": keep Trace imports explicit.",
                stmt.lineno,
                stmt.col_offset,
                stmt.end_lineno or stmt.lineno,
                stmt.end_col_offset or 0,
                fixes=fixes,
            )
        )


def runs_optimization(an: _Analyzer) -> bool:
    """Whether the module is an optimization harness (see the module docstring)."""
    if any(spelling.is_harness(u.canonical) for u in an.trace_uses):
        return True
    if any(spelling.is_harness(c) for c in an.bound_canonicals):
        return True
    return bool(_HARNESS_CALL.search(an.source))


def _type_only_names(tree: ast.AST) -> set[int]:
    """ids of Name nodes used only as types: isinstance/issubclass targets, annotations, except clauses."""
    out: set[int] = set()

    def mark(expr: ast.AST | None) -> None:
        if expr is not None:
            out.update(id(n) for n in walk(expr) if type(n) is ast.Name)

    for node in walk(tree):
        t = type(node)
        if t is ast.Call and isinstance(node.func, ast.Name) and node.func.id in ("isinstance", "issubclass"):
            if len(node.args) > 1:
                mark(node.args[1])
        elif t is ast.arg:
            mark(node.annotation)
        elif t in (ast.FunctionDef, ast.AsyncFunctionDef):
            mark(node.returns)
        elif t is ast.AnnAssign:
            mark(node.annotation)
        elif t is ast.ExceptHandler:
            mark(node.type)
    return out


def check_leaks(an: _Analyzer) -> None:
    uses = [
        u
        for u in an.trace_uses
        if u.function is not None and (id(u.node) not in an.consumed or id(u.node) in an.node_call_roots)
    ]
    if not uses or runs_optimization(an):
        return
    type_only = _type_only_names(an.tree)
    reported: set[tuple[str, str]] = set()
    for use in uses:
        if id(use.node) in type_only or use.in_surface:
            continue
        shown = (spelling.base(use.canonical) or use.node.id).replace("opto.trace.", "trace.")
        key = (shown, use.function or "")
        if key in reported:
            continue
        reported.add(key)
        line = use.node.lineno
        an.result.findings.append(
            Finding(
                TRACE_IMPORT_LEAK,
                f"Trace leaks outside the trainable surface: `{shown}` is used in the plain "
                f"{'method' if '.' in (use.function or '') else 'function'} `{use.function}`, and this module runs "
                "no optimization of its own. Keep business logic plain Python; only nodes, bundles and models "
                "should touch Trace (the run wraps and feeds them).",
                line,
                use.node.col_offset,
                use.node.end_lineno or line,
                use.node.end_col_offset or 0,
                names=[use.node.id],
            )
        )
