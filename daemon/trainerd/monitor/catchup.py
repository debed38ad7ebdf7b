"""Child process of a long catch-up: ``python -m trainerd.monitor.catchup``.

Reads ``(monitor, log path, start, end)`` pickled on stdin, runs :meth:`Monitor.catch_up` over that byte
range and writes ``(monitor, bytes read)`` pickled on stdout. The daemon runs it so that reading a
multi-gigabyte log never holds the daemon's GIL; the parent kills it to stop early.
"""

from __future__ import annotations

import pickle
import sys


def main() -> int:
    monitor, path, start, end = pickle.loads(sys.stdin.buffer.read())
    with open(path, "rb") as fh:
        fh.seek(start)
        read = monitor.catch_up(fh, end=end)
    sys.stdout.buffer.write(pickle.dumps((monitor, read)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
