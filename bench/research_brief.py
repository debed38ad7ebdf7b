"""Benchmark: research on a generated 2,000-file project (goal <= 2 s).

The project is a package of 40 sub-packages x 48 modules (1,920 files, each with a few functions
and imports, every tenth one calling the target with literal arguments), 60 test files (6 of them
call the target through a caller module), a pruned .venv and node_modules, and data files under
tests/data. Reports, over several runs with a fresh workspace each: the static scan alone (every
file walked, call sites parsed, side effects, datasets) and the whole research (the static scan plus
the coverage run of the tests found, in the runner subprocess).

Usage: python bench/research_brief.py [--runs 5]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from trainerd.research.brief import research


def cpu_seconds() -> float:
    """CPU time of this process and its finished children: steadier than wall time on a busy machine."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def build(root: Path) -> int:
    count = 0
    (root / ".git").mkdir()
    core = root / "shop" / "core"
    core.mkdir(parents=True)
    (root / "shop" / "__init__.py").write_text("")
    (core / "__init__.py").write_text("")
    (core / "pricing.py").write_text(
        '"""Pricing."""\n\n\ndef apply_discount(price: float, percent: int) -> float:\n'
        '    """Reduce ``price`` by ``percent`` per cent."""\n'
        "    if not 0 <= percent <= 100:\n        raise ValueError(percent)\n"
        "    return round(price * (100 - percent) / 100, 2)\n"
    )
    count += 4
    for pkg in range(40):
        folder = root / "shop" / f"area{pkg:02d}"
        folder.mkdir()
        (folder / "__init__.py").write_text("")
        count += 1
        for i in range(48):
            calls = i % 10 == 0
            body = "from shop.core.pricing import apply_discount\n\n" if calls else "import os\n\n"
            body += (
                "".join(
                    f"def f{j}(x):\n    return x * {j} + len(os.sep if False else 'a')\n\n" for j in range(4)
                )
                if not calls
                else ""
            )
            if calls:
                body += f"def checkout_{i}(cart):\n    return apply_discount({pkg + i}.5, {i % 50})\n"
            (folder / f"module_{i:02d}.py").write_text(body)
            count += 1
    tests = root / "tests"
    (tests / "data").mkdir(parents=True)
    for i in range(60):
        if i % 10 == 0:
            text = f"from shop.area{i // 10:02d}.module_00 import checkout_0\n\n\ndef test_checkout_{i}():\n    assert checkout_0([]) > 0\n"
        else:
            text = f"def test_unrelated_{i}():\n    assert {i} + 1 == {i + 1}\n"
        (tests / f"test_file_{i:02d}.py").write_text(text)
        count += 1
    (tests / "data" / "orders.jsonl").write_text('{"input": {"args": [10.0, 5]}, "expected": 9.5}\n')
    # the project uses none of the pytest plugins of trainerd's dev environment (they cost seconds per start)
    (root / "pytest.ini").write_text(
        "[pytest]\naddopts = -p no:hypothesispytest -p no:pytest-lsp -p no:benchmark "
        "-p no:asyncio -p no:libtmux -p no:anyio\n"
    )
    count += 2
    while count < 2000:
        (root / "shop" / "area00" / f"extra_{count}.py").write_text("VALUE = 1\n")
        count += 1
    for pruned in (".venv/lib", "node_modules/pkg"):
        folder = root / pruned
        folder.mkdir(parents=True)
        for i in range(500):
            (folder / f"mod_{i}.py").write_text(
                "from shop.core.pricing import apply_discount\napply_discount(1.0, 2)\n"
            )
    (root / ".venv" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "project"
        root.mkdir()
        files = build(root)
        target = root / "shop" / "core" / "pricing.py"
        static, whole, static_cpu, whole_cpu = [], [], [], []
        result = None
        for _ in range(args.runs):
            shutil.rmtree(root / "shop" / "core" / ".trainer-workspace", ignore_errors=True)
            started, cpu = time.perf_counter(), cpu_seconds()
            result = research(target, "apply_discount", reuse=False, run_tests=False)
            static.append(time.perf_counter() - started)
            static_cpu.append(cpu_seconds() - cpu)
            shutil.rmtree(root / "shop" / "core" / ".trainer-workspace", ignore_errors=True)
            started, cpu = time.perf_counter(), cpu_seconds()
            result = research(target, "apply_discount", reuse=False, run_tests=True)
            whole.append(time.perf_counter() - started)
            whole_cpu.append(cpu_seconds() - cpu)
        assert result is not None
        s = result.summary
        print(
            f"project: {files} files (+1,000 pruned); scanned {s['files_scanned']}; call sites {s['call_sites']}; "
            f"tests found {s['tests_static']}, confirmed by coverage {s['tests_confirmed']}"
        )
        print(
            f"static research:             wall median {statistics.median(static):.3f} s, worst {max(static):.3f} s; "
            f"CPU median {statistics.median(static_cpu):.3f} s"
        )
        print(
            f"research incl. coverage run: wall median {statistics.median(whole):.3f} s, worst {max(whole):.3f} s; "
            f"CPU median {statistics.median(whole_cpu):.3f} s (coverage run alone, last: "
            f"{result.brief['timings'].get('coverage_s')} s wall)"
        )


if __name__ == "__main__":
    main()
