"""Fixes in the launch command: a free rendezvous port."""

from __future__ import annotations

import re

from trainerd.triage.classify import Triage
from trainerd.triage.fixes.base import Fix, FixContext


def _free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("", 0))
        return sock.getsockname()[1]


def fix_master_port(triage: Triage, ctx: FixContext) -> Fix | None:
    if not re.search(r"EADDRINUSE|address already in use", triage.message, re.I) or not ctx.command:
        return None
    cmd = ctx.command
    port = _free_port()
    launcher = re.match(r"\s*(\S*torchrun|\S*python[\d.]*\s+-m\s+torch\.distributed\.(?:run|launch))\b", cmd)
    if re.search(r"--master[_-]port[= ]+\d+", cmd):
        new = re.sub(r"(--master[_-]port[= ]+)\d+", rf"\g<1>{port}", cmd, count=1)
    elif re.search(r"\bMASTER_PORT=\d+", cmd):
        new = re.sub(r"(\bMASTER_PORT=)\d+", rf"\g<1>{port}", cmd, count=1)
    elif launcher:
        new = cmd[: launcher.end()] + f" --master_port={port}" + cmd[launcher.end() :]
    else:
        new = f"MASTER_PORT={port} {cmd}"
    return Fix(
        "master_port",
        f"Launch on free port {port}",
        f"launching on port {port}, which is free, instead of the rendezvous port another process holds; "
        "the training itself is unchanged",
        [f"the launch command only (restart with: {new})"],
        new_command=new,
        because="another process (often an earlier run that is still alive) holds the rendezvous port",
    )
