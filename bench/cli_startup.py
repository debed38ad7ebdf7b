"""`trainerd surfaces` from the command line, end to end: a small file, and a folder of real Trace code.

    python bench/cli_startup.py --trace /work/.mirror/AgentOpt+Trace/repo [--runs 9] [--json]

Issue 15's goals: ``trainerd surfaces FILE`` <= 300 ms for a small file; a 60-file Trace repository
scanned (folder, notebooks included) in <= 2 s. The folder is built at run time from a Trace checkout
(a bare git folder as the search tool's ``fetch`` leaves it, or a work tree): its ``examples/``,
``docs/`` and ``tests/`` (60 ``.py``/``.ipynb`` files at AgentOpt/Trace 19dc4c5), never vendored. Each
command is a fresh process (wall clock, median of the runs); the floor is ``python -c pass`` in the same
run. The folder is timed cold (an empty parse cache, ``TRAINERD_CACHE_DIR``) and warm.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SMALL = '''from opto import trace


@trace.bundle(trainable=True)
def clamp(x, lo, hi):
    """Clamp x into [lo, hi]."""
    return max(lo, min(x, hi))
'''


def _timed(argv: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, env=env, capture_output=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return elapsed


def _trace_folder(source: Path, dest: Path) -> int:
    folders = ["examples", "docs", "tests"]
    if (source / "HEAD").exists() and not (source / ".git").exists():  # a bare git folder
        archive = subprocess.run(
            ["git", f"--git-dir={source}", "archive", "HEAD", *folders], check=True, stdout=subprocess.PIPE
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    else:
        for name in folders:
            subprocess.run(["cp", "-r", str(source / name), str(dest / name)], check=True)
    return sum(1 for p in dest.rglob("*") if p.suffix in (".py", ".ipynb"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--trace", type=Path, required=True, help="a Trace checkout (bare git folder or work tree)"
    )
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    trainerd = [sys.executable, "-m", "trainerd"]
    results: dict[str, object] = {"machine": f"{platform.node()} {os.cpu_count()} cpus", "runs": args.runs}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        small_dir = root / "small"
        small_dir.mkdir()
        (small_dir / "clamp.py").write_text(SMALL)
        folder = root / "trace"
        folder.mkdir()
        files = _trace_folder(args.trace, folder)
        env = dict(os.environ, TRAINERD_CACHE_DIR=str(root / "cache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's installed package has its bytecode
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(Path(__import__("trainerd").__file__).parent)]
        )
        floor = [_timed([sys.executable, "-c", "pass"], root, env) for _ in range(args.runs)]
        small = [_timed([*trainerd, "surfaces", "clamp.py"], small_dir, env) for _ in range(args.runs)]
        small_json = [
            _timed([*trainerd, "surfaces", "clamp.py", "--json"], small_dir, env) for _ in range(args.runs)
        ]
        cold = []
        for i in range(max(3, args.runs // 3)):
            cold_env = dict(env, TRAINERD_CACHE_DIR=str(root / f"cold{i}"))
            cold.append(_timed([*trainerd, "surfaces", ".", "--json"], folder, cold_env))
        warm = [_timed([*trainerd, "surfaces", ".", "--json"], folder, env) for _ in range(args.runs)]
        report = json.loads(
            subprocess.run(
                [*trainerd, "surfaces", ".", "--json"],
                cwd=folder,
                env=env,
                stdout=subprocess.PIPE,
                check=True,
            ).stdout
        )
    results.update(
        {
            "python -c pass (floor)": statistics.median(floor),
            "surfaces small file": statistics.median(small),
            "surfaces small file --json": statistics.median(small_json),
            "folder files (.py/.ipynb)": files,
            "folder scanned / skipped (test files, listed)": f"{report['scanned']} / {len(report['skipped'])}",
            "folder surfaces": sum(len(f.get("surfaces", [])) for f in report["files"]),
            "surfaces folder, cold cache": statistics.median(cold),
            "surfaces folder, warm cache": statistics.median(warm),
            "load average": os.getloadavg()[0],
        }
    )
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for key, value in results.items():
            shown = f"{value * 1000:.0f} ms" if isinstance(value, float) and key != "load average" else value
            print(f"{key:48} {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
