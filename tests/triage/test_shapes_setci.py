"""Shapes from the first sight of sets CI-CL (recommender systems, federated learning, vision-language training,
physics and materials ML), each written here in this project's own words and values: a warning printed by Python's
warnings module is not the error; a tensor's size computed from a corrupt shape is not a NaN; an error line quoted
above its rank-prefixed frames takes the rank with the frame; and the words a writer reports a failure with."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text


def root(text: str):
    report = triage_text(text)
    return None if report.root_cause is None else report.errors[report.root_cause]


def test_a_python_warning_naming_a_missing_library_is_not_the_error():
    text = (
        "/srv/env/lib/python3.10/site-packages/visionlib/io/image.py:13: UserWarning: Failed to load image "
        "extension: libvision_cu.so: cannot open shared object file: No such file or directory\n"
        '  warn(f"Failed to load image extension: {e}")\n'
        "epoch 1: 0/120\n"
    )
    r = root(text)
    assert r is None or r.category is None
    # the same words as the program's error line are the environment's
    r = root("OSError: libvision_cu.so: cannot open shared object file: No such file or directory\n")
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_size_computed_from_a_corrupt_shape_is_not_a_nan():
    r = root("RuntimeError: Storage size calculation overflowed with sizes=[812345678901234567]\n")
    assert r.category != "numerical"
    r = root("RuntimeError: Function 'LogBackward0' returned nan values in its 0th output.\n")
    assert (r.kind, r.category) == ("logic", "numerical")


def test_an_error_line_quoted_above_its_rank_prefixed_frames_takes_their_rank():
    text = (
        "It fails every few hours:\n\n"
        "RuntimeError: Trying to create tensor with negative dimension -4: [-4]\n\n"
        "```\n"
        '[1,5]<stderr>:  File "jobs/ctr/runner.py", line 88, in _step\n'
        "[1,5]<stderr>:    out = self.pipe.progress(it)\n"
        '[1,5]<stderr>:  File "/opt/env/lib/python3.9/site-packages/recx/pipeline.py", line 41, in progress\n'
        "[1,5]<stderr>:    return self.model(batch)\n"
    )
    r = root(text)
    assert r.frame is not None and r.frame.file.endswith("runner.py") and r.frame.line == 88
    assert r.rank == 5


@pytest.mark.parametrize(
    "text",
    [
        "[Bug]: Getting ValueError when running the formation-energy notebook unchanged\n",
        "# Time out at the collective in step 1147\n",
        "# 微调时 aux_loss 一直是nan\n",
        "The example run ends with a return code that is not zero.\n",
        "# 학습 코드를 돌리면 에러가 납니다\n",
        "translate.py gives me KeyError : None on this line\n",
        "I couldn't get it to work well with my own data\n",
        "The session RAM overflows while the split is built\n",
        # (first sight of sets CY-DB) a title naming the exception at its end; an extension "not found"
        "Training RuntimeError\n\nEverything compiled fine until train.py.\n",
        '"CUDA extension for fast scan not found" when running the toy example\n',
    ],
)
def test_a_failure_reported_in_these_words_is_unknown_not_nothing(text):
    r = root(text)
    assert r is not None, "no error found"
    assert (r.kind, r.category) == ("unknown", None)


@pytest.mark.parametrize(
    "text",
    [
        # the loss scaler's skipped step, a question about other processes, code describing what it raises
        "[deepspeed] OVERFLOW! Rank 0 Skipping step. Attempted loss scale: 65536, reducing to 32768\n",
        "I think **Killed** processes are restarted by the scheduler?\n",
        "epoch 1 loss 0.3\nour parser raises ValueError on bad rows\n",
    ],
)
def test_words_near_a_failure_that_report_none(text):
    assert triage_text(text).root_cause is None


def test_cpythons_operand_message_without_its_type_is_a_type_error():
    r = root("# unsupported operand type(s) for //: 'int' and 'str'\n\nit happens at the first step\n")
    assert r.exception == "TypeError"
