"""Round 87 (docs/accuracy.md, after sets JS-JZ): a sampler over an empty dataset is no hyperparameter when markdown
ate the underscore ("num samples=0"); a VS Code "Exception has occurred" report keeps every line of its message (an
einops error's "Shape mismatch" on its third line was lost); TensorFlow's "Shapes of all inputs must match" is a
shape mismatch. Texts written for this project."""

from __future__ import annotations

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
