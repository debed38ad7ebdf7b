"""Round 54 (docs/accuracy.md): a package's native library that will not load (Windows' "DLL load failed") and a file
missing inside an installed package are a broken install -- the environment's -- and C++'s ``basic_filebuf::underflow``
is a failed read, not a number that underflowed. Texts written for this project."""

from __future__ import annotations

from .conftest import triage_root as root


def tb(code: str, exc_line: str) -> str:
    return (
        "Traceback (most recent call last):\n"
        '  File "D:\\\\fuse\\\\train.py", line 3, in <module>\n'
        f"    {code}\n"
        f"{exc_line}\n"
    )


def test_a_native_library_that_will_not_load_is_the_environment():
    r = root(
        tb("import numpy as np", "ImportError: DLL load failed: The specified module could not be found.")
    )
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_file_missing_inside_an_installed_package_is_a_broken_install():
    r = root(
        tb(
            "cfg = load_defaults()",
            "FileNotFoundError: [Errno 2] No such file or directory: "
            "'/opt/conda/lib/python3.10/site-packages/segkit-3.2-py3.10.egg/segkit/config/defaults.ini'",
        )
    )
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_missing_data_file_is_still_file_not_found():
    r = root(
        tb(
            "img = open(path)",
            "FileNotFoundError: [Errno 2] No such file or directory: '/data/fuse/ir/001.png'",
        )
    )
    assert (r.kind, r.category) == ("runtime", "file_not_found")


def test_a_stream_buffers_underflow_is_not_numerical():
    r = root(
        tb(
            "batch = next(loader)",
            "RuntimeError: basic_filebuf::underflow error reading the file: Is a directory",
        )
    )
    assert r.category != "numerical"
