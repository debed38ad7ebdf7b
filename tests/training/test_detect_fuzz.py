"""Detection parsers never raise on whatever a project's files contain."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from trainerd.training.detect import analyze_entry, entry_of, makefile_targets, readme_commands

LINES = st.lists(
    st.one_of(
        st.text(max_size=60),
        st.sampled_from(
            ["```", "$ python train.py \\", "\ttrain:", "train: ;", "`torchrun`", "python", "make"]
        ),
    ),
    max_size=20,
).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_text_parsers_never_raise(text: str):
    for line, command in readme_commands(text):
        assert line >= 1 and command.strip() == command and "\n" not in command
    for target, recipe, line in makefile_targets(text):
        assert target and line >= 1 and all(isinstance(r, str) for r in recipe)
    entry_of(text)
    info = analyze_entry("train.py", text)
    assert info.path == "train.py"
