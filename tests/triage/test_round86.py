"""Round 86 (docs/accuracy.md, after sets JK-JR): jax.numpy's "<op> got incompatible shapes for broadcasting" is a
shape mismatch; older XLA's "Resource exhausted: Out of memory while trying to allocate" is the device's memory; a
multi-host JAX barrier past its deadline is distributed; Flax's ScopeParamShapeError (stored parameters of another
shape than the module builds, as a checkpoint for another model) is not read as a shape error by its type name; a
VS Code "Exception has occurred" paste whose frames open at module level is already in Python's order. Texts written
for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("TypeError: mul got incompatible shapes for broadcasting: (16, 3), (8, 3).", "shape_mismatch"),
        (
            "RuntimeError: Resource exhausted: Out of memory while trying to allocate 96468975616 bytes.",
            "cuda_oom",
        ),
        (
            "jaxlib.xla_extension.XlaRuntimeError: DEADLINE_EXCEEDED: Barrier timed out. Barrier_id: "
            "PjRT_Client_Connect. Timed out task names: /job:jax_worker/replica:0/task:3",
            "distributed",
        ),
    ],
)
def test_jax_and_xlas_own_words_settle_the_category(line, category):
    r = root(line + "\n")
    assert r.category == category and r.kind in ("runtime", "logic")


def test_flax_parameters_of_another_shape_are_not_claimed_as_a_shape_error():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/ren/potentials/fit_ensemble.py", line 77, in <module>\n'
        "    state = restore_params(model, ckpt_dir)\n"
        "flax.errors.ScopeParamShapeError: Initializer expected to generate shape (64, 128) but got shape "
        '(64, 96) instead for parameter "kernel" in "/readout/dense_1".\n'
    )
    assert root(text).category != "shape_mismatch"


def test_a_vscode_paste_in_pythons_own_order_is_not_reversed():
    text = (
        "Exception has occurred: TypeError\n"
        "add got incompatible shapes for broadcasting: (128, 3), (64, 3).\n"
        '  File "/work/grid/fit_grid.py", line 210, in <module>\n'
        "    main()\n"
        '  File "/work/grid/fit_grid.py", line 180, in main\n'
        "    loss = objective(params)\n"
        '  File "/work/grid/voxels.py", line 77, in sample_points\n'
        "    pts = origins + steps * dirs\n"
    )
    r = root(text)
    assert r.category == "shape_mismatch"
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("/work/grid/voxels.py", 77)
