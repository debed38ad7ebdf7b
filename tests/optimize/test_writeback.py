"""Write-back replaces exactly the surface's span: decorators and indentation kept, methods re-indented."""

from __future__ import annotations

import ast
import textwrap

import pytest

from trainerd.errors import TrainerError
from trainerd.optimize.writeback import candidate_source, changed_range, diff_size

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
        SOURCE, {"node:20": 0.25, "code:Model.score": "def score(self, text):\n    return 0\n"}
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
