"""Content-Length framed JSON-RPC messages over pipes: between the engine and its worker, and between
the worker and its children. The engine never imports ``opto`` or user code, so this framing and
:mod:`trainerd.optimize.messages` are all the two sides share.
"""

from __future__ import annotations

import json
import os
import select
from typing import IO, Any

MAX_MESSAGE_BYTES = 256 * 1024 * 1024


class ConnectionClosed(Exception):
    """The other side closed the pipe (or wrote something that is not a framed message)."""


def encode_message(message: dict[str, Any]) -> bytes:
    body = json.dumps(message, default=str).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def write_message(stream: IO[bytes], message: dict[str, Any]) -> None:
    stream.write(encode_message(message))
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
            length = _length(value, line)
        elif length is None and not name.lower().startswith("content-"):
            raise ConnectionClosed(f"not a framed JSON-RPC message: {line[:200]!r}")
    body = stream.read(length)
    if len(body) < length:
        raise ConnectionClosed("the stream ended inside a message")
    return _decode(body)


def _length(value: str, line: bytes) -> int:
    try:
        length = int(value.strip())
    except ValueError:
        raise ConnectionClosed(f"bad Content-Length header: {line!r}") from None
    if not 0 <= length <= MAX_MESSAGE_BYTES:
        raise ConnectionClosed(f"bad Content-Length header: {line!r}")
    return length


def _decode(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConnectionClosed(f"unreadable message: {exc}") from None
    if not isinstance(data, dict):
        raise ConnectionClosed("a message that is not a JSON object")
    return data


class FrameReader:
    """Framed messages from a raw file descriptor, with a timeout (``select``): the worker polls its
    parent's liveness while it waits, without a thread (it forks)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._buf = bytearray()
        self._closed = False

    def read(self, timeout: float | None) -> dict[str, Any] | None:
        """The next message, ``None`` when ``timeout`` passed first; :class:`ConnectionClosed` at the end."""
        while True:
            message = self._parse()
            if message is not None:
                return message
            if self._closed:
                raise ConnectionClosed(
                    "the stream ended" + (" inside a message" if self._buf.strip() else "")
                )
            ready, _, _ = select.select([self.fd], [], [], timeout)
            if not ready:
                return None
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                self._closed = True
            self._buf += chunk

    def _parse(self) -> dict[str, Any] | None:
        end = self._buf.find(b"\r\n\r\n")
        if end < 0:
            if len(self._buf) > 4096 and b"Content-Length" not in self._buf[:4096]:
                raise ConnectionClosed(f"not a framed JSON-RPC message: {bytes(self._buf[:200])!r}")
            return None
        length = None
        for line in bytes(self._buf[:end]).split(b"\r\n"):
            name, _, value = line.decode("ascii", "replace").partition(":")
            if name.strip().lower() == "content-length":
                length = _length(value, line)
            elif name.strip() and not name.strip().lower().startswith("content-"):
                raise ConnectionClosed(f"not a framed JSON-RPC message: {line[:200]!r}")
        if length is None:
            raise ConnectionClosed("a message without Content-Length")
        start = end + 4
        if len(self._buf) < start + length:
            return None
        body = bytes(self._buf[start : start + length])
        del self._buf[: start + length]
        return _decode(body)
