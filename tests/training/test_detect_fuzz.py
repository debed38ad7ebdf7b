"""Detection's parsers never raise on whatever a project's files contain."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from trainerd.training.detect import commands, docs, entries, packaging

LINES = st.lists(
    st.one_of(
        st.text(max_size=60),
        st.sampled_from(
            [
                "```",
                "```bash",
                "$ python train.py \\",
                "\ttrain:",
                "train: ;",
                "`torchrun`",
                "python",
                "make",
                ".. code-block:: bash",
                "::",
                "   python -m x",
                "cd tools/",
                "X=1",
                "#SBATCH --nodes=2",
                "## Train",
                "nohup python t.py > l 2>&1 &",
                "a && b | c",
                "'unclosed",
                "<your_path>",
                "{task}",
            ]
        ),
    ),
    max_size=20,
).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_text_parsers_never_raise(text: str):
    for usage in docs.markdown(text) + docs.rst(text) + docs.docstring(text, 1):
        assert usage.line >= 1 and "\n" not in usage.text and usage.text == usage.text.strip()
    for line in text.splitlines():
        parsed = commands.parse(line, {"tool"})
        if parsed is not None:
            assert "\n" not in parsed.text
    for target, recipe, line_number in packaging.makefile_targets(text):
        assert target and line_number >= 1 and all(isinstance(r, str) for r in recipe)
    packaging.read_shell(text)
    docs.links(text)
    info = entries.analyze("train.py", text)
    assert info.path == "train.py"


@settings(max_examples=60, deadline=None)
@given(
    st.recursive(st.one_of(st.none(), st.text(max_size=20), st.integers()), lambda c: st.lists(c, max_size=4))
)
def test_notebook_reader_never_raises(value):
    docs.notebook(json.dumps({"cells": value}))
    docs.notebook(json.dumps(value))
    docs.notebook("{not json")
