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


async def wait_for_diagnostics(client: LanguageClient, uri: str, predicate, timeout: float = TIMEOUT) -> list:
    """Wait until ``predicate(diagnostics of uri)`` holds; other features publish too, so one
    publishDiagnostics notification is not necessarily the awaited one."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate(list(client.diagnostics.get(uri, []))):
        left = deadline - loop.time()
        if left <= 0:
            raise TimeoutError(f"diagnostics of {uri} never matched; last: {client.diagnostics.get(uri)}")
        waiter = client.protocol.wait_for_notification_async("textDocument/publishDiagnostics")
        if predicate(list(client.diagnostics.get(uri, []))):  # published while registering
            break
        await asyncio.wait_for(waiter, left)
    return list(client.diagnostics.get(uri, []))
