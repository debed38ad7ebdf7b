"""Round 70 (docs/accuracy.md, after sets GU-GX): markdown around a pasted line comes off as it was put on -- an
italic frame line (``_File "...", line 136, in load_e4e``) is read as the frame it is, and a name's own underscores
stay (a frame in backticks or bold "in __init__" was reported "in __init"). Texts written for this project."""

from __future__ import annotations

from .conftest import triage_root as root


def test_an_italic_frame_line_is_read_as_a_frame():
    text = (
        "The encoder route fails:\n"
        "\n"
        '_File "/work/portraits/inversion/coach.py", line 136, in load_encoder\n'
        "    opts = ckpt['opts']\n"
        "KeyError: 'opts'_\n"
    )
    r = root(text)
    assert r.exception == "KeyError"
    assert (r.frame.file, r.frame.line) == ("/work/portraits/inversion/coach.py", 136)


def test_a_dunder_function_name_in_markdown_keeps_its_underscores():
    text = (
        "Traceback (most recent call last):\n"
        '`  File "train.py", line 12, in <module>`\n'
        "`    net = Net(cfg)`\n"
        '**  File "/srv/proj/models/net.py", line 40, in __init__**\n'
        "    self.head = nn.Linear(cfg.width, cfg.classes)\n"
        "AttributeError: 'dict' object has no attribute 'width'\n"
    )
    r = root(text)
    assert (r.frame.file, r.frame.line, r.frame.function) == ("/srv/proj/models/net.py", 40, "__init__")
