"""Helpers for driving the daemon from pytest-lsp."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

from pytest_lsp import LanguageClient

TIMEOUT = 30
_ids = itertools.count(1_000_000)


async def request(client: LanguageClient, method: str, params: Any, timeout: float = TIMEOUT) -> Any:
    """Send a request and wait for the answer, bounded by ``timeout``."""
    return await asyncio.wait_for(client.protocol.send_request_async(method, params), timeout)


async def raw_request(client: LanguageClient, method: str, params: Any, timeout: float = TIMEOUT) -> Any:
    """Like :func:`request` but returns the result as plain JSON data.

    lsprotocol structures ``Command | CodeAction`` results by trying ``Command`` first and its
    converter turns a nested object into a string, so a CodeAction's command comes back mangled.
    Registering no result type keeps the wire data as it was sent.
    """
    msg_id = next(_ids)
    future = client.protocol.send_request(method, params, msg_id=msg_id)
    client.protocol._result_types[msg_id] = None
    return await asyncio.wait_for(asyncio.wrap_future(future), timeout)


def expect_notification(client: LanguageClient, method: str):
    """Register interest in a notification *before* the request that triggers it."""
    return client.protocol.wait_for_notification_async(method)
