"""Round 142 (docs/accuracy.md, section 98, from the misses of sets AAQ-AAX): an exception named alone in a markdown
title, at the end of a title after a comma, or as what the writer's run raised ("I get a MemoryError on line 71") is
read as that exception; a Jupyter traceback cut right after its header still names what was raised; Python 2's
print statement and a return's starred unpacking (Python 3.8) refused as invalid syntax are code written for
another Python than the one running it. Texts written for this project."""

from __future__ import annotations

from .conftest import root_answer as _answer


def test_an_exception_named_alone_in_a_markdown_title_is_read():
    text = "# MemoryError\n\nThe third step of the recipe stops on my laptop, any idea how to get past it?\n"
    assert _answer(text) == ("runtime", "environment")


def test_an_exception_ending_a_title_after_a_comma_is_read():
    text = "训练时出错，MemoryError\n\n单独跑数据读取没问题，一放进网络训练就报这个。\n"
    assert _answer(text) == ("runtime", "environment")


def test_an_exception_the_writers_run_raised_is_read():
    text = "Running fit_chat.py I get a MemoryError on line 88. The corpus is 9 GB, is that too much?\n"
    assert _answer(text) == ("runtime", "environment")


def test_a_jupyter_traceback_cut_after_its_header_still_names_the_exception():
    text = (
        "After the upgrade the notebook stops here:\n"
        "---------------------------------------------------------------------------\n"
        "MemoryError                               Traceback (most recent call last)\n"
        "<ipython-input-4-0c1d2e3f4a5b> i\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_python_2s_print_statement_refused_by_python_3_is_the_environment():
    text = (
        'File "/srv/proj/text_pairs/vocab.py", line 77\n'
        "    print len(words)\n"
        "            ^\n"
        "SyntaxError: invalid syntax\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_a_returns_starred_unpacking_refused_by_an_older_python_is_the_environment():
    text = (
        "Traceback (most recent call last):\n"
        '  File "run_tagger.py", line 5, in <module>\n'
        "    from tagger.model import Tagger\n"
        '  File "/srv/proj/tagger/model.py", line 311\n'
        "    return loss, *extras[1:]\n"
        "                 ^\n"
        "SyntaxError: invalid syntax\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_a_typo_refused_as_invalid_syntax_is_not_called_the_environment():
    # control: a line that no Python accepts is the code's, not the interpreter's
    text = 'File "/srv/proj/serve.py", line 12\n    if mode = "eval":\n            ^\nSyntaxError: invalid syntax\n'
    assert _answer(text) != ("runtime", "environment")


def test_a_reply_naming_the_writers_error_is_not_read_as_a_new_one():
    # control: "your MemoryError" in a reply is not the writer's run raising one
    from trainerd.triage.service import triage_text

    text = "Loss goes flat after epoch 2.\n\n> dropping the cache should also fix your MemoryError from last week\n"
    assert not [e for e in triage_text(text).errors if e.exception == "MemoryError"]
