"""Round 88 (docs/accuracy.md, after sets KA-KH): a platform string in an environment report ("Linux-...-with-glibc2.31")
is no GLIBC error; PyTorch before 1.0's "CUDA error (3): initialization error" is a CUDA error; a kernel assertion
from a templated signature whose arguments hold a negative number ("IdxDim = -2"), or a paste that ends right after
"block: ", is still read as a device-side assertion, named by its function; a frame line whose "<module>" GitHub's
markdown dropped as an HTML tag ("line 334, in") is still a frame. Stack-specific phrases: TensorFlow Probability
against another TensorFlow, stft without return_complex, old cuBLAS on a newer GPU, a display on a headless machine and
a copy that is no git checkout are the environment's; a Gym namespace not installed is an import error; early
PyTorch's gather of different sizes is a shape mismatch. Texts written for this project."""

from __future__ import annotations

from .conftest import triage_root as root

_THC = (
    "/opt/torch-src/aten/src/THC/THCTensorIndex.cu:255: void indexSelectLargeIndex(TensorInfo<T, IndexType>, "
    "TensorInfo<T, IndexType>, TensorInfo<long, IndexType>, int, int, IndexType, IndexType, long) [with T = float, "
    "IndexType = unsigned int, DstDim = 2, SrcDim = 2, IdxDim = -2, IndexIsMajor = true]: block: "
)


def test_a_build_path_naming_glibc_is_no_glibc_error():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/ana/dock/score.py", line 88, in <module>\n'
        "    pose.assign(chain_b)\n"
        "RuntimeError: File: /build/PyDock/Linux-5.15.0-91-generic-x86_64-with-glibc2.31/release/src/residue.hh:210\n"
        "[ ERROR ] UtilityExitException: residue 14 has no atom named CB\n"
    )
    assert root(text).category != "environment"


def test_guard_a_missing_glibc_version_is_still_the_environments():
    text = "ImportError: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by ./_ops.so)\n"
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_an_old_cuda_error_with_its_number_in_brackets_is_a_cuda_error():
    text = (
        "terminate called after throwing an instance of 'at::Error' what(): CUDA error (3): initialization error "
        "(check_status at /src/aten/src/ATen/cuda/detail/CUDAHooks.cpp:36)\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "cuda_error")


def test_a_templated_kernel_assertion_is_read_and_named_by_its_function():
    text = _THC + "[7,0,0], thread: [96,0,0] Assertion `srcIndex < srcSelectDimSize` failed.\n"
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "cuda_error")
    assert "failed in indexSelectLargeIndex, 1 line)" in r.message


def test_a_kernel_assertion_cut_after_block_is_still_a_device_side_assertion():
    text = "Training on the full split fails with:\n" + _THC + "\n\nAny idea?\n"
    assert (root(text).kind, root(text).category) == ("runtime", "cuda_error")


def test_tensorflow_probability_against_another_tensorflow_is_the_environments():
    text = (
        "ImportError: This version of TensorFlow Probability requires TensorFlow version >= 2.9; Detected an "
        "installation of version 2.4.1. Please upgrade TensorFlow to proceed.\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_stft_without_return_complex_is_code_from_before_pytorch_2():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/data/svc/audio/mel.py", line 52, in spectrogram\n'
        "    spec = torch.stft(wav, n_fft, hop_length=hop, win_length=win, window=window, center=False)\n"
        '  File "/venv/lib/python3.10/site-packages/torch/functional.py", line 641, in stft\n'
        "    return _VF.stft(input, n_fft, hop_length, win_length, window,  # type: ignore[attr-defined]\n"
        "RuntimeError: stft requires the return_complex parameter be given for real inputs, and will further "
        "require that return_complex=True in a future PyTorch release.\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_old_cublas_failing_to_execute_is_unknown_since_round_98():
    # 4 environment, 3 labelled otherwise on the field corpus
    text = (
        "RuntimeError: cublas runtime error : the GPU program failed to execute at "
        "/opt/conda/conda-bld/pytorch_1544174967633/work/aten/src/THC/THCBlas.cu:258\n"
    )
    assert (root(text).kind, root(text).category) == ("unknown", None)


def test_guard_cublas_failing_in_a_recent_build_is_not_claimed_for_the_environment():
    text = "RuntimeError: CUDA error: CUBLAS_STATUS_EXECUTION_FAILED when calling `cublasSgemm( handle, opa, opb)`\n"
    assert root(text).category != "environment"


def test_a_display_opened_on_a_headless_machine_is_the_environments():
    text = "glfw.GLFWError: (65544) b'X11: Failed to open display :1'\n"
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_a_checkout_that_is_no_git_repository_is_the_environments():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/li/navsim/train.py", line 30, in <module>\n'
        "    sha = git.Repo(search_parent_directories=True).head.object.hexsha\n"
        '  File "/usr/lib/python3/dist-packages/git/repo/base.py", line 224, in __init__\n'
        "    raise InvalidGitRepositoryError(epath)\n"
        "git.exc.InvalidGitRepositoryError: /home/li/navsim\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_a_gym_namespace_whose_package_is_missing_is_an_import_error():
    text = "gym.error.NamespaceNotFound: Namespace ALE not found. Have you installed the proper package for ALE?\n"
    assert (root(text).kind, root(text).category) == ("runtime", "import_error")


def test_early_pytorchs_gather_of_different_sizes_is_a_shape_mismatch():
    text = (
        "RuntimeError: invalid argument 2: Input tensor must have same size as output tensor apart from the "
        "specified dimension at /pytorch/aten/src/THC/generic/THCTensorMath.cu:41\n"
    )
    assert (root(text).kind, root(text).category) == ("logic", "shape_mismatch")


def test_a_frame_whose_module_name_markdown_dropped_is_still_the_users_frame():
    text = (
        "Traceback (most recent call last):\n"
        'File "tools/train_det.py", line 212, in\n'
        "outputs = detector(images, targets)\n"
        'File "/opt/py/lib/python3.8/site-packages/torch/nn/modules/module.py", line 1102, in _call_impl\n'
        "return forward_call(*input, **kwargs)\n"
        "RuntimeError: mat1 and mat2 shapes cannot be multiplied (16x1024 and 2048x91)\n"
    )
    r = root(text)
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("tools/train_det.py", 212)
