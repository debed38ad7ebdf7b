"""Content-Length framed JSON-RPC messages over a pair of pipes (the worker's stdin/stdout).

Both sides use these two functions: the parent never imports ``opto`` or user code, so the framing
is all they share.
"""

from __future__ import annotations

import json
from typing import IO, Any

MANUAL_NEEDED = -32001  # the parent has no model: a manual follow-up is needed
REPLAY_MISMATCH = -32002  # the replay file does not match the run
COMPLETER_FAILED = -32003  # the editor's completer failed


class ConnectionClosed(Exception):
    """The other side closed the pipe (or wrote something that is not a framed message)."""


def write_message(stream: IO[bytes], message: dict[str, Any]) -> None:
    body = json.dumps(message, default=str).encode("utf-8")
    stream.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    stream.flush()


def read_message(stream: IO[bytes]) -> dict[str, Any]:
    """Read one framed message; raise :class:`ConnectionClosed` at end of stream or on garbage."""
    length = None
    while True:
        line = stream.readline()
        if not line:
            raise ConnectionClosed("the stream ended")
        line = line.strip()
        if not line:
            if length is None:
                continue
            break
        name, _, value = line.decode("ascii", "replace").partition(":")
        if name.lower() == "content-length":
            try:
                length = int(value.strip())
            except ValueError:
                raise ConnectionClosed(f"bad Content-Length header: {line!r}") from None
        elif length is None and not name.lower().startswith("content-"):
            raise ConnectionClosed(f"not a framed JSON-RPC message: {line[:200]!r}")
    body = stream.read(length)
    if len(body) < length:
        raise ConnectionClosed("the stream ended inside a message")
    return json.loads(body)
