"""Benchmark: ``trainerd sessions --json`` (goal: <= 150 ms; issue 21), beside its floors measured in
the same run: this interpreter starting and exiting (``python -c pass``), and ``tmux list-sessions``.

The project holds 20 finished sessions (their records on disk, closed) and 2 running tmux sessions, so
the verb reads every record and asks tmux about the live ones. Runs are interleaved; medians reported.
The running sessions are closed at the end.

trainerd's modules are byte-compiled first (``compileall``, what Python does by itself on a user's
first run): with ``PYTHONDONTWRITEBYTECODE`` set, as on some CI and sandbox machines, every run would
compile them again, and that is measured apart (``--no-bytecode``).

Usage: python bench/training_sessions_cli.py [--runs 15]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import trainerd as trainerd_package
from trainerd.training import sessions


def _time(argv: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child): on a busy machine the CPU time is what the run
    would take on an idle core."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def build(root: Path) -> list[str]:
    (root / ".git").mkdir()
    running = []
    for i in range(2):
        result = sessions.launch(f"{sys.executable} -c 'import time; time.sleep(600)'", root, backend="tmux",
                                 name=f"bench-sessions-{root.name[-6:]}-{i}", settle_seconds=0)  # fmt: skip
        running.append(result.session.name)
    for i in range(20):
        folder = sessions.session_dir(root, f"trainer-train-20260101-0000{i:02d}")
        folder.mkdir(parents=True)
        record = {
            "name": folder.name, "command": "python train.py", "cwd": str(root), "backend": "tmux",
            "root": str(root), "session_dir": str(folder), "log_path": str(folder / "output.log"),
            "started_at": f"2026-01-01T00:00:{i:02d}Z", "state": "exited", "status": "exited 0", "exit_code": 0,
            "ended_at": "2026-01-01T01:00:00Z", "closed_at": "2026-01-01T01:00:01Z", "pid": 1,
        }  # fmt: skip
        (folder / "session.json").write_text(json.dumps(record))
        (folder / "output.log").write_text("step 1 loss: 1.0\n")
    return running


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--no-bytecode", action="store_true", help="time trainerd compiling its modules on every run"
    )
    args = parser.parse_args()
    package = Path(trainerd_package.__file__).parent
    if args.no_bytecode:
        for cached in package.rglob("__pycache__"):
            shutil.rmtree(cached, ignore_errors=True)
        os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        compileall.compile_dir(package, quiet=1)
    trainerd = shutil.which("trainerd") or "trainerd"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "proj"
        root.mkdir()
        running = build(root)
        try:
            verb, python, tmux = [], [], []
            for _ in range(args.runs):
                verb.append(_time([trainerd, "sessions", "--json", "--root", str(root)]))
                python.append(_time([sys.executable, "-c", "pass"]))
                tmux.append(_time(["tmux", "list-sessions"]))
            out = subprocess.run(
                [trainerd, "sessions", "--json", "--root", str(root)], capture_output=True, text=True
            )
            listed = len(json.loads(out.stdout)["sessions"])
        finally:
            for name in running:
                subprocess.run(["tmux", "kill-session", "-t", f"={name}"], capture_output=True)

    def med(runs: list[tuple[float, float]], i: int) -> float:
        return statistics.median(r[i] for r in runs) * 1000

    v, p, t = med(verb, 0), med(python, 0), med(tmux, 0)
    vc, pc = med(verb, 1), med(python, 1)
    bytecode = "compiled on every run" if args.no_bytecode else "byte-compiled"
    print(f"trainerd sessions --json ({listed} sessions, modules {bytecode}): median {v:.0f} ms wall, "
          f"{vc:.0f} ms CPU ({args.runs} runs; goal <= 150 ms)")  # fmt: skip
    print(f"floor: python -c pass {p:.0f} ms wall, {pc:.0f} ms CPU; tmux list-sessions {t:.1f} ms; "
          f"trainerd above the interpreter: {v - p:.0f} ms wall, {vc - pc:.0f} ms CPU")  # fmt: skip


if __name__ == "__main__":
    main()
