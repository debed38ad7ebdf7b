"""Round 124 (docs/accuracy.md, section 90, from the misses of sets VL-VS): transformers 4's flat modules
(transformers.modeling_bert) that later releases moved, Caffe built without its Python layer, and a whole model
pickled by an older PyTorch whose modules lack attributes the newer one reads are the environment. Texts written
for this project."""

from __future__ import annotations

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root


def test_transformers_flat_module_of_release_3_is_the_environment():
    text = _tb(
        ("run_summarizer.py", 7, "<module>", "from transformers.configuration_t5 import T5Config"),
        exc="ModuleNotFoundError: No module named 'transformers.configuration_t5'",
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_a_transformers_submodule_of_todays_layout_is_not_claimed_so():
    text = _tb(
        ("train.py", 3, "<module>", "import transformers.models.mytiny"),
        exc="ModuleNotFoundError: No module named 'transformers.models.mytiny'",
    )
    assert root(text).category != "environment"


def test_caffe_without_its_python_layer_is_the_environment():
    text = (
        "I0607 09:12:01.100 net.cpp:84] Creating Layer input-data\n"
        "F0607 09:12:01.101 layer_factory.hpp:81] Check failed: registry.count(type) == 1 (0 vs. 1) Unknown layer "
        "type: Python (known types: AbsVal, Accuracy, ArgMax, BatchNorm, Concat)\n"
        "*** Check failure stack trace: ***\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_a_model_pickled_by_an_older_pytorch_is_the_environment():
    text = _tb(
        ("detect.py", 51, "run", "pred = model(img)[0]"),
        (
            ".venv/lib/python3.10/site-packages/torch/nn/modules/upsampling.py",
            156,
            "forward",
            "return F.interpolate(",
        ),
        exc="AttributeError: 'Upsample' object has no attribute 'recompute_scale_factor'",
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_pytorch_installed_outside_site_packages_is_not_the_users_code():
    text = _tb(
        ("/scratch/u/burst/trainers/loop.py", 66, "cycle", "for batch in loader:"),
        ("/sw/python_gpu/3.8.5/torch/utils/data/dataloader.py", 1177, "_shutdown_workers", "w.join()"),
        exc="RuntimeError: DataLoader worker (pid 4100) is killed by signal: Killed.",
    )
    r = root(text)
    assert r.frame is not None and r.frame.file.endswith("loop.py")
