"""Round 100 (docs/accuracy.md, section 83, after sets OA-OH): Windows' console code page is the environment (a
local function sent to a DataLoader worker started by spawn was too, until round 102 took it back: 3 / 3); Mitsuba and Dr.Jit are well-known packages (a name their
installed release lacks is the environment's); multiprocessing's "bootstrapping phase" error is not claimed (3
environment, 3 unknown on the field corpus). Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


def _tb(exc: str, msg: str) -> str:
    return (
        "Traceback (most recent call last):\n"
        '  File "C:\\\\work\\\\kiln\\\\fit.py", line 64, in <module>\n'
        "    for xb, yb in loader:\n"
        f"{exc}: {msg}\n"
    )


@pytest.mark.parametrize(
    ("exc", "msg"),
    [
        (
            "UnicodeEncodeError",
            "'charmap' codec can't encode character '\\u2588' in position 12: character maps to <undefined>",
        ),
        ("AttributeError", "module 'mitsuba' has no attribute 'BSDFContext'"),
    ],
)
def test_a_console_code_page_and_a_renderers_release_are_the_environment(exc, msg):
    r = root(_tb(exc, msg))
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_script_without_its_main_guard_under_spawn_is_not_claimed():
    r = root(
        _tb(
            "RuntimeError",
            "\n        An attempt has been made to start a new process before the\n        current process has "
            "finished its bootstrapping phase.",
        )
    )
    assert (r.kind, r.category) == ("unknown", None)
