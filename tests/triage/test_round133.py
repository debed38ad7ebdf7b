"""Round 133 (docs/accuracy.md, section 94, from the misses of sets XX-YE): an out of memory told with the card's own
"GPU RAM" is the GPU's, not the host's; transformers' "requires the X library but it was not found in your
environment" is a missing package; OpenCV's dnn reader failing to open a model file is a missing file; Theano's
removed `downsample` is the environment; SentencePiece asked for more pieces than its text holds is the run's
configuration. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import framed_traceback as _tb
from .conftest import root_answer as _answer


def _cut(first: str) -> str:
    return (
        first
        + "\n\n```\n"
        + "Traceback (most recent call last):\n"
        + '  File "tools/fit_joints.py", line 88, in <module>\n'
        + "    loss = net(batch, target)\n"
        + '  File "/opt/py27/lib/python2.7/site-packages/chainer/function.py", line 105, in __call__\n'
        + "    outputs = self.forward(in_data)\n"
        + '  File "/opt\n'
        + "```\n"
    )


def test_out_of_memory_told_with_the_cards_own_ram_is_the_gpus():
    text = _cut(
        "My card has 3GB of GPU RAM and training runs out of memory at the first batch. How much is needed?"
    )
    assert _answer(text) == ("runtime", "cuda_oom")


def test_out_of_memory_told_with_the_machines_ram_is_still_the_hosts():
    # control: the machine's RAM named on the line
    text = _cut("The box has 8GB of RAM and training runs out of memory while loading the frames on the GPU.")
    assert _answer(text) == ("runtime", "environment")


def test_an_optional_package_a_class_requires_is_a_missing_package():
    text = (
        "Loading the layout model fails in the notebook:\n\n"
        "PageSegmenter requires the detectron2 library but it was not found in your environment. You can install "
        "it with pip.\n"
    )
    assert _answer(text) == ("runtime", "import_error")


def test_opencvs_dnn_reader_that_cannot_open_its_model_file_is_a_missing_file():
    text = _tb(
        ("labeler/track.py", 41, "load_tracker", "net = cv2.dnn.readNetFromCaffe(proto, weights)"),
        exc=(
            "cv2.error: OpenCV(4.5.1) /tmp/opencv/modules/dnn/src/caffe/caffe_io.cpp:1121: error: (-2:Unspecified "
            "error) FAILED: fs.is_open(). Can't open \"models/tracker_deploy.prototxt\" in function 'ReadProtoFromTextFile'"
        ),
    )
    assert _answer(text) == ("runtime", "file_not_found")


@pytest.mark.parametrize(
    "exc", ["ImportError: cannot import name 'downsample'", "ImportError: cannot import name downsample"]
)
def test_theanos_removed_downsample_is_the_environment(exc):
    text = _tb(("nets/encoder.py", 7, "<module>", "from theano.tensor.signal import downsample"), exc=exc)
    assert _answer(text) == ("runtime", "environment")


def test_a_projects_own_downsample_helper_is_not_theanos():
    # control: a longer name of the project's own is not Theano's module
    text = _tb(
        ("nets/encoder.py", 7, "<module>", "from nets.blocks import downsample_block"),
        exc="ImportError: cannot import name 'downsample_block' from 'nets.blocks' (/work/seg/nets/blocks.py)",
    )
    assert _answer(text)[1] != "environment"


def test_sentencepiece_asked_for_more_pieces_than_its_text_holds_is_the_configuration():
    text = _tb(
        ("prep/tokenizer.py", 30, "train", "spm.SentencePieceTrainer.train(input=corpus, vocab_size=32000)"),
        exc=(
            "RuntimeError: Internal: src/trainer_interface.cc(661) [(trainer_spec_.vocab_size()) == "
            "(model_proto->pieces_size())] Vocabulary size too high (32000). Please set it to a value <= 8114."
        ),
    )
    assert _answer(text) == ("runtime", "config_error")
