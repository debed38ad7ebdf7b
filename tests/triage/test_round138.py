"""Round 138 (docs/accuracy.md, section 97, from the misses of sets ZL-ZS): an extension build stopped by a GCC older
than PyTorch's headers accept, or by a CUDA toolkit without its headers, is the environment (multiprocessing's
"bootstrapping phase" error stays unclaimed, test_round100). Texts written for this project."""

from __future__ import annotations

from .conftest import root_answer as _answer


def test_a_gcc_too_old_for_the_extension_build_is_the_environment():
    text = (
        "Building the DAG loss kernels on first import fails:\n\n"
        "/opt/envs/nat/lib/python3.8/site-packages/torch/include/c10/macros/Macros.h:312:2: error: #error "
        '"You\'re trying to build PyTorch with a too old version of GCC. We need GCC 5 or later."\n'
        " #error \\\n"
        "  ^\n"
        "Which compiler does the README expect?\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_a_cuda_toolkit_without_its_headers_is_the_environment():
    text = (
        "Compiling the custom op with torch 1.13:\n\n"
        "cc1plus: fatal error: cuda_runtime.h: No such file or directory\n"
        "compilation terminated.\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_a_missing_header_of_the_projects_own_is_not_claimed():
    # control: a header of the repository's own (a file the checkout lacks) is no install of the toolkit
    text = (
        "Compiling the custom op:\n\n"
        "src/dag_loss.cu:4:10: fatal error: dag_utils.h: No such file or directory\n"
        "compilation terminated.\n"
    )
    assert _answer(text) != ("runtime", "environment")
