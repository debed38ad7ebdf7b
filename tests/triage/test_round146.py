"""Round 146 (docs/accuracy.md, section 99, from the corpus's unknown answers followed by a reply): a pinned install
told as the cure in a sentence -- "Fixed it with `pip install onnx==1.5.0`", "`pip install tensorflow-gpu==2.1.0`
made it work", "the quickest fix is `pip install recbole==1.0.1`" -- puts an unknown error on the installed
versions, as the other version statements do. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import root_answer as _answer

_ERROR = (
    "Traceback (most recent call last):\n"
    '  File "score_tracks.py", line 41, in <module>\n'
    "    scores = model.evaluate(stream, steps=n_steps)\n"
    '  File "/usr/local/lib/python3.7/dist-packages/tensorflow/python/keras/engine/training.py", line 930, in evaluate\n'
    "    use_multiprocessing=use_multiprocessing)\n"
    "TypeError: 'NoneType' object is not callable\n"
    "\n"
    "---\n"
)


@pytest.mark.parametrize(
    "reply",
    [
        "follow-up from the same user: Fixed it with `pip install tensorflow-gpu==2.1.0`, thanks.",
        "follow-up: `pip install tensorflow-gpu==2.1.0` made it work on the GPU runtime.",
        "maintainer: the quickest fix is `pip install tensorflow-gpu==2.1.0`; the notebook was written for it.",
    ],
)
def test_a_pinned_install_told_as_the_cure_is_the_environment(reply):
    assert _answer(_ERROR + reply + "\n") == ("runtime", "environment")


@pytest.mark.parametrize(
    "reply",
    [
        "follow-up: I have not fixed it with pip install tensorflow-gpu==2.1.0 either, same error.",
        "follow-up: which tensorflow do you have? I use tensorflow-gpu 2.1.0.",
    ],
)
def test_a_pin_that_did_not_help_or_a_question_settles_nothing(reply):
    assert _answer(_ERROR + reply + "\n")[0] == "unknown"
