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


def _syntax(pattern: str, i: int = 0) -> Iterator[tuple[int, str]]:
    """The characters of ``pattern`` from ``i`` on that are regex syntax, with their indices (an escape and a
    character class are stepped over whole)."""
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i) + 1
            continue
        yield i, ch
        i += 1


def split_top(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (``a|b(c|d)|e`` -> ``a``, ``b(c|d)``, ``e``)."""
    parts, depth, start = [], 0, 0
    for i, ch in _syntax(pattern):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
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


def necessary_literal(alternative: str, min_length: int = 3) -> str | None:
    """The longest run of characters every match of ``alternative`` must contain (``min_length`` or longer), or
    ``None``."""
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
    return best if len(best) >= min_length else None


class GatedAlternation:
    """``finditer`` over ``patterns`` (alternations), running only the branches whose necessary literal
    occurs in the text. Matches the same lines as the plain alternation (positions may differ where
    branches overlap, which is all a line scan needs)."""

    def __init__(self, patterns: list[str], flags: int = 0) -> None:
        self.flags = flags
        self.branches: list[tuple[str | None, str]] = [
            (necessary_literal(alt), alt) for p in patterns for alt in split_top(p)
        ]
        # the index in ``patterns`` each branch came from
        self.origins: tuple[int, ...] = tuple(k for k, p in enumerate(patterns) for _ in split_top(p))
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        # each distinct literal once, with the branches it gates (several branches share one)
        self._gates: dict[str | None, list[int]] = {}
        for i, (lit, alt) in enumerate(self.branches):
            # a branch without one literal of its own may still pass through a group of them ("(?:a|b)c"): gated
            # by each (not where case is ignored: the literals are tested as they are written)
            some = None if lit is not None or "(?i" in alt or flags & re.I else necessary_any(alt)
            if some and min(map(len, some)) < 3:
                some = None  # ("] ", a word's end: found all over a log, they would gate nothing)
            for gate in sorted(some) if some else (lit,):
                self._gates.setdefault(gate, []).append(i)
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
        return tuple(sorted({*self._ungated, *(i for idx in present for i in idx)}))

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


def _group_end(pattern: str, i: int) -> int:
    """The index of the ``)`` closing the group that opens at ``pattern[i]``."""
    depth = 0
    for j, ch in _syntax(pattern, i):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j
    return len(pattern)


_GROUP_HEAD = re.compile(r"\(\?(?:[=!]|<[=!])|\(\?P<\w+>|\(\?[aiLmsux-]*:|\(")
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")


def necessary_any(alternative: str) -> frozenset[str] | None:
    """Literals one of which every match of ``alternative`` contains, or ``None`` when there are none: its
    necessary literal, or the literals of a group every match passes through (one per branch of the group),
    whichever set's shortest literal is longest (the most selective)."""
    candidates: list[frozenset[str]] = []
    literal = necessary_literal(alternative, min_length=1)
    if literal is not None:
        candidates.append(frozenset((literal,)))
    resume = 0  # (the index after the group last read)
    for i, ch in _syntax(alternative):
        if i < resume:
            continue
        if ch == "|":  # not one alternative: nothing every match must hold
            return None
        if ch != "(":
            continue
        end = _group_end(alternative, i)
        head = _GROUP_HEAD.match(alternative, i)
        after = alternative[end + 1 : end + 2]
        optional = after in ("?", "*") or alternative.startswith("{0", end + 1)
        if head is not None and not head.group(0).startswith(_LOOKAROUND) and not optional:
            branches = [necessary_any(b) for b in split_top(alternative[head.end() : end])]
            if all(b is not None for b in branches):
                candidates.append(frozenset(lit for b in branches if b is not None for lit in b))
        resume = end + 1
    return max(candidates, key=lambda lits: min(map(len, lits)), default=None)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_NUMBERED_BACKREF = re.compile(r"\\[1-9]")


class LiteralGate:
    """``pattern`` run only on its branches that can match a text: a branch is tried where one of its literals
    (:func:`necessary_any`, compared case-folded so that a case-insensitive pattern is gated too) occurs, and not at
    all where none does. Finds what ``pattern`` finds: a branch left out could not have matched anywhere."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        source = pattern.pattern
        flags = _GLOBAL_FLAGS.match(source)  # (the compiled flags keep them; they may only open a pattern)
        self._branches = split_top(source[flags.end() :] if flags else source)
        gates = [necessary_any(branch) for branch in self._branches]
        self._literals: list[frozenset[str] | None] = [
            None if g is None else frozenset(lit.casefold() for lit in g) for g in gates
        ]
        # (a match's groups are read by number or name: a subset of the branches would renumber them, or lack a
        # name the reader asks for -- such a pattern is only gated as a whole)
        self._subsets = (
            len(self._branches) > 1 and not _NUMBERED_BACKREF.search(source) and "(?P<" not in source
        )
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        distinct = {lit for g in self._literals if g is not None for lit in g}
        # (None: a branch without a literal, so every text may match)
        self._all_literals: tuple[str, ...] | None = (
            None if any(g is None for g in self._literals) else tuple(sorted(distinct, key=len))
        )
        self._automaton = None
        # (a plain test per literal stops at its first occurrence; for many literals one pass of an automaton over
        # the text costs less than a pass per literal)
        if ahocorasick is not None and self._subsets and len(distinct) > 24:
            self._automaton = ahocorasick.Automaton()
            for lit in distinct:
                self._automaton.add_word(lit, lit)
            self._automaton.make_automaton()

    def _present(self, folded: str) -> set[str]:
        if self._automaton is not None:
            return {lit for _, lit in self._automaton.iter(folded)}
        return {lit for g in self._literals if g is not None for lit in g if lit in folded}

    def pattern_for(self, text: str, folded: str | None = None) -> re.Pattern[str] | None:
        """The pattern of the branches that can match ``text`` (``folded``: its ``casefold()``, if known), or
        ``None`` when none can."""
        if folded is None:
            folded = text.casefold()
        if not self._subsets:  # one literal found is enough (a plain test stops at the first)
            if self._all_literals is None or any(lit in folded for lit in self._all_literals):
                return self.pattern
            return None
        present = self._present(folded)
        key = tuple(i for i, g in enumerate(self._literals) if g is None or not g.isdisjoint(present))
        if not key:
            return None
        if len(key) == len(self._branches):
            return self.pattern
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = re.compile("|".join(f"(?:{self._branches[i]})" for i in key), self.pattern.flags)
            if len(self._compiled) < 1024:
                self._compiled[key] = compiled
        return compiled

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        """``pattern.search(text)``."""
        pattern = self.pattern_for(text, folded)
        return None if pattern is None else pattern.search(text)

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``."""
        pattern = self.pattern_for(text, folded)
        return iter(()) if pattern is None else pattern.finditer(text)
