"""Round 135 (docs/accuracy.md, section 95, from the misses of sets YN-YU): a NaN guard naming the loss or the gradient
it found one in is numerical, raised as an ArithmeticError too; torch.cat's two-device words are a device mismatch
with the devices cut off; InfiniTAM's check on a failed CUDA runtime call is a CUDA error; a Keras model's
Functional layer unknown to the Keras loading it is the environment. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import framed_traceback as _tb
from .conftest import root_answer as _answer


@pytest.mark.parametrize(
    "said",
    [
        "Result of fitting the flow model on my set:\n\n> ArithmeticError: NaN detected in train loss\n",
        '{"level": "ERROR", "worker": "learner", "message": "NaN detected in loss function, aborting training."}\n',
        "step 41 done\nNaN detected in gradient of encoder.proj.weight\nNaN detected in gradient of head.bias\n",
    ],
)
def test_a_nan_guard_naming_the_loss_or_gradient_is_numerical(said):
    assert _answer(said) == ("logic", "numerical")


def test_an_arithmetic_error_without_nan_is_not_claimed_numerical_by_the_guard_rule():
    # control: the base class raised for something else
    text = _tb(
        (
            "tools/schedule.py",
            30,
            "steps",
            "raise ArithmeticError('step count must be a whole number of epochs')",
        ),
        exc="ArithmeticError: step count must be a whole number of epochs",
    )
    assert _answer(text) != ("logic", "numerical")


def test_torch_cats_device_words_without_the_devices_are_a_device_mismatch():
    text = (
        "RuntimeError: All input tensors must be on the same device.\n\n"
        "Evaluating the detector with the config from the README, it stops after the first images:\n"
        "[05/02 11:12:40 d2.evaluation.evaluator]: Inference done 11/500. 0.0911 s / img.\n"
    )
    assert _answer(text) == ("runtime", "device_mismatch")


def test_infinitams_check_on_a_failed_cuda_call_is_a_cuda_error():
    text = (
        "build/FusionGUI --dataset_root=/data/seq07\n"
        "Read calibration...\n"
        "/src/ORUtils/MemoryBlock.h(239) : cudaSafeCall() Runtime API error : 30 | unknown error.\n"
    )
    assert _answer(text) == ("runtime", "cuda_error")


def test_infinitams_check_on_an_allocation_is_not_a_plain_cuda_error():
    # control: the same check on an allocation that found no memory
    text = "/src/ORUtils/MemoryBlock.h(120) : cudaSafeCall() Runtime API error : 2 | out of memory.\n"
    assert _answer(text) != ("runtime", "cuda_error")


def test_a_keras_functional_layer_unknown_to_the_keras_loading_it_is_the_environment():
    text = _tb(
        ("app/predict.py", 12, "<module>", "model = load_model('weights/emotion.h5')"),
        (
            "/usr/lib/python3/site-packages/keras/utils/generic_utils.py",
            165,
            "class_and_config_for_serialized_keras_object",
            "raise ValueError",
        ),
        exc="ValueError: Unknown layer: Functional",
    )
    assert _answer(text) == ("runtime", "environment")
