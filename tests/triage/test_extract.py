"""Extraction: every traceback shape the issue lists, found in real or PyTorch-format logs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainerd.triage.classify import classify_text
from trainerd.triage.extract import clean_lines, extract

from .conftest import corpus_text


def root(text: str):
    results = classify_text(text)
    roots = [r for r in results if r.root_cause]
    assert len(roots) == 1
    return roots[0], results


def test_plain_traceback_frames_and_user_frame():
    errors = extract(corpus_text("real_shape_matmul.log"))
    assert len(errors) == 1
    block = errors[0].blocks[0]
    assert block.exception == "ValueError"
    assert "matmul" in block.message
    assert [f.file.rsplit("/", 1)[-1] for f in block.frames] == ["train.py", "model.py"]
    r, _ = root(corpus_text("real_shape_matmul.log"))
    assert (r.frame.file, r.frame.line, r.frame.function) == ("/home/user/proj/model.py", 4, "forward")
    assert r.frame.code == "return x @ w"


def test_chained_direct_cause_keeps_the_cause():
    # multiprocessing re-raises the worker's error "as the direct cause"
    errors = extract(corpus_text("real_multiprocessing_pool.log"))
    assert len(errors) == 1 and "chained" in errors[0].shapes
    assert [b.exception for b in errors[0].blocks] == ["FileNotFoundError", "FileNotFoundError"]
    assert errors[0].blocks[0].relation == "cause"
    r, _ = root(corpus_text("real_multiprocessing_pool.log"))
    assert r.frame.function == "preprocess"  # the worker's user frame, not the pool.map call


def test_chained_during_handling_picks_the_original_error():
    r, _ = root(corpus_text("real_chained_during_handling.log"))
    assert [c["exception"] for c in r.chain] == ["FileNotFoundError", "NameError"]
    assert r.chain[0]["relation"] == "context"
    assert r.category == "file_not_found"


def test_dataloader_original_traceback_is_the_root():
    r, _ = root(corpus_text("torch_dataloader_worker.log"))
    assert r.exception == "KeyError" and r.message == "'label'"
    assert (r.frame.line, r.frame.function) == (13, "__getitem__")
    assert r.chain[0]["relation"] == "original"


def test_several_tracebacks_root_is_the_first_failure_not_the_last():
    # real torchrun (gloo, CPU): rank 1 fails, rank 0 then errors in the barrier, the launcher raises last
    r, results = root(corpus_text("torch_torchrun_rank1_fails.log"))
    assert len(results) >= 3
    assert r.exception == "FileNotFoundError" and r.rank == 1
    others = [x for x in results if not x.root_cause]
    assert all(x.consequence for x in others)
    assert results[-1].log_lines["start"] > r.log_lines["start"]


def test_rank_prefixes_and_interleaved_ranks_are_separated():
    text = corpus_text("gpu_multirank_oom_watchdog.log")
    lines = clean_lines(text)
    assert {ln.rank for ln in lines} >= {0, 1}
    assert not any(ln.text.startswith("[rank") for ln in lines)
    r, results = root(text)
    assert r.category == "cuda_oom" and r.rank == 1
    assert {"rank_prefixed", "interleaved"} <= set(r.shapes)
    assert [f for f in r.details["user_frames"]][0]["line"] == 12
    watchdog = [x for x in results if x.category == "distributed"]
    assert watchdog and all(x.consequence and x.rank == 0 for x in watchdog)


def test_hard_wrapped_lines_are_joined():
    r, _ = root(corpus_text("gpu_hard_wrapped.log"))
    assert r.frame.file.endswith("src/training/loop/train_loop.py") and r.frame.line == 214
    assert "so the stacktrace below might be incorrect" in r.message  # the wrapped message line, glued back
    assert r.category == "cuda_error"


@pytest.mark.parametrize("width", [80, 100, 120, 160])
def test_a_complete_frame_line_at_a_wrap_width_is_not_glued_to_its_code(width):
    # long temp paths (pytest-xdist, CI) can make a frame line exactly as long as a terminal
    head = '  File "'
    tail = '/train.py", line 6, in <module>'
    path_dir = "/tmp/" + "d" * (width - len(head) - len(tail) - len("/tmp/"))
    frame_line = f"{head}{path_dir}{tail}"
    assert len(frame_line) == width
    text = "\n".join(
        [
            "Traceback (most recent call last):",
            frame_line,
            '    lr = cfg["learning_rate"]',
            "         ~~~^^^^^^^^^^^^^^^^^",
            "KeyError: 'learning_rate'",
        ]
    )
    r, _ = root(text)
    assert (r.frame.line, r.frame.function) == (6, "<module>")
    assert r.frame.code == 'lr = cfg["learning_rate"]'
    assert r.exception == "KeyError"


def test_traceback_glued_to_progress_bar_with_ansi_and_carriage_returns():
    text = corpus_text("gpu_ansi_glued_progress.log")
    assert "\x1b[" in text and "\r" in text
    r, _ = root(text)
    assert r.exception == "AssertionError" and r.message == "Torch not compiled with CUDA enabled"
    assert (r.frame.line, r.frame.function) == (58, "training_step")
    assert r.category == "environment"
    r2, _ = root(corpus_text("gpu_cuda_oom_grad_accum.log"))  # tqdm bar then "Traceback" on the same line
    assert r2.category == "cuda_oom" and r2.frame.line == 12


def test_rich_boxed_traceback():
    r, _ = root(corpus_text("real_rich_traceback.log"))
    assert "rich" in r.shapes
    assert (r.frame.line, r.frame.function) == (6, "load_checkpoint")
    assert r.exception == "FileNotFoundError"


def test_ipython_frames_real_and_gpu():
    r, _ = root(corpus_text("real_ipython_frames.log"))
    assert "ipython" in r.shapes and r.frame.file.endswith("model.py") and r.frame.line == 4
    assert (
        r.category is None
    )  # NumPy's broadcast refusal: no longer claimed since round 98 (1 right, 4 wrong)
    r2, _ = root(corpus_text("gpu_ipython_oom.log"))
    assert r2.frame.file == "~/proj/model.py" and r2.frame.line == 88 and r2.frame.function == "Block.forward"
    assert r2.category == "cuda_oom"


def test_cpp_frames_are_kept_out_of_the_message():
    r, _ = root(corpus_text("gpu_cpp_terminate_cuda.log"))
    assert r.exception == "c10::Error" and r.category == "cuda_error"
    assert r.cpp_frames >= 4
    assert "frame #" not in r.message


def test_headerless_torchrun_root_cause():
    r, _ = root(corpus_text("gpu_torchrun_sigkill.log"))
    assert "torchrun_root_cause" in r.shapes and r.rank == 0
    assert r.category == "environment"  # SIGKILL: the host ran out of memory
    unknown, _ = root(corpus_text("gpu_torchrun_exit1_no_traceback.log"))
    assert unknown.kind == "unknown" and "not in this log" in unknown.explanation


def test_headerless_nccl_watchdog_and_bare_cuda_error():
    r, results = root(corpus_text("gpu_nccl_watchdog_only.log"))
    assert r.category == "distributed" and "Watchdog caught collective operation timeout" in r.message
    assert any(x.exception == "c10::DistBackendError" for x in results)
    bare, _ = root(corpus_text("gpu_bare_cuda_error_line.log"))
    assert "bare_error_line" in bare.shapes and bare.message.startswith("CUDA error: no kernel image")
    assert bare.category == "environment"  # the build lacks this GPU's code: no kernel failed


def test_argparse_usage_error_without_traceback():
    r, _ = root(corpus_text("real_argparse_unrecognized.log"))
    assert r.category == "config_error" and "unrecognized arguments: --learning-rate" in r.message


def test_no_error_no_result():
    assert classify_text("epoch 1 loss 0.3\nepoch 2 loss 0.2\nValueError is a word here\n") == []


FRAGMENTS = [
    "Traceback (most recent call last):",
    '  File "/home/u/train.py", line 3, in main',
    '  File "/usr/lib/python3.11/site-packages/torch/x.py", line 9',
    "    x = y()",
    "    ^^^^^",
    "ValueError: bad",
    "KeyError: 'lr'",
    "RuntimeError: CUDA error: device-side assert triggered",
    "The above exception was the direct cause of the following exception:",
    "During handling of the above exception, another exception occurred:",
    "Original Traceback (most recent call last):",
    "[rank1]: ",
    "Root Cause (first observed failure):",
    "  rank      : 1 (local_rank: 1)",
    "  exitcode  : -9 (pid: 1)",
    "terminate called after throwing an instance of 'c10::Error'",
    "  what():  CUDA error",
    "frame #0: c10::Error::Error() + 0x1 (0x1 in /lib/libc10.so)",
    "╭──── Traceback (most recent call last) ────╮",
    "│ /home/u/train.py:3 in main │",
    "╰───────────────────────────────────────────╯",
    "ValueError                                Traceback (most recent call last)",
    "Cell In[3], line 5",
    "----> 5 f()",
    "  3%|▎  | 3/100 [00:01<00:30,  3.2it/s]\r",
    "\x1b[31m",
    "",
    "usage: train.py [-h]",
    "train.py: error: unrecognized arguments: --x",
]


@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=40), max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_text_is_triaged_without_crashing(parts):
    text = "\n".join(parts)
    results = classify_text(text)
    assert sum(r.root_cause for r in results) == (1 if results else 0)
    n_lines = text.count("\n") + 1
    for r in results:
        assert 1 <= r.log_lines["start"] <= r.log_lines["end"] <= n_lines
        assert r.kind in ("runtime", "logic", "unknown")
        assert r.explanation.startswith(
            (
                "The error is ",
                "A traceback ",
                "No traceback was found; log line",
                "No traceback or error line was found; line",
            )
        )
