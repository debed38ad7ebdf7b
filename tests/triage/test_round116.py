"""Round 116 (docs/accuracy.md, section 88, from an audit of the corpus and the misses of sets SZ-TG): a name
missing from a big framework's installed release (TensorFlow 1's names on TensorFlow 2, a class transformers moved)
is the environment's, not a package to install; phonemizer's "espeak not installed on your system" is the machine's
system package; an extension built against another NumPy ("numpy.ndarray has the wrong size") is the environment's;
Cython's bare ``__init__.pxd`` frame is not the user's. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root


@pytest.mark.parametrize(
    "name",
    ["placeholder", "contrib", "set_random_seed", "Session"],
)
def test_a_tensorflow_1_name_on_tensorflow_2_is_the_environment(name):
    text = _tb(
        ("nets/builder.py", 14, "<module>", f"x = tf.{name}"),
        exc=f"AttributeError: module 'tensorflow' has no attribute '{name}'",
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")
    assert r.proposal is None


@pytest.mark.parametrize(
    ("module", "path"),
    [
        ("transformers.optimization", "transformers/optimization.py"),
        ("torch._six", "torch/_six.py"),
        ("tensorflow.keras.utils", "tensorflow/keras/utils/__init__.py"),
    ],
)
def test_a_name_a_big_frameworks_installed_release_lacks_is_the_environment_not_an_install(module, path):
    text = _tb(
        ("run_glue.py", 9, "<module>", f"from {module} import OldName"),
        exc=(
            f"ImportError: cannot import name 'OldName' from '{module}' "
            f"(/opt/venv/lib/python3.10/site-packages/{path})"
        ),
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")
    # the package is installed: installing it again changes nothing
    assert r.proposal is None


def test_a_name_a_small_installed_package_lacks_stays_an_import_error():
    text = _tb(
        ("train.py", 3, "<module>", "from tinyhelpers.io import read_rows"),
        exc=(
            "ImportError: cannot import name 'read_rows' from 'tinyhelpers.io' "
            "(/opt/venv/lib/python3.10/site-packages/tinyhelpers/io.py)"
        ),
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "import_error"), r.details.get("rule")


@pytest.mark.parametrize("program", ["espeak", "festival"])
def test_a_phonemizer_backend_missing_from_the_machine_is_the_environment(program):
    text = _tb(
        ("prep/phonemes.py", 27, "to_phonemes", "backend = EspeakBackend('en-us')"),
        (
            ".venv/lib/python3.11/site-packages/phonemizer/backend/espeak/base.py",
            41,
            "__init__",
            "raise RuntimeError(",
        ),
        exc=f"RuntimeError: {program} not installed on your system",
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")
    assert r.proposal is None


def test_an_extension_built_against_another_numpy_is_the_environment_and_the_user_frame_is_the_import():
    text = (
        "Traceback (most recent call last):\n"
        '  File "tools/track.py", line 6, in <module>\n'
        "    from tracker import assign\n"
        '  File "/srv/mot/tracker/assign.py", line 3, in <module>\n'
        "    import lap\n"
        '  File "/opt/conda/lib/python3.9/site-packages/lap/__init__.py", line 25, in <module>\n'
        "    from ._lapjv import (\n"
        '  File "__init__.pxd", line 199, in init lap._lapjv\n'
        "ValueError: numpy.ndarray has the wrong size, try recompiling. Expected 88 from C header, got 80 from PyObject\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("/srv/mot/tracker/assign.py", 3)
