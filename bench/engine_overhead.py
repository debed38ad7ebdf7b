"""Optimization engine overhead per step, against plain pytest on the same tests.

For each project, two optimization steps are run through ``trainerd.optimize.service.run_optimization``
with the ``editor`` backend and an in-process completer that returns recorded answers (so the model's
time is measured exactly): a partial fix, then the full fix. A step is: the prompt (a traced run of at
most 15 train tests of the previous code, backward, the optimizer's prompt), the model, the answer's
candidate evaluated once on every target test (train + val: a forked child of the warm worker running
plain compiled code), its files and the status. Step 2 is the steady state (step 1 also pays the
first traced run's imports, reported apart). The floor is what a user would run to check the same
candidate: plain pytest on the same tests, in a warm process (``pytest.main`` once to import
everything, then the timed ``pytest.main``), wall and CPU. Overhead = step-2 - model - floor; the
traced prompt run is part of the overhead. CPU of the engine = the worker, its reaped children and
this process.

Usage: python bench/engine_overhead.py [--runs N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import clamp_project

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "daemon"))

from trainerd.optimize.service import OptimizeOptions, run_optimization  # noqa: E402
from trainerd.workspace import service as ws_service  # noqa: E402

CLAMP_BUGGY = 'def clamp(x, lo, hi):\n    """Limit x to the range [lo, hi]."""\n    return max(lo, x)\n'
CLAMP_FIXED = (
    'def clamp(x, lo, hi):\n    """Limit x to the range [lo, hi]."""\n    return min(hi, max(lo, x))\n'
)
CLAMP_PARTIAL = 'def clamp(x, lo, hi):\n    """Limit x to the range [lo, hi]."""\n    return min(hi, x)\n'


def suite_500(root: Path) -> tuple[Path, str, str]:
    """A generated project: a buggy clamp and 500 parametrized tests (about a third fail)."""
    clamp_project.write(root, CLAMP_BUGGY, 125)
    answers = [
        json.dumps({"reasoning": "cap at hi", "suggestion": {"__code0": CLAMP_PARTIAL}}),
        json.dumps({"reasoning": "cap at both ends", "suggestion": {"__code0": CLAMP_FIXED}}),
    ]
    return root / "clamp.py", "clamp", answers


def median_example(root: Path) -> tuple[Path, str, str]:
    shutil.copytree(
        REPO / "examples" / "buggy_median",
        root,
        ignore=shutil.ignore_patterns(".trainer-workspace", "__pycache__"),
    )
    (root / ".git").mkdir()
    answers = [
        json.loads((REPO / "examples" / "buggy_median" / name).read_text())["turns"][0]["response"]
        for name in ("replay-breaks-empty.json", "replay-fix.json")
    ]
    return root / "stats.py", "median", answers


RAW = (
    "import sys, time\n"
    "import pytest\n"
    "args = ['-q', '-p', 'no:cacheprovider', '-p', 'no:timeout', '@' + sys.argv[1]]\n"
    "pytest.main(args)\n"  # warm-up: imports, plugins, test modules cached, as in the worker
    "w, c = time.perf_counter(), time.process_time()\n"
    "pytest.main(args)\n"
    "print('RAW', time.perf_counter() - w, time.process_time() - c)\n"
)


def pytest_session(root: Path, ids: list[str]) -> tuple[float, float, float]:
    """Plain pytest on ``ids``: (pytest's reported session seconds of a fresh run, wall and CPU seconds of
    the same ``pytest.main`` repeated in a warm process, the way the worker runs it)."""
    args_file = root / "ids.txt"
    args_file.write_text("\n".join(ids))
    proc = subprocess.run(
        [sys.executable, "-c", RAW, str(args_file)], cwd=root, capture_output=True, text=True
    )
    session = re.search(r" in ([0-9.]+)s", proc.stdout)
    warm = re.search(r"RAW ([0-9.]+) ([0-9.]+)", proc.stdout)
    return (
        float(session.group(1)) if session else float("nan"),
        float(warm.group(1)) if warm else float("nan"),
        float(warm.group(2)) if warm else float("nan"),
    )


def proc_cpu(pid: int) -> float:
    """utime + stime of a live process and of its reaped children, seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def measure(make, runs: int) -> dict:
    rows = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            target, symbol, answers = make(Path(tmp) / "proj")
            ws_service.create_review(f"{target}::{symbol}")
            model_s = 0.0
            marks: dict[str, float] = {}

            def completer(messages, max_tokens, want_json, answers=answers):
                nonlocal model_s
                t0 = time.perf_counter()
                text = answers.pop(0)  # a real model would be called here
                model_s += time.perf_counter() - t0
                return text

            def on_event(event, marks=marks):
                if event.type == "iteration_started":
                    marks["pid"] = event.worker_pid
                if event.type in ("iteration_started", "iteration_done"):
                    marks[f"{event.type}-{event.step}"] = time.perf_counter()
                    # CPU of the engine: the worker process plus this (parent) process
                    marks[f"cpu-{event.type}-{event.step}"] = proc_cpu(marks["pid"]) + time.process_time()

            started = time.perf_counter()
            result = run_optimization(
                f"{target}::{symbol}",
                OptimizeOptions(model="editor", iterations=2, write_back="none", repeats=1),
                on_event=on_event,
                completer=completer,
            )
            total = time.perf_counter() - started
            assert result.outcome == "done", result.message
            step1 = marks["iteration_done-1"] - marks["iteration_started-1"]
            step = marks["iteration_done-2"] - marks["iteration_started-2"]
            step_cpu = marks["cpu-iteration_done-2"] - marks["cpu-iteration_started-2"]
            model_s /= 2  # per step
            it = target.parent / ".trainer-workspace" / target.stem / "iterations" / "iteration-1"
            train = [
                json.loads(line)["id"]
                for line in (it / "synthesize" / "train.jsonl").read_text().splitlines()
            ]
            val = [
                json.loads(line)["id"] for line in (it / "synthesize" / "val.jsonl").read_text().splitlines()
            ]
            # the floor: step 2's candidate checked once on the same tests with plain pytest
            target.write_text((it / "candidates" / "step-2" / target.name).read_text())
            raw, warm, cpu_all = pytest_session(target.parent, train + val)
            rows.append(
                {
                    "cases": len(train) + len(val),
                    "step1_s": step1,
                    "step_s": step,
                    "model_s": model_s,
                    "raw_pytest_fresh_session_s": raw,
                    "raw_pytest_s": warm,
                    "overhead_s": step - model_s - warm,
                    "run_total_s": total,
                    "step_cpu_s": step_cpu,
                    "raw_pytest_cpu_s": cpu_all,
                    "overhead_cpu_s": step_cpu - model_s - cpu_all,
                }
            )
    med = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
    med["overhead_pct_of_raw"] = (
        100.0 * med["overhead_s"] / med["raw_pytest_s"] if med["raw_pytest_s"] else None
    )
    med["overhead_cpu_pct_of_raw"] = (
        100.0 * med["overhead_cpu_s"] / med["raw_pytest_cpu_s"] if med["raw_pytest_cpu_s"] else None
    )
    return {"runs": rows, "median": med}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = {
        "buggy_median (6 tests)": measure(median_example, args.runs),
        "generated (500 tests)": measure(suite_500, args.runs),
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(
        f"{'project':26} {'step 1':>7} {'step 2':>7} {'model':>8} {'raw pytest':>11} {'overhead':>9} {'% raw':>7} "
        f"{'run total':>10} {'step CPU':>9} {'raw CPU':>8} {'ovh CPU':>8}"
    )
    for name, res in results.items():
        m = res["median"]
        print(
            f"{name:26} {m['step1_s']:7.2f} {m['step_s']:7.2f} {m['model_s']:8.4f} {m['raw_pytest_s']:11.2f} {m['overhead_s']:9.2f} "
            f"{m['overhead_pct_of_raw'] or 0:6.0f}% {m['run_total_s']:10.2f} {m['step_cpu_s']:9.2f} "
            f"{m['raw_pytest_cpu_s']:8.2f} {m['overhead_cpu_s']:8.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
