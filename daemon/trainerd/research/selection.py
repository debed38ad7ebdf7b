"""Choosing the characterization cases by what they cover (runner side, standard library only).

Each candidate case runs once under :class:`ArcTracer`, which records the *arcs* (line to line
transitions, entries and exits) executed in the target's own source files: a branch taken is an arc.
:func:`select` then keeps every input the project itself supplied, adds generated inputs greedily by
the arcs (and the kinds of outcome) they add; then the inputs aimed at an edge (boundary values, the
code's own constants and their neighbours) whose result differs from every kept one on the same path
(set of arcs), and up to ``per_path`` drawn inputs with different results per path: two values down
the same branch still tell a changed computation from the old one. The result is bounded by ``budget``.
"""

from __future__ import annotations

import json
import sys
from types import FrameType
from typing import Any

MAX_SIZE = 300  # characters of input: a larger generated input is never kept (the project's own are)
Arc = tuple[int, int, int]  # (code object's first line, from line, to line); negative lines: entry/exit


class ArcTracer:
    """``sys.settrace`` recording arcs in ``files`` while active (use as a context manager)."""

    def __init__(self, files: set[str]) -> None:
        self.files = files
        self.arcs: set[Arc] = set()
        self._previous: Any = None

    def _global(self, frame: FrameType, event: str, arg: Any) -> Any:
        code = frame.f_code
        if code.co_filename not in self.files:
            return None
        first = code.co_firstlineno
        last = [-first]
        arcs = self.arcs

        def local(frame: FrameType, event: str, arg: Any) -> Any:
            if event == "line":
                line = frame.f_lineno
                arcs.add((first, last[0], line))
                last[0] = line
            elif event == "return":
                arcs.add((first, last[0], -first))
            return local

        return local

    def __enter__(self) -> ArcTracer:
        self.arcs = set()
        self._previous = sys.gettrace()
        sys.settrace(self._global)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.settrace(self._previous)


def outcome_kind(outcome: str, expected: Any) -> str:
    """What kind of result a case had: the exception's name, else the returned value's JSON type."""
    if outcome == "raised":
        return "raises " + str(expected.get("__raises__"))
    if isinstance(expected, dict) and len(expected) == 1:
        return next(iter(expected))  # a tagged value: __tuple__, __set__, __repr__, ...
    return type(expected).__name__


def select(
    cases: list[dict[str, Any]],
    budget: int,
    generated: tuple[str, ...],
    per_path: int = 3,
    targeted: tuple[str, ...] = ("boundary", "constant"),
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The kept cases (input order preserved) and coverage figures. Each case has ``origin``, ``arcs``
    (a set), ``outcome`` and ``expected``."""
    project = [c for c in cases if c["origin"] not in generated]
    candidates = [c for c in cases if c["origin"] in generated]
    kept_ids: set[int] = set()
    covered: set[Arc] = set()
    kinds: set[str] = set()
    for c in project[:budget]:
        kept_ids.add(id(c))
        covered |= c["arcs"]
        kinds.add(outcome_kind(c["outcome"], c["expected"]))
    from_project = len(covered)
    # smaller cases first: on equal gain the one a reader takes in at a glance wins
    remaining = [c for c in sorted(candidates, key=_size) if _size(c) <= MAX_SIZE]
    while remaining and len(kept_ids) < budget:
        best, gain = None, 0
        for c in remaining:
            g = len(c["arcs"] - covered) + (outcome_kind(c["outcome"], c["expected"]) not in kinds)
            if g > gain:
                best, gain = c, g
        if best is None:
            break
        kept_ids.add(id(best))
        covered |= best["arcs"]
        kinds.add(outcome_kind(best["outcome"], best["expected"]))
        remaining.remove(best)
    # the same path with other values: a changed computation on that path shows. Inputs aimed at an
    # edge (boundary values, the code's own constants and their neighbours) are kept when their result
    # differs; drawn ones up to ``per_path`` per path.
    by_path: dict[frozenset[Arc], set[str]] = {}
    for c in candidates:
        if id(c) in kept_ids:
            by_path.setdefault(frozenset(c["arcs"]), set()).add(_value_key(c))
    drawn: dict[frozenset[Arc], int] = {}
    for aimed in (True, False):
        for c in candidates if aimed else sorted(candidates, key=_size):
            if len(kept_ids) >= budget:
                break
            if id(c) in kept_ids or (c["origin"] in targeted) != aimed or _size(c) > MAX_SIZE:
                continue
            path = frozenset(c["arcs"])
            seen = by_path.setdefault(path, set())
            key = _value_key(c) + (str(c.get("source")) if aimed else "")  # per parameter varied
            if key in seen or (not aimed and drawn.get(path, 0) >= per_path):
                continue
            seen.add(key)
            drawn[path] = drawn.get(path, 0) + (not aimed)
            kept_ids.add(id(c))
    kept = [c for c in cases if id(c) in kept_ids]
    pool_arcs: set[Arc] = set()
    for c in cases:
        pool_arcs |= c["arcs"]
    return kept, {
        "pool": len(cases),
        "kept": len(kept),
        "arcs_pool": len(pool_arcs),
        "arcs_kept": len(covered),
        "arcs_project": from_project,
    }


def _size(case: dict[str, Any]) -> int:
    """Characters of the case's input as stored (a long result is the target's own doing: a case is
    not left out for it, the generated input is what must stay readable)."""
    size = case.get("_size")
    if size is None:
        size = case["_size"] = len(json.dumps(case["input"]))
    return int(size)


def _value_key(case: dict[str, Any]) -> str:
    return json.dumps([case["outcome"], case["expected"]], sort_keys=True)
