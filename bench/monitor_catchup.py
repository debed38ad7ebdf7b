"""Re-attach speed: the monitor reading a long finished log, against a single-regex loop over the same file.

    python bench/monitor_catchup.py [--lines 5000000] [--formats nanogpt,hf5,mixed]

For each format it writes a log of ``--lines`` lines in the shape real runs print (nanoGPT-style
``iter`` lines, HF Trainer 5.x dicts with quoted values, or a mix with tqdm lines piped to a file,
DeepSpeed ``log_dist`` lines and plain ``step`` lines), with a NaN a few lines before the end and a
traceback at the end. It then times, each in a fresh child process (so peak memory is the run's own):

- the floor: ``for line in fh: RX.search(line)`` with one metric regex;
- the monitor: ``Monitor.catch_up`` over the file (what the daemon's re-attach runs), checking that
  the NaN was flagged;
- the monitor over a log of a fifth of the length, for memory against length.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LINE = {
    "nanogpt": lambda i, r: (
        f"iter {i}: loss {3.2 - i * 1e-7 + r.random() * 0.1:.4f}, time {45 + r.random() * 5:.2f}ms, mfu {31.2 + r.random():.2f}%\n"
    ),
    "hf5": lambda i, r: (
        f"{{'loss': '{2.1 + r.random() * 0.1:.4g}', 'grad_norm': '{0.8 + r.random() * 0.2:.4g}', 'learning_rate': '3e-05', 'epoch': '{i / 1e5:.4g}'}}\n"
    ),
}


def mixed(i: int, r: random.Random) -> str:
    k = i % 10
    if k < 5:
        return f"train:  45%|####5     | {i}/9000000 [1:10:00<1:25:00, {14 + r.random():.2f}it/s, loss={2 + r.random() * 0.1:.4f}]\n"
    if k < 8:
        return f"step {i} | loss {2 + r.random() * 0.1:.4f} | lr 3.00e-04 | grad_norm {0.5 + r.random() * 0.1:.3f}\n"
    if k == 8:
        return f"[2026-12-03 14:00:00,000] [INFO] [logging.py:128:log_dist] [Rank 0] step={i}, skipped=0, lr=[0.0003], mom=[(0.9, 0.999)]\n"
    return "12/03/2026 14:00:00 - INFO - __main__ - dataloader: prefetched shard 17 of 512\n"


LINE["mixed"] = mixed
TAIL = (
    "Traceback (most recent call last):\n"
    '  File "/work/proj/train.py", line 88, in <module>\n'
    "    main()\n"
    '  File "/work/proj/train.py", line 61, in main\n'
    "    batch = next(loader)\n"
    "RuntimeError: DataLoader worker (pid 4242) is killed by signal: Killed.\n"
)


def write_log(path: Path, fmt: str, lines: int) -> None:
    r = random.Random(0)
    make = LINE[fmt]
    nan_at = lines - 50
    with open(path, "w") as fh:
        block = []
        for i in range(1, lines - 5):
            line = make(i, r)
            if i == nan_at:
                line = line.replace("loss ", "loss nan ", 1).replace("'loss': '", "'loss': 'nan', 'x': '", 1)
                line = line.replace("loss=", "loss=nan, y=", 1)
            block.append(line)
            if len(block) >= 100_000:
                fh.write("".join(block))
                block = []
        fh.write("".join(block) + TAIL)


FLOOR = r"""
import re, sys, time, resource
RX = re.compile(r"loss[:=' ]+\s*'?([-+\d.eEnaif]+)")
t = time.perf_counter(); n = 0
with open(sys.argv[1], encoding="utf-8", errors="replace") as fh:
    for line in fh:
        if RX.search(line):
            n += 1
print(time.perf_counter() - t, n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
MONITOR = r"""
import sys, time, resource
from trainerd.monitor import Monitor
t = time.perf_counter()
mon = Monitor(log_name=sys.argv[1])
with open(sys.argv[1], "rb") as fh:
    mon.catch_up(fh)
mon.flush()
dt = time.perf_counter() - t
kinds = sorted({f.kind for f in mon.flags})
print(dt, mon.lineno, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, ",".join(kinds))
"""


def child(code: str, path: Path) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    return out.stdout.split()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=5_000_000)
    ap.add_argument("--formats", default="nanogpt,hf5,mixed")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in args.formats.split(","):
            big, small = Path(tmp) / f"{fmt}.log", Path(tmp) / f"{fmt}-small.log"
            write_log(big, fmt, args.lines)
            write_log(small, fmt, args.lines // 5)
            size = big.stat().st_size
            floors, mons = [], []
            for _ in range(args.rounds):
                floors.append(child(FLOOR, big))
                mons.append(child(MONITOR, big))
            small_run = child(MONITOR, small)
            floor_s = sorted(float(f[0]) for f in floors)[len(floors) // 2]
            mon_s = sorted(float(m[0]) for m in mons)[len(mons) // 2]
            row = {
                "format": fmt,
                "lines": args.lines,
                "mib": round(size / 2**20),
                "floor_s": round(floor_s, 2),
                "floor_lines_per_s": round(args.lines / floor_s),
                "monitor_s": round(mon_s, 2),
                "monitor_lines_per_s": round(args.lines / mon_s),
                "ratio": round(mon_s / floor_s, 2),
                "flags": mons[0][3] if len(mons[0]) > 3 else "",
                "peak_rss_mib": round(int(mons[0][2]) / 1024),
                "peak_rss_mib_fifth": round(int(small_run[2]) / 1024),
                "floor_peak_rss_mib": round(int(floors[0][2]) / 1024),
            }
            results.append(row)
            print(json.dumps(row), flush=True)
            big.unlink()
            small.unlink()
    print(
        f"# {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    )


if __name__ == "__main__":
    main()
