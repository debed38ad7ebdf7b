"""Benchmark: do the characterization suites trainerd generates catch bugs? Measured with mutants.

For each function (of a real library whose source distribution is downloaded at run time with
``pip download --no-binary :all:``, never vendored):

1. the library's own suite runs once under coverage (one context per test): the tests that execute
   the function's body are *its own tests*;
2. ``trainerd synthesize FILE::SYMBOL`` (goal keep) generates the characterization suite, once with
   this checkout's generator (*new*) and once with the generator before the rework (*old*: the
   ``daemon/`` of ``--old-rev``, taken with ``git archive``), each in its own copy of the library;
3. an AST mutator of this script makes one mutant per site in the function's body (comparison and
   arithmetic operators swapped, ``and``/``or`` swapped, ``not`` dropped, numbers ``n -> n + 1``, strings
   changed, ``True``/``False`` swapped, ``return x -> return None``, ``break``/``continue`` swapped);
4. each mutant is written over the function and the three suites run against it: a mutant is *killed*
   by a suite that fails (or runs past the time limit).

Reported per function: mutants, killed by the own tests, killed by each generated suite, and the share
of the own suite's kills each generated suite also makes (goal: at least 70%).

The *dev* functions were used while writing the generator; the *first-sight* ones are picked by a rule
fixed before looking (in each held-out library: the public module-level functions that the most of
the library's own tests execute, 5 to 60 lines long, skipping ones trainerd refuses as side-effecting;
the first three)
and measured once the generator was frozen.

Run: ``python bench/characterization_mutation.py [--only dev|first-sight] [--max-mutants 40]
[--old-rev 320f975 | --no-old] [--libraries NAME==VERSION ...] [--json rows.json]``.
Figures go in docs/accuracy.md.
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from surfaces_candidates import download  # noqa: E402

# (library==version, file inside the sdist, symbol)
DEV = [
    ("inflection==0.5.1", "inflection/__init__.py", "camelize"),
    ("inflection==0.5.1", "inflection/__init__.py", "ordinal"),
    ("semver==3.0.4", "src/semver/version.py", "Version.match"),
    ("toolz==1.0.0", "toolz/itertoolz.py", "partition_all"),
]
FIRST_SIGHT_LIBRARIES = ["isodate==0.7.2", "pathspec==0.12.1"]
FIRST_SIGHT_PER_LIBRARY = 3
OLD_REV = "320f975"  # the last commit before the characterization rework
REPO = Path(__file__).resolve().parents[1]

SYNTH_RUNNER = r"""
import json, sys, time
from pathlib import Path
from trainerd.research.synthesize import synthesize

t0 = time.perf_counter()
r = synthesize(Path(sys.argv[1]), sys.argv[2], hypothesis_cases=50)
print(json.dumps({"state": r.state, "reasons": r.reasons, "test_file": r.test_file_absolute,
                  "counts": r.counts, "seconds": round(time.perf_counter() - t0, 1)}))
"""

COVERAGE_RUNNER = r"""
import ast, json, os, sys
import coverage, pytest

root, target, first, last = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
for extra in (os.path.join(root, "src"), root):
    if os.path.isdir(extra):
        sys.path.insert(0, extra)
cov = coverage.Coverage(data_file=None, include=[target], config_file=False)

class Contexts:
    def pytest_runtest_setup(self, item):
        cov.switch_context(item.nodeid)

os.chdir(root)
cov.start()
try:
    code = pytest.main(["-q", "-p", "no:cacheprovider", "--rootdir", root, "-o", "addopts=",
                        "--ignore", os.path.join(root, ".trainer-workspace")], plugins=[Contexts()])
finally:
    cov.stop()
lines = cov.get_data().contexts_by_lineno(target)
tests = sorted({c for ln in range(first, last + 1) for c in lines.get(ln, []) if c})
print(json.dumps({"exit": int(code), "tests": tests}))
"""

PICK_RUNNER = r"""
import ast, json, os, sys
import coverage, pytest

root, sources = sys.argv[1], json.loads(sys.argv[2])
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
    pytest.main(["-q", "-p", "no:cacheprovider", "--rootdir", root, "-o", "addopts="], plugins=[Contexts()])
finally:
    cov.stop()
data = cov.get_data()
out = []
for path in sources:
    lines = data.contexts_by_lineno(path)
    tree = ast.parse(open(path, encoding="utf-8").read())
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            size = (node.end_lineno or node.lineno) - node.lineno + 1
            tests = {c for ln in range(node.body[0].lineno, (node.end_lineno or 0) + 1) for c in lines.get(ln, []) if c}
            out.append([path, node.name, size, len(tests)])
print(json.dumps(out))
"""


# --- the mutator ------------------------------------------------------------------------------------
_SWAPS: dict[type, type] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult,
    ast.Mod: ast.FloorDiv,
    ast.Pow: ast.Mult,
    ast.LShift: ast.RShift,
    ast.RShift: ast.LShift,
    ast.BitAnd: ast.BitOr,
    ast.BitOr: ast.BitAnd,
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.And: ast.Or,
    ast.Or: ast.And,
}


def _docstrings(fn: ast.AST) -> set[int]:
    return {
        id(n.body[0].value)
        for n in ast.walk(fn)
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        and n.body
        and isinstance(n.body[0], ast.Expr)
        and isinstance(n.body[0].value, ast.Constant)
    }


def mutation_sites(fn: ast.AST) -> list[tuple[int, str]]:
    """(index of the node in ``ast.walk`` order, what the mutation does) for every mutable site."""
    docs = _docstrings(fn)
    sites: list[tuple[int, str]] = []
    for i, node in enumerate(ast.walk(fn)):
        if isinstance(node, ast.BinOp | ast.AugAssign | ast.BoolOp) and type(node.op) in _SWAPS:
            sites.append((i, f"{type(node.op).__name__} -> {_SWAPS[type(node.op)].__name__}"))
        elif isinstance(node, ast.Compare):
            for j, op in enumerate(node.ops):
                if type(op) in _SWAPS:
                    sites.append((i, f"op{j}:{type(op).__name__} -> {_SWAPS[type(op)].__name__}"))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not | ast.USub):
            sites.append((i, f"drop {type(node.op).__name__}"))
        elif isinstance(node, ast.Constant) and id(node) not in docs:
            v = node.value
            if isinstance(v, bool):
                sites.append((i, f"{v} -> {not v}"))
            elif isinstance(v, int | float):
                sites.append((i, f"{v!r} -> {v + 1!r}"))
            elif isinstance(v, str):
                sites.append((i, f"{v[:20]!r} -> 'XX' + ... + 'XX'"))
        elif (
            isinstance(node, ast.Return)
            and node.value is not None
            and not (isinstance(node.value, ast.Constant) and node.value.value is None)
        ):
            sites.append((i, "return ... -> return None"))
        elif isinstance(node, ast.Break | ast.Continue):
            sites.append(
                (i, f"{type(node).__name__} -> {'Continue' if isinstance(node, ast.Break) else 'Break'}")
            )
    return sites


def mutate(fn: ast.AST, site: tuple[int, str]) -> ast.AST:
    new = copy.deepcopy(fn)
    index, what = site
    node = list(ast.walk(new))[index]
    if isinstance(node, ast.BinOp | ast.AugAssign | ast.BoolOp):
        node.op = _SWAPS[type(node.op)]()
    elif isinstance(node, ast.Compare):
        j = int(what.split(":", 1)[0][2:])
        node.ops[j] = _SWAPS[type(node.ops[j])]()
    elif isinstance(node, ast.UnaryOp):
        _replace(new, node, node.operand)
    elif isinstance(node, ast.Constant):
        v = node.value
        node.value = (not v) if isinstance(v, bool) else (v + 1) if isinstance(v, int | float) else f"XX{v}XX"
    elif isinstance(node, ast.Return):
        node.value = ast.Constant(None)
    elif isinstance(node, ast.Break):
        _replace(new, node, ast.Continue())
    elif isinstance(node, ast.Continue):
        _replace(new, node, ast.Break())
    return ast.fix_missing_locations(new)


def _replace(tree: ast.AST, old: ast.AST, new: ast.AST) -> None:
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, field, new)
            elif isinstance(value, list):
                for k, item in enumerate(value):
                    if item is old:
                        value[k] = new


def find(tree: ast.Module, symbol: str) -> ast.FunctionDef | ast.AsyncFunctionDef:
    body: list[ast.stmt] = tree.body
    node: ast.AST | None = None
    for part in symbol.split("."):
        node = next(n for n in body if getattr(n, "name", None) == part)
        body = getattr(node, "body", [])
    assert isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    return node


def spliced(source: str, fn: ast.FunctionDef | ast.AsyncFunctionDef, new_fn: ast.AST) -> str:
    """``source`` with the def (its decorators kept as written) replaced by ``new_fn`` unparsed."""
    lines = source.splitlines(keepends=True)
    indent = lines[fn.lineno - 1][: len(lines[fn.lineno - 1]) - len(lines[fn.lineno - 1].lstrip())]
    bare = copy.copy(new_fn)
    bare.decorator_list = []  # type: ignore[attr-defined]
    text = textwrap.indent(ast.unparse(bare), indent) + "\n"
    return "".join(lines[: fn.lineno - 1]) + text + "".join(lines[fn.end_lineno or fn.lineno :])


# --- running the suites --------------------------------------------------------------------------------
ENV = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "PYTHONDONTWRITEBYTECODE": "1"}


def run_tests(root: Path, args: list[str], timeout: float = 60.0) -> bool:
    """Whether the tests pass (False: a failure, an error, or past the time limit). A ``src/`` layout
    is put on the path, as the coverage run that found the own tests does."""
    env = {**ENV, "PYTHONPATH": os.pathsep.join(str(p) for p in (root / "src", root) if p.is_dir())}
    try:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-x",
                "-q",
                "-p",
                "no:cacheprovider",
                "--rootdir",
                str(root),
                "-o",
                "addopts=",
                *args,
            ],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return False
    return proc.returncode == 0


def own_tests(root: Path, target: Path, fn: ast.AST) -> list[str]:
    first = fn.body[0].lineno  # type: ignore[attr-defined]
    out = subprocess.run(
        [sys.executable, "-c", COVERAGE_RUNNER, str(root), str(target), str(first), str(fn.end_lineno)],  # type: ignore[attr-defined]
        capture_output=True,
        text=True,
        env=ENV,
        timeout=1200,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])["tests"]


def old_generator(rev: str, tmp: Path) -> Path:
    """The ``daemon/`` folder of ``rev`` (the folder holding its ``trainerd`` package)."""
    dest = tmp / f"trainerd-{rev}"
    if not dest.exists():
        dest.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", rev, "daemon"], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return dest / "daemon"


def generate(package_parent: Path, root: Path, rel: str, symbol: str, cache: Path) -> dict:
    """``synthesize`` of the trainerd under ``package_parent``, in a subprocess, on ``root``."""
    env = {**ENV, "PYTHONPATH": str(package_parent), "TRAINERD_CACHE_DIR": str(cache)}
    out = subprocess.run(
        [sys.executable, "-c", SYNTH_RUNNER, str(root / rel), symbol],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=1200,
    )
    lines = out.stdout.strip().splitlines()
    if out.returncode != 0 or not lines:
        return {
            "state": "error",
            "reasons": [out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "?"],
        }
    return json.loads(lines[-1])


def downloaded(spec: str, tmp: Path) -> Path:
    """The library's sdist, unpacked once per run."""
    dest = tmp / "downloads" / spec.replace("=", "_")
    if not dest.exists():
        return download(spec, dest)
    return next((dest / "src").iterdir())


def _without_addopts(text: str) -> str:
    """A pytest config with its ``addopts`` removed (they name plugins such as pytest-cov)."""
    out: list[str] = []
    skipping, bracket = False, False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if skipping:
            if bracket:
                skipping = "]" not in line
                continue
            if line[:1] in (" ", "\t") and stripped:
                continue  # an ini continuation line
            skipping = False
        if stripped.startswith("addopts") and "=" in stripped:
            value = stripped.split("=", 1)[1].strip()
            bracket = value.startswith("[") and "]" not in value
            skipping = True
            continue
        out.append(line)
    return "".join(out)


def fresh_copies(spec: str, tmp: Path, label: str) -> dict[str, Path]:
    """Two fresh copies of the library (one per generator), without caches, workspaces or addopts: the
    libraries' ``addopts`` name plugins (pytest-cov) this environment lacks, and the own suite runs
    with ``-o addopts=`` too."""
    source = downloaded(spec, tmp)
    roots = {}
    for g in ("new", "old"):
        dest = tmp / "work" / label / g / source.name
        shutil.rmtree(dest, ignore_errors=True)
        shutil.copytree(
            source, dest, ignore=shutil.ignore_patterns("__pycache__", ".trainer-workspace", ".pytest_cache")
        )
        for name in ("pytest.ini", ".pytest.ini", "setup.cfg", "tox.ini", "pyproject.toml"):
            config = dest / name
            if config.exists():
                config.write_text(_without_addopts(config.read_text(encoding="utf-8")), encoding="utf-8")
        roots[g] = dest
    return roots


def measure(spec: str, rel: str, symbol: str, tmp: Path, max_mutants: int, old_rev: str | None) -> dict:
    """One function's row; ``old_rev`` None: the new generator only."""
    roots = fresh_copies(spec, tmp, f"{spec}-{symbol}".replace("=", "_"))
    if old_rev is None:
        roots.pop("old")
    root = roots["new"]
    source = (root / rel).read_text(encoding="utf-8")
    fn = find(ast.parse(source), symbol)
    tests = own_tests(root, root / rel, fn)
    parents = {"new": REPO / "daemon"}
    if old_rev is not None:
        parents["old"] = old_generator(old_rev, tmp)
    made = {g: generate(parents[g], roots[g], rel, symbol, tmp / f"cache-{g}") for g in parents}
    row: dict = {"library": spec, "function": f"{rel}::{symbol}", "own_tests": len(tests)}
    suites: dict[str, Path] = {}
    for g, m in made.items():
        row[g] = {"state": m["state"], "synth_s": m.get("seconds")}
        if m["state"] == "pending_approval":
            suites[g] = Path(m["test_file"])
            row[g]["cases"] = sum((m["counts"].get("by_origin") or {}).values()) or (
                m["counts"].get("train", 0) + m["counts"].get("val", 0)
            )
            row[g]["by_origin"] = m["counts"].get("by_origin")
        else:
            row[g]["reasons"] = m.get("reasons")
    # the unmutated function, spliced the same way: every suite must pass on it
    for r in roots.values():
        (r / rel).write_text(spliced(source, fn, fn), encoding="utf-8")
    row["baseline_passes"] = {"own": run_tests(root, tests, 300) if tests else True}
    for g, suite in suites.items():
        row["baseline_passes"][g] = run_tests(roots[g], [str(suite)])
    sites = mutation_sites(fn)
    if len(sites) > max_mutants:  # an even, deterministic sample
        step = len(sites) / max_mutants
        sites = [sites[int(i * step)] for i in range(max_mutants)]
    killed = {"own": 0, **{g: 0 for g in suites}}
    both = {g: 0 for g in suites}
    missed: dict[str, list[str]] = {g: [] for g in suites}
    t0 = time.perf_counter()
    try:
        for site in sites:
            mutant = spliced(source, fn, mutate(fn, site))
            for r in roots.values():
                (r / rel).write_text(mutant, encoding="utf-8")
            k_own = bool(tests) and not run_tests(root, tests)
            killed["own"] += k_own
            for g, suite in suites.items():
                k = not run_tests(roots[g], [str(suite)])
                killed[g] += k
                both[g] += k_own and k
                if k_own and not k:
                    missed[g].append(site[1])
    finally:
        for r in roots.values():
            (r / rel).write_text(source, encoding="utf-8")
    row["mutants"] = len(sites)
    row["mutation_s"] = round(time.perf_counter() - t0, 1)
    row["killed_own"] = killed["own"]
    for g in suites:
        row[g].update(killed=killed[g], killed_both=both[g], missed=missed[g])
        row[g]["share"] = both[g] / killed["own"] if killed["own"] else None
    return row


def pick_first_sight(spec: str, tmp: Path, count: int) -> list[tuple[str, str]]:
    """The rule fixed before looking (see the module docstring)."""
    from trainerd.research.evidence import side_effects

    root = downloaded(spec, tmp)
    package = [
        p for p in root.rglob("*.py") if not any(x in p.parts for x in ("tests", "test", "docs", "doc"))
    ]
    package = [p for p in package if not p.name.startswith(("test", "setup", "conftest"))]
    out = subprocess.run(
        [sys.executable, "-c", PICK_RUNNER, str(root), json.dumps([str(p) for p in package])],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=1200,
    )
    ranked = sorted(json.loads(out.stdout.strip().splitlines()[-1]), key=lambda r: (-r[3], r[0], r[1]))
    picked: list[tuple[str, str]] = []
    for path, name, size, _ in ranked:
        if not 5 <= size <= 60 or len(picked) == count:
            continue
        text = Path(path).read_text(encoding="utf-8")
        if side_effects(ast.parse(text), name, text):
            continue
        picked.append((str(Path(path).relative_to(root)), name))
    if not picked:
        raise SystemExit(f"{spec}: no function fits the rule")
    return picked


def _cell(r: dict, g: str) -> str:
    part = r.get(g) or {}
    if "killed" not in part:
        return f"{part.get('state', '—')}"
    share = f" ({part['share']:.0%})" if part["share"] is not None else ""
    return f"{part['killed']} ({part['killed_both']}/{r['killed_own']}{share}), {part['cases']} cases"


def emit(rows: list[dict], path: str | None) -> None:
    print(json.dumps(rows[-1]), flush=True)
    if path:  # after every function: a long run keeps what it measured
        Path(path).write_text(json.dumps(rows, indent=1), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=["dev", "first-sight"])
    parser.add_argument("--max-mutants", type=int, default=40)
    parser.add_argument("--old-rev", default=OLD_REV)
    parser.add_argument(
        "--libraries",
        nargs="*",
        help="first-sight libraries (default: the held-out ones), picked by the rule",
    )
    parser.add_argument("--no-old", action="store_true", help="the new generator only")
    parser.add_argument("--json", help="also write the rows to this file")
    args = parser.parse_args()
    if args.no_old:
        args.old_rev = None
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.only != "first-sight":
            for spec, rel, symbol in DEV:
                rows.append(
                    {"set": "dev", **measure(spec, rel, symbol, Path(tmp), args.max_mutants, args.old_rev)}
                )
                emit(rows, args.json)
        if args.only != "dev":
            for spec in args.libraries or FIRST_SIGHT_LIBRARIES:
                for rel, symbol in pick_first_sight(spec, Path(tmp), FIRST_SIGHT_PER_LIBRARY):
                    row = measure(spec, rel, symbol, Path(tmp), args.max_mutants, args.old_rev)
                    rows.append({"set": "first sight", **row})
                    emit(rows, args.json)
    print(
        "\n| set | library | function | mutants | killed by its own tests "
        "| killed by the new generator's suite (own kills also made) | by the old generator's suite |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['set']} | {r['library']} | `{r['function']}` | {r.get('mutants', '—')} | "
            f"{r.get('killed_own', '—')} | {_cell(r, 'new')} | {_cell(r, 'old')} |"
        )
    for name in ("dev", "first sight"):
        # a function whose own tests fail on the unmutated (re-spliced) source says nothing about kills
        part = [r for r in rows if r["set"] == name and "mutants" in r and r["baseline_passes"]["own"]]
        own = sum(r["killed_own"] for r in part)
        for g in ("new", "old"):
            got = sum((r.get(g) or {}).get("killed_both", 0) for r in part)
            if own:
                print(f"{name}, {g} generator: {got}/{own} ({got / own:.0%}) of the own suites' kills")


if __name__ == "__main__":
    main()
