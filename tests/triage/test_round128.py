"""Round 128 (docs/accuracy.md, section 92, from the misses of sets WJ-WQ): PyTorch's "No CUDA GPUs are available" is
held unknown (a machine without a GPU, a CUDA_VISIBLE_DEVICES or a --cuda flag naming none, a hard-coded .cuda() are
labelled alike); PyTorch's compiled core missing ("No module named 'torch._C'"), Lightning 2.0's Trainer refusing the
arguments 1.x took and torch._six's removed names told alone are the environment; PyTorch 1.x's "expected device cpu
but got device cuda:0" is a device mismatch; an indexed assignment whose values do not fit is a shape mismatch. Texts
written for this project."""

from __future__ import annotations

from .conftest import framed_traceback as _tb
from .conftest import root_answer as _answer


def test_no_cuda_gpus_is_not_claimed_for_the_environment():
    text = _tb(
        ("infer.py", 31, "<module>", "model = build_model().cuda()"),
        (
            "/home/ana/.venv/lib/python3.10/site-packages/torch/cuda/__init__.py",
            302,
            "_lazy_init",
            "torch._C._cuda_init()",
        ),
        exc="RuntimeError: No CUDA GPUs are available",
    )
    assert _answer(text) == ("unknown", None)


def test_no_hip_gpus_is_still_the_environment():
    assert _answer("RuntimeError: No HIP GPUs are available\n") == ("runtime", "environment")


def test_pytorchs_compiled_core_missing_is_the_environment_not_a_package_to_install():
    text = _tb(
        ("serve.py", 2, "<module>", "import torch"),
        (
            "/home/ana/.venv/lib/python3.13/site-packages/torch/__init__.py",
            290,
            "<module>",
            "from torch._C import *",
        ),
        exc="ModuleNotFoundError: No module named 'torch._C'",
    )
    assert _answer(text) == ("runtime", "environment")


def test_a_private_module_of_another_build_stays_an_import():
    # mmcv's compiled ops come with the full build (another package to install): not claimed by the torch._C reading
    assert _answer("ModuleNotFoundError: No module named 'mmcv._ext'\n") == ("runtime", "import_error")


def test_lightning_two_refusing_gpus_is_the_environment():
    text = _tb(
        ("fit.py", 58, "main", "trainer = pl.Trainer(gpus=1, max_epochs=20)"),
        (
            "/opt/env/lib/python3.11/site-packages/lightning/pytorch/utilities/argparse.py",
            70,
            "insert_env_defaults",
            "return fn(self, **kwargs)",
        ),
        exc="TypeError: Trainer.__init__() got an unexpected keyword argument 'gpus'",
    )
    assert _answer(text) == ("runtime", "environment")


def test_another_unexpected_keyword_is_not_claimed_for_lightning():
    text = _tb(
        ("fit.py", 58, "main", "net = Net(width=64, depht=3)"),
        exc="TypeError: Net.__init__() got an unexpected keyword argument 'depht'",
    )
    assert _answer(text)[1] != "environment"


def test_torch_six_name_told_alone_is_the_environment():
    text = "ImportError: cannot import name 'container_abcs'\n\nfrom torch._six import container_abcs\n"
    assert _answer(text) == ("runtime", "environment")


def test_old_pytorch_expected_device_is_a_device_mismatch():
    text = _tb(
        ("search.py", 204, "step", "total = total + reward * mask"),
        exc="RuntimeError: expected device cpu but got device cuda:0",
    )
    assert _answer(text) == ("runtime", "device_mismatch")


def test_indexed_assignment_that_does_not_fit_is_a_shape_mismatch():
    text = _tb(
        ("voxelize.py", 77, "forward", "canvas[:, idx] = feats"),
        exc=(
            "RuntimeError: shape mismatch: value tensor of shape [96, 64] cannot be broadcast to indexing result "
            "of shape [120, 64]"
        ),
    )
    assert _answer(text) == ("logic", "shape_mismatch")
