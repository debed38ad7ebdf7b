"""Triage throughput: tracebacks classified per second over the labelled corpus, and a long log.

    python bench/triage_throughput.py [--rounds 20]

Prints the per-category accuracy of the corpus too (the figures in docs/performance.md).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.triage.test_corpus import accuracy  # noqa: E402
from trainerd.triage.classify import classify_text  # noqa: E402
from trainerd.triage.extract import extract  # noqa: E402
from trainerd.triage.service import triage_text  # noqa: E402

CORPUS = REPO / "tests" / "triage" / "corpus"


def read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    labels = json.loads((CORPUS / "labels.json").read_text())
    texts = [read(CORPUS / name) for name in labels]
    field = sorted((REPO / "tests" / "triage" / "field").rglob("*.log"))
    texts += [read(p) for p in field]
    errors_per_round = sum(len(extract(t)) for t in texts)

    def rate(fn) -> tuple[float, float]:
        times = []
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            for t in texts:
                fn(t)
            times.append(time.perf_counter() - t0)
        best, median = min(times), statistics.median(times)
        return errors_per_round / median, errors_per_round / best

    print(
        f"corpus: {len(texts)} logs ({len(labels)} tests/triage/corpus + {len(field)} tests/triage/field), "
        f"{errors_per_round} errors (tracebacks and header-less errors)"
    )
    med, best = rate(classify_text)
    print(f"extract+classify: {med:,.0f} errors/s (median round), {best:,.0f} best")
    projects = [(CORPUS / labels[n]["project"]) if "project" in labels[n] else CORPUS for n in labels]
    projects += [CORPUS] * len(field)
    pairs = list(zip(texts, projects, strict=True))
    times = []
    for _ in range(max(3, args.rounds // 4)):
        t0 = time.perf_counter()
        for t, cwd in pairs:
            triage_text(t, cwd=cwd)
        times.append(time.perf_counter() - t0)
    print(
        f"extract+classify+fix proposals (reads the fixture projects): {errors_per_round / statistics.median(times):,.0f} errors/s"
    )

    # a long training log: 50,000 metric/progress lines with one traceback at the end
    body = "".join(
        f"{{'loss': {1 / (i + 1):.4f}, 'grad_norm': 0.5, 'learning_rate': 5e-05, 'epoch': {i / 1000:.2f}}}\n"
        f"  {i % 100}%|#####     | {i}/50000 [00:10<00:12,  4.50it/s]\r"
        for i in range(25_000)
    )
    long_log = body + read(CORPUS / "real_file_not_found_read.log")
    t0 = time.perf_counter()
    found = classify_text(long_log)
    dt = time.perf_counter() - t0
    size = len(long_log.encode()) / 1e6
    print(
        f"long log: {size:.1f} MB, {long_log.count(chr(10)):,} lines -> {len(found)} error in {dt * 1000:.0f} ms "
        f"({size / dt:.1f} MB/s)"
    )

    from trainerd.monitor import Monitor

    mon = Monitor()
    t0 = time.perf_counter()
    mon.feed_text(long_log)
    dt = time.perf_counter() - t0
    segments = long_log.count("\n") + long_log.count("\r")
    print(
        f"monitor over the same log: {segments:,} lines/updates in {dt * 1000:.0f} ms ({segments / dt:,.0f}/s)"
    )

    print("accuracy per category (root cause kind+category+exception+frame+fix as labelled):")
    table = accuracy()
    for cat, (ok, total) in table.items():
        print(f"  {cat:16s} {ok}/{total}")
    ok = sum(c for c, _ in table.values())
    total = sum(t for _, t in table.values())
    origins = Counter(label["origin"].split(" ")[0] for label in labels.values())
    print(f"  overall          {ok}/{total} ({100 * ok / total:.0f}%); samples: {dict(origins)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
