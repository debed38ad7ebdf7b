"""``python -m trainerd.optimize.worker``: reserve stdout for the protocol, then serve."""

from __future__ import annotations

import os

from trainerd.stdio import reserve_stdout

if __name__ == "__main__":  # before anything that may print is imported
    _out = reserve_stdout()
    from trainerd.optimize.worker.server import main

    # user code calling sys.exit() inside a test is caught by pytest; anything that ends the process
    # (os._exit, a signal) is seen by the engine as the pipe closing
    os._exit(main(_out))
