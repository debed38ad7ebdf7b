"""Live flag latency: from the ``write`` of a metric line with a NaN to the supervisor's ``flag`` event.

    python bench/monitor_latency.py [--n 50] [--prefill 200]

One session folder, one supervisor (the daemon's, in process; inotify on the log). Each round starts
a fresh session whose log already holds ``--prefill`` healthy HF Trainer 5.x lines, then appends one
line with ``'grad_norm': 'nan'`` and times it to the ``nan_inf`` flag event.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import tempfile
import time
from pathlib import Path

HEALTHY = "{{'loss': '{loss:.4g}', 'grad_norm': '0.91', 'learning_rate': '3e-05', 'epoch': '{epoch:.3g}'}}\n"
NAN = "{'loss': '2.113', 'grad_norm': 'nan', 'learning_rate': '3e-05', 'epoch': '0.9'}\n"


def session(root: Path, i: int, prefill: int) -> Path:
    d = root / ".trainer-workspace" / "training" / f"trainer-train-bench-{i:04d}"
    d.mkdir(parents=True)
    (d / "session.json").write_text(
        json.dumps({"name": d.name, "command": "python train.py", "cwd": str(root), "state": "running"})
    )
    (d / "output.log").write_text(
        "".join(HEALTHY.format(loss=3 - k / prefill, epoch=k / prefill) for k in range(prefill))
    )
    return d


def main() -> None:
    from trainerd.monitor import MonitorSettings
    from trainerd.training.supervisor import SessionSupervisor
    from trainerd.training.watch import SessionEvent

    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--prefill", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        flags: queue.Queue = queue.Queue()
        supervisor = SessionSupervisor([root], settings=MonitorSettings, registry=False)
        supervisor.add_listener(
            lambda o: (
                flags.put((time.perf_counter(), o.session))
                if isinstance(o, SessionEvent) and o.kind == "flag"
                else None
            )
        )
        supervisor.start()
        supervisor.ready.wait(10)
        out = []
        for i in range(args.n):
            d = session(root, i, args.prefill)
            deadline = time.monotonic() + 10
            while supervisor.tails.get(d.resolve()) is None or supervisor.tails[d.resolve()].more():
                assert time.monotonic() < deadline
                time.sleep(0.005)  # bench only: let the supervisor read the prefill first
            with open(d / "output.log", "a") as fh:
                t0 = time.perf_counter()
                fh.write(NAN)
                fh.flush()
            while True:
                t1, name = flags.get(timeout=10)
                if name == d.name:
                    break
            out.append((t1 - t0) * 1000)
        supervisor.stop()
    out.sort()
    print(
        f"line written -> nan_inf flag event: n={len(out)} median {statistics.median(out):.1f} ms, "
        f"p95 {out[int(0.95 * (len(out) - 1))]:.1f} ms, max {out[-1]:.1f} ms"
    )
    print(
        f"# {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    )


if __name__ == "__main__":
    main()
