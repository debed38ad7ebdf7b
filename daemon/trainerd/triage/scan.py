"""A fast "which lines are worth a look" scan for a long alternation of phrases.

Python's regex engine tries every branch of an alternation at every position, so one big pattern of the
libraries' phrases costs more the more phrases it holds. Each branch here is run only when its necessary
literal (the longest run of plain characters outside any group) occurs in the text: a plain substring test
is far cheaper than the branch, and most texts hold few of the phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

try:
    import ahocorasick
except ImportError:  # no wheel for this platform: the plain substring tests below answer the same
    ahocorasick = None

_SPECIAL_ESCAPES = set("dDwWsSbBAZ0123456789")


def split_top(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (``a|b(c|d)|e`` -> ``a``, ``b(c|d)``, ``e``)."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _class_end(pattern: str, i: int) -> int:
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j


def necessary_literal(alternative: str) -> str | None:
    """The longest run of characters every match of ``alternative`` must contain, or ``None``."""
    runs: list[str] = []
    run: list[str] = []
    depth, i = 0, 0

    def close() -> None:
        if run:
            runs.append("".join(run))
            run.clear()

    while i < len(alternative):
        ch = alternative[i]
        nxt = alternative[i + 1] if i + 1 < len(alternative) else ""
        if ch == "\\":
            literal = None if nxt in _SPECIAL_ESCAPES else nxt
            i += 2
            quant = alternative[i] if i < len(alternative) else ""
            if depth or literal is None:
                close()
            elif quant in "?*{":
                close()
            else:
                run.append(literal)
                if quant == "+":
                    close()
            continue
        if ch == "[":
            close()
            i = _class_end(alternative, i) + 1
            continue
        if ch == "(":
            close()
            depth += 1
            i += 1
            continue
        if ch == ")":
            depth -= 1
            i += 1
            continue
        if depth or ch in ".^$|":
            close()
            i += 1
            continue
        if ch in "?*{":  # the previous character was optional
            if run:
                run.pop()
            close()
            if ch == "{":  # a counted repeat: its bounds are not text
                end = alternative.find("}", i)
                i = end + 1 if end > 0 else i + 1
                continue
            i += 1
            continue
        if ch == "+":
            close()
            i += 1
            continue
        run.append(ch)
        i += 1
    close()
    best = max(runs, key=len, default="")
    return best if len(best) >= 3 else None


class GatedAlternation:
    """``finditer`` over ``patterns`` (alternations), running only the branches whose necessary literal
    occurs in the text. Matches the same lines as the plain alternation (positions may differ where
    branches overlap, which is all a line scan needs)."""

    def __init__(self, patterns: list[str], flags: int = 0) -> None:
        self.flags = flags
        self.branches: list[tuple[str | None, str]] = [
            (necessary_literal(alt), alt) for p in patterns for alt in split_top(p)
        ]
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        # each distinct literal once, with the branches it gates (several branches share one)
        self._gates: dict[str | None, list[int]] = {}
        for i, (lit, _) in enumerate(self.branches):
            self._gates.setdefault(lit, []).append(i)
        self._ungated = tuple(self._gates.get(None, ()))
        # one pass over the text finds every literal present (a substring test per literal cost more than the
        # branches it saved: several hundred tests on every message)
        self._automaton = None
        if ahocorasick is not None:
            self._automaton = ahocorasick.Automaton()
            for lit, idx in self._gates.items():
                if lit is not None:
                    self._automaton.add_word(lit, tuple(idx))
            self._automaton.make_automaton()

    def gated(self, text: str) -> tuple[int, ...]:
        """The indices of the branches whose necessary literal occurs in ``text`` (and those with none), sorted."""
        present: Iterable[Sequence[int]]  # the branch indices of each literal found (each literal once)
        if self._automaton is None:
            present = [idx for lit, idx in self._gates.items() if lit is not None and lit in text]
        else:
            present = {idx for _, idx in self._automaton.iter(text)}
        return tuple(sorted([*self._ungated, *(i for idx in present for i in idx)]))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        key = self.gated(text)
        if not key:
            return iter(())
        pattern = self._compiled.get(key)
        if pattern is None:
            pattern = re.compile("|".join(f"(?:{self.branches[i][1]})" for i in key), self.flags)
            if len(self._compiled) < 4096:
                self._compiled[key] = pattern
        return pattern.finditer(text)

    @property
    def pattern(self) -> str:
        """The plain alternation this stands for."""
        return "|".join(f"(?:{alt})" for _, alt in self.branches)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, as ``re.search`` over the whole alternation would find one (or ``None``)."""
        return next(self.finditer(text), None)
