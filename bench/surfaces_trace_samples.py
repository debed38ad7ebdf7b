"""Benchmark: the surface analysis on real Trace code -- surfaces found vs expected, leak warnings, speed.

Samples (public repositories, fetched at evaluation time, never vendored):

- ``microsoft/Trace`` -- Trace's own examples and tutorials. Rules were written looking at ``examples/``
  and ``docs/tutorials/`` only (*dev*); ``docs/examples/``, ``docs/quickstart/`` and ``tests/unit_tests/``
  were held out and are reported separately (*first sight*).
- ``AgentOpt/Trace-Bench`` -- benchmark tasks written with Trace by its authors' group: held out too.

GitHub is reached here only through the search tool's ``fetch``; pass the bare git folders it leaves::

    python bench/surfaces_trace_samples.py --trace /work/.mirror/microsoft+Trace/repo \\
        --bench /work/.mirror/AgentOpt+Trace-Bench/repo

Per sample: files analysed (``.py`` and ``.ipynb``), trainable surfaces found (trainable nodes and
``ParameterNode``s, trainable bundles, models) against the *expected* count from a plain text oracle
(``trainable=True`` in a node/bundle/ParameterNode call, ``ParameterNode(`` without
``trainable=False``, ``@model`` / ``trace.model`` on a class; partial/alias lines excluded), the
files whose counts differ (listed for reading), the share of files with a ``trace_import_leak``
warning (every warning on Trace's own canonical usage is a false positive), and the wall time of a
whole-folder scan (``trainerd surfaces FOLDER``, in-process) of the largest sample folder.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import tempfile
import time
from pathlib import Path

DEV = ("examples/", "docs/tutorials/")
HELD_OUT = ("docs/examples/", "docs/quickstart/", "tests/unit_tests/")

_TRAINABLE = re.compile(r"\btrainable\s*=\s*True")
_PARAMETER_NODE = re.compile(r"\bParameterNode\s*\(")
_MODEL_DECORATOR = re.compile(r"^\s*@(?:\w+\.)*model\s*$", re.M)
_MODULE_SUBCLASS = re.compile(r"^\s*class\s+\w+\s*\((?:[\w.]*\.)?Module\)\s*:", re.M)
_NOT_A_SURFACE = re.compile(r"partial\s*\(|^\s*\w+\s*=\s*(?:\w+\.)*(?:bundle|node|ParameterNode|model)\s*$")


def _call_text(text: str, start: int) -> str:
    """The text of the call whose ``(`` is at ``start - 1``, up to its matching ``)``."""
    depth = 1
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return text[start:i]
    return text[start:]


def export(git_dir: Path, dest: Path) -> str:
    """The ``.py`` and ``.ipynb`` files of HEAD (one by one: a fetched mirror may lack its largest blobs)."""
    git = ["git", "--git-dir", str(git_dir)]
    commit = subprocess.run(
        [*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    names = subprocess.run(
        [*git, "ls-tree", "-r", "--name-only", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    for name in names:
        if not name.endswith((".py", ".ipynb")):
            continue
        blob = subprocess.run([*git, "show", f"HEAD:{name}"], capture_output=True)
        if blob.returncode != 0:
            print(f"    absent from the mirror: {name}")
            continue
        path = dest / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(blob.stdout)
    return commit


def code_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix != ".ipynb":
        return text
    try:
        cells = json.loads(text)["cells"]
    except (ValueError, KeyError, TypeError):
        return ""
    parts = []
    for cell in cells:
        if cell.get("cell_type") == "code":
            source = cell.get("source", "")
            parts.append("".join(source) if isinstance(source, list) else str(source))
    return "\n".join(parts)


def expected_count(text: str) -> int:
    """``trainable=True`` keywords (a node, bundle or ParameterNode call; multi-line calls included),
    ``ParameterNode(...)`` calls that do not say ``trainable``, ``@model`` decorators and
    ``class X(trace.Module)`` subclasses. Comment lines and partial/alias lines are not counted."""
    code = "\n".join(
        line
        for line in text.splitlines()
        if not line.lstrip().startswith("#") and not _NOT_A_SURFACE.search(line)
    )
    count = len(_TRAINABLE.findall(code))
    for m in _PARAMETER_NODE.finditer(code):
        if "trainable" not in _call_text(code, m.end()):
            count += 1
    return count + len(_MODEL_DECORATOR.findall(code)) + len(_MODULE_SUBCLASS.findall(code))


def measure(root: Path, files: list[Path]) -> dict:
    from trainerd.errors import TrainerError
    from trainerd.surface.service import analyze_text

    rows = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            analysis = analyze_text(text, str(path))
        except (SyntaxError, TrainerError) as exc:
            rows.append({"file": str(path.relative_to(root)), "error": str(exc)[:120]})
            continue
        found = [s for s in analysis.surfaces if s.trainable and s.form != "container"]
        rows.append(
            {
                "file": str(path.relative_to(root)),
                "found": len(found),
                "expected": expected_count(code_text(path)),
                "leaks": sum(f.code == "trace_import_leak" for f in analysis.findings),
                "trace": analysis.trace_imported or "opto" in text,
            }
        )
    ok = [r for r in rows if "error" not in r and r["trace"]]
    return {
        "files": len(ok),
        "errors": [r for r in rows if "error" in r],
        "found": sum(r["found"] for r in ok),
        "expected": sum(r["expected"] for r in ok),
        "matched": sum(min(r["found"], r["expected"]) for r in ok),
        "differ": [(r["file"], r["found"], r["expected"]) for r in ok if r["found"] != r["expected"]],
        "leak_files": [r["file"] for r in ok if r["leaks"]],
    }


def report(name: str, m: dict) -> None:
    recall = m["matched"] / m["expected"] if m["expected"] else 1.0
    precision = m["matched"] / m["found"] if m["found"] else 1.0
    leak_rate = len(m["leak_files"]) / m["files"] if m["files"] else 0.0
    print(
        f"{name}: {m['files']} Trace files; trainable surfaces found {m['found']} / expected {m['expected']} "
        f"(recall {recall:.0%}, precision {precision:.0%}); files with trace_import_leak "
        f"{len(m['leak_files'])}/{m['files']} ({leak_rate:.1%})"
    )
    for file, found, expected in m["differ"]:
        print(f"    differs: {file}: found {found}, expected {expected}")
    for file in m["leak_files"]:
        print(f"    leak warning: {file}")
    for err in m["errors"]:
        print(f"    not analysed: {err['file']}: {err['error']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trace", type=Path, required=True, help="bare git dir of microsoft/Trace")
    parser.add_argument("--bench", type=Path, help="bare git dir of AgentOpt/Trace-Bench")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        trace = Path(tmp) / "trace"
        commit = export(args.trace, trace)
        print(f"microsoft/Trace @ {commit}")
        files = sorted(p for p in trace.rglob("*") if p.suffix in (".py", ".ipynb") and "opto" not in p.parts)
        dev = [p for p in files if str(p.relative_to(trace)).startswith(DEV)]
        held = [p for p in files if str(p.relative_to(trace)).startswith(HELD_OUT)]
        report("dev (examples/, docs/tutorials/)", measure(trace, dev))
        report("first sight (docs/examples/, docs/quickstart/, tests/unit_tests/)", measure(trace, held))
        from trainerd.surface.service import surfaces

        t0 = time.perf_counter()
        scan = surfaces(trace / "docs")
        n = sum(len(f.surfaces) for f in scan.files)
        print(
            f"folder scan of docs/ ({scan.scanned} modules and notebooks, {n} surfaces): "
            f"{time.perf_counter() - t0:.2f} s in-process"
        )
        if args.bench:
            bench = Path(tmp) / "bench"
            commit = export(args.bench, bench)
            print(f"AgentOpt/Trace-Bench @ {commit}")
            files = sorted(p for p in bench.rglob("*") if p.suffix in (".py", ".ipynb"))
            report("first sight (Trace-Bench)", measure(bench, files))


if __name__ == "__main__":
    main()
