"""Round 134 (docs/accuracy.md, section 95, from the misses of sets YF-YM): MXNet's check failing on a GPU index the
machine lacks is the run's configuration, as PyTorch's words are; Caffe's image layer that cannot open a listed file
is a missing file; a run said killed with the run named first ("Process Killed") is the host's memory; a value
printed as NaN beside its name in a line the metric parser does not read is flagged by the monitor. Texts written
for this project."""

from __future__ import annotations

import pytest

from trainerd.monitor import flags_for_text
from trainerd.triage.service import triage_text

from .conftest import root_answer as _answer


def _flags(text: str) -> list[str]:
    return [f.kind for f in triage_text(text, monitor=flags_for_text).monitor_flags]


def test_mxnets_check_on_a_gpu_index_the_machine_lacks_is_the_configuration():
    text = (
        "Running the demo on my laptop (one GPU) with --gpus 1 stops at once:\n\n"
        "[10:02:11] src/engine/threaded_engine.cc:320: Check failed: e == cudaSuccess CUDA: invalid device ordinal\n"
        "Stack trace returned 4 entries:\n"
        "[bt] (0) /opt/mx/lib/libmxnet.so(+0x1a2b3c) [0x7f00aa]\n"
    )
    assert _answer(text) == ("runtime", "config_error")


def test_caffes_check_in_its_own_numbers_is_still_not_claimed_as_configuration():
    # control: the bare words after Caffe's numbered check (a Jetson, a CPU-only build print them too)
    text = (
        "F0412 10:02:11.123 common.cpp:152] Check failed: error == cudaSuccess (10 vs. 0)  invalid device ordinal\n"
        "*** Check failure stack trace: ***\n"
    )
    assert _answer(text) != ("runtime", "config_error")


def test_caffes_image_layer_that_cannot_open_a_listed_file_is_a_missing_file():
    text = (
        "Training the segmentation net stops at the first batch\n\n"
        "it prints: Could not open or find file /srv/voc/labels_aug/2011_000412.png\n\n"
        "what am I missing?\n"
    )
    assert _answer(text) == ("runtime", "file_not_found")


@pytest.mark.parametrize(
    "said",
    [
        "Process Killed\n\nThe filtering step ends the same way each time on a 16 GB machine. Is that too little?\n",
        "Training killed at 30k steps\n\nNothing else is printed; the box has 12 GB of memory.\n",
        'I ran the export twice and both times it ends with the process "killed" after an hour.\n',
    ],
)
def test_a_run_said_killed_with_the_run_named_first_is_the_hosts_memory(said):
    assert _answer(said) == ("runtime", "environment")


def test_a_process_killed_by_hand_is_not_the_hosts_memory():
    # control: killed by the writer, not the out-of-memory killer
    text = "Process killed by me with ctrl-c after the first epoch, and now the resume does not start.\n"
    assert _answer(text) != ("runtime", "environment")


@pytest.mark.parametrize(
    "line",
    [
        "epoch 4 | train = nan | dev = nan",
        "Region 82 Avg IOU: -nan, Class: -nan, Obj: -nan, No Obj: 0.38, count: 0",
        "Epoch[0] Batch [200]  Speed: 3.10 samples/sec  Train-Acc=0.71,  RPNL1Loss=nan,  RCNNAcc=0.66",
        "test  mse:3.91, mae:1.22, mape:inf, corr:0.77",
    ],
)
def test_a_value_printed_nan_beside_its_name_is_flagged(line):
    text = f"From the second epoch on the numbers look wrong:\n\n```\n{line}\n{line}\n```\n"
    assert "nan_inf" in _flags(text)


@pytest.mark.parametrize(
    "line",
    [
        "max_dataset_size: inf",
        "booster = Booster(params, missing=NAN)",
        "mask = torch.full((4, 4), fill_value=nan)",
    ],
)
def test_a_setting_or_a_datasets_nan_is_not_flagged(line):
    # control: an option dump's infinity, a library's NaN default, a tensor filled with NaN on purpose
    text = f"The options are printed before the first epoch:\n\n```\n{line}\n```\n"
    assert "nan_inf" not in _flags(text)
