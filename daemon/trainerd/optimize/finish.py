"""A run's end: the election, the validation (the winner's own evaluation plus every affected test it
has not run: each test that passed on the original must still pass), the write-back and the reports.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

import attrs

from trainerd.optimize import artifacts, writeback
from trainerd.optimize import messages as m
from trainerd.optimize import types as t
from trainerd.optimize.baseline import _flaky_blocker
from trainerd.optimize.election import elect
from trainerd.optimize.engine import Run, _ok, _verdicts
from trainerd.workspace import status as st
from trainerd.workspace.blockers import (
    FLAKY_FEEDBACK,
)
from trainerd.workspace.files import atomic_write_json, atomic_write_text, locked


def finish(run: Run) -> t.RunResult:
    s = run.s
    manifest = artifacts.read_manifest(run.it, s.iteration)
    feedback = s.feedback or {}
    ranking, reasons = elect(
        manifest["candidates"],
        feedback.get("direction", "maximize"),
        {"score": s.baseline.score if s.baseline else None},
    )
    artifacts.write_election(run.it, ranking, reasons)
    winner = ranking[0] if ranking else None
    log_file = run.it / "validation" / "pytest.txt"
    edit: t.ProposedEdit | None = None
    candidate: t.CandidateInfo | None = None
    if winner is None:
        if s.nothing_to_do:
            assert s.baseline is not None
            decision = t.Decision(
                None,
                "not_run",
                "not_applicable",
                f"Nothing to optimize: all {s.baseline.total} tests already pass on the original and no score command is configured.",
            )
        else:
            decision = t.Decision(
                None,
                "not_run",
                "refused",
                "Nothing written back: no candidate improved on the original (or every proposal was rejected).",
            )
    else:
        values = json.loads((run.it / "candidates" / winner / "values.json").read_text(encoding="utf-8"))
        candidate = _winner_info(run, winner, manifest["candidates"][winner])
        decision = (
            s.decision
            if (s.decision is not None and s.decision.validation == "passed")
            else validate(run, winner, values, log_file)
        )
        if decision.validation == "passed":
            decision, edit = write_back(run, winner, values, decision)
    if winner:
        manifest["candidates"][winner]["selected"] = True
        manifest["candidates"][winner]["selection_notes"] = reasons[0] if reasons else None
        artifacts.write_manifest(run.it, manifest)
    decision_file = run.ws.root / "decision.md"
    with locked(run.ws.root):  # the status writers clean a temp file of it that a killed writer left
        atomic_write_text(
            decision_file,
            artifacts.decision_md(
                run.t.spec(),
                s.run_id,
                s.iteration,
                decision,
                reasons,
                run.rel(log_file) if log_file.exists() else None,
            ),
        )
    report_file = run.it / "optimize" / "optimize-report.json"
    atomic_write_json(
        report_file,
        {
            "ok": True,
            "mode": "optimized",
            "run_id": s.run_id,
            "target": run.t.spec(),
            "model": s.model,
            "algorithm": s.optimizer,
            "iterations": s.iterations,
            "steps": len(s.steps),
            "train_size": len(s.train),
            "val_size": len(s.val),
            "judge_mode": s.judge_mode,
            "candidate_count": len(manifest["candidates"]),
            "selected_candidate": winner,
            "validation": decision.validation,
            "write_back": decision.write_back,
            "justification": decision.justification,
            "regressions": decision.regressions,
        },
    )
    run.ws.record_outcome(
        winner,
        decision.validation,
        log_file if log_file.exists() else None,
        decision.write_back,
        decision.justification,
        decision_file,
        report_file,
    )
    s.decision = decision
    run.save()
    if decision.write_back == "proposed":
        # the caller applies the edit and records it (writeback.record): until then the run is not over,
        # and a caller killed before it did leaves an interrupted run that proposes the edit again
        run.set_run("running", last_completed_step="write-back proposed")
    else:
        s.status = "done"
        run.save()
        run.set_run("done", last_completed_step="decision", finished_at=st.utc_now())
        run.set_workflow("complete")
    if decision.write_back == "written":
        run.emit(
            t.WRITTEN_BACK,
            decision.justification,
            decision=decision,
            artifacts={"file": run.t.file, "decision": decision_file},
        )
    run.emit(t.DONE, decision.justification, decision=decision, artifacts={"decision": decision_file})
    return run.result(
        "done", decision.justification, winner=winner, decision=decision, edit=edit, candidate=candidate
    )


def _winner_info(run: Run, name: str, entry: dict[str, Any]) -> t.CandidateInfo:
    cdir = run.it / "candidates" / name
    return t.CandidateInfo(
        name,
        int(entry.get("step") or 0),
        bool(entry.get("accepted")),
        t.Score(**{k: v for k, v in entry["train"].items() if k in ("passed", "total", "failed")}),
        t.Score(**{k: v for k, v in entry["val"].items() if k in ("passed", "total", "failed")}),
        int(entry.get("diff_lines") or 0),
        True,
        entry.get("score"),
        None,
        entry.get("description") or "",
        str(cdir / run.t.file.name),
        str(cdir / "diff.patch"),
        str(run.absolute(run.s.snapshot)),
    )


def validate(run: Run, winner: str, values: dict[str, Any], log_file: Path) -> t.Decision:
    """The winner's own evaluation plus the affected tests it has not run: every case must pass that
    passed on the original; the target's tests must all pass."""
    s = run.s
    assert s.baseline is not None
    data = json.loads((run.it / "candidates" / winner / "results.json").read_text(encoding="utf-8"))
    suite = m.decode(m.SuiteReply, data["suite"])
    verdicts = _verdicts(suite)
    cases = list(suite.cases)
    affected_ids = [i for i in s.baseline.verdicts if i not in verdicts]
    if affected_ids:
        more = run.evaluate(
            values, affected_ids, s.validation_args[len(s.target_args) :] or s.validation_args
        )
        cases += more.suite.cases
        verdicts.update(_verdicts(more.suite))
    failing_target = [i for i in s.target_cases if not _ok(verdicts.get(i, "missing"))]
    regressions = [
        i
        for i, before in s.baseline.verdicts.items()
        if _ok(before) and not _ok(verdicts.get(i, "missing")) and i not in s.target_cases
    ]
    flaky: list[str] = []
    if regressions:  # passed before, fail now: fail on the original too? then the test is flaky
        again = _verdicts(
            run.evaluate({}, regressions, s.validation_args[len(s.target_args) :] or s.validation_args).suite
        )
        flaky = [i for i in regressions if not _ok(again.get(i, "missing"))]
        regressions = [i for i in regressions if i not in flaky]
    scored = run.score(values)
    lines = [
        f"Validation of {winner}: {len(verdicts)} tests (the target's and every test module importing it)",
        "",
    ]
    lines += [
        f"{c.outcome.upper():8} {c.id}" + (f"\n{c.message}" if c.message and not _ok(c.outcome) else "")
        for c in cases
    ]
    if scored:
        lines += [
            "",
            f"benchmark `{scored.command}`: exit {scored.exit_code}, score {scored.score}",
            scored.output[-3000:],
        ]
    atomic_write_text(log_file, "\n".join(lines) + "\n")
    atomic_write_json(log_file.with_name("verdicts.json"), verdicts)  # the same, for tools
    passing = sum(1 for v in verdicts.values() if _ok(v))
    ok = not failing_target and not regressions and not flaky and (scored is None or scored.ok)
    run.emit(
        t.VALIDATED,
        f"validation of {winner}: {passing}/{len(verdicts)} passed"
        + (f"; {len(regressions)} test(s) that passed before now fail" if regressions else ""),
        tests=t.Score(passing, len(verdicts), [i for i, v in verdicts.items() if not _ok(v)]),
        artifacts={"log": log_file},
    )
    if ok:
        return t.Decision(
            winner,
            "passed",
            "pending",
            f"{winner} passes its tests and every affected test that passed before ({passing}/{len(verdicts)})",
        )
    if flaky:
        run.ws.record_blockers(
            [_flaky_blocker(run, {i: ["passed", "failed"] for i in flaky}, s.baseline.runs + 1)],
            {FLAKY_FEEDBACK},
        )
        why = f"tests whose verdict changes with no code change: {', '.join(flaky[:10])}"
    elif regressions:
        why = f"it breaks {len(regressions)} test(s) that passed before: {', '.join(regressions[:10])}"
    elif failing_target:
        why = f"{len(failing_target)} of its own {len(s.target_cases)} tests fail: {', '.join(failing_target[:10])}"
    else:
        why = f"the benchmark `{scored.command if scored else ''}` failed"
    return t.Decision(
        winner,
        "failed",
        "refused",
        f"Nothing written back: the winner {winner} fails validation ({why}; see {run.rel(log_file)}).",
        regressions=regressions,
    )


def write_back(
    run: Run, winner: str, values: dict[str, Any], decision: t.Decision
) -> tuple[t.Decision, t.ProposedEdit | None]:
    mode = run.options.write_back
    base = decision.justification.rstrip(".")
    if mode == "none":
        return attrs.evolve(
            decision,
            write_back="not_applicable",
            justification=f"{base}; write-back disabled (--no-write).",
        ), None
    apply_command = f"trainerd write-back {run.rel(run.ws.root)} --candidate {winner}" + (
        f" --symbol {shlex.quote(run.t.symbol)}" if run.t.symbol else ""
    )
    previous = (run.s.write_back or {}).get("planned_sha256")
    if previous and writeback.sha256_text(run.t.file.read_text(encoding="utf-8")) == previous:
        return _written(run, winner, decision, None, "an earlier attempt")  # killed after the rename
    plan = writeback.plan(run.t.file, run.snapshot, values, apply_command)
    if isinstance(plan, writeback.Refusal):
        writeback.record(
            run.ws,
            run.it,
            "refused",
            plan.reason,
            conflict={"reason": plan.reason, "candidate": winner},
        )
        return attrs.evolve(
            decision,
            write_back="refused",
            justification=f"Refused: {plan.reason}.",
            apply_command=apply_command,
        ), None
    again = " (re-applied to the file, which changed elsewhere during the run)" if plan.reapplied else ""
    if mode == "return":
        start, end, replacement = plan.line_range()
        edit = t.ProposedEdit(
            str(run.t.file),
            plan.base_text,
            plan.new_text,
            start,
            end,
            replacement,
            plan.base_sha256,
            winner,
            run.s.iteration,
            plan.reapplied,
        )
        run.s.write_back = {"planned_sha256": writeback.sha256_text(plan.new_text)}
        return attrs.evolve(
            decision,
            write_back="proposed",
            justification=f"{base}; the edit is returned to the caller to apply{again}.",
        ), edit
    run.s.write_back = {"planned_sha256": writeback.sha256_text(plan.new_text)}
    run.s.decision = attrs.evolve(decision, write_back="writing")
    run.save()
    try:
        writeback.write_file(plan, run.ws.root)
    except writeback.WriteConflict as exc:
        writeback.record(
            run.ws, run.it, "refused", str(exc), conflict={"reason": str(exc), "candidate": winner}
        )
        return attrs.evolve(
            decision,
            write_back="refused",
            justification=f"Refused: {exc}; the candidate is kept.",
            apply_command=apply_command,
        ), None
    return _written(run, winner, decision, plan, again)


def _written(
    run: Run, winner: str, decision: t.Decision, plan: writeback.Plan | None, again: str
) -> tuple[t.Decision, None]:
    justification = f"{decision.justification.rstrip('.')}; written to {run.rel(run.t.file)}{again}."
    writeback.record(
        run.ws,
        run.it,
        "written",
        justification,
        new_text=plan.new_text if plan else run.t.file.read_text(encoding="utf-8"),
        original_text=plan.base_text if plan else None,
        method="file",
    )
    return attrs.evolve(decision, write_back="written", justification=justification), None


# --- the feedback signal ---------------------------------------------------------------------------
