"""Benchmark: a line written by the training process -> readable from output.log (goal <= 50 ms).

A real script in a tmux/screen session prints ``LAT <time_ns>`` every 20 ms; this process follows
``output.log`` with inotify (as the log monitor does) and, for each line, takes the time it became
readable minus the time in the line. Both clocks are the same machine's ``time.time_ns``.

Usage: python bench/training_log_latency.py [--lines 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from inotify_simple import INotify, flags

from trainerd.training import backends, sessions

WRITER = "import time\nfor i in range({n}):\n    print(f'LAT {{time.time_ns()}}', flush=True)\n    time.sleep(0.02)\n"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def measure(backend: str, lines: int) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / ".git").mkdir()
        (root / "writer.py").write_text(WRITER.format(n=lines))
        name = f"bench-latency-{backend}"
        log = sessions.session_dir(root, name) / "output.log"
        latencies: list[float] = []
        inotify = INotify()
        result = sessions.launch(
            f"{sys.executable} writer.py", root, backend=backend, name=name, settle_seconds=0
        )
        try:
            inotify.add_watch(str(log), flags.MODIFY)
            buffer = b""
            with open(log, "rb") as fh:
                deadline = time.monotonic() + lines * 0.02 + 20
                while len(latencies) < lines and time.monotonic() < deadline:
                    inotify.read(timeout=1000)
                    buffer += fh.read()
                    now = time.time_ns()
                    *complete, buffer = buffer.split(b"\n")
                    for line in complete:
                        text = line.decode(errors="replace").strip()
                        if text.startswith("LAT ") and text[4:].isdigit():
                            latencies.append((now - int(text[4:])) / 1e6)
        finally:
            inotify.close()
            sessions.stop(root, result.session.name, grace_seconds=2)
        return latencies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=200)
    args = parser.parse_args()
    for backend in ("tmux", "screen"):
        if not backends.BACKENDS[backend].available():
            print(f"{backend}: not installed")
            continue
        values = measure(backend, args.lines)
        print(
            f"{backend}: {len(values)} lines, median {statistics.median(values):.1f} ms, "
            f"p95 {pct(values, 0.95):.1f} ms, worst {max(values):.1f} ms"
        )


if __name__ == "__main__":
    main()
