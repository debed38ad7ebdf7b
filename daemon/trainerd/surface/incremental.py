"""Re-parse only the top-level statements an edit touched.

Parsing a 5,000-line module is most of the cost of analysing it, and an edit usually stays inside
one function. Given the last tree that parsed and the new text, the lines both texts share at the
start and at the end are found; the top-level statements overlapping the changed lines are parsed
again on their own and spliced between the untouched ones (those after the edit are shifted by
the number of lines added or removed). Whenever the changed chunk does not parse on its own (an
edit that indents code under a neighbouring statement, a decorator typed without its ``def``, an
unfinished bracket) the caller parses the whole text instead, so the result is always what
``ast.parse`` of the whole text gives.
"""

from __future__ import annotations

import ast

from trainerd.surface.astutil import walk


def _span(stmt: ast.stmt) -> tuple[int, int]:
    decorators = getattr(stmt, "decorator_list", None) or []
    return min([d.lineno for d in decorators] + [stmt.lineno]), stmt.end_lineno or stmt.lineno


def _common(equal, limit: int) -> int:
    """The largest k <= limit with equal(k), by bisection (each test is one C-level list compare)."""
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if equal(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _shift(nodes: list[ast.stmt], delta: int) -> None:
    for stmt in nodes:
        for node in walk(stmt):
            if hasattr(node, "lineno"):
                node.lineno += delta
                if getattr(node, "end_lineno", None) is not None:
                    node.end_lineno += delta


def reparse(
    old_tree: ast.Module, old_lines: list[str], new_lines: list[str], filename: str
) -> ast.Module | None:
    """The tree of ``new_lines``, re-parsing only the changed statements; None when that is not safe.

    ``old_tree`` is consumed: the statements after the edit are shifted in place.
    """
    n_old, n_new = len(old_lines), len(new_lines)
    limit = min(n_old, n_new)
    prefix = _common(lambda k: old_lines[:k] == new_lines[:k], limit)
    suffix = _common(lambda k: old_lines[n_old - k :] == new_lines[n_new - k :], limit - prefix)
    if prefix == n_old == n_new:
        return old_tree
    # changed lines, 1-based inclusive, in old coordinates (empty when lines were only inserted)
    first_changed, last_changed = prefix + 1, n_old - suffix
    # the last line of the prefix may lack its newline in the old text: then it changed too
    if prefix and not old_lines[prefix - 1].endswith("\n"):
        return None
    body = old_tree.body
    spans = [_span(stmt) for stmt in body]
    touched = [
        i
        for i, (start, end) in enumerate(spans)
        if start <= max(last_changed, first_changed) and end >= min(first_changed, last_changed)
    ]
    if touched:
        lo, hi = touched[0], touched[-1]
    else:  # only blank or comment lines changed: the statements around them
        lo = sum(1 for start, _ in spans if start < first_changed)
        hi = lo - 1
    # one neighbour on each side: an edit can extend the statement before it (an indented line, an
    # `else:`) or the one after it (a decorator typed above a def)
    lo, hi = max(lo - 1, 0), min(hi + 1, len(body) - 1)
    chunk_start = min([first_changed] + ([spans[lo][0]] if lo <= hi else []))
    chunk_end = max([last_changed] + ([spans[hi][1]] if lo <= hi else []))
    before, after = body[:lo], body[hi + 1 :] if lo <= hi else body[lo:]
    delta = n_new - n_old
    chunk = "".join(new_lines[chunk_start - 1 : chunk_end + delta])
    try:
        piece = ast.parse(chunk, filename=filename)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    if chunk_start > 1:
        ast.increment_lineno(piece, chunk_start - 1)
    if delta:
        _shift(after, delta)
    return ast.Module(body=[*before, *piece.body, *after], type_ignores=[])
