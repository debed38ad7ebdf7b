"""Benchmark: launch to "running" confirmed (goal <= 300 ms), for tmux and screen.

Each run calls ``sessions.launch`` with ``settle_seconds=0`` and reports ``confirmed_ms``: from
starting the backend command to the backend confirming the session exists with the command alive
(what a user waits for before "running" is shown), and the whole call (folder, session.json,
collision check included). Every session is stopped and closed afterwards.

Usage: python bench/training_launch.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from trainerd.training import backends, sessions


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    command = f"{sys.executable} -c 'import time; time.sleep(120)'"
    for backend in ("tmux", "screen"):
        if not backends.BACKENDS[backend].available():
            print(f"{backend}: not installed")
            continue
        confirmed, total = [], []
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            (root / ".git").mkdir()
            for i in range(args.runs):
                started = time.perf_counter()
                result = sessions.launch(
                    command, root, backend=backend, name=f"bench-launch-{backend}-{i}", settle_seconds=0
                )
                total.append((time.perf_counter() - started) * 1000)
                assert result.session.state == "running", result.session
                confirmed.append(result.confirmed_ms)
            for i in range(args.runs):
                sessions.stop(root, f"bench-launch-{backend}-{i}", grace_seconds=2)
        print(
            f"{backend}: confirmed running median {statistics.median(confirmed):.0f} ms, "
            f"p90 {pct(confirmed, 0.9):.0f} ms, worst {max(confirmed):.0f} ms; "
            f"whole launch() median {statistics.median(total):.0f} ms ({args.runs} runs)"
        )


if __name__ == "__main__":
    main()
