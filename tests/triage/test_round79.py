"""Round 79 (docs/accuracy.md, after sets IA-ID): a CUDA library the loader cannot find or load, in cuDNN's own
loader's words or CTranslate2's ("Could not locate cudnn_ops64_9.dll", "Library cublas64_12.dll is not found or
cannot be loaded"), is the environment's -- not TensorFlow's "Could not load dynamic library" warning, which a CPU
run prints as well. And a training loop's guard that says it "received an inf loss" is a NaN/inf flag of the
monitor in the same answer. Texts written for this project."""

from __future__ import annotations

import pytest

from trainerd.monitor import flags_for_text
from trainerd.triage.service import triage_text

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "line",
    [
        "Could not locate cudnn_ops64_9.dll. Please make sure it is in your library path!",
        "Unable to load any of {libcudnn_cnn.so.9.1.0, libcudnn_cnn.so.9.1, libcudnn_cnn.so.9, libcudnn_cnn.so}",
        "Could not load library cudnn_cnn_infer64_8.dll. Error code 126",
        "RuntimeError: Library cublas64_12.dll is not found or cannot be loaded",
    ],
)
def test_a_cuda_library_the_loader_cannot_find_is_the_environments(line):
    text = "transcribing clip_014.wav with model large-v3 on cuda\n" + line + "\n"
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_guard_tensorflows_dynamic_library_warning_alone_settles_nothing():
    text = (
        "2024-02-11 09:12:40.118 W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load "
        "dynamic library 'cudart64_110.dll'; dlerror: cudart64_110.dll not found\n"
        "Epoch 1/5\n"
        "  12/300 [>.............................] - ETA: 41s - loss: 2.3011\n"
    )
    report = triage_text(text)
    assert report.root_cause is None or report.errors[report.root_cause].kind == "unknown"


def test_a_loops_received_an_inf_loss_guard_is_flagged_by_the_monitor():
    text = (
        "Epoch: [1][120/900]\tTime 0.61 (0.70)\tLoss 43.1180 (47.0021)\n"
        "WARNING: received an inf loss, setting loss value to 0\n"
        "Epoch: [1][121/900]\tTime 0.60 (0.70)\tLoss 0.0000 (46.9500)\n"
    )
    assert "nan_inf" in [f.kind for f in flags_for_text(text)]
