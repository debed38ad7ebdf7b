"""Round 105 (docs/accuracy.md, section 84): read from the misses of sets PH-PO -- TensorFlow 1's summary op refusing
a histogram gone NaN, and the two modules a major release removed (TensorFlow 2's contrib, Keras 3's src.engine),
while any other well-known package's missing submodule stays unclaimed; round 106 (from sets PP-PW): cuRAND's
failure status. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root

USER = ("/srv/fit/train.py", 42, "<module>", "sess.run(train_op, feed_dict=feed)")
SP = "/opt/env/lib/python3.7/site-packages"


@pytest.mark.parametrize("word", ["in", "is"])  # (a paste may carry the typo)
def test_a_summary_histogram_gone_nan_is_numerical(word):
    text = _tb(
        USER,
        (
            f"{SP}/tensorflow/python/client/session.py",
            1348,
            "_do_call",
            "raise type(e)(node_def, op, message)",
        ),
        exc=f"tensorflow.python.framework.errors_impl.InvalidArgumentError: Nan {word} summary histogram for: "
        "dense_2/kernel_0\n\t [[Node: dense_2/kernel_0 = HistogramSummary[T=DT_FLOAT]]]",
    )
    r = root(text)
    assert (r.kind, r.category) == ("logic", "numerical"), r.details.get("rule")


@pytest.mark.parametrize("module", ["tensorflow.contrib", "tensorflow.contrib.slim", "keras.src.engine"])
def test_a_module_a_major_release_removed_is_the_environments(module):
    r = root(_tb(USER, exc=f"ModuleNotFoundError: No module named '{module}'"))
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


def test_another_well_known_packages_missing_submodule_stays_unclaimed():
    r = root(_tb(USER, exc="ModuleNotFoundError: No module named 'tensorflow.models'"))
    assert (r.kind, r.category) == ("unknown", None), r.details.get("rule")


def test_curand_failing_on_the_gpu_is_a_cuda_kernel_failure():
    text = (
        "I0412 10:01:02.000000  4242 solver.cpp:218] Iteration 0 (0 iter/s, 0.41s/20 iters), loss = 2.3\n"
        "F0412 10:01:03.000000  4242 math_functions.cu:394] Check failed: status == CURAND_STATUS_SUCCESS "
        "(201 vs. 0)  CURAND_STATUS_LAUNCH_FAILURE\n"
        "*** Check failure stack trace: ***\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "cuda_error"), r.details.get("rule")
