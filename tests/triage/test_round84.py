"""Round 84 (docs/accuracy.md, after sets IU-JB): an index tensor on another device than the tensor it indexes is a
device mismatch; a kernel's "unspecified launch failure" and cuFFT's internal error are CUDA errors; "cannot import
name ... (unknown location)" is an import error whose cure is a shadowing folder or an unfinished install, never a
version change; torch.load of a file in a newer format is the installed PyTorch's age; out of memory as one item of
an issue template's list of topics is not a report. Texts written for this project."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text

from .conftest import triage_root as root


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "RuntimeError: indices should be either on cpu or on the same device as the indexed tensor (cpu)\n",
            "device_mismatch",
        ),
        (
            "THCudaCheck FAIL file=/opt/torch/aten/src/THC/THCTensorCopy.cu line=102 error=4 : unspecified launch "
            "failure\nTraceback (most recent call last):\n"
            '  File "fit_keypoints.py", line 88, in <module>\n'
            "    run_epoch(net, feeder)\n"
            "RuntimeError: cuda runtime error (4)\n",
            "cuda_error",
        ),
        ("RuntimeError: cuFFT error: CUFFT_INTERNAL_ERROR\n", "cuda_error"),
    ],
)
def test_the_gpus_own_words_settle_the_category(text, category):
    r = root(text)
    assert (r.kind, r.category) == ("runtime", category)


def test_a_name_from_a_bare_folder_is_an_import_error_with_no_upgrade():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/srv/kira/search/run_cells.py", line 6, in <module>\n'
        "    from cellnets import build_tiny_cell\n"
        "ImportError: cannot import name 'build_tiny_cell' from 'cellnets' (unknown location)\n"
    )
    report = triage_text(text)
    r = report.errors[report.root_cause]
    assert (r.kind, r.category) == ("runtime", "import_error")
    assert "__init__.py" in r.explanation
    assert "shadows" in str(r.fix) and "pip install" not in str(r.fix)


def test_a_checkpoint_newer_than_the_installed_pytorch_is_the_environment():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/data/tor/depthnet/load_weights.py", line 19, in restore\n'
        "    state = torch.load(path, map_location='cpu')\n"
        "RuntimeError: version_ <= kMaxSupportedFileFormatVersion INTERNAL ASSERT FAILED at "
        "/pytorch/caffe2/serialize/inline_container.cc:131, please report a bug to PyTorch. Attempted to read a "
        "PyTorch file with version 3, but the maximum supported version for reading is 2. Your PyTorch "
        "installation may be too old.\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_out_of_memory_listed_among_a_templates_topics_is_not_an_oom():
    text = (
        "Can the released keypoint weights be fine-tuned?\n\n"
        "Loading them fails: the solver says a required field is missing.\n\n"
        "### Before posting\n"
        "1. Read the FAQ first, e.g., **slow training, out-of-memory, wrong output format, no detections**, ...\n"
        "2. Fill in your system configuration (GPU model, CUDA version).\n"
    )
    assert root(text).category != "cuda_oom"


def test_guard_out_of_memory_told_in_a_sentence_is_still_read():
    text = "Training on the RTX 3090 stops at epoch 3 with out of memory, every time.\n"
    assert (root(text).kind, root(text).category) == ("runtime", "cuda_oom")
