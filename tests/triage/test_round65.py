"""Round 65 (docs/accuracy.md, after sets GI-GL): PyTorch's "Trying to backward through the graph a second time" is
found and left unknown, with its lines, instead of being called a loss error -- on the field corpus that reading was
right 3 times and wrong 5 (the labellers leave it unknown where the thread never says which tensor kept the old
graph). Texts written for this project."""

from __future__ import annotations

from .conftest import triage_root as root


def test_backward_through_the_graph_a_second_time_is_found_and_left_unknown():
    text = (
        "Traceback (most recent call last):\n"
        '  File "train_snn.py", line 88, in <module>\n'
        "    loss.backward()\n"
        '  File "/opt/envs/snn/lib/python3.10/site-packages/torch/_tensor.py", line 522, in backward\n'
        "    torch.autograd.backward(self, gradient, retain_graph, create_graph, inputs=inputs)\n"
        "RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after "
        "they have already been freed). Specify retain_graph=True if you need to backward through the graph a "
        "second time.\n"
    )
    r = root(text)
    assert (r.kind, r.category, r.exception) == ("unknown", None, "RuntimeError")
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("train_snn.py", 88)


def test_guard_the_loss_rules_other_words_still_settle_it():
    r = root("RuntimeError: grad can be implicitly created only for scalar outputs\n")
    assert (r.kind, r.category) == ("logic", "loss")
