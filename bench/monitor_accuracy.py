"""The monitor's accuracy on the recorded corpus (``tests/monitor/logs``): flags per run, metric lines read.

    python bench/monitor_accuracy.py            # the table for docs/accuracy.md
    python tests/monitor/make_logs.py && python bench/monitor_accuracy.py   # record the runs again first

A run counts as right when every injected fault is flagged and, for a healthy run, nothing is. Extra
flags on a broken run are listed (they are findings too, but the table says which).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE))

from tests.monitor.test_corpus import LOGS, MANIFEST, ORACLE, RECOGNIZED, run_monitor  # noqa: E402
from trainerd.monitor import parse_metrics  # noqa: E402
from trainerd.monitor.parse import SEGMENTS, clean  # noqa: E402


def coverage(name: str) -> tuple[int, int]:
    ok = total = 0
    text = (LOGS / f"{name}.log").read_text(encoding="utf-8", errors="replace")
    for line in text.split("\n"):
        for segment in SEGMENTS.split(line):
            cleaned = clean(segment)
            if cleaned and ORACLE.search(cleaned):
                total += 1
                got = parse_metrics(cleaned)
                ok += any(k in got for k in RECOGNIZED) or any(k.startswith("rate:") for k in got)
    return ok, total


def main() -> None:
    print("| run | framework | fault | expected | flagged | right | metric lines read |")
    print("|---|---|---|---|---|---|---|")
    right = faults = healthy_clean = healthy = 0
    held = [0, 0]
    lines = [0, 0]
    for name in sorted(MANIFEST):
        run = MANIFEST[name]
        kinds = sorted({f.kind for f in run_monitor(name).flags})
        expect = run["expect"]
        ok = set(expect) <= set(kinds) if expect else not kinds
        if expect:
            faults += 1
            right += ok
        else:
            healthy += 1
            healthy_clean += ok
        if run.get("held_out"):
            held[0] += ok
            held[1] += 1
        got, total = coverage(name)
        lines[0] += got
        lines[1] += total
        mark = "yes" if ok else ("**no** (known limit, below)" if run.get("known_miss") else "**no**")
        shown = ", ".join(kinds) or "-"
        print(
            f"| {name}{' (held out)' if run.get('held_out') else ''} | {run['framework']} | {run['fault']} | "
            f"{', '.join(expect) or 'none'} | {shown} | {mark} | {got}/{total} |"
        )
    print()
    print(
        f"faults flagged: {right}/{faults}; healthy runs with no flag: {healthy_clean}/{healthy}; "
        f"held-out runs right: {held[0]}/{held[1]}; metric lines read: {lines[0]}/{lines[1]}"
    )


if __name__ == "__main__":
    main()
