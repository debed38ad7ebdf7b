"""Round 56 (docs/accuracy.md): NCCL's check that two ranks share one GPU is a distributed error told in NCCL's
own words, with or without its log prefix. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "line",
    [
        "gpu7:4410:4410 [1] init.cc:488 NCCL WARN Duplicate GPU detected : rank 1 and rank 0 both on CUDA device 4f000",
        "Duplicate GPU detected : rank 2 and rank 3 both on CUDA device 1a000",
    ],
)
def test_two_ranks_on_one_gpu_is_distributed(line):
    r = root("## multi-GPU training fails\n\n" + line + "\n")
    assert (r.kind, r.category) == ("runtime", "distributed")


def test_a_question_about_duplicate_gpus_is_not_an_error():
    from trainerd.triage.service import triage_text

    assert (
        triage_text("How do I avoid a duplicate GPU detected warning when I run two jobs?\n").root_cause
        is None
    )


def test_an_ipython_exception_line_of_another_type_than_its_header_is_the_error():
    text = (
        "```\n"
        "ValueError                                Traceback (most recent call last)\n"
        "<ipython-input-4-0a1b2c3d4e5f> in <module>()\n"
        "      2 for xb, yb in loader:\n"
        "----> 3     out = qnet(xb)\n"
        "\n"
        "/opt/env/lib/python3.9/site-packages/qlib/bridge.py in forward(ctx, x, w) \n"
        "    \n"
        "     40         ctx.save_for_backward(x, w)\n"
        "---> 41         res = circuit.run(x.numpy(), w.numpy())\n"
        "\n"
        "TypeError: can't convert cuda:0 device type tensor to numpy. Use Tensor.cpu() to copy the tensor to host\n"
        "```\n"
        "maintainer: thanks, looking into it\n"
    )
    r = root(text)
    assert (r.exception, r.kind, r.category) == ("TypeError", "runtime", "device_mismatch")
    assert (r.frame.file, r.frame.line) == ("<ipython-input-4-0a1b2c3d4e5f>", 3)


def test_prose_after_an_ipython_traceback_cut_before_its_exception_is_no_exception_line():
    text = (
        "RuntimeError                              Traceback (most recent call last)\n"
        "Cell In[7], line 2\n"
        "      1 model = build()\n"
        "----> 2 model.fit(x, y)\n"
        "\n"
        "maintainer: could you paste the rest?\n"
    )
    assert root(text).exception == "RuntimeError"


def test_a_markdown_title_opening_with_an_exception_name_is_an_unknown_error():
    text = "# ChildFailedError at denoiser step 0\n\n```\nDEBUG 03-01 world_size=4 rank=1 backend=nccl\n"
    r = root(text)
    assert (r.exception, r.kind) == ("ChildFailedError", "unknown")


def test_tensorflow_saver_given_no_checkpoint_path_is_file_not_found():
    r = root(
        "!python run.py --restore 'runs/gan_final.index'\n"
        "**ValueError: The passed save_path is not a valid checkpoint: runs/gan_final.index**\n"
    )
    assert (r.kind, r.category) == ("runtime", "file_not_found")


def test_a_pasted_log_whose_loss_is_called_cost_gets_the_monitor_flag():
    from trainerd.monitor import flags_for_text
    from trainerd.triage.service import triage_text

    text = "# sampler outputs nan for two modes\n\nRep: 0 Cost: 4.21 Fid: 0.1\nRep: 1 Cost: nan Fid: nan\n"
    report = triage_text(text, monitor=flags_for_text)
    assert [f.kind for f in report.monitor_flags] == ["nan_inf"]


def _view_error(message: str) -> str:
    return (
        "Traceback (most recent call last):\n"
        '  File "/home/ana/spikes/train.py", line 88, in <module>\n'
        "    left = left.view(batch, 2, 32, 48)\n"
        f"RuntimeError: {message}\n"
    )


def test_a_view_that_asks_for_more_items_than_the_last_batch_holds_says_so():
    r = root(_view_error("shape '[8, 2, 32, 48]' is invalid for input of size 9216"))
    assert r.details["short_batch"] == {"held": 3, "wanted": 8}
    assert "holds exactly 3 item(s)" in r.explanation and "drop_last=True" in r.explanation


@pytest.mark.parametrize(
    "message",
    [
        "shape '[8, 2, 32, 48]' is invalid for input of size 9217",  # not whole items
        "shape '[8, 2, 32, 48]' is invalid for input of size 27648",  # more items than asked: not a short batch
        "shape '[-1, 2, 32, 48]' is invalid for input of size 100",
        "shape '[8, -1, 48]' is invalid for input of size 1000",
        "shape '[8, 2, 32, 48]' is invalid for input of size 0",
    ],
)
def test_other_invalid_views_make_no_short_batch_claim(message):
    r = root(_view_error(message))
    assert "short_batch" not in r.details and "drop_last" not in r.explanation
