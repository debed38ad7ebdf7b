"""Round 122 (docs/accuracy.md, section 90, from the misses of sets UV-VC): a name missing from a module of the
project itself (its path outside any installed package) is an import error, not a library's version; ROCm's build
without code for the GPU, a cloud account's instance quota and Gym's environment ids its release does not register
are the environment; glog's CHECK on a failed CUDA call is a CUDA error; a GPU named by its memory ("an 80GB card")
places an out of memory told in words. Texts written for this project."""

from __future__ import annotations

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root


def test_a_name_missing_from_the_projects_own_module_is_an_import_error():
    text = _tb(
        ("tools/fit.py", 12, "<module>", "from detlab.models import build_head"),
        ("/data/u/detlab/detlab/models/__init__.py", 4, "<module>", "from .ops import roi_align_ext"),
        exc=(
            "ImportError: cannot import name 'roi_align_ext' from 'detlab.models.ops' "
            "(/data/u/detlab/detlab/models/ops/__init__.py)"
        ),
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "import_error"), r.details.get("rule")
    # (nothing to install: the module is the project's file, and the answer says so)
    assert r.proposal is None
    assert "module of this project" in r.fix and "nothing is installed" in r.fix, r.fix


def test_a_name_the_standard_library_lacks_is_not_the_projects_import():
    # (Python 3.10 moved the ABCs out of collections: a Python version, not the project's module)
    text = _tb(
        ("beats.py", 3, "<module>", "from collections import MutableMapping"),
        exc=(
            "ImportError: cannot import name 'MutableMapping' from 'collections' "
            "(/usr/lib/python3.12/collections/__init__.py)"
        ),
    )
    assert root(text).category != "import_error"


def test_a_name_missing_from_an_installed_package_is_not_the_projects_import():
    text = _tb(
        ("train.py", 5, "<module>", "from torchvision.models.utils import load_state_dict_from_url"),
        exc=(
            "ImportError: cannot import name 'load_state_dict_from_url' from 'torchvision.models.utils' "
            "(/opt/conda/lib/python3.10/site-packages/torchvision/models/utils.py)"
        ),
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_rocm_build_without_code_for_the_gpu_is_the_environment():
    text = (
        "Epoch 1/30\n"
        '2024-05-02 10:11:12 hip_code_object.cpp:120: guarantee(false && "hipErrorNoBinaryForGpu: Unable to find '
        'code object for all current devices!")\n'
        "Aborted (core dumped)\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_a_cloud_accounts_instance_quota_is_the_environment():
    text = (
        "estimator.fit(inputs)\n"
        "ResourceLimitExceeded: An error occurred (ResourceLimitExceeded) when calling the CreateTrainingJob "
        "operation: The account-level service limit 'ml.g5.2xlarge for training job usage' is 0 Instances\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_gym_ids_its_release_does_not_register_are_the_environment():
    deprecated = _tb(
        ("run_a2c.py", 30, "make_env", "env = gym.make('Pendulum-v4')"),
        (
            ".venv/lib/python3.8/site-packages/gym/envs/registration.py",
            210,
            "spec",
            "raise error.DeprecatedEnv(",
        ),
        exc="gym.error.DeprecatedEnv: Env Pendulum-v4 not found (valid versions include ['Pendulum-v0'])",
    )
    unknown_id = _tb(
        ("agent.py", 18, "<module>", "env = gym.make('procgen:procgen-maze-v0')"),
        (".venv/lib/python3.9/site-packages/gym/envs/registration.py", 198, "_assert_name_exists", "raise"),
        exc="gym.error.NameNotFound: Environment procgen-maze doesn't exist.",
    )
    for text in (deprecated, unknown_id):
        assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_a_namespace_gym_cannot_find_stays_an_import_error():
    text = _tb(
        ("play.py", 8, "<module>", "env = gym.make('ALE/Pong-v5')"),
        exc="gym.error.NamespaceNotFound: Namespace ALE not found. Have you installed the proper package for ALE?",
    )
    assert root(text).category == "import_error"


def test_glogs_check_on_a_failed_cuda_call_is_a_cuda_error():
    text = (
        "I0502 10:11:12.000 solver.cpp:228] Iteration 4200, loss = 0.81\n"
        "F0502 10:11:19.341 math_functions.cu:79] Check failed: error == cudaSuccess (30 vs. 0)  unknown error\n"
        "*** Check failure stack trace: ***\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "cuda_error")


def test_glogs_check_on_an_allocation_stays_out_of_memory():
    text = (
        "F0502 10:11:19.341 syncedmem.cpp:56] Check failed: error == cudaSuccess (2 vs. 0)  out of memory\n"
    )
    assert root(text).category == "cuda_oom"


def test_a_card_named_by_its_memory_places_an_out_of_memory_told_in_words():
    text = (
        "OOM when running stage two\n\n"
        "Stage one finishes, but stage two always stops with an out of memory error on our 48GB card.\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "cuda_oom")
    bare = "OOM when running stage two\n\nStage one finishes, but stage two always stops with an out of memory error.\n"
    assert root(bare).category != "cuda_oom"


def test_frame_lines_pasted_without_file_are_still_frames():
    # (the paste began after "File", leaving the quote, a backtick or nothing; Python 3.11's carets under a call)
    text = (
        "Training stops right away:\n\n"
        '/work/gen/scripts/sample.py", line 88, in run_sampler\n'
        "    model = load_model(ckpt, dtype=dtype)\n"
        "            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        '/opt/envs/gen/lib/python3.11/site-packages/mlx/nn/layers/base.py", line 310, in load_weights\n'
        '    raise ValueError(f"Missing parameters: {missing}.")\n'
        "ValueError: Missing parameters: head.bias.\n"
    )
    assert root(text).frame is not None and root(text).frame.file.endswith("sample.py")
    quoted = (
        "It fails at\n"
        '"poseplay/common/metrics.py", line 31, in mpjpe\n'
        "    assert pred.shape == gt.shape\n"
        "AssertionError\n"
    )
    r = root(quoted)
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("poseplay/common/metrics.py", 31)


def test_a_32_bit_windows_pythons_standard_library_is_not_the_users_code():
    text = _tb(
        (".\\make_boxes.py", 40, "extract", "p = subprocess.Popen(args)"),
        (
            "C:\\Users\\kim\\AppData\\Local\\Programs\\Python\\Python37-32\\lib\\subprocess.py",
            775,
            "__init__",
            "",
        ),
        exc="FileNotFoundError: [WinError 2] The system cannot find the file specified",
    )
    r = root(text)
    assert r.frame is not None and r.frame.file == ".\\make_boxes.py"
