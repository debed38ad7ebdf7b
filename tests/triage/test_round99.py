"""Round 99 (docs/accuracy.md, section 83, after sets NS-NZ): PyTorch's "CUDA driver error: <what>" is a driver
call that failed on the GPU (cuda_error), not a missing or old driver; JAX naming itself in "was removed in JAX
v0.6.0" is code written for another release (environment); a worker's line that an optional import failed and a
feature "will not be available" is no error. Texts written for this project."""

from __future__ import annotations

from trainerd.triage.service import triage_text

from .conftest import triage_root as root


def _tb(exc: str, msg: str) -> str:
    return (
        "Traceback (most recent call last):\n"
        '  File "/srv/bench/plan.py", line 51, in <module>\n'
        "    solve(world)\n"
        f"{exc}: {msg}\n"
    )


def test_a_cuda_driver_call_that_failed_is_a_cuda_error():
    r = root(_tb("RuntimeError", "CUDA driver error: operation not supported"))
    assert (r.kind, r.category) == ("runtime", "cuda_error")


def test_a_driver_too_old_is_still_the_environment():
    r = root(_tb("RuntimeError", "The NVIDIA driver on your system is too old (found version 10020)."))
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_name_removed_in_a_named_release_is_the_environment():
    r = root(_tb("AttributeError", "jax.tree_leaves was removed in JAX v0.6.0: use jax.tree.leaves instead."))
    assert (r.kind, r.category) == ("runtime", "environment")


def test_an_optional_import_that_leaves_a_feature_out_is_not_the_error():
    text = (
        "[node:pose-tools] ERROR: Failed to import fast_kernels, Error: No module named 'fast_kernels', "
        "int4 support will not be available.\n"
        "loading clip 3 of 8\n"
    )
    report = triage_text(text)
    assert report.root_cause is None or report.errors[report.root_cause].category != "import_error"
