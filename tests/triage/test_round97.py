"""Round 97 (docs/accuracy.md, after the session's sets): torch.utils.cpp_extension's "Error compiling objects for
extension", a shell's "nvcc: not found" and GNU time's "Command terminated by signal 9" are the environment (the
build's compiler and toolkit, the host's memory). Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "text",
    [
        # (a whole traceback through cpp_extension's frames was read so already: the lone line was not)
        "Building the ops from source stops here: RuntimeError: Error compiling objects for extension\n",
        "running build_ext\n/bin/sh: 1: nvcc: not found\nerror: command failed\n",
        "#@# Parcellation Stats lh\nCommand terminated by signal 9\nrecon-all exited with ERRORS\n",
    ],
)
def test_an_extension_build_or_a_killed_command_is_the_environment(text):
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")
