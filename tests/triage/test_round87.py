"""Round 87 (docs/accuracy.md, after sets JS-JZ): a sampler over an empty dataset is no hyperparameter when markdown
ate the underscore ("num samples=0"); a VS Code "Exception has occurred" report keeps every line of its message (an
einops error's "Shape mismatch" on its third line was lost); TensorFlow's "Shapes of all inputs must match" is a
shape mismatch; a traceback with no rank prefix right before torchelastic's "failed (exitcode: 1) local_rank: N" is
rank N's. Texts written for this project."""

from __future__ import annotations

from trainerd.triage.service import triage_text

from .conftest import triage_root as root


def test_an_empty_sampler_with_its_underscore_lost_is_not_a_hyperparameter():
    text = "ValueError: num samples should be a positive integer value, but got num samples=0\n"
    assert root(text).category != "hyperparameter"


def test_guard_a_sampler_asked_for_a_negative_count_is_still_a_hyperparameter():
    text = "ValueError: num_samples should be a positive integer value, but got num_samples=-4\n"
    assert (root(text).kind, root(text).category) == ("logic", "hyperparameter")


def test_a_vscode_report_keeps_its_whole_message():
    text = (
        "Exception has occurred: EinopsError\n"
        ' Error while processing rearrange-reduction pattern "b (nh wh) (nw ww) c -> b nh nw wh ww c".\n'
        " Input tensor shape: torch.Size([2, 50, 50, 64]). Additional info: {'wh': 8, 'ww': 8}.\n"
        " Shape mismatch, can't divide axis of length 50 in chunks of 8\n"
        '  File "/work/segm/backbone/windows.py", line 41, in partition\n'
        "    return rearrange(x, pattern, wh=8, ww=8)\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("logic", "shape_mismatch")
    assert r.frame is not None and r.frame.file.endswith("windows.py")


def test_tensorflows_stack_of_different_shapes_is_a_shape_mismatch():
    text = "Invalid argument: Shapes of all inputs must match: values[0].shape = [512,40] != values[1].shape = [377,40]\n"
    assert (root(text).kind, root(text).category) == ("logic", "shape_mismatch")


_AGENT = (
    "ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: 1) local_rank: 2 (pid: 4411) of binary: "
    "/opt/envs/lm/bin/python3\n"
)


def test_the_agents_failed_worker_names_the_rank_of_the_traceback_before_it():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/srv/lm/finetune.py", line 212, in <module>\n'
        "    avg = total / count\n"
        "ZeroDivisionError: float division by zero\n" + _AGENT
    )
    report = triage_text(text)
    assert report.errors[report.root_cause].rank == 2


def test_guard_a_rank_the_prefixes_give_is_kept():
    text = (
        "[rank1]: Traceback (most recent call last):\n"
        '[rank1]:   File "/srv/lm/finetune.py", line 212, in <module>\n'
        "[rank1]:     avg = total / count\n"
        "[rank1]: ZeroDivisionError: float division by zero\n" + _AGENT
    )
    report = triage_text(text)
    assert report.errors[report.root_cause].rank == 1
