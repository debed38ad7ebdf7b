"""Reserve the process's stdout (and stdin) for JSON-RPC.

A language server speaks LSP over stdout, so a single stray ``print`` from any library (opto prints
on import, user code prints anywhere) corrupts the stream and hangs the editor's client.
:func:`reserve_stdout` duplicates the real stdout file descriptor for the protocol and points both
``sys.stdout`` and file descriptor 1 at stderr, so Python-level *and* C-level writes to stdout end
up on stderr. Call it before importing anything that might print. :func:`reserve_stdin` does the
same for the protocol's input: a service or child process that reads standard input reads
``/dev/null``, never the client's messages.
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


def reserve_stdin() -> io.BufferedReader:
    """Return a binary stream on the real stdin; point fd 0 and ``sys.stdin`` at ``/dev/null``."""
    protocol_fd = os.dup(0)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    return os.fdopen(protocol_fd, "rb", buffering=0)  # type: ignore[return-value]
