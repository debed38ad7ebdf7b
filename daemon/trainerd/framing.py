"""The JSON-RPC wire, read defensively: frames, envelopes and what to answer when they are bad.

pygls' reader trusts the client: one malformed header desynchronises it for good, a huge
``Content-Length`` is allocated before a byte arrives, and its JSON object hook runs on every nested
object, so params holding a ``jsonrpc`` key anywhere are taken for a message and lost. This module
replaces that reader. It knows nothing of pygls or LSP (it is tested on bytes alone):

- :class:`FrameDecoder` turns bytes into frame bodies. It accepts what real clients send and a
  little more (header names in any case, LF-only line ends, spaces around values), caps the body
  size, and after anything it cannot read it reports the problem once and resynchronises on the
  next ``Content-Length``/``Content-Type`` header. A header cannot appear inside a JSON text (JSON
  strings hold no raw line breaks), so skipping to the next one loses nothing that was well framed.
- :func:`check_envelope` parses a body and checks the JSON-RPC envelope (object, ``jsonrpc``,
  ``id``, ``method``, ``params``), without looking inside params, and says what to answer when it
  is invalid: ``-32700`` with ``"id": null`` for bytes that are not JSON, ``-32600`` for an invalid
  request (with its id when it has a usable one).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
INVALID_PARAMS = -32602

DEFAULT_MAX_BODY = 8 * 1024 * 1024  # bytes; `trainerd serve --max-message-bytes` changes it
MAX_HEADER_BYTES = 8192
MAX_DEPTH = 64  # nesting of a message's values; deeper input is refused before anything recurses on it

# a header line: token ":" value (HTTP syntax, with spaces tolerated before the colon)
_HEADER_LINE = re.compile(rb"([!#$%&'*+\-.^_`|~0-9A-Za-z]+)[ \t]*:[ \t]*(.*?)[ \t]*")
_TOKEN_BYTE = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]")
_HEADER_START = re.compile(rb"content-(?:length|type)[ \t]*:", re.IGNORECASE)
_RESYNC_TAIL = len(b"content-length\t:") - 1  # bytes kept when no header is in sight yet
_WHITESPACE = b" \t\r\n"


@attrs.frozen
class Body:
    """One complete frame body, exactly ``Content-Length`` bytes."""

    data: bytes


@attrs.frozen
class BadFrame:
    """Bytes that are not a well-formed frame; answered with ``-32700`` (or ``-32600`` with an id
    recovered from the start of an oversized body), then skipped."""

    reason: str
    code: int = PARSE_ERROR
    id: int | str | None = None


FrameEvent = Body | BadFrame


class FrameDecoder:
    """Incremental LSP frame decoder: ``feed(bytes)`` returns the bodies and bad frames completed so far.

    Memory stays bounded by ``max_body`` plus a header block, whatever the input: an oversized body
    is skipped as it streams past, never buffered.
    """

    def __init__(self, max_body: int = DEFAULT_MAX_BODY) -> None:
        self.max_body = max_body
        self._buf = bytearray()
        self._length: int | None = None  # set while a body is being read
        self._resyncing = False  # skipping bytes until the next header
        self._reported = False  # one report per run of bad bytes
        self._oversized: str | None = None  # why the bytes being skipped are an oversized body
        self._id_scan: _IdScanner | None = None
        self._scanned = 0  # bytes of a pending body already searched by _early_end
        self.bytes_skipped = 0

    def feed(self, data: bytes) -> Iterator[FrameEvent]:
        """Take the next bytes of the stream; yield every event they complete.

        Lazy on purpose: a body that turns out not to be JSON is handed to :meth:`body_failed`
        before the decoder reads past it.
        """
        if self._id_scan is not None:
            self._id_scan.feed(data)
        self._buf += data
        while True:
            events: list[FrameEvent] = []
            if self._resyncing:
                more = self._resync(events)
            elif self._length is not None:
                more = len(self._buf) >= self._length
                cut = None if more else self._early_end()
                if cut is not None:
                    events.append(
                        BadFrame(
                            f"Content-Length said {self._length} bytes but the message ended after {cut}"
                        )
                    )
                    del self._buf[:cut]
                    self._length = None
                    more = True
                elif more:
                    body = bytes(self._buf[: self._length])
                    del self._buf[: self._length]
                    self._length = None
                    self._reported = False
                    events.append(Body(body))
            else:
                more = self._read_headers(events)
            yield from events
            if not more:
                return

    def body_failed(self, body: bytes) -> None:
        """The last body was not JSON, so its Content-Length is not trusted either: its bytes are
        searched again for the next header (a length that said too much swallowed the next frame's
        start), and the rest of the broken frame is skipped without a second report."""
        self._buf[:0] = body
        self._length = None
        self._resyncing = True
        self._reported = True

    def close(self) -> Iterator[FrameEvent]:
        """End of input: report an oversized body that never finished (nothing else is answerable)."""
        events: list[FrameEvent] = []
        if self._oversized is not None:
            self._finish_oversized(events)
        yield from events

    # --- internals ------------------------------------------------------------------------------
    def _bad(self, events: list[FrameEvent], reason: str) -> None:
        if not self._reported:
            events.append(BadFrame(reason))
            self._reported = True
        self._resyncing = True

    def _resync(self, events: list[FrameEvent]) -> bool:
        """Skip to the next header (or to the end of an oversized body); False when more bytes are needed."""
        match = _HEADER_START.search(self._buf)
        header_at = len(self._buf) if match is None else match.start()
        if self._oversized is not None and self._id_scan is not None and self._id_scan.left <= header_at:
            skip, done = self._id_scan.left, True  # the body's declared end came first: answer it now
        else:
            skip = header_at if match is not None else len(self._buf) - min(len(self._buf), _RESYNC_TAIL)
            done = match is not None
        self.bytes_skipped += skip
        if self._id_scan is not None:
            self._id_scan.skipped += skip
            self._id_scan.left -= skip
        del self._buf[:skip]
        if not done:
            return False
        self._resyncing = False
        if self._oversized is not None:
            self._finish_oversized(events)
        return True

    def _early_end(self) -> int | None:
        """While a body is still arriving: where it really ended, if its Content-Length said too much.

        A complete JSON value followed by a frame header can never be the start of a valid body
        (JSON allows only whitespace after the value), so the length lied and the next frame begins
        there. Checked only where a header appears, so ordinary bodies cost one search.
        """
        start = max(self._scanned - _RESYNC_TAIL, 0)
        self._scanned = len(self._buf)
        for match in _HEADER_START.finditer(self._buf, start):
            try:
                json.loads(bytes(self._buf[: match.start()]).decode("utf-8"))
            except (ValueError, RecursionError):
                continue
            return match.start()
        return None

    def _read_headers(self, events: list[FrameEvent]) -> bool:
        """Parse one header block; False when more bytes are needed.

        A block found bad is not trusted at all: the search for the next header starts one byte
        into it, so a real header that follows junk on the same or the next line is still found.
        """
        start = 0
        while start < len(self._buf) and self._buf[start] in _WHITESPACE:
            start += 1  # blank lines between frames are harmless
        if start:
            del self._buf[:start]
        if not self._buf:
            return False
        if not _TOKEN_BYTE.match(self._buf):  # not a header: report at once, don't wait for a line end
            self._bad(events, f"bytes outside a frame: {bytes(self._buf[:40])!r}")
            return True
        headers: dict[bytes, bytes] = {}
        pos = 0
        while True:
            end = self._buf.find(b"\n", pos)
            if end < 0:
                if len(self._buf) > MAX_HEADER_BYTES:
                    return self._reject(events, f"frame header longer than {MAX_HEADER_BYTES} bytes")
                if not _PARTIAL_HEADER_LINE.fullmatch(self._buf, pos):
                    return self._reject(events, f"not a frame header: {bytes(self._buf[pos : pos + 40])!r}")
                return False  # the rest of the header is still on its way
            line = bytes(self._buf[pos:end]).rstrip(b"\r")
            glued = _HEADER_START.search(line, 1)
            if glued is not None and not _HEADER_START.match(line):  # junk right before a real header
                return self._reject(
                    events, f"bytes outside a frame: {line[: min(glued.start(), 40)]!r}", pos + glued.start()
                )
            if end - pos > MAX_HEADER_BYTES:
                return self._reject(events, f"frame header longer than {MAX_HEADER_BYTES} bytes")
            pos = end + 1
            if not line.strip(b" \t"):
                break
            match = _HEADER_LINE.fullmatch(line)
            if match is None:
                return self._reject(events, f"not a frame header: {line[:40]!r}")
            name = match.group(1).lower()
            if headers.get(name, match.group(2)) != match.group(2):
                return self._reject(events, f"conflicting {match.group(1).decode()} headers")
            headers[name] = match.group(2)
        raw = headers.get(b"content-length")
        if raw is None:
            return self._reject(events, "frame header without Content-Length")
        if not raw.isdigit() or len(raw) > 19:
            return self._reject(events, f"invalid Content-Length {raw[:40].decode('latin-1')!r}")
        del self._buf[:pos]
        length = int(raw)
        if length > self.max_body:
            # skip the body as it streams past; answered once skipped, with its id when one is found
            self._oversized = f"message of {length} bytes exceeds the limit of {self.max_body} bytes"
            self._id_scan = _IdScanner(length)
            self._id_scan.feed(bytes(self._buf))
            self._reported = True
            self._resyncing = True
            return True
        self._length = length
        self._scanned = 0
        return True

    def _reject(self, events: list[FrameEvent], reason: str, skip: int = 1) -> bool:
        del self._buf[:skip]
        self._bad(events, reason)
        return True

    def _finish_oversized(self, events: list[FrameEvent]) -> None:
        msg_id = self._id_scan.id() if self._id_scan is not None else None
        code = INVALID_REQUEST if msg_id is not None else PARSE_ERROR
        events.append(
            BadFrame(f"{self._oversized} (trainerd serve --max-message-bytes)", code=code, id=msg_id)
        )
        self._oversized = None
        self._id_scan = None
        self._reported = False


_PARTIAL_HEADER_LINE = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]*(?:[ \t]*(?::[^\n]*)?)?\r?", re.DOTALL)


class _IdScanner:
    """Keeps the first bytes of an oversized body, to find its top-level ``"id"`` once it is skipped."""

    LIMIT = 65536

    def __init__(self, length: int) -> None:
        self.prefix = bytearray()
        self.skipped = 0  # bytes of the stream skipped since the body began
        self.left = length  # bytes of the declared body not skipped yet

    def feed(self, data: bytes) -> None:
        self.prefix += data[: self.LIMIT - len(self.prefix)]

    def id(self) -> int | str | None:
        """The body's id: only bytes before the next frame's header count."""
        return _top_level_id(bytes(self.prefix[: self.skipped]))


_ID_VALUE = re.compile(rb'\s*:\s*(-?\d{1,18}(?![\d.eE])|"(?:[^"\\\x00-\x1f]|\\.){0,256}")')


def _top_level_id(prefix: bytes) -> int | str | None:
    """The value of the ``"id"`` key at depth 1 of a JSON object prefix, if it is there yet."""
    depth = 0
    i = 0
    in_string = False
    string_start = 0
    while i < len(prefix):
        c = prefix[i]
        if in_string:
            if c == 0x5C:  # backslash: skip the escaped byte
                i += 2
                continue
            if c == 0x22:
                in_string = False
                if depth == 1 and prefix[string_start : i + 1] == b'"id"':
                    match = _ID_VALUE.match(prefix, i + 1)
                    if match is not None:
                        try:
                            value = json.loads(match.group(1))
                        except ValueError:
                            return None
                        return value if valid_id(value) else None
        elif c == 0x22:
            in_string = True
            string_start = i
        elif c in b"{[":
            depth += 1
        elif c in b"}]":
            depth -= 1
        i += 1
    return None


# --- envelopes ------------------------------------------------------------------------------------
@attrs.frozen
class Invalid:
    """A message to answer with an error (``id`` None -> ``"id": null``), or drop when ``answer`` is False."""

    code: int
    message: str
    id: int | str | None = None
    answer: bool = True


def valid_id(value: Any) -> bool:
    """LSP ids are integers or strings (JSON-RPC's null and fractions are not usable as ids)."""
    return (isinstance(value, int) and not isinstance(value, bool)) or isinstance(value, str)


def parse_body(body: bytes) -> Any | Invalid:
    """The JSON value of a frame body, or the ``-32700`` to answer."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Invalid(
            PARSE_ERROR, f"Parse error: the message is not UTF-8 ({exc.reason} at byte {exc.start})"
        )
    try:
        return json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        return Invalid(PARSE_ERROR, "Parse error: the message is nested too deeply")
    except ValueError as exc:
        return Invalid(PARSE_ERROR, f"Parse error: the message is not JSON: {exc}")


def _no_constant(name: str) -> Any:
    # Python's json accepts NaN and Infinity; JSON does not (and an infinite timeout never ends)
    raise ValueError(f"{name} is not JSON")


def check_envelope(value: Any, is_pending_response: Any = None) -> dict[str, Any] | Invalid:
    """``value`` when it is a usable JSON-RPC 2.0 message; else what to answer.

    ``is_pending_response(id)`` says whether ``id`` is one of the server's own requests still
    waiting for an answer (a message with an id and neither method nor result is taken as that
    response when it is, else as an invalid request).
    """
    if isinstance(value, list):
        return Invalid(INVALID_REQUEST, "Invalid request: batches are not supported by LSP")
    if not isinstance(value, dict):
        return Invalid(INVALID_REQUEST, f"Invalid request: a message must be an object, got {_kind(value)}")
    has_id = "id" in value
    msg_id = value.get("id")
    if has_id and not valid_id(msg_id):
        return Invalid(
            INVALID_REQUEST,
            f"Invalid request: field 'id' must be an integer or a string, got {_kind(msg_id)}",
        )
    reply_id = msg_id if has_id else None
    answer = has_id  # notifications are never answered, only logged
    if value.get("jsonrpc") != "2.0":
        return Invalid(
            INVALID_REQUEST,
            f"Invalid request: field 'jsonrpc' must be \"2.0\", got {_short(value.get('jsonrpc'), 'nothing')}",
            reply_id,
            answer,
        )
    if "method" in value:
        method = value["method"]
        if not isinstance(method, str) or not method:
            return Invalid(
                INVALID_REQUEST,
                f"Invalid request: field 'method' must be a non-empty string, got {_kind(method)}",
                reply_id,
                answer,
            )
        params = value.get("params")
        if params is not None and not isinstance(params, dict | list):
            return Invalid(
                INVALID_PARAMS,
                f"{method}: params must be an object, got {_kind(params)}",
                reply_id,
                answer,
            )
        problem = _too_deep(params)
        if problem:
            return Invalid(INVALID_PARAMS, f"{method}: {problem}", reply_id, answer)
        return value
    # no method: a response to one of ours, or a request that lost its method
    if has_id and (
        "result" in value or "error" in value or (is_pending_response and is_pending_response(msg_id))
    ):
        return value
    if has_id:
        return Invalid(INVALID_REQUEST, "Invalid request: field 'method' is required", reply_id)
    return Invalid(
        INVALID_REQUEST, "Invalid message: neither a request, a notification nor a response", answer=False
    )


def _too_deep(value: Any) -> str | None:
    """Refuse values nested deeper than :data:`MAX_DEPTH` (handlers recurse on params)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children: Iterable[Any]
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > MAX_DEPTH:
            return f"params nested deeper than {MAX_DEPTH} levels"
        stack.extend((child, depth + 1) for child in children)
    return None


def lone_surrogate_path(value: Any, path: str = "params") -> str | None:
    """The path of the first string (or key) holding a lone UTF-16 surrogate, else None.

    JSON can carry ``"\\ud800"``, which decodes to a string that cannot be encoded again: every file
    name, log line or write built from it fails later, far from the input.
    """
    stack = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if _has_lone_surrogate(item):
                return where
        elif isinstance(item, dict):
            for key, child in item.items():
                if _has_lone_surrogate(key):
                    return f"{where} (a key)"
                stack.append((child, f"{where}.{key}"))
        elif isinstance(item, list):
            stack.extend((child, f"{where}[{i}]") for i, child in enumerate(item))
    return None


def replace_lone_surrogates(value: Any) -> Any:
    """``value`` with each lone surrogate replaced by U+FFFD (one UTF-16 unit for one: positions hold)."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {replace_lone_surrogates(k): replace_lone_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [replace_lone_surrogates(v) for v in value]
    return value


_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_lone_surrogate(text: str) -> bool:
    # json.loads joins a valid \ud83d\ude00 pair into one code point, so any surrogate left is lone
    return _SURROGATE.search(text) is not None


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _short(value: Any, missing: str) -> str:
    if value is None:
        return missing
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "..."
