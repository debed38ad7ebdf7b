"""Benchmark: candidate recall on real libraries -- are the functions a library's own suite executes offered
as candidates, with the tests that execute them?

For each library (a source distribution downloaded at run time with ``pip download --no-binary :all:``,
never vendored): its own suite runs once under coverage with one context per test (the truth: which
tests execute which function's body), then trainerd's static index answers for every function the
analysis would show a lens on. A function counts as *offered with its tests* when it gets a lens and
at least one of the tests offered really executes it. Also reported: the share of offered tests that
really execute the function (precision), functions offered that no test executes, and why the misses
were missed (a shape optimize refuses -- staticmethod, classmethod, property, async --, or not reached
statically).

Rules were written looking at the *dev* libraries only; the *held-out* ones are reported separately
(first sight). The first held-out set was seen in round 2; the second was picked before the round-3
rules were written.

Run: ``python bench/surfaces_candidates.py`` (needs network access to PyPI). Figures go in docs/accuracy.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

DEV = ["inflection==0.5.1", "semver==3.0.4", "cachetools==5.5.2"]
HELD_OUT = ["isodate==0.7.2", "pathspec==0.12.1", "python-slugify==8.0.4", "toolz==1.0.0"]
# picked before the round-3 rules were written (bound names, mixin helpers) and first measured with them
HELD_OUT_2 = ["more-itertools==10.5.0", "tabulate==0.9.0", "parse==1.20.2"]

RUNNER = r"""
import ast, json, os, sys
import coverage, pytest

root = sys.argv[1]
sources = json.loads(sys.argv[2])
for extra in (os.path.join(root, "src"), root):
    if os.path.isdir(extra):
        sys.path.insert(0, extra)
cov = coverage.Coverage(data_file=None, include=sources, config_file=False)

class Contexts:
    def pytest_runtest_setup(self, item):
        cov.switch_context(item.nodeid)

os.chdir(root)
cov.start()
try:
    code = pytest.main(["-q", "-p", "no:cacheprovider", "--rootdir", root, "-o", "addopts="], plugins=[Contexts()])
finally:
    cov.stop()
data = cov.get_data()
out = {}
for path in sources:
    lines = data.contexts_by_lineno(path)
    if not lines:
        continue
    tree = ast.parse(open(path, encoding="utf-8").read())
    def visit(body, prefix):
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                body_lines = range(node.body[0].lineno, (node.end_lineno or node.lineno) + 1)
                tests = {c for ln in body_lines for c in lines.get(ln, []) if c}
                if tests:
                    out[path + "::" + prefix + node.name] = sorted(tests)
            elif isinstance(node, ast.ClassDef):
                visit(node.body, prefix + node.name + ".")
    visit(tree.body, "")
print(json.dumps({"exit": int(code), "functions": out}))
"""


def download(spec: str, dest: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "-q",
            "--no-binary",
            ":all:",
            "--no-deps",
            "-d",
            str(dest),
            spec,
        ],
        check=True,
        timeout=300,
    )
    archive = next(p for p in dest.iterdir() if p.name.endswith((".tar.gz", ".zip")))
    with tarfile.open(archive) as tar:
        tar.extractall(dest / "src", filter="data")
    return next((dest / "src").iterdir())


def library_sources(root: Path) -> list[str]:
    from trainerd.surface.candidates import is_test_file

    out = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).parts
        if any(p in ("tests", "test", "testing", "docs", "doc", "examples", "benchmarks") for p in rel[:-1]):
            continue
        if is_test_file(path.name) or path.name in ("conftest.py", "setup.py", "test.py", "noxfile.py"):
            continue
        out.append(str(path))
    return out


def measure(spec: str, tmp: Path) -> dict:
    from trainerd.surface.candidates import ProjectIndex
    from trainerd.surface.service import analyze_path

    root = download(spec, tmp / spec.replace("=", "_"))
    sources = library_sources(root)
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    t0 = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-c", RUNNER, str(root), json.dumps(sources)],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    suite_s = time.perf_counter() - t0
    truth = json.loads(run.stdout.strip().splitlines()[-1])["functions"]
    t0 = time.perf_counter()
    index = ProjectIndex(root)
    index.refresh()
    offered: dict[str, list[str]] = {}
    lens: dict[str, bool] = {}
    reasons: dict[str, str] = {}
    for file in sources:
        try:
            analysis = analyze_path(Path(file))
        except (SyntaxError, Exception):  # noqa: B014 - a file the analysis cannot read: nothing offered
            continue
        for s in analysis.surfaces:
            key = f"{file}::{s.qualname}"
            lens[key] = s.lens
            if s.kind == "candidate" and s.lens:
                offered[key] = index.tests_for(Path(file), s.qualname)
            elif s.kind == "candidate":
                reasons[key] = (s.note or "").split(":")[0]
    static_s = time.perf_counter() - t0

    def plain(node_id: str) -> str:
        return node_id.split("[", 1)[0]

    hits, precisions, misses = 0, [], {"refused shape": 0, "not reached statically": 0}
    for key, tests in truth.items():
        real = {plain(t) for t in tests}
        got = {plain(t) for t in offered.get(key, [])}
        if got & real:
            hits += 1
            precisions.append(len(got & real) / len(got))
        elif key in reasons:
            misses["refused shape"] += 1
        else:
            misses["not reached statically"] += 1
            if os.environ.get("TRAINERD_BENCH_MISSES"):
                print(f"    missed: {key.rsplit('/', 1)[-1]} (offered tests: {offered.get(key, 'no lens')})")
    never = sum(1 for key, tests in offered.items() if tests and key not in truth)
    return {
        "library": spec,
        "suite_exit": json.loads(run.stdout.strip().splitlines()[-1])["exit"],
        "executed": len(truth),
        "offered_with_tests": hits,
        "recall": hits / len(truth) if truth else 1.0,
        "test_precision": sum(precisions) / len(precisions) if precisions else 1.0,
        "offered_never_executed": never,
        "misses": misses,
        "suite_s": round(suite_s, 1),
        "static_s": round(static_s, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", help="library specs to measure (default: dev and held-out)")
    args = parser.parse_args()
    os.environ.setdefault("TRAINERD_CACHE_DIR", tempfile.mkdtemp(prefix="trainerd-bench-cache-"))
    groups = (
        [
            ("dev", DEV),
            ("held-out (first sight)", HELD_OUT),
            ("second held-out set (first sight)", HELD_OUT_2),
        ]
        if not args.only
        else [("given", args.only)]
    )
    with tempfile.TemporaryDirectory() as tmp:
        for name, specs in groups:
            rows = [measure(spec, Path(tmp)) for spec in specs]
            executed = sum(r["executed"] for r in rows)
            hits = sum(r["offered_with_tests"] for r in rows)
            print(
                f"## {name}: {hits}/{executed} executed functions offered with their tests ({hits / executed:.1%})"
            )
            for r in rows:
                print(
                    f"  {r['library']}: {r['offered_with_tests']}/{r['executed']} ({r['recall']:.1%}); "
                    f"offered tests that execute it {r['test_precision']:.0%}; offered but never executed "
                    f"{r['offered_never_executed']}; misses {r['misses']}; suite exit {r['suite_exit']}; "
                    f"suite under coverage {r['suite_s']} s, static index {r['static_s']} s"
                )


if __name__ == "__main__":
    main()
