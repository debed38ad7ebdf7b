"""Round 127 (docs/accuracy.md, section 92): pip's own words for a package it could not build from source ("Failed
building wheel for", "error: subprocess-exited-with-error", "... did not run successfully.") are the environment --
the compiler, the CUDA toolkit or the build's requirements -- and yield to an error the build itself printed (a
missing torch inside the build is the import to fix). Texts written for this project."""

from __future__ import annotations

from .conftest import triage_root as root


def test_a_wheel_that_did_not_build_is_the_environment():
    text = (
        "Collecting fastgrid==0.3.1\n"
        "  Using cached fastgrid-0.3.1.tar.gz (41 kB)\n"
        "Building wheels for collected packages: fastgrid\n"
        "  Building wheel for fastgrid (setup.py) ... error\n"
        "  error: subprocess-exited-with-error\n"
        "\n"
        "  x python setup.py bdist_wheel did not run successfully.\n"
        "  | exit code: 1\n"
        "  ERROR: Failed building wheel for fastgrid\n"
        "Failed to build fastgrid\n"
    )
    t = root(text)
    assert (t.kind, t.category) == ("runtime", "environment")


def test_a_build_that_failed_with_a_name_error_inside_is_still_the_environment():
    # the build script's own NameError (a CUDA toolkit it could not find left a variable unset) says nothing a rule
    # knows: pip's frame around it is the better answer than "unknown"
    text = (
        "  Getting requirements to build wheel ... error\n"
        "  error: subprocess-exited-with-error\n"
        "  Traceback (most recent call last):\n"
        '    File "/tmp/pip-build-env-k2/setup.py", line 88, in <module>\n'
        "      if nvcc_release < (11, 6):\n"
        "  NameError: name 'nvcc_release' is not defined\n"
        "  [end of output]\n"
    )
    t = root(text)
    assert (t.kind, t.category) == ("runtime", "environment")


def test_a_build_missing_torch_is_the_import_not_the_build():
    text = (
        "  Preparing metadata (setup.py) ... error\n"
        "  error: subprocess-exited-with-error\n"
        "\n"
        "  x python setup.py egg_info did not run successfully.\n"
        "  | exit code: 1\n"
        "      Traceback (most recent call last):\n"
        '        File "<string>", line 2, in <module>\n'
        '        File "/tmp/pip-install-9x/fused-kernels_1a/setup.py", line 14, in <module>\n'
        "          import torch\n"
        "      ModuleNotFoundError: No module named 'torch'\n"
        "      [end of output]\n"
        "error: metadata-generation-failed\n"
    )
    t = root(text)
    assert (t.kind, t.category) == ("runtime", "import_error")
