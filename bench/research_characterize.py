"""Benchmark: characterization of a pure function with 200 generated cases (goal <= 3 s beyond the
function's own run time).

The function is ``normalize(text: str, width: int) -> str`` with no tests and no callers, so all 200
inputs come from its type hints (hypothesis, derandomized) and boundary values. Reports, over several
runs: the characterization itself (the runner subprocess: start, import, input generation, two
recorded calls per case under the I/O audit hook), its overhead beyond the function's own run time,
and the whole ``synthesize`` (research, characterization, writing the dataset and the test file, and
the determinism check that runs the generated suite twice).

Usage: python bench/research_characterize.py [--runs 5]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from trainerd.research.process import run_runner
from trainerd.research.synthesize import synthesize


def cpu_seconds() -> float:
    """CPU time of this process and its finished children: steadier than wall time on a busy machine."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


SOURCE = '''"""Text helpers."""


def normalize(text: str, width: int) -> str:
    """Collapse whitespace, lower-case, and cut to ``width`` characters."""
    words = text.split()
    joined = " ".join(words).lower()
    return joined[: max(width, 0)]
'''


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "project"
        root.mkdir()
        (root / ".git").mkdir()
        (root / "textutil.py").write_text(SOURCE)
        (root / "pytest.ini").write_text(
            "[pytest]\naddopts = -p no:hypothesispytest -p no:pytest-lsp -p no:benchmark "
            "-p no:asyncio -p no:libtmux -p no:anyio\n"
        )
        request = {
            "mode": "characterize",
            "import_root": str(root),
            "module": "textutil",
            "symbol": "normalize",
            "seeds": [],
            "max_cases": 200,
            "hypothesis_cases": 200,
            "timeout_s": 5.0,
            "repeat": 2,
        }
        walls, overheads, wholes, cpus, whole_cpus = [], [], [], [], []
        cases = 0
        for _ in range(args.runs):
            started, cpu = time.perf_counter(), cpu_seconds()
            answer = run_runner(request, cwd=root, timeout_s=300)
            wall = time.perf_counter() - started
            cpus.append(cpu_seconds() - cpu - answer["function_seconds"])
            assert answer["ok"], answer
            cases = len(answer["cases"])
            walls.append(wall)
            overheads.append(wall - answer["function_seconds"])
        for _ in range(max(1, args.runs // 2)):
            shutil.rmtree(root / ".trainer-workspace", ignore_errors=True)
            started, cpu = time.perf_counter(), cpu_seconds()
            result = synthesize(root / "textutil.py", "normalize", max_cases=200, hypothesis_cases=200)
            wholes.append(time.perf_counter() - started)
            whole_cpus.append(cpu_seconds() - cpu)
            assert result.state == "pending_approval", result.reasons
        print(f"cases recorded: {cases} (each called twice)")
        print(
            f"characterization (runner):  median {statistics.median(walls):.3f} s, worst {max(walls):.3f} s"
        )
        print(
            f"  beyond the function's own run time: wall median {statistics.median(overheads):.3f} s, "
            f"worst {max(overheads):.3f} s; CPU median {statistics.median(cpus):.3f} s"
        )
        print(
            f"whole synthesize (incl. research, files, determinism check x2): wall median "
            f"{statistics.median(wholes):.3f} s, worst {max(wholes):.3f} s; CPU median {statistics.median(whole_cpus):.3f} s"
        )


if __name__ == "__main__":
    main()
