"""The optimizer's steps: the prompt (built from the latest evaluation; only its tests run through
Trace), the model's answer (or a manual follow-up), the candidate it makes and its evaluation.

Each step is saved before it is reported: an answered step is evaluated on resume, never asked again.
"""

from __future__ import annotations

import json
import shlex
from typing import Any

import attrs

from trainerd.errors import TrainerError
from trainerd.llm import FollowupNeeded, Model
from trainerd.optimize import artifacts
from trainerd.optimize import messages as m
from trainerd.optimize import types as t
from trainerd.optimize.answers import parse_answer
from trainerd.optimize.baseline import _flaky_blocker
from trainerd.optimize.client import WorkerCancelled, WorkerDied
from trainerd.optimize.edits import diff_size, unified_diff
from trainerd.optimize.engine import (
    MAX_FAILED_IN_PROMPT,
    MAX_MESSAGE_CHARS,
    MAX_PASSED_IN_PROMPT,
    Blocked,
    Run,
    _ok,
    _score_of,
    _verdicts,
)
from trainerd.optimize.state import Prompt, Step
from trainerd.workspace.blockers import (
    NO_FEEDBACK_SIGNAL,
    SURFACE_UNDEFINED,
    Blocker,
)
from trainerd.workspace.files import atomic_write_json


def loop(run: Run, answer: str | None) -> t.RunResult | None:
    model = Model(run.spec, run.completer, litellm=lambda *a: _litellm(run, *a), start_turn=len(run.s.steps))
    command = (run.s.feedback or {}).get("command")
    while True:
        if run.cancel.is_set():
            raise WorkerCancelled("cancelled")
        steps = run.s.steps
        if steps and not steps[-1].evaluated:  # answered, not evaluated yet (resumed)
            evaluate_step(run, steps[-1])
            continue
        if run.s.nothing_to_do or (steps and steps[-1].all_pass and not command):
            break
        if steps and steps[-1].terminated and steps[-1].candidate is None:
            break
        if len(steps) >= run.s.iterations:
            break
        k = len(steps) + 1
        run.set_run("running", step=k, last_completed_step=run.s.last_completed_step)
        run.emit(
            t.ITERATION_STARTED,
            f"step {k}: building the optimizer's prompt and asking {'for your answer' if answer is not None else run.spec.describe()}",
            step=k,
            worker_pid=run._worker.pid if run._worker else None,
        )
        prompt = (
            run.s.prompt if (run.s.prompt is not None and run.s.prompt.step == k) else build_prompt(run, k)
        )
        if answer is not None:
            text, source, answer = answer, "manual answer", None
        else:
            try:
                text = model.ask(prompt.messages, variables=prompt.variables)
            except FollowupNeeded as exc:
                if run.cancel.is_set():  # the wait for the model ended because the user cancelled
                    raise WorkerCancelled("cancelled while the model was asked") from None
                return followup(run, prompt, exc.reason)
            source = run.spec.describe()
        record_answer(run, prompt, text, source)
        evaluate_step(run, run.s.steps[-1])
    return None


def _litellm(run: Run, model: str, messages: list[dict[str, Any]], max_tokens: int, want_json: bool) -> str:
    reply = run.worker().complete(m.CompleteParams(model, messages, max_tokens, want_json))
    if reply.followup is not None:
        raise FollowupNeeded(reply.followup)
    if reply.error or reply.content is None:
        raise FollowupNeeded(f"LiteLLM model {model!r} failed: {reply.error}")
    return reply.content


def _latest_cases(run: Run) -> dict[str, m.CaseVerdict]:
    if run.s.latest:
        path = run.it / "candidates" / run.s.latest / "results.json"
    else:
        path = run.it / "optimize" / "baseline" / "run-1.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {c.id: c for c in m.decode(m.SuiteReply, data.get("suite", data)).cases}


def build_prompt(run: Run, k: int) -> Prompt:
    cases = _latest_cases(run)
    train = [cases[i] for i in run.s.train if i in cases]
    failed = [c for c in train if not _ok(c.outcome)]
    passed = [c for c in train if _ok(c.outcome)]
    chosen = [c.id for c in failed[:MAX_FAILED_IN_PROMPT] + passed[:MAX_PASSED_IN_PROMPT]]
    feedback = _feedback_text(run, train, failed, passed)
    text = run.text_of(run.s.values)
    reply = run.worker().prompt(
        m.PromptParams(
            text,
            chosen,
            feedback,
            run.s.optimizer,
            run.options.objective,
            str(run.overlay(text)),
            run.s.target_args,
        )
    )
    if reply.error:
        code, _, message = reply.error.partition(": ")
        if code == "surface_undefined":
            raise Blocked(
                [
                    Blocker(
                        SURFACE_UNDEFINED,
                        message,
                        run.rel(run.t.file),
                        "Name a function or method (file.py::name), or a Trace node/bundle/model.",
                    )
                ]
            )
        if code == "no_output":
            raise Blocked(
                [
                    Blocker(
                        NO_FEEDBACK_SIGNAL,
                        message[:1500],
                        None,
                        "Use tests that import and call the target (or name the right symbol).",
                    )
                ]
            )
        raise WorkerDied(reply.error)
    changed = {
        c.id: [cases[c.id].outcome, c.outcome]
        for c in reply.suite.cases
        if c.id in cases and c.outcome != cases[c.id].outcome
    }
    if changed:  # the same code on the same tests, a different verdict
        raise Blocked([_flaky_blocker(run, changed, 2)])
    if run.s.kind is None:
        run.s.kind = reply.kind
        run.ws.record_surface(
            {
                "kind": reply.kind,
                "parameters": [p.key for p in reply.parameters],
                "variables": [p.py_name for p in reply.parameters],
            }
        )
    prompt = Prompt(k, reply.messages, reply.parameters, feedback, chosen, reply.context)
    run.s.prompt = prompt
    run.save()
    artifacts.write_prompt(artifacts.turn_dir(run.it, k), prompt.messages)
    return prompt


def _feedback_text(
    run: Run, train: list[m.CaseVerdict], failed: list[m.CaseVerdict], passed: list[m.CaseVerdict]
) -> str:
    lines = [f"{len(failed)} of {len(train)} tests failed." if failed else f"All {len(train)} tests pass."]
    for case in failed[:MAX_FAILED_IN_PROMPT]:
        lines.append(f"\n{case.id} {case.outcome.upper()}:\n{case.message[-MAX_MESSAGE_CHARS:]}")
    if len(failed) > MAX_FAILED_IN_PROMPT:
        lines.append(f"\n... and {len(failed) - MAX_FAILED_IN_PROMPT} more failing tests.")
    if passed:
        lines.append(
            "\nPassing: " + ", ".join(c.id for c in passed[:20]) + (" ..." if len(passed) > 20 else "")
        )
    extra = _score_feedback(run)
    if extra:
        lines.append("\n" + extra)
    return "\n".join(lines)


def _score_feedback(run: Run) -> str | None:
    feedback = run.s.feedback or {}
    command = feedback.get("command")
    if not command:
        return None
    result = run.score(run.s.values)
    assert result is not None
    better = "higher" if feedback.get("direction") == "maximize" else "lower"
    base = run.s.baseline.score if run.s.baseline else None
    if not result.ok:
        return f"The benchmark `{command}` failed (exit {result.exit_code}):\n{result.output[-1200:]}"
    return f"The benchmark `{command}` scored {result.score} ({better} is better; the original scored {base}). Keep every test passing while improving the score."


def followup(run: Run, prompt: Prompt, reason: str) -> t.RunResult:
    k = prompt.step
    opt = run.it / "optimize"
    turn = artifacts.turn_dir(run.it, k)
    answer_file = opt / f"answer-turn-{k}.json"
    command = f"trainerd answer {run.rel(run.ws.root)} --response {run.rel(answer_file)}"
    if run.t.symbol and _other_targets(run):
        command += f" --symbol {shlex.quote(run.t.symbol)}"
    artifacts.write_waiting_turn(turn, k, prompt.messages, reason, prompt.feedback, command)
    report = {
        "ok": True,
        "mode": "manual_followup",  # the trainer-workspace contract's name for this report
        "message": f"No model answered the optimizer at step {k}; the run stopped at a resumable checkpoint.",
        "blocker_reason": reason,
        "model": run.spec.describe(),
        "algorithm": run.s.optimizer,
        "iterations": run.s.iterations,
        "step": k,
        "target": run.t.spec(),
        "train_size": len(run.s.train),
        "val_size": len(run.s.val),
        "judge_mode": run.s.judge_mode,
        "candidate_count": sum(1 for s in run.s.steps if s.candidate),
        "variables": prompt.variables,
        "rerun_command": f"trainerd optimize {run.t.spec()} --model litellm:<provider/model>",
        "answer_command": command,
        "agent_handoff_instruction": (
            "Answer the optimizer prompt in model_prompt exactly as the model would: a JSON object "
            '{"reasoning": ..., "suggestion": {<variable>: <new value>}} (or the word TERMINATE), save it to '
            f"{run.rel(answer_file)} and run `{command}`."
        ),
        "manual_reproduction_steps": [
            f"Read the prompt in {run.rel(turn / 'prompt.md')} (also under model_prompt here).",
            f"Write the answer as JSON with a 'suggestion' for the variables {', '.join(prompt.variables)}.",
            f"Save it to {run.rel(answer_file)}.",
            f"Run `{command}`: the loop continues from step {k}.",
        ],
        "followup_instruction": f"Provide the optimizer's answer for step {k} with `{command}`.",
        "model_prompt": artifacts.prompt_text(prompt.messages),
        "model_messages": prompt.messages,
        "read_only_context": prompt.context,
        "train_file": run.rel(run.it / "synthesize" / "train.jsonl"),
        "val_file": run.rel(run.it / "synthesize" / "val.jsonl"),
        "output_file": run.rel(answer_file),
        "report_file": run.rel(opt / "manual-followup-report.json"),
    }
    report_file = artifacts.write_followup(opt, report)
    info = t.FollowupInfo(
        k, reason, prompt.variables, command, str(report_file), str(turn / "prompt.md"), str(answer_file)
    )
    run.s.followup, run.s.status = info, "followup_needed"
    run.save()
    run.ws.set_pointers(
        optimize_report=report_file,
        latest_steering_turn=turn / "STEERING.md",
        steering_summary_dir=run.it / "steering",
    )
    run.set_run("followup_needed", step=k)
    run.set_workflow("pending_training")
    run._keep_worker = True
    run.emit(
        t.FOLLOWUP_NEEDED,
        f"manual follow-up needed at step {k}: {reason}",
        step=k,
        followup=info,
        artifacts={"report": report_file, "prompt": turn / "prompt.md"},
    )
    return run.result("followup_needed", f"{report['message']} Next: `{command}`", followup=info)


def _other_targets(run: Run) -> bool:
    runs = run.ws.read().get("runs")
    return isinstance(runs, dict) and any(k != run.key for k in runs)


def record_answer(run: Run, prompt: Prompt, text: str, source: str) -> None:
    k = prompt.step
    turn = artifacts.turn_dir(run.it, k)
    parsed = parse_answer(text, prompt.parameters)
    artifacts.write_turn(
        turn,
        k,
        prompt.messages,
        text,
        source,
        prompt.variables,
        prompt.feedback,
        parsed.proposal,
        [attrs.asdict(r) for r in parsed.rejected],
        parsed.terminated,
    )
    run.s.steps.append(Step(k, source, run.rel(turn / "response.txt")))
    run.s.followup = None
    run.s.status = "running"
    run.save()
    run.ws.set_pointers(latest_steering_turn=turn / "STEERING.md", steering_summary_dir=run.it / "steering")


def evaluate_step(run: Run, step: Step) -> None:
    k = step.step
    prompt = run.s.prompt
    assert prompt is not None and prompt.step == k, "an answered step keeps its prompt until it is evaluated"
    response = run.absolute(step.response_file).read_text(encoding="utf-8")
    parsed = parse_answer(response, prompt.parameters)
    step.terminated, step.rejected = parsed.terminated, [attrs.asdict(r) for r in parsed.rejected]
    if parsed.terminated and not parsed.proposal:
        step.evaluated = True
        run.s.last_completed_step = f"step-{k}:terminated"
        run.save()
        run.emit(t.ITERATION_DONE, f"step {k}: the optimizer answered TERMINATE", step=k)
        return
    name = f"step-{k}"
    values = {**run.s.values, **parsed.proposal}
    rejected_reason = None
    if not parsed.proposal:
        rejected_reason = (
            "; ".join(f"{r.key}: {r.reason}" for r in parsed.rejected)
            or "the response suggested no change to any variable"
        )
    text = run.snapshot
    if parsed.proposal:
        try:
            text = run.text_of(values)
        except TrainerError as exc:
            rejected_reason = str(exc)
    accepted = rejected_reason is None
    cdir = run.it / "candidates" / name
    ids = run.s.train + run.s.val
    if accepted:
        reply = run.evaluate(values, run.s.target_cases, run.s.target_args)
        verdicts = _verdicts(reply.suite)
        scored = run.score(values)
        score = scored.score if scored and scored.ok else None
        atomic_write_json(
            cdir / "results.json",
            {
                "suite": m.encode(reply.suite),
                "score": score,
                "score_output": scored.output[-2000:] if scored else None,
            },
        )
        train, val = _score_of(verdicts, run.s.train), _score_of(verdicts, run.s.val)
    else:
        train, val, score = t.Score(0, len(run.s.train)), t.Score(0, len(run.s.val)), None
    all_pass = accepted and train.passed == train.total and val.passed == val.total
    diff = diff_size(run.snapshot, text)
    artifacts.write_candidate(
        cdir,
        run.t.file.name,
        text,
        unified_diff(run.snapshot, text, run.rel(run.t.file)),
        name,
        parsed.reasoning,
        rejected_reason,
        values,
    )
    info = t.CandidateInfo(
        name,
        k,
        accepted,
        train,
        val,
        diff,
        all_pass,
        score,
        rejected_reason,
        parsed.reasoning,
        str(cdir / run.t.file.name),
        str(cdir / "diff.patch"),
        str(run.absolute(run.s.snapshot)),
    )
    manifest = artifacts.read_manifest(run.it, run.s.iteration)
    manifest["candidates"][name] = {
        "description": parsed.reasoning,
        "source": run.rel(cdir / run.t.file.name),
        "step": k,
        "train": attrs.asdict(train),
        "val": attrs.asdict(val),
        "score": score,
        "diff_lines": diff,
        "accepted": accepted,
        "rejected_reason": rejected_reason,
    }
    path = artifacts.write_manifest(run.it, manifest)
    run.ws.set_pointers(candidate_dir=run.it / "candidates", candidate_manifest=path)
    step.candidate, step.all_pass, step.evaluated = name, all_pass, True
    if accepted:
        run.s.values, run.s.latest = values, name
    run.s.last_completed_step = f"step-{k}:evaluated"
    run.save()
    run.set_run("running", step=k, last_completed_step=run.s.last_completed_step)
    run.emit(
        t.CANDIDATE_READY,
        f"candidate {name}: train {train.passed}/{train.total}, val {val.passed}/{val.total}"
        + (f", rejected: {rejected_reason}" if rejected_reason else ""),
        step=k,
        candidate=info,
        artifacts={"candidate": cdir},
    )
    run.emit(t.ITERATION_DONE, f"step {k} done", step=k, tests=t.Score(train.passed + val.passed, len(ids)))


# --- finish: election, validation, write-back -----------------------------------------------
