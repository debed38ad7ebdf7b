"""Round 147 (docs/accuracy.md, section 100, from set ABY's first sight): TensorFlow's image decoders refusing a file
of the data that is no image -- "Expected image (JPEG, PNG, or GIF), got unknown format starting with ..." (a
.DS_Store or a BMP in the image folder), "Unknown image file format. One of JPEG, PNG, GIF, BMP required." -- are
the data's (data_pipeline), as PIL's "cannot identify image file" is. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import root_answer as _answer

_FRAMES = (
    "Traceback (most recent call last):\n"
    '  File "train_pets.py", line 88, in <module>\n'
    "    loss_value, _ = sess.run([loss, train_op])\n"
    '  File "/opt/conda/lib/python3.6/site-packages/tensorflow/python/client/session.py", line 1370, in _do_call\n'
    "    raise type(e)(node_def, op, message)\n"
)


@pytest.mark.parametrize(
    "message",
    [
        "tensorflow.python.framework.errors_impl.InvalidArgumentError: Expected image (JPEG, PNG, or GIF), got "
        "unknown format starting with '\\000\\000\\000\\001Bud1\\000\\000'\n\t [[{{node DecodeJpeg}}]]\n",
        "tensorflow.python.framework.errors_impl.InvalidArgumentError: 2 root error(s) found.\n"
        "  (0) Invalid argument: Unknown image file format. One of JPEG, PNG, GIF, BMP required.\n"
        "\t [[{{node DecodeJpeg}}]]\n",
    ],
)
def test_a_file_of_the_data_that_is_no_image_is_the_data(message):
    assert _answer(_FRAMES + message) == ("logic", "data_pipeline")


def test_another_invalid_argument_from_the_same_op_is_not_claimed_for_the_data():
    message = (
        "tensorflow.python.framework.errors_impl.InvalidArgumentError: Invalid JPEG data or crop window\n"
    )
    assert _answer(_FRAMES + message) != ("logic", "data_pipeline")
