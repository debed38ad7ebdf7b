"""Triage of long logs from the command line: time and peak memory of ``trainerd triage FILE --json``.

    python bench/triage_longlog.py [--sizes 1000000,5000000] [--mb 50]

Each log is written to a temporary folder now (nothing is vendored): Hugging Face metric dicts and tqdm
``\\r`` updates, a handled traceback in the middle, and a crash (a traceback whose root cause is a CUDA
OOM on rank 1, the other rank stopped) at the end. Floors measured in the same run on the same file:
``wc -l`` (reading it once) and ``grep -c Traceback``. Peak RSS is the child process's own (``wait4``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CRASH = """[rank1]: Traceback (most recent call last):
[rank1]:   File "/work/proj/train.py", line 88, in <module>
[rank1]:     loss.backward()
[rank1]: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 1 has a total capacity of 39.39 GiB of which 1.02 GiB is free.
[rank0]:[E1203 10:01:12.123 ProcessGroupNCCL.cpp:616] [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=240, OpType=ALLREDUCE) ran for 600012 milliseconds before timing out.
"""
MIDDLE = """Traceback (most recent call last):
  File "/work/proj/data.py", line 12, in load
    return json.load(fh)
json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)
skipping a corrupt shard, continuing
"""


def write_log(path: Path, lines: int | None = None, megabytes: int | None = None) -> int:
    """Write a training log of about ``lines`` lines (or ``megabytes`` MB); returns its line count."""
    n = 0
    size = 0
    target_lines = lines or 10**12
    target_bytes = (megabytes or 10**9) * 1_000_000
    with open(path, "w", encoding="utf-8") as fh:
        i = 0
        while n < target_lines and size < target_bytes:
            if i % 2:
                row = f"{{'loss': {2 / (i + 2):.4f}, 'grad_norm': 0.71, 'learning_rate': 4.9e-05, 'epoch': {i / 20000:.3f}}}\n"
            else:
                row = f"  {i % 100}%|#####     | {i}/900000 [01:10<10:12,  9.50it/s]\r{i % 100}%|######    | {i + 1}/900000 [01:10<10:12,  9.51it/s]\n"
            if i == 100_000:
                row += MIDDLE
            fh.write(row)
            size += len(row)
            n += row.count("\n")
            i += 1
        fh.write(CRASH)
        n += CRASH.count("\n")
    return n


def timed(argv: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (MiB) and stdout of one child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read() if proc.stdout else b""
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - t0, usage.ru_maxrss // 1024, out.decode("utf-8", "replace")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000000,5000000", help="line counts to test")
    ap.add_argument("--mb", type=int, default=50, help="also a log of this many MB (0: skip)")
    args = ap.parse_args()
    cases = [("lines", int(s)) for s in args.sizes.split(",") if s] + ([("mb", args.mb)] if args.mb else [])
    with tempfile.TemporaryDirectory() as tmp:
        for kind, value in cases:
            log = Path(tmp) / f"{kind}-{value}.log"
            n = write_log(log, lines=value) if kind == "lines" else write_log(log, megabytes=value)
            mb = log.stat().st_size / 1e6
            wc, _, _ = timed(["wc", "-l", str(log)])
            grep, _, _ = timed(["grep", "-c", "Traceback", str(log)])
            seconds, rss, out = timed([sys.executable, "-m", "trainerd", "triage", str(log), "--json"])
            report = json.loads(out)
            root = report["errors"][report["root_cause"]] if report["root_cause"] is not None else {}
            print(
                f"{n:>9,} lines {mb:6.0f} MB: trainerd triage {seconds:5.2f} s, peak RSS {rss} MiB | "
                f"wc -l {wc:.2f} s, grep -c {grep:.2f} s | {len(report['errors'])} errors, root "
                f"{root.get('category')} rank {root.get('rank')} at line {root.get('log_lines', {}).get('start')}; "
                f"{report['summary'][:90]}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
