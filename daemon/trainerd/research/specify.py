"""Specification cases (goal ``change``): proposed by the configured model from the research brief.

Each case is marked ``model-proposed``; the model's answers are validated and asked again with the
problems (at most :data:`MAX_MODEL_ATTEMPTS` answers); with no model, a manual follow-up report holds
the prompt. What the current code does on each proposed input is recorded beside it (``current``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from trainerd.errors import TrainerError
from trainerd.research import model as model_backends
from trainerd.research import values
from trainerd.research.process import run_runner
from trainerd.workspace.files import atomic_write_json, atomic_write_text
from trainerd.workspace.service import Workspace

MAX_MODEL_ATTEMPTS = 3
MAX_MODEL_CASES = 200
JUDGE_MODE = "deterministic"  # what exact_match implies (trainerd.feedback.datasets.SCORING_TO_MODE)

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


def specify(
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
    return {
        "state": "ready",
        "rows": rows,
        "skipped": skipped,
        "model": model_spec,
        "attempts": attempts,
        "call": answer.get("call"),
    }


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
