"""The daemon's start-up path imports pygls and trainerd's wiring only: services, opto, LiteLLM, rich
and the test tools load inside the handlers that need them (speed figures: bench/startup.py)."""

from __future__ import annotations

import json
import subprocess
import sys

# what `trainerd serve` runs before it answers `initialize`
STARTUP = """
import json, sys
import trainerd.cli
from trainerd.stdio import reserve_stdout
import trainerd.server
trainerd.server.create_server()
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""
HEAVY = {
    "opto",
    "litellm",
    "rich",
    "numpy",
    "torch",
    "libtmux",
    "inotify_simple",
    "pytest",
    "_pytest",
    "jsonrpc_base",
}
WIRING = {
    "cli",
    "stdio",
    "server",
    "framing",
    "transport",
    "protocol",
    "data",
    "settings",
    "errors",
    "features",
    "lazy",  # the module __getattr__ that keeps the monitor package lazy
}

SETTINGS = {"trainerd.monitor", "trainerd.monitor.settings"}  # the package's __init__ is lazy


def test_startup_imports_no_service_and_no_heavy_library():
    proc = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    modules = json.loads(proc.stderr.strip().splitlines()[-1])
    heavy = [m for m in modules if m.split(".")[0] in HEAVY]
    services = [
        m
        for m in modules
        if m.startswith("trainerd.")
        and m.split(".")[1] not in WIRING
        and m not in SETTINGS  # a service's settings live with it (issue 12) and are read at start-up
    ]
    assert heavy == [], "imported at start-up; import it inside the handler that needs it"
    assert services == [], "trainerd services imported at start-up; import them inside handlers"
    assert "pygls.lsp.server" in modules
