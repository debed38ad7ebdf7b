"""Round 63 (docs/accuracy.md): the host's memory refused in a library's own words -- NumPy's "Unable to allocate
... for an array with shape" under whatever type name the paste keeps, older PyTorch's CPU allocator failing its
posix_memalign with ENOMEM -- is the environment's (out of RAM), as the typed MemoryError already was; a frame line whose opening quote the paste
lost is still a frame (after set GA). Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "line",
    [
        "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 18.2 GiB for an array with shape "
        "(2900, 1080, 1920, 3) and data type uint8",
        "`Unable to allocate 640. MiB for an array with shape (40000, 4200) and data type float32`",
    ],
)
def test_numpys_refused_allocation_is_out_of_host_memory(line):
    r = root("loading every frame of the clip first...\n" + line + "\n")
    assert (r.kind, r.category) == ("runtime", "environment")


def test_the_cpu_allocators_enomem_is_out_of_host_memory():
    text = (
        "Traceback (most recent call last):\n"
        '  File "fit_topics.py", line 188, in step\n'
        "    weights = table[idx.type('torch.LongTensor')]\n"
        "RuntimeError: [enforce fail at CPUAllocator.cpp:64] posix_memalign(&data, gAlignment, nbytes) == 0. 12 vs 0\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")


def test_guard_a_posix_memalign_failing_otherwise_is_not_called_out_of_memory():
    # (22 is EINVAL: an alignment the allocator refused, no shortage of memory -- a guard, unknown either way)
    text = (
        "Traceback (most recent call last):\n"
        '  File "fit_topics.py", line 188, in step\n'
        "    weights = table[idx]\n"
        "RuntimeError: [enforce fail at CPUAllocator.cpp:64] posix_memalign(&data, gAlignment, nbytes) == 0. 22 vs 0\n"
    )
    assert root(text).category != "environment"


def test_a_frame_line_whose_opening_quote_was_lost_still_counts_as_a_frame():
    text = (
        "Traceback (most recent call last):\n"
        '  File "main.py", line 249, in <module>\n'
        "    main()\n"
        '  File ../src/fit_loop.py", line 161, in train_epoch\n'
        "    loss.backward()\n"
        '  File "/opt/envs/dc/lib/python3.8/site-packages/torch/_tensor.py", line 487, in backward\n'
        "    torch.autograd.backward(self, gradient)\n"
        "RuntimeError: CUDA out of memory. Tried to allocate 412.50 MiB (GPU 0; 10.92 GiB total capacity)\n"
    )
    r = root(text)
    assert r.category == "cuda_oom"
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("../src/fit_loop.py", 161)
