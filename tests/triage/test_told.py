"""An unknown error followed by a statement that the installed versions cause it (a pin, an upgrade that fixed it,
a version conflict named, a release that removed an argument) is the environment's, with the sentence quoted. Texts
in this project's values."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text
from trainerd.triage.told import version_told

ERROR = (
    "Traceback (most recent call last):\n"
    '  File "/srv/rl/run.py", line 40, in <module>\n'
    "    agent.fit(steps=1000, eval_every=50)\n"
    "TypeError: fit() got an unexpected keyword argument 'eval_every'\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "Fixed it by downgrading rlkit to 1.4.",
        "this comes from a newer rlkit release, drop the argument",
        "I think it is a version conflict between rlkit and its gym.",
        "`eval_every` was removed in v2.0 (see the changelog)",
        "解决：pip install rlkit==1.4.0",
        "pip install 'rlkit<2'",
        "Pinning rlkit to a specific older version solved it for me.",
        "Hi, I think it is a version problem; I cannot reproduce it here.",
        "Please try another rlkit version.",
        "Thanks, closing: due to rlkit version issues.",
        "this is the same as #1706; what fixes it is a newer rlkit (2.0).",
        "most likely the rlkit build you have installed is not the one this code expects.",
        "> reply: you need rlkit 1.0, not 1.1",
        "You were right: I reinstalled the rlkit and torch versions from the README and it trains now.",
        "My guess: it is caused by the gcc version rlkit's extension needs; move to gcc 9.",
        "Looks like a problem with your rlkit version.",
        "That version is too old, we are at 2.3 now.",
        "Please make sure your rlkit version matches the one in requirements.txt",
        "The rlkit I had installed did not match the CUDA version on the box.",
        "rlkit 1.4 and gym 0.21 are the versions that work here.",
        "Upgrading rlkit to v2.1+ should fix it.",
    ],
)
def test_a_version_cause_told_after_an_unknown_error_is_the_environment(after):
    report = triage_text(ERROR + "\n" + after + "\n")
    root = report.errors[report.root_cause]
    assert (root.kind, root.category) == ("runtime", "environment")
    assert root.details["told"] and root.details["told"] in root.explanation


@pytest.mark.parametrize(
    "after",
    [
        "Is it a version conflict?",
        "Which rlkit version do you use? I am on the latest version.",
        "I tried pip install rlkit==1.4 but nothing changed",
        "  - pip install -r requirements.txt",
        "It looked like a version issue at first, but it was not.",
        "Should I try another rlkit version?",
        "Could it be a problem with your rlkit version?",
        "Is that version too old?",
    ],
)
def test_questions_and_attempts_are_not_a_version_cause(after):
    report = triage_text(ERROR + "\n" + after + "\n")
    assert report.errors[report.root_cause].kind == "unknown"


def test_a_pin_before_the_error_is_the_setup_not_the_cause():
    report = triage_text("pip install rlkit==1.4.0\n" + ERROR)
    assert report.errors[report.root_cause].kind == "unknown"


def test_a_category_the_errors_own_words_settle_is_kept():
    text = "RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB\n\nFixed it by upgrading torch to 2.4.\n"
    report = triage_text(text)
    assert report.errors[report.root_cause].category == "cuda_oom"


def test_the_sentence_read_is_returned_whole():
    said = version_told("err\nHi, this comes from a version conflict with the driver you installed.\n", 1)
    assert said == "Hi, this comes from a version conflict with the driver you installed."


def test_transformers_without_the_checkpoints_model_type_is_the_installed_version():
    # (not told: the frame says it -- transformers' table of model types raising for a type it does not know)
    text = (
        "Traceback (most recent call last):\n"
        '  File "/srv/lm/train.py", line 12, in <module>\n'
        "    net = AutoModelForCausalLM.from_pretrained(ckpt)\n"
        '  File "/opt/env/lib/python3.10/site-packages/transformers/models/auto/configuration_auto.py", line 1098, '
        "in from_pretrained\n"
        '    config_class = CONFIG_MAPPING[config_dict["model_type"]]\n'
        '  File "/opt/env/lib/python3.10/site-packages/transformers/models/auto/configuration_auto.py", line 795, '
        "in __getitem__\n"
        "    raise KeyError(key)\n"
        "KeyError: 'granite9'\n"
    )
    report = triage_text(text)
    assert report.errors[report.root_cause].category == "environment"
