"""Round 60 (docs/accuracy.md): scikit-learn's input check ("Input contains NaN, infinity or a value too large") is
found and left unknown -- missing values in the data as often as a value that diverged. Texts written for this
project."""

from __future__ import annotations

import pytest

from .conftest import traceback_text
from .conftest import triage_root as root


@pytest.mark.parametrize(
    "message",
    [
        "ValueError: Input contains NaN, infinity or a value too large for dtype('float64').",
        "ValueError: Input X contains NaN.",
        "ValueError: Input y contains infinity or a value too large for dtype('float64').",
    ],
)
def test_sklearns_input_check_is_found_and_left_unknown(message):
    text = traceback_text(
        message,
        ("/home/ida/ids/train_ae.py", "main", "clf.fit(features, labels)"),
        (
            "/opt/env/lib/python3.10/site-packages/sklearn/utils/validation.py",
            "_assert_all_finite",
            "raise ValueError(msg_err)",
        ),
    )
    r = root(text)
    assert (r.kind, r.category, r.exception) == ("unknown", None, "ValueError")
    assert (r.frame.file, r.frame.line) == ("/home/ida/ids/train_ae.py", 10)


def test_a_nan_the_training_math_reports_is_still_numerical():
    text = traceback_text(
        "ValueError: Loss is nan at step 300, stopping",
        ("/home/ida/ids/train_ae.py", "main", "check_loss(loss)"),
    )
    assert (root(text).kind, root(text).category) == ("logic", "numerical")
