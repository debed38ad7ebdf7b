"""Round 132 (docs/accuracy.md, section 94, from the misses of sets XP-XW): a traceback flattened onto one line with
its header cut is split back into frames and its exception line; NCCL's watchdog timing out on every rank, then a
traceback cut before its exception line, is the distributed failure; torch's OutOfMemoryError named in a sentence
is the GPU's memory (not the JVM's, not OpenCV's function of that name); names that well-known libraries' newer
releases dropped are the environment; binary cross-entropy refused under autocast is the loss; "No such file or
directory" quoted in a sentence with its path is a missing file. Texts written for this project."""

from __future__ import annotations

import pytest

from trainerd.triage.classify import classify_text

from .conftest import framed_traceback as _tb
from .conftest import root_answer as _answer
from .conftest import triage_root as root


def test_a_headless_traceback_flattened_onto_one_line_is_read():
    text = (
        "The sampler cell never finishes, it stops with:\n\n"
        '`  File "/opt/env/lib/python3.10/site-packages/torch/nn/modules/module.py", line 1501, in _call_impl    '
        'return forward_call(*args, **kwargs)  File "/work/painter/render.py", line 74, in forward    '
        'h = self.blocks(h)  File "/opt/env/lib/python3.10/site-packages/torch/nn/functional.py", line 1843, in '
        "softmax    ret = input.softmax(dim)RuntimeError: CUDA out of memory. Tried to allocate 3.1`\n"
    )
    t = root(text)
    assert (t.kind, t.category) == ("runtime", "cuda_oom")
    assert t.exception == "RuntimeError" and t.message.startswith("CUDA out of memory")


def _watchdog(rank: int) -> str:
    return (
        f"[E ProcessGroupNCCL.cpp:475] [Rank {rank}] Watchdog caught collective operation timeout: "
        f"WorkNCCL(SeqNum=9120, OpType=ALLREDUCE, Timeout(ms)=1800000) ran for 1800342 milliseconds before timing out."
    )


def test_watchdog_timeouts_then_a_traceback_cut_before_its_exception_is_the_distributed_failure():
    cut = (
        "Traceback (most recent call last):\n"
        '  File "pretrain_seg.py", line 301, in <module>\n'
        "    main(cfg)\n"
        '  File "pretrain_seg.py", line 188, in step\n'
        "    total.backward()\n"
    )
    text = "iter 410/9000 loss 0.913\n" + "\n".join(_watchdog(r) for r in (1, 0, 3, 2)) + "\n" + cut
    t = root(text)
    assert (t.kind, t.category) == ("runtime", "distributed")
    assert t.rank == 1 and t.frame is not None and (t.frame.file, t.frame.line) == ("pretrain_seg.py", 188)


def test_a_cut_traceback_that_names_its_error_still_wins_over_the_watchdog():
    # control: the traceback's own exception says more than the timeouts it caused
    text = (
        _watchdog(0)
        + "\n"
        + _tb(
            ("pretrain_seg.py", 188, "step", "total.backward()"),
            exc="RuntimeError: CUDA error: an illegal memory access was encountered",
        )
    )
    assert _answer(text) == ("runtime", "cuda_error")


_CUT_FRAMES = (
    "```\n"
    '[rank0]:   File "/opt/env/lib/python3.11/site-packages/open_clip/model.py", line 212, in encode_image\n'
    "[rank0]:     return self.visual(image)\n"
    '[rank0]:   File "/opt/env/lib/python3.11/site-packages/torch/nn/modules/module.py", line 1736, in _call\n'
    "[rank0]:     return forward_call(*args, **kwargs)\n"
    '[rank0]:   File "/opt/env/lib\n'
    "```\n"
)


def test_torchs_out_of_memory_type_named_in_a_sentence_is_the_gpus_memory():
    text = (
        "cache_clip_features.py -- OutOfMemoryError\n\n"
        "Started it with torchrun and it stops at once with OutOfMemoryError:\n\n" + _CUT_FRAMES
    )
    assert _answer(text) == ("runtime", "cuda_oom")


@pytest.mark.parametrize(
    "said",
    [
        # the JVM's heap (a Java tokenizer run from the data script)
        'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space',
        # OpenCV's C++ function of that name, its allocation size garbage
        "OpenCV Error: Insufficient memory (Failed to allocate 9223372036854775 bytes) in OutOfMemoryError, file "
        "/build/opencv/modules/core/src/alloc.cpp, line 52",
    ],
)
def test_an_out_of_memory_error_that_is_not_torchs_is_not_the_gpus(said):
    found = classify_text("Preparing the corpus fails:\n\n" + said + "\n")
    assert all(t.category != "cuda_oom" for t in found)


@pytest.mark.parametrize(
    "exc, frame_code",
    [
        (
            "TypeError: forward() got an unexpected keyword argument 'masked_lm_labels'",
            "out = mlm(ids, attention_mask=mask, masked_lm_labels=targets)",
        ),
        (
            "AttributeError: 'BertTokenizer' object has no attribute 'batch_encode_plus'",
            "enc = tok.batch_encode_plus(rows)",
        ),
        (
            "ImportError: cannot import name 'PILLOW_VERSION' from 'PIL' (/opt/env/lib/python3.8/site-packages/PIL/__init__.py)",
            "from torchvision import transforms",
        ),
        (
            "AttributeError: 'Trainer' object has no attribute 'lr_schedulers'",
            "sched = self.trainer.lr_schedulers[0]",
        ),
        (
            "RuntimeError: nvrtc: error: failed to open libnvrtc-builtins.so.11.7.",
            "y = fused_gelu(x)",
        ),
    ],
)
def test_names_newer_releases_dropped_are_the_environment(exc, frame_code):
    text = _tb(("tools/finetune_mlm.py", 95, "train_step", frame_code), exc=exc)
    assert _answer(text) == ("runtime", "environment")


def test_binary_cross_entropy_refused_under_autocast_is_the_loss():
    text = _tb(
        ("detector/losses.py", 61, "objectness", "return F.binary_cross_entropy(scores.sigmoid(), targets)"),
        exc=(
            "RuntimeError: torch.nn.functional.binary_cross_entropy and torch.nn.BCELoss are unsafe to autocast.\n"
            "Many models use a sigmoid layer right before the binary cross entropy layer."
        ),
    )
    assert _answer(text) == ("logic", "loss")


@pytest.mark.parametrize(
    "said",
    [
        "no such file or directory: './runs/stage1/best/tile_0042_prob.tiff'",
        "the script reports:  No such file or directory:  './splits/train.json'",
        "running the demo I get `No such file or directory weights/decoder_text.ckpt` -- where is this checkpoint?",
    ],
)
def test_no_such_file_quoted_in_a_sentence_with_its_path_is_a_missing_file(said):
    assert _answer("Evaluation does not start\n\n" + said + "\n") == ("runtime", "file_not_found")
