"""Round 78 (docs/accuracy.md, after sets HW-HZ and IA-ID): releases of well-known libraries that dropped or changed
what code written for an older release uses are the environment's -- librosa 0.10's keyword-only functions, NumPy's Generator
(gym's np_random since 0.22) without RandomState's methods, setuptools 59.6 without distutils.version, matplotlib
3.10 without tostring_rgb, a PyTorch built for NumPy 1 meeting NumPy 2, h5py 3's str attributes under Keras's
.decode(), and a library telling that something "was removed in v1.8" / "has been removed in v2.0.0". And the
process index torch.multiprocessing.spawn names above a traceback is that process's rank. Texts written for this
project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


def traceback(exception: str, message: str, library_frame: str = "") -> str:
    text = (
        "Traceback (most recent call last):\n"
        '  File "tools/fit_voice.py", line 77, in <module>\n'
        "    run(cfg)\n"
        '  File "tools/fit_voice.py", line 52, in run\n'
        "    feats = build(cfg)\n"
    )
    if library_frame:
        text += f'  File "/opt/env/lib/python3.10/site-packages/{library_frame}", line 311, in load_weights\n'
        text += "    value = read()\n"
    return text + f"{exception}: {message}\n"


@pytest.mark.parametrize(
    ("exception", "message"),
    [
        ("TypeError", "mel() takes 0 positional arguments but 5 were given"),
        ("AttributeError", "'numpy.random._generator.Generator' object has no attribute 'randint'"),
        ("AttributeError", "module 'distutils' has no attribute 'version'"),
        (
            "AttributeError",
            "'FigureCanvasAgg' object has no attribute 'tostring_rgb'. Did you mean: 'tostring_argb'?",
        ),
        ("RuntimeError", "Numpy is not available"),
        (
            "NotImplementedError",
            "Support for `validation_epoch_end` has been removed in v2.0.0. `VoiceModule` implements this method.",
        ),
        (
            "RuntimeError",
            "The `LightningModule.on_epoch_end` hook was removed in v1.8. Please use "
            "`LightningModule.on_<train/validation/test>_epoch_end` instead.",
        ),
    ],
)
def test_a_library_release_that_dropped_what_the_code_uses_is_the_environments(exception, message):
    r = root(traceback(exception, message))
    assert (r.kind, r.category) == ("runtime", "environment")


def test_keras_decoding_an_hdf5_attribute_that_h5py_3_returns_as_str_is_the_environments():
    text = traceback(
        "AttributeError", "'str' object has no attribute 'decode'", "keras/saving/hdf5_format.py"
    )
    assert root(text).category == "environment"


def test_guard_a_str_decoded_in_the_users_own_code_is_not_read_as_a_library_release():
    assert (
        root(traceback("AttributeError", "'str' object has no attribute 'decode'")).category != "environment"
    )


def test_guard_a_method_missing_self_is_not_a_library_release():
    # "takes 0 positional arguments but 1 was given": a method written without self, the user's own bug
    assert (
        root(traceback("TypeError", "mel() takes 0 positional arguments but 1 was given")).category
        != "environment"
    )


def test_the_process_spawn_names_above_a_traceback_is_its_rank():
    text = (
        "-- Process 2 terminated with the following error:\n"
        "Traceback (most recent call last):\n"
        '  File "/opt/env/lib/python3.10/site-packages/torch/multiprocessing/spawn.py", line 69, in _wrap\n'
        "    fn(i, *args)\n"
        '  File "tools/fit_voice.py", line 140, in worker\n'
        "    batch = next(loader)\n"
        "KeyError: 'pitch'\n"
    )
    assert root(text).rank == 2
