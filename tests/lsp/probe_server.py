"""``trainerd serve`` with a few test-only requests that make conditions the real features make only
by chance or slowly: service calls that block until released, a handler that crashes, and a look at
how many request futures pygls holds (the executeCommand leak of pygls 2.1.1).

- ``test/block`` ``{"key": str}``: a service call (``features.common.call_service``) that waits
  until ``test/release`` ``{"key": str}`` (a notification) releases it; answers ``{"released": key}``.
- ``workspace/executeCommand`` of ``trainer.test.blockCommand`` ``[key]``: the same, behind a command.
- ``test/crash``: raises ``RuntimeError("probe crash")`` inside the handler.
- ``test/pending``: ``{"futures": n}``, the number of futures pygls' protocol holds.
- ``test/children``: the pids of the daemon's live child processes, and of its zombies.

Started by tests/lsp/test_daemon_wire.py; wraps the real ``create_server`` and runs the normal
``trainerd serve`` path (``trainerd.cli.main``).
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import trainerd.server

_create_server = trainerd.server.create_server
_gates: dict[str, threading.Event] = {}
_lock = threading.Lock()


def _gate(key: str) -> threading.Event:
    with _lock:
        return _gates.setdefault(key, threading.Event())


def create_probe_server(*args, **kwargs):
    server = _create_server(*args, **kwargs)

    @server.feature("test/block")
    async def block(ls, params):  # no annotations: pygls would try to structure them
        from trainerd.features.common import call_service

        key = params.key  # pygls hands untyped params over as a namedtuple

        def wait() -> dict:
            _gate(key).wait(60)
            return {"released": key}

        return await call_service(ls, "test/block", wait)

    @server.command("trainer.test.blockCommand")
    async def block_command(ls, args):
        """The same wait as ``test/block``, behind ``workspace/executeCommand`` (a request pygls runs as a
        generator, whose future is a thread future: cancelling it answers at once)."""
        from trainerd.features.common import call_service

        key = args[0]

        def wait() -> dict:
            _gate(key).wait(60)
            return {"released": key}

        return await call_service(ls, "test/blockCommand", wait)

    @server.feature("test/release")
    def release(ls, params):
        _gate(params.key).set()

    @server.feature("test/crash")
    def crash(ls, params):
        raise RuntimeError("probe crash")

    @server.feature("test/pending")
    def pending(ls, params):
        return {"futures": len(ls.protocol._request_futures)}

    @server.feature("test/children")
    def children(ls, params):
        me = str(os.getpid())
        found, zombies = [], []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == me:
                (zombies if fields[0] == "Z" else found).append(int(stat.parent.name))
        return {"children": found, "zombies": zombies}

    return server


trainerd.server.create_server = create_probe_server

if __name__ == "__main__":
    from trainerd.cli import main

    raise SystemExit(main(["serve", *sys.argv[1:]]))
