"""Round 107 (docs/accuracy.md, section 85): read from the misses of sets PX-QE -- code written for an older release
run on a newer one, in the newer release's own words (NumPy 2's removed aliases, PyTorch's old-style autograd
Function), old PyTorch's out of memory retyped without its spaces, Ultralytics' dataset check finding no images.
Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root

USER = ("/home/mo/lab/run_al.py", 57, "select", "scores = np.full(n, -np.Inf)")
SP = "/opt/conda/lib/python3.12/site-packages"


@pytest.mark.parametrize(
    "alias, cure", [("np.Inf", "np.inf"), ("np.NaN", "np.nan"), ("np.float_", "np.float64")]
)
def test_an_alias_numpy_2_removed_is_the_environment(alias, cure):
    exc = f"AttributeError: `{alias}` was removed in the NumPy 2.0 release. Use `{cure}` instead."
    r = root(_tb(USER, (f"{SP}/numpy/__init__.py", 411, "__getattr__", "raise AttributeError("), exc=exc))
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


def test_an_alias_numpy_2_removed_told_as_a_lone_line_is_the_environment():
    text = (
        "Fresh env with numpy 2.1, the loop stops at once:\n\n"
        "AttributeError: `np.Inf` was removed in the NumPy 2.0 release. Use `np.inf` instead.\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_an_old_style_autograd_function_on_a_newer_pytorch_is_the_environment():
    text = _tb(
        (
            "/work/det/layers/nms.py",
            31,
            "forward",
            "keep = Detect(self.num_classes, 0, 200)(loc, conf, priors)",
        ),
        (f"{SP}/torch/autograd/function.py", 301, "__call__", "raise RuntimeError("),
        exc="RuntimeError: Legacy autograd function with non-static forward method is deprecated. Please use "
        "new-style autograd function with static forward method. (Example: "
        "https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)",
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


@pytest.mark.parametrize(
    "line",
    [
        "RuntimeError:cuda runtime error(2):out of memory",
        "RuntimeError: cuda runtime error(2) : out of memory at /pytorch/aten/src/THC/THCCachingAllocator.cpp:510",
        "RuntimeError: cuda runtime error (2) : out of memory at /pytorch/torch/lib/THC/generic/THCStorage.cu:58",
    ],
)
def test_old_pytorchs_out_of_memory_with_or_without_its_spaces_is_cuda_oom(line):
    text = f"# {line}\n\nTwo 8 GB cards, it fails at once. Why?\n"
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "cuda_oom"), r.details.get("rule")


def test_old_pytorchs_other_runtime_errors_are_not_out_of_memory():
    text = "RuntimeError: cuda runtime error(59) : device-side assert triggered at /pytorch/THC/THCTensor.cu:12\n"
    assert root(text).category != "cuda_oom"


def test_ultralytics_finding_no_images_for_a_dataset_is_file_not_found():
    text = _tb(
        ("/mnt/job/train_parts.py", 19, "<module>", "model.train(data='parts.yaml', epochs=5)"),
        (f"{SP}/ultralytics/data/utils.py", 318, "check_det_dataset", "raise FileNotFoundError(m)"),
        exc="FileNotFoundError: Dataset 'parts.yaml' images not found ⚠️, missing path '/mnt/data/parts/val/images'",
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "file_not_found"), r.details.get("rule")


def test_ultralytics_dataset_error_as_a_title_line_is_file_not_found():
    text = (
        "ERROR: Dataset 'bolts.yaml' images not found ⚠️, missing paths\n\nThe job fails on the data path.\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "file_not_found"), r.details.get("rule")
