"""The write-back edit: the smallest whole-line TextEdit, and a span proposal turned into the new file."""

from __future__ import annotations

import pytest

from trainerd.features.optimize import _line_edit, _new_text

OLD = "def median(values):\n    ordered = sorted(values)\n    return ordered[len(ordered) // 2]\n\n\nX = 1\n"


def apply(old: str, rng, text: str) -> str:
    lines = old.splitlines(keepends=True)
    start = sum(len(line) for line in lines[: rng.start.line]) + rng.start.character
    end = sum(len(line) for line in lines[: rng.end.line]) + rng.end.character
    return old[:start] + text + old[end:]


@pytest.mark.parametrize(
    "new",
    [
        OLD.replace("return ordered[len(ordered) // 2]", "mid = len(ordered) // 2\n    return ordered[mid]"),
        OLD.replace("X = 1\n", "X = 2\n"),
        "def median(values):\n    return 0\n",
        OLD + "Y = 3",
        OLD.replace("def median(values):\n", ""),
    ],
)
def test_line_edit_reproduces_the_new_text(new: str):
    rng, text = _line_edit(OLD, new)
    assert apply(OLD, rng, text) == new


def test_line_edit_touches_only_changed_lines():
    new = OLD.replace("    ordered = sorted(values)\n", "    ordered = sorted(values, key=float)\n")
    rng, text = _line_edit(OLD, new)
    assert (rng.start.line, rng.end.line) == (1, 2)
    assert text == "    ordered = sorted(values, key=float)\n"


def test_line_edit_without_final_newline():
    old = "a = 1\nb = 2"
    rng, text = _line_edit(old, "a = 1\nb = 3")
    assert apply(old, rng, text) == "a = 1\nb = 3"


def test_span_proposal_replaces_only_its_lines():
    body = "def median(values):\n    return sorted(values)[0]"
    new = _new_text(OLD, {"text": body, "range": [1, 3]})
    assert new == body + "\n\n\nX = 1\n"
    lsp_range = {"start": {"line": 0, "character": 0}, "end": {"line": 3, "character": 0}}
    assert _new_text(OLD, {"text": body + "\n", "range": lsp_range}) == new
    assert _new_text(OLD, {"text": "whole\n"}) == "whole\n"
