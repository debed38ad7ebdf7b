"""Round 153 (docs/accuracy.md, section 101, from the blind reading's 'told' texts): a failure the writer tells in
words is answered unknown with the sentence that says so, not "No traceback or error found" -- also when the
sentence sits inside a paragraph pasted as one long line, and when the words are those writers use for a run that
stops or hangs ("the script just exits", "it just sits there", "training doesn't go any further", "this cell kills
the kernel"). A metric that "stays there" or "never moves" is a plateau, not a failure told. Texts written for this
project."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text

_LONG_PARAGRAPH = (
    "Thanks for sharing the code, I have been reading the paper closely and set up the environment exactly as the "
    "README says, with the same versions of every package, the same dataset split and the same number of GPUs as "
    "in the experiments section, and I also checked the preprocessing output against the statistics in the "
    "appendix, which match. Evaluation on the validation split works and writes its images, but training fails "
    "with the message in the attached picture. Could you have a look at what might be going on here?"
)


@pytest.mark.parametrize(
    "text, said",
    [
        (f"Training on my own data\n\n{_LONG_PARAGRAPH}\n", "training fails"),
        ("Jupyter kernel keeps dying in the toy example\n\nEverything before this cell runs.\n", "dying"),
        ("After the first round everything just sits there, the terminals stay open.\n", "just sits there"),
        ("I run train.py and it exits right away, printing 0 samples found.\n", "exits right away"),
        ("At epoch 4 the training doesn't go any further.\n", "doesn't go any further"),
        ("this cell kills the kernel every time\n", "kills the kernel"),
        ("The trainer loads the data, then nothing happens and the GPU stays idle.\n", "nothing happens"),
    ],
)
def test_a_failure_told_in_words_is_unknown_with_its_sentence(text, said):
    report = triage_text(text)
    assert report.root_cause is not None, "the writer said it failed: not 'no error found'"
    root = report.errors[report.root_cause]
    assert (root.kind, root.category) == ("unknown", None)
    assert said in root.message


@pytest.mark.parametrize(
    "text",
    [
        "The loss goes down to about 5 and then stays there; accuracy is 0.31 at the end.\n",
        "With 2-bit weights the accuracy sits at 10% and the recall never moves off 0.\n",
        "Best SSIM is 0.90 around epoch 90 and it has stayed there since.\n",
    ],
)
def test_a_metric_that_stays_put_is_not_a_failure_told(text):
    report = triage_text(text)
    assert report.root_cause is None, report.errors
