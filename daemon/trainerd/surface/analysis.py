"""Static analysis of Trace surfaces with ``ast``: user code is parsed, never imported.

Recognises every spelling of the Trace API that binds to ``opto``: ``from opto import trace``,
``import opto.trace as t``, ``from opto.trace import bundle, node, model`` (aliases included),
``from opto.trace.bundle import bundle``, fully qualified ``opto.trace.bundle(...)`` and star
imports. Names are resolved through the scopes Python would use, so a local function called
``bundle`` or a ``node`` imported from another library is not mistaken for Trace.
"""

from __future__ import annotations

import ast
import bisect
import builtins
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from trainerd.surface.astutil import walk
from trainerd.surface.model import (
    BUNDLE_NOT_CALLED,
    HIDDEN_DEPENDENCIES,
    SURFACE_TOO_BROAD,
    TRACE_IMPORT_LEAK,
    TRACE_STAR_IMPORT,
    Definition,
    FileAnalysis,
    Finding,
    Fix,
    HiddenDependency,
    Surface,
    TextEdit,
)

BUNDLE = frozenset({"opto.trace.bundle", "opto.trace.bundle.bundle"})
NODE = frozenset({"opto.trace.node", "opto.trace.nodes.node"})
MODEL = frozenset({"opto.trace.model", "opto.trace.modules.model"})
MODULE_BASE = frozenset({"opto.trace.Module", "opto.trace.modules.Module"})
# opto.trace.__all__ (trace-opt 0.1.3.8): what `from opto.trace import *` binds
TRACE_ALL = (
    "node",
    "stop_tracing",
    "GRAPH",
    "Node",
    "bundle",
    "ExecutionError",
    "Module",
    "NodeContainer",
    "model",
    "apply_op",
    "propagators",
)
BUNDLE_POSITIONAL = (
    "description",
    "traceable_code",
    "_process_inputs",
    "trainable",
    "catch_execution_error",
    "allow_external_dependencies",
    "overwrite_python_recursion",
)
NODE_POSITIONAL = ("data", "name", "trainable", "description", "constraint")

# breadth thresholds: beyond these a single trainable unit rarely gets feedback the optimizer can attribute
MAX_BUNDLE_LINES = 60
MAX_BUNDLE_BRANCHES = 12
MAX_MODEL_PARAMETERS = 8

_BUILTINS = frozenset(dir(builtins)) | {
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
_FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef)
_BRANCHES = (ast.If, ast.IfExp, ast.For, ast.AsyncFor, ast.While, ast.ExceptHandler, ast.match_case)


def analyze_source(source: str, path: str) -> FileAnalysis:
    """Every Trace surface, plain definition and pre-run finding in ``source``.

    Raises :class:`SyntaxError` when the source does not parse.
    """
    tree = ast.parse(source, filename=path)
    return analyze_tree(tree, source, path)


def analyze_tree(tree: ast.Module, source: str, path: str) -> FileAnalysis:
    analyzer = _Analyzer(source, path, tree)
    analyzer.run()
    return analyzer.result


# --- helpers ------------------------------------------------------------------------------------
def _start(node: Any) -> int:
    decorators = getattr(node, "decorator_list", None) or []
    return min([d.lineno for d in decorators] + [node.lineno])


def _literal(node: ast.expr) -> Any:
    """A literal option value, or ``{"expr": source}`` for anything computed."""
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return {"expr": ast.unparse(node)}


def _import_text(stmt: ast.Import | ast.ImportFrom, alias: ast.alias) -> str:
    part = alias.name + (f" as {alias.asname}" if alias.asname else "")
    if isinstance(stmt, ast.Import):
        return f"import {part}"
    return f"from {'.' * stmt.level}{stmt.module or ''} import {part}"


def _target_names(target: ast.expr) -> Iterator[str]:
    if isinstance(target, ast.Name):
        yield target.id
    elif isinstance(target, ast.Tuple | ast.List):
        for elt in target.elts:
            yield from _target_names(elt)
    elif isinstance(target, ast.Starred):
        yield from _target_names(target.value)


def _bound_by(stmt: ast.stmt) -> Iterator[tuple[str, str]]:
    """Names a module/class-level statement binds, with the kind of binding (imports excluded)."""
    if isinstance(stmt, _FUNCS):
        yield stmt.name, "function"
    elif isinstance(stmt, ast.ClassDef):
        yield stmt.name, "class"
    elif isinstance(stmt, ast.Assign):
        for t in stmt.targets:
            for n in _target_names(t):
                yield n, "assignment"
    elif isinstance(stmt, ast.AnnAssign | ast.AugAssign):
        for n in _target_names(stmt.target):
            yield n, "assignment"
    elif isinstance(stmt, ast.For | ast.AsyncFor):
        for n in _target_names(stmt.target):
            yield n, "assignment"
    elif isinstance(stmt, ast.With | ast.AsyncWith):
        for item in stmt.items:
            if item.optional_vars is not None:
                for n in _target_names(item.optional_vars):
                    yield n, "assignment"


def _sub_bodies(stmt: ast.stmt) -> list[list[ast.stmt]]:
    """Statement blocks nested in a compound statement that share its scope."""
    if isinstance(stmt, ast.If | ast.For | ast.AsyncFor | ast.While):
        return [stmt.body, stmt.orelse]
    if isinstance(stmt, ast.With | ast.AsyncWith):
        return [stmt.body]
    if isinstance(stmt, ast.Try | ast.TryStar):
        return [stmt.body, *[h.body for h in stmt.handlers], stmt.orelse, stmt.finalbody]
    if isinstance(stmt, ast.Match):
        return [c.body for c in stmt.cases]
    return []


def _header_exprs(stmt: ast.stmt) -> list[ast.AST]:
    """The expressions of a compound statement's header (its bodies are visited separately)."""
    if isinstance(stmt, ast.If | ast.While):
        return [stmt.test]
    if isinstance(stmt, ast.For | ast.AsyncFor):
        return [stmt.target, stmt.iter]
    if isinstance(stmt, ast.With | ast.AsyncWith):
        return list(stmt.items)
    if isinstance(stmt, ast.Try | ast.TryStar):
        return [h.type for h in stmt.handlers if h.type is not None]
    if isinstance(stmt, ast.Match):
        return [stmt.subject, *[c.pattern for c in stmt.cases], *[c.guard for c in stmt.cases if c.guard]]
    return []


def _function_locals(
    fn: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, with_imports: bool = False
) -> Any:
    """(names bound in the function, names declared global/nonlocal, every Name read[, names bound by
    imports]) -- nested scopes are folded in, which errs on the side of fewer hidden dependencies."""
    imported: set[str] = set()
    bound: set[str] = set()
    declared: set[str] = set()
    loads: list[ast.Name] = []
    args = fn.args
    for a in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
        if a is not None:
            bound.add(a.arg)
    body: Iterable[ast.AST] = fn.body if isinstance(fn.body, list) else [fn.body]
    for node in (n for stmt in body for n in walk(stmt)):
        t = type(node)
        if t is ast.Name:
            if isinstance(node.ctx, ast.Load):
                loads.append(node)
            else:
                bound.add(node.id)
        elif t in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
            bound.add(node.name)
        elif t is ast.arg:
            bound.add(node.arg)
        elif t in (ast.Import, ast.ImportFrom):
            for alias in node.names:
                if alias.name != "*":
                    bound.add(alias.asname or alias.name.split(".")[0])
                    imported.add(alias.asname or alias.name.split(".")[0])
        elif t is ast.ExceptHandler and node.name:
            bound.add(node.name)
        elif t in (ast.Global, ast.Nonlocal):
            declared.update(node.names)
        elif t in (ast.MatchAs, ast.MatchStar) and node.name:
            bound.add(node.name)
        elif t is ast.MatchMapping and node.rest:
            bound.add(node.rest)
    loads.sort(key=lambda n: (n.lineno, n.col_offset))
    if with_imports:
        return bound, declared, loads, imported
    return bound, declared, loads


def _count_branches(fn: ast.AST) -> int:
    count = 0
    for node in walk(fn):
        if isinstance(node, _BRANCHES):
            count += 1
        elif isinstance(node, ast.BoolOp):
            count += len(node.values) - 1
        elif isinstance(node, ast.comprehension):
            count += len(node.ifs)
    return count


@attrs.define
class _Ctx:
    prefix: str  # qualname prefix: "", "Agent.", "outer.<locals>."
    scope: str  # module | class | function
    bindings: dict[str, str]  # visible names bound to opto objects -> canonical dotted name
    cls: str | None = None  # qualname of the class whose method body we are in
    model: Surface | None = None
    self_name: str | None = None
    in_function: bool = False
    enclosing: tuple[frozenset[str], ...] = ()  # locals of enclosing functions (closures)


@attrs.define
class _ModuleName:
    kind: str  # import | function | class | assignment
    line: int
    import_text: str | None = None


class _Analyzer:
    def __init__(self, source: str, path: str, tree: ast.Module) -> None:
        self.source = source
        self.path = path
        self.tree = tree
        self.lines = source.splitlines()
        self.result = FileAnalysis(path=path, line_count=len(self.lines))
        self.full = "opto" in source  # without it nothing can bind to Trace: skip function bodies
        self.module_names: dict[str, _ModuleName] = {}
        self.final_bindings: dict[str, str] = {}
        self.consumed: set[int] = set()  # ids of Name nodes that are part of a surface construct
        self.trace_uses: list[tuple[ast.Name, str, str]] = []  # (name node, canonical, where)
        self.star_imports: list[ast.ImportFrom] = []
        self.defs_by_scope: dict[str, dict[str, ast.FunctionDef | ast.AsyncFunctionDef]] = {}
        self.bundle_nodes: list[
            tuple[Surface, ast.FunctionDef | ast.AsyncFunctionDef, ast.Call | None, _Ctx]
        ] = []
        self.models: list[tuple[Surface, ast.ClassDef]] = []
        self.bound_anywhere: set[str] = set()  # every name any import ever bound to opto
        self.trace_names: set[str] = set()
        self._mention_lines: list[int] | None = None  # lines that mention opto or a Trace-bound name

    # --- passes ----------------------------------------------------------------------------------
    def run(self) -> None:
        self._module_pass(self.tree.body, {})
        self.result.trace_imported = bool(self.final_bindings) or bool(self.star_imports)
        self.trace_names = set(self.final_bindings) | self.bound_anywhere
        self._visit_body(self.tree.body, _Ctx(prefix="", scope="module", bindings={}))
        for surface, fn, call, ctx in self.bundle_nodes:
            self._check_bundle(surface, fn, call, ctx)
        for surface, cls in self.models:
            self._check_model(surface, cls)
        self._check_imports()
        self.result.surfaces.sort(key=lambda s: (s.start_line, s.name_line, s.qualname))
        taken = {s.qualname for s in self.result.surfaces}
        self.result.definitions = [d for d in self.result.definitions if d.qualname not in taken]

    def _module_pass(self, body: list[ast.stmt], bindings: dict[str, str]) -> None:
        """Final module-level bindings (what function bodies see) and every module-level name."""
        for stmt in body:
            if isinstance(stmt, ast.Import | ast.ImportFrom):
                self._apply_import(stmt, bindings)
                for alias in stmt.names:
                    if alias.name != "*":
                        name = alias.asname or alias.name.split(".")[0]
                        self.module_names[name] = _ModuleName(
                            "import", stmt.lineno, _import_text(stmt, alias)
                        )
            else:
                for name, kind in _bound_by(stmt):
                    bindings.pop(name, None)
                    self.module_names[name] = _ModuleName(kind, stmt.lineno)
            for sub in _sub_bodies(stmt):
                self._module_pass(sub, bindings)
        self.final_bindings = bindings

    def _apply_import(self, stmt: ast.Import | ast.ImportFrom, bindings: dict[str, str]) -> None:
        if isinstance(stmt, ast.Import):
            for alias in stmt.names:
                if alias.asname:
                    name, canonical = alias.asname, alias.name
                else:
                    name = canonical = alias.name.split(".")[0]
                if canonical == "opto" or canonical.startswith("opto."):
                    bindings[name] = canonical
                    self.bound_anywhere.add(name)
                else:
                    bindings.pop(name, None)
            return
        module = stmt.module or ""
        from_opto = stmt.level == 0 and (module == "opto" or module.startswith("opto."))
        for alias in stmt.names:
            if alias.name == "*":
                if from_opto and all(other is not stmt for other in self.star_imports):
                    self.star_imports.append(stmt)
                if from_opto:
                    if module == "opto.trace":
                        for n in TRACE_ALL:
                            bindings[n] = f"opto.trace.{n}"
                            self.bound_anywhere.add(n)
                continue
            name = alias.asname or alias.name
            if from_opto:
                bindings[name] = f"{module}.{alias.name}"
                self.bound_anywhere.add(name)
            else:
                bindings.pop(name, None)

    def _resolve(self, expr: ast.expr, bindings: dict[str, str]) -> tuple[str | None, ast.Name | None]:
        """The canonical opto name an expression refers to, and its root Name node."""
        parts: list[str] = []
        while isinstance(expr, ast.Attribute):
            parts.append(expr.attr)
            expr = expr.value
        if not isinstance(expr, ast.Name) or expr.id not in bindings:
            return None, None
        return ".".join([bindings[expr.id], *reversed(parts)]), expr

    # --- the scope walk ------------------------------------------------------------------------
    def _visit_body(self, body: list[ast.stmt], ctx: _Ctx) -> None:
        defs = self.defs_by_scope.setdefault(ctx.prefix, {})
        for stmt in body:
            if isinstance(stmt, _FUNCS):
                self._visit_function(stmt, ctx)
                defs[stmt.name] = stmt
                ctx.bindings.pop(stmt.name, None)
            elif isinstance(stmt, ast.ClassDef):
                self._visit_class(stmt, ctx)
                ctx.bindings.pop(stmt.name, None)
            elif isinstance(stmt, ast.Import | ast.ImportFrom):
                self._apply_import(stmt, ctx.bindings)
            else:
                subs = _sub_bodies(stmt)
                if subs:
                    for expr in _header_exprs(stmt):
                        self._scan_expression(expr, stmt, ctx)
                    for name, _ in _bound_by(stmt):
                        ctx.bindings.pop(name, None)
                    for sub in subs:
                        self._visit_body(sub, ctx)
                else:
                    self._visit_simple(stmt, ctx)
                    for name, _ in _bound_by(stmt):
                        ctx.bindings.pop(name, None)

    def _visit_function(self, fn: ast.FunctionDef | ast.AsyncFunctionDef, ctx: _Ctx) -> None:
        qualname = ctx.prefix + fn.name
        bundle_call: ast.Call | None = None
        bare_bundle: ast.expr | None = None
        for dec in fn.decorator_list:
            func = dec.func if isinstance(dec, ast.Call) else dec
            canonical, root = self._resolve(func, ctx.bindings)
            if canonical in BUNDLE:
                self.consumed.add(id(root))
                if isinstance(dec, ast.Call):
                    bundle_call = dec
                else:
                    bare_bundle = dec
            elif root is not None:
                self._scan_expression(dec, fn, ctx)
        start, end = _start(fn), fn.end_lineno or fn.lineno
        if bundle_call is not None or bare_bundle is not None:
            options = self._bundle_options(bundle_call) if bundle_call is not None else {}
            surface = self._add_surface(qualname, "bundle", start, end, fn.lineno, options, "decorator", ctx)
            if bundle_call is not None:
                self.bundle_nodes.append((surface, fn, bundle_call, ctx))
            elif bare_bundle is not None:
                surface.note = "@bundle without parentheses: Trace needs @bundle(trainable=True)"
                self.result.findings.append(
                    Finding(
                        BUNDLE_NOT_CALLED,
                        f"`{ast.unparse(bare_bundle)}` is used without parentheses on `{qualname}`: Trace's bundle is "
                        "a decorator factory, so the function would be passed as its description. "
                        f"Write `@{ast.unparse(bare_bundle)}(trainable=True)`.",
                        bare_bundle.lineno,
                        bare_bundle.col_offset,
                        bare_bundle.end_lineno or bare_bundle.lineno,
                        bare_bundle.end_col_offset or 0,
                        surface=qualname,
                        fixes=[
                            Fix(
                                "Call the bundle decorator: (trainable=True)",
                                [
                                    TextEdit(
                                        bare_bundle.end_lineno or bare_bundle.lineno,
                                        bare_bundle.end_col_offset or 0,
                                        bare_bundle.end_lineno or bare_bundle.lineno,
                                        bare_bundle.end_col_offset or 0,
                                        "(trainable=True)",
                                    )
                                ],
                                True,
                            )
                        ],
                    )
                )
        elif ctx.scope != "function":
            self.result.definitions.append(
                Definition(qualname, start, end, fn.lineno, lines=end - fn.lineno + 1)
            )
        if not self.full or not self._may_touch_trace(fn):
            return
        for default in [*fn.args.defaults, *[d for d in fn.args.kw_defaults if d is not None]]:
            self._scan_expression(default, fn, ctx)
        bound, _declared, _loads, imported_here = _function_locals(fn, with_imports=True)
        shadow = bound - imported_here
        inner_bindings = {k: v for k, v in self.final_bindings.items() if k not in shadow}
        args = fn.args.posonlyargs + fn.args.args
        is_method = ctx.scope == "class"
        self_name = args[0].arg if is_method and args and not self._is_static(fn, ctx) else None
        inner = _Ctx(
            prefix=f"{qualname}.<locals>.",
            scope="function",
            bindings=inner_bindings,
            cls=ctx.prefix[:-1] if is_method else None,
            model=ctx.model if is_method else None,
            self_name=self_name,
            in_function=True,
            enclosing=(*ctx.enclosing, frozenset(bound)),
        )
        self._visit_body(fn.body, inner)

    def _may_touch_trace(self, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
        """Whether a function's text mentions opto or a Trace-bound name; bodies that do not are skipped."""
        if self._mention_lines is None:
            words = sorted({"opto", *self.trace_names}, key=len, reverse=True)
            pattern = re.compile("|".join(re.escape(w) for w in words))
            lines: list[int] = []
            line, last = 1, 0
            for match in pattern.finditer(self.source):
                line += self.source.count("\n", last, match.start())
                last = match.start()
                if not lines or lines[-1] != line:
                    lines.append(line)
            self._mention_lines = lines
        hits = self._mention_lines
        i = bisect.bisect_left(hits, fn.lineno)
        return i < len(hits) and hits[i] <= (fn.end_lineno or fn.lineno)

    def _is_static(self, fn: ast.FunctionDef | ast.AsyncFunctionDef, ctx: _Ctx) -> bool:
        return any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in fn.decorator_list)

    def _visit_class(self, cls: ast.ClassDef, ctx: _Ctx) -> None:
        qualname = ctx.prefix + cls.name
        form = None
        for dec in cls.decorator_list:
            func = dec.func if isinstance(dec, ast.Call) else dec
            canonical, root = self._resolve(func, ctx.bindings)
            if canonical in MODEL:
                self.consumed.add(id(root))
                form = "decorator"
            elif root is not None:
                self._scan_expression(dec, cls, ctx)
        for base in cls.bases:
            canonical, root = self._resolve(base, ctx.bindings)
            if canonical in MODULE_BASE:
                self.consumed.add(id(root))
                form = form or "subclass"
            elif root is not None:
                self._scan_expression(base, cls, ctx)
        model = None
        if form is not None:
            model = self._add_surface(
                qualname, "model", _start(cls), cls.end_lineno or cls.lineno, cls.lineno, {}, form, ctx
            )
            self.models.append((model, cls))
        inner = _Ctx(
            prefix=qualname + ".",
            scope="class",
            bindings=dict(ctx.bindings),
            model=model or ctx.model if ctx.scope == "class" else model,
            in_function=ctx.in_function,
            enclosing=ctx.enclosing,
        )
        self._visit_body(cls.body, inner)

    def _visit_simple(self, stmt: ast.stmt, ctx: _Ctx) -> None:
        if ctx.scope == "function" and not self.full:
            return
        value = getattr(stmt, "value", None)
        # the call form: name = trace.bundle(...)(fn)
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Call):
            canonical, root = self._resolve(value.func.func, ctx.bindings)
            if canonical in BUNDLE:
                self.consumed.add(id(root))
                self._bundle_call_form(stmt, value, ctx)
        self._scan_expression(stmt, stmt, ctx)

    def _scan_expression(self, expr: ast.AST, stmt: ast.AST, ctx: _Ctx) -> None:
        """Find trace.node(...) calls and uses of Trace names outside surface constructs."""
        if not ctx.bindings:
            return
        for node in walk(expr):
            if type(node) is ast.Call:
                canonical, root = self._resolve(node.func, ctx.bindings)
                if canonical in NODE:
                    self.consumed.add(id(root))
                    self._add_node(node, stmt, ctx)
            elif type(node) is ast.Name and isinstance(node.ctx, ast.Load) and node.id in ctx.bindings:
                where = f"`{ctx.prefix[:-1].replace('.<locals>', '')}`" if ctx.prefix else "module-level code"
                canonical, _ = self._resolve(node, ctx.bindings)
                self.trace_uses.append((node, canonical or "", where))

    # --- surfaces ------------------------------------------------------------------------------
    def _add_surface(
        self,
        qualname: str,
        kind: str,
        start: int,
        end: int,
        name_line: int,
        options: dict[str, Any],
        form: str,
        ctx: _Ctx,
    ) -> Surface:
        trainable = True if kind == "model" else options.get("trainable") is True
        surface = Surface(
            qualname=qualname,
            kind=kind,
            start_line=start,
            end_line=end,
            trainable=trainable,
            form=form,
            name_line=name_line,
            options=options,
            lines=end - name_line + 1,
        )
        parent = ctx.model
        if parent is not None and kind != "model":
            surface.parent = parent.qualname
            if trainable:
                parent.children.append(qualname)
        if kind == "model" and parent is not None:
            surface.parent = parent.qualname
        surface.lens = trainable and not (ctx.in_function and ctx.scope != "class" or "<locals>" in qualname)
        if trainable and not surface.lens:
            surface.note = "defined inside a function: move it to module or class level to optimize it"
        self.result.surfaces.append(surface)
        return surface

    def _bundle_options(self, call: ast.Call) -> dict[str, Any]:
        options: dict[str, Any] = {}
        for name, arg in zip(BUNDLE_POSITIONAL, call.args, strict=False):
            options[name] = _literal(arg)
        for kw in call.keywords:
            if kw.arg is not None:
                options[kw.arg] = _literal(kw.value)
            else:
                options["**"] = {"expr": ast.unparse(kw.value)}
        return options

    def _bundle_call_form(self, stmt: ast.stmt, call: ast.Call, ctx: _Ctx) -> None:
        options = self._bundle_options(call.func)  # type: ignore[arg-type]
        wrapped = call.args[0] if call.args else None
        targets = [
            n
            for t in getattr(stmt, "targets", [getattr(stmt, "target", None)])
            if t is not None
            for n in _target_names(t)
        ]
        fn = None
        if isinstance(wrapped, ast.Name):
            fn = self.defs_by_scope.get(ctx.prefix, {}).get(wrapped.id)
            options["wrapped"] = wrapped.id
        elif wrapped is not None:
            options["wrapped"] = {"expr": ast.unparse(wrapped)}
        if targets:
            options["bound_as"] = targets[0]
        if fn is not None:
            options["call_lines"] = [stmt.lineno, stmt.end_lineno or stmt.lineno]
            surface = self._add_surface(
                ctx.prefix + fn.name,
                "bundle",
                _start(fn),
                fn.end_lineno or fn.lineno,
                fn.lineno,
                options,
                "call",
                ctx,
            )
            self.bundle_nodes.append((surface, fn, call.func, ctx))  # type: ignore[arg-type]
        else:
            name = targets[0] if targets else f"bundle@{stmt.lineno}"
            self._add_surface(
                ctx.prefix + name,
                "bundle",
                stmt.lineno,
                stmt.end_lineno or stmt.lineno,
                stmt.lineno,
                options,
                "call",
                ctx,
            )

    def _add_node(self, call: ast.Call, stmt: ast.AST, ctx: _Ctx) -> None:
        options: dict[str, Any] = {}
        for name, arg in zip(NODE_POSITIONAL, call.args, strict=False):
            options[name] = _literal(arg) if name != "data" else None
        for kw in call.keywords:
            if kw.arg is not None and kw.arg != "data":
                options[kw.arg] = _literal(kw.value)
        data = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "data"), None)
        options.pop("data", None)
        if data is not None:
            text = ast.unparse(data)
            options["value"] = text if len(text) <= 120 else text[:117] + "..."
        qualname = None
        addressable = True  # resolvable as file.py::symbol (a module or class attribute)
        value = getattr(stmt, "value", None)
        if value is call:
            targets = getattr(stmt, "targets", None) or [getattr(stmt, "target", None)]
            target = targets[0] if targets else None
            if isinstance(target, ast.Name):
                qualname = ctx.prefix + target.id
            elif (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == ctx.self_name
                and ctx.cls
            ):
                qualname = f"{ctx.cls}.{target.attr}"
                addressable = False
        if qualname is None and isinstance(value, ast.List | ast.Tuple | ast.Dict):
            # PROMPTS = [trace.node(...), ...] / {"a": trace.node(...)}: name the element
            targets = getattr(stmt, "targets", None) or [getattr(stmt, "target", None)]
            target = targets[0] if targets else None
            items = value.values if isinstance(value, ast.Dict) else value.elts
            keys = value.keys if isinstance(value, ast.Dict) else [None] * len(items)
            for i, (key, item) in enumerate(zip(keys, items, strict=True)):
                if item is call and isinstance(target, ast.Name):
                    index = ast.unparse(key) if key is not None else str(i)
                    qualname = f"{ctx.prefix}{target.id}[{index}]"
                    addressable = False
        if qualname is None:
            addressable = False
            given = options.get("name")
            label = given if isinstance(given, str) else f"node@{call.lineno}:{call.col_offset}"
            qualname = (f"{ctx.cls}." if ctx.cls else ctx.prefix) + label
        start = getattr(stmt, "lineno", call.lineno)
        end = getattr(stmt, "end_lineno", None) or call.end_lineno or start
        in_method_ctx = _Ctx(
            prefix=ctx.prefix,
            scope="class" if ctx.cls else ctx.scope,
            bindings=ctx.bindings,
            cls=ctx.cls,
            model=ctx.model,
            in_function=ctx.in_function and not ctx.cls,
        )
        surface = self._add_surface(qualname, "node", start, end, start, options, "assignment", in_method_ctx)
        if "<locals>" in qualname and not ctx.cls:
            surface.lens = False
        elif surface.trainable and not addressable:
            surface.lens = False
            surface.note = (
                f"set on an instance: optimized through its model `{ctx.model.qualname}`"
                if ctx.model
                else "not bound to a module or class attribute: it cannot be named as a target"
            )
        data_is_module = (
            isinstance(data, ast.Name) and self.module_names.get(data.id, _ModuleName("", 0)).kind == "import"
        )
        if surface.trainable and (data_is_module or (data is not None and "__file__" in ast.unparse(data))):
            self.result.findings.append(
                Finding(
                    SURFACE_TOO_BROAD,
                    f"Trainable node `{qualname}` holds a whole module: feedback on it cannot be attributed to any part. "
                    "Make the smallest piece that should change trainable instead (one function as a bundle, one "
                    "prompt or constant as a node).",
                    call.lineno,
                    call.col_offset,
                    call.end_lineno or call.lineno,
                    call.end_col_offset or 0,
                    surface=qualname,
                )
            )

    # --- checks --------------------------------------------------------------------------------
    def _check_bundle(
        self, surface: Surface, fn: ast.FunctionDef | ast.AsyncFunctionDef, call: ast.Call | None, ctx: _Ctx
    ) -> None:
        surface.branches = _count_branches(fn)
        surface.lines = (fn.end_lineno or fn.lineno) - fn.lineno + 1
        if not surface.trainable:
            return
        hidden = self._hidden_dependencies(fn, ctx)
        surface.hidden_dependencies = hidden
        allowed = surface.options.get("allow_external_dependencies") is True
        if hidden and not allowed and call is not None:
            self._report_hidden(surface, fn, call, hidden)
        reasons = []
        if surface.lines > MAX_BUNDLE_LINES:
            reasons.append(f"{surface.lines} lines (more than {MAX_BUNDLE_LINES})")
        if surface.branches > MAX_BUNDLE_BRANCHES:
            reasons.append(f"{surface.branches} branches (more than {MAX_BUNDLE_BRANCHES})")
        if reasons:
            self.result.findings.append(
                Finding(
                    SURFACE_TOO_BROAD,
                    f"Trainable bundle `{surface.qualname}` is too broad for attributable feedback: {' and '.join(reasons)}. "
                    "Narrow it: move the part that should change into its own small @trace.bundle(trainable=True) "
                    "function and keep the rest plain Python.",
                    fn.lineno,
                    fn.col_offset,
                    fn.lineno,
                    len(self._line(fn.lineno)),
                    surface=surface.qualname,
                )
            )

    def _line(self, lineno: int) -> str:
        return self.lines[lineno - 1] if 0 < lineno <= len(self.lines) else ""

    def _hidden_dependencies(
        self, fn: ast.FunctionDef | ast.AsyncFunctionDef, ctx: _Ctx
    ) -> list[HiddenDependency]:
        bound, declared, loads = _function_locals(fn)
        found: dict[str, HiddenDependency] = {}
        for name_node in loads:
            name = name_node.id
            if name in found or name == fn.name or name in _BUILTINS and name not in self.module_names:
                continue
            if name in bound and name not in declared:
                continue
            if name in declared:
                kind = "global_statement"
            elif any(name in scope for scope in ctx.enclosing):
                kind = "closure"
            elif name in self.module_names:
                kind = "module_import" if self.module_names[name].kind == "import" else "module_global"
            elif name in self.final_bindings:
                kind = "module_import"  # bound by a star import
            else:
                kind = "undefined"
            info = self.module_names.get(name)
            found[name] = HiddenDependency(
                name=name,
                kind=kind,
                line=name_node.lineno,
                column=name_node.col_offset,
                defined_line=info.line if info and kind != "closure" else None,
                import_text=info.import_text if info and kind == "module_import" else None,
            )
        return list(found.values())

    def _report_hidden(
        self,
        surface: Surface,
        fn: ast.FunctionDef | ast.AsyncFunctionDef,
        call: ast.Call,
        hidden: list[HiddenDependency],
    ) -> None:
        names = ", ".join(f"`{h.name}`" for h in hidden)
        allow = self._allow_external_fix(call, [h.name for h in hidden])
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
            move = self._move_import_fix(fn, h)
            if move is not None:
                fixes.append(move)
            if allow is not None:
                fixes.append(allow)
            self.result.findings.append(
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

    def _move_import_fix(self, fn: ast.FunctionDef | ast.AsyncFunctionDef, h: HiddenDependency) -> Fix | None:
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
        indent = self._line(first.lineno)[: first.col_offset]
        if indent.strip():
            return None
        edit = TextEdit(first.lineno, 0, first.lineno, 0, f"{indent}{h.import_text}\n")
        return Fix(f"Import `{h.name}` inside `{fn.name}` ({h.import_text})", [edit], preferred=True)

    def _allow_external_fix(self, call: ast.Call, names: list[str]) -> Fix | None:
        end_line, end_col = call.end_lineno or call.lineno, call.end_col_offset or 0
        if self._line(end_line)[end_col - 1 : end_col] != ")":
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
                TextEdit(
                    end_line, end_col - 1, end_line, end_col - 1, f"{sep}allow_external_dependencies=True"
                )
            )
        line = self._line(end_line)
        if "#" not in line[end_col:]:
            comment = f"  # trainer: confirm these external reads are intended: {', '.join(names)}"
            edits.append(TextEdit(end_line, len(line), end_line, len(line), comment))
        return Fix(
            "Allow external dependencies (add allow_external_dependencies=True; confirm the comment)", edits
        )

    def _check_model(self, model: Surface, cls: ast.ClassDef) -> None:
        params = list(model.children)
        if not params:
            return
        short = {q.rsplit(".", 1)[-1]: q for q in params}
        groups = {q: q for q in params}

        def find(q: str) -> str:
            while groups[q] != q:
                groups[q] = groups[groups[q]]
                q = groups[q]
            return q

        for stmt in cls.body:
            if not isinstance(stmt, _FUNCS):
                continue
            used = {
                short[n.attr]
                for n in walk(stmt)
                if isinstance(n, ast.Attribute)
                and n.attr in short
                and isinstance(n.value, ast.Name)
                and n.value.id in ("self", "cls")
            }
            if f"{model.qualname}.{stmt.name}" in params:
                used.add(f"{model.qualname}.{stmt.name}")
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
            line = self._line(cls.lineno)
            self.result.findings.append(
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

    def _check_imports(self) -> None:
        for stmt in self.star_imports:
            used = sorted({n.id for n, _, _ in self.trace_uses} | self._consumed_names())
            module = stmt.module or "opto"
            used = [u for u in used if u in TRACE_ALL] if module == "opto.trace" else []
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
            self.result.findings.append(
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
        ranges = [(s.start_line, s.end_line) for s in self.result.surfaces if s.kind in ("bundle", "model")]
        ranges += [tuple(s.options["call_lines"]) for s in self.result.surfaces if "call_lines" in s.options]
        node_lines = {(s.start_line, s.end_line) for s in self.result.surfaces if s.kind == "node"}
        reported: set[str] = set()
        for name_node, canonical, where in self.trace_uses:
            if id(name_node) in self.consumed:
                continue
            line = name_node.lineno
            if any(a <= line <= b for a, b in ranges) or any(a <= line <= b for a, b in node_lines):
                continue
            shown = canonical.replace("opto.trace.", "trace.") if canonical else name_node.id
            key = f"{shown}@{where}"
            if key in reported:
                continue
            reported.add(key)
            self.result.findings.append(
                Finding(
                    TRACE_IMPORT_LEAK,
                    f"Trace leaks outside the trainable surface: `{shown}` is used in {where}. Keep orchestration, I/O and business logic plain "
                    "Python; only nodes, bundles and models should touch Trace (the run wraps and feeds them).",
                    line,
                    name_node.col_offset,
                    name_node.end_lineno or line,
                    name_node.end_col_offset or 0,
                    names=[name_node.id],
                )
            )

    def _consumed_names(self) -> set[str]:
        names: set[str] = set()
        for node in walk(self.tree):
            if type(node) is ast.Name and id(node) in self.consumed:
                names.add(node.id)
        return names
