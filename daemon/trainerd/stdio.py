"""Reserve the process's stdout for JSON-RPC.

A language server speaks LSP over stdout, so a single stray ``print`` from any library (opto prints
on import, user code prints anywhere) corrupts the stream and hangs the editor's client.
:func:`reserve_stdout` duplicates the real stdout file descriptor for the protocol and points both
``sys.stdout`` and file descriptor 1 at stderr, so Python-level *and* C-level writes to stdout end
up on stderr. Call it before importing anything that might print.
"""

from __future__ import annotations

import io
import os
import sys


def reserve_stdout() -> io.BufferedWriter:
    """Return a binary stream on the real stdout; redirect everything else to stderr."""
    sys.stdout.flush()
    protocol_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(protocol_fd, "wb", buffering=0)  # type: ignore[return-value]
