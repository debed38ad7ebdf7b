"""Write-back replaces exactly the surface's span: decorators and indentation kept, methods re-indented."""

from __future__ import annotations

import ast
import textwrap

import pytest

from trainerd.errors import TrainerError
from trainerd.optimize.edits import (
    candidate_source,
    changed_range,
    diff_size,
    minimal_function_text,
    node_sites,
)

SOURCE = textwrap.dedent('''\
    """Module."""
    import functools

    from opto import trace


    @functools.lru_cache(maxsize=None)
    @trace.bundle(trainable=True)
    def double(x):
        """Twice x."""

        def helper(y):
            return y + y

        return helper(x)  # trailing comment


    class Model:
        def __init__(self):
            self.t = trace.node(0.9, trainable=True, description="th")

        @trace.bundle(trainable=True)
        def score(self, text):
            return len(text)

    # after the class
    AFTER = 1
''')


def test_function_with_decorators_and_nested_function() -> None:
    new = 'def double(x):\n    """Twice x."""\n    return x * 2\n'
    out = candidate_source(SOURCE, {"code:double": new})
    assert "@functools.lru_cache(maxsize=None)\n@trace.bundle(trainable=True)\ndef double(x):\n" in out
    assert (
        "def helper" not in out and "return x * 2\n\n\nclass Model:" in out
    )  # nested def replaced with the body
    assert out.endswith("# after the class\nAFTER = 1\n")
    ast.parse(out)


def test_method_is_reindented_and_its_decorator_kept() -> None:
    new = "def score(self, text):\n    words = text.split()\n    return len(words)\n"
    out = candidate_source(SOURCE, {"code:Model.score": new})
    assert (
        "    @trace.bundle(trainable=True)\n    def score(self, text):\n        words = text.split()\n"
        "        return len(words)\n\n# after the class"
    ) in out
    assert 'def double(x):\n    """Twice x."""\n\n    def helper(y):' in out  # the other function untouched


def test_suggested_decorators_are_dropped_and_file_decorators_kept() -> None:
    new = "@trace.bundle(trainable=True)\ndef double(x):\n    return x + x\n"
    out = candidate_source(SOURCE, {"code:double": new})
    assert out.count("@trace.bundle(trainable=True)\ndef double") == 1


def test_node_literal_and_two_edits_at_once() -> None:
    out = candidate_source(
        SOURCE, {"node:Model.__init__#0": 0.25, "code:Model.score": "def score(self, text):\n    return 0\n"}
    )
    assert 'self.t = trace.node(0.25, trainable=True, description="th")' in out
    assert "        return 0\n" in out


def test_unknown_symbol_and_unparsable_result_are_refused() -> None:
    with pytest.raises(TrainerError, match="no longer defined"):
        candidate_source(SOURCE, {"code:missing": "def missing():\n    pass\n"})
    with pytest.raises(TrainerError, match="syntax error"):
        candidate_source(SOURCE, {"code:double": "def double(x:\n    return\n"})


def test_changed_range_and_diff_size() -> None:
    before = "a\nb\nc\nd\n"
    after = "a\nB\nB2\nd\n"
    assert changed_range(before, after) == (2, 3, "B\nB2\n")
    assert diff_size(before, after) == 4


def test_nodes_are_keyed_by_their_scope_not_their_line() -> None:
    source = (
        "X = trace.node('a', trainable=True)\n"
        "class M:\n"
        "    def __init__(self):\n"
        "        self.a = trace.node(1, trainable=True)\n"
        "        self.b = trace.node(\n"
        "            2, trainable=True)\n"
    )
    assert sorted(node_sites(source)) == ["node:<module>#0", "node:M.__init__#0", "node:M.__init__#1"]
    moved = "# a comment added above\n\n" + source
    out = candidate_source(moved, {"node:M.__init__#1": 3})
    assert "self.b = trace.node(\n            3, trainable=True)" in out and "self.a = trace.node(1," in out


# the shape of defect 6 (issue 14): a one-token fix suggested in black's formatting (double quotes,
# the signature reflowed, the comments gone) must write one changed line, not the reformatted function
USER = """\
def render(items,
           sep=', ',   # the separator users expect
           limit=3):
    'Join at most ``limit`` items.'
    # keep the caller's order
    shown = [str(i) for i in items[:limit]]
    if len(items) > limit:
        shown.append('...')
    return sep.join(shown[:limit])
"""
BLACK = """\
def render(items, sep=", ", limit=3):
    "Join at most ``limit`` items."
    shown = [str(i) for i in items[:limit]]
    if len(items) > limit:
        shown.append("...")
    return sep.join(shown)
"""


def test_a_reformatted_suggestion_writes_only_its_semantic_change() -> None:
    out = minimal_function_text(USER, BLACK)
    assert out == USER.replace("return sep.join(shown[:limit])", "return sep.join(shown)")
    assert diff_size(USER, out) == 2  # one line removed, one added: at most 3 for a one-line fix


def test_a_change_inside_a_block_keeps_the_block_header_and_its_comments() -> None:
    user = (
        "def f(xs):\n    total = 0  # running\n    for x in xs:\n        # skip negatives\n"
        "        if x > 0:\n            total += x\n    return total\n"
    )
    new = "def f(xs):\n    total = 0\n    for x in xs:\n        if x >= 0:\n            total += x\n    return total\n"
    assert minimal_function_text(user, new) == user.replace("if x > 0:", "if x >= 0:")


def test_a_changed_signature_takes_the_candidate_header_and_keeps_the_body_text() -> None:
    out = minimal_function_text(
        "def f(a):\n    # doubled\n    return a*2\n", "def f(a, b=1):\n    return a * 2\n"
    )
    assert out == "def f(a, b=1):\n    # doubled\n    return a*2\n"


def test_an_unchanged_suggestion_writes_nothing() -> None:
    assert minimal_function_text(USER, BLACK.replace("sep.join(shown)", "sep.join(shown[:limit])")) == USER
