"""Round 126 (docs/accuracy.md, section 91, from the misses of sets WB-WI): PyTorch 0.x's "arguments are located on
different GPUs" is a device mismatch, in a traceback or told in words; Keras refusing the TensorFlow it runs on at
import ("Keras requires TensorFlow 2.2 or higher") is the environment, not a package to install. Texts written for
this project."""

from __future__ import annotations

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root


def test_tensors_on_two_gpus_in_old_pytorch_is_a_device_mismatch():
    text = _tb(
        ("train_multi.py", 140, "train_epoch", "out = net(images)"),
        (
            "/opt/conda/lib/python3.6/site-packages/torch/nn/parallel/data_parallel.py",
            73,
            "forward",
            "outputs = self.parallel_apply(replicas, inputs, kwargs)",
        ),
        exc="RuntimeError: arguments are located on different GPUs at /pytorch/aten/src/THC/generic/THCTensorMathBlas.cu:236",
    )
    assert (root(text).kind, root(text).category) == ("runtime", "device_mismatch")


def test_tensors_on_two_gpus_told_in_words_is_a_device_mismatch():
    text = "Turning on the multi-GPU flag, training stops at once: arguments are located on different GPUs.\n"
    assert (root(text).kind, root(text).category) == ("runtime", "device_mismatch")


def test_keras_refusing_its_tensorflow_is_the_environment():
    text = _tb(
        ("attack_eval.py", 4, "<module>", "import keras"),
        (
            "/home/u/envs/adv/lib/python3.7/site-packages/keras/__init__.py",
            6,
            "<module>",
            "raise ImportError(",
        ),
        exc="ImportError: Keras requires TensorFlow 2.2 or higher. Install TensorFlow via `pip install tensorflow`",
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")
