"""The gated phrase scan finds the same lines as the plain alternation it replaces."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from trainerd.triage import standalone
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
    from trainerd.triage import rules

    text = " ".join(picked + [noise])
    plain = re.compile(rules.STRONG_ANY.pattern)
    assert (plain.search(text) is None) == (rules.STRONG_ANY.search(text) is None)


def test_counted_repeats_are_not_part_of_the_literal():
    from trainerd.triage.scan import necessary_literal

    assert necessary_literal(r"Input \d+ of layer .{1,80} is incompatible") == " is incompatible"
    assert necessary_literal(r"pid \d{2,5} died") == " died"
    assert necessary_literal(r"ab{2}cdef") == "cdef"


def _substring_gates(gated: GatedAlternation, text: str) -> tuple[int, ...]:
    return tuple(sorted(i for lit, idx in gated._gates.items() if lit is None or lit in text for i in idx))


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
