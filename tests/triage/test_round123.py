"""Round 123 (docs/accuracy.md, section 90, from the misses of sets VD-VK): PyTorch 2's removed torch._six is the
environment, as TensorFlow 2's contrib is; Python 3.7's "cannot import name 'X'" on a line importing from a
well-known package is that package's release; a metric said in words to have turned NaN is flagged as the monitor
flags a NaN metric line; diffusers' "Make sure to install wandb" is a missing package. Texts written for this
project."""

from __future__ import annotations

from trainerd.monitor import flags_for_text
from trainerd.triage.service import triage_text

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root


def test_torch_six_removed_by_pytorch_2_is_the_environment():
    text = _tb(
        ("tools/pretrain.py", 9, "<module>", "from utils.dist import reduce_dict"),
        ("/srv/rt/utils/dist.py", 4, "<module>", "from torch._six import inf"),
        exc="ModuleNotFoundError: No module named 'torch._six'",
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")
    bare = "No module named 'torch._six'\n\nI get this as soon as pretraining starts.\n"
    assert root(bare).category == "environment"


def test_a_bare_no_module_named_line_is_still_pythons_import_error():
    assert root("No module named 'einops'\n\nafter cloning the repo and running train.py\n").category == (
        "import_error"
    )


def test_python_37s_cannot_import_name_from_a_well_known_package_is_its_release():
    text = _tb(
        ("train_net.py", 23, "<module>", "from parts.heads import build_head"),
        ("/home/ops/parts/heads.py", 14, "<module>", "from detectron2.layers import ShapeSpec, Linear"),
        exc="ImportError: cannot import name 'Linear'",
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_python_37s_cannot_import_name_from_the_projects_module_is_not_claimed_so():
    text = _tb(
        ("train.py", 5, "<module>", "from nets.backbone import Encoder"),
        exc="ImportError: cannot import name 'Encoder'",
    )
    assert root(text).category != "environment"


def test_a_metric_told_nan_in_words_is_flagged_with_the_answer():
    text = (
        "Validation loss goes to nan\n\n"
        "Training looks fine for two epochs, then valid_loss turns into 'nan' and stays there.\n"
    )
    report = triage_text(text, monitor=flags_for_text)
    assert "nan_inf" in [f.kind for f in report.monitor_flags]
    for said in ("I get NaN loss from the first batch.", "the SDR turns out NaN on most clips"):
        assert "nan_inf" in [f.kind for f in flags_for_text(said + "\n")], said


def test_nan_named_without_a_metric_turning_is_not_flagged():
    for said in (
        "Is there a check for NaN in the dataset loader?",
        "We replace nan values in the csv with zeros.",
    ):
        assert "nan_inf" not in [f.kind for f in flags_for_text(said + "\n")], said


def test_diffusers_asking_for_the_logger_package_is_a_missing_package():
    text = "ImportError: Make sure to install wandb if you want to use it for logging during training.\n"
    assert (root(text).kind, root(text).category) == ("runtime", "import_error")
