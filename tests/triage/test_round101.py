"""Round 101 (docs/accuracy.md, section 83, after sets OI-OQ): PyTorch 2.6's "Weights only load failed" (1
environment, 6 labelled unknown on the field corpus) is no longer claimed; a name missing from another well-known
package's module stays the environment. (Round 101 also left TensorFlow's own module unclaimed; round 116 claims it
again, on 16 environment and 7 unknown labels -- test_round116.) Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


def _tb(exc: str, msg: str) -> str:
    return (
        "Traceback (most recent call last):\n"
        '  File "/home/ro/seg/run.py", line 19, in <module>\n'
        "    net = build(cfg)\n"
        f"{exc}: {msg}\n"
    )


@pytest.mark.parametrize(
    ("exc", "msg"),
    [
        (
            "_pickle.UnpicklingError",
            "Weights only load failed. This file can still be loaded, to do so you have two options, do those steps "
            "only if you trust the source of the checkpoint.",
        ),
    ],
)
def test_words_the_corpus_labels_unknown_more_often_are_not_claimed(exc, msg):
    r = root(_tb(exc, msg))
    assert (r.kind, r.category) == ("unknown", None)


@pytest.mark.parametrize(
    "msg",
    [
        "module 'tensorflow.compat.v1' has no attribute 'layers_v3'",
        "module 'torchvision.transforms' has no attribute 'ToImageTensor'",
    ],
)
def test_guard_other_well_known_modules_without_a_name_stay_the_environment(msg):
    r = root(_tb("AttributeError", msg))
    assert (r.kind, r.category) == ("runtime", "environment")
