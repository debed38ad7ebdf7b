"""The pipe framing between the engine and its worker (no worker needed)."""

from __future__ import annotations

import io

import pytest

from trainerd.optimize.rpc import (
    ConnectionClosed,
    read_message,
    write_message,
)


def test_framing_round_trip_and_garbage() -> None:
    buf = io.BytesIO()
    write_message(buf, {"jsonrpc": "2.0", "id": 1, "result": {"x": "é"}})
    buf.seek(0)
    assert read_message(buf) == {"jsonrpc": "2.0", "id": 1, "result": {"x": "é"}}
    with pytest.raises(ConnectionClosed, match="stream ended"):
        read_message(buf)
    with pytest.raises(ConnectionClosed, match="not a framed JSON-RPC message"):
        read_message(io.BytesIO(b"hello from print()\n"))
