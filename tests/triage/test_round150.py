"""Round 150 (docs/accuracy.md, section 100, from the first sight of sets ABW-ACT): code written for another release
than the one installed, told in the newer release's own words, is the environment -- Keras 3 refusing the layer
arguments it dropped, Keras 2.11's optimizer given variables it was not built with, Python 2's builtins under Python
3, a standalone Keras layer added to a tf.keras model, macOS's loader not finding a library a compiled package links,
Qiskit 1.0 installed beside an older Qiskit. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import root_answer as _answer


def _traceback(line: str, message: str) -> str:
    return f'Traceback (most recent call last):\n  File "fit_model.py", line 61, in <module>\n    {line}\n{message}\n'


@pytest.mark.parametrize(
    "line, message",
    [
        (
            "model = keras.models.load_model('gru_tagger.h5')",
            "ValueError: Unrecognized keyword arguments passed to GRU: {'time_major': False, 'reset_after': True}",
        ),
        (
            "x = layers.Embedding(vocab, 64, batch_input_shape=[32, None])(inp)",
            "ValueError: Unrecognized keyword arguments passed to Embedding: {'batch_input_shape': [32, None]}",
        ),
        (
            "opt.apply_gradients(zip(grads, head.trainable_variables))",
            "KeyError: 'The optimizer cannot recognize variable head/bias:0. This usually means you are trying to call "
            "the optimizer to update different parts of the model separately. Please call `optimizer.build(variables)` "
            "with the full list of trainable variables before the training loop or use legacy optimizer "
            "`tf.keras.optimizers.legacy.Adam.'",
        ),
        ("if isinstance(n, long):", "NameError: name 'long' is not defined"),
        (
            "model.add(MelLayer(n_fft=512))",
            "TypeError: The added layer must be an instance of class Layer. Found <melkit.layers.MelLayer object at "
            "0x7f3a2c1d0e50>",
        ),
        (
            "import simkernel",
            "ImportError: dlopen(/Users/ri/venv/lib/python3.10/site-packages/simkernel/_core.so, 0x0002): Library not "
            "loaded: @rpath/libgsl.25.dylib",
        ),
        (
            "from qiskit import QuantumCircuit",
            "ImportError: Qiskit is installed in an invalid environment that has both Qiskit >=1.0 and an earlier "
            "version.",
        ),
    ],
)
def test_code_for_another_release_told_in_the_newer_releases_words_is_the_environment(line, message):
    assert _answer(_traceback(line, message)) == ("runtime", "environment")


@pytest.mark.parametrize(
    "line, message",
    [
        # a keyword the user invented, not one a release dropped
        (
            "x = layers.Dense(64, widht=3)(inp)",
            "ValueError: Unrecognized keyword arguments passed to Dense: {'widht': 3}",
        ),
        # a class the script itself defines that is no Layer
        (
            "model.add(Block(64))",
            "TypeError: The added layer must be an instance of class Layer. Found <__main__.Block object at 0x7f2a>",
        ),
        # a script's own name, undefined
        ("print(file.name)", "NameError: name 'file' is not defined"),
    ],
)
def test_a_users_own_slip_is_not_put_on_the_release(line, message):
    assert _answer(_traceback(line, message)) != ("runtime", "environment")
