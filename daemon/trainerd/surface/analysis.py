"""Static analysis of Trace surfaces with ``ast``: user code is parsed, never imported.

Recognises every spelling of the Trace API that binds to ``opto`` (:mod:`trainerd.surface.spelling`):
imports in all their forms, star imports, aliases (``bundle = trace.bundle``), partials
(``functools.partial(trace.bundle, trainable=True)``), called factories bound to a name,
``ParameterNode(...)``, ``@trace.model`` classes, subclasses of ``trace.Module`` and of the file's own
models (which inherit their parameters), nodes set on ``self`` in methods and nodes held in
containers. Names are resolved through the scopes Python would use, so a local function called
``bundle`` or a ``node`` imported from another library is not mistaken for Trace.

The findings (breadth, hidden dependencies, imports, leaks) are in :mod:`trainerd.surface.checks`.

Long on purpose: it is one scope-resolving AST walk; the spellings share its scopes and bindings, so
splitting them would pass that state between modules.
"""

from __future__ import annotations

import ast
import bisect
import re
from typing import Any

import attrs

from trainerd.project.assignments import simple_assignment
from trainerd.surface import astutil as au
from trainerd.surface import checks, spelling
from trainerd.surface.model import (
    BUNDLE_NOT_CALLED,
    SURFACE_TOO_BROAD,
    Definition,
    FileAnalysis,
    Finding,
    Fix,
    Surface,
    TextEdit,
)

_FUNCS = au.FUNCS
_METHOD_DECORATORS = {
    "staticmethod": "staticmethod",
    "classmethod": "classmethod",
    "property": "property",
    "cached_property": "property",
    "functools.cached_property": "property",
}


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


def method_kind(fn: ast.FunctionDef | ast.AsyncFunctionDef, in_class: bool) -> str:
    """function | method | classmethod | staticmethod | property (``x.setter`` counts as property)."""
    if not in_class:
        return "function"
    for dec in fn.decorator_list:
        text = ast.unparse(dec.func if isinstance(dec, ast.Call) else dec)
        if text in _METHOD_DECORATORS:
            return _METHOD_DECORATORS[text]
        if text.endswith((".setter", ".getter", ".deleter")):
            return "property"
    return "method"


def _blocks(stmt: ast.stmt) -> list[tuple[list[ast.stmt], bool]]:
    """A compound statement's blocks, each with whether it is an ``except`` fallback."""
    if isinstance(stmt, ast.Try | ast.TryStar):
        return [
            (stmt.body, False),
            *[(h.body, True) for h in stmt.handlers],
            (stmt.orelse, False),
            (stmt.finalbody, False),
        ]
    return [(sub, False) for sub in au.sub_bodies(stmt)]


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
    function: str | None = None  # qualname of the innermost enclosing function (for leak reports)
    in_surface: bool = False  # inside a bundle's body or a model's class body


@attrs.define
class _ModuleName:
    kind: str  # import | function | class | assignment
    line: int
    import_text: str | None = None


@attrs.define
class _Use:
    """A Trace-bound name read outside a surface construct."""

    node: ast.Name
    canonical: str
    function: str | None
    in_surface: bool


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
        self.trace_uses: list[_Use] = []
        self.star_imports: list[ast.ImportFrom] = []
        self.defs_by_scope: dict[str, dict[str, ast.FunctionDef | ast.AsyncFunctionDef]] = {}
        self.bundle_nodes: list[
            tuple[Surface, ast.FunctionDef | ast.AsyncFunctionDef, ast.Call | None, _Ctx]
        ] = []
        self.models: list[tuple[Surface, ast.ClassDef]] = []
        self.models_by_qualname: dict[str, Surface] = {}
        self.model_classes: dict[str, ast.ClassDef] = {}
        self.node_call_roots: set[int] = set()  # roots of node(...) calls: consumed, yet a leak in plain code
        self.containers: dict[str, Surface] = {}
        self.bound_anywhere: set[str] = set()  # every name any import or alias ever bound to opto
        self.bound_canonicals: set[str] = set()
        self.trace_names: set[str] = set()
        self.presets = spelling.Presets()
        self.partial_names: set[str] = set()  # names bound to functools.partial
        self._mention_lines: list[int] | None = None  # lines that mention opto or a Trace-bound name

    def line(self, lineno: int) -> str:
        return self.lines[lineno - 1] if 0 < lineno <= len(self.lines) else ""

    # --- passes ----------------------------------------------------------------------------------
    def run(self) -> None:
        self._module_pass(self.tree.body, {})
        self.result.trace_imported = bool(self.final_bindings) or bool(self.star_imports)
        self.trace_names = set(self.final_bindings) | self.bound_anywhere
        self._visit_body(self.tree.body, _Ctx(prefix="", scope="module", bindings={}))
        for surface, fn, call, ctx in self.bundle_nodes:
            checks.check_bundle(self, surface, fn, call, ctx)
        own = {s.qualname: list(s.children) for s, _ in self.models}
        for surface, _ in self.models:
            self._inherit(surface, own)
        for surface, _ in self.models:
            checks.check_model(self, surface)
        checks.check_star_imports(self)
        checks.check_leaks(self)
        self.result.surfaces.sort(key=lambda s: (s.start_line, s.name_line, s.qualname))
        taken = {s.qualname for s in self.result.surfaces}
        self.result.definitions = [d for d in self.result.definitions if d.qualname not in taken]

    def _module_pass(self, body: list[ast.stmt], bindings: dict[str, str], fallback: bool = False) -> None:
        """Final module-level bindings (what function bodies see) and every module-level name.

        ``fallback``: an ``except`` block; ``trace = None`` there (the optional-import idiom) does not
        unbind Trace for the code that runs when the import worked."""
        for stmt in body:
            if isinstance(stmt, ast.Import | ast.ImportFrom):
                self._import(stmt, bindings)
                for alias in stmt.names:
                    if alias.name != "*":
                        name = alias.asname or alias.name.split(".")[0]
                        self.module_names[name] = _ModuleName(
                            "import", stmt.lineno, au.import_text(stmt, alias)
                        )
            else:
                for name, kind in au.bound_by(stmt):
                    if not fallback:
                        bindings.pop(name, None)
                    self.module_names.setdefault(name, _ModuleName(kind, stmt.lineno))
                    if not fallback or self.module_names[name].kind != "import":
                        self.module_names[name] = _ModuleName(kind, stmt.lineno)
                self._alias(stmt, bindings)
            for sub, is_fallback in _blocks(stmt):
                self._module_pass(sub, bindings, fallback or is_fallback)
        self.final_bindings = bindings

    def _import(self, stmt: ast.Import | ast.ImportFrom, bindings: dict[str, str]) -> None:
        spelling.apply_import(stmt, bindings, self.bound_anywhere, self.star_imports)
        if isinstance(stmt, ast.ImportFrom) and stmt.module == "functools" and not stmt.level:
            self.partial_names.update(a.asname or a.name for a in stmt.names if a.name == "partial")
        for name in list(bindings):
            self.bound_canonicals.add(bindings[name])

    def _alias(self, stmt: ast.stmt, bindings: dict[str, str]) -> None:
        """``name = <a Trace object>``: the name is bound to it from here on."""
        binding = simple_assignment(stmt)
        if binding is None or not bindings:
            return
        target, value = binding
        found = spelling.alias_value(value, bindings, self.presets, self.partial_names)
        if found is None:
            return
        canonical, root = found
        bindings[target] = canonical
        self.bound_anywhere.add(target)
        self.bound_canonicals.add(canonical)
        self.consumed.add(id(root))

    # --- the scope walk ------------------------------------------------------------------------
    def _visit_body(self, body: list[ast.stmt], ctx: _Ctx, fallback: bool = False) -> None:
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
                self._import(stmt, ctx.bindings)
            else:
                subs = _blocks(stmt)
                if subs:
                    for expr in au.header_exprs(stmt):
                        self._scan_expression(expr, stmt, ctx)
                    for name, _ in au.bound_by(stmt):
                        ctx.bindings.pop(name, None)
                    for sub, is_fallback in subs:
                        self._visit_body(sub, ctx, fallback or is_fallback)
                else:
                    self._visit_simple(stmt, ctx)
                    if not fallback:
                        for name, _ in au.bound_by(stmt):
                            ctx.bindings.pop(name, None)
                    self._alias(stmt, ctx.bindings)

    def _bundle_decorator(
        self, fn: ast.FunctionDef | ast.AsyncFunctionDef, ctx: _Ctx
    ) -> tuple[ast.Call | None, ast.expr | None, dict[str, Any] | None]:
        """(the decorator call, a bare factory used without parentheses, the bundle's options)."""
        for dec in fn.decorator_list:
            func = dec.func if isinstance(dec, ast.Call) else dec
            canonical, root = spelling.resolve(func, ctx.bindings)
            if spelling.base(canonical) in spelling.BUNDLE:
                self.consumed.add(id(root))
                preset = self.presets.of(canonical)
                options = dict(preset.options) if preset else {}
                if isinstance(dec, ast.Call):
                    if preset is not None and preset.called:
                        continue  # calling the decorator itself: not a bundle declaration
                    options.update(spelling.call_options(dec, spelling.BUNDLE_POSITIONAL))
                    return dec, None, options
                if preset is not None and preset.called:
                    return None, None, options  # a decorator bound to a name: @trainable
                return None, dec, options
            elif root is not None:
                self._scan_expression(dec, fn, ctx)
        return None, None, None

    def _visit_function(self, fn: ast.FunctionDef | ast.AsyncFunctionDef, ctx: _Ctx) -> None:
        qualname = ctx.prefix + fn.name
        bundle_call, bare_bundle, options = self._bundle_decorator(fn, ctx)
        start, end = au.start(fn), fn.end_lineno or fn.lineno
        kind = method_kind(fn, ctx.scope == "class")
        is_bundle = options is not None
        if is_bundle:
            assert options is not None
            surface = self._add_surface(qualname, "bundle", start, end, fn.lineno, options, "decorator", ctx)
            surface.method_kind = kind
            surface.is_async = isinstance(fn, ast.AsyncFunctionDef)
            self.bundle_nodes.append((surface, fn, bundle_call, ctx))
            surface.wrapped_by = self._outer_decorators(fn, bundle_call or bare_bundle, ctx)
            if bare_bundle is not None:
                self._bundle_not_called(surface, qualname, bare_bundle)
        elif ctx.scope != "function":
            self.result.definitions.append(
                Definition(
                    qualname,
                    start,
                    end,
                    fn.lineno,
                    lines=end - fn.lineno + 1,
                    branches=au.count_branches(fn),
                    method_kind=kind,
                    is_async=isinstance(fn, ast.AsyncFunctionDef),
                )
            )
        if not self.full or not self._may_touch_trace(fn):
            return
        for default in [*fn.args.defaults, *[d for d in fn.args.kw_defaults if d is not None]]:
            self._scan_expression(default, fn, ctx)
        bound, _declared, _loads, imported_here = au.function_locals(fn, with_imports=True)
        shadow = bound - imported_here
        inner_bindings = {k: v for k, v in self.final_bindings.items() if k not in shadow}
        args = fn.args.posonlyargs + fn.args.args
        is_method = ctx.scope == "class"
        self_name = args[0].arg if is_method and args and kind not in ("staticmethod",) else None
        inner = _Ctx(
            prefix=f"{qualname}.<locals>.",
            scope="function",
            bindings=inner_bindings,
            cls=ctx.prefix[:-1] if is_method else None,
            model=ctx.model if is_method else None,
            self_name=self_name if kind != "classmethod" else None,
            in_function=True,
            enclosing=(*ctx.enclosing, frozenset(bound)),
            function=qualname,
            in_surface=ctx.in_surface or is_bundle,
        )
        self._visit_body(fn.body, inner)

    def _outer_decorators(self, fn: Any, bundle: ast.expr | None, ctx: _Ctx) -> list[str]:
        """Decorators above the bundle's (staticmethod/classmethod/property are method kinds)."""
        out = []
        for dec in fn.decorator_list:
            func = dec.func if isinstance(dec, ast.Call) else dec
            if dec is bundle or spelling.base(spelling.resolve(func, ctx.bindings)[0]) in spelling.BUNDLE:
                break
            text = ast.unparse(func)
            if text not in _METHOD_DECORATORS and not text.endswith((".setter", ".getter", ".deleter")):
                out.append(text)
        return out

    def _bundle_not_called(self, surface: Surface, qualname: str, bare: ast.expr) -> None:
        surface.note = "@bundle without parentheses: Trace needs @bundle(trainable=True)"
        end_line, end_col = bare.end_lineno or bare.lineno, bare.end_col_offset or 0
        self.result.findings.append(
            Finding(
                BUNDLE_NOT_CALLED,
                f"`{ast.unparse(bare)}` is used without parentheses on `{qualname}`: Trace's bundle is "
                "a decorator factory, so the function would be passed as its description. "
                f"Write `@{ast.unparse(bare)}(trainable=True)`.",
                bare.lineno,
                bare.col_offset,
                end_line,
                end_col,
                surface=qualname,
                fixes=[
                    Fix(
                        "Call the bundle decorator: (trainable=True)",
                        [TextEdit(end_line, end_col, end_line, end_col, "(trainable=True)")],
                        True,
                    )
                ],
            )
        )

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

    def _base_model(self, base: ast.expr, ctx: _Ctx) -> Surface | None:
        """A model of this file that ``base`` names (``Base`` or ``Outer.Base``), if any."""
        if not isinstance(base, ast.Name | ast.Attribute):
            return None
        text = ast.unparse(base)
        return self.models_by_qualname.get(ctx.prefix + text) or self.models_by_qualname.get(text)

    def _visit_class(self, cls: ast.ClassDef, ctx: _Ctx) -> None:
        qualname = ctx.prefix + cls.name
        form = None
        for dec in cls.decorator_list:
            func = dec.func if isinstance(dec, ast.Call) else dec
            canonical, root = spelling.resolve(func, ctx.bindings)
            if spelling.base(canonical) in spelling.MODEL:
                self.consumed.add(id(root))
                form = "decorator"
            elif root is not None:
                self._scan_expression(dec, cls, ctx)
        bases: list[str] = []
        for base in cls.bases:
            canonical, root = spelling.resolve(base, ctx.bindings)
            if spelling.base(canonical) in spelling.MODULE_BASE:
                self.consumed.add(id(root))
                form = form or "subclass"
                continue
            if root is not None:
                self._scan_expression(base, cls, ctx)
            inherited = self._base_model(base, ctx)
            if inherited is not None:
                bases.append(inherited.qualname)
                form = form or "subclass"
        model = None
        if form is not None:
            model = self._add_surface(
                qualname, "model", au.start(cls), cls.end_lineno or cls.lineno, cls.lineno, {}, form, ctx
            )
            model.bases = bases
            self.models.append((model, cls))
            self.models_by_qualname[qualname] = model
            self.model_classes[qualname] = cls
        inner = _Ctx(
            prefix=qualname + ".",
            scope="class",
            bindings=dict(ctx.bindings),
            model=model or ctx.model if ctx.scope == "class" else model,
            in_function=ctx.in_function,
            enclosing=ctx.enclosing,
            function=ctx.function,
            in_surface=ctx.in_surface or model is not None,
        )
        self._visit_body(cls.body, inner)

    def methods_of(self, model: Surface) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
        """The methods a model's instances have: its own, then those it inherits and does not override."""
        seen: set[str] = set()
        out: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
        stack = [model.qualname]
        while stack:
            name = stack.pop(0)
            cls = self.model_classes.get(name)
            if cls is None:
                continue
            for stmt in cls.body:
                if isinstance(stmt, _FUNCS) and stmt.name not in seen:
                    seen.add(stmt.name)
                    out.append(stmt)
            stack.extend(self.models_by_qualname[name].bases)
        return out

    def _inherit(self, model: Surface, own: dict[str, list[str]]) -> None:
        """A model's trainable parameters include those of the models it inherits from, unless a
        nearer class defines the same name (a plain override hides an inherited bundle).

        ``own``: each model's parameters declared in its own body (before any inheritance)."""
        chain: list[str] = []
        queue = [model.qualname]
        while queue:
            name = queue.pop(0)
            if name in chain or name not in self.model_classes:
                continue
            chain.append(name)
            queue.extend(self.models_by_qualname[name].bases)
        hidden: set[str] = set()
        children: list[str] = []
        for name in chain:
            declared = own.get(name, [])
            for child in declared:
                short = child.rsplit(".", 1)[-1].split("[", 1)[0]
                if short not in hidden and child not in children:
                    children.append(child)
            hidden |= {c.rsplit(".", 1)[-1].split("[", 1)[0] for c in declared}
            hidden |= {s.name for s in self.model_classes[name].body if isinstance(s, _FUNCS)}
        model.children = children

    def _visit_simple(self, stmt: ast.stmt, ctx: _Ctx) -> None:
        if ctx.scope == "function" and not self.full:
            return
        value = getattr(stmt, "value", None)
        # the call form: name = trace.bundle(...)(fn)
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Call):
            canonical, root = spelling.resolve(value.func.func, ctx.bindings)
            if spelling.base(canonical) in spelling.BUNDLE:
                self.consumed.add(id(root))
                self._bundle_call_form(stmt, value, self.presets.of(canonical), ctx)
        elif isinstance(value, ast.Call) and isinstance(value.func, ast.Name | ast.Attribute):
            # the call form with a bound decorator: name = trainable(fn)
            canonical, root = spelling.resolve(value.func, ctx.bindings)
            preset = self.presets.of(canonical)
            if spelling.base(canonical) in spelling.BUNDLE and preset is not None and preset.called:
                self.consumed.add(id(root))
                self._bundle_call_form(stmt, value, preset, ctx, decorator=None)
        self._scan_expression(stmt, stmt, ctx)

    def _scan_expression(self, expr: ast.AST, stmt: ast.AST, ctx: _Ctx) -> None:
        """Find node(...) / ParameterNode(...) calls and uses of Trace names outside surface constructs."""
        if not ctx.bindings:
            return
        for node in au.walk(expr):
            if type(node) is ast.Call:
                canonical, root = spelling.resolve(node.func, ctx.bindings)
                b = spelling.base(canonical)
                if (b in spelling.NODE or b in spelling.PARAMETER_NODE) and root is not None:
                    self.consumed.add(id(root))
                    self.node_call_roots.add(id(root))
                    self.trace_uses.append(_Use(root, canonical or "", ctx.function, ctx.in_surface))
                    preset = self.presets.of(canonical)
                    self._add_node(
                        node, stmt, ctx, b in spelling.PARAMETER_NODE, preset.options if preset else {}
                    )
            elif (
                type(node) is ast.Name
                and isinstance(node.ctx, ast.Load)
                and node.id in ctx.bindings
                and id(node) not in self.node_call_roots
            ):
                canonical, _ = spelling.resolve(node, ctx.bindings)
                self.trace_uses.append(_Use(node, canonical or "", ctx.function, ctx.in_surface))

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

    def _bundle_call_form(
        self,
        stmt: ast.stmt,
        call: ast.Call,
        preset: spelling.Preset | None,
        ctx: _Ctx,
        decorator: ast.Call | None | bool = True,
    ) -> None:
        factory: ast.Call | None = call.func if decorator is True else None  # type: ignore[assignment]
        options = dict(preset.options) if preset else {}
        if factory is not None:
            options.update(spelling.call_options(factory, spelling.BUNDLE_POSITIONAL))
        wrapped = call.args[0] if call.args else None
        targets = [
            n
            for t in getattr(stmt, "targets", [getattr(stmt, "target", None)])
            if t is not None
            for n in au.target_names(t)
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
                au.start(fn),
                fn.end_lineno or fn.lineno,
                fn.lineno,
                options,
                "call",
                ctx,
            )
            surface.method_kind = method_kind(fn, ctx.scope == "class")
            surface.is_async = isinstance(fn, ast.AsyncFunctionDef)
            self.bundle_nodes.append((surface, fn, factory, ctx))
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

    def _node_name(self, target: ast.expr | None, ctx: _Ctx) -> tuple[str | None, bool]:
        """(qualname, addressable) for the target a node is assigned to: ``NAME`` at module or class
        level, ``Class.attr`` for ``self.attr`` in a method."""
        if isinstance(target, ast.Name):
            return ctx.prefix + target.id, "<locals>" not in ctx.prefix
        if (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == ctx.self_name
            and ctx.cls
        ):
            return f"{ctx.cls}.{target.attr}", "<locals>" not in ctx.cls
        return None, False

    def _add_node(
        self, call: ast.Call, stmt: ast.AST, ctx: _Ctx, parameter: bool, preset: dict[str, Any]
    ) -> None:
        positional = spelling.PARAMETER_NODE_POSITIONAL if parameter else spelling.NODE_POSITIONAL
        options: dict[str, Any] = {"parameter_node": True} if parameter else {}
        options.update({k: v for k, v in preset.items() if k != "data"})
        for name, arg in zip(positional, call.args, strict=False):
            options[name] = spelling.literal(arg) if name != "data" else None
        for kw in call.keywords:
            if kw.arg is not None and kw.arg not in ("data", "value"):
                options[kw.arg] = spelling.literal(kw.value)
        if parameter:
            options.setdefault("trainable", True)
        data = (
            call.args[0]
            if call.args
            else next((k.value for k in call.keywords if k.arg in ("data", "value")), None)
        )
        options.pop("data", None)
        if data is not None:
            text = ast.unparse(data)
            options["value"] = text if len(text) <= 120 else text[:117] + "..."
        value = getattr(stmt, "value", None)
        targets = getattr(stmt, "targets", None) or [getattr(stmt, "target", None)]
        target = targets[0] if targets else None
        qualname, addressable, container = None, False, None
        if value is call:
            qualname, addressable = self._node_name(target, ctx)
        elif isinstance(value, ast.List | ast.Tuple | ast.Dict | ast.ListComp | ast.DictComp):
            # PROMPTS = [trace.node(...), ...] / {"a": trace.node(...)} / [node(p, ...) for p in xs]
            container, addressable = self._node_name(target, ctx)
            index = self._element_index(value, call)
            if container is not None and index is not None:
                qualname = f"{container}[{index}]"
            else:
                container = None
        if qualname is None:
            addressable = False
            given = options.get("name")
            label = given if isinstance(given, str) else f"node@{call.lineno}:{call.col_offset}"
            qualname = (f"{ctx.cls}." if ctx.cls else ctx.prefix) + label
        start = getattr(stmt, "lineno", call.lineno)
        end = getattr(stmt, "end_lineno", None) or call.end_lineno or start
        # a node set on self in a method belongs to the class (and its model), not to the method
        owner_ctx = _Ctx(
            prefix=ctx.prefix,
            scope="class" if ctx.cls else ctx.scope,
            bindings=ctx.bindings,
            cls=ctx.cls,
            model=ctx.model,
            in_function=ctx.in_function and not ctx.cls,
        )
        if container is not None:
            parent = self._container(container, stmt, owner_ctx, addressable)
            options["container"] = parent.qualname
            owner_ctx = attrs.evolve(owner_ctx, model=None)
        surface = self._add_surface(qualname, "node", start, end, start, options, "assignment", owner_ctx)
        surface.param_line, surface.param_col = call.lineno, call.col_offset
        surface.addressable = addressable and container is None
        if (
            surface.trainable
        ):  # declaring a parameter (even a misplaced one) is not a leak: it has its own note
            self.node_call_roots.discard(
                id(call.func if isinstance(call.func, ast.Name) else self._root(call.func))
            )
        if container is not None:
            surface.lens = False
            if surface.trainable:
                self._trainable_element(parent, qualname, addressable)
                surface.note = f"optimized with its container `{container}`"
        elif "<locals>" in qualname and not ctx.cls:
            surface.lens = False
        elif surface.trainable and not addressable:
            surface.lens = False
            surface.note = "created without a name: assign it to a module or class attribute (or self.<name>) to optimize it"
        self._too_broad_node(surface, data, call)

    @staticmethod
    def _element_index(value: Any, call: ast.Call) -> str | None:
        if isinstance(value, ast.ListComp | ast.DictComp):
            elt = value.elt if isinstance(value, ast.ListComp) else value.value
            return "*" if elt is call else None
        items = value.values if isinstance(value, ast.Dict) else value.elts
        keys: list[Any] = value.keys if isinstance(value, ast.Dict) else [None] * len(items)
        for i, (key, item) in enumerate(zip(keys, items, strict=True)):
            if item is call:
                return ast.unparse(key) if key is not None else str(i)
        return None

    def _container(self, qualname: str, stmt: Any, ctx: _Ctx, addressable: bool) -> Surface:
        existing = self.containers.get(qualname)
        if existing is not None:
            return existing
        start, end = stmt.lineno, stmt.end_lineno or stmt.lineno
        surface = self._add_surface(qualname, "node", start, end, start, {}, "container", ctx)
        surface.lens = False  # until a trainable element is found
        self.containers[qualname] = surface
        return surface

    def _trainable_element(self, container: Surface, element: str, addressable: bool) -> None:
        container.children.append(element)
        if container.trainable:
            return
        container.trainable = True
        container.lens = addressable
        if not addressable:
            container.note = "defined inside a function: move it to module or class level to optimize it"
        model = self.models_by_qualname.get(container.parent or "")
        if model is not None:
            model.children.append(container.qualname)

    def _too_broad_node(self, surface: Surface, data: ast.expr | None, call: ast.Call) -> None:
        data_is_module = (
            isinstance(data, ast.Name) and getattr(self.module_names.get(data.id), "kind", "") == "import"
        )
        if surface.trainable and (data_is_module or (data is not None and "__file__" in ast.unparse(data))):
            self.result.findings.append(
                Finding(
                    SURFACE_TOO_BROAD,
                    f"Trainable node `{surface.qualname}` holds a whole module: feedback on it cannot be attributed to "
                    "any part. Make the smallest piece that should change trainable instead (one function as a "
                    "bundle, one prompt or constant as a node).",
                    call.lineno,
                    call.col_offset,
                    call.end_lineno or call.lineno,
                    call.end_col_offset or 0,
                    surface=surface.qualname,
                )
            )

    @staticmethod
    def _root(expr: ast.expr) -> ast.expr:
        while isinstance(expr, ast.Attribute):
            expr = expr.value
        return expr

    def consumed_names(self) -> set[str]:
        names: set[str] = set()
        for node in au.walk(self.tree):
            if type(node) is ast.Name and id(node) in self.consumed:
                names.add(node.id)
        return names
