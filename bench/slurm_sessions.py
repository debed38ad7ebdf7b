"""Benchmark: listing 50 Slurm sessions (goal <= 500 ms; one squeue call, not one per job).

50 jobs are submitted through trainerd on the one-node test cluster (8 run, the rest wait for
resources), then timed, each several times:

- ``sessions.list_sessions(root)`` in-process (the service the daemon's ``trainer/sessions`` and the
  supervisor call; the cluster is asked afresh every time);
- ``trainerd sessions --json`` as a user runs it (a new Python process each time);
- floors measured in the same run: one bare ``squeue`` for the 50 job ids, and ``trainerd sessions
  --json`` on a project with no session (the CLI's own start-up).

Usage: python bench/slurm_sessions.py [--jobs 50] [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.training.slurm_cluster import cluster_in_use  # noqa: E402
from trainerd.training import sessions  # noqa: E402

FIELDS = "JobID:|,ArrayJobID:|,State:|,Reason:|,NodeList:|,Exit_Code:|,StartTime:|,EndTime:|,StdOut:|"


def timed(fn, runs: int) -> list[float]:
    values = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        values.append((time.perf_counter() - start) * 1000)
    return values


def show(label: str, values: list[float]) -> None:
    print(f"{label}: median {statistics.median(values):.0f} ms, worst {max(values):.0f} ms (n={len(values)})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=50)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    os.environ["TRAINERD_SLURM_POLL_SECONDS"] = "0"  # every listing asks the cluster
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    with cluster_in_use(), tempfile.TemporaryDirectory() as tmp:
        root, empty = Path(tmp) / "proj", Path(tmp) / "empty"
        for folder in (root, empty):
            (folder / ".git").mkdir(parents=True)
        ids = []
        start = time.perf_counter()
        for _ in range(args.jobs):
            result = sessions.launch("sleep 600", root, backend="slurm", settle_seconds=0)
            ids.append(result.session.job.id)
        print(f"submitted {len(ids)} jobs in {time.perf_counter() - start:.1f} s")
        try:
            listed = sessions.list_sessions(root)
            states: dict[str, int] = {}
            for record in listed:
                states[record.status] = states.get(record.status, 0) + 1
            print(f"{len(listed)} sessions: {states}")
            show(
                "sessions.list_sessions (in-process)", timed(lambda: sessions.list_sessions(root), args.runs)
            )
            cli = [sys.executable, "-m", "trainerd", "sessions", "--json", "--root"]
            show(
                "trainerd sessions --json (new process)",
                timed(lambda: subprocess.run([*cli, str(root)], capture_output=True, check=True), args.runs),
            )
            squeue = ["squeue", "-h", "-t", "all", "-j", ",".join(ids), "-O", FIELDS]
            show(
                "floor: one bare squeue for the job ids",
                timed(lambda: subprocess.run(squeue, capture_output=True, check=True), args.runs),
            )
            show(
                "floor: trainerd sessions --json, no session",
                timed(lambda: subprocess.run([*cli, str(empty)], capture_output=True, check=True), args.runs),
            )
        finally:
            subprocess.run(["scancel", *ids], capture_output=True, timeout=60)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
