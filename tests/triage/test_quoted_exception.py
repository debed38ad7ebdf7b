"""An exception line quoted in a sentence ("I get `RuntimeError: ...` when ...", a CJK question around an inline code
span) is reported as that exception with its own message, whatever the sentence around it; the message keeps the
quotes and parentheses it opened itself."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "text, exception, message, category",
    [
        # a library phrase inside a quoted exception line, English prose around it
        (
            "Hi all, I keep getting `RuntimeError: CUDA error: device-side assert triggered` after epoch 2\n",
            "RuntimeError",
            "CUDA error: device-side assert triggered",
            "cuda_error",
        ),
        # the same in a CJK sentence, full-width comma after the code span
        (
            "运行训练脚本时出现 `ValueError: Expected input batch_size (16) to match target batch_size (48).`，请问原因\n",
            "ValueError",
            "Expected input batch_size (16) to match target batch_size (48)",
            "shape_mismatch",
        ),
        # bold instead of a code span
        (
            "**RuntimeError: Expected all tensors to be on the same device, but found at least two devices, "
            "cuda:1 and cpu!**\n",
            "RuntimeError",
            "Expected all tensors to be on the same device, but found at least two devices, cuda:1 and cpu!",
            "device_mismatch",
        ),
    ],
)
def test_quoted_exception_line_is_the_error(text: str, exception: str, message: str, category: str) -> None:
    r = root(text)
    assert (r.exception, r.message, r.category) == (exception, message, category)


def test_a_message_wrapping_an_exception_stays_whole() -> None:
    # `python -m` naming a package that is not importable from here: the interpreter's own words are the error
    r = root(
        "C:\\work\\gridrl>py -m tools.fit --steps 900\n"
        "C:\\Python311\\python.exe: Error while finding module specification for 'tools.fit' "
        "(ModuleNotFoundError: No module named 'tools')\n"
    )
    assert "Error while finding module specification" in r.message
    assert r.kind == "unknown"


@pytest.mark.parametrize(
    "text, message",
    [
        ("When loading the weights I get `KeyError: 'decoder.proj.bias'`.\n", "'decoder.proj.bias'"),
        ("the run stops with ValueError: bad bucket count (0).\n", "bad bucket count (0)"),
        (
            "It fails: \"AttributeError: 'Sampler' object has no attribute 'epoch'\"\n",
            "'Sampler' object has no attribute 'epoch'",
        ),
    ],
)
def test_message_keeps_its_own_quotes_and_parentheses(text: str, message: str) -> None:
    assert root(text).message == message


def test_a_backtick_inside_the_message_does_not_cut_it() -> None:
    # glibc's own backtick closes the writer's inline code span early; the message still reaches its phrase
    r = root(
        "在旧服务器上训练时报错`OSError: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.32' not found `，"
        "新服务器没有问题。\n"
    )
    assert r.exception == "OSError"
    assert r.message.endswith("version `GLIBC_2.32' not found")
    assert r.category == "environment"
