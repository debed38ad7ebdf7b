"""Daemon start-up: cold start of ``trainerd serve`` to the ``initialize`` response, and the server's
resident memory right after it, side by side with a bare pygls server that registers nothing
(bench/bare_server.py, the floor).

    python bench/startup.py [--runs 9] [--json]

Each run starts both servers (alternating which goes first), sends ``initialize`` as soon as the
process exists, times the response (wall clock, and the server's own CPU time from /proc, which a
busy machine disturbs less), reads VmRSS from /proc/<pid>/status, then shuts the server down with
``shutdown`` + ``exit``. Figures are medians over the runs. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SERVERS = {
    "bare pygls": [sys.executable, str(HERE / "bare_server.py")],
    "trainerd serve": [sys.executable, "-m", "trainerd", "serve"],
}


_ENV = dict(os.environ)


def _frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def _read_message(stream) -> dict:
    length = None
    while True:
        line = stream.readline()
        if not line:
            raise EOFError("the server closed its stdout")
        if line == b"\r\n":
            break
        name, _, value = line.decode("ascii").partition(":")
        if name.lower() == "content-length":
            length = int(value)
    return json.loads(stream.read(length))


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds the process has used (less sensitive to a busy machine than wall time)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds from spawn to the initialize response, the server's CPU seconds by then, and its
    RSS in MiB right after it."""
    root = Path.cwd().as_uri()
    initialize = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {"processId": os.getpid(), "rootUri": root, "capabilities": {}},
    }
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_ENV
    )
    try:
        proc.stdin.write(_frame(initialize))
        proc.stdin.flush()
        while True:
            message = _read_message(proc.stdout)
            if message.get("id") == 1:
                break
        elapsed = time.perf_counter() - start
        rss = _rss_kib(proc.pid) / 1024
        cpu = _cpu_s(proc.pid)
        proc.stdin.write(_frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
        proc.stdin.write(_frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
        proc.stdin.write(_frame({"jsonrpc": "2.0", "method": "exit"}))
        proc.stdin.flush()
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return elapsed, cpu, rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE as inherited (trainerd's modules are then compiled at every start)",
    )
    args = parser.parse_args()
    if not args.no_bytecode_cache:
        # an installed trainerd has its .pyc files; an environment that forbids writing them would
        # measure the compiler, not the start-up path
        _ENV.pop("PYTHONDONTWRITEBYTECODE", None)

    for cmd in SERVERS.values():  # warm the page cache and .pyc files; not counted
        measure(cmd)
    samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in SERVERS}
    for run in range(args.runs):
        order = list(SERVERS) if run % 2 == 0 else list(reversed(SERVERS))
        for name in order:
            samples[name].append(measure(SERVERS[name]))

    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "runs": args.runs,
        "bytecode_cache": not args.no_bytecode_cache,
        "servers": {
            name: {
                "start_s_median": statistics.median(t for t, _, _ in s),
                "start_s_min": min(t for t, _, _ in s),
                "start_s_max": max(t for t, _, _ in s),
                "cpu_s_median": statistics.median(c for _, c, _ in s),
                "rss_mib_median": statistics.median(r for _, _, r in s),
            }
            for name, s in samples.items()
        },
    }
    bare, ours = result["servers"]["bare pygls"], result["servers"]["trainerd serve"]
    result["start_ratio"] = ours["start_s_median"] / bare["start_s_median"]
    result["cpu_ratio"] = ours["cpu_s_median"] / bare["cpu_s_median"]
    result["rss_ratio"] = ours["rss_mib_median"] / bare["rss_mib_median"]
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    cache = "with" if result["bytecode_cache"] else "without"
    print(f"{result['machine']}; median of {args.runs} runs (min-max), {cache} .pyc files")
    print(f"{'server':<16} {'start to initialize response':>30} {'CPU by then':>12} {'RSS after':>10}")
    for name, r in result["servers"].items():
        span = f"{r['start_s_median']:.3f} s ({r['start_s_min']:.3f}-{r['start_s_max']:.3f})"
        print(f"{name:<16} {span:>30} {r['cpu_s_median']:>10.2f} s {r['rss_mib_median']:>6.1f} MiB")
    print(
        f"trainerd / bare: start x{result['start_ratio']:.2f}, CPU x{result['cpu_ratio']:.2f}, "
        f"RSS x{result['rss_ratio']:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
