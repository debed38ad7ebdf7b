"""Literal values that reach a call through names: the inputs hidden in the project's tests.

A test rarely writes ``parse("1.2.3")``; it writes ``parse(text)`` with ``text`` bound by a
``@pytest.mark.parametrize`` table, a ``for text, want in CASES:`` loop over a module-level list, a
local ``text = "1.2.3"``, or a helper ``check(text)`` called with literals. :class:`Bindings` answers,
for one call, the concrete argument lists those bindings give (a bounded product), read statically
with :mod:`ast` (nothing is imported or run).
"""

from __future__ import annotations

import ast
import itertools
from typing import Any

from trainerd.project.assignments import assigned_names

MAX_ROWS = 60  # argument lists taken from one call
MAX_TABLE = 500  # rows read from one table or loop


class NotLiteral(Exception):  # noqa: N818 - control flow of the evaluator
    """The expression depends on something only running the code would tell."""


_SAFE_CALLS = {
    "set": set,
    "frozenset": frozenset,
    "tuple": tuple,
    "list": list,
    "float": float,
    "bytes": bytes,
}


def evaluate(node: ast.expr, env: dict[str, Any]) -> Any:
    """The value of a literal expression whose names are looked up in ``env``; :class:`NotLiteral` else."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if node.id in env:
            return env[node.id]
        if node.id in ("None", "True", "False"):
            return {"None": None, "True": True, "False": False}[node.id]
        raise NotLiteral(node.id)
    if isinstance(node, ast.Tuple):
        return tuple(_elements(node.elts, env))
    if isinstance(node, ast.List):
        return list(_elements(node.elts, env))
    if isinstance(node, ast.Set):
        return set(_elements(node.elts, env))
    if isinstance(node, ast.Dict):
        if any(k is None for k in node.keys):
            raise NotLiteral("**")
        return {evaluate(k, env): evaluate(v, env) for k, v in zip(node.keys, node.values, strict=True)}  # type: ignore[arg-type]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        value = evaluate(node.operand, env)
        if isinstance(value, int | float | complex) and not isinstance(value, bool):
            return -value if isinstance(node.op, ast.USub) else +value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub | ast.Mult):
        left, right = evaluate(node.left, env), evaluate(node.right, env)
        ok = (isinstance(left, int | float | complex) and isinstance(right, int | float | complex)) or (
            isinstance(left, str | bytes | tuple | list) and isinstance(right, int | type(left))
        )
        if ok and not (isinstance(node.op, ast.Mult) and _too_big(left, right)):
            if isinstance(node.op, ast.Add):
                return left + right
            if isinstance(node.op, ast.Sub):
                return left - right
            return left * right
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _SAFE_CALLS
        and not node.keywords
        and len(node.args) <= 1
    ):
        args = [evaluate(a, env) for a in node.args]
        try:
            return _SAFE_CALLS[node.func.id](*args)
        except (TypeError, ValueError) as exc:
            raise NotLiteral(str(exc)) from None
    raise NotLiteral(type(node).__name__)


def _too_big(left: Any, right: Any) -> bool:
    n = right if isinstance(right, int) else left if isinstance(left, int) else 0
    return isinstance(n, int) and n > 10_000


def _elements(elts: list[ast.expr], env: dict[str, Any]) -> list[Any]:
    out: list[Any] = []
    for e in elts:
        if isinstance(e, ast.Starred):
            inner = evaluate(e.value, env)
            if not isinstance(inner, list | tuple):
                raise NotLiteral("*")
            out.extend(inner)
        else:
            out.append(evaluate(e, env))
    return out


def _names_of(target: ast.expr) -> list[str] | None:
    """``a`` -> [a]; ``a, b`` / ``(a, b)`` -> [a, b]; anything else -> None."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Tuple | ast.List) and all(isinstance(e, ast.Name) for e in target.elts):
        return [e.id for e in target.elts]  # type: ignore[attr-defined]
    return None


Group = tuple[list[str], list[tuple[Any, ...]]]  # names bound together, the rows of values they take


class Bindings:
    """The literal bindings of one parsed module (see the module docstring)."""

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self.constants: dict[str, Any] = {}
        for stmt in tree.body:  # module constants, in order (a later one may use an earlier one)
            if not isinstance(stmt, ast.Assign | ast.AnnAssign) or stmt.value is None:
                continue
            for name in assigned_names(stmt):
                try:
                    self.constants[name] = evaluate(stmt.value, self.constants)
                except (NotLiteral, RecursionError):
                    self.constants.pop(name, None)
        self._cache: dict[tuple[str, int], list[Group]] = {}
        self._calls: list[ast.Call] | None = None

    # -- the scopes around a call --
    def groups(self, call: ast.AST, chain: list[ast.AST]) -> list[Group]:
        """Bindings that hold at ``call``, given the nodes enclosing it (outermost first)."""
        out: list[Group] = []
        for node in chain:
            if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                out.extend(self._memo(("parametrize", id(node)), lambda n=node: self._parametrize(n)))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                out.extend(self._locals(node, getattr(call, "lineno", 0)))
                out.extend(self._memo(("callers", id(node)), lambda n=node: self._callers(n, depth=1)))
            if isinstance(node, ast.For | ast.AsyncFor):
                out.extend(self._loops(node.target, node.iter, out))
            elif isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
                for gen in node.generators:
                    out.extend(self._loops(gen.target, gen.iter, out))
        return out

    def _memo(self, key: tuple[str, int], compute: Any) -> list[Group]:
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = compute()
        return found

    def _env(self, groups: list[Group]) -> dict[str, Any]:
        env = dict(self.constants)
        for names, rows in groups:
            if len(rows) == 1:
                env.update(zip(names, rows[0], strict=True))
        return env

    def _parametrize(self, node: ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) -> list[Group]:
        out: list[Group] = []
        for dec in node.decorator_list:
            if not (isinstance(dec, ast.Call) and ast.unparse(dec.func).endswith("parametrize")):
                continue
            if len(dec.args) < 2 or any(k.arg == "indirect" for k in dec.keywords):
                continue
            try:
                spec = evaluate(dec.args[0], {})
            except NotLiteral:
                continue
            names = [n.strip() for n in spec.split(",") if n.strip()] if isinstance(spec, str) else list(spec)
            rows = self._table(dec.args[1], len(names))
            if names and rows:
                out.append((names, rows))
        return out

    def _table(self, node: ast.expr, width: int) -> list[tuple[Any, ...]]:
        """Rows of a parametrize table or a loop's iterable; ``pytest.param(...)`` entries unwrapped."""
        items: list[Any] = []
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            for e in node.elts[:MAX_TABLE]:
                if isinstance(e, ast.Call) and ast.unparse(e.func).endswith("param"):
                    try:
                        items.append(tuple(evaluate(a, self.constants) for a in e.args))
                    except NotLiteral:
                        continue
                else:
                    try:
                        items.append(evaluate(e, self.constants))
                    except NotLiteral:
                        continue
        else:
            try:
                value = self._iterable(node)
            except NotLiteral:
                return []
            items = list(value)[:MAX_TABLE]
        rows = []
        for item in items:
            row = tuple(item) if width > 1 and isinstance(item, tuple | list) else (item,)
            if len(row) == width:
                rows.append(row)
        return rows

    def _iterable(self, node: ast.expr) -> Any:
        # CASES / CASES.items() / zip(A, B) / enumerate is not followed (the index is rarely an input)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and not node.args:
            base = evaluate(node.func.value, self.constants)
            if isinstance(base, dict) and node.func.attr in ("items", "keys", "values"):
                return list(getattr(base, node.func.attr)())
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "zip":
            parts = [evaluate(a, self.constants) for a in node.args]
            return list(zip(*parts, strict=False))
        value = evaluate(node, self.constants)
        if isinstance(value, dict):
            return list(value)
        if not isinstance(value, list | tuple | set | frozenset | str):
            raise NotLiteral("not iterable")
        return list(value)

    def _locals(self, fn: ast.FunctionDef | ast.AsyncFunctionDef, before: int) -> list[Group]:
        """``name = <literal>`` in the function before the call (the last such assignment wins)."""
        found: dict[str, Any] = {}
        for stmt in ast.walk(fn):
            if isinstance(stmt, ast.Assign) and stmt.lineno < before and len(stmt.targets) == 1:
                names = _names_of(stmt.targets[0])
                if not names:
                    continue
                try:
                    value = evaluate(stmt.value, {**self.constants, **found})
                except NotLiteral:
                    for n in names:
                        found.pop(n, None)
                    continue
                if len(names) == 1:
                    found[names[0]] = value
                elif isinstance(value, tuple | list) and len(value) == len(names):
                    found.update(zip(names, value, strict=True))
        return [([name], [(value,)]) for name, value in found.items()]

    def _loops(self, target: ast.expr, iterable: ast.expr, outer: list[Group]) -> list[Group]:
        names = _names_of(target)
        if not names:
            return []
        env = self._env(outer)
        try:
            if isinstance(iterable, ast.Name) and iterable.id in env:
                value = env[iterable.id]
                items = list(value.items() if isinstance(value, dict) and len(names) == 2 else value)
            else:
                items = self._iterable(iterable)
        except (NotLiteral, TypeError):
            return []
        rows = []
        for item in items[:MAX_TABLE]:
            row = tuple(item) if len(names) > 1 and isinstance(item, tuple | list) else (item,)
            if len(row) == len(names):
                rows.append(row)
        return [(names, rows)] if rows else []

    def _callers(self, fn: ast.FunctionDef | ast.AsyncFunctionDef, depth: int) -> list[Group]:
        """A helper's parameters bound by the literal calls of it in the same module (one hop)."""
        if depth <= 0 or fn.name.startswith("test"):
            return []
        params = [a.arg for a in [*fn.args.posonlyargs, *fn.args.args]]
        if params and params[0] in ("self", "cls"):
            params = params[1:]
        if not params:
            return []
        if self._calls is None:
            self._calls = [n for n in ast.walk(self.tree) if isinstance(n, ast.Call)]
        rows = []
        for node in self._calls:
            if _leaf(node.func) != fn.name:
                continue
            if any(isinstance(a, ast.Starred) for a in node.args) or len(node.args) > len(params):
                continue
            try:
                values = [evaluate(a, self.constants) for a in node.args]
                kw = {k.arg: evaluate(k.value, self.constants) for k in node.keywords if k.arg in params}
            except NotLiteral:
                continue
            row = dict(zip(params, values, strict=False)) | kw
            if set(row) == set(params):
                rows.append(tuple(row[p] for p in params))
            if len(rows) >= MAX_TABLE:
                break
        return [(params, rows)] if rows else []

    # -- the answer for one call --
    def expand(self, exprs: list[ast.expr], chain: list[ast.AST], call: ast.AST) -> list[list[Any]]:
        """Concrete values of ``exprs`` (a call's arguments) under the bindings around it, at most
        :data:`MAX_ROWS` lists; [] when some argument is not made of literals and bound names."""
        used = {n.id for e in exprs for n in ast.walk(e) if isinstance(n, ast.Name)}
        groups = [g for g in self.groups(call, chain) if used & set(g[0])]
        # the innermost binding of a name wins
        seen: set[str] = set()
        chosen: list[Group] = []
        for names, rows in reversed(groups):
            if seen & set(names):
                continue
            seen |= set(names)
            chosen.append((names, rows))
        out: list[list[Any]] = []
        for combo in itertools.product(*[rows for _, rows in chosen]):
            env = dict(self.constants)
            for (names, _), row in zip(chosen, combo, strict=True):
                env.update(zip(names, row, strict=True))
            try:
                out.append([evaluate(e, env) for e in exprs])
            except (NotLiteral, RecursionError):
                return []
            if len(out) >= MAX_ROWS:
                break
        return out


def _leaf(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None
