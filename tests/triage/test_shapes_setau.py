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


def test_cs_allocation_failure_is_the_hosts_memory() -> None:
    r = root(
        "trainer_interface.cc(512) LOG(INFO) Loaded 81234567 sentences\n"
        "terminate called after throwing an instance of 'std::bad_alloc'\n"
        "  what():  std::bad_alloc\n"
        "Aborted (core dumped)\n"
    )
    assert (r.kind, r.category) == ("runtime", "environment")


def test_rusts_missing_path_in_a_panic_is_file_not_found() -> None:
    r = root(
        "thread '<unnamed>' panicked at 'called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, "
        'message: "No such file or directory" }\', src/trainer/mod.rs:88:14\n'
        "fatal runtime error: failed to initiate panic, error 5\n"
    )
    assert (r.kind, r.category) == ("runtime", "file_not_found")


@pytest.mark.parametrize(
    "line",
    [
        "ValueError: `rope_scaling` must be a dictionary with two fields, `type` and `factor`, got {'factor': 8.0, "
        "'rope_type': 'llama3'}",
        "TypeError: main() got an unexpected keyword argument 'version_base'",
    ],
)
def test_a_library_older_than_the_checkpoint_or_the_script_is_the_environment(line: str) -> None:
    assert root(line + "\n").category == "environment"


def test_a_bare_assert_whose_line_checks_for_nan_is_numerical() -> None:
    r = root(
        "Traceback (most recent call last):\n"
        '  File "/srv/rl/policy.py", line 77, in step\n'
        "    assert not torch.isnan(log_prob).any()\n"
        "AssertionError\n"
    )
    assert (r.kind, r.category) == ("logic", "numerical")


def test_a_kernel_fault_told_in_a_title_is_a_cuda_error() -> None:
    r = root("CUDA ERROR an illegal memory access was encountered\n\nwith tf32 off it runs\n")
    assert (r.kind, r.category) == ("runtime", "cuda_error")
    # (since round 62 the CUDA runtime's own words are a line of their own, not only a told end)
    assert r.message == "CUDA ERROR an illegal memory access was encountered"


def test_a_downgrade_once_made_is_read_as_the_cause() -> None:
    r = root(
        "AttributeError: 'EncoderModel' object has no attribute 'rotary_emb'\n\n"
        "Same here. It worked again once I downgraded transformers to 4.40.2.\n"
    )
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_cut_traceback_beside_a_launchers_exit_takes_the_end_the_title_tells() -> None:
    r = root(
        "Device-side assert crash in the reward step on one L4\n\n"
        "Traceback (most recent call last):\n"
        '  File "/srv/rl/grpo.py", line 210, in <module>\n'
        "    trainer.train()\n"
        '  File "/opt/envs/rl/lib/python3.11/site-packages/trl/trainer/grpo_trainer.py", line 902, in '
        "_compute_loss\n"
        "\n"
        "ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: -6) local_rank: 0 (pid: 4411) of "
        "binary: /opt/envs/rl/bin/python\n"
    )
    assert (r.kind, r.category) == ("runtime", "cuda_error")


def test_a_logging_record_after_cut_frames_is_not_their_exception_line() -> None:
    from trainerd.triage.extract import extract

    errors = extract(
        "Traceback (most recent call last):\n"
        '  File "/srv/rl/grpo.py", line 210, in <module>\n'
        "    trainer.train()\n"
        "ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: 1) local_rank: 0 (pid: 90)\n"
    )
    assert all(e.blocks[-1].exception != "ERROR" for e in errors)
