"""Round 64 (docs/accuracy.md): the dynamic loader refusing a native library built for another platform ("invalid ELF
header", "wrong ELF class", an incompatible Mach-O architecture) is the install's, as a library it cannot open
already was. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "message",
    [
        "/usr/local/lib/python3.6/dist-packages/tensorflow/python/_pywrap_tensorflow_internal.so: invalid ELF header",
        "/opt/envs/nlp/lib/python3.8/site-packages/tokenizers/tokenizers.cpython-38-x86_64-linux-gnu.so: "
        "wrong ELF class: ELFCLASS32",
        "dlopen(/Users/kim/envs/ml/lib/python3.10/site-packages/torch/_C.cpython-310-darwin.so, 0x0002): tried: "
        "'/Users/kim/envs/ml/lib/python3.10/site-packages/torch/_C.cpython-310-darwin.so' (mach-o file, but is an "
        "incompatible architecture (have 'x86_64', need 'arm64'))",
    ],
)
def test_a_native_library_built_for_another_platform_is_the_environment(message):
    text = (
        "Traceback (most recent call last):\n"
        '  File "train_classifier.py", line 9, in <module>\n'
        "    import backend_lib\n"
        f"ImportError: {message}\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")
