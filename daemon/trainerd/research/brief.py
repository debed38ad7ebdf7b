"""Research: everything a careful engineer gathers about a target before touching it.

Writes ``iterations/iteration-N/research/research-brief.json`` and ``.md``. Static evidence comes from
:mod:`trainerd.research.evidence`; the tests found statically are then confirmed by running them in
the runner subprocess with coverage of the target's lines.
"""

from __future__ import annotations

import ast
import json
import logging
import time
from pathlib import Path
from typing import Any

import attrs

from trainerd.errors import TrainerError
from trainerd.research import evidence
from trainerd.research.process import explain_failure, run_runner
from trainerd.surface.service import tests_for_target
from trainerd.workspace.files import atomic_write_json, atomic_write_text
from trainerd.workspace.service import Workspace, open_workspace, sha256_file

MAX_LISTED_SITES = 200
MAX_CAPTURED_CALLS = 60  # distinct argument lists recorded from the tests' run (at most 20 per test)
COVERAGE_TIMEOUT_S = 120.0

logger = logging.getLogger(__name__)


@attrs.define
class ResearchResult:
    """What ``trainerd research`` returns: the brief's paths, its summary and whether it was reused."""

    workspace: str
    brief_json: str
    brief_md: str
    brief_md_absolute: str
    reused: bool
    missing: list[dict[str, str]]
    recommendation: str
    summary: dict[str, Any]
    brief: dict[str, Any] = attrs.field(repr=False)


def current_iteration(ws: Workspace) -> Path:
    """The iteration the missing-data path works in: the latest one unless an optimization run already
    used it (then the next), else ``iteration-1`` — the rule the optimizer follows to pick the iteration
    it runs in, so it finds the approved dataset there."""
    existing = ws.iterations()
    if not existing:
        return ws.iteration_dir(1)
    last = existing[-1]
    if (last / "optimize" / "run-state.json").exists():
        return ws.iteration_dir(int(last.name.split("-")[1]) + 1)
    return last


def require_function(ws: Workspace) -> str:
    if not ws.target.symbol:
        raise TrainerError(
            f"research and synthesize work on one function: name it as {ws.target.rel(ws.target.file)}::NAME",
            field="target",
        )
    return ws.target.symbol


def static_tests(
    project_root: Path, target_file: Path, symbol: str, sites: list[evidence.CallSite]
) -> list[str]:
    """Test files that exercise the target: the surface analysis' answer when it is available, plus
    the test files holding a call site."""
    try:
        found = list(tests_for_target(project_root, target_file, symbol))
    except (OSError, SyntaxError, TrainerError, ValueError, RecursionError) as exc:
        logger.warning("static test discovery failed for %s: %s", target_file, exc)
        found = []  # research goes on: the call sites and the coverage run still find tests
    rels = []
    for item in found:
        path = Path(item)
        path = path if path.is_absolute() else project_root / path
        rels.append(
            path.resolve().relative_to(project_root).as_posix()
            if project_root in path.resolve().parents
            else str(path)
        )
    for site in sites:
        if site.in_test and Path(site.file).name.startswith(("test_",)) or site.file.endswith("_test.py"):
            rels.append(site.file)
    return sorted(dict.fromkeys(rels))


def _importing_tests(root: Path, test_files: list[Path], modules: set[str], known: list[str]) -> list[str]:
    """Test files importing the target's module or a module that calls the target (one hop): the
    coverage run decides whether they really reach the target's lines."""
    import re

    pattern = re.compile(
        r"^\s*(?:from\s+[\w.]*?\b(?:%s)\b|import\s+[\w.]*?\b(?:%s)\b)"
        % (("|".join(map(re.escape, modules)),) * 2),
        re.M,
    )
    found = []
    known_files = {k.split("::", 1)[0] for k in known}
    for path in test_files:
        rel = path.relative_to(root).as_posix()
        if rel in known_files:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if pattern.search(text):
            found.append(rel)
    return found


def gather(ws: Workspace, run_tests: bool = True, interpreter: str | None = None) -> dict[str, Any]:
    """Build the brief (a JSON-ready dict) for the workspace's target."""
    t = ws.target
    symbol = require_function(ws)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    source = t.file.read_text(encoding="utf-8")
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise TrainerError(
            f"{t.rel(t.file)} has a syntax error at line {exc.lineno}: {exc.msg}", field="target"
        ) from None
    definition = evidence.describe_definition(source, tree, symbol)
    import_root, module = evidence.import_location(t.file)
    leaf = symbol.split(".")[-1]
    # a method's instances: the calls building its class (``Cls(...)``, ``Cls.factory(...)``)
    owner = symbol.rsplit(".", 1)[0] if "." in symbol else None
    builders = [owner, *[f"{owner}.{f}" for f in evidence.factories(tree, owner)]] if owner else []
    sites: list[evidence.CallSite] = []
    constructions: list[tuple[str | None, evidence.CallSite]] = []  # (factory name or None, site)
    scanned = 0
    test_files: list[Path] = []
    for path in evidence.iter_python_files(t.repo_root):
        scanned += 1
        if evidence.is_test_file(path) and path.name != "conftest.py":
            test_files.append(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        if leaf not in text and not (owner and owner.split(".")[-1] in text):
            continue
        try:
            file_tree = tree if path == t.file else ast.parse(text)
        except SyntaxError:
            continue
        rel = path.relative_to(t.repo_root).as_posix()
        if leaf in text:
            sites.extend(evidence.call_sites_in(path, text, file_tree, rel, t.file, module, symbol))
        for builder in builders:
            found = evidence.call_sites_in(path, text, file_tree, rel, t.file, module, builder)
            via = builder.rsplit(".", 1)[1] if "." in builder else None
            constructions.extend((via, s) for s in found if via is None or s.receiver == "class")
    timings["scan_s"] = round(time.perf_counter() - started, 4)
    tests = static_tests(t.repo_root, t.file, symbol, sites)
    tests += _importing_tests(
        t.repo_root, test_files, {t.file.stem} | {Path(s.file).stem for s in sites if not s.in_test}, tests
    )
    confirmed: dict[str, Any] = {"state": "not_run", "tests": {}, "reason": None}
    if not tests:
        confirmed["reason"] = "no test file calls the target"
    elif not run_tests:
        confirmed["reason"] = "test run skipped on request"
    elif definition is None or definition.kind not in ("function", "method", "async_function"):
        confirmed["reason"] = "the target is not a function: coverage of its body cannot confirm a test"
    else:
        t0 = time.perf_counter()
        answer = run_runner(
            {
                "mode": "coverage",
                "target_file": str(t.file),
                "lines": list(definition.lines),
                "test_files": tests,
                "import_root": str(import_root),
                # the arguments the tests pass: a function's characterization starts from them
                "capture": {
                    "name": leaf,
                    "max_calls": MAX_CAPTURED_CALLS,
                    "per_test": 20,
                    "module": module,
                    "symbol": symbol,
                    "project": str(import_root),
                    "state": evidence.module_state(tree, symbol),
                }
                if definition.kind in ("function", "async_function")
                else None,
            },
            cwd=t.repo_root,
            timeout_s=COVERAGE_TIMEOUT_S,
            interpreter=interpreter,
        )
        timings["coverage_s"] = round(time.perf_counter() - t0, 4)
        if answer.get("ok"):
            confirmed = {
                "state": "run",
                "tests": answer["tests"],
                "outcomes": answer.get("outcomes", {}),
                "exit_code": answer.get("exit_code"),
                "reason": None,
                "calls": answer.get("calls") or [],
                "then": answer.get("then") or [],
            }
            if not answer["tests"]:
                confirmed["reason"] = "the tests ran but none executed a line of the target's body"
        else:
            confirmed = {"state": "failed", "tests": {}, "reason": explain_failure(answer, interpreter)}
    datasets = evidence.nearby_datasets(t.file, t.repo_root)
    effects = evidence.side_effects(tree, symbol, source)
    status = ws.read()
    artifacts = status.get("required_artifacts") or {}
    reusable = {k: artifacts.get(k) for k in ("train_dataset", "val_dataset", "eval_manifest")}
    missing = _missing(confirmed, reusable, datasets, status)
    if not any(m["artifact"] == "feedback_signal" for m in missing):
        recommendation = "use the confirmed tests as the feedback signal"
    elif effects:
        recommendation = (
            "refuse characterization: the target has side effects (see side_effects); write tests by hand"
        )
    elif definition is not None and definition.kind == "function":
        recommendation = "synthesize: characterization cases to keep behaviour, or model-proposed specification cases to change it"
    else:
        recommendation = "write tests by hand: characterization needs a module-level function"
    timings["total_s"] = round(time.perf_counter() - started, 4)
    literal_sites = [s for s in sites if s.literal]
    return {
        "target": {
            "file": t.rel(t.file),
            "symbol": symbol,
            "module": module,
            "import_root": t.rel(import_root) or ".",
            "repo_root": str(t.repo_root),
        },
        "source_sha256": sha256_file(t.file),
        "definition": attrs.asdict(definition) if definition else None,
        "tests": {"static": tests, "confirmed": confirmed},
        "call_sites": [attrs.asdict(s) for s in sites[:MAX_LISTED_SITES]],
        "constructions": [{**attrs.asdict(s), "via": via} for via, s in constructions[:MAX_LISTED_SITES]],
        "call_sites_total": len(sites),
        "call_sites_literal": len(literal_sites),
        "side_effects": [attrs.asdict(e) for e in effects],
        "datasets": datasets,
        "workspace_artifacts": {**reusable, "feedback_command": status.get("feedback_command")},
        "missing": missing,
        "recommendation": recommendation,
        "files_scanned": scanned,
        "timings": timings,
    }


def _missing(
    confirmed: dict[str, Any],
    reusable: dict[str, Any],
    datasets: list[dict[str, Any]],
    status: dict[str, Any],
) -> list[dict[str, str]]:
    missing = []
    if not confirmed.get("tests"):
        missing.append(
            {
                "artifact": "feedback_signal",
                "why": f"no test confirmed to run the target's code ({confirmed.get('reason') or 'none found'})",
            }
        )
    fitting = [d["path"] for d in datasets if d.get("fits")]
    for key, name in (
        ("train_dataset", "train.jsonl"),
        ("val_dataset", "val.jsonl"),
        ("eval_manifest", "evals/evals.json"),
    ):
        if not reusable.get(key):
            hint = f"; candidates nearby: {', '.join(fitting)}" if fitting and key != "eval_manifest" else ""
            missing.append({"artifact": key, "why": f"no {name} in the workspace{hint}"})
    return missing


def render_markdown(brief: dict[str, Any]) -> str:
    """The brief for people: one page, most useful facts first."""
    t = brief["target"]
    d = brief.get("definition") or {}
    lines = [f"# Research brief: `{t['file']}::{t['symbol']}`", ""]
    lines += [f"Recommendation: **{brief['recommendation']}**", ""]
    if brief["missing"]:
        lines += ["## Missing", ""] + [f"- `{m['artifact']}`: {m['why']}" for m in brief["missing"]] + [""]
    lines += ["## Definition", ""]
    if d:
        lines += [f"- kind: {d['kind']}, lines {d['lines'][0]}-{d['lines'][1]}"]
        if d.get("signature"):
            lines += [f"- signature: `{d['signature']}`"]
        hints = [p for p in d.get("params", []) if p.get("annotation")]
        shown = ", ".join(f"{p['name']}: {p['annotation']}" for p in hints) or "none"
        lines += [f"- type hints: {shown}" + (f"; returns {d['returns']}" if d.get("returns") else "")]
        lines += [f"- docstring: {(d.get('docstring') or 'none').splitlines()[0]}"]
        lines += [f"- doctests: {len(d.get('doctests') or [])}"]
    else:
        lines += ["- not found in the file"]
    tests = brief["tests"]
    confirmed = tests["confirmed"]
    lines += ["", "## Tests", "", f"- found statically: {', '.join(tests['static']) or 'none'}"]
    if confirmed.get("tests"):
        lines += [f"- confirmed by coverage: {len(confirmed['tests'])} test(s)"]
        lines += [
            f"  - `{name}` (lines {', '.join(map(str, ls[:8]))})"
            for name, ls in list(confirmed["tests"].items())[:20]
        ]
    else:
        lines += [f"- confirmed by coverage: none ({confirmed.get('reason')})"]
    lines += [
        "",
        f"## Call sites ({brief['call_sites_total']}, {brief['call_sites_literal']} with literal arguments)",
        "",
    ]
    for site in brief["call_sites"][:20]:
        shapes = ", ".join(
            [a["shape"] for a in site["args"]] + [f"{k}={v['shape']}" for k, v in site["kwargs"].items()]
        )
        lines.append(
            f"- {site['file']}:{site['line']}"
            + (f" in `{site['caller']}`" if site["caller"] else "")
            + f": ({shapes})"
        )
    if brief["side_effects"]:
        lines += ["", "## Side effects (characterization is unsafe)", ""]
        lines += [f"- line {e['line']}: `{e['what']}`: {e['reason']}" for e in brief["side_effects"]]
    lines += ["", "## Datasets and fixtures nearby", ""]
    lines += [
        f"- {x['path']} ({x.get('rows', '?')} rows{', fits {input, expected}' if x.get('fits') else ''})"
        for x in brief["datasets"]
    ] or ["- none"]
    wa = brief["workspace_artifacts"]
    lines += ["", "## Workspace artifacts", ""] + [f"- {k}: {v or 'none'}" for k, v in wa.items()]
    lines += [
        "",
        f"_Scanned {brief['files_scanned']} Python files in {brief['timings'].get('total_s')} s._",
        "",
    ]
    return "\n".join(lines)


def research(
    spec: str | Path,
    symbol: str | None = None,
    reuse: bool = True,
    run_tests: bool = True,
    interpreter: str | None = None,
) -> ResearchResult:
    """Research a target and write its brief; an existing brief of the unchanged source is reused."""
    ws = open_workspace(spec, symbol)
    require_function(ws)
    iteration = current_iteration(ws)
    folder = iteration / "research"
    json_path, md_path = folder / "research-brief.json", folder / "research-brief.md"
    sha = sha256_file(ws.target.file)
    brief = None
    reused = False
    if reuse and json_path.exists() and md_path.exists():
        try:
            old = json.loads(json_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, OSError):
            old = None
        if (
            isinstance(old, dict)
            and old.get("source_sha256") == sha
            and (old.get("target") or {}).get("symbol") == ws.target.symbol
        ):
            brief, reused = old, True
    if brief is None:
        brief = gather(ws, run_tests=run_tests, interpreter=interpreter)
        brief["generated_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        brief["iteration"] = iteration.name
        atomic_write_json(json_path, brief)
        atomic_write_text(md_path, render_markdown(brief))
    t = ws.target

    def record(status: dict[str, Any]) -> None:
        md = status.get("missing_data")
        if not isinstance(md, dict):
            status["missing_data"] = md = {}
        md["iteration"] = iteration.name
        md["research"] = {
            "state": "done",
            "brief": t.rel(json_path),
            "brief_md": t.rel(md_path),
            "source_sha256": sha,
            "missing": [m["artifact"] for m in brief["missing"]],
        }

    if not reused:
        ws.update(record)
    summary = {
        "tests_static": len(brief["tests"]["static"]),
        "tests_confirmed": len(brief["tests"]["confirmed"].get("tests") or {}),
        "call_sites": brief["call_sites_total"],
        "call_sites_literal": brief["call_sites_literal"],
        "doctests": len((brief.get("definition") or {}).get("doctests") or []),
        "side_effects": len(brief["side_effects"]),
        "datasets": len(brief["datasets"]),
        "files_scanned": brief["files_scanned"],
    }
    return ResearchResult(
        workspace=t.rel(ws.root) or "",
        brief_json=t.rel(json_path) or "",
        brief_md=t.rel(md_path) or "",
        brief_md_absolute=str(md_path.resolve()),
        reused=reused,
        missing=brief["missing"],
        recommendation=brief["recommendation"],
        summary=summary,
        brief=brief,
    )
