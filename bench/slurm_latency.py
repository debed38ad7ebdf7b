"""Benchmark: Slurm sessions on the one-node test cluster (scripts/slurm-cluster.sh).

1. **running seen** (goal <= 2 s after Slurm starts the job): each job's first command writes
   ``date +%s%N`` (the moment the batch script runs on the node); the daemon's supervisor
   (:class:`trainerd.training.supervisor.SessionSupervisor`, as ``trainerd serve`` runs it) reports the
   session ``running``; the difference is the figure. Submit -> running seen is reported beside it.
2. **line readable** (goal <= 100 ms): a job prints ``LAT <time_ns>`` every 20 ms into its Slurm
   output file; this process follows ``output.log`` with inotify (as the log monitor does) and takes,
   for each line, the time it became readable minus the time in the line. The floor, measured in the
   same run: the same writer started directly by this process, writing to a file.

Both clocks are this machine's (the one node is this host). Needs the test cluster (started here as
root when it is not up, stopped afterwards if this started it).

Usage: python bench/slurm_latency.py [--jobs 10] [--lines 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from inotify_simple import INotify, flags

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.training.slurm_cluster import cluster_in_use  # noqa: E402
from trainerd.training import sessions  # noqa: E402
from trainerd.training.supervisor import SessionSupervisor  # noqa: E402

WRITER = "import time\nfor i in range({n}):\n    print(f'LAT {{time.time_ns()}}', flush=True)\n    time.sleep(0.02)\n"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def summary(values: list[float], unit: str = "ms") -> str:
    return (
        f"median {statistics.median(values):.1f} {unit}, p90 {pct(values, 0.9):.1f} {unit}, "
        f"worst {max(values):.1f} {unit} (n={len(values)})"
    )


def running_seen(jobs: int) -> tuple[list[float], list[float]]:
    """(job started -> supervisor says running, submit -> supervisor says running), in ms."""
    after_start: list[float] = []
    after_submit: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / ".git").mkdir()
        seen: dict[str, int] = {}
        arrived = threading.Condition()

        kinds: list[tuple[str, str]] = []

        def listener(event) -> None:
            kinds.append((getattr(event, "session", ""), getattr(event, "kind", "")))
            if getattr(event, "kind", None) == "running":
                with arrived:
                    seen.setdefault(event.session, time.time_ns())
                    arrived.notify_all()

        supervisor = SessionSupervisor(roots=[root])
        supervisor.add_listener(listener)
        supervisor.start()
        try:
            for i in range(jobs):
                stamp = root / f"started-{i}"
                submitted = time.time_ns()
                result = sessions.launch(
                    f"date +%s%N > {stamp} && sleep 30", root, backend="slurm", settle_seconds=0
                )
                name = result.session.name
                with arrived:
                    if not arrived.wait_for(lambda name=name: name in seen, timeout=60):
                        raise SystemExit(
                            f"job {result.session.job.id}: no 'running' event within 60 s: {kinds}"
                        )
                started = int(stamp.read_text().strip())
                after_start.append((seen[name] - started) / 1e6)
                after_submit.append((seen[name] - submitted) / 1e6)
                sessions.stop(root, name, grace_seconds=1)
        finally:
            supervisor.stop()
    return after_start, after_submit


def follow(log: Path, lines: int, timeout: float) -> list[float]:
    latencies: list[float] = []
    inotify = INotify()
    try:
        inotify.add_watch(str(log), flags.MODIFY)
        buffer = b""
        with open(log, "rb") as fh:
            deadline = time.monotonic() + timeout
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
    return latencies


def line_latency(lines: int) -> tuple[list[float], list[float]]:
    """(Slurm job -> output.log, floor: a local process -> a file), in ms."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / ".git").mkdir()
        (root / "writer.py").write_text(WRITER.format(n=lines))
        name = "bench-slurm-latency"
        log = sessions.session_dir(root, name) / "output.log"
        result = sessions.launch(
            f"{sys.executable} writer.py", root, backend="slurm", name=name, settle_seconds=0
        )
        try:
            job_values = follow(log, lines, lines * 0.02 + 60)
        finally:
            sessions.stop(root, result.session.name, grace_seconds=1)
        floor_log = root / "floor.log"
        floor_log.touch()
        with open(floor_log, "ab") as out:
            writer = subprocess.Popen(
                [sys.executable, "writer.py"], cwd=root, stdout=out, stderr=subprocess.STDOUT
            )
            try:
                floor_values = follow(floor_log, lines, lines * 0.02 + 20)
            finally:
                writer.wait(timeout=30)
    return job_values, floor_values


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=10)
    parser.add_argument("--lines", type=int, default=200)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    with cluster_in_use() as node:
        print(f"cluster node: {node}")
        after_start, after_submit = running_seen(args.jobs)
        print(f"job started -> supervisor reports running: {summary(after_start)}")
        print(f"submit -> supervisor reports running:      {summary(after_submit)}")
        job_values, floor_values = line_latency(args.lines)
        print(f"line written by the job -> readable in output.log: {summary(job_values)}")
        print(f"floor (a local process -> a file, same reader):   {summary(floor_values)}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
