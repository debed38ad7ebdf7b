"""Putting a candidate's parameter values into the target's source text, minimally.

A ``code:<qualname>`` value replaces the function's span from its ``def`` line to its last line (the
decorators above stay; the new code is re-indented to the original ``def``). Only the candidate's
semantic change is written: statements that are the same as before (compared as syntax trees) keep
the user's own text, comments, quote style and signature layout. A ``node:<scope>#<n>`` value replaces
the first argument of the n-th ``trace.node(..., trainable=True)`` call written in ``scope``.
"""

from __future__ import annotations

import ast
import difflib
import textwrap
from typing import Any

import attrs

from trainerd.errors import TrainerError


@attrs.define
class Edit:
    """One replacement: 1-based lines, 0-based character columns, end exclusive."""

    start_line: int
    start_col: int
    end_line: int
    end_col: int
    text: str


# --- finding things -------------------------------------------------------------------------------
def find_function(tree: ast.Module, qualname: str) -> ast.FunctionDef | ast.AsyncFunctionDef:
    parts = qualname.split(".")
    body: list[ast.stmt] = tree.body
    node: Any = None
    for i, part in enumerate(parts):
        node = next(
            (
                n
                for n in body
                if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and n.name == part
            ),
            None,
        )
        if node is None:
            raise TrainerError(f"cannot write back: {qualname!r} is no longer defined in the target")
        body = node.body if i < len(parts) - 1 else body
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        raise TrainerError(f"cannot write back: {qualname!r} is not a function")
    return node


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def is_trainable_node_call(call: ast.AST) -> bool:
    return (
        isinstance(call, ast.Call)
        and _call_name(call) == "node"
        and bool(call.args)
        and any(
            k.arg == "trainable" and isinstance(k.value, ast.Constant) and k.value.value is True
            for k in call.keywords
        )
    )


def node_sites(source: str | ast.Module) -> dict[str, ast.Call]:
    """``node:<scope>#<n>`` -> the n-th trainable ``node(...)`` call written directly in ``scope`` (the
    dotted name of the enclosing function or class, ``<module>`` at top level), in source order."""
    tree = ast.parse(source) if isinstance(source, str) else source
    found: dict[str, ast.Call] = {}

    def visit(node: ast.AST, scope: str) -> None:
        calls: list[ast.Call] = []

        def collect(n: ast.AST) -> None:
            for child in ast.iter_child_nodes(n):
                if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                    inner = child.name if scope == "<module>" else f"{scope}.{child.name}"
                    for deco in child.decorator_list:
                        collect_expr(deco)
                    visit(child, inner)
                    continue
                if is_trainable_node_call(child):
                    calls.append(child)  # type: ignore[arg-type]
                collect(child)

        def collect_expr(expr: ast.AST) -> None:
            if is_trainable_node_call(expr):
                calls.append(expr)  # type: ignore[arg-type]
            collect(expr)

        collect(node)
        for i, call in enumerate(sorted(calls, key=lambda c: (c.lineno, c.col_offset))):
            found[f"node:{scope}#{i}"] = call

    visit(tree, "<module>")
    return found


def symbol_span(source: str, symbol: str | None) -> tuple[int, int]:
    """1-based (first, last) lines of ``symbol`` with its decorators; the whole file for ``None``."""
    from trainerd.workspace.target import symbols_in

    if symbol is None:
        return 1, max(1, len(source.splitlines()))
    spans = symbols_in(source)
    if symbol not in spans:
        raise TrainerError(f"{symbol!r} is no longer defined in the target", field="symbol")
    return spans[symbol]


def span_text(source: str, span: tuple[int, int]) -> str:
    lines = source.splitlines(keepends=True)
    return "".join(lines[span[0] - 1 : span[1]])


def symbols_span_text(source: str, qualname: str) -> str | None:
    """The text of ``qualname``'s definition (decorators included), ``None`` when it is gone."""
    from trainerd.workspace.target import symbols_in

    try:
        spans = symbols_in(source)
    except SyntaxError:
        return None
    return span_text(source, spans[qualname]) if qualname in spans else None


# --- a function, minimally ------------------------------------------------------------------------
def dedent_def(code: str) -> str:
    """``code`` dedented to its ``def`` line: opto shows a method's source with its decorator at the
    left margin and the ``def`` indented (``@staticmethod\n    def f(...)``)."""
    code = textwrap.dedent(str(code))
    lines = code.splitlines()
    for line in lines:
        stripped = line.lstrip()
        if stripped.startswith(("def ", "async def ")):
            indent = len(line) - len(stripped)
            return "\n".join(x[indent:] if x[:indent].strip() == "" else x.lstrip() for x in lines) + (
                "\n" if code.endswith("\n") else ""
            )
    return code


def _new_def(code: str) -> str:
    """The suggested code from its first ``def`` on (decorators the suggestion carried are dropped)."""
    code = dedent_def(str(code)).strip("\n")
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        raise TrainerError(
            f"cannot write back: the candidate has a syntax error at line {exc.lineno}: {exc.msg}"
        ) from None
    fn = next((n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)), None)
    if fn is None:
        raise TrainerError("cannot write back: the candidate defines no function")
    lines = code.splitlines()
    return "\n".join(lines[fn.lineno - 1 :]) + "\n"


def _dump(node: ast.AST) -> str:
    return ast.dump(node, annotate_fields=False, include_attributes=False)


def _stmt_start(stmt: ast.stmt) -> int:
    decos = getattr(stmt, "decorator_list", None) or []
    return min([d.lineno for d in decos] + [stmt.lineno])


def _header_dump(stmt: ast.stmt) -> str | None:
    """The statement without its ``body`` (``None`` if it has none): equal headers let a changed
    block keep its first line and recurse into the body."""
    body = getattr(stmt, "body", None)
    if not isinstance(body, list) or not body or isinstance(stmt, ast.ClassDef):
        return None
    parts = [type(stmt).__name__]
    for name, value in ast.iter_fields(stmt):  # orelse, handlers, finalbody included: they must be equal
        if name == "body":
            continue
        if isinstance(value, ast.AST):
            parts.append(f"{name}={_dump(value)}")
        elif isinstance(value, list):
            parts.append(
                f"{name}=[{', '.join(_dump(v) if isinstance(v, ast.AST) else repr(v) for v in value)}]"
            )
        else:
            parts.append(f"{name}={value!r}")
    return "|".join(parts)


class _Merge:
    """Rebuilds a changed function from the user's lines where the syntax is unchanged."""

    def __init__(self, old_lines: list[str], new_lines: list[str]) -> None:
        self.old, self.new = old_lines, new_lines

    def block(self, old: list[ast.stmt], new: list[ast.stmt], old_from: int, new_from: int) -> list[str]:
        """Lines for the statement list ``new``, reusing ``old`` where equal. ``*_from``: the first line
        (0-based) after the block's header, so comments before the first statement are kept."""
        if not old or not new:
            return self.new_lines(new, new_from, old)
        if self._overlaps(old) or self._overlaps(new):
            raise _Coarse
        old_indent = old[0].col_offset
        new_indent = new[0].col_offset
        out: list[str] = []
        matcher = difflib.SequenceMatcher(
            None, [_dump(s) for s in old], [_dump(s) for s in new], autojunk=False
        )
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                for i in range(i1, i2):
                    out += self.old_stmt(old, i, old_from)
                continue
            if tag == "delete":
                continue
            if (
                tag == "replace"
                and i2 - i1 == j2 - j1
                and all(
                    _header_dump(old[i1 + k]) is not None
                    and _header_dump(old[i1 + k]) == _header_dump(new[j1 + k])
                    for k in range(i2 - i1)
                )
            ):
                for k in range(i2 - i1):
                    out += self.same_header(old, i1 + k, new[j1 + k], old_from)
                continue
            # new statements: the user's comments above the first replaced one stay
            if tag == "replace":
                out += self.gap(old, i1, old_from)
            for j in range(j1, j2):
                if j > j1 or tag == "insert":
                    out += self._reindent(self.new_gap(new, j, new_from), new_indent, old_indent)
                out += self._reindent(
                    self.new[_stmt_start(new[j]) - 1 : new[j].end_lineno], new_indent, old_indent
                )
        return out

    def gap(self, stmts: list[ast.stmt], i: int, first: int) -> list[str]:
        start = (stmts[i - 1].end_lineno or 0) if i > 0 else first
        return self.old[start : _stmt_start(stmts[i]) - 1]

    def new_gap(self, stmts: list[ast.stmt], j: int, first: int) -> list[str]:
        start = (stmts[j - 1].end_lineno or 0) if j > 0 else first
        return self.new[start : _stmt_start(stmts[j]) - 1]

    def old_stmt(self, stmts: list[ast.stmt], i: int, first: int) -> list[str]:
        return self.gap(stmts, i, first) + self.old[_stmt_start(stmts[i]) - 1 : stmts[i].end_lineno]

    def same_header(self, old: list[ast.stmt], i: int, new_stmt: ast.stmt, first: int) -> list[str]:
        o = old[i]
        o_body, n_body = o.body, new_stmt.body  # type: ignore[attr-defined]
        if o_body[0].lineno == o.lineno or n_body[0].lineno == new_stmt.lineno:
            raise _Coarse  # a one-line block: no header line to keep apart
        # the header ends at the line holding the colon; comments before the first statement follow
        header_end = self._header_end(o)
        header = self.old[_stmt_start(o) - 1 : header_end]
        body = self.block(o_body, n_body, header_end, self._header_end(new_stmt, new=True))
        tail = self.old[o_body[-1].end_lineno : o.end_lineno]  # orelse/finally: unchanged
        return self.gap(old, i, first) + header + body + tail

    def _header_end(self, stmt: ast.stmt, new: bool = False) -> int:
        """How many lines (from the file's start) end at the header's colon line: blank and comment
        lines between the header and the first statement belong to the body's first gap."""
        body = stmt.body  # type: ignore[attr-defined]
        lines = self.new if new else self.old
        end = body[0].lineno - 1
        while end > stmt.lineno and (not lines[end - 1].strip() or lines[end - 1].strip().startswith("#")):
            end -= 1
        return end

    def new_lines(self, new: list[ast.stmt], new_from: int, old: list[ast.stmt]) -> list[str]:
        if not new:
            return []
        end = new[-1].end_lineno
        return self.new[new_from:end]

    @staticmethod
    def _overlaps(stmts: list[ast.stmt]) -> bool:
        return any(
            _stmt_start(b) <= (a.end_lineno or a.lineno) for a, b in zip(stmts, stmts[1:], strict=False)
        )

    @staticmethod
    def _reindent(lines: list[str], from_indent: int, to_indent: int) -> list[str]:
        if from_indent == to_indent:
            return list(lines)
        out = []
        for line in lines:
            if line.strip() and line[:from_indent].strip() == "":
                out.append(" " * to_indent + line[from_indent:])
            else:
                out.append(line)
        return out


class _Coarse(Exception):
    """The fine merge cannot keep this apart: write the candidate's own text."""


def minimal_function_text(original: str, suggested: str) -> str:
    """``original`` (a dedented function from its ``def`` line) changed only where ``suggested``
    differs as syntax: the user's text for every unchanged statement and an unchanged signature."""
    new_text = _new_def(suggested)
    try:
        old_tree, new_tree = ast.parse(original), ast.parse(new_text)
    except SyntaxError:
        return new_text
    old_fn, new_fn = old_tree.body[0], new_tree.body[0]
    if not isinstance(old_fn, ast.FunctionDef | ast.AsyncFunctionDef) or not isinstance(
        new_fn, ast.FunctionDef | ast.AsyncFunctionDef
    ):
        return new_text
    old_fn.decorator_list, new_fn.decorator_list = [], []
    if _dump(old_fn) == _dump(new_fn):
        return original
    merge = _Merge(original.splitlines(keepends=True), new_text.splitlines(keepends=True))
    try:
        if _header_dump(old_fn) == _header_dump(new_fn):
            return "".join(merge.same_header([old_fn], 0, new_fn, old_fn.lineno - 1))
        # a new signature: the candidate's header, the user's text for the unchanged body statements
        header_end = merge._header_end(new_fn, new=True)
        body = merge.block(old_fn.body, new_fn.body, merge._header_end(old_fn), header_end)
        return "".join(merge.new[new_fn.lineno - 1 : header_end] + body)
    except _Coarse:
        return new_text


def function_edit(source: str, qualname: str, new_code: str) -> Edit:
    tree = ast.parse(source)
    fn = find_function(tree, qualname)
    lines = source.splitlines(keepends=True)
    def_line = lines[fn.lineno - 1]
    indent = def_line[: len(def_line) - len(def_line.lstrip())]
    end_line = fn.end_lineno or fn.lineno
    original = textwrap.dedent("".join(lines[fn.lineno - 1 : end_line]))
    body = textwrap.indent(minimal_function_text(original, new_code), indent, lambda line: bool(line.strip()))
    last = lines[end_line - 1]
    return Edit(fn.lineno, 0, end_line, len(last.rstrip("\r\n")), body.rstrip("\n").rstrip("\r"))


def node_edit(source: str, key: str, value: Any) -> Edit:
    call = node_sites(source).get(key)
    if call is None:
        raise TrainerError(f"cannot write back: the trainable node {key[5:]} is no longer in the target")
    arg = call.args[0]
    lines = source.splitlines()
    end_line = arg.end_lineno or arg.lineno
    return Edit(
        arg.lineno,
        _chars(lines[arg.lineno - 1], arg.col_offset),
        end_line,
        _chars(lines[end_line - 1], arg.end_col_offset or 0),
        repr(value),
    )


def _chars(line: str, byte_col: int) -> int:
    """ast columns count UTF-8 bytes; edits count characters."""
    return len(line.encode("utf-8")[:byte_col].decode("utf-8", "ignore"))


def _offset(lines: list[str], line: int, col: int) -> int:
    return sum(len(x) for x in lines[: line - 1]) + col


def apply_edits(source: str, edits: list[Edit]) -> str:
    lines = source.splitlines(keepends=True)
    text = source
    for e in sorted(edits, key=lambda e: (e.start_line, e.start_col), reverse=True):
        start, end = _offset(lines, e.start_line, e.start_col), _offset(lines, e.end_line, e.end_col)
        text = text[:start] + e.text + text[end:]
    return text


def edits_for(source: str, values: dict[str, Any]) -> list[Edit]:
    edits = []
    for key, value in values.items():
        kind, _, name = key.partition(":")
        if kind == "code":
            edits.append(function_edit(source, name, str(value)))
        elif kind == "node":
            edits.append(node_edit(source, key, value))
    return edits


def candidate_source(source: str, values: dict[str, Any]) -> str:
    """The whole file with ``values`` written in; raises :class:`TrainerError` if it would not parse."""
    text = apply_edits(source, edits_for(source, values))
    try:
        ast.parse(text)
    except SyntaxError as exc:
        raise TrainerError(f"the written-back file would not parse (line {exc.lineno}: {exc.msg})") from None
    return text


def unified_diff(before: str, after: str, name: str) -> str:
    return "".join(
        difflib.unified_diff(before.splitlines(True), after.splitlines(True), f"a/{name}", f"b/{name}")
    )


def diff_size(before: str, after: str) -> int:
    """Changed lines (added + removed)."""
    return sum(
        1
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    )


def changed_range(before: str, after: str) -> tuple[int, int, str]:
    """The smallest whole-line range of ``before`` (1-based, inclusive; end < start for an insertion)
    that must be replaced to get ``after``, and its replacement text: what an editor edit needs."""
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    return start + 1, end_a, "".join(b[start:end_b])
