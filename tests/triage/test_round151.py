"""Round 151 (docs/accuracy.md, section 101, from a blind reading of the field corpus): a text that shows an error a
program printed is never answered "No traceback or error found". With no traceback and no known phrase, the last
resort reads more of the shapes printed errors take -- Python's own (an exception's repr, a line with a space before
its colon, an attribute's absence, a DataLoader worker's report, a traceback's header or frames alone), Lua's
(Torch7), Rust's panic, the C library's heap checks, TensorFlow's records of a failed kernel or a missing checkpoint
key, a bracketed ERROR level, a record's bracketed time before "Error:" -- and answers unknown with the line. Texts
written for this project."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text


def root(text: str):
    report = triage_text(text)
    return None if report.root_cause is None else report.errors[report.root_cause]


@pytest.mark.parametrize(
    "text, line",
    [
        # Python's shapes without a traceback
        (
            "Augmenting the tiles fails here:\nAxisError('axis 3 is out of bounds for array of dimension 3')\n",
            2,
        ),
        ("Summaries for split dev\nIndexError : list index(2) out of range\n", 2),
        (
            "The sampler prints\nmodule 'tilekit.ops.knn' has no attribute 'radius_query'\nafter the rebuild.\n",
            2,
        ),
        ("Caught KeyError in DataLoader worker process 3\n\nThe json was regenerated yesterday.\n", 1),
        ("stage 2 of the pipeline stops:\nengine.step(micro_id)  AssertionError\n", 2),
        ("the reward is computed, then\n\n> assert len(summary) == len(reference)\n", 3),
        (
            "title\n\n\\ ChildFailedError( torch.distributed.elastic.multiprocessing.errors.ChildFailedError: ==\n",
            3,
        ),
        ("'SegHead is not in the mmengine::model registry. Please check whether the value is correct'\n", 1),
        ("hydra\n\nkey 'overrides' is not in struct\nfull_key: hydra.overrides\n", 3),
        # a traceback whose header or frames alone survived the paste
        (
            "epoch 2 done\n┌──────────── Traceback (most recent call last) ────────────┐\n│ fit.py:88 in main │\n",
            2,
        ),
        ("building vocab ... done\nsaving to out/vocab.json\nTraceback\n", 3),
        ('the second run ended with\n# File "/opt/lab/ops/knn.py", line 41, in knn\n', 2),
        ("Cell In[7]\n---> 12     arr = h5['tiles'][idx]\n", 2),
        # Lua (Torch7), Rust, the C library
        (
            "epoch 3\n/home/ana/torch/install/bin/luajit: /home/ana/torch/install/share/lua/5.1/nn/Linear.lua:51: "
            "size mismatch at /tmp/luarocks/THTensorMath.c:41\n",
            2,
        ),
        (
            "after installing the OpenCL backend:\n\n/home/ana/torch/install/share/lua/5.1/nn/Container.lua:67: \n"
            "In 2 module of nn.Sequential:\nstack traceback:\n\t[C]: in function 'assert'\n",
            3,
        ),
        (
            "[1,2]<stderr>:[node-07:4411] [ 1] /usr/lib/x86_64-linux-gnu/libc.so.6(+0x42520)[0x7f21a6c42520]\n"
            "[1,2]<stderr>:[node-07:4411] [ 2] /opt/sok/lib/libsok.so(_ZN3sok4initEv+0x1c)[0x7f21a0011c1c]\n",
            1,
        ),
        (
            "dedup pass 2\nthread 'main' panicked at 'index out of bounds: the len is 0 but the index is 0'\n",
            2,
        ),
        ("Validation   0%|          | 0/4 [00:00<?, ?it/s]free(): invalid pointer\n", 1),
        ("writing shard 12\ndouble free or corruption (out)\n", 2),
        # records: TensorFlow's, a bracketed ERROR level, a bracketed time before "Error:", a lower-case failure
        (
            "2024-02-01 09:10:11.100000: W tensorflow/core/framework/op_kernel.cc:1745] OP_REQUIRES failed at "
            "save_restore_v2_ops.cc:207 : Out of range: Read less bytes than requested\n",
            1,
        ),
        (
            "2024-02-01 09:10:11.100000: W tensorflow/core/framework/op_kernel.cc:1745] Not found: Key enc/conv3/bias "
            "not found in checkpoint\n",
            1,
        ),
        ("[Circuits 1.4|ERROR|2025-03-04 10:00:00]: cx is not a native gate of this backend\n", 1),
        (
            "[2025-03-04 10:00:00] Error: requested shape 1x8000 for parameter 'out_b' does not match 1x8002\n",
            1,
        ),
        ("loading weights\nfailed loading state_dicts, check the path: runs/gru.epoch=40.pth\n", 2),
        ("Error executing job with overrides: ['trainer.devices=2', 'data.batch=64']\n", 1),
    ],
)
def test_a_printed_error_is_unknown_with_its_line_not_no_error_found(text, line):
    r = root(text)
    assert r is not None, "an error a program printed was there: not 'no error found'"
    assert (r.kind, r.category) == ("unknown", None)
    assert r.log_lines["start"] == line


@pytest.mark.parametrize(
    "text",
    [
        # code that builds an error without a message printed, a question naming one, warnings, TensorFlow's
        # optional-library notes, a writer's report of bad results
        'pending = [ValueError("bad tile") for _ in range(3)]\nlen(pending)\n',
        "Which of these raises AxisError('axis 3 is out of bounds') first?\n",
        "2024-02-01 09:10:11.100000: W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load "
        "dynamic library 'libcudart.so.11.0'\nepoch 1 loss 0.41\nepoch 2 loss 0.39\n",
        "/opt/lab/fit.py:40: UserWarning: the tile cache is cold\n  warnings.warn(msg)\nepoch 1 acc 0.61\n",
        "The F1 stays at 0.42 after 30 epochs, the paper reports 0.58. Any idea what to change?\n",
    ],
)
def test_no_printed_error_is_still_no_error_found(text):
    report = triage_text(text)
    assert report.root_cause is None, report.errors
    assert report.summary.startswith("No traceback or error found")
