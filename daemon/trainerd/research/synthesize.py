"""Synthesize: build the dataset the loop needs when no repeatable feedback signal exists.

Goal ``keep`` (refactor, speed-up): *characterization* cases. Inputs come from the call sites, the
doctests, boundary values and hypothesis strategies (from the type hints, else from the shapes seen at
the call sites); outputs are recorded by running the current code in the runner subprocess.
Goal ``change``: *specification* cases proposed by the configured model from the docstring and the
research brief, each marked ``model-proposed``.

Everything is written to ``iterations/iteration-N/synthesize/proposed/`` and stays untrusted until
:func:`trainerd.research.approval.approve` moves it into place: the workspace layout only picks up
``synthesize/train.jsonl`` / ``val.jsonl`` and ``evals/evals.json`` after approval.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import attrs

from trainerd.errors import TrainerError
from trainerd.feedback.datasets import SPLIT_METHOD, split_cases
from trainerd.research import model as model_backends
from trainerd.research import suite, testfile, values
from trainerd.research.brief import current_iteration, require_function, research
from trainerd.research.process import run_runner
from trainerd.workspace.files import atomic_write_json, atomic_write_text, locked
from trainerd.workspace.service import Workspace, open_workspace, sha256_file

GOALS = ("keep", "change")
DATASET_UNAPPROVED = "dataset_unapproved"  # blocker code recorded in status["blockers"]
NO_FEEDBACK_SIGNAL = "no_feedback_signal"
MAX_MODEL_ATTEMPTS = 3
STAGE_LOCK = ".missing-data.lock"  # held by synthesize and approve (the status file has its own lock)
MAX_MODEL_CASES = 200
SCORING = "exact_match"  # comparison of the tagged encodings (trainerd.research.values)
JUDGE_MODE = "deterministic"  # what exact_match implies (trainerd.feedback.datasets.SCORING_TO_MODE)


@attrs.define
class SynthesisResult:
    """What ``trainerd synthesize`` returns."""

    workspace: str
    state: str  # pending_approval | approved | refused | manual_followup
    goal: str
    reused: bool
    message: str
    next_action: str
    test_file: str | None = None
    test_file_absolute: str | None = None
    followup_report_absolute: str | None = None  # the report to show when a model must be answered by hand
    files: dict[str, str] = attrs.Factory(dict)
    counts: dict[str, Any] = attrs.Factory(dict)
    skipped: list[dict[str, Any]] = attrs.Factory(list)
    reasons: list[str] = attrs.Factory(list)  # why it was refused
    determinism: dict[str, Any] | None = None
    followup_report: str | None = None
    brief: str | None = None


def test_file_name(ws: Workspace, goal: str) -> str:
    slug = re.sub(r"\W+", "_", (ws.target.symbol or "target")).strip("_").lower()
    kind = "characterization" if goal == "keep" else "specification"
    code = re.sub(r"\W+", "_", ws.target.code_name)
    return f"test_{code}_{slug}_{kind}.py"


def _split(ids: list[str]) -> tuple[set[str], str]:
    """The engine's deterministic split (``trainerd.feedback.datasets``), so train/val mean the same."""
    return set(split_cases(ids).val), SPLIT_METHOD


def _state(status: dict[str, Any], key: str = "synthesize") -> dict[str, Any]:
    """The latest proposal (``synthesize``) or the dataset in use (``approved``) recorded in the status."""
    md = status.get("missing_data")
    syn = md.get(key) if isinstance(md, dict) else None
    return syn if isinstance(syn, dict) else {}


def _record(ws: Workspace, iteration: Path, syn: dict[str, Any], unapproved_blocker: bool) -> None:
    t = ws.target

    def change(status: dict[str, Any]) -> None:
        md = status.get("missing_data")
        if not isinstance(md, dict):
            status["missing_data"] = md = {}
        md["iteration"] = iteration.name
        md["synthesize"] = syn
        blockers = [
            b
            for b in status.get("blockers") or []
            if not (isinstance(b, dict) and b.get("code") == DATASET_UNAPPROVED)
        ]
        if unapproved_blocker:
            blockers.append(
                {
                    "code": DATASET_UNAPPROVED,
                    "message": "A synthesized dataset waits for review: nothing generated is trusted as the feedback "
                    "signal until it is approved.",
                    "artifact": syn.get("files", {}).get("test_file"),
                    "fix": "Read the generated test file and the cases, then approve them.",
                    "command": f"trainerd approve {t.rel(ws.root)}",
                }
            )
        status["blockers"] = blockers

    ws.update(change)


def synthesize(
    spec: str | Path,
    symbol: str | None = None,
    goal: str | None = None,
    model: str | None = None,
    response: str | None = None,
    force: bool = False,
    max_cases: int = 200,
    hypothesis_cases: int = 50,
    instruction: str | None = None,
    complete: model_backends.Completer | None = None,
    interpreter: str | None = None,
    timeout_s: float = 5.0,
) -> SynthesisResult:
    """Build (or resume) the proposed dataset for a target; see the module docstring.

    ``goal`` None: the goal of the dataset already proposed for the target (showing it again), else
    ``keep``."""
    if goal is not None and goal not in GOALS:
        raise TrainerError(
            f"goal must be 'keep' (characterize current behaviour) or 'change' (specify new "
            f"behaviour), got {goal!r}",
            field="goal",
        )
    if not 1 <= max_cases <= 5000:
        raise TrainerError(f"max_cases must be between 1 and 5000, got {max_cases}", field="max_cases")
    ws = open_workspace(spec, symbol)
    require_function(ws)
    if goal is None:
        goal = pending_goal(ws) or "keep"
    # one stage at a time per workspace (the editor and the CLI may both ask): a second caller waits,
    # then finds the first one's proposal and repeats nothing
    with locked(ws.root, STAGE_LOCK):
        return _synthesize(
            ws,
            goal,
            model,
            response,
            force,
            max_cases,
            hypothesis_cases,
            instruction,
            complete,
            interpreter,
            timeout_s,
        )


def pending_goal(ws: Workspace) -> str | None:
    """The goal of the dataset proposed (or approved) for the target, if any."""
    try:
        status = ws.read()
    except TrainerError:
        return None
    goal = _state(status).get("goal") or _state(status, "approved").get("goal")
    return goal if goal in GOALS else None


def _synthesize(
    ws: Workspace,
    goal: str,
    model: str | None,
    response: str | None,
    force: bool,
    max_cases: int,
    hypothesis_cases: int,
    instruction: str | None,
    complete: model_backends.Completer | None,
    interpreter: str | None,
    timeout_s: float,
) -> SynthesisResult:
    t = ws.target
    status = ws.read()
    prior = _state(status)
    in_use = _state(status, "approved")
    sha = sha256_file(t.file)
    newer_same_goal = prior.get("goal") == goal and prior.get("state") != "approved"  # a rebuild since
    if in_use and not force and in_use.get("goal") == goal and not newer_same_goal:
        return _from_state(
            ws,
            in_use,
            reused=True,
            message="The approved dataset is in use; nothing was repeated (use --force to rebuild).",
        )
    if prior and not force and prior.get("goal") == goal:
        if (
            prior.get("state") == "pending_approval"
            and prior.get("source_sha256") == sha
            and _files_exist(t.repo_root, prior)
        ):
            return _from_state(
                ws,
                prior,
                reused=True,
                message="The proposed dataset waits for approval; nothing was repeated.",
            )
    if response is not None and goal != "change":
        raise TrainerError(
            "a response answers the model's follow-up: it needs --goal change", field="response"
        )
    brief_result = research(t.file, t.symbol, interpreter=interpreter)
    brief = brief_result.brief
    iteration = current_iteration(ws)
    proposed = iteration / "synthesize" / "proposed"
    started = time.perf_counter()
    if goal == "keep":
        outcome = _characterize(ws, brief, max_cases, hypothesis_cases, interpreter, timeout_s)
    else:
        outcome = _specify(
            ws, brief, iteration, model, response, instruction, complete, interpreter, timeout_s, prior
        )
    if outcome["state"] != "ready":
        syn = {
            "state": outcome["state"],
            "goal": goal,
            "source_sha256": sha,
            "reasons": outcome.get("reasons", []),
            "files": outcome.get("files", {}),
            "attempts": outcome.get("attempts"),
            "model": outcome.get("model"),
        }
        if outcome["state"] == "refused":
            atomic_write_json(
                proposed / "refusal.json",
                {"goal": goal, "reasons": syn["reasons"], "skipped": outcome.get("skipped", [])},
            )
            syn["files"]["refusal"] = t.rel(proposed / "refusal.json")
        _record(ws, iteration, syn, unapproved_blocker=False)
        return _from_state(
            ws,
            syn,
            reused=False,
            message=outcome.get("message") or "",
            skipped=outcome.get("skipped", []),
            brief=brief_result.brief_json,
        )
    rows, skipped = outcome["rows"], outcome["skipped"]
    for n, row in enumerate(rows, 1):
        row["case"] = f"case-{n:04d}"
    # the test file goes straight to its final place so its pytest node ids are the ones the optimizer
    # will see; it is inert until approval (only then does the feedback command name it)
    test_path = iteration / "synthesize" / test_file_name(ws, goal)
    feedback_command = f"python -m pytest -q {t.rel(test_path)}"
    generated_at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    import_root = (t.repo_root / brief["target"]["import_root"]).resolve()
    try:
        import_root_rel = import_root.relative_to(t.file.parent).as_posix() or "."
    except ValueError:
        import os

        import_root_rel = os.path.relpath(import_root, t.file.parent)
    explain = (
        "Characterization tests: each case records what the code returned (or raised) when this file was\n"
        "generated, so a change that alters behaviour fails here."
        if goal == "keep"
        else "Specification tests proposed by a model (origin 'model-proposed'): they state the behaviour the\n"
        "change should reach; the current code may fail some of them."
    )
    text = testfile.render(
        title=f"{'Characterization' if goal == 'keep' else 'Specification'} tests for {t.spec()}",
        explain=explain,
        target=t.spec(),
        workspace=t.rel(ws.root) or "",
        generated_at=generated_at,
        import_root_rel=import_root_rel,
        module=brief["target"]["module"],
        symbol=t.symbol or "",
        rows=rows,
    )
    atomic_write_text(test_path, text)
    check = suite.determinism_check(test_path, t.repo_root, interpreter)
    nodeids = check.get("nodeids") or {}
    for row in rows:
        row["id"] = nodeids.get(row["case"]) or f"{t.rel(test_path)}::test_case[{row['case']}]"
    val_ids, split_method = _split([r["id"] for r in rows])
    train_rows = [r for r in rows if r["id"] not in val_ids]
    val_rows = [r for r in rows if r["id"] in val_ids]
    for name, part, split_name in (("train.jsonl", train_rows, "train"), ("val.jsonl", val_rows, "val")):
        atomic_write_text(
            proposed / name, "".join(testfile.dumps_row(_dataset_row(r, split_name)) + "\n" for r in part)
        )
    atomic_write_json(proposed / "skipped.json", skipped)
    by_origin: dict[str, int] = {}
    for r in rows:
        by_origin[r["origin"]] = by_origin.get(r["origin"], 0) + 1
    n_train, n_val = len(train_rows), len(val_rows)
    evals = {
        "generated_by": "trainerd synthesize",
        "generated_at": generated_at,
        "target": t.spec(),
        "goal": goal,
        "judge_mode": JUDGE_MODE,
        "scoring": SCORING,
        "feedback_command": feedback_command,
        "split": {"method": split_method, "train": n_train, "val": n_val},
        "evals": [
            {
                "id": "generated-suite",
                "kind": "pytest",
                "command": feedback_command,
                "expect": "every case passes"
                if goal == "keep"
                else "every case passes once the change is made",
                "cases": len(rows),
            },
            {
                "id": "determinism",
                "kind": "rerun",
                "command": feedback_command,
                "expect": "the same verdict for every case on two runs of the same code",
            },
        ],
        "provenance": by_origin,
    }
    atomic_write_json(proposed / "evals.json", evals)
    elapsed = round(time.perf_counter() - started, 3)
    counts = {"train": n_train, "val": n_val, "skipped": len(skipped), "by_origin": by_origin}
    reasons = []
    if check["runs"] == 0:
        reasons.append(f"the generated tests could not be run: {check['output_tail']}")
    elif not check["deterministic"]:
        reasons.append(
            "the generated tests did not give the same verdicts on two runs"
            + (
                f": {', '.join(check['differing'][:10])}"
                if check["differing"]
                else f" (no verdicts: {check['output_tail'][-300:]})"
            )
        )
    elif goal == "keep" and check["failing"]:
        reasons.append(
            f"the generated tests fail against the code they were recorded from: {', '.join(check['failing'][:10])}"
        )
    files = {
        "test_file": t.rel(test_path),
        "train": t.rel(proposed / "train.jsonl"),
        "val": t.rel(proposed / "val.jsonl"),
        "evals": t.rel(proposed / "evals.json"),
        "skipped": t.rel(proposed / "skipped.json"),
    }
    check = {k: v for k, v in check.items() if k != "nodeids"}
    if reasons:  # a refused suite must not sit where an approved one would
        import os

        os.replace(test_path, proposed / test_path.name)
        files["test_file"] = t.rel(proposed / test_path.name)
    syn = {
        "state": "refused" if reasons else "pending_approval",
        "goal": goal,
        "source_sha256": sha,
        "generated_at": generated_at,
        "files": files,
        "sha256": {k: sha256_file(t.repo_root / v) for k, v in files.items() if v},
        "final": {
            "test_file": t.rel(test_path),
            "train": t.rel(iteration / "synthesize" / "train.jsonl"),
            "val": t.rel(iteration / "synthesize" / "val.jsonl"),
            "evals": t.rel(ws.root / "evals" / "evals.json"),
            "skipped": t.rel(iteration / "synthesize" / "skipped.json"),
        },
        "feedback_command": feedback_command,
        "counts": counts,
        "determinism": check,
        "reasons": reasons,
        "model": outcome.get("model"),
        "seconds": elapsed,
        "current_failing": check["failing"] if goal == "change" else [],
    }
    atomic_write_json(proposed / "synthesis.json", syn)
    _record(ws, iteration, syn, unapproved_blocker=not reasons)
    message = (
        f"Proposed {len(rows)} {'characterization' if goal == 'keep' else 'model-proposed specification'} "
        f"case(s) ({n_train} train, {n_val} val; {len(skipped)} input(s) skipped). Review {files['test_file']}."
    )
    if reasons:
        message = "Refused: " + "; ".join(reasons)
    return _from_state(ws, syn, reused=False, message=message, skipped=skipped, brief=brief_result.brief_json)


def _dataset_row(row: dict[str, Any], split: str) -> dict[str, Any]:
    """A dataset row: function-level data, keyed by the pytest node id of the case that checks it."""
    out = {
        "id": row["id"],
        "case": row["case"],
        "split": split,
        "input": row["input"],
        "expected": row["expected"],
        "scoring": SCORING,
        "origin": row["origin"],
    }
    for key in ("source", "rationale", "current", "current_matches"):
        if row.get(key) is not None:
            out[key] = row[key]
    return out


def _files_exist(root: Path, syn: dict[str, Any]) -> bool:
    return all((root / p).exists() for p in (syn.get("files") or {}).values())


def _from_state(
    ws: Workspace,
    syn: dict[str, Any],
    reused: bool,
    message: str,
    skipped: list[dict[str, Any]] | None = None,
    brief: str | None = None,
) -> SynthesisResult:
    t = ws.target
    state = syn.get("state") or "refused"
    files = dict((syn.get("final") if state == "approved" else syn.get("files")) or {})
    test_rel = files.get("test_file")
    spec = t.spec()
    goal = syn.get("goal") or "keep"
    if state == "pending_approval":
        next_action = f"Review {test_rel}, then approve it: `trainerd approve {t.rel(ws.root)}`"
    elif state == "approved":
        next_action = f"Optimize against the approved dataset: `trainerd optimize {spec}`"
    elif state == "manual_followup":
        next_action = (
            f"Answer the prompt in {files.get('followup_report')} (write the model's JSON to a file), then "
            f"`trainerd synthesize {spec} --goal change --response FILE`"
        )
    else:
        next_action = (
            "Write tests for the target by hand (characterization is unsafe or impossible: see the reasons), "
            f"or fix the cause and rerun `trainerd synthesize {spec} --goal {goal} --force`"
        )
    if not skipped and syn.get("files", {}).get("skipped"):
        path = t.repo_root / syn["files"]["skipped"]
        try:
            skipped = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            skipped = []
    return SynthesisResult(
        workspace=t.rel(ws.root) or "",
        state=state,
        goal=goal,
        reused=reused,
        message=message or "",
        next_action=next_action,
        test_file=test_rel,
        test_file_absolute=str((t.repo_root / test_rel).resolve()) if test_rel else None,
        files=files,
        counts=dict(syn.get("counts") or {}),
        skipped=(skipped or [])[:100],
        reasons=list(syn.get("reasons") or []),
        determinism=syn.get("determinism"),
        followup_report=files.get("followup_report"),
        followup_report_absolute=(
            str((t.repo_root / files["followup_report"]).resolve()) if files.get("followup_report") else None
        ),
        brief=brief,
    )


# --- characterization ---------------------------------------------------------------------------
def _characterize(
    ws: Workspace,
    brief: dict[str, Any],
    max_cases: int,
    hypothesis_cases: int,
    interpreter: str | None,
    timeout_s: float,
) -> dict[str, Any]:
    t = ws.target
    definition = brief.get("definition") or {}
    if definition.get("kind") != "function":
        kind = definition.get("kind") or "unknown"
        return {
            "state": "refused",
            "reasons": [
                f"characterization needs a module-level function; {t.symbol} is a {kind}"
                + (" (a method needs an instance the dataset cannot rebuild)" if kind == "method" else "")
            ],
            "message": f"Refused: {t.symbol} is a {kind}, not a module-level function.",
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
    seeds = []
    sites = brief.get("call_sites") or []
    for site in sites:
        if site["literal"]:
            seeds.append(
                {
                    "origin": "call_site",
                    "source": f"{site['file']}:{site['line']}",
                    "args": [a["value"] for a in site["args"]],
                    "kwargs": {k: v["value"] for k, v in site["kwargs"].items()},
                }
            )
    seeds += _partial_site_seeds(sites)
    for doc in definition.get("doctests") or []:
        if doc.get("input"):
            seeds.append({"origin": "doctest", "source": f"docstring line {doc['line']}", **doc["input"]})
    params = [
        p for p in definition.get("params") or [] if p["kind"] in ("positional_only", "positional_or_keyword")
    ]
    required = sum(1 for p in params if p["default"] is None)
    seeds += [
        s
        for s in _dataset_seeds(t.repo_root, brief.get("datasets") or [])
        if required <= len(s["args"]) + len(s["kwargs"]) <= len(params)  # rows meant for this signature
        and all(_fits_hint(v, p["annotation"]) for v, p in zip(s["args"], params, strict=False))
    ]
    answer = run_runner(
        {
            "mode": "characterize",
            "import_root": str((t.repo_root / brief["target"]["import_root"]).resolve()),
            "module": brief["target"]["module"],
            "symbol": t.symbol,
            "seeds": seeds,
            "max_cases": max_cases,
            "hypothesis_cases": hypothesis_cases,
            "timeout_s": timeout_s,
            "repeat": 2,
        },
        cwd=t.repo_root,
        timeout_s=max(120.0, timeout_s * max_cases * 2 + 60),
        interpreter=interpreter,
    )
    if not answer.get("ok"):
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
    deliberate = _raised_by(t.file, t.symbol or "")
    rows, crashes = [], []
    for c in answer["cases"]:
        raised = c["expected"].get("__raises__") if c["outcome"] == "raised" else None
        if raised and c["origin"] in GENERATED_ORIGINS and raised.rsplit(".", 1)[-1] not in deliberate:
            crashes.append(c)  # a generated input outside the domain: a finding, not the expected behaviour
            continue
        rows.append(
            {
                "input": c["input"],
                "expected": c["expected"],
                "origin": c["origin"],
                "source": c.get("source"),
                "outcome": c["outcome"],
            }
        )
    skipped = [
        {"input": s.get("input"), "origin": s.get("origin"), "source": s.get("source"), "reason": s["reason"]}
        for s in answer["skipped"]
    ] + [{"reason": n} for n in answer.get("notes", [])]
    skipped += [
        {
            "input": c["input"],
            "origin": c["origin"],
            "source": c.get("source"),
            "reason": f"crash-only input: {c['expected']['__raises__']} is not raised by {t.symbol} itself "
            "(reported as a finding, not recorded as expected behaviour)",
        }
        for c in crashes
    ]
    if not rows:
        reasons = sorted({s["reason"] for s in skipped}) or ["no inputs could be built for the target"]
        return {
            "state": "refused",
            "reasons": reasons,
            "skipped": skipped,
            "message": "Refused: no case could be recorded: " + "; ".join(reasons[:5]),
        }
    return {"state": "ready", "rows": rows, "skipped": skipped}


GENERATED_ORIGINS = ("boundary", "hypothesis")  # inputs trainerd made up (the others come from the project)


def _raised_by(file: Path, symbol: str) -> set[str]:
    """Exception class names the target raises itself (``raise ValueError(...)``): its domain errors."""
    import ast

    from trainerd.research.evidence import find_definition

    try:
        node = find_definition(ast.parse(file.read_text(encoding="utf-8")), symbol)
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return set()
    names = set()
    for sub in ast.walk(node) if node is not None else []:
        if isinstance(sub, ast.Raise) and sub.exc is not None:
            exc = sub.exc.func if isinstance(sub.exc, ast.Call) else sub.exc
            text = ast.unparse(exc)
            names.add(text.rsplit(".", 1)[-1])
    return names


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


def _partial_site_seeds(sites: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Calls mixing literals and expressions (``apply_discount(subtotal, 10)``): the literals are kept
    and each expression takes the value at the same position of the first all-literal call."""
    base = next((s for s in sites if s["literal"]), None)
    if base is None:
        return []
    base_args = [a["value"] for a in base["args"]]
    seeds = []
    for site in sites:
        if site["literal"] or not any(a["literal"] for a in [*site["args"], *site["kwargs"].values()]):
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


# --- specification (model-proposed) --------------------------------------------------------------
SPEC_SYSTEM = (
    "You write specification test cases for one Python function. Answer with JSON only, no prose, in the form "
    '{"cases": [{"input": {"args": [...], "kwargs": {...}}, "expected": <value>, "rationale": "<why>"}]}. '
    'Values are JSON; tuples are written {"__tuple__": [...]}, sets {"__set__": [...]}, bytes '
    '{"__bytes__": "<hex>"}, non-finite floats {"__float__": "inf"}. When the function should raise, write '
    '"expected": {"__raises__": "ValueError"} (add "message" only when the exact message matters). '
    f"Propose between 3 and {MAX_MODEL_CASES} cases that pin down the behaviour the user asks for."
)


def spec_prompt(brief: dict[str, Any], instruction: str | None) -> list[dict[str, str]]:
    d = brief.get("definition") or {}
    sites = [
        f"- {s['file']}:{s['line']}: ({', '.join(a['shape'] for a in s['args'])})"
        for s in (brief.get("call_sites") or [])[:15]
    ]
    docs = [f">>> {x['source']}\n{x['want']}" for x in d.get("doctests") or []]
    parts = [
        f"Function: {brief['target']['file']}::{brief['target']['symbol']}",
        f"Signature: {d.get('signature')}",
        f"Docstring:\n{d.get('docstring') or '(none)'}",
        f"Source:\n```python\n{d.get('source', '')}\n```",
        "Call sites and argument shapes:\n" + ("\n".join(sites) or "(none)"),
        "Doctests:\n" + ("\n".join(docs) or "(none)"),
        f"Wanted behaviour: {instruction or 'what the docstring states (the current code may not do it yet)'}",
    ]
    return [{"role": "system", "content": SPEC_SYSTEM}, {"role": "user", "content": "\n\n".join(parts)}]


def parse_cases(text: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Model output -> (cases, problems). Tolerates a ```json fence; anything else wrong is a problem."""
    body = text.strip()
    fence = re.match(r"^```(?:json)?\s*\n(.*)\n```$", body, re.S)
    if fence:
        body = fence.group(1)
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        return [], [f"the answer is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"]
    cases = data.get("cases") if isinstance(data, dict) else data
    if not isinstance(cases, list) or not cases:
        return [], ['the answer must be an object {"cases": [...]} with at least one case']
    problems: list[str] = []
    good: list[dict[str, Any]] = []
    for i, case in enumerate(cases[:MAX_MODEL_CASES]):
        where = f"case {i}"
        if not isinstance(case, dict) or "input" not in case or "expected" not in case:
            problems.append(f"{where}: needs 'input' and 'expected'")
            continue
        inp = case["input"]
        if (
            not isinstance(inp, dict)
            or not isinstance(inp.get("args", []), list)
            or not isinstance(inp.get("kwargs", {}), dict)
        ):
            problems.append(f'{where}: \'input\' must be {{"args": [...], "kwargs": {{...}}}}')
            continue
        try:
            for a in [*inp.get("args", []), *inp.get("kwargs", {}).values()]:
                values.decode(a)
            expected = case["expected"]
            if not (isinstance(expected, dict) and "__raises__" in expected):
                values.decode(expected)
            elif not isinstance(expected["__raises__"], str):
                raise values.Unserializable("'__raises__' must name an exception class")
        except (values.Unserializable, ValueError, TypeError) as exc:
            problems.append(f"{where}: {exc}")
            continue
        good.append(
            {
                "input": {"args": inp.get("args", []), "kwargs": inp.get("kwargs", {})},
                "expected": case["expected"]
                if not isinstance(case["expected"], dict) or "__raises__" not in case["expected"]
                else {
                    "__raises__": case["expected"]["__raises__"],
                    "message": case["expected"].get("message"),
                },
                "rationale": str(case.get("rationale") or "")[:500],
            }
        )
    return good, problems


def _turn_dir(iteration: Path, n: int) -> Path:
    return iteration / "steering" / "synthesizer" / f"turn-{n}"


def _record_turn(
    iteration: Path, n: int, messages: list[dict[str, str]], response: str | None, verdict: dict[str, Any]
) -> None:
    folder = _turn_dir(iteration, n)
    atomic_write_json(folder / "prompt.json", messages)
    if response is not None:
        atomic_write_text(folder / "response.txt", response)
    atomic_write_json(folder / "verdict.json", verdict)
    decision = (
        "stop: cases accepted"
        if verdict.get("accepted")
        else (
            "continue: ask again with the problems"
            if verdict.get("retry")
            else "stop: " + str(verdict.get("outcome"))
        )
    )
    atomic_write_text(
        folder / "STEERING.md",
        "\n".join(
            [
                f"# Synthesizer turn {n}",
                "",
                "Evidence used: the research brief (definition, docstring, call sites, doctests).",
                "",
                "Prediction: the model answers with JSON specification cases.",
                "",
                f"Outcome: {verdict.get('outcome')}",
                "",
                "Requested revision: " + ("; ".join(verdict.get("problems") or []) or "none"),
                "",
                f"Decision: {decision}",
                "",
            ]
        ),
    )


def _specify(
    ws: Workspace,
    brief: dict[str, Any],
    iteration: Path,
    model: str | None,
    response: str | None,
    instruction: str | None,
    complete: model_backends.Completer | None,
    interpreter: str | None,
    timeout_s: float,
    prior: dict[str, Any],
) -> dict[str, Any]:
    t = ws.target
    proposed = iteration / "synthesize" / "proposed"
    report_path = proposed / "manual-followup-report.json"
    if response is not None:
        if prior.get("state") != "manual_followup" or not report_path.exists():
            raise TrainerError(
                "there is no model follow-up waiting for an answer: run "
                f"`trainerd synthesize {t.spec()} --goal change` first",
                field="response",
            )
        report = json.loads(report_path.read_text(encoding="utf-8"))
        messages = report["model_prompt"]
        model_spec = report.get("model") or "manual"
        attempts = int(prior.get("attempts") or 0)
        answers = iter([response])
        asker = None
    else:
        parsed = model_backends.check_spec(model, t.repo_root)
        model_spec = parsed.describe()
        messages = spec_prompt(brief, instruction)
        attempts = 0
        answers = None
        asker = model_backends.Asker(parsed, completer=complete, cwd=t.repo_root, interpreter=interpreter)
    cases: list[dict[str, Any]] = []
    while attempts < MAX_MODEL_ATTEMPTS:
        try:
            text = next(answers) if answers is not None else asker.ask(messages)  # type: ignore[union-attr]
        except StopIteration:
            text = None
            reason = "the previous answer was rejected; answer again"
        except model_backends.ManualFollowup as exc:
            text = None
            reason = exc.reason
        if text is None:
            return _manual_followup(ws, iteration, report_path, messages, model_spec, reason, attempts)
        attempts += 1
        cases, problems = parse_cases(text)
        accepted = bool(cases) and not problems
        _record_turn(
            iteration,
            attempts,
            messages,
            text,
            {
                "accepted": accepted,
                "problems": problems,
                "retry": not accepted and attempts < MAX_MODEL_ATTEMPTS,
                "outcome": f"{len(cases)} valid case(s)" if accepted else "rejected",
                "model": model_spec,
            },
        )
        if accepted:
            break
        messages = [
            *messages,
            {"role": "assistant", "content": text},
            {
                "role": "user",
                "content": "Your answer was rejected: "
                + "; ".join(problems[:10])
                + ". Answer again with JSON only, in the required form.",
            },
        ]
        cases = []
    if not cases:
        return {
            "state": "refused",
            "attempts": attempts,
            "model": model_spec,
            "reasons": [
                f"the model's answers were rejected {attempts} time(s) (the bound is {MAX_MODEL_ATTEMPTS}); "
                f"each turn is recorded under {t.rel(iteration / 'steering' / 'synthesizer')}"
            ],
            "message": "Refused: the model did not propose valid cases within the bound.",
        }
    # what the current code does on the proposed inputs: informative, and the same I/O guard applies
    answer = run_runner(
        {
            "mode": "characterize",
            "import_root": str((t.repo_root / brief["target"]["import_root"]).resolve()),
            "module": brief["target"]["module"],
            "symbol": t.symbol,
            "timeout_s": timeout_s,
            "repeat": 1,
            "cases": [
                {"origin": "model-proposed", "source": None, "input": c["input"], "n": i}
                for i, c in enumerate(cases)
            ],
        },
        cwd=t.repo_root,
        timeout_s=max(120.0, timeout_s * len(cases) + 60),
        interpreter=interpreter,
    )
    if not answer.get("ok"):
        raise TrainerError(answer.get("message") or "the target could not be run", field="target")
    current = {c["n"]: c for c in answer["cases"]}
    skipped_by_n = {s["n"]: s["reason"] for s in answer["skipped"]}
    rows, skipped = [], []
    for i, case in enumerate(cases):
        if i in skipped_by_n:
            skipped.append({"input": case["input"], "origin": "model-proposed", "reason": skipped_by_n[i]})
            continue
        now = current.get(i, {}).get("expected")
        rows.append(
            {
                "input": case["input"],
                "expected": case["expected"],
                "origin": "model-proposed",
                "rationale": case["rationale"],
                "current": now,
                "current_matches": _same(now, case["expected"]),
            }
        )
    if report_path.exists():
        report_path.unlink()
    if not rows:
        return {
            "state": "refused",
            "model": model_spec,
            "skipped": skipped,
            "reasons": sorted({s["reason"] for s in skipped}),
            "message": "Refused: every proposed input was unsafe to run.",
        }
    return {"state": "ready", "rows": rows, "skipped": skipped, "model": model_spec, "attempts": attempts}


def _same(current: Any, expected: Any) -> bool:
    if isinstance(expected, dict) and "__raises__" in expected:
        return (
            isinstance(current, dict)
            and current.get("__raises__") == expected["__raises__"]
            and (expected.get("message") is None or current.get("message") == expected.get("message"))
        )
    return json.dumps(current, sort_keys=True) == json.dumps(expected, sort_keys=True)


def _manual_followup(
    ws: Workspace,
    iteration: Path,
    report_path: Path,
    messages: list[dict[str, str]],
    model_spec: str,
    reason: str,
    attempts: int,
) -> dict[str, Any]:
    t = ws.target
    rerun = f"trainerd synthesize {t.spec()} --goal change --response ANSWER.json"
    report = {
        "ok": False,
        "mode": "manual_followup",
        "stage": "synthesize",
        "message": "The specification cases need a model's answer; none was available.",
        "blocker_reason": reason,
        "model": model_spec,
        "algorithm": "specification cases from the research brief",
        "iterations": attempts,
        "train_size": 0,
        "val_size": 0,
        "judge_mode": JUDGE_MODE,
        "candidate_count": 0,
        "rerun_command": rerun,
        "agent_handoff_instruction": "Answer model_prompt as the model would: JSON only, in the form the system message gives.",
        "manual_reproduction_steps": [
            f"Read model_prompt in {t.rel(report_path)}.",
            "Write the answer (JSON only) to a file, e.g. ANSWER.json.",
            f"Run: {rerun}",
            f"Review the generated test file, then: trainerd approve {t.rel(ws.root)}",
        ],
        "followup_instruction": "Propose specification cases as JSON; the answer is validated and, if invalid, asked again "
        f"(at most {MAX_MODEL_ATTEMPTS} answers in all).",
        "model_prompt": messages,
        "attempts": attempts,
        "report_file": t.rel(report_path),
        "output_file": t.rel(iteration / "synthesize" / "proposed"),
    }
    atomic_write_json(report_path, report)
    return {
        "state": "manual_followup",
        "attempts": attempts,
        "model": model_spec,
        "files": {"followup_report": t.rel(report_path)},
        "reasons": [reason],
        "message": f"Manual follow-up: {reason}. The prompt is in {t.rel(report_path)}.",
    }
