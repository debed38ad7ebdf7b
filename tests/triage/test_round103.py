"""Round 103 (docs/accuracy.md, section 84): phrases read from the misses of sets OR-OY -- CuPy's out-of-memory words,
XLA finding no usable ptxas, a job runner's child killed by SIGKILL, PyTorch's kernel assertions quoted without
their kernel, xformers' handled import notice -- and round 104's audit over the grown corpus: a well-known
package's missing submodule (17 labelled the environment's, 17 the import's), an attribute missing beside a
configuration read, a dataset library's own exception class. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root

USER = ("/srv/fit/train.py", 42, "<module>", "main(cfg)")
SP = "/opt/env/lib/python3.11/site-packages"


def test_cupys_out_of_memory_words_are_the_gpus_memory_even_above_a_cut_traceback():
    text = (
        "epoch 3 iter 1200\n"
        "Exception in main training loop: Out of memory allocating 512,000,000 bytes (allocated so far: "
        "7,340,032,000 bytes).\n"
        "Traceback (most recent call last):\n"
        f'  File "{SP}/chainer/training/trainer.py", line 316, in run\n'
        "    update()\n"
        f'  File "{SP}/chainer/training/updaters/standard_updater.py", line 149, in update\n'
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "cuda_oom"), r.details.get("rule")


@pytest.mark.parametrize(
    "line",
    [
        "jaxlib.xla_extension.XlaRuntimeError: INTERNAL: Can't find ptxas binary in ${CUDA_DIR}/bin.",
        "W0412 10:01:02 xla/stream_executor: Couldn't find a suitable version of ptxas. Searched /usr/local/cuda/bin",
        "INTERNAL: No PTX compilation provider is available. Neither ptxas/nvlink nor nvjtlink is available.",
        "my jit step dies with: ptxas returned an error during compilation of ptx to sass",
    ],
)
def test_xla_without_a_usable_ptxas_is_the_cuda_toolkits(line):
    r = root(f"{line}\n")
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


def test_ptxas_crashing_on_one_kernel_is_not_claimed_as_a_missing_toolkit():
    r = root(
        "XlaRuntimeError: INTERNAL: ptxas exited with non-zero error code 139, output: compiling fusion dot.7\n"
    )
    assert r.category != "environment"


def test_xformers_handled_triton_notice_is_not_the_error_the_pip_line_after_it_is():
    text = (
        "A matching Triton is not available, some optimizations will not be enabled\n"
        "Error caught was: No module named 'triton'\n"
        "\n"
        "C:\\work\\tuner> pip install triton==2.0.0\n"
        "ERROR: Could not find a version that satisfies the requirement triton==2.0.0 (from versions: none)\n"
    )
    r = root(text)
    assert r.category != "import_error"
    assert "triton==2.0.0" in r.message


def test_a_job_runners_child_killed_by_sigkill_is_the_machines():
    text = _tb(
        USER,
        (f"{SP}/custodian/custodian.py", 480, "_run_job", "raise ReturnCodeError(s, True)"),
        exc="custodian.custodian.ReturnCodeError: Job return code is -9. Terminating...",
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


@pytest.mark.parametrize(
    "line",
    [
        "assertion `srcindex < srcselectdimsize` failed.",  # lower-cased by the writer
        "Assertion `t >= 0 && t < n_classes` failed.",
        "Assertion `input_val >= zero && input_val <= one` failed.",
        'Assertion `index >= -sizes[i] && index < sizes[i] && "index out of bounds"` failed.',
    ],
)
def test_pytorchs_kernel_assertions_quoted_alone_are_a_cuda_kernel_failure(line):
    r = root(f"fine-tuning the 7b model stops with\n{line}\n")
    assert (r.kind, r.category) == ("runtime", "cuda_error"), r.details.get("rule")


@pytest.mark.parametrize(
    "text",
    [
        # a well-known package's submodule: the installed release or the package missing, the text does not say
        _tb(USER, exc="ModuleNotFoundError: No module named 'torchvision.models.utils'"),
        # an attribute missing where the user's line reads a configuration
        _tb(
            ("/srv/fit/moe.py", 88, "forward", "idx = self.args.expert_idx[layer]"),
            exc="AttributeError: 'Namespace' object has no attribute 'expert_idx'",
        ),
        # a dataset library's own exception class says nothing of a file or of the pipeline
        _tb(
            USER,
            (f"{SP}/datasets/load.py", 1900, "dataset_module_factory", "raise DatasetNotFoundError(msg)"),
            exc="datasets.exceptions.DatasetNotFoundError: Dataset 'org/corpus' doesn't exist on the Hub",
        ),
    ],
)
def test_entries_right_fewer_than_three_times_in_five_are_unknown(text):
    r = root(text)
    assert (r.kind, r.category) == ("unknown", None), r.details.get("rule")


@pytest.mark.parametrize(
    "exc",
    [
        "RuntimeError: Dataset scripts are no longer supported, but found corpus.py",
        "TypeError: __init__() got an unexpected keyword argument 'nb_epoch'",
        "AssertionError: CPU training is not allowed.",
    ],
)
def test_a_release_that_changed_the_api_or_a_missing_gpu_is_the_environments(exc):
    r = root(_tb(USER, exc=exc))
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")
