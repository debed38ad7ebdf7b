"""A new run's first phase: the feedback signal, the baseline on the run's snapshot, the determinism
check, the train/val split.

The target's tests run on the snapshot (plain compiled code, the target's calls counted); every test
the change could affect runs once, so validation knows which passed before; then the target's tests
run ``repeats`` more times: a verdict that changes is ``flaky_feedback``, before any model is asked.
"""

from __future__ import annotations

import shlex
from typing import Any

import attrs

from trainerd.feedback import datasets
from trainerd.feedback.signal import CommandResult, FeedbackSpec, make_spec, pytest_args
from trainerd.optimize import messages as m
from trainerd.optimize import types as t
from trainerd.optimize.engine import Blocked, Run, _ok, _verdicts
from trainerd.optimize.state import Baseline
from trainerd.optimize.tests_lookup import affected_tests, tests_for_target
from trainerd.workspace.blockers import (
    FLAKY_FEEDBACK,
    JUDGE_MODE_INCONSISTENT,
    NO_FEEDBACK_SIGNAL,
    Blocker,
)
from trainerd.workspace.files import atomic_write_json
from trainerd.workspace.records import mapping, target_key
from trainerd.workspace.service import Workspace


def prepare(run: Run) -> None:
    """Feedback signal, baseline, determinism, datasets; raises :class:`Blocked`."""
    status = run.ws.read()
    spec, blocker = feedback_spec(run.ws, status, run.options)
    if blocker is not None:
        raise Blocked([blocker])
    assert spec is not None
    run.s.feedback = attrs.asdict(spec)
    args = pytest_args(spec.tests or "") or []
    run.s.target_args = args
    run.save()
    run.ws.set_pointers(latest_iteration_dir=run.it)
    first = run.evaluate({}, None, args, count_calls=True)
    suite = first.suite
    shown = spec.tests
    if suite.collection_errors:
        raise Blocked(
            [
                Blocker(
                    NO_FEEDBACK_SIGNAL,
                    "The test suite fails to collect: " + suite.collection_errors[0][:1500],
                    None,
                    f"Fix the collection error, then run `{shown}` until it collects.",
                )
            ]
        )
    if not suite.cases:
        raise Blocked(
            [
                Blocker(
                    NO_FEEDBACK_SIGNAL,
                    f"`{shown}` collected no tests.",
                    None,
                    "Point --feedback at pytest tests that call the target.",
                )
            ]
        )
    if first.calls is not None and _counted(run) and not any(first.calls.values()):
        raise Blocked(
            [
                Blocker(
                    NO_FEEDBACK_SIGNAL,
                    f"None of the {len(suite.cases)} tests of `{shown}` calls the target {run.t.spec()}: "
                    "the tests do not import it, so Trace has nothing to attribute.",
                    None,
                    "Use tests that import and call the target (or name the right symbol).",
                )
            ]
        )
    ids = [c.id for c in suite.cases]
    run.s.target_cases = ids
    verdicts = _verdicts(suite)
    atomic_write_json(run.it / "optimize" / "baseline" / "run-1.json", m.encode(suite))
    base_score = run.score({})
    nothing = all(_ok(v) for v in verdicts.values()) and not spec.command
    # every test the change could affect: run once on the original, to know which passed before
    extra = _validation_files(run, args)
    run.s.validation_args = [*args, *extra] if run.options.validate == "affected" else []
    if run.options.validate == "suite" or extra:
        more = run.evaluate({}, None, extra if run.options.validate == "affected" else [], exclude=ids)
        atomic_write_json(run.it / "optimize" / "baseline" / "affected.json", m.encode(more.suite))
        for case in more.suite.cases:
            verdicts.setdefault(case.id, case.outcome)
    runs = 1
    if not nothing:
        history: dict[str, list[str]] = {i: [verdicts[i]] for i in ids}
        for n in range(2, run.options.repeats + 2):
            again = _verdicts(run.evaluate({}, ids, args).suite)
            atomic_write_json(run.it / "optimize" / "baseline" / f"run-{n}.json", {"verdicts": again})
            for case_id in ids:
                history[case_id].append(again.get(case_id, "missing"))
            runs = n
        flaky = {i: seen for i, seen in history.items() if len(set(seen)) > 1}
        if base_score is not None:
            again_score = run.score({})
            if again_score is not None and again_score.ok != base_score.ok:
                flaky[f"command `{spec.command}`"] = [
                    f"exit {base_score.exit_code}",
                    f"exit {again_score.exit_code}",
                ]
        if flaky:
            raise Blocked([_flaky_blocker(run, flaky, runs)])
    run.s.baseline = Baseline(
        sum(1 for i in ids if _ok(verdicts[i])),
        len(ids),
        verdicts,
        base_score.score if base_score else None,
        runs,
    )
    run.s.nothing_to_do = nothing
    _datasets(run, ids, spec, base_score)
    run.s.last_completed_step = "baseline"
    run.save()


def _counted(run: Run) -> bool:
    from trainerd.optimize.worker.scope import ScopeError, scope_of

    try:
        return scope_of(run.snapshot, run.t.symbol).plain is not None
    except ScopeError:
        return False


def _validation_files(run: Run, target_args: list[str]) -> list[str]:
    """Test files importing the target's module that the target's own tests do not already cover
    whole (a file the target's tests name only some tests of is affected for the rest)."""
    if run.options.validate != "affected":
        return []
    whole = {a for a in target_args if not a.startswith("-") and "::" not in a}
    files = [run.rel(p) for p in affected_tests(run.t.repo_root, run.t.file)]
    return [f for f in files if f not in whole and not any(f.startswith(w.rstrip("/") + "/") for w in whole)]


def _counted_verdicts(seen: list[str]) -> str:
    """``passed 5 times, failed once``: what a flaky case did over the runs."""
    counts = {v: seen.count(v) for v in dict.fromkeys(seen)}
    return ", ".join(
        f"{v} {'once' if c == 1 else 'twice' if c == 2 else f'{c} times'}" for v, c in counts.items()
    )


def _flaky_blocker(run: Run, flaky: dict[str, list[str]], runs: int) -> Blocker:
    names = ", ".join(f"{k} ({_counted_verdicts(v)})" for k, v in list(flaky.items())[:10]) + (
        " ..." if len(flaky) > 10 else ""
    )
    return Blocker(
        FLAKY_FEEDBACK,
        f"The feedback signal is not repeatable: {len(flaky)} case(s) gave a different verdict on "
        f"{runs} runs of the unchanged code: {names}.",
        run.rel(run.it / "optimize" / "baseline"),
        "Make these tests deterministic (seed, time, order), or exclude them.",
    )


def _datasets(run: Run, ids: list[str], spec: FeedbackSpec, base_score: CommandResult | None) -> None:
    synth = run.it / "synthesize"
    train_file, val_file = synth / "train.jsonl", synth / "val.jsonl"
    notes = []
    if train_file.exists() and val_file.exists():  # provided (e.g. synthesized): honoured, checked
        train_rows, val_rows = datasets.read_jsonl(train_file), datasets.read_jsonl(val_file)
        conflict = datasets.judge_mode_conflict(train_rows, val_rows)
        if conflict:
            raise Blocked(
                [
                    Blocker(
                        JUDGE_MODE_INCONSISTENT,
                        f"Judge mode inconsistency: {conflict}.",
                        run.rel(synth),
                        "Give train and val rows the same kind of 'scoring'.",
                    )
                ]
            )
        judge = datasets.judge_mode(train_rows) or "custom"
        split = datasets.Split(
            [r["id"] for r in train_rows if r.get("id") in ids],
            [r["id"] for r in val_rows if r.get("id") in ids],
        )
    else:
        split = datasets.split_cases(ids)
        judge = "custom"
        datasets.write_jsonl(train_file, datasets.rows_for(split.train))
        datasets.write_jsonl(val_file, datasets.rows_for(split.val))
    if split.note:
        notes.append(split.note)
    if (run.ws.root / "evals" / "evals.json").exists():
        notes.append("Authored evals (evals/evals.json) are kept separate and are not used for training.")
    atomic_write_json(
        synth / "split.json",
        {"method": datasets.SPLIT_METHOD, "train": split.train, "val": split.val, "note": split.note},
    )
    base = run.s.baseline
    assert base is not None
    shape = {
        "command": spec.describe(),
        "kind": "pytest" + ("+command" if spec.command else ""),
        "cases": base.total,
        "passed": base.passed,
        "failed": base.total - base.passed,
        "score": base.score,
        "direction": spec.direction,
        "train_size": len(split.train),
        "val_size": len(split.val),
        "determinism_runs": base.runs,
        "validation_cases": len(base.verdicts),
    }
    run.s.train, run.s.val, run.s.judge_mode, run.s.notes = split.train, split.val, judge, notes
    run.ws.record_feedback(
        run.key,
        spec.describe(),
        shape,
        judge,
        notes=notes,
        train=train_file,
        val=val_file,
        iteration=run.it,
    )


# --- steps ----------------------------------------------------------------------------------


def feedback_spec(
    ws: Workspace, status: dict[str, Any], options: t.OptimizeOptions
) -> tuple[FeedbackSpec | None, Blocker | None]:
    """The target's feedback signal: the given command, else this target's recorded one (or an approved
    synthesized suite), else the tests that exercise the target."""
    tgt = ws.target
    tests = options.tests
    if tests is None:
        runs = mapping(status.get("runs"))
        own = mapping(runs.get(target_key(tgt.symbol))).get("feedback_command")
        if own is None and not runs and mapping(status.get("run")).get("target") is None:
            own = status.get("feedback_command")  # a workspace from before per-target runs
        md = mapping(status.get("missing_data"))
        approved = mapping(md.get("approved")).get("feedback_command")
        if approved and pytest_args(approved) is not None and not options.feedback and own is None:
            own = approved
        if own and pytest_args(own) is not None and not options.feedback:
            tests = own
        elif approved and options.feedback and pytest_args(options.feedback) is None:
            tests = approved  # the approved synthesized suite stays the constraint under a score command
    if tests is None and not (options.feedback and pytest_args(options.feedback) is not None):
        found = tests_for_target(tgt.repo_root, tgt.file, tgt.symbol)
        if found:
            tests = "python -m pytest -q " + " ".join(shlex.quote(tgt.rel(p) or str(p)) for p in found)
    spec = make_spec(options.feedback, tests, None, options.direction, options.test_timeout)
    if not spec.tests:
        what = f"{tgt.rel(tgt.file)}" + (f"::{tgt.symbol}" if tgt.symbol else "")
        return None, Blocker(
            NO_FEEDBACK_SIGNAL,
            f"No tests found that exercise {what}: no test file imports the target's module"
            + (f" and names {tgt.symbol!r}" if tgt.symbol else "")
            + ".",
            tgt.rel(tgt.file),
            "Write pytest tests that call the target, or pass --feedback 'python -m pytest -q PATH', or build a "
            f"dataset from the evidence (missing-data path): `trainerd synthesize {tgt.spec()}` (--goal change for "
            "model-proposed specification cases), review it, then `trainerd approve "
            f"{tgt.rel(ws.root)}`.",
            f"trainerd optimize {tgt.spec()} --feedback 'python -m pytest -q tests/'",
        )
    return spec, None
