"""Round 75 (docs/accuracy.md, after sets HK-HN): any library's build without the GPU it was asked for -- Horovod's
"Requested ReadyEvent with GPU device but not compiled with CUDA", PaddlePaddle's "not compiled with GPU" -- is the
environment's, as PyTorch's "Torch not compiled with CUDA enabled" was (the corpus labels all fifteen such samples
environment), not a distributed or an unknown error. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "message",
    [
        "RuntimeError: Internal error. Requested ReadyEvent with GPU device but not compiled with CUDA.",
        "AssertionError: the installed paddle is not compiled with GPU",
    ],
)
def test_a_build_without_the_gpu_asked_for_is_the_environment(message):
    text = (
        "[1,0]<stderr>:Traceback (most recent call last):\n"
        '[1,0]<stderr>:  File "train_supernet.py", line 183, in <module>\n'
        "[1,0]<stderr>:    hvd.allreduce(grad, name='grad')\n"
        f"[1,0]<stderr>:{message}\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")
