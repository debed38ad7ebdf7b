"""``python -m trainerd.optimize.worker``: reserve stdout for the protocol, check that this interpreter
can run the worker, then serve."""

from __future__ import annotations

import importlib.util
import os
import sys

from trainerd.optimize.worker import MISSING_EXIT, MISSING_PREFIX, NEEDS
from trainerd.stdio import reserve_stdout


def missing() -> list[str]:
    """The distributions this interpreter lacks (``python3.10`` for one older than trainerd needs)."""
    if sys.version_info < (3, 11):  # noqa: UP036 - the project's interpreter, not trainerd's
        return [f"python>=3.11 (this is {sys.version.split()[0]})"]
    return [dist for dist, module in NEEDS if importlib.util.find_spec(module) is None]


ADDR_NO_RANDOMIZE = 0x0040000


def fixed_layout() -> None:
    """Run without address-space randomization (re-exec once, same pid, same pipes): ``hash(None)`` and
    every hash by address are then the same in every worker, so test ids built from a set holding them
    (isodate's ``parametrize`` over a set with ``None``) match between the optimize and the answer.
    Best effort: where ``personality`` is refused (a container's seccomp) nothing changes."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        current = libc.personality(0xFFFFFFFF)
        if current < 0 or current & ADDR_NO_RANDOMIZE or libc.personality(current | ADDR_NO_RANDOMIZE) < 0:
            return
    except (OSError, AttributeError):
        return
    argv = list(getattr(sys, "orig_argv", None) or [sys.executable, "-m", "trainerd.optimize.worker"])
    os.execv(sys.executable, argv)


if __name__ == "__main__":  # before anything that may print is imported
    fixed_layout()
    _out = reserve_stdout()
    lacking = missing()
    if lacking:
        sys.stderr.write(f"{MISSING_PREFIX} {', '.join(lacking)}\n")
        sys.stderr.flush()
        os._exit(MISSING_EXIT)
    from trainerd.optimize.worker.server import main

    # user code calling sys.exit() inside a test is caught by pytest; anything that ends the process
    # (os._exit, a signal) is seen by the engine as the pipe closing
    os._exit(main(_out))
