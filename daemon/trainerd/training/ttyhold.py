"""Sidecar for screen sessions: hold the command's terminal open until the command has exited.

screen learns a window's command has ended either from SIGCHLD (and then prints the exit status)
or from the terminal closing (and then it only knows the command "detached"). The terminal closes
when the last process holding it exits, so while this process holds it, screen handles SIGCHLD
first. It touches nothing of the command: it never reads or writes the terminal, and leaves half a
second after the exit so screen has reaped the child.

Usage: ``python -m trainerd.training.ttyhold PID``
"""

from __future__ import annotations

import contextlib
import os
import select
import sys
import time


def hold(pid: int) -> None:
    try:
        tty = os.readlink(f"/proc/{pid}/fd/0")
        fd = os.open(tty, os.O_RDONLY | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError:
        return
    try:
        try:
            pidfd = os.pidfd_open(pid)
        except (OSError, AttributeError):
            pidfd = None
        if pidfd is not None:
            select.select([pidfd], [], [])
        else:  # pragma: no cover - kernels without pidfd
            while os.path.exists(f"/proc/{pid}"):
                time.sleep(0.2)
        time.sleep(0.5)
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1].isdigit():
        hold(int(sys.argv[1]))
