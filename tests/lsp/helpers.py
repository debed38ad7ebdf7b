"""Helpers for driving the daemon from pytest-lsp."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import signal
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


async def shutdown(client: LanguageClient, timeout: float = TIMEOUT) -> None:
    """``shutdown`` then ``exit``, and the daemon's exit, bounded by ``timeout``.

    A daemon that does not finish is aborted (SIGABRT: its faulthandler writes every thread's stack
    to its stderr, which pytest-lsp forwards into the test's captured output) and the test fails
    saying so, in seconds instead of at the suite's timeout.
    """
    await _bounded(client, client.shutdown_session(), timeout, "shut down")


async def stop(client: LanguageClient, timeout: float = TIMEOUT) -> None:
    """pytest-lsp's ``stop()`` (wait for the daemon to exit), bounded like :func:`shutdown`."""
    await _bounded(client, client.stop(), timeout, "exit after stop")


async def _bounded(client: LanguageClient, step: Any, timeout: float, what: str) -> None:
    try:
        await asyncio.wait_for(step, timeout)
    except TimeoutError:
        await abort_with_stacks(client)
        raise AssertionError(
            f"the daemon did not {what} within {timeout} s; its threads' stacks are in the captured stderr"
        ) from None


async def abort_with_stacks(client: LanguageClient, timeout: float = 10) -> None:
    """Abort a daemon that is still running and wait (bounded) until its stderr has been forwarded."""
    process = client._server
    if process is None or process.returncode is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(process.pid, signal.SIGABRT)
        os.kill(process.pid, signal.SIGCONT)  # a stopped process takes its signals only when continued
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(process.wait(), timeout)
    if process.returncode is None:
        process.kill()
    forwarder = client._stderr_forwarder
    if forwarder is not None:
        with contextlib.suppress(TimeoutError, asyncio.CancelledError):
            await asyncio.wait_for(asyncio.shield(forwarder), timeout)
