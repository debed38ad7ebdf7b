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


if __name__ == "__main__":  # before anything that may print is imported
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
