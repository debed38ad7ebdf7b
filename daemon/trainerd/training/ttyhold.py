"""Start a screen window's command with its terminal held open until screen has reaped it.

screen learns a window's command has ended either from SIGCHLD (and then prints the exit status)
or from the terminal closing (and then it only knows the command "detached from window"). The
terminal closes when the last process holding it exits. This script is the window's first process:
it forks a holder that keeps the inherited terminal open, then becomes the command (``exec``: same
pid, same environment, no wrapper left in between). The holder leaves its process group and session
(a Ctrl-C or a stop reaches the command only), never reads or writes the terminal, and exits once
screen has reaped the command (its ``/proc`` entry gone), so screen always handles SIGCHLD first.

Holding from the first instant is what makes this race-free: a holder started from outside after the
command was found (the earlier design) lost the race to a command that ended within its start-up, a
few hundred milliseconds on a busy machine.

Run as a file, stdlib only, in isolated mode so the session's ``PYTHON*`` variables cannot break it:
``python -I ttyhold.py LC_CTYPE=VALUE|-LC_CTYPE SHELL -c COMMAND``. The first argument is the
launch's own ``LC_CTYPE`` (or that it had none): Python coerces a C locale by setting
``LC_CTYPE=C.UTF-8`` in its environment (PEP 538, not switchable off under ``-I``), and the command
must get the environment it was launched with, unchanged.
"""

from __future__ import annotations

import os
import select
import signal
import sys
import time

REAP_WAIT_SECONDS = 10.0  # after the command ended, how long screen gets to reap it


def hold(pid: int) -> None:
    """Keep the inherited terminal (fds 0-2) open until ``pid`` has ended and been reaped."""
    try:
        pidfd = os.pidfd_open(pid)
    except (OSError, AttributeError):
        pidfd = None
    if pidfd is not None:
        select.select([pidfd], [], [])
    else:  # pragma: no cover - kernels without pidfd
        while os.path.exists(f"/proc/{pid}"):
            time.sleep(0.2)
    deadline = time.monotonic() + REAP_WAIT_SECONDS
    while os.path.exists(f"/proc/{pid}") and time.monotonic() < deadline:  # a zombie until screen reaps it
        time.sleep(0.01)


def locale_argument(env: dict[str, str]) -> str:
    """The first argument for a launch with environment ``env``."""
    return f"LC_CTYPE={env['LC_CTYPE']}" if "LC_CTYPE" in env else "-LC_CTYPE"


def main(argv: list[str]) -> None:
    locale, argv = argv[0], argv[1:]
    if locale.startswith("LC_CTYPE="):
        os.environ["LC_CTYPE"] = locale.partition("=")[2]
    else:
        os.environ.pop("LC_CTYPE", None)
    pid = os.getpid()
    child = os.fork()
    if child == 0:
        try:
            os.setsid()  # own session and group: signals for the command's group do not reach it
            if os.fork():
                os._exit(0)  # the holder is a grandchild: never a child the command could wait for
            signal.signal(signal.SIGHUP, signal.SIG_IGN)
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            hold(pid)
        finally:
            os._exit(0)
    os.waitpid(child, 0)
    # Python ignores SIGPIPE and SIGXFSZ; an ignored signal stays ignored across exec
    for name in ("SIGPIPE", "SIGXFSZ"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    os.execvp(argv[0], argv)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: python -I ttyhold.py LC_CTYPE=VALUE|-LC_CTYPE PROGRAM [ARGS...]")
    main(sys.argv[1:])
