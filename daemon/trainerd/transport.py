"""Threads of the daemon's transport: the one that reads the client, and the pool for service work.

pygls reads stdin through the same 6-thread pool that runs blocking handlers, so five blocked
service calls stopped every other request and six stopped ``shutdown`` (issue 13). Here the reader
is its own thread and blocking work goes to :class:`ServicePool`, whose threads are daemon threads:
a call that never returns can neither starve the reader nor hold the process at exit.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import queue
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor, Future
from typing import Any, BinaryIO

logger = logging.getLogger(__name__)

CHUNK = 65536
SERVICE_THREADS = 16  # blocking service calls at once; more wait their turn (and can be cancelled)


def threaded_reader(stream: BinaryIO) -> Callable[[], Awaitable[bytes]]:
    """An async ``next_chunk()`` over ``stream``, read by a dedicated thread (b"" at end of input).

    At most a few chunks wait in memory: when the event loop falls behind, the thread stops
    reading and the client's writes block, instead of the daemon buffering without bound.
    """
    chunks: asyncio.Queue[bytes] | None = None

    def read_one() -> bytes:
        try:
            return os.read(stream.fileno(), CHUNK)
        except (AttributeError, io.UnsupportedOperation):  # a stream without a file descriptor
            read1 = getattr(stream, "read1", None)
            return read1(CHUNK) if read1 is not None else stream.read(CHUNK)
        except OSError as exc:
            logger.warning("reading from the client failed: %s", exc)
            return b""

    def pump(loop: asyncio.AbstractEventLoop, target: asyncio.Queue[bytes]) -> None:
        while True:
            chunk = read_one()
            try:
                asyncio.run_coroutine_threadsafe(target.put(chunk), loop).result()
            except Exception:  # the loop is gone: the server is stopping
                return
            if not chunk:
                return

    async def next_chunk() -> bytes:
        nonlocal chunks
        if chunks is None:
            chunks = asyncio.Queue(maxsize=8)
            loop = asyncio.get_running_loop()
            threading.Thread(target=pump, args=(loop, chunks), name="trainerd-reader", daemon=True).start()
        return await chunks.get()

    return next_chunk


class ServicePool(Executor):
    """A bounded thread pool of daemon threads (``concurrent.futures`` semantics).

    Threads start on demand up to ``max_workers``; submissions beyond that queue and stay
    cancellable until a thread takes them. ``shutdown`` never waits for a call that is stuck.
    """

    def __init__(self, max_workers: int = SERVICE_THREADS) -> None:
        if max_workers < 1:
            raise ValueError("max_workers must be at least 1")
        self.max_workers = max_workers
        self._work: queue.SimpleQueue[tuple[Future[Any], Callable[..., Any], tuple, dict] | None] = (
            queue.SimpleQueue()
        )
        self._idle = threading.Semaphore(0)
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self._lock:
            if self._closed:
                raise RuntimeError("the service pool is shut down")
            future: Future[Any] = Future()
            self._work.put((future, fn, args, kwargs))
            if not self._idle.acquire(blocking=False) and len(self._threads) < self.max_workers:
                thread = threading.Thread(
                    target=self._worker, name=f"trainerd-service-{len(self._threads) + 1}", daemon=True
                )
                self._threads.append(thread)
                thread.start()
            return future

    def _worker(self) -> None:
        while True:
            item = self._work.get()
            if item is None:
                self._work.put(None)  # wake the next thread too
                return
            future, fn, args, kwargs = item
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(fn(*args, **kwargs))
                except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller
                    future.set_exception(exc)
            del item, future, fn, args, kwargs  # nothing of a finished call stays referenced
            self._idle.release()

    def shutdown(self, wait: bool = False, *, cancel_futures: bool = True) -> None:
        with self._lock:
            self._closed = True
        if cancel_futures:
            while True:
                try:
                    item = self._work.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item[0].cancel()
        self._work.put(None)
        if wait:
            for thread in list(self._threads):
                thread.join()
