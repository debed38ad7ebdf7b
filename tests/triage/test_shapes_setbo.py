"""Shapes met in sets BO to BR (optimizers and training-loop utilities; data preparation; mixture-of-experts and
long context; speculative heads, LLM quantisation and merging), one test per behaviour, in this project's own words
and values."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "message",
    [
        "loaded state dict contains a parameter group that doesn't match the size of optimizer's group",
        "loaded state dict has a different number of parameter groups",
    ],
)
def test_optimizer_state_resumed_for_other_parameter_groups_is_not_claimed(message: str) -> None:
    # (config_error until round 95: the checkpoint, the config or the model may be what differs -- 3 right, 3 wrong;
    # never the optimizer's code)
    r = root(
        "Traceback (most recent call last):\n"
        '  File "/srv/stereo/train.py", line 84, in resume\n'
        "    optimizer.load_state_dict(ckpt['optimizer'])\n"
        f"ValueError: {message}\n"
    )
    assert (r.kind, r.category) == ("unknown", None)


def test_an_optimizer_built_with_a_parameter_twice_is_still_the_optimizer() -> None:
    r = root(
        "Traceback (most recent call last):\n"
        '  File "/srv/stereo/train.py", line 40, in build\n'
        "    opt = torch.optim.AdamW([{'params': enc}, {'params': model.parameters()}])\n"
        "ValueError: some parameters appear in more than one parameter group\n"
    )
    assert (r.kind, r.category) == ("logic", "optimizer")


def test_merging_adapters_into_an_8_bit_model_is_a_config_error() -> None:
    r = root("ValueError: Cannot merge LoRA layers when the model is loaded in 8-bit mode\n")
    assert (r.kind, r.category) == ("runtime", "config_error")


def test_a_custom_operator_library_not_loaded_is_the_environment() -> None:
    r = root("RuntimeError: No such operator moe_ops::cumsum\n")
    assert (r.kind, r.category) == ("runtime", "environment")


def test_numpys_broadcast_refusal_is_not_claimed_even_on_the_users_own_arithmetic() -> None:
    lib = root(
        "Traceback (most recent call last):\n"
        '  File "/srv/seg/train.py", line 30, in <module>\n'
        "    metrics.update(pred, gt)\n"
        '  File "/opt/envs/seg/lib/python3.10/site-packages/segmetrics/core.py", line 71, in update\n'
        "    self.hist += self._hist(p, t)\n"
        "ValueError: operands could not be broadcast together with shapes (4,4) (0,)\n"
    )
    assert lib.kind == "unknown"  # inside a library: which input is wrong, the words do not say
    own = root(
        "Traceback (most recent call last):\n"
        '  File "/srv/seg/train.py", line 30, in <module>\n'
        "    residual = pred - np.ones((8, 3))\n"
        "ValueError: operands could not be broadcast together with shapes (16,3) (8,3)\n"
    )
    # round 98: on the user's own line too the words were right once, wrong 4 times on the field corpus
    assert (own.kind, own.category) == ("unknown", None)


def test_a_runtimeerror_caught_in_a_dataloader_worker_is_not_called_the_datas() -> None:
    r = root("RuntimeError: Caught RuntimeError in DataLoader worker process 0.\n")
    assert r.kind == "unknown"


def test_a_view_refused_for_its_input_size_is_not_claimed_alone() -> None:
    r = root("RuntimeError: shape '[4, 1, -1]' is invalid for input of size 30720\n")
    assert r.kind == "unknown"


@pytest.mark.parametrize(
    "line",
    [
        "RuntimeError: Early stopping conditioned on metric `val_loss` which is not available. Pass in or modify your "
        "`EarlyStopping` callback to use any of the following: `train/loss`, `valid/loss`",
        "lightning.fabric.utilities.exceptions.MisconfigurationException: `ModelCheckpoint(monitor='val/acc')` could "
        "not find the monitored key in the returned metrics: ['train/loss', 'epoch', 'step']",
        "KeyError: \"The `metric_for_best_model` training argument is set to 'eval_f1', which is not found in the "
        "evaluation metrics. The available evaluation metrics are: ['eval_loss']\"",
    ],
)
def test_a_callback_watching_a_metric_the_run_never_logs_is_a_config_error(line: str) -> None:
    r = root(line + "\n")
    assert (r.kind, r.category) == ("runtime", "config_error")


@pytest.mark.parametrize(
    ("line", "category"),
    [
        (
            "tensorflow.python.framework.errors_impl.InternalError: Blas GEMM launch failed : a.shape=(64, 256)",
            "cuda_error",
        ),
        (
            "Error using gpuArray/subsasgn\nAn unexpected error occurred trying to launch a kernel. The CUDA error was:\n"
            "invalid configuration argument",
            "cuda_error",
        ),
        ('RuntimeError: "cudaCheckError() failed: a PTX JIT compilation failed"', "environment"),
        (
            "F1204 10:11:12.000000 4411 syncedmem.cpp:56] Check failed: error == cudaSuccess (2 vs. 0)  out of memory",
            "cuda_oom",
        ),
    ],
)
def test_gpu_library_words_of_other_frameworks(line: str, category: str) -> None:
    assert root(line + "\n").category == category
