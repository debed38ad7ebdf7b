"""Shapes met in sets BC to BF (Keras 3 and TensorFlow 2 pipelines; the JAX ecosystem; community diffusion
trainers; multi-agent and game RL), one test per behaviour, in this project's own words and values."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


def test_a_submodule_a_well_known_installed_package_lacks_is_not_claimed() -> None:
    # the installed release may lack it or the package be missing: the field corpus labels the two equally often
    # (environment until round 104; Keras 3's src.engine and TensorFlow 2's contrib are the environment's again
    # since round 105: test_round105)
    r = root(
        "Traceback (most recent call last):\n"
        '  File "/opt/envs/tv/lib/python3.11/site-packages/tv_extras/backbones.py", line 22, in <module>\n'
        "    from torchvision.models.utils import load_state_dict_from_url\n"
        "ModuleNotFoundError: No module named 'torchvision.models.utils'\n"
    )
    assert (r.kind, r.category) == ("unknown", None)
    assert not r.fix  # nothing to pip install: torchvision may be there, at another release


@pytest.mark.parametrize(
    "missing",
    [
        "No module named 'keras'",  # the package itself: an install
        "No module named 'mmcv._ext'",  # a compiled part another build of the package carries
        "No module named 'datasets_local.coco'",  # the repository's own modules
    ],
)
def test_a_missing_package_its_compiled_part_or_the_projects_own_module_stays_import_error(
    missing: str,
) -> None:
    r = root(
        "Traceback (most recent call last):\n"
        '  File "/srv/det/train.py", line 3, in <module>\n'
        "    import x\n"
        f"ModuleNotFoundError: {missing}\n"
    )
    assert r.category == "import_error"


@pytest.mark.parametrize(
    "line",
    [
        "jaxlib.xla_extension.XlaRuntimeError: UNKNOWN: TPU initialization failed: No ba5e0 device found.",
        "jaxlib.xla_extension.XlaRuntimeError: INVALID_ARGUMENT: DLPack tensor is on GPU, but no GPU backend was "
        "provided.",
    ],
)
def test_jax_without_the_accelerator_it_was_asked_for_is_the_environment(line: str) -> None:
    assert root(line + "\n").category == "environment"


def test_cusolver_failing_under_xla_is_a_cuda_error() -> None:
    r = root("jaxlib.xla_extension.XlaRuntimeError: INTERNAL: cuSolver internal error\n")
    assert (r.kind, r.category) == ("runtime", "cuda_error")


@pytest.mark.parametrize(
    "after",
    [
        "Install the older evolib release (pip install evolib==0.8); the newer package changed this.",
        "please go back to an older tensorflow release for now",
        "With 2.14.1 it trains fine now, thanks!",
    ],
)
def test_an_older_release_named_as_the_cure_is_the_environment(after: str) -> None:
    error = "AttributeError: 'str' object has no attribute 'species_set_type'\n\n"
    assert root(error + after + "\n").category == "environment"


@pytest.mark.parametrize(
    "line",
    [
        "torch._dynamo.exc.BackendCompilerFailed: backend='inductor' raised: RuntimeError: Found NVIDIA Quadro P4000 "
        "which is too old to be supported by the triton GPU compiler, which is used as the backend. Triton only "
        "supports devices of CUDA Capability >= 7.0, but your device is of CUDA capability 6.1",
        "RuntimeError: Expected is_sm8x || is_sm90 to be true, but got false.",
    ],
)
def test_a_gpu_older_than_the_compiled_kernels_support_is_the_environment(line: str) -> None:
    r = root(line + "\n")
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_projects_compiled_extension_never_built_is_the_environment() -> None:
    r = root(
        "ImportError: cannot import name '_C' from 'groundingdino' (/srv/gd/groundingdino/__init__.py)\n"
    )
    assert (r.kind, r.category) == ("runtime", "environment")


def test_cudnns_missing_engine_is_a_cuda_error() -> None:
    r = root("RuntimeError: GET was unable to find an engine to execute this computation\n")
    assert (r.kind, r.category) == ("runtime", "cuda_error")


@pytest.mark.parametrize(
    "text",
    [
        "Training error: OOM\n\nRunning the script I end up with: killed by OOM killer\n",
        "epoch 3 37%|███▋      | 412/1100\nkilled;\nmemory was at its limit, 15.9 GB\n",
    ],
)
def test_the_out_of_memory_killer_told_in_words_is_the_hosts_memory(text: str) -> None:
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")
