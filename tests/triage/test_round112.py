"""Rounds 112 and 113 (docs/accuracy.md, section 86). Round 112, from the misses of sets RD-RK: Python 2's unquoted
"No module named X" read as the quoted form is, a bare exception name in full-width parentheses (a CJK input
method's), and a writer's own plan to update a package not read as a reply settling the versions. Round 113, from
sets RL-RS: Keras refusing a legacy optimizer's checkpoint is the environment; a notebook's kernel told dead is
reported, not classified. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root


def test_python2s_unquoted_missing_module_is_import_error_with_nothing_to_install():
    # a compiled part of a source checkout that was never built, imported relatively by its own package
    text = _tb(
        ("./solve.py", 6, "<module>", "import caffe"),
        ("../../python/caffe/__init__.py", 1, "<module>", "from .pycaffe import Net, SGDSolver"),
        ("../../python/caffe/pycaffe.py", 13, "<module>", "from ._caffe import Net, SGDSolver, \\"),
        exc="ImportError: No module named _caffe",
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "import_error"), r.details.get("rule")
    assert r.proposal is None, r.proposal  # no package named `_caffe` is ever proposed for install


def test_python2s_unquoted_submodule_of_a_well_known_package_stays_unknown():
    # the installed release may lack the submodule or the package be missing: the words do not say which
    text = _tb(
        ("train.py", 3, "<module>", "from torchvision.models.utils import load_state_dict_from_url"),
        exc="ImportError: No module named torchvision.models.utils",
    )
    assert root(text).kind == "unknown"


def test_python2s_unquoted_missing_module_told_in_a_sentence_is_import_error():
    text = (
        "Running the evaluation script fails right away:\n"
        "ImportError: No module named lmdb_tools\n"
        "I installed everything from requirements.txt.\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "import_error"), r.details.get("rule")


def test_an_exception_named_in_full_width_parentheses_is_read():
    text = "您好，用新代码训练我的数据时直接报资源耗尽（ResourceExhaustedError），旧版本没有这个问题。\n"
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "cuda_oom"), r.details.get("rule")


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # the writer's own plan says nothing of what the cause was
        ("Same with one GPU. I'll try updating pytorch to 1.6 next.\n", ("unknown", None)),
        # a reply telling the user to update still settles the versions
        ("> Please try updating pytorch, 1.4 had this bug.\n", ("runtime", "environment")),
    ],
)
def test_an_update_the_writer_plans_settles_nothing_one_a_reply_advises_does(after, expected):
    text = (
        "Pretraining dies at the first epoch:\ntrain: Epoch 0\nFloating point exception (core dumped)\n\n"
        + after
    )
    r = root(text)
    assert (r.kind, r.category) == expected, r.details.get("rule")


def test_round113_kerass_refusal_of_a_legacy_optimizers_checkpoint_is_the_environment():
    text = _tb(
        ("/srv/kp/train.py", 41, "<module>", "model.load_weights(ckpt_path)"),
        (
            "/opt/venv/lib/python3.10/site-packages/keras/src/optimizers/optimizer.py",
            1213,
            "_create_or_restore_slot_variable",
            "raise ValueError(",
        ),
        exc="ValueError: You are trying to restore a checkpoint from a legacy Keras optimizer into a v2.11+ "
        "Optimizer, which can cause errors. Please update the optimizer referenced in your code to be an instance "
        "of `tf.keras.optimizers.legacy.Optimizer`, e.g.: `tf.keras.optimizers.legacy.Adam`.",
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


def test_round113_a_dead_kernel_told_with_nothing_else_is_unknown():
    text = "Training in the notebook: after epoch 3 the kernel has died and restarts, every time.\n"
    r = root(text)
    assert r.kind == "unknown" and "told" in r.shapes
