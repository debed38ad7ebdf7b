"""Shapes and precision from the set-M round (first seen on set M, written here in this project's words and values):
generic words that claimed wrong categories at first sight, the shell's Killed glued or quoted in a title, a
Kubernetes pod's status, IPython's and detectron2's announcements, TensorFlow's op errors without their type."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "line",
    [
        # a count overflowing, not a value that diverged
        "RuntimeError: numel: integer multiplication overflow",
        # NumPy's division by zero: like ZeroDivisionError, usually a count that is zero
        "FloatingPointError: divide by zero encountered in double_scalars",
        # a method no model has: the code's mistake, not the model's structure
        "AttributeError: 'TabularNet' object has no attribute 'fit'",
        # a training framework's hook called with another signature: its release, not the optimizer's set-up
        "TypeError: lr_scheduler_step() takes 2 positional arguments but 3 were given",
        # the same audit's other generic words: an array index anywhere, a learning rate named in passing, a rank
        # that failed at something
        "IndexError: index 7 is out of bounds for axis 0 with size 7",
        "ValueError: the learning rate finder failed to converge",
        "RuntimeError: rank 0 failed to read shard 12",
    ],
)
def test_generic_words_that_claimed_wrong_categories_claim_nothing(line):
    assert root(line + "\n").kind == "unknown"


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("FloatingPointError: overflow encountered in exp", "numerical"),
        ("RuntimeError: value cannot be converted to type at::Half without overflow", "numerical"),
        (
            "TypeError: ReduceLROnPlateau.step() missing 1 required positional argument: 'metrics'",
            "optimizer",
        ),
        ("ValueError: learning rate must be positive, got -0.5", "hyperparameter"),
        ("RuntimeError: torch.distributed is not available", "environment"),
    ],
)
def test_the_same_families_certain_words_still_settle_the_category(line, category):
    assert root(line + "\n").category == category


@pytest.mark.parametrize(
    "text",
    [
        "Epoch 12/40\n311/312 [============================>.] - ETA: 1s - loss: 0.4117 - acc: 0.8174Killed\n"
        "(fit) kim@box:~/proj$\n",
        'fine-tuning gets "Killed" halfway, why?\n\nno traceback at all\n',
        "NAME          READY   STATUS      RESTARTS   AGE\ntrainer-0     0/1     OOMKilled   3          12m\n",
    ],
)
def test_a_kill_glued_quoted_in_a_title_or_a_pods_oomkilled_is_the_out_of_memory_killer(text):
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_killed_quoted_in_a_reply_is_not_the_reporters_run():
    text = "Segfault in the loader\n\nmine only prints `Killed`, is it memory?\n"
    r = triage_text(text)
    assert r.root_cause is None or r.errors[r.root_cause].category != "environment"


@pytest.mark.parametrize(
    "text",
    [
        "NAME           READY   STATUS   RESTARTS   AGE\nfit-job-x7k2   1/2     Error    0          3m10s\n",
        "An exception has occurred, use %tb to see the full traceback.\n",
        "ERROR [03/11 10:04:59 d2.engine.train_loop]: Exception during training:\n",
        "Train error: No valid path found.\n",
        "Node: 'model/embedding/lookup'\nindices[3,1] = 900 is not in [0, 512)\n",
    ],
)
def test_announcements_and_typeless_op_errors_are_found_and_unknown(text):
    r = root(text)
    assert (r.kind, r.category) == ("unknown", None)


def test_an_announcement_steps_aside_for_the_traceback_it_announces():
    text = (
        "ERROR [03/11 10:04:59 d2.engine.train_loop]: Exception during training:\n"
        "Traceback (most recent call last):\n"
        '  File "/srv/det/train.py", line 30, in <module>\n'
        "    trainer.train()\n"
        "KeyError: 'segmentation'\n"
    )
    assert root(text).exception == "KeyError"
