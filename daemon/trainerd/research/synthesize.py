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
from trainerd.research import suite, testfile
from trainerd.research.brief import current_iteration, require_function, research
from trainerd.research.characterize import characterize, selection_note
from trainerd.research.specify import JUDGE_MODE, MAX_MODEL_ATTEMPTS, specify
from trainerd.workspace.files import atomic_write_json, atomic_write_text, locked
from trainerd.workspace.service import Workspace, open_workspace, sha256_file

GOALS = ("keep", "change")
DATASET_UNAPPROVED = "dataset_unapproved"  # blocker code recorded in status["blockers"]
NO_FEEDBACK_SIGNAL = "no_feedback_signal"
STAGE_LOCK = ".missing-data.lock"  # held by synthesize and approve (the status file has its own lock)
SCORING = "exact_match"  # comparison of the tagged encodings (trainerd.research.values)
__all__ = ["JUDGE_MODE", "MAX_MODEL_ATTEMPTS", "SynthesisResult", "synthesize"]


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


def _same_symbol(syn: dict[str, Any], symbol: str | None) -> dict[str, Any]:
    """``syn`` when it is the given function's (records older than the field count as its), else {}."""
    return syn if syn.get("symbol", symbol) == symbol else {}


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
    symbol = ws.target.symbol
    goal = _same_symbol(_state(status), symbol).get("goal") or _same_symbol(
        _state(status, "approved"), symbol
    ).get("goal")
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
    # the workspace is the file's: a dataset of another function of it is not this one's
    prior = _same_symbol(_state(status), t.symbol)
    in_use = _same_symbol(_state(status, "approved"), t.symbol)
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
        outcome = characterize(ws, brief, max_cases, hypothesis_cases, interpreter, timeout_s)
    else:
        outcome = specify(
            ws, brief, iteration, model, response, instruction, complete, interpreter, timeout_s, prior
        )
    if outcome["state"] != "ready":
        syn = {
            "state": outcome["state"],
            "goal": goal,
            "symbol": t.symbol,
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
        call=outcome.get("call"),
        selection=selection_note(outcome.get("coverage")),
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
        "symbol": t.symbol,
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
