"""Rounds 114 and 115 (docs/accuracy.md, section 87). Round 114: PyTorch's "The size of tensor a (N) must match the
size of tensor b (M)" is a shape mismatch. Round 115, from the misses of sets SJ-SQ: "CUDA out of memory" retyped
in a title is read; sizes a trainer or a launcher requires to divide are the run's configuration; a
frame line opened by a prose quote is read; the monitor flags a gradient norm a trainer says is not finite. Texts
written for this project."""

from __future__ import annotations

import pytest

from trainerd.monitor import flags_for_text

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root


def test_tensors_of_different_sizes_in_an_elementwise_operation_are_a_shape_mismatch():
    text = _tb(
        ("train.py", 88, "<module>", "loss = trainer.step(batch)"),
        ("model/fusion.py", 41, "forward", "fused = rgb_feat + depth_feat"),
        exc=(
            "RuntimeError: The size of tensor a (96) must match the size of tensor b (48) at non-singleton "
            "dimension 3"
        ),
    )
    r = root(text)
    assert (r.kind, r.category) == ("logic", "shape_mismatch"), r.details.get("rule")
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("model/fusion.py", 41)


@pytest.mark.parametrize(
    "title",
    [
        "# Cuda out of Memory\n",
        "# Cuda Out Of Memory Error\n",
        "Cuda out of memory issue\n",
    ],
)
def test_cuda_out_of_memory_retyped_in_a_title_is_cuda_oom(title):
    text = title + "\nI lowered the batch size to 2 and it still happens. Any idea?\n"
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "cuda_oom"), r.details.get("rule")


def test_the_library_wording_of_cuda_out_of_memory_still_names_its_own_entry():
    r = root("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.50 GiB\n")
    assert r.details["rule"] == "strong:cuda_oom:CUDA out of memory"


@pytest.mark.parametrize(
    "message",
    [
        "ValueError: The global train batch size (2 x 1) must be evenly divisible by the number of generations per "
        "prompt (6). Given the current train batch size, the valid values for the number of generations are: [2].",
        "ValueError: Total number of attention heads (20) must be divisible by tensor parallel size (6).",
    ],
)
def test_sizes_a_trainer_requires_to_divide_are_the_runs_configuration(message):
    text = _tb(("scripts/grpo.py", 57, "<module>", "trainer = build_trainer(cfg)"), exc=message)
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "config_error"), r.details.get("rule")


def test_a_model_size_that_must_divide_stays_a_hyperparameter():
    # (not the run's parallel layout: the model's own width against its heads)
    text = _tb(
        ("train.py", 12, "<module>", "model = Net(dim=100, heads=3)"),
        exc="AssertionError: dim must be divisible by heads",
    )
    r = root(text)
    assert (r.kind, r.category) == ("logic", "hyperparameter"), r.details.get("rule")


def test_a_frame_line_opened_by_a_prose_quote_is_read():
    text = (
        "Going on with training I now hit this:\n"
        '"File "/data/work/tryon/models/warp_model.py", line 212, in forward\n'
        '    out = cloth * (1 - mask) + mask * warped"\n'
        '"RuntimeError: The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1"\n'
    )
    r = root(text)
    assert r.category == "shape_mismatch", r.details.get("rule")
    assert r.frame is not None and (r.frame.file, r.frame.line) == (
        "/data/work/tryon/models/warp_model.py",
        212,
    )


@pytest.mark.parametrize(
    ("log", "flagged"),
    [
        ("[step 40] update actor done\nWARN: rank 0 grad_norm is not finite: inf\n", True),
        # (read before round 115 too)
        ("epoch 3 done\nthe loss was non-finite at step 1200, skipping the batch\n", True),
        # a sentence that a value is finite is no NaN
        ("epoch 3 done\nchecked: grad_norm is finite at every step\n", False),
    ],
)
def test_the_monitor_flags_a_norm_or_loss_a_trainer_says_is_not_finite(log, flagged):
    kinds = [f.kind for f in flags_for_text(log)]
    assert ("nan_inf" in kinds) is flagged, kinds
