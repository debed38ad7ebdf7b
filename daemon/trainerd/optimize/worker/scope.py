"""What the target is, read from the evaluated text: which Trace parameters belong to it (and nothing
else of the module), or which plain function to wrap.

- a ``@trace.model`` class (or any class holding Trace parameters): the trainable ``trace.node`` calls
  and trainable bundles written inside the class;
- a trainable bundle (``file.py::fn`` or ``Class.method``): that bundle;
- a name bound to ``trace.node(..., trainable=True)``: that node;
- no symbol: every Trace parameter of the file;
- a plain function or method (``staticmethod`` and ``classmethod`` included): wrapped with
  ``trace.bundle(trainable=True)`` for the prompt's traced run; counted (not traced) elsewhere.

Static checks only (``ast``): :class:`ScopeError` names what cannot be optimized and why, before any
test runs.
"""

from __future__ import annotations

import ast
from typing import Any

import attrs

from trainerd.optimize.edits import node_sites
from trainerd.project.assignments import assigned_names


class ScopeError(Exception):
    """The symbol cannot be optimized; the message says why and what to name instead."""


@attrs.define
class Scope:
    kind: str  # trace | plain_function | plain_method
    symbol: str | None
    node_lines: dict[int, str] = attrs.Factory(dict)  # every line of a trainable node call -> its key
    bundles: dict[str, str] = attrs.Factory(dict)  # qualname of a trainable bundle -> code:<qualname>
    plain: str | None = None  # the plain function/method to wrap (qualname)
    method_kind: str = "function"  # function | method | staticmethod | classmethod
    functions: list[str] = attrs.Factory(list)  # qualnames whose globals the prompt shows read-only


def _is_trainable_bundle(fn: ast.AST) -> bool:
    for deco in getattr(fn, "decorator_list", []):
        if isinstance(deco, ast.Call):
            name = deco.func.attr if isinstance(deco.func, ast.Attribute) else getattr(deco.func, "id", "")
            if name == "bundle" and any(
                k.arg == "trainable" and isinstance(k.value, ast.Constant) and k.value.value is True
                for k in deco.keywords
            ):
                return True
    return False


def _decorator_names(fn: ast.AST) -> set[str]:
    names = set()
    for deco in getattr(fn, "decorator_list", []):
        target = deco.func if isinstance(deco, ast.Call) else deco
        names.add(target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", ""))
    return names


def _walk_defs(body: list[ast.stmt], prefix: str = "") -> list[tuple[str, ast.AST]]:
    out: list[tuple[str, ast.AST]] = []
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            qual = prefix + node.name
            out.append((qual, node))
            if isinstance(node, ast.ClassDef):
                out += _walk_defs(node.body, qual + ".")
    return out


def _span(node: ast.AST) -> tuple[int, int]:
    decos = [d.lineno for d in getattr(node, "decorator_list", [])]
    return min([node.lineno, *decos]), node.end_lineno or node.lineno  # type: ignore[attr-defined]


def scope_of(source: str, symbol: str | None) -> Scope:
    """The target's scope in ``source``; :class:`ScopeError` when it cannot be optimized."""
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise ScopeError(f"the target does not parse (line {exc.lineno}: {exc.msg})") from None
    defs = dict(_walk_defs(tree.body))
    sites = node_sites(tree)
    if symbol is None:
        scope = Scope("trace", None)
        lo, hi = 1, len(source.splitlines()) + 1
    else:
        node = defs.get(symbol)
        if node is None:  # a module-level name bound to a trainable node
            assigned = [s for s in tree.body if symbol in assigned_names(s)]
            if not assigned:
                raise ScopeError(
                    f"{symbol!r} is not a function, method, class or trainable node of the target"
                )
            lo, hi = _span(assigned[0])
        else:
            lo, hi = _span(node)
        scope = Scope("trace", symbol)
    for key, call in sites.items():
        if lo <= call.lineno <= hi:
            for line in range(call.lineno, (call.end_lineno or call.lineno) + 1):
                scope.node_lines[line] = key
    for qual, node in defs.items():
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _is_trainable_bundle(node):
            start, end = _span(node)
            if lo <= start and end <= hi + 0:
                scope.bundles[qual] = f"code:{qual}"
                scope.functions.append(qual)
    if scope.node_lines or scope.bundles:
        return scope
    if symbol is None:
        raise ScopeError("no Trace node, bundle or model in the target: name a function (file.py::name)")
    node = defs.get(symbol)
    if isinstance(node, ast.ClassDef):
        raise ScopeError(
            f"{symbol!r} is a class without Trace parameters: name one of its methods ({symbol}.method), "
            "or mark them with trace.node/trace.bundle"
        )
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        raise ScopeError(f"{symbol!r} is not a function: name a function, a method or a Trace surface")
    if isinstance(node, ast.AsyncFunctionDef):
        raise ScopeError(
            f"{symbol!r} is an async function: Trace records the coroutine a call returns, not its result, "
            "so its feedback could not be attributed; optimize a synchronous function it calls"
        )
    if "." in symbol.rpartition(".")[0]:
        raise ScopeError(
            f"{symbol!r} is nested: name a module-level function or a method of a module-level class"
        )
    decorators = _decorator_names(node) - {"staticmethod", "classmethod"}
    if decorators:
        raise ScopeError(
            f"{symbol!r} is decorated ({', '.join('@' + d for d in sorted(decorators))}): the tests call what "
            "the decorator returns, not the function written here"
        )
    if _generator(node):
        raise ScopeError(f"{symbol!r} is a generator: Trace records the generator object, not what it yields")
    names = _decorator_names(node)
    if "." in symbol:
        kind = (
            "staticmethod"
            if "staticmethod" in names
            else "classmethod"
            if "classmethod" in names
            else "method"
        )
        return Scope("plain_method", symbol, plain=symbol, method_kind=kind, functions=[symbol])
    return Scope("plain_function", symbol, plain=symbol, functions=[symbol])


def _generator(fn: ast.AST) -> bool:
    for node in ast.walk(fn):
        if node is not fn and isinstance(
            node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef
        ):
            continue
        if isinstance(node, ast.Yield | ast.YieldFrom):
            return True
    return False


def lookup(module: Any, qualname: str) -> tuple[Any, str, Any]:
    """(owner, attribute name, the raw attribute) for ``func`` or ``Class.method`` in ``module``; the
    raw attribute keeps ``staticmethod``/``classmethod`` objects."""
    owner_name, _, name = qualname.rpartition(".")
    owner = module if not owner_name else getattr(module, owner_name, None)
    if owner is None:
        raise ScopeError(f"{owner_name!r} is not defined when the target module is imported")
    raw = vars(owner).get(name) if isinstance(owner, type) else getattr(owner, name, None)
    if raw is None:
        raise ScopeError(f"{qualname!r} is not defined when the target module is imported")
    return owner, name, raw


def unwrap(raw: Any) -> tuple[Any, Any]:
    """(the plain function, a function that wraps a replacement the same way)."""
    if isinstance(raw, staticmethod):
        return raw.__func__, staticmethod
    if isinstance(raw, classmethod):
        return raw.__func__, classmethod
    return raw, lambda f: f
