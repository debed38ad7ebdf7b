"""Characterization cases (goal ``keep``): what the current code does, on inputs inside its domain.

The inputs the project itself gives come first: call sites, the existing tests' arguments (literal, or
bound by parametrize tables, loops over constants, literal locals and helpers' literal calls:
:mod:`trainerd.research.bindings`), doctests and nearby datasets. The runner adds variations (the
constants the code compares with and their neighbours, boundary values, hypothesis draws from the type
hints or the seeds' shapes), runs every candidate once under an arc tracer, keeps the set that covers
the most branches (bounded by ``max_cases``: :mod:`trainerd.research.selection`) and runs the kept ones
again to check they are deterministic. A generated input on which the target raises an exception its
module never raises itself is a *crash-only* finding, never a case.

The brief's test run also records (:mod:`trainerd.research.capture`) the module state the target reads
and other functions of its module set (each case carries it and the call runs with it set), the calls
that built objects of the project the tests pass (rebuilt by the same call), and the arguments the
tests call the functions a factory returns with (every case's returned function is called on them).

Targets: module-level functions (``async def`` run with asyncio; generators and returned iterators
drained), methods (on instances built the way the project builds them, or from type hints),
staticmethods, classmethods, properties, and classes (construction and their argument-free methods).
"""

from __future__ import annotations

import ast
import json
import os
from pathlib import Path
from typing import Any

from trainerd.errors import TrainerError
from trainerd.research.evidence import find_definition
from trainerd.research.process import run_runner
from trainerd.workspace.service import Workspace

KINDS = ("function", "async_function", "method", "class")
MAX_TRACE_FILES = 50
MAX_CONSTANTS = 40
MEMORY_MB = 1024  # address space one call may take above the runner's own (RLIMIT_AS, per call)


def characterize(
    ws: Workspace,
    brief: dict[str, Any],
    max_cases: int,
    hypothesis_cases: int,
    interpreter: str | None,
    timeout_s: float,
) -> dict[str, Any]:
    """Run the characterization; ``{"state": "ready", "rows", "skipped", "call", "coverage"}`` or a refusal."""
    t = ws.target
    definition = brief.get("definition") or {}
    kind = definition.get("kind") or "unknown"
    if kind not in KINDS:
        return {
            "state": "refused",
            "reasons": [f"characterization needs a function, a method or a class; {t.symbol} is a {kind}"],
            "message": f"Refused: {t.symbol} is a {kind}, nothing to call.",
        }
    effects = brief.get("side_effects") or []
    if effects:
        reasons = [f"line {e['line']}: {e['what']}: {e['reason']}" for e in effects]
        return {
            "state": "refused",
            "reasons": reasons,
            "message": "Refused: characterizing this function is unsafe, its results depend on (or change) the "
            "world outside the call: " + "; ".join(reasons),
        }
    try:
        tree = ast.parse(t.file.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError) as exc:
        raise TrainerError(f"cannot read {t.rel(t.file)}: {exc}", field="target") from None
    sites = brief.get("call_sites") or []
    if kind == "class":
        seeds: list[dict[str, Any]] = [
            {**s, "init": _init_of(s), "args": [], "kwargs": {}} for s in _site_seeds(sites)
        ]
        inits = [s["init"] for s in seeds]
    else:
        seeds = _site_seeds(sites) + _partial_site_seeds(sites)
        inits = [_init_of(s) for s in _site_seeds(brief.get("constructions") or [])]
    if kind != "class":
        seeds += _run_seeds((brief.get("tests") or {}).get("confirmed") or {})
    for doc in definition.get("doctests") or []:
        if doc.get("input") and kind != "class":
            seeds.append({"origin": "doctest", "source": f"docstring line {doc['line']}", **doc["input"]})
    if kind in ("function", "async_function"):
        seeds += _dataset_seeds_for(t.repo_root, brief, definition)
    request = {
        "mode": "characterize",
        "import_root": str((t.repo_root / brief["target"]["import_root"]).resolve()),
        "module": brief["target"]["module"],
        "symbol": t.symbol,
        "seeds": seeds,
        # a returned function is called on what the tests called the returned functions with
        "then": ((brief.get("tests") or {}).get("confirmed") or {}).get("then") or [],
        "inits": _unique(inits),
        "constants": constants_of(tree, t.symbol or ""),
        "deliberate": sorted(raised_in(tree)),
        "trace_files": trace_files(t.file),
        "max_cases": max_cases,
        "hypothesis_cases": hypothesis_cases,
        "timeout_s": timeout_s,
        "memory_mb": MEMORY_MB,
        "repeat": 2,
    }
    pool_bound = max(4 * max_cases, 400)
    answer = _run_surviving(
        request, t.repo_root, max(120.0, timeout_s * (pool_bound + max_cases) + 60), interpreter
    )
    if not answer.get("ok"):
        if answer.get("error") == "refused":
            return {
                "state": "refused",
                "reasons": [str(answer.get("message"))],
                "message": f"Refused: {answer.get('message')}",
            }
        detail = answer.get("traceback") or answer.get("stderr") or ""
        last = detail.strip().splitlines()[-1] if detail.strip() else ""
        if answer.get("error") == "import_failed":
            raise TrainerError(
                f"{answer['message']}" + (f" ({last})" if last and last not in answer["message"] else ""),
                field="target",
            )
        raise TrainerError(
            f"characterization failed: {answer.get('message')}" + (f" ({last})" if last else ""),
            field="target",
        )
    rows = [
        {
            "input": c["input"],
            "expected": c["expected"],
            "origin": c["origin"],
            "source": c.get("source"),
            "outcome": c["outcome"],
        }
        for c in answer["cases"]
    ]
    skipped = [
        {"input": s.get("input"), "origin": s.get("origin"), "source": s.get("source"), "reason": s["reason"]}
        for s in answer["skipped"]
    ] + [{"reason": n} for n in answer.get("notes", [])]
    skipped += [
        {
            "input": c["input"],
            "origin": c["origin"],
            "source": c.get("source"),
            "reason": f"crash-only input: {c['expected']['__raises__']} is not raised by {t.symbol}'s own module "
            "(reported as a finding, not recorded as expected behaviour)",
        }
        for c in answer.get("findings", [])
    ]
    if not rows:
        reasons = sorted({s["reason"] for s in skipped}) or ["no inputs could be built for the target"]
        return {
            "state": "refused",
            "reasons": reasons,
            "skipped": skipped,
            "message": "Refused: no case could be recorded: " + "; ".join(reasons[:5]),
        }
    return {
        "state": "ready",
        "rows": rows,
        "skipped": skipped,
        "call": answer.get("call"),
        "coverage": answer.get("coverage"),
    }


MAX_RESTARTS = 5


def _run_surviving(
    request: dict[str, Any], cwd: Path, timeout_s: float, interpreter: str | None
) -> dict[str, Any]:
    """Run the characterization; when one input takes the runner process down (killed for memory,
    a crash in C code, the CPU limit), run it again without that input (skipped with the reason), at
    most :data:`MAX_RESTARTS` times."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="trainerd-characterize-") as tmp:
        progress = Path(tmp) / "running.json"
        request = {**request, "progress_file": str(progress), "exclude": list(request.get("exclude") or [])}
        for _ in range(MAX_RESTARTS + 1):
            progress.unlink(missing_ok=True)
            answer = run_runner(request, cwd=cwd, timeout_s=timeout_s, interpreter=interpreter)
            if answer.get("error") != "runner_crashed" or not progress.exists():
                return answer
            try:
                running = json.loads(progress.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return answer
            if any(e["input"] == running.get("input") for e in request["exclude"]):
                return answer  # it died again on an input already left out: not this input's doing
            request["exclude"].append({**running, "reason": _death(answer.get("returncode"))})
        return answer


def _death(code: Any) -> str:
    """Why the runner process ended, in words (for the skipped input's reason)."""
    import signal

    if isinstance(code, int) and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        why = {
            "SIGKILL": " (the system's out-of-memory killer, most likely)",
            "SIGXCPU": " (it used more CPU time than the call's limit)",
            "SIGSEGV": " (a crash in native code)",
        }.get(name, "")
        return (
            f"the call took the runner process down: killed by {name}{why}; left out, the other inputs kept"
        )
    return f"the call took the runner process down (exit code {code}); left out, the other inputs kept"


def selection_note(coverage: dict[str, Any] | None) -> str:
    """One line for the test file's header: how the cases were chosen."""
    if not coverage:
        return ""
    return (
        f"Chosen from {coverage['pool']} candidate inputs for the branches they cover: "
        f"{coverage['arcs_kept']} of the {coverage['arcs_pool']} arcs (line-to-line transitions) the "
        "candidates reach in the target's package."
    )


# --- seeds -----------------------------------------------------------------------------------------
def _site_seeds(sites: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Inputs of the call sites: literal ones as written, the others as their bindings give them."""
    seeds = []
    for site in sites:
        origin = "test" if site.get("in_test") else "call_site"
        where = f"{site['file']}:{site['line']}"
        via = {"via": site["via"]} if site.get("via") else {}
        if site["literal"]:
            seed = {
                "origin": origin,
                "source": where,
                "args": [a["value"] for a in site["args"]],
                "kwargs": {k: v["value"] for k, v in site["kwargs"].items()},
                **via,
            }
            init = next((e["init"] for e in site.get("expansions") or [] if e.get("init") is not None), None)
            seeds.append({**seed, "init": init} if init is not None else seed)
            continue
        for expansion in site.get("expansions") or []:
            seeds.append(
                {"origin": origin, "source": f"{where} (values bound around the call)", **expansion, **via}
            )
    return seeds


def _run_seeds(confirmed: dict[str, Any]) -> list[dict[str, Any]]:
    """The arguments the project's tests passed when the brief ran them (read as each call started)."""
    return [
        {
            "origin": "test",
            "source": f"test run: {call.get('test') or 'a test'}",
            "args": call["args"],
            "kwargs": call["kwargs"],
            **({"state": call["state"]} if call.get("state") else {}),
        }
        for call in confirmed.get("calls") or []
    ]


def _init_of(seed: dict[str, Any]) -> dict[str, Any]:
    return {"args": seed.get("args", []), "kwargs": seed.get("kwargs", {}), "via": seed.get("via")}


def _unique(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, out = set(), []
    for item in items:
        key = json.dumps(item, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _partial_site_seeds(sites: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Calls mixing literals and expressions (``apply_discount(subtotal, 10)``): the literals are kept
    and each expression takes the value at the same position of the first all-literal call."""
    base = next((s for s in sites if s["literal"]), None)
    if base is None:
        return []
    base_args = [a["value"] for a in base["args"]]
    seeds = []
    for site in sites:
        if site["literal"] or site.get("expansions"):
            continue
        if not any(a["literal"] for a in [*site["args"], *site["kwargs"].values()]):
            continue
        if any(not v["literal"] for v in site["kwargs"].values()) or len(site["args"]) > len(base_args):
            continue
        args = [a["value"] if a["literal"] else base_args[i] for i, a in enumerate(site["args"])]
        seeds.append(
            {
                "origin": "call_site",
                "args": args,
                "kwargs": {k: v["value"] for k, v in site["kwargs"].items()},
                "source": f"{site['file']}:{site['line']} (expressions taken from {base['file']}:{base['line']})",
            }
        )
    return seeds


_HINT_TYPES = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "list": (list,),
    "dict": (dict,),
}


def _fits_hint(value: Any, annotation: str | None) -> bool:
    """Whether an encoded value can be an argument annotated ``annotation`` (only simple hints are
    checked; anything else is given the benefit of the doubt)."""
    if not annotation:
        return True
    kinds = _HINT_TYPES.get(annotation.split("[", 1)[0].strip())
    if kinds is None:
        return True
    return isinstance(value, kinds) and not (isinstance(value, bool) and bool not in kinds)


def _dataset_seeds_for(root: Path, brief: dict[str, Any], definition: dict[str, Any]) -> list[dict[str, Any]]:
    params = [
        p for p in definition.get("params") or [] if p["kind"] in ("positional_only", "positional_or_keyword")
    ]
    required = sum(1 for p in params if p["default"] is None)
    return [
        s
        for s in _dataset_seeds(root, brief.get("datasets") or [])
        if required <= len(s["args"]) + len(s["kwargs"]) <= len(params)  # rows meant for this signature
        and all(_fits_hint(v, p["annotation"]) for v, p in zip(s["args"], params, strict=False))
    ]


def _dataset_seeds(root: Path, datasets: list[dict[str, Any]], limit: int = 50) -> list[dict[str, Any]]:
    """Inputs of nearby ``*.jsonl`` rows shaped ``{"input": {"args": [...]}}``: the project's own examples
    (their outputs are recorded from the current code like any other input)."""
    seeds: list[dict[str, Any]] = []
    for item in datasets:
        if not (item.get("fits") and item["path"].endswith(".jsonl")):
            continue
        for n, line in enumerate(
            (root / item["path"]).read_text(encoding="utf-8", errors="replace").splitlines(), 1
        ):
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            inp = row.get("input") if isinstance(row, dict) else None
            if (
                isinstance(inp, dict)
                and isinstance(inp.get("args", []), list)
                and isinstance(inp.get("kwargs", {}), dict)
            ):
                seeds.append(
                    {
                        "origin": "dataset",
                        "source": f"{item['path']}:{n}",
                        "args": inp.get("args", []),
                        "kwargs": inp.get("kwargs", {}),
                    }
                )
            if len(seeds) >= limit:
                return seeds
    return seeds


# --- what the runner needs from the source ------------------------------------------------------------
def raised_in(tree: ast.Module) -> set[str]:
    """Exception class names the module raises itself (``raise ValueError(...)``): its domain errors."""
    names = set()
    for sub in ast.walk(tree):
        if isinstance(sub, ast.Raise) and sub.exc is not None:
            exc = sub.exc.func if isinstance(sub.exc, ast.Call) else sub.exc
            names.add(ast.unparse(exc).rsplit(".", 1)[-1])
    return names


def constants_of(tree: ast.Module, symbol: str) -> list[Any]:
    """The literal numbers and short strings in the target's code (its docstrings left out)."""
    node = find_definition(tree, symbol)
    if node is None:
        return []
    docstrings = {
        id(n.body[0].value)
        for n in ast.walk(node)
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        and n.body
        and isinstance(n.body[0], ast.Expr)
        and isinstance(n.body[0].value, ast.Constant)
    }
    out: list[Any] = []
    for sub in ast.walk(node):
        if not isinstance(sub, ast.Constant) or id(sub) in docstrings:
            continue
        value = sub.value
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, int | float) or (isinstance(value, str | bytes) and len(value) <= 40):
            if value not in out:
                out.append(value)
        if len(out) >= MAX_CONSTANTS:
            break
    return [v for v in out if not isinstance(v, bytes)]


def trace_files(target_file: Path) -> list[str]:
    """The files whose branches count: the target's module and its package's other modules."""
    folder = target_file.parent
    files = [str(target_file.resolve())]
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return files
    if (folder / "__init__.py").exists():
        for name in names:
            if name.endswith(".py") and len(files) < MAX_TRACE_FILES:
                path = str((folder / name).resolve())
                if path not in files:
                    files.append(path)
    return files
