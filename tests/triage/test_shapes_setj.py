"""Shapes met in set J (after its first sight), each written here in this project's own values."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text


def answer(text: str):
    report = triage_text(text)
    if report.root_cause is None:
        return None
    r = report.errors[report.root_cause]
    return r.kind, r.category, r.exception


@pytest.mark.parametrize(
    ("line", "category"),
    [
        # the build has no kernel for this GPU, in HIP's words as in CUDA's ("no kernel image")
        ("RuntimeError: HIP error: invalid device function", "environment"),
        ("Failed to initialize NVML: Driver/library version mismatch", "environment"),
        (
            "ValueError: Bfloat16 is only supported on GPUs with compute capability of at least 8.0. Your Tesla T4 "
            "GPU has compute capability 7.5.",
            "environment",
        ),
        # PyTorch built without the backend: the install's, not the launch's
        ("RuntimeError: Distributed package doesn't have NCCL built in", "environment"),
        # cuBLAS unable to allocate its workspace, after PyTorch's "CUDA error: "
        (
            "RuntimeError: CUDA error: CUBLAS_STATUS_ALLOC_FAILED when calling `cublasCreate(handle)`",
            "cuda_oom",
        ),
        (
            "exception: current loss scale already at minimum - cannot decrease scale anymore. exiting run",
            "numerical",
        ),
        (
            'einops.EinopsError: Error while processing rearrange-reduction pattern "b (h d) n -> b h d n".\n'
            " Input tensor shape: torch.Size([4, 96, 50]). Additional info: {'h': 5}.\n"
            " Shape mismatch, can't divide axis of length 96 in chunks of 5",
            "shape_mismatch",
        ),
        (
            'einops.EinopsError: Error while processing rearrange-reduction pattern "(b t) c h w -> b c t h w".\n'
            " Input tensor shape: torch.Size([2, 320, 4, 16, 16]). Additional info: {'b': 2}.\n"
            " Expected 4 dimensions, got 5",
            "shape_mismatch",
        ),
    ],
)
def test_set_j_phrases(line, category):
    got = answer(line + "\n")
    assert got is not None and got[1] == category


def test_a_bare_cublas_status_without_pytorchs_words_stays_unknown():
    assert answer("llm server: CUBLAS_STATUS_ALLOC_FAILED\n")[:2] == ("unknown", None)
    # with a Python exception type, the typed rule's allocation phrase still settles it
    typed = "RuntimeError: CUBLAS_STATUS_ALLOC_FAILED when calling `cublasCreate(handle)`\n"
    assert answer(typed)[:2] == ("runtime", "cuda_oom")


def test_an_attribute_missing_on_a_librarys_object_is_not_a_configuration():
    text = """\
Traceback (most recent call last):
  File "fit.py", line 88, in log_step
    args.logger.add_scalar_dict(tag, values, step)
AttributeError: 'SummaryWriter' object has no attribute 'add_scalar_dict'
"""
    assert answer(text)[:2] == ("unknown", None)
    on_config = text.replace("'SummaryWriter' object", "'Namespace' object").replace(
        "args.logger.add_scalar_dict(tag, values, step)", "warm = args.warmup_ratio"
    )
    assert answer(on_config)[:2] == ("unknown", None)  # (config_error until round 104: 4 right, 3 wrong)


def test_a_type_named_at_the_end_of_a_title_and_a_native_stack_are_found():
    assert answer("Training stops after epoch 3 : MXNetError\n\nany idea?\n") == (
        "unknown",
        None,
        "MXNetError",
    )
    stack = (
        "Error while training\n\nStack trace returned 6 entries:\n"
        "[bt] (0) /opt/py/lib/libmxnet.so(_ZN4dmlc15LogMessageFatalD1Ev+0x3c) [0x7f00aa10]\n"
    )
    assert answer(stack)[:2] == ("unknown", None)


def test_an_error_told_in_words_takes_the_frame_of_its_cut_traceback():
    text = """\
OSError: [Errno 12] Cannot allocate memory while the loader forks

It stops after two epochs with `OSError: [Errno 12] Cannot allocate memory`.

`Traceback (most recent call last):
  File "/home/ines/seg/fit.py", line 140, in <module>
    main()
  File "/home/ines/seg/fit.py", line 97, in evaluate
    for batch in val_loader:
  File "/opt/py/lib/python3.10/site-packages/torch/utils/data/dataloader.py", line 438, in __iter__
"""
    report = triage_text(text)
    r = report.errors[report.root_cause]
    assert r.category == "environment"
    assert (r.frame.file, r.frame.line) == ("/home/ines/seg/fit.py", 97)


def test_an_unknown_error_told_in_a_title_is_reported_at_its_pasted_frames():
    text = """\
AttributeError: 'Recorder' object has no attribute 'flush_all'

```
Traceback (most recent call last):
  File "run.py", line 51, in <module>
    rec.flush_all()
AttributeError: 'Recorder' object has no attribute 'flush_all'
```
"""
    report = triage_text(text)
    r = report.errors[report.root_cause]
    assert r.kind == "unknown" and (r.frame.file, r.frame.line) == ("run.py", 51)


def test_set_k_shapes():
    # argparse's own words after its usage block, the program name lost from the line
    text = (
        "'''usage: prep.py [-h] {fit,validate} ...\n"
        "error: argument subcommand: invalid choice: 'trian' (choose from 'fit', 'validate')'''\n"
    )
    assert answer(text)[:3] == ("runtime", "config_error", "argparse.ArgumentError")
    # anybody's bare "error:" is no parser's: an error in words, unknown, the line shown
    assert answer("error: something in the pipeline went wrong\n")[:3] == ("unknown", None, "ErrorLine")
    # a type named in parentheses in a title: found, unknown
    assert answer("[Bug]: fine-tuning stops at once (AssertionError)\n") == (
        "unknown",
        None,
        "AssertionError",
    )
    # Slurm's client without its cluster's configuration
    got = answer(
        "sbatch: error: fetch_config: DNS SRV lookup failed\nsbatch: fatal: Could not establish a configuration source\n"
    )
    assert got[:2] == ("runtime", "environment")
    # Metal's kernels stopping the process: found, the words do not say why
    mps = (
        "/Library/Caches/com.apple.xbs/Sources/MetalPerformanceShaders/MPSNDArray/Kernels/Gather.mm:130: "
        "failed assertion `Rank of updates array (1) must be >= 2'\n"
    )
    assert answer(mps)[:2] == ("unknown", None)
