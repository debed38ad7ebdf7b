"""Round 50 (docs/accuracy.md): things that are the interpreter's, the toolkit's or the cluster's, not a package to
install or a bug to fix -- a standard-library module this Python lacks, NVRTC not knowing the GPU's architecture,
Kubernetes' OOMKilled named in a sentence -- and words that settle an import or a missing file: a library's "X is not
installed!", a compiled op's "Failed to import X module", OpenMMLab's registry without the class, TensorFlow's
checkpoint lookup that matched no file. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root

USER = "/home/mei/forecast/train.py"


def tb(exc_line: str) -> str:
    return (
        "Traceback (most recent call last):\n"
        f'  File "{USER}", line 3, in <module>\n'
        "    from graphtool import build\n"
        '  File "/opt/py37/lib/python3.7/site-packages/graphtool/__init__.py", line 9, in <module>\n'
        "    import something\n"
        f"{exc_line}\n"
    )


@pytest.mark.parametrize(
    "module",
    ["importlib.metadata", "tomllib", "distutils.util", "_lzma", "_ctypes", "imp", "zoneinfo"],
)
def test_a_standard_library_module_this_python_lacks_is_the_environment(module):
    r = root(tb(f"ModuleNotFoundError: No module named '{module}'"))
    assert (r.kind, r.category) == ("runtime", "environment")


@pytest.mark.parametrize("module", ["importlib_metadata", "impute", "tomli", "graphtool_ext", "lzma_tools"])
def test_a_package_that_only_looks_like_one_is_still_an_import_to_fix(module):
    r = root(tb(f"ModuleNotFoundError: No module named '{module}'"))
    assert (r.kind, r.category) == ("runtime", "import_error")


def test_nvrtc_that_does_not_know_the_gpus_architecture_is_the_environment():
    text = (
        "Traceback (most recent call last):\n"
        f'  File "{USER}", line 88, in <module>\n'
        "    out = matte(frame)\n"
        "RuntimeError: nvrtc: error: invalid value for --gpu-architecture (-arch)\n\n"
        "nvrtc compilation failed:\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")


def test_oomkilled_named_in_a_sentence_is_the_memory_killer():
    text = "# the regrid step dies\n\nThe pod fails with the OOMKilled error message after ten minutes.\n"
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")
    assert "out-of-memory killer" in r.message


@pytest.mark.parametrize(
    "exc_line",
    [
        "AssertionError: CuPy is not installed! You can install it from the project's page.",
        "ImportError: Failed to import DCNv2 module.",
        # (not OpenMMLab's "X is not in the Y registry" since round 95: see test_round95)
    ],
)
def test_words_that_say_an_import_is_missing_settle_import_error(exc_line):
    r = root(tb(exc_line))
    assert (r.kind, r.category) == ("runtime", "import_error")


@pytest.mark.parametrize(
    "exc_line",
    [
        "tensorflow.python.framework.errors_impl.NotFoundError: Unsuccessful TensorSliceReader constructor: "
        "Failed to find any matching files for weights/base_zh/model.ckpt",
        "ValueError: Couldn't find 'checkpoint' file or checkpoints in given directory ./weights/base_zh",
    ],
)
def test_tensorflows_checkpoint_lookup_that_matched_nothing_is_a_missing_file(exc_line):
    r = root(tb(exc_line))
    assert (r.kind, r.category) == ("runtime", "file_not_found")


def test_a_module_that_failed_to_import_for_a_reason_named_is_not_read_as_the_module_words():
    # (a sentence that names an import failing for another reason is not the library's "Failed to import X module")
    r = root(tb("RuntimeError: Failed to import the checkpoint because the file is corrupt"))
    assert r.category != "import_error"
