"""`trainerd optimize` on real libraries (issue 14): a one-line bug injected into each, fixed through a
follow-up answered as a model would, with the project's verdicts compared with plain pytest's.

Each library's sdist is downloaded at bench time (``pip download --no-binary :all:``) into a cache
outside the repository (``$TRAINERD_BENCH_CACHE``, default ``~/.cache/trainerd-bench/sdists``) and
unpacked in a temp folder; nothing of it is vendored here. Per library (table :data:`LIBRARIES`, bug
specs in our own words):

1. plain ``python -m pytest`` on the whole suite of the clean sources (junit XML: each test's verdict);
2. the bug injected (one line of a tested function); plain pytest on the whole suite again;
3. ``trainerd review`` + ``trainerd optimize TARGET --validate suite`` to the manual follow-up (default
   determinism repeats);
4. the answer a model would write: the function as the prompt shows it, the injected line put back;
   ``trainerd answer`` to the written-back file;
5. plain pytest on the whole suite after the write-back, and on the target's tests alone (the floor).

Recorded: trainerd's per-test verdicts against plain pytest's on the same code before (its baseline of
the buggy code) and after (its validation of the fix) — goal 0 differences; the suite after write-back
against the clean suite (goal: identical); the written diff (goal: a one-line fix writes <= 3 changed
lines); wall times against plain pytest. ``held_out`` libraries were kept aside while the engine was
changed for the others: their figures are the first-sight ones.

Usage: python bench/real_libraries.py [--set dev|held_out|all] [--only NAME,...] [--json FILE] [--keep]
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable
CACHE = Path(os.environ.get("TRAINERD_BENCH_CACHE", "~/.cache/trainerd-bench/sdists")).expanduser()


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    target: str  # file::symbol, relative to the unpacked sdist
    line: str  # the line as the library writes it (stripped)
    bug: str  # the same line with the injected bug (stripped)
    what: str  # the bug, in a few words
    tests: str | None = None  # a pytest command when no test names the target (the default lookup)
    held_out: bool = False


LIBRARIES = [
    Library(
        "inflection",
        "0.5.1",
        "inflection/__init__.py::ordinal",
        "if number % 100 in (11, 12, 13):",
        "if number % 100 in (11, 12):",
        "teen exception list misses 13",
    ),
    Library(
        "boltons",
        "26.2.0",
        "boltons/strutils.py::parse_int_list",
        "output += list(range(min(range_limits), max(range_limits)+1))",
        "output += list(range(min(range_limits), max(range_limits)))",
        "range end excluded (off by one)",
    ),
    Library(
        "toolz",
        "1.2.0",
        "toolz/itertoolz.py::frequencies",
        "d[item] += 1",
        "d[item] = 1",
        "counter assigned instead of incremented",
    ),
    Library(
        "cachetools",
        "8.0.2",
        "src/cachetools/__init__.py::LRUCache.__getitem__",
        "self.__order.move_to_end(key)",
        "self.__order.move_to_end(key, last=False)",
        "a hit moves the key to the wrong end (method)",
        tests="python -m pytest -q tests/test_lru.py",
    ),
    Library(
        "isodate",
        "0.7.2",
        "src/isodate/duration.py::Duration.__neg__",
        "negduration = Duration(years=-self.years, months=-self.months)",
        "negduration = Duration(years=-self.years, months=self.months)",
        "months not negated (method)",
        tests="python -m pytest -q tests/test_duration.py",
    ),
    Library(
        "tabulate",
        "0.10.0",
        "tabulate/__init__.py::_align_cell_veritically",
        "return blank * delta_lines + text_lines",
        "return text_lines + blank * delta_lines",
        "bottom alignment pads below instead of above",
    ),
    Library(
        "xmltodict",
        "1.0.4",
        "xmltodict.py::_convert_value_to_string",
        'return "true" if value else "false"',
        'return "True" if value else "False"',
        "booleans written with Python's spelling",
        tests="python -m pytest -q tests/test_dicttoxml.py",
    ),
    # kept aside until the engine was frozen (first sight)
    Library(
        "webcolors",
        "25.10.0",
        "src/webcolors/_conversion.py::hex_to_rgb",
        "return IntegerRGB(int_value >> 16, int_value >> 8 & 0xFF, int_value & 0xFF)",
        "return IntegerRGB(int_value >> 16, int_value >> 4 & 0xFF, int_value & 0xFF)",
        "wrong shift for the green channel",
        held_out=True,
    ),
    Library(
        "uritemplate",
        "4.2.0",
        "uritemplate/variable.py::URIVariable._string_expansion",
        'format_str = "%s=%s" if explode else "%s,%s"',
        'format_str = "%s,%s" if explode else "%s=%s"',
        "exploded and plain pair formats swapped (method)",
        tests="python -m pytest -q tests",
        held_out=True,
    ),
    Library(
        "rfc3986",
        "2.0.0",
        "src/rfc3986/normalizers.py::remove_dot_segments",
        "output.pop()",
        "output.pop(0)",
        "'..' removes the first segment instead of the last",
        held_out=True,
    ),
    Library(
        "text-unidecode",
        "1.3",
        "src/text_unidecode/__init__.py::unidecode",
        "chars.append(_replaces[codepoint-1])",
        "chars.append(_replaces[codepoint])",
        "table index off by one",
        held_out=True,
    ),
]


# --- fetching ----------------------------------------------------------------------------------------
def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def sdist(lib: Library) -> Path:
    """The library's sdist in the cache, downloaded with pip when missing."""
    CACHE.mkdir(parents=True, exist_ok=True)

    def cached() -> Path | None:
        for path in CACHE.glob("*.tar.gz"):
            stem = path.name[: -len(".tar.gz")]
            name, _, version = stem.rpartition("-")
            if _normal(name) == _normal(lib.name) and version == lib.version:
                return path
        return None

    found = cached()
    if found is None:
        subprocess.run(
            [PY, "-m", "pip", "download", "-q", "--no-binary", ":all:", "--no-deps", "-d", str(CACHE)]
            + [f"{lib.name}=={lib.version}"],
            check=True,
        )
        found = cached()
    if found is None:
        raise SystemExit(f"pip downloaded no sdist of {lib.name}=={lib.version} into {CACHE}")
    return found


def unpack(archive: Path, into: Path) -> Path:
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    (root,) = [p for p in into.iterdir() if p.is_dir()]
    (root / ".git").mkdir()  # the project's root for trainerd, as in a checkout
    return root


# --- plain pytest ------------------------------------------------------------------------------------
def junit_key(node_id: str) -> str:
    """A pytest node id as junit XML names it (``classname::name``)."""
    address, bracket, params = node_id.partition("[")
    names = address.split("::")
    names[0] = re.sub(r"\.py$", "", names[0].replace("/", "."))
    names[-1] += bracket + params
    return ".".join(names[:-1]) + "::" + names[-1]


def plain_pytest(root: Path, env: dict[str, str], xml: Path, args: list[str]) -> tuple[float, dict[str, str]]:
    """(wall s, verdict per junit key) of ``python -m pytest`` as a user runs it."""
    t0 = time.perf_counter()
    # as trainerd's workers run: one hash seed, no address randomization, so ids built from sets
    # (isodate's parametrize over a set holding None) are the same in every run
    fixed = ["setarch", platform.machine(), "-R"] if shutil.which("setarch") else []
    subprocess.run(
        [*fixed, PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={xml}", *args],
        cwd=root,
        env={**env, "PYTHONHASHSEED": "0"},
        capture_output=True,
    )
    wall = time.perf_counter() - t0
    verdicts: dict[str, str] = {}
    for case in ET.parse(xml).getroot().iter("testcase"):
        kinds = {child.tag: child for child in case}
        if "failure" in kinds:
            outcome = "failed"
        elif "error" in kinds:
            outcome = "error"
        elif "skipped" in kinds:
            outcome = "skipped"  # xfail included, as in trainerd's verdicts
        else:
            outcome = "passed"
        verdicts[f"{case.get('classname')}::{case.get('name')}"] = outcome
    return wall, verdicts


def differences(ours: dict[str, str], plain: dict[str, str]) -> list[str]:
    """Tests whose verdict differs (trainerd's ids turned into junit keys); a test one side did not
    run is not a difference (trainerd runs what the change could affect)."""
    out = []
    for node_id, outcome in ours.items():
        key = junit_key(node_id)
        if key in plain and plain[key] != outcome:
            out.append(f"{node_id}: trainerd {outcome}, pytest {plain[key]}")
    return out


# --- the bug and the answer --------------------------------------------------------------------------
def symbol_node(text: str, symbol: str) -> ast.AST:
    """The function (or method: ``Class.name``) ``symbol`` in ``text``."""
    node: ast.AST = ast.parse(text)
    for part in symbol.split("."):
        node = next(
            n
            for n in node.body  # type: ignore[attr-defined]
            if isinstance(n, ast.FunctionDef | ast.ClassDef) and n.name == part
        )
    return node


class Unusable(Exception):
    """This library's bug spec does not fit its sources (reported in its row)."""


def inject(file: Path, lib: Library) -> tuple[str, str]:
    """(clean text, buggy text): the one line of the target replaced, keeping its indentation."""
    text = file.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    node = symbol_node(text, lib.target.split("::")[1])
    span = range(node.lineno - 1, node.end_lineno)  # type: ignore[attr-defined]
    hits = [i for i in span if lines[i].strip() == lib.line]
    if len(hits) != 1:
        raise Unusable(f"the line to break occurs {len(hits)} times in {lib.target}")
    i = hits[0]
    indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
    lines[i] = indent + lib.bug + "\n"
    buggy = "".join(lines)
    file.write_text(buggy, encoding="utf-8")
    return text, buggy


def answer(buggy: str, lib: Library, variable: str, prompt: str) -> str:
    """What a model answers: the function as the prompt shows it (dedented, decorators left out), the
    injected line put back."""
    node = symbol_node(buggy, lib.target.split("::")[1])
    lines = buggy.splitlines(keepends=True)
    code = textwrap.dedent("".join(lines[node.lineno - 1 : node.end_lineno]))  # type: ignore[attr-defined]
    if lib.bug not in prompt:
        raise Unusable("the prompt does not show the buggy line")
    fixed = code.replace(lib.bug, lib.line, 1)
    return json.dumps(
        {"reasoning": f"The failing tests point at one line: {lib.what}.", "suggestion": {variable: fixed}}
    )


def changed_lines(before: str, after: str) -> tuple[int, int]:
    """(lines removed, lines added) between two texts."""
    removed = added = 0
    for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0):
        if line.startswith("-") and not line.startswith("---"):
            removed += 1
        elif line.startswith("+") and not line.startswith("+++"):
            added += 1
    return removed, added


# --- one library -------------------------------------------------------------------------------------
@dataclass
class Row:
    library: str
    held_out: bool
    bug: str
    suite_tests: int = 0
    target_tests: int = 0
    outcome: str = ""
    diff_before: list[str] = field(default_factory=list)
    diff_after: list[str] = field(default_factory=list)
    compared_before: int = 0
    compared_after: int = 0
    suite_restored: bool = False
    suite_changes: list[str] = field(default_factory=list)
    removed: int = 0
    added: int = 0
    plain_suite_s: float = 0.0
    plain_target_s: float = 0.0
    optimize_s: float = 0.0
    answer_s: float = 0.0
    note: str = ""


def trainerd(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, dict]:
    t0 = time.perf_counter()
    done = subprocess.run(
        [PY, "-m", "trainerd", *args, "--json"], cwd=cwd, env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - t0
    try:
        return wall, json.loads(done.stdout)
    except json.JSONDecodeError:
        return wall, {"outcome": "error", "message": (done.stdout + done.stderr)[-3000:]}


def bench(lib: Library, work: Path, allow: list[str]) -> Row:
    row = Row(f"{lib.name}=={lib.version}", lib.held_out, lib.what)
    root = unpack(sdist(lib), work)
    src = root / "src"
    # this checkout's trainerd first (the bench can run from a copy while the worktree changes)
    paths = [str(src if src.is_dir() else root), str(REPO / "daemon")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "COLUMNS": "200"}
    env.pop("PYTEST_ADDOPTS", None)
    rel, _, symbol = lib.target.partition("::")
    file = root / rel
    _, clean = plain_pytest(root, env, work / "clean.xml", [])
    row.suite_tests = len(clean)
    _, buggy_text = inject(file, lib)
    row.plain_suite_s, before = plain_pytest(root, env, work / "before.xml", [])
    broken = [k for k in clean if clean[k] == "passed" and before.get(k) != "passed"]
    if not broken:
        row.note = "the injected bug fails no test"
        return row
    subprocess.run([PY, "-m", "trainerd", "review", lib.target], cwd=root, env=env, capture_output=True)
    flags = ["--validate", "suite"] + (["--tests", lib.tests] if lib.tests else [])
    flags += [arg for code in allow for arg in ("--allow", code)]
    row.optimize_s, result = trainerd(["optimize", lib.target, *flags], root, env)
    row.outcome = result.get("outcome", "?")
    if row.outcome != "followup_needed":
        row.note = str(result.get("message"))[:500]
        return row
    followup = result["followup"]
    it = Path(followup["prompt_file"]).parents[3]
    state = json.loads((it / "optimize" / "run-state.json").read_text())
    row.target_tests = len(state["target_cases"])
    row.diff_before = differences(state["baseline"]["verdicts"], before)
    row.compared_before = sum(1 for i in state["baseline"]["verdicts"] if junit_key(i) in before)
    reply = work / "answer.json"
    reply.write_text(
        answer(buggy_text, lib, followup["variables"][0], Path(followup["prompt_file"]).read_text())
    )
    workspace = Path(followup["answer_command"].split()[2])
    row.answer_s, result = trainerd(["answer", str(workspace), "--response", str(reply)], root, env)
    row.outcome = (result.get("decision") or {}).get("write_back") or result.get("outcome", "?")
    written = file.read_text(encoding="utf-8")
    row.removed, row.added = changed_lines(buggy_text, written)
    winner = (result.get("decision") or {}).get("winner")
    checked = it / "candidates" / str(winner) / file.name
    if row.outcome != "written" and checked.is_file():  # refused: plain pytest on what trainerd validated
        file.write_text(checked.read_text(encoding="utf-8"), encoding="utf-8")
    _, after = plain_pytest(root, env, work / "after.xml", [])
    file.write_text(written, encoding="utf-8")
    row.suite_changes = [f"{k}: {clean[k]} -> {after.get(k)}" for k in clean if after.get(k) != clean[k]]
    row.suite_restored = not row.suite_changes and len(after) == len(clean)
    ours_after = it / "validation" / "verdicts.json"
    if ours_after.is_file():
        verdicts = json.loads(ours_after.read_text())
        row.diff_after = differences(verdicts, after)
        row.compared_after = sum(1 for i in verdicts if junit_key(i) in after)
    row.plain_target_s, _ = plain_pytest(root, env, work / "target.xml", state["target_args"])
    if row.outcome != "written":
        row.note = str(result.get("message"))[:500]
    return row


# --- report ------------------------------------------------------------------------------------------
def table(rows: list[Row]) -> str:
    out = [
        "| library | bug | suite / target tests | verdicts differing before / after (compared) | suite after write-back | written diff | plain suite / target tests | optimize -> follow-up | answer -> written |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        restored = "identical to clean" if r.suite_restored else f"{len(r.suite_changes)} changed"
        out.append(
            f"| {r.library} | {r.bug} | {r.suite_tests} / {r.target_tests} | "
            f"{len(r.diff_before)} / {len(r.diff_after)} ({r.compared_before} / {r.compared_after}) | "
            f"{restored} ({r.outcome}) | -{r.removed} +{r.added} | {r.plain_suite_s:.1f} s / {r.plain_target_s:.1f} s | "
            f"{r.optimize_s:.1f} s | {r.answer_s:.1f} s |"
        )
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["dev", "held_out", "all"], default="dev")
    parser.add_argument("--only", help="comma-separated library names")
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the unpacked projects (printed)")
    parser.add_argument(
        "--allow",
        action="append",
        metavar="BLOCKER",
        help="pass --allow BLOCKER to optimize (a user who checked it)",
    )
    args = parser.parse_args()
    chosen = [
        lib
        for lib in LIBRARIES
        if args.set == "all" or lib.held_out == (args.set == "held_out")
        if not args.only or lib.name in args.only.split(",")
    ]
    rows: list[Row] = []
    for lib in chosen:
        work = Path(tempfile.mkdtemp(prefix=f"trainerd-lib-{lib.name}-"))
        try:
            row = bench(lib, work, args.allow or [])
        except Unusable as exc:
            row = Row(f"{lib.name}=={lib.version}", lib.held_out, lib.what, outcome="unusable", note=str(exc))
        finally:
            if args.keep:
                print(f"kept {work}", file=sys.stderr)
            else:
                shutil.rmtree(work, ignore_errors=True)
        rows.append(row)
        print(json.dumps(row.__dict__), file=sys.stderr, flush=True)
    print(f"python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} CPUs")
    print(table(rows))
    for r in rows:
        for line in (r.diff_before + r.diff_after + r.suite_changes)[:10]:
            print(f"- {r.library}: {line}")
        if r.note:
            print(f"- {r.library}: {r.note}")
    if args.json:
        Path(args.json).write_text(json.dumps([r.__dict__ for r in rows], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
