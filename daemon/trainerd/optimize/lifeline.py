"""Tie a child process's life to its parent's: when the parent dies (even by SIGKILL) the child and
its process group go too.

The worker runs in its own session (so cancelling a run can kill its whole group); that also means
nothing kills it when the daemon is killed. A SIGKILLed daemon can do nothing, so the worker watches:
a daemon thread notices its parent pid change (re-parenting) and kills its group. So an interrupted
run is really dead, which is what the ``pid`` recorded in ``workflow-status.json`` promises.
(``PR_SET_PDEATHSIG`` is not used: it fires when the parent *thread* that spawned the child exits,
and the daemon spawns workers from short-lived threads.)
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time

POLL_S = 0.5


def _kill_group() -> None:
    with contextlib.suppress(OSError):
        if os.getpgid(0) == os.getpid():  # we lead our group: take our own children with us
            os.killpg(0, signal.SIGKILL)
    os._exit(137)


def die_with_parent(poll_s: float = POLL_S) -> None:
    """Call early in the child. Returns at once; the watch runs in a daemon thread."""
    parent = os.getppid()
    if parent == 1:  # already orphaned: the parent died before we got here
        _kill_group()

    def watch() -> None:
        while True:
            time.sleep(poll_s)
            if os.getppid() != parent:
                _kill_group()

    threading.Thread(target=watch, name="trainerd-lifeline", daemon=True).start()
