"""Round 77 (docs/accuracy.md, written before sets HW-HZ were read): TensorFlow's allocator out of memory is the
GPU's unless the words place it on the host -- TensorFlow trains on the GPU it finds, and of the field corpus's 27
samples whose OOM names no CPU, 26 were labelled cuda_oom. A ResourceExhaustedError whose message a notebook or a
paste box cut off is the same allocator's. The host's memory (device:CPU, "allocator cpu", a node placed on /cpu:0
on TensorFlow 1's annotation line) stays the environment's. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root

HEAD = (
    "Epoch 3/40\n"
    "Traceback (most recent call last):\n"
    '  File "fit_unet.py", line 61, in <module>\n'
    "    model.fit(train_ds, epochs=40)\n"
    '  File "/srv/venv/lib/python3.9/site-packages/tensorflow/python/eager/execute.py", line 54, in quick_execute\n'
    "    tensors = pywrap_tfe.TFE_Py_Execute(ctx._handle, device_name, op_name,\n"
)


OOM = "tensorflow.python.framework.errors_impl.ResourceExhaustedError: OOM when allocating tensor with "


@pytest.mark.parametrize(
    ("tail", "category"),
    [
        ("shape[16,96,256,256] and type float\n", "cuda_oom"),
        # (guards: the host's allocator, on the line or on TF1's node annotation after it)
        (
            "shape[64,512,512,3] and type float on /job:localhost/replica:0/task:0/device:CPU:0 by allocator cpu\n",
            "environment",
        ),
        (
            "shape[4096,512]\n"
            '\t [[Node: ema/update_7/sub = Sub[T=DT_FLOAT, _device="/job:localhost/replica:0/task:0/cpu:0"](ema/x)]]\n',
            "environment",
        ),
    ],
)
def test_an_oom_is_the_gpus_unless_its_words_place_it_on_the_host(tail, category):
    r = root(HEAD + OOM + tail)
    assert (r.kind, r.category) == ("runtime", category)


def test_a_notebooks_resource_exhausted_header_whose_message_was_cut_is_the_gpus():
    text = (
        "---------------------------------------------------------------------------\n"
        "ResourceExhaustedError                    Traceback (most recent call last)\n"
        "<ipython-input-7-2b1f> in <module>()\n"
        "----> 1 history = net.fit(x_tr, y_tr, batch_size=256)\n"
    )
    assert root(text).category == "cuda_oom"
