"""The gated phrase scan finds the same lines as the plain alternation it replaces."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from trainerd.triage import rules, standalone, told
from trainerd.triage.scan import GatedAlternation, necessary_literal, split_top


def test_necessary_literal_is_what_every_match_contains():
    assert necessary_literal(r"Detected \d+ oom[-_]kill events?") == "kill event"
    assert necessary_literal(r"Target -?\d+ is out of bounds") == " is out of bounds"
    assert necessary_literal(r"Error\(s\) in loading state_dict") == "Error(s) in loading state_dict"
    assert necessary_literal(r"(?:a|b)c") is None  # nothing outside the group is long enough
    assert split_top(r"a(b|c)|d[|]|e") == ["a(b|c)", "d[|]", "e"]


PHRASES = [
    "CUDA out of memory. Tried to allocate 2.00 GiB",
    "slurmstepd: error: Detected 3 oom-kill events in StepId=9.0",
    "RuntimeError: NCCL error: unhandled cuda error (run with NCCL_DEBUG=INFO for details)",
    "IndexError: Target 7 is out of bounds.",
    "srun: error: n1: task 2: Exited with exit code 1",
    "Killed",
    "epoch 3 loss 0.25",
    "ValueError: something else",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PHRASES), max_size=12), st.text(max_size=40))
def test_gated_scan_marks_the_same_lines_as_the_plain_alternation(picked, noise):
    text = "\n".join(picked + [noise.replace("\n", " ")])
    plain = re.compile(f"{standalone._HINT.pattern}|{standalone.STRONG_ANY.pattern}")

    def lines(rx) -> set[int]:
        return {text.count("\n", 0, m.start()) for m in rx.finditer(text)}

    assert lines(plain) == lines(standalone._ANY)


def test_a_text_without_any_literal_runs_nothing():
    gated = GatedAlternation([r"alpha \d+", r"beta|gamma"])
    assert list(gated.finditer("nothing here")) == []
    assert [m.group(0) for m in gated.finditer("x gamma alpha 12")] == ["gamma", "alpha 12"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PHRASES), max_size=6), st.text(max_size=40))
def test_gated_strong_phrases_find_a_message_when_the_plain_alternation_does(picked, noise):
    text = " ".join(picked + [noise])
    plain = re.compile(rules.STRONG_ANY.pattern)
    assert (plain.search(text) is None) == (rules.STRONG_ANY.search(text) is None)


def test_counted_repeats_are_not_part_of_the_literal():
    from trainerd.triage.scan import necessary_literal

    assert necessary_literal(r"Input \d+ of layer .{1,80} is incompatible") == " is incompatible"
    assert necessary_literal(r"pid \d{2,5} died") == " died"
    assert necessary_literal(r"ab{2}cdef") == "cdef"


def _substring_gates(gated: GatedAlternation, text: str) -> tuple[int, ...]:
    return tuple(sorted({i for lit, idx in gated._gates.items() if lit is None or lit in text for i in idx}))


_OVERLAPPING = GatedAlternation(
    [
        r"out of memory",
        r"memory\. Tried",
        r"of mem\w+",
        r"Tried to allocate \d+",
        r"(?:x|y)\d",
        r"\u00e9t\u00e9 \d+",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["out of ", "memory", ". Tried", " to allocate", "of mem", "\u00e9t\u00e9", " 12", "x1", "~"]
        ),
        max_size=10,
    )
)
def test_one_pass_over_the_text_gates_the_same_branches_as_a_substring_test_per_literal(parts):
    # literals inside one another and occurrences overlapping: every literal present must open its branches
    text = "".join(parts)
    assert _OVERLAPPING.gated(text) == _substring_gates(_OVERLAPPING, text)
    for phrase in PHRASES:
        assert standalone._ANY.gated(phrase + text) == _substring_gates(standalone._ANY, phrase + text)


def test_without_the_automaton_the_substring_tests_find_the_same_matches():
    gated = GatedAlternation([r"alpha \d+", r"beta|gamma"])
    text = "x gamma alpha 12 beta"
    with_automaton = [m.group(0) for m in gated.finditer(text)]
    gated._automaton = None  # a platform without pyahocorasick's wheel
    assert [m.group(0) for m in gated.finditer(text)] == with_automaton == ["gamma", "alpha 12", "beta"]


def test_necessary_any_names_the_literals_one_of_which_every_match_holds():
    from trainerd.triage.scan import necessary_any

    # a group every match passes through: one literal per branch (a lookbehind before it is not text)
    assert necessary_any(r"(?<![A-Za-z0-9])(?:out of memory|OOM)(?![A-Za-z0-9])") == {"out of memory", "OOM"}
    # an optional group is not passed through; the literal after it is
    assert necessary_any(r"(?:very )?stuck at epoch") == {"stuck at epoch"}
    # the most selective of the candidates: a group's long phrases rather than one short character
    assert necessary_any(r"[\w.]+\.(?:csv|json) (?:does not exist|is missing)") == {
        "does not exist",
        "is missing",
    }
    # short literals count (a CJK word is two characters)
    assert necessary_any(r"显存(?:溢出|不足)") == {"显存"}
    assert necessary_any(r"\d+") is None
    assert necessary_any(r"(?:\d+|abc)x?") is None  # a branch with no literal: nothing is necessary


def test_a_literal_gate_is_case_folded_for_a_case_insensitive_pattern():
    from trainerd.triage.scan import LiteralGate

    gate = LiteralGate(re.compile(r"(?i)\bprocess (?:was )?killed\b|exit code 137"))
    assert gate.search("The PROCESS WAS KILLED at step 9") is not None
    assert gate.search("the process finished") is None


def test_a_literal_gate_finds_what_its_pattern_finds_with_branches_left_out():
    from trainerd.triage.scan import LiteralGate

    pattern = re.compile(r"alpha \d+|beta|gamma (?:ray|wave)|\bdelta\b", re.I)
    gate = LiteralGate(pattern)
    for text in ["x gamma ray alpha 12 beta", "nothing", "Delta and GAMMA WAVE", "alphabet 3 delta"]:
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    # a pattern whose groups a reader asks for by name is never cut into a subset (the names must all be there)
    named = LiteralGate(re.compile(r"(?P<a>alpha \d+)|(?P<b>beta)"))
    found = named.search("beta")
    assert found is not None and found["a"] is None and found["b"] == "beta"


def _gates() -> list:
    return [
        *standalone._TOLD_ANY,
        standalone._LIBRARY_ANY,
        standalone._PYTHON_MESSAGE_GATE,
        told._VERSION_TOLD_GATED,
        *(rule.gated for rule in rules.RULES if rule.gated is not None),
    ]


def test_every_gate_in_use_finds_on_the_corpus_what_its_plain_pattern_finds():
    # the triage corpus's logs whole (what told() and version_told read) and their lines that name an error (what
    # the rules read): a gate that left out a branch able to match would find less
    here = Path(__file__).parent
    paths = sorted((here / "corpus").glob("*.log")) + sorted((here / "field").rglob("*.log"))[::40]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    lines = sorted({ln for t in texts for ln in t.splitlines() if "rror" in ln or "xception" in ln})
    assert len(texts) > 400 and len(lines) > 700
    plain_any = re.compile(standalone._ANY.pattern)
    plain_strong = re.compile(rules.STRONG_ANY.pattern)
    for text in texts:  # the phrase scans mark the same lines as their plain alternations
        marked = {text.count("\n", 0, m.start()) for m in standalone._ANY.finditer(text)}
        assert marked == {text.count("\n", 0, m.start()) for m in plain_any.finditer(text)}, text[:200]
    for line in lines:
        assert (rules.STRONG_ANY.search(line) is None) == (plain_strong.search(line) is None), line
        assert rules.strong_category(line) == next(
            (cat for cat, p in rules.STRONG if re.search(p, line)), None
        ), line
    for gate in _gates():
        for text in texts + lines:
            assert [m.span() for m in gate.finditer(text)] == [
                m.span() for m in gate.pattern.finditer(text)
            ], (
                gate.pattern.pattern[:80],
                text[:200],
            )
