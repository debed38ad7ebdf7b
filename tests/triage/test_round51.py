"""Round 51 (docs/accuracy.md): a library's own words that settle a category whatever exception carries them --
yacs refusing a key its defaults lack (an AssertionError in older yacs), TensorFlow's CheckNumerics finding a NaN,
mmcv's checkpoint loader given a path that is no file. Texts written for this project."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text

USER = "C:\\work\\grounding\\train_net.py"


def root(text: str):
    report = triage_text(text)
    return report.errors[report.root_cause] if report.root_cause is not None else None


def tb(exc_line: str, code: str = "cfg.merge_from_file(args.config_file)") -> str:
    return f'Traceback (most recent call last):\n  File "{USER}", line 61, in main\n    {code}\n{exc_line}\n'


@pytest.mark.parametrize(
    "exc_line",
    [
        "AssertionError: Non-existent key: SOLVER.WARMUP_EPOCHS",
        "KeyError: 'Non-existent config key: MODEL.HEADS'",
    ],
)
def test_yacs_refusing_a_key_is_config_error(exc_line):
    r = root(tb(exc_line))
    assert (r.kind, r.category) == ("runtime", "config_error")


def test_tensorflows_check_numerics_is_numerical():
    r = root(
        tb(
            "tensorflow.python.framework.errors_impl.InvalidArgumentError: Found Inf or NaN global norm. : "
            "Tensor had NaN values",
            "sess.run(train_op, feed_dict=feed)",
        )
    )
    assert (r.kind, r.category) == ("logic", "numerical")


def test_mmcvs_checkpoint_loader_given_no_file_is_file_not_found():
    r = root(
        tb("OSError: weights/backbone_small_22k.pth is not a checkpoint file", "load_checkpoint(model, path)")
    )
    assert (r.kind, r.category) == ("runtime", "file_not_found")
