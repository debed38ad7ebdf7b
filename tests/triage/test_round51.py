"""Round 51 (docs/accuracy.md): a library's own words that settle a category whatever exception carries them --
yacs refusing a key its defaults lack (an AssertionError in older yacs), TensorFlow's CheckNumerics finding a NaN,
mmcv's checkpoint loader given a path that is no file. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root

USER = "C:\\work\\grounding\\train_net.py"


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


@pytest.mark.parametrize(
    "exc_line",
    [
        # Keras 1 raised a plain Exception for it
        "Exception: Error when checking model input: expected lstm_input_1 to have shape (None, 25, 300) but got array "
        "with shape (64, 7, 300)",
        "ValueError: Cannot feed value of shape (1, 1) for Tensor 'Placeholder_3:0', which has shape '(1,)'",
    ],
)
def test_keras_and_tensorflow_1_refusing_an_arrays_shape_is_shape_mismatch(exc_line):
    r = root(tb(exc_line, "model.fit(x, y, batch_size=64)"))
    assert (r.kind, r.category) == ("logic", "shape_mismatch")


def test_code_written_for_pytorch_before_0_4_is_the_environment():
    r = root(
        tb(
            "IndexError: invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ "
            "to convert a 0-dim tensor to a number",
            "running_loss += loss.data[0]",
        )
    )
    assert (r.kind, r.category) == ("runtime", "environment")
