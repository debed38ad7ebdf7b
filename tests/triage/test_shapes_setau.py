"""Shapes met in sets AU to AX (LLM alignment trainers; compression and export; R, Julia, JVM and .NET training;
video and human-centric vision), one test per behaviour, in this project's own words and values."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


def test_the_jvms_out_of_memory_is_the_hosts_heap_not_the_gpu() -> None:
    r = root(
        "25/01/07 10:12:44 INFO BlockManagerInfo: Added rdd_12_3 in memory on worker-2:40411\n"
        "25/01/07 10:12:51 ERROR Executor: Exception in task 3.0 in stage 7.0 (TID 88)\n"
        "java.lang.OutOfMemoryError: Java heap space\n"
        "\tat java.util.Arrays.copyOf(Arrays.java:3236)\n"
    )
    assert (r.kind, r.category) == ("runtime", "environment")
    # PyTorch's own type of the same short name is still the GPU's
    assert (
        root("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB\n").category
        == "cuda_oom"
    )


def test_julias_argument_error_is_not_argparses() -> None:
    r = root(
        "ERROR: ArgumentError: cannot take the CPU address of a CuArray{Float32, 2}\nStacktrace:\n [1] unsafe_convert\n"
    )
    assert r.category != "config_error"
    typed = root("argparse.ArgumentError: argument --epochs: invalid int value: 'ten'\n")
    assert typed.category == "config_error"


def test_the_cuda_driver_apis_allocation_failure_is_cuda_oom() -> None:
    r = root("pycuda._driver.MemoryError: cuMemAlloc failed: out of memory\n")
    assert (r.kind, r.category) == ("runtime", "cuda_oom")


def test_a_gpu_index_the_machine_lacks_is_a_config_error() -> None:
    r = root(
        "RuntimeError: CUDA error: invalid device ordinal\nCompile with `TORCH_USE_CUDA_DSA` to enable device-side assertions.\n"
    )
    assert (r.kind, r.category) == ("runtime", "config_error")


IMPORT = (
    "Traceback (most recent call last):\n"
    '  File "/srv/rl/train_ppo.py", line 4, in <module>\n'
    "    from rlkit.core import masked_whiten\n"
    "ImportError: cannot import name 'masked_whiten' from 'rlkit.core' "
    "(/opt/envs/rl/lib/python3.10/site-packages/rlkit/core.py)\n"
)


def test_a_name_an_installed_release_lacks_with_a_pin_in_the_reply_is_the_environment() -> None:
    r = root(IMPORT + "\nmaintainer: please try pinning this version instead: rlkit==0.8.6\n")
    assert (r.kind, r.category) == ("runtime", "environment")
    assert r.details["told"].startswith("maintainer: please try pinning")
    # with no such reply it stays import_error
    assert root(IMPORT).category == "import_error"


@pytest.mark.parametrize(
    "after",
    [
        "It converts fine here with rlkit 6.0. Please try updating rlkit in your env.",
        "Please first move to the newest rlkit; we cannot look at old releases.",
    ],
)
def test_advice_to_change_a_release_after_an_unknown_error_is_the_environment(after: str) -> None:
    error = "RuntimeError: converter for op 'numel' not implemented.\n\n"
    assert root(error + after + "\n").category == "environment"


def test_generic_advice_to_update_is_not_read_as_the_cause() -> None:
    error = "RuntimeError: converter for op 'numel' not implemented.\n\n"
    assert root(error + "Update to the latest package in a fresh runtime:\n").kind == "unknown"
