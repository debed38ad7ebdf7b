"""Round 81 (docs/accuracy.md, after sets II-IL): library words whose meaning is plain, found unanswered -- MXNet's
storage manager's "cudaMalloc failed: out of memory" (cuda_oom), a DataLoader's sampler generator on another device
than the default tensor type (device_mismatch), bitsandbytes' failed CUDA set-up and "torch.cuda.FloatTensor is not
enabled" (environment), transformers given a local folder without the file it loads (file_not_found; a hub id
stays unknown: a missing weights file there is the release's format, not a path). Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "[09:14:02] src/storage/./pooled_storage_manager.h:151: cudaMalloc failed: out of memory\n",
            "cuda_oom",
        ),
        ("RuntimeError: Expected a 'cpu' device type for generator but found 'cuda'\n", "device_mismatch"),
        (
            "CUDA SETUP: Loading binary /opt/env/lib/python3.10/site-packages/bitsandbytes/libbitsandbytes_cpu.so...\n"
            "CUDA SETUP: Something unexpected happened. Please compile from source:\n"
            "CUDA SETUP: Setup Failed!\n",
            "environment",
        ),
        ("RuntimeError: torch.cuda.FloatTensor is not enabled.\n", "environment"),
        (
            "OSError: ./weights/glm-6b/ does not appear to have a file named config.json. Checkout "
            "'https://huggingface.co/./weights/glm-6b//None' for available files.\n",
            "file_not_found",
        ),
    ],
)
def test_plain_library_words_settle_their_category(text, category):
    assert root(text).category == category


def test_guard_a_hub_id_without_the_file_is_not_a_missing_path():
    text = "OSError: acme/tiny-llm does not appear to have a file named pytorch_model.bin but there is a file for TensorFlow weights.\n"
    assert root(text).category != "file_not_found"
