"""Write-back: put a candidate's parameter values into the target's source text.

A ``code:<qualname>`` value replaces exactly the function's span from its ``def`` line to its last
line: the decorators above stay, the new code is re-indented to the original ``def``'s indentation
(methods), nested functions inside are part of the replaced body. A ``node:<line>`` value replaces
the first argument of the ``trace.node(..., trainable=True)`` call on that line.
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
    """One replacement: 1-based lines, 0-based columns, end exclusive (LSP-like but 1-based lines)."""

    start_line: int
    start_col: int
    end_line: int
    end_col: int
    text: str


def _find_function(tree: ast.Module, qualname: str) -> ast.FunctionDef | ast.AsyncFunctionDef:
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


def _new_def(code: str) -> str:
    """The new code from its first ``def`` on (decorators the suggestion carried are dropped)."""
    code = textwrap.dedent(code).strip("\n")
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
    return "\n".join(lines[fn.lineno - 1 :])


def function_edit(source: str, qualname: str, new_code: str) -> Edit:
    tree = ast.parse(source)
    fn = _find_function(tree, qualname)
    lines = source.splitlines(keepends=True)
    def_line = lines[fn.lineno - 1]
    indent = def_line[: len(def_line) - len(def_line.lstrip())]
    body = textwrap.indent(_new_def(new_code), indent, lambda line: bool(line.strip()))
    end_line = fn.end_lineno or fn.lineno
    last = lines[end_line - 1]
    return Edit(fn.lineno, 0, end_line, len(last.rstrip("\r\n")), body)


def node_edit(source: str, line: int, value: Any) -> Edit:
    tree = ast.parse(source)
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and call.lineno == line and call.args:
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "node":
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
    raise TrainerError(f"cannot write back: no trace.node(...) call on line {line} of the target any more")


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
            edits.append(node_edit(source, int(name), value))
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
