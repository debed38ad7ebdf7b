"""Round 148 (docs/accuracy.md, section 100, from sets ACF and ACI at first sight): TensorFlow's convolutions given an
input whose channels are not the filter's ("input and filter must have the same depth: 3 vs 1", "Computed input depth
2 doesn't match filter input depth 1") are a shape mismatch, as PyTorch's "expected input to have 3 channels" is; and
a name missing from an installed Qiskit module is the installed release's (the environment), as a name missing from
torch or transformers is, not a package to install. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import root_answer as _answer

_TF_FRAMES = (
    "Traceback (most recent call last):\n"
    '  File "infer_disparity.py", line 57, in <module>\n'
    "    confidence = run_net(sess, left_maps)\n"
    '  File "/usr/lib/python3/dist-packages/tensorflow/python/client/session.py", line 1384, in _do_call\n'
    "    raise type(e)(node_def, op, message)\n"
)


@pytest.mark.parametrize(
    "message",
    [
        "tensorflow.python.framework.errors_impl.InvalidArgumentError: input and filter must have the same depth: 3 vs 1\n",
        "InvalidArgumentError: Computed input depth 4 doesn't match filter input depth 2 [Op:Conv2DBackpropInput]\n",
    ],
)
def test_an_input_whose_channels_are_not_the_filters_is_a_shape_mismatch(message):
    assert _answer(_TF_FRAMES + message) == ("logic", "shape_mismatch")


def test_a_name_missing_from_an_installed_qiskit_module_is_the_environment():
    text = (
        "Traceback (most recent call last):\n"
        '  File "qsvm_demo.py", line 4, in <module>\n'
        "    from qiskit.aqua.components.feature_maps import ZZFeatureMapper\n"
        "ImportError: cannot import name 'ZZFeatureMapper' from 'qiskit.aqua.components.feature_maps' "
        "(/home/ana/venv/lib/python3.8/site-packages/qiskit/aqua/components/feature_maps/__init__.py)\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_a_name_missing_from_a_small_installed_package_is_still_the_install():
    text = (
        "Traceback (most recent call last):\n"
        '  File "qsvm_demo.py", line 4, in <module>\n'
        "    from qubitkit.maps import ZZFeatureMapper\n"
        "ImportError: cannot import name 'ZZFeatureMapper' from 'qubitkit.maps' "
        "(/home/ana/venv/lib/python3.8/site-packages/qubitkit/maps.py)\n"
    )
    assert _answer(text) == ("runtime", "import_error")
