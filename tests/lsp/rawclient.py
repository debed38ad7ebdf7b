"""A minimal LSP client over raw bytes: it keeps every byte the server wrote and parses it strictly.

pygls' own reader (and so pytest-lsp) skips anything that is not a header line, so a stray
``print`` in the server goes unnoticed there while VS Code's client chokes on it. This client
records the raw stream and :func:`parse_frames` fails on any byte that is not part of a
well-formed ``Content-Length`` framed JSON-RPC message.
"""

from __future__ import annotations

import itertools
import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, BinaryIO

import pytest

TIMEOUT = 30.0
HERE = Path(__file__).resolve().parent
SERVE = [sys.executable, "-m", "trainerd", "serve"]
PROBE = [sys.executable, str(HERE / "probe_server.py")]  # the daemon plus test-only requests


class FramingError(AssertionError):
    pass


def frame(message: dict[str, Any]) -> bytes:
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def parse_frames(data: bytes, complete: bool = True) -> tuple[list[dict[str, Any]], int]:
    """Parse ``data`` as consecutive LSP frames; return the messages and the bytes consumed.

    Raises :class:`FramingError` on the first byte that does not belong to a well-formed frame.
    With ``complete=False`` a truncated last frame is left unconsumed instead of being an error.
    """
    messages: list[dict[str, Any]] = []
    pos = 0
    while pos < len(data):
        end = data.find(b"\r\n\r\n", pos)
        if end < 0:
            if not complete and _could_be_header_start(data[pos:]):
                break
            raise FramingError(f"bytes outside any frame at offset {pos}: {data[pos : pos + 80]!r}")
        headers: dict[str, str] = {}
        for line in data[pos:end].split(b"\r\n"):
            name, sep, value = line.partition(b": ")
            if not sep or name not in (b"Content-Length", b"Content-Type"):
                raise FramingError(f"not an LSP header at offset {pos}: {line[:80]!r}")
            headers[name.decode()] = value.decode("ascii")
        if "Content-Length" not in headers or not headers["Content-Length"].isdigit():
            raise FramingError(f"frame at offset {pos} has no valid Content-Length: {headers}")
        start = end + 4
        stop = start + int(headers["Content-Length"])
        if stop > len(data):
            if not complete:
                break
            raise FramingError(
                f"frame at offset {pos} is truncated ({len(data) - start} of {stop - start} bytes)"
            )
        try:
            message = json.loads(data[start:stop].decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise FramingError(
                f"frame at offset {pos} is not JSON: {exc}: {data[start:stop][:80]!r}"
            ) from None
        if not isinstance(message, dict) or message.get("jsonrpc") != "2.0":
            raise FramingError(f"frame at offset {pos} is not a JSON-RPC 2.0 message: {message!r:.200}")
        messages.append(message)
        pos = stop
    return messages, pos


def _could_be_header_start(rest: bytes) -> bool:
    """True when ``rest`` may be the first part of a header block still being written."""
    return rest.startswith(b"Content-") or b"Content-".startswith(rest)


class RawClient:
    """Sends framed requests, records the raw reply stream, waits for replies by id."""

    def __init__(self, write: Any, read_stream: BinaryIO | socket.socket) -> None:
        self._write = write
        self.raw = bytearray()
        self._cond = threading.Condition()
        self._closed = False
        self._parsed: list[dict[str, Any]] = []  # parsed incrementally: long fuzz runs stay linear
        self._consumed = 0
        self._by_id: dict[Any, dict[str, Any]] = {}
        self._ids = itertools.count(1)
        self._reader = threading.Thread(target=self._pump, args=(read_stream,), daemon=True)
        self._reader.start()

    @classmethod
    def over_process(cls, proc: subprocess.Popen) -> RawClient:
        def write(data: bytes) -> None:
            proc.stdin.write(data)
            proc.stdin.flush()

        return cls(write, proc.stdout)

    @classmethod
    def over_socket(cls, sock: socket.socket) -> RawClient:
        return cls(sock.sendall, sock)

    def _pump(self, stream: Any) -> None:
        while True:
            chunk = stream.recv(65536) if isinstance(stream, socket.socket) else stream.read1(65536)
            with self._cond:
                if not chunk:
                    self._closed = True
                    self._cond.notify_all()
                    return
                self.raw.extend(chunk)
                self._cond.notify_all()

    def _parse_more(self) -> list[dict[str, Any]]:
        """Parse what arrived since the last call (raises on a malformed byte); return the new messages."""
        new, consumed = parse_frames(bytes(self.raw[self._consumed :]), complete=False)
        self._consumed += consumed
        self._parsed.extend(new)
        for message in new:
            if "method" not in message and "id" in message and isinstance(message["id"], int | str):
                self._by_id.setdefault(message["id"], message)
        return new

    def messages(self) -> list[dict[str, Any]]:
        """Every complete message so far (raises on a malformed byte)."""
        with self._cond:
            self._parse_more()
            return list(self._parsed)

    @property
    def closed(self) -> bool:
        with self._cond:
            return self._closed

    def wait_for(self, predicate, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The first message for which ``predicate`` is true, waiting at most ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        with self._cond:
            self._parse_more()
            for message in self._parsed:
                if predicate(message):
                    return message
            while True:
                for message in self._parse_more():
                    if predicate(message):
                        return message
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    raise TimeoutError(f"no matching message; stream so far: {bytes(self.raw)[-400:]!r}")
                self._cond.wait(left)

    def wait_closed(self, timeout: float = TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        with self._cond:
            while not self._closed:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("the server did not close its output")
                self._cond.wait(left)

    def send_raw(self, data: bytes) -> None:
        self._write(data)

    def send(self, message: Any) -> None:
        """Frame and send any JSON value as it is (malformed envelopes included)."""
        self._write(frame(message))

    def next_id(self) -> int:
        return next(self._ids)

    def answer_to(self, msg_id: Any, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The response with id ``msg_id`` (int or str), waiting at most ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                self._parse_more()
                if msg_id in self._by_id:
                    return self._by_id[msg_id]
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    raise TimeoutError(
                        f"no answer to request {msg_id!r}; stream so far: {bytes(self.raw)[-400:]!r}"
                    )
                self._cond.wait(left)

    def answered(self, msg_id: Any) -> bool:
        with self._cond:
            self._parse_more()
            return msg_id in self._by_id

    def null_id_errors(self) -> list[dict[str, Any]]:
        """Every error response sent with ``"id": null`` so far."""
        return [m for m in self.messages() if "id" in m and m["id"] is None and "error" in m]

    def wait_for_null_id_errors(self, count: int, timeout: float = TIMEOUT) -> list[dict[str, Any]]:
        """Wait until ``count`` errors with ``"id": null`` arrived; return them."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = self.null_id_errors()
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    raise TimeoutError(f"{len(found)} of {count} id-null errors: {found}")
                self._cond.wait(left)

    def notify(self, method: str, params: Any = None) -> None:
        self._write(frame({"jsonrpc": "2.0", "method": method, "params": params}))

    def request(self, method: str, params: Any = None, timeout: float = TIMEOUT) -> dict[str, Any]:
        """Send a request and return its response message (``result`` or ``error``)."""
        msg_id = next(self._ids)
        self._write(frame({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params}))
        return self.answer_to(msg_id, timeout)

    def initialize(self, root_uri: str | None = None, options: Any = None) -> dict[str, Any]:
        response = self.request(
            "initialize",
            {"processId": None, "rootUri": root_uri, "capabilities": {}, "initializationOptions": options},
        )
        self.notify("initialized", {})
        return response


class Daemon:
    """A daemon process, its raw client and its stderr log."""

    def __init__(self, cmd: list[str], cwd: Path, log: Path, env: dict[str, str] | None = None) -> None:
        self.log = log
        self.proc = subprocess.Popen(
            cmd, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log.open("wb"), env=env
        )
        self.client = RawClient.over_process(self.proc)

    def alive(self) -> None:
        """A real request still gets its real answer."""
        result = self.client.request("trainer/resolveWorkspace", {"path": "stats.py", "create": False})
        assert result["result"]["target"]["codeName"] == "stats", result

    def finish(self) -> None:
        """shutdown + exit: exit code 0, and nothing but frames on stdout."""
        assert self.client.request("shutdown")["result"] is None
        self.client.notify("exit")
        assert self.proc.wait(TIMEOUT) == 0
        self.client.wait_closed()
        _, consumed = parse_frames(bytes(self.client.raw))
        assert consumed == len(self.client.raw)


@pytest.fixture
def daemons(lsp_project: Path, tmp_path: Path):
    """``daemons(cmd=SERVE, initialize=True, extra=())`` starts a daemon in ``lsp_project``; all are
    killed at the end if a test left one running."""
    started: list[Daemon] = []

    def start(cmd: list[str] = SERVE, initialize: bool = True, extra: list[str] = ()) -> Daemon:
        daemon = Daemon([*cmd, *extra], lsp_project, tmp_path / f"stderr-{len(started)}.log")
        started.append(daemon)
        if initialize:
            daemon.client.initialize(lsp_project.as_uri())
        return daemon

    yield start
    for daemon in started:  # only when a test failed half-way: never leave a daemon behind
        if daemon.proc.poll() is None:
            daemon.proc.kill()
            daemon.proc.wait(TIMEOUT)
