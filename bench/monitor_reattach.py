"""Daemon re-attach to a long finished log: time to the crash at its end, LSP round trips meanwhile, exit.

    python bench/monitor_reattach.py [--lines 1000000] [--rounds 3]

A project holds one finished session whose ``output.log`` has ``--lines`` lines of training output
(tqdm lines piped to a file, ``step`` lines, DeepSpeed ``log_dist`` lines, logger lines) and a traceback at
the end. A real ``trainerd serve`` is started over stdio on that project; the client measures:

- how long after ``initialized`` the ``crash`` ``trainer/sessionEvent`` for the traceback arrives;
- LSP round trips (a request for an unknown method: the daemon's event loop answers it) while the
  daemon catches up, against the same round trips on a project whose log is 100 lines long (idle);
- how long the daemon takes to exit after ``shutdown`` + ``exit`` sent in the middle of a catch-up.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "lsp"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from monitor_catchup import TAIL, mixed  # noqa: E402
from rawclient import RawClient  # noqa: E402


def make_project(tmp: Path, lines: int) -> Path:
    import random

    root = tmp / f"proj-{lines}"
    (root / "data").mkdir(parents=True)
    (root / "train.py").write_text("def main():\n    open('data/shard.bin')\n\n\nmain()\n")
    session = root / ".trainer-workspace" / "training" / "trainer-train-20261203-000000"
    session.mkdir(parents=True)
    record = {
        "name": session.name,
        "command": "python train.py",
        "cwd": str(root),
        "backend": "tmux",
        "root": str(root),
        "session_dir": str(session),
        "log_path": str(session / "output.log"),
        "started_at": "2026-12-03T00:00:00Z",
        "state": "exited",
        "status": "exited 1",
        "exit_code": 1,
        "ended_at": "2026-12-03T01:00:00Z",
    }
    (session / "session.json").write_text(json.dumps(record))
    r = random.Random(0)
    tail = TAIL.replace("/work/proj/train.py", str(root / "train.py"))
    with open(session / "output.log", "w") as fh:
        block = []
        for i in range(1, lines - 5):
            block.append(mixed(i, r))
            if len(block) >= 100_000:
                fh.write("".join(block))
                block = []
        fh.write("".join(block) + tail)
    return root


def start(root: Path) -> tuple[subprocess.Popen, RawClient]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "trainerd", "serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=root,
    )
    client = RawClient.over_process(proc)
    client.initialize(root.as_uri())
    return proc, client


def round_trip(client: RawClient) -> float:
    t0 = time.perf_counter()
    client.request("trainer/noSuchMethod", {}, timeout=120)
    return time.perf_counter() - t0


def is_crash(message: dict) -> bool:
    return message.get("method") == "trainer/sessionEvent" and message["params"].get("kind") == "crash"


def measure(root: Path, exit_early: bool = False) -> dict:
    for events in root.glob(".trainer-workspace/training/*/events.jsonl"):
        events.unlink()  # a daemon never sends an event twice: each round starts as a first attach
    t0 = time.perf_counter()
    proc, client = start(root)
    ready = time.perf_counter()
    trips = []
    result: dict = {}
    if exit_early:
        time.sleep(1.0)  # the catch-up is under way
        client.request("shutdown", None)
        t_exit = time.perf_counter()
        client.notify("exit")
        proc.wait(timeout=120)
        return {"exit_s": round(time.perf_counter() - t_exit, 3), "exit_code": proc.returncode}
    crash_at = None
    while crash_at is None and time.perf_counter() - ready < 300:
        trips.append(round_trip(client))
        if any(is_crash(m) for m in client.messages()):
            crash_at = time.perf_counter() - ready
    event = next(m for m in client.messages() if is_crash(m))
    idle = [round_trip(client) for _ in range(30)]
    client.request("shutdown", None)
    t_exit = time.perf_counter()
    client.notify("exit")
    proc.wait(timeout=120)
    result.update(
        crash_s=round(crash_at or -1, 2),
        crash=event["params"]["message"][:80],
        trips=len(trips),
        trip_median_ms=round(1000 * statistics.median(trips), 2),
        trip_p90_ms=round(1000 * sorted(trips)[int(0.9 * (len(trips) - 1))], 2),
        after_median_ms=round(1000 * statistics.median(idle), 2),
        exit_s=round(time.perf_counter() - t_exit, 3),
        start_s=round(ready - t0, 2),
    )
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small, big = make_project(Path(tmp), 100), make_project(Path(tmp), args.lines)
        size = (big / ".trainer-workspace/training/trainer-train-20261203-000000/output.log").stat().st_size
        print(f"# log: {args.lines} lines, {size / 2**20:.0f} MiB", flush=True)
        for _ in range(args.rounds):
            print("idle ", json.dumps(measure(small)), flush=True)
            print("long ", json.dumps(measure(big)), flush=True)
            print("exit during catch-up", json.dumps(measure(big, exit_early=True)), flush=True)
    print(
        f"# {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    )


if __name__ == "__main__":
    main()
