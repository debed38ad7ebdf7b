"""Where a user waits on the engine, against its floor measured in the same run (issues 14 and 21).

For each project: plain ``python -m pytest`` on the target's tests (wall, peak RSS), then
``trainerd optimize`` to the manual follow-up (default determinism: 6 runs of the target's tests; and
with ``--repeats 1``), then ``trainerd answer`` with the fix to the written-back file; the peak RSS of
any worker process; and the worker's time to answer ``initialize`` (ready).

Usage: python bench/engine_runs.py [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import clamp_project

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable


def timed(cmd: list[str], cwd: Path) -> tuple[float, float, str]:
    """(wall s, peak RSS MiB of the command and its descendants, output) — each in its own helper."""
    probe = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "w = time.perf_counter() - t\n"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps({'wall': w, 'rss': r, 'out': p.stdout[-3000:] + p.stderr[-3000:]}))\n"
    )
    done = subprocess.run(
        [PY, "-c", probe, *cmd], cwd=cwd, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"}
    )
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return data["wall"], data["rss"], data["out"]


def median_project(root: Path) -> tuple[Path, str, str, str]:
    shutil.copytree(
        REPO / "examples" / "buggy_median", root, ignore=shutil.ignore_patterns(".trainer-workspace")
    )
    (root / ".git").mkdir()
    fix = json.loads((REPO / "examples/buggy_median/replay-fix.json").read_text())["turns"][0]["response"]
    return root, "stats.py::median", "tests/test_stats.py", fix


def suite_300(root: Path) -> tuple[Path, str, str, str]:
    clamp_project.write(
        root, 'def clamp(x, lo, hi):\n    """Limit x to [lo, hi]."""\n    return max(lo, x)\n', 75
    )
    fixed = 'def clamp(x, lo, hi):\n    """Limit x to [lo, hi]."""\n    return min(hi, max(lo, x))\n'
    return (
        root,
        "clamp.py::clamp",
        "tests/test_clamp.py",
        json.dumps({"reasoning": "both ends", "suggestion": {"__code0": fixed}}),
    )


def worker_ready(project: Path) -> float:
    sys.path.insert(0, str(REPO / "daemon"))
    from trainerd.optimize import messages as m
    from trainerd.optimize.client import WorkerClient

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        worker = WorkerClient(None, project, Path(tmp) / "w.log").start()
        worker.initialize(m.InitializeParams(str(project), str(project / "x.py")))
        ready = time.perf_counter() - t0
        worker.stop()
    return ready


def bench(name: str, make, out: list[dict]) -> None:
    row: dict = {"project": name}
    for repeats in ("1", "5"):  # a fresh copy each: the last one is then answered
        tmp = tempfile.mkdtemp(prefix="trainerd-bench-")
        root, target, tests, answer = make(Path(tmp) / "p")
        if "plain_wall" not in row:
            row["plain_wall"], row["plain_rss"], _ = timed(
                [PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", tests], root
            )
        subprocess.run([PY, "-m", "trainerd", "review", target], cwd=root, capture_output=True)
        wall, rss, text = timed([PY, "-m", "trainerd", "optimize", target, "--repeats", repeats], root)
        assert "followup_needed" in text, text
        row[f"optimize_r{repeats}"], row[f"optimize_rss_r{repeats}"] = wall, rss
    (root / "answer.json").write_text(answer)
    ws = root / ".trainer-workspace" / Path(target.split("::")[0]).stem
    wall, rss, text = timed([PY, "-m", "trainerd", "answer", str(ws), "--response", "answer.json"], root)
    assert "written" in text, text
    row["answer"], row["answer_rss"] = wall, rss
    row["ready"] = worker_ready(root)
    shutil.rmtree(tmp, ignore_errors=True)
    out.append(row)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows: list[dict] = []
    bench("buggy_median (6 tests)", median_project, rows)
    bench("generated (300 tests)", suite_300, rows)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"load average: {os.getloadavg()}")
    print(
        "| project | plain pytest | optimize -> follow-up (6 runs / 1 run) | answer -> written | worker ready | peak RSS plain / optimize / answer |"
    )
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['project']} | {r['plain_wall']:.2f} s | {r['optimize_r5']:.2f} s / {r['optimize_r1']:.2f} s | {r['answer']:.2f} s | "
            f"{r['ready']:.2f} s | {r['plain_rss']:.0f} / {r['optimize_rss_r5']:.0f} / {r['answer_rss']:.0f} MiB |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
