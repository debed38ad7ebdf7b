"""AST helpers shared by the surface analysis: a faster ``walk``, scopes, bindings, spans."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from typing import Any

FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef)
BRANCHES = (ast.If, ast.IfExp, ast.For, ast.AsyncFor, ast.While, ast.ExceptHandler, ast.match_case)


def walk(node: ast.AST) -> list[Any]:
    """Every node under ``node`` (itself included), each parent before its children.

    Typed ``Any``: callers dispatch on ``type(node)``, which the type checker does not narrow.
    """
    out: list[Any] = []
    stack = [node]
    node_type = ast.AST
    while stack:
        current = stack.pop()
        out.append(current)
        for field in current._fields:
            if field == "ctx":
                continue
            value = getattr(current, field, None)
            if type(value) is list:
                stack.extend(x for x in reversed(value) if isinstance(x, node_type))
            elif isinstance(value, node_type):
                stack.append(value)
    return out


def start(node: Any) -> int:
    decorators = getattr(node, "decorator_list", None) or []
    return min([d.lineno for d in decorators] + [node.lineno])


def import_text(stmt: ast.Import | ast.ImportFrom, alias: ast.alias) -> str:
    part = alias.name + (f" as {alias.asname}" if alias.asname else "")
    if isinstance(stmt, ast.Import):
        return f"import {part}"
    return f"from {'.' * stmt.level}{stmt.module or ''} import {part}"


def target_names(target: ast.expr) -> Iterator[str]:
    if isinstance(target, ast.Name):
        yield target.id
    elif isinstance(target, ast.Tuple | ast.List):
        for elt in target.elts:
            yield from target_names(elt)
    elif isinstance(target, ast.Starred):
        yield from target_names(target.value)


def bound_by(stmt: ast.stmt) -> Iterator[tuple[str, str]]:
    """Names a module/class-level statement binds, with the kind of binding (imports excluded)."""
    if isinstance(stmt, FUNCS):
        yield stmt.name, "function"
    elif isinstance(stmt, ast.ClassDef):
        yield stmt.name, "class"
    elif isinstance(stmt, ast.Assign):
        for t in stmt.targets:
            for n in target_names(t):
                yield n, "assignment"
    elif isinstance(stmt, ast.AnnAssign | ast.AugAssign):
        for n in target_names(stmt.target):
            yield n, "assignment"
    elif isinstance(stmt, ast.For | ast.AsyncFor):
        for n in target_names(stmt.target):
            yield n, "assignment"
    elif isinstance(stmt, ast.With | ast.AsyncWith):
        for item in stmt.items:
            if item.optional_vars is not None:
                for n in target_names(item.optional_vars):
                    yield n, "assignment"


def sub_bodies(stmt: ast.stmt) -> list[list[ast.stmt]]:
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


def header_exprs(stmt: ast.stmt) -> list[ast.AST]:
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


def function_locals(
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


def count_branches(fn: ast.AST) -> int:
    count = 0
    for node in walk(fn):
        if isinstance(node, BRANCHES):
            count += 1
        elif isinstance(node, ast.BoolOp):
            count += len(node.values) - 1
        elif isinstance(node, ast.comprehension):
            count += len(node.ifs)
    return count
