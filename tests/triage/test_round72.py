"""Round 72 (docs/accuracy.md, after sets GY-HB): old frameworks' words for known categories -- PyTorch 0.3-0.4's
"expected type torch.cuda.FloatTensor but got torch.FloatTensor" (a device mismatch), Theano's GPU allocator failing
("CudaNdarray_ZEROS: allocation failed": out of GPU memory) -- and macOS's shell word for a process killed by SIGKILL,
"Killed: 9", quoted in a sentence (the environment's, as "Killed" quoted was). Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    ("expected", "got"),
    [("torch.cuda.FloatTensor", "torch.FloatTensor"), ("torch.FloatTensor", "torch.cuda.FloatTensor")],
)
def test_old_pytorchs_cuda_and_cpu_tensor_types_mixed_are_a_device_mismatch(expected, got):
    text = (
        "Traceback (most recent call last):\n"
        '  File "train_deblur.py", line 88, in <module>\n'
        "    loss = criterion(restored, sharp)\n"
        f"RuntimeError: expected type {expected} but got {got}\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "device_mismatch")


def test_guard_two_cuda_tensor_types_are_no_device_mismatch():
    text = (
        "Traceback (most recent call last):\n"
        '  File "train_deblur.py", line 88, in <module>\n'
        "    loss = criterion(restored, labels)\n"
        "RuntimeError: expected type torch.cuda.FloatTensor but got torch.cuda.LongTensor\n"
    )
    assert root(text).category != "device_mismatch"


def test_theanos_gpu_allocation_failure_is_out_of_memory():
    text = (
        "epoch 3 cost 0.8123\n"
        "Traceback (most recent call last):\n"
        '  File "train_sent.py", line 140, in <module>\n'
        "    cost = train_fn(batch_x, batch_y)\n"
        "RuntimeError: CudaNdarray_ZEROS: allocation failed.\n"
        "Apply node that caused the error: GpuAlloc{memset_0=True}(CudaNdarrayConstant{0.0}, Shape_i{0}.0)\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "cuda_oom")


def test_macos_killed_9_quoted_in_a_sentence_is_the_environment():
    text = '# "Killed: 9" on the CPU\n\nA few images go through, then the run stops with "Killed: 9" every time.\n'
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")
