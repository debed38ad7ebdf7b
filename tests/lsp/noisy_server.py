"""``trainerd serve`` with one extra request, ``test/noise``, whose handler writes to stdout every way
code inside the daemon can: ``print``, ``sys.stdout.write``, ``sys.__stdout__``, ``os.write(1, …)``,
C-level ``puts`` + ``fflush``, a thread-pool thread and a child process that inherits fd 1.

Started by tests/lsp/test_daemon_process.py as the server process; it wraps the real
``create_server`` and then runs the normal ``trainerd serve`` path (``trainerd.cli.main``).
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys

import trainerd.server

MARK = "NOISE-FROM-DAEMON"
_create_server = trainerd.server.create_server


def _noise(where: str) -> None:
    print(f"{MARK} print {where}")
    sys.stdout.write(f"{MARK} sys.stdout.write {where}\n")
    sys.stdout.flush()
    sys.__stdout__.write(f"{MARK} sys.__stdout__ {where}\n")
    sys.__stdout__.flush()
    os.write(1, f"{MARK} os.write(1) {where}\n".encode())
    libc = ctypes.CDLL(None)
    libc.puts(f"{MARK} libc puts {where}".encode())
    libc.fflush(None)


def create_noisy_server(*args, **kwargs):
    _noise("create_server")  # like a library that prints on import (opto does)
    server = _create_server(*args, **kwargs)

    @server.feature("test/noise")
    def noise(ls, params):  # no annotations: pygls would try to structure them
        _noise("handler")
        ls.thread_pool.submit(_noise, "thread").result()
        subprocess.run(["echo", f"{MARK} child process"], check=True)
        return {"noisy": True}

    return server


trainerd.server.create_server = create_noisy_server

if __name__ == "__main__":
    from trainerd.cli import main

    raise SystemExit(main(["serve", *sys.argv[1:]]))
