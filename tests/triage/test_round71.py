"""Round 71 (docs/accuracy.md, after sets GU-GX): a native extension that would not build -- ninja's "build stopped:
subcommand failed", told alone, in a title or after the compiler's lines -- is the environment's (the machine's
compiler, CUDA toolkit or headers against the installed PyTorch), not an error left unknown. Texts written for this
project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "text",
    [
        "# Cannot run the demo: ninja: build stopped: subcommand failed.\n\nAny idea? Same in docker.\n",
        (
            "[2/3] /usr/local/cuda/bin/nvcc -c upfirdn2d_kernel.cu -o upfirdn2d_kernel.cuda.o\n"
            "FAILED: upfirdn2d_kernel.cuda.o\n"
            "nvcc fatal   : Unsupported gpu architecture 'compute_90'\n"
            "ninja: build stopped: subcommand failed.\n"
        ),
    ],
)
def test_an_extension_that_would_not_build_is_the_environment(text):
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")
