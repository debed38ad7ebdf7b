"""Round 55 (docs/accuracy.md): a checkpoint that does not fit the model is found and left unknown -- another
configuration, another release or another model as often as a wrong model definition (3 right, 10 wrong as
architecture at first sight on sets DK-EH) -- unless its keys differ from the model's by DataParallel's "module."
prefix, which is how the model was wrapped when it was saved. A frame line opened by a paste's backtick is a frame.
Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


def loading(detail: str, model: str = "Decoder") -> str:
    return (
        "Traceback (most recent call last):\n"
        '  File "/home/lin/sr/test.py", line 40, in main\n'
        "    net.load_state_dict(torch.load(args.ckpt))\n"
        '  File "/opt/env/lib/python3.11/site-packages/torch/nn/modules/module.py", line 2153, in load_state_dict\n'
        "    raise RuntimeError('Error(s) in loading state_dict for {}:\\n\\t{}'.format(\n"
        f"RuntimeError: Error(s) in loading state_dict for {model}:\n"
        f"\t{detail}\n"
    )


@pytest.mark.parametrize(
    "detail",
    [
        "size mismatch for head.weight: copying a param with shape torch.Size([10, 512]) from checkpoint, the shape "
        "in current model is torch.Size([5, 512]).",
        'Missing key(s) in state_dict: "body.3.conv.weight", "body.3.conv.bias".',
        'Unexpected key(s) in state_dict: "ema.decay", "ema.num_updates".',
    ],
)
def test_a_checkpoint_that_does_not_fit_the_model_is_found_and_left_unknown(detail):
    r = root(loading(detail))
    assert (r.kind, r.category, r.exception) == ("unknown", None, "RuntimeError")
    assert (r.frame.file, r.frame.line) == ("/home/lin/sr/test.py", 40)


@pytest.mark.parametrize(
    "detail, model",
    [
        ('Missing key(s) in state_dict: "module.conv1.weight", "module.bn1.weight".', "Decoder"),
        ('Unexpected key(s) in state_dict: "module.conv1.weight".', "Decoder"),
        ('Missing key(s) in state_dict: "conv1.weight".', "DataParallel"),
    ],
)
def test_keys_that_differ_by_dataparallels_prefix_are_unknown_since_round_98(detail, model):
    # a DataParallel checkpoint was right 5 times, wrong 6 on the field corpus (another release or model as often)
    r = root(loading(detail, model))
    assert (r.kind, r.category) == ("unknown", None)


def test_a_frame_line_opened_by_a_backtick_is_a_frame():
    text = (
        '` File "/work/sp/fit.py", line 331, in run_mcmc\n'
        "    mcmc.run(rng_key, obs=y)\n"
        '  File "/opt/env/lib/python3.10/site-packages/numpyro/infer/util.py", line 745, in initialize_model\n'
        "    raise RuntimeError(\n"
        "RuntimeError: Cannot find valid initial parameters. Please check your model again.`\n"
    )
    r = root(text)
    assert (r.frame.file, r.frame.line) == ("/work/sp/fit.py", 331)
