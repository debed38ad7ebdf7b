"""The frame decoder and envelope checks on bytes alone (trainerd.framing); the daemon's answers to
the same bytes are in test_daemon_wire.py."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainerd.framing import (
    INVALID_PARAMS,
    INVALID_REQUEST,
    PARSE_ERROR,
    BadFrame,
    Body,
    FrameDecoder,
    Invalid,
    check_envelope,
    lone_surrogate_path,
    parse_body,
    replace_lone_surrogates,
)


def frame(message: dict, header: bytes = b"Content-Length: %d\r\n\r\n") -> bytes:
    body = json.dumps(message).encode()
    return header % len(body) + body


PING = {"jsonrpc": "2.0", "id": 7, "method": "ping"}


def drain(decoder: FrameDecoder, data: bytes) -> list:
    """Events of ``data`` handled as the daemon does: a body that is not JSON goes back to the decoder."""
    events = []
    for event in decoder.feed(data):
        events.append(event)
        if isinstance(event, Body) and isinstance(parse_body(event.data), Invalid):
            decoder.body_failed(event.data)
    return events


def bodies(events) -> list[dict]:
    """The messages read (bodies that are not JSON are the daemon's -32700, left out here)."""
    parsed = [parse_body(e.data) for e in events if isinstance(e, Body)]
    return [p for p in parsed if not isinstance(p, Invalid)]


def bad(events) -> list[BadFrame]:
    return [e for e in events if isinstance(e, BadFrame)]


@pytest.mark.parametrize(
    "header",
    [
        b"Content-Length: %d\r\n\r\n",
        b"content-length: %d\r\n\r\n",  # header names are case-insensitive
        b"Content-Length: %d\n\n",  # LF-only line ends
        b"Content-Length:   %d  \r\n\r\n",  # spaces around the value
        b"Content-Length: %d\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n",
        b"Content-Type: application/vscode-jsonrpc\r\nContent-Length: %d\r\n\r\n",
        b"\r\n\r\nContent-Length: %d\r\n\r\n",  # blank lines between frames
    ],
)
def test_headers_real_clients_send_are_read(header: bytes):
    events = drain(FrameDecoder(), frame(PING, header) + frame({**PING, "id": 8}))
    assert bodies(events) == [PING, {**PING, "id": 8}]
    assert bad(events) == []


def test_a_frame_split_at_every_byte_is_read_the_same():
    data = frame(PING) + frame({**PING, "id": 8, "params": {"text": "é" * 10}})
    decoder = FrameDecoder()
    events = [e for i in range(len(data)) for e in drain(decoder, data[i : i + 1])]
    assert bodies(events) == [PING, {**PING, "id": 8, "params": {"text": "é" * 10}}]
    assert bad(events) == []


GARBAGE = [
    pytest.param(b"Content-Length: -5\r\n\r\n", "invalid Content-Length", id="negative"),
    pytest.param(b"Content-Length: twelve\r\n\r\n", "invalid Content-Length", id="not a number"),
    pytest.param(b"Content-Length: 1e3\r\n\r\n", "invalid Content-Length", id="exponent"),
    pytest.param(b"Content-Type: text/plain\r\n\r\n{}", "without Content-Length", id="no length"),
    pytest.param(b'{"jsonrpc": "2.0", "id": 1, "method": "x"}', "outside a frame", id="body without header"),
    pytest.param(bytes(range(256)) * 3, "outside a frame", id="binary"),
    pytest.param(b"Hello there\r\n\r\n", "not a frame header", id="text line"),
    pytest.param(b"X" * 9000, "outside a frame", id="junk glued to a header"),
    pytest.param(b"X" * 9000 + b"\r\n", "longer than", id="endless line"),
    pytest.param(b"Content-Length: 3\r\nContent-Length: 4\r\n\r\n", "conflicting", id="two lengths"),
]


@pytest.mark.parametrize("garbage, reason", GARBAGE)
def test_garbage_is_reported_once_and_the_next_frame_is_read(garbage: bytes, reason: str):
    decoder = FrameDecoder()
    events = drain(decoder, garbage + frame(PING))
    problems = bad(events)
    assert len(problems) == 1 and reason in problems[0].reason
    assert problems[0].code == PARSE_ERROR and problems[0].id is None
    assert bodies(events) == [PING]


def test_a_header_that_never_ends_is_reported_without_waiting_for_its_end():
    decoder = FrameDecoder()
    (problem,) = drain(decoder, b"X-Long: " + b"y" * 9000)
    assert "longer than 8192 bytes" in problem.reason
    assert bodies(drain(decoder, b"z" * 100 + frame(PING))) == [PING]


def test_a_huge_content_length_is_skipped_without_allocating_it():
    decoder = FrameDecoder(max_body=1024)
    events = drain(decoder, b"Content-Length: 99999999999\r\n\r\n" + frame(PING))
    assert [(e.code, e.id) for e in bad(events)] == [(PARSE_ERROR, None)]
    assert "99999999999 bytes exceeds the limit of 1024" in bad(events)[0].reason
    assert bodies(events) == [PING]


def test_an_oversized_request_is_answered_with_its_own_id():
    decoder = FrameDecoder(max_body=1024)
    big = {"jsonrpc": "2.0", "id": "big-1", "method": "x", "params": {"text": "a" * 50_000}}
    events = []
    data = frame(big) + frame(PING)
    for i in range(0, len(data), 4096):  # streamed past in chunks, never held whole
        events += drain(decoder, data[i : i + 4096])
        assert len(decoder._buf) <= 4096 + 64
    assert [(e.code, e.id) for e in bad(events)] == [(INVALID_REQUEST, "big-1")]
    assert bodies(events) == [PING]


def test_an_oversized_request_is_answered_as_soon_as_its_declared_length_has_passed():
    decoder = FrameDecoder(max_body=1024)
    big = {"jsonrpc": "2.0", "id": 5, "method": "x", "params": {"text": "a" * 5000}}
    assert [(e.code, e.id) for e in bad(drain(decoder, frame(big)))] == [(INVALID_REQUEST, 5)]
    assert bodies(drain(decoder, frame(PING))) == [PING]


def test_a_nested_id_is_not_taken_for_the_requests_id():
    decoder = FrameDecoder(max_body=64)
    big = {"jsonrpc": "2.0", "params": {"id": 99, "text": "a" * 200}, "method": "x"}
    events = drain(decoder, frame(big) + frame(PING))
    assert [(e.code, e.id) for e in bad(events)] == [(PARSE_ERROR, None)]


def test_a_length_that_says_too_much_is_seen_before_the_bytes_it_claims_arrive():
    decoder = FrameDecoder()
    events = drain(decoder, b"Content-Length: 300\r\n\r\n{}" + frame(PING))
    assert [e.reason for e in bad(events)] == ["Content-Length said 300 bytes but the message ended after 2"]
    assert bodies(events) == [PING]


def test_a_header_inside_a_json_string_does_not_cut_a_body():
    message = {**PING, "params": {"text": "Content-Length: 3\r\n\r\nabc"}}
    data = frame(message)
    decoder = FrameDecoder()
    events = [e for i in range(0, len(data), 7) for e in drain(decoder, data[i : i + 7])]
    assert bodies(events) == [message] and bad(events) == []


def test_a_length_that_says_too_much_gives_back_the_next_frame():
    decoder = FrameDecoder()
    body = json.dumps(PING).encode()
    data = b"Content-Length: %d\r\n\r\n" % (len(body) + 30) + body + frame({**PING, "id": 8})
    events = drain(decoder, data)
    assert isinstance(parse_body(events[0].data), Invalid)  # answered -32700 by the daemon
    assert bodies(events) == [{**PING, "id": 8}]
    assert bad(events) == []


def test_a_length_that_says_too_little_is_one_error_then_the_next_frame():
    decoder = FrameDecoder()
    body = json.dumps(PING).encode()
    events = drain(decoder, b"Content-Length: %d\r\n\r\n" % (len(body) - 5) + body)
    assert len(events) == 1 and isinstance(parse_body(events[0].data), Invalid)
    events = drain(decoder, frame({**PING, "id": 8}))
    assert bad(events) == []  # the leftover of the broken frame was already answered
    assert bodies(events) == [{**PING, "id": 8}]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.integers(min_value=1, max_value=64))
def test_any_bytes_then_a_frame_never_lose_the_frame(garbage: bytes, chunk: int):
    decoder = FrameDecoder(max_body=4096)
    data = garbage + b"\r\n" + frame(PING)
    events = []
    for i in range(0, len(data), chunk):
        events += drain(decoder, data[i : i + chunk])
    assert PING in bodies(events)


def test_parse_body_errors():
    assert parse_body(b"\xff\xfe").code == PARSE_ERROR
    assert "not UTF-8" in parse_body(b"\xff\xfe").message
    assert "not JSON" in parse_body(b"{nope").message
    assert "nested too deeply" in parse_body(b"[" * 100_000).message
    for constant in (b"NaN", b"Infinity", b"-Infinity"):  # Python's json takes them; JSON does not
        assert "is not JSON" in parse_body(b'{"settleSeconds": ' + constant + b"}").message


@pytest.mark.parametrize(
    "message, code, msg_id, answer, text",
    [
        ([PING], INVALID_REQUEST, None, True, "batches"),
        ("ping", INVALID_REQUEST, None, True, "must be an object"),
        ({**PING, "id": {"x": 1}}, INVALID_REQUEST, None, True, "'id' must be an integer or a string"),
        ({**PING, "id": None}, INVALID_REQUEST, None, True, "'id'"),
        ({**PING, "id": 1.5}, INVALID_REQUEST, None, True, "'id'"),
        ({**PING, "id": True}, INVALID_REQUEST, None, True, "'id'"),
        ({"id": 3, "method": "x"}, INVALID_REQUEST, 3, True, "'jsonrpc' must be \"2.0\", got nothing"),
        ({"jsonrpc": "1.0", "id": 3, "method": "x"}, INVALID_REQUEST, 3, True, 'got "1.0"'),
        ({"jsonrpc": "1.0", "method": "x"}, INVALID_REQUEST, None, False, "'jsonrpc'"),
        ({"jsonrpc": "2.0", "id": 3, "method": 5}, INVALID_REQUEST, 3, True, "'method'"),
        ({"jsonrpc": "2.0", "id": 3, "method": ""}, INVALID_REQUEST, 3, True, "'method'"),
        ({"jsonrpc": "2.0", "id": 3}, INVALID_REQUEST, 3, True, "'method' is required"),
        ({"jsonrpc": "2.0"}, INVALID_REQUEST, None, False, "neither"),
        ({**PING, "params": "x"}, INVALID_PARAMS, 7, True, "ping: params must be an object, got string"),
    ],
)
def test_invalid_envelopes_say_what_to_answer(message, code, msg_id, answer, text):
    result = check_envelope(message)
    assert isinstance(result, Invalid)
    assert (result.code, result.id, result.answer) == (code, msg_id, answer)
    assert text in result.message


def test_valid_envelopes_pass_untouched_including_nested_jsonrpc_keys():
    nested = {**PING, "params": {"text": "x", "extra": {"jsonrpc": "2.0", "id": 1, "method": "y"}}}
    assert check_envelope(nested) is nested
    assert check_envelope({"jsonrpc": "2.0", "id": "a", "result": None}) is not None
    response = {"jsonrpc": "2.0", "id": "ours"}
    assert check_envelope(response, lambda i: i == "ours") is response


def test_params_nested_too_deep_are_refused_before_a_handler_recurses():
    deep: dict = {}
    node = deep
    for _ in range(100):
        node["a"] = {}
        node = node["a"]
    result = check_envelope({**PING, "params": deep})
    assert (
        isinstance(result, Invalid) and result.code == INVALID_PARAMS and "deeper than 64" in result.message
    )


def test_lone_surrogates_are_found_by_path_and_replaced_one_unit_for_one():
    params = json.loads('{"a": [1, {"b": "ok \\ud83d\\ude00", "c": "bad \\ud800 here"}]}')
    assert lone_surrogate_path(params) == "params.a[1].c"
    fixed = replace_lone_surrogates(params)
    assert fixed["a"][1]["c"] == "bad \ufffd here" and fixed["a"][1]["b"] == "ok 😀"
    assert lone_surrogate_path(fixed) is None
    assert lone_surrogate_path(json.loads('{"\\udc00": 1}')) == "params (a key)"
