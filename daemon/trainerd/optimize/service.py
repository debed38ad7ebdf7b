"""The optimization service the CLI and the daemon share.

``run_optimization`` blocks (run it in a thread), reports typed :class:`RunEvent`s through
``on_event``, honours a ``cancel`` :class:`threading.Event`, and asks ``completer`` for completions
when the model is ``editor``. ``answer_followup`` continues a run stopped at a manual follow-up;
``preflight`` lists the blockers without running anything; ``export_replay`` turns a recorded run
into a replay file. Everything is on disk in the trainer workspace, so any of them can be resumed.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import tempfile
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from trainerd.errors import TrainerError
from trainerd.feedback import datasets
from trainerd.feedback.cases import SuiteResult
from trainerd.feedback.signal import (
    CommandResult,
    FeedbackSpec,
    flaky_cases,
    make_spec,
    pytest_args,
    run_command,
)
from trainerd.llm import Completer, FollowupNeeded, Model, ModelSpec, ReplayMismatch, make_replay, parse_model
from trainerd.optimize import writeback
from trainerd.optimize.client import RpcError, WorkerCancelled, WorkerClient, WorkerDied
from trainerd.optimize.rpc import MANUAL_NEEDED, REPLAY_MISMATCH
from trainerd.optimize.tests_lookup import tests_for_target
from trainerd.workspace import service as ws_service
from trainerd.workspace import status as st
from trainerd.workspace.blockers import (
    FLAKY_FEEDBACK,
    JUDGE_MODE_INCONSISTENT,
    NO_FEEDBACK_SIGNAL,
    SURFACE_UNDEFINED,
    Blocker,
)
from trainerd.workspace.contract import OutputContract
from trainerd.workspace.files import atomic_write_json, atomic_write_text
from trainerd.workspace.service import Workspace, open_workspace, sha256_file

# blockers this service computes; they are replaced (not accumulated) on every preflight
ENGINE_BLOCKERS = {NO_FEEDBACK_SIGNAL, FLAKY_FEEDBACK, SURFACE_UNDEFINED, JUDGE_MODE_INCONSISTENT}
WRITE_BACK_MODES = ("file", "return", "none")

# event types (RunEvent.type)
BLOCKED = "blocked"
STARTED = "started"
ITERATION_STARTED = "iteration_started"
ITERATION_DONE = "iteration_done"
CANDIDATE_READY = "candidate_ready"
FOLLOWUP_NEEDED = "followup_needed"
VALIDATED = "validated"
WRITTEN_BACK = "written_back"
DONE = "done"
FAILED = "failed"
CANCELLED = "cancelled"
TEST_STARTED = "test_started"
EVENT_TYPES = (
    BLOCKED,
    STARTED,
    ITERATION_STARTED,
    ITERATION_DONE,
    CANDIDATE_READY,
    FOLLOWUP_NEEDED,
    VALIDATED,
    WRITTEN_BACK,
    DONE,
    FAILED,
    CANCELLED,
    TEST_STARTED,
)


@attrs.define
class OptimizeOptions:
    """How to run. ``feedback``: a pytest command, or another command whose score is optimized with
    the tests (``tests`` or the default lookup) as a constraint."""

    feedback: str | None = None
    tests: str | None = None
    direction: str = "maximize"
    model: str | None = None
    iterations: int = 3
    optimizer: str = "OptoPrime"
    python: str | None = None
    test_timeout: float = 30.0
    write_back: str = "file"  # file | return | none
    objective: str | None = None
    fresh: bool = False  # start a new iteration even when the last one can be resumed


@attrs.define
class RunEvent:
    type: str
    message: str
    run_id: str | None = None
    iteration: int | None = None  # the iteration folder (iterations/iteration-N)
    step: int | None = None  # the optimizer step inside it
    data: dict[str, Any] = attrs.Factory(dict)
    artifacts: dict[str, str] = attrs.Factory(dict)  # repo-relative paths


@attrs.define
class ProposedEdit:
    """``write_back="return"``: the new file text and the smallest whole-line range it replaces."""

    file: str  # absolute path
    new_text: str
    start_line: int  # 1-based, inclusive
    end_line: int  # 1-based, inclusive (start_line - 1 for a pure insertion)
    replacement: str
    source_sha256: str  # of the file the edit applies to


@attrs.define
class RunResult:
    outcome: str  # done | manual_followup | blocked | failed | cancelled
    message: str
    contract: OutputContract
    run_id: str | None = None
    iteration: int | None = None
    winner: str | None = None
    edit: ProposedEdit | None = None
    events: list[RunEvent] = attrs.Factory(list)


EventSink = Callable[[RunEvent], None]


# --- preflight ----------------------------------------------------------------------------------
def _feedback_spec(
    ws: Workspace, status: dict[str, Any], options: OptimizeOptions
) -> tuple[FeedbackSpec | None, Blocker | None]:
    t = ws.target
    tests = options.tests
    if tests is None:
        recorded = status.get("feedback_command")
        md = status.get("missing_data") if isinstance(status.get("missing_data"), dict) else {}
        approved = (
            (md.get("approved") or {}).get("feedback_command")
            if isinstance(md.get("approved"), dict)
            else None
        )
        if recorded and pytest_args(recorded) is not None and not options.feedback:
            tests = recorded
        elif approved and options.feedback and pytest_args(options.feedback) is None:
            tests = approved  # the approved synthesized suite stays the constraint under a score command
    if tests is None and not (options.feedback and pytest_args(options.feedback) is not None):
        found = tests_for_target(t.repo_root, t.file, t.symbol)
        if found:
            tests = "python -m pytest -q " + " ".join(shlex.quote(t.rel(p) or str(p)) for p in found)
    spec = make_spec(options.feedback, tests, None, options.direction, options.test_timeout)
    if not spec.tests:
        what = f"{t.rel(t.file)}" + (f"::{t.symbol}" if t.symbol else "")
        return None, Blocker(
            NO_FEEDBACK_SIGNAL,
            f"No tests found that exercise {what}: no test file imports the target's module"
            + (f" and names {t.symbol!r}" if t.symbol else "")
            + ".",
            t.rel(t.file),
            "Write pytest tests that call the target, or pass --feedback 'python -m pytest -q PATH', or build a "
            f"dataset from the evidence (missing-data path): `trainerd synthesize {t.spec()}` (--goal change for "
            "model-proposed specification cases), review it, then `trainerd approve "
            f"{t.rel(ws.root)}`.",
            f"trainerd optimize {t.spec()} --feedback 'python -m pytest -q tests/'",
        )
    return spec, None


def preflight(spec: str | Path, options: OptimizeOptions | None = None) -> list[Blocker]:
    """The blockers that stop a run, checked without starting the worker (review, corrupt or newer
    status, resume pointers, no tests). Flaky or uncollectable suites are found when a run starts."""
    options = options or OptimizeOptions()
    ws = open_workspace(spec)
    data, problems = st.load(ws.status_file)
    status = st.refresh(ws.target, data) if data is not None else None
    blockers = [
        b for b in ws_service.workspace_blockers(ws, status, problems) if b.code not in ENGINE_BLOCKERS
    ]
    if status is not None and not any(b.code == "status_corrupt" for b in blockers):
        _, feedback_blocker = _feedback_spec(ws, status, options)
        if feedback_blocker is not None:
            blockers.append(feedback_blocker)
    return blockers


# --- the run ------------------------------------------------------------------------------------
class _Run:
    def __init__(
        self,
        ws: Workspace,
        options: OptimizeOptions,
        on_event: EventSink | None,
        cancel: threading.Event | None,
        completer: Completer | None,
    ) -> None:
        self.ws, self.options = ws, options
        self.on_event, self.cancel, self.completer = on_event, cancel or threading.Event(), completer
        self.t = ws.target
        self.events: list[RunEvent] = []
        self.run_id: str | None = None
        self.n: int | None = None
        self.state: dict[str, Any] = {}
        self.worker: WorkerClient | None = None
        self.model: ModelSpec = parse_model(options.model, cwd=Path.cwd())

    # paths
    @property
    def it(self) -> Path:
        assert self.n is not None
        return self.ws.iteration_dir(self.n)

    @property
    def state_file(self) -> Path:
        return self.it / "optimize" / "run-state.json"

    def rel(self, p: Path) -> str:
        return self.t.rel(p) or str(p)

    def emit(
        self,
        type_: str,
        message: str,
        step: int | None = None,
        data: dict[str, Any] | None = None,
        **artifacts: Path,
    ) -> None:
        event = RunEvent(
            type_,
            message,
            self.run_id,
            self.n,
            step,
            data or {},
            {k: self.rel(v) for k, v in artifacts.items()},
        )
        self.events.append(event)
        if self.on_event is not None:
            try:
                self.on_event(event)
            except Exception:  # a broken listener must not break the run
                pass

    def save_state(self) -> None:
        atomic_write_json(self.state_file, self.state)

    def set_run(self, state: str, **extra: Any) -> None:
        def change(s: dict[str, Any]) -> None:
            run = dict(s.get("run") or {})
            # pid: the process driving the run (CLI or daemon); the worker dies with it (lifeline), so
            # a dead pid means an interrupted run, also before the worker starts
            running = state == "running"
            run.update(
                {
                    "id": self.run_id,
                    "state": state,
                    "iteration": self.n,
                    "pid": os.getpid() if running else None,
                    "worker_pid": self.worker.pid if (self.worker and running) else None,
                }
            )
            run.setdefault("started_at", st.utc_now())
            run.update(extra)
            s["run"] = run

        self.ws.update(change)

    def set_workflow(self, new: str) -> None:
        current = self.ws.read().get("workflow_state")
        if current != new:
            try:
                self.ws.set_state(new)
            except st.StateError:
                pass

    def record_blockers(self, blockers: list[Blocker]) -> None:
        def change(s: dict[str, Any]) -> None:
            kept = [
                b
                for b in s.get("blockers") or []
                if isinstance(b, dict) and b.get("code") not in ENGINE_BLOCKERS
            ]
            s["blockers"] = kept + [attrs.asdict(b) for b in blockers]

        self.ws.update(change)

    def result(
        self, outcome: str, message: str, winner: str | None = None, edit: ProposedEdit | None = None
    ) -> RunResult:
        return RunResult(
            outcome,
            message,
            ws_service.resolve(self.t.file, self.t.symbol, create=False),
            self.run_id,
            self.n,
            winner,
            edit,
            self.events,
        )

    # the worker
    def start_worker(self, values: dict[str, Any]) -> dict[str, Any]:
        model = Model(self.model, self.completer, start_turn=len(self.state.get("steps") or []))

        def completions(params: dict[str, Any]) -> dict[str, Any]:
            if self.model.backend == "litellm":  # called in the worker itself
                raise RpcError(MANUAL_NEEDED, "the litellm backend does not answer through the parent")
            try:
                text = model.ask(
                    params.get("messages") or [],
                    int(params.get("max_tokens") or 4096),
                    bool(params.get("json")),
                    params.get("variables"),
                )
            except FollowupNeeded as exc:
                raise RpcError(MANUAL_NEEDED, exc.reason) from None
            except ReplayMismatch as exc:
                raise RpcError(REPLAY_MISMATCH, str(exc)) from None
            return {"content": text}

        def progress(params: dict[str, Any]) -> None:
            if params.get("event") == "test_start":
                self.emit(TEST_STARTED, f"running {params.get('id')}", data={"id": params.get("id")})

        self.worker = WorkerClient(
            self.options.python,
            self.t.repo_root,
            self.it / "optimize" / "worker.log",
            completions,
            progress,
            self.cancel,
            self.options.test_timeout,
        )
        self.worker.start()
        spec = self.state["feedback"]
        args = pytest_args(spec["tests"]) or []
        reply = self.worker.request(
            "initialize",
            {
                "project_root": str(self.t.repo_root),
                "target_file": str(self.t.file),
                "symbol": self.t.symbol,
                "pytest_args": [*args, "-p", "no:timeout"],
                "test_timeout": self.options.test_timeout,
                "backend": self.model.backend,
                "model": self.model.model,
                "optimizer": self.options.optimizer,
                "values": values,
            },
        )
        return reply

    def evaluate(
        self, values: dict[str, Any], cases: list[str] | None
    ) -> tuple[SuiteResult, dict[str, int], list]:
        assert self.worker is not None
        reply = self.worker.request("evaluate", {"values": values, "cases": cases})
        if reply.get("error"):
            raise WorkerDied(reply["error"])
        return SuiteResult.from_dict(reply["suite"]), reply.get("calls") or {}, reply.get("params") or []

    def score(self, values: dict[str, Any]) -> CommandResult | None:
        command = self.state["feedback"].get("command")
        if not command:
            return None
        return run_scored_command(self.t, command, values, self.options.test_timeout * 10 or 300)

    # --- phases ---------------------------------------------------------------------------------
    def begin(self, answer: str | None) -> RunResult | None:
        status = self.ws.read()
        run = status.get("run") if isinstance(status.get("run"), dict) else None
        iterations = self.ws.iterations()
        resumable = None
        if run and iterations and not self.options.fresh:
            last = iterations[-1]
            state_file = last / "optimize" / "run-state.json"
            if state_file.exists() and run.get("state") in (
                "running",
                "manual_followup",
                "interrupted",
                "cancelled",
                "failed",
            ):
                saved = json.loads(state_file.read_text(encoding="utf-8"))
                if saved.get("status") != "done":
                    resumable = (int(last.name.split("-")[1]), saved)
        if answer is not None:
            if resumable is None or resumable[1].get("pending_followup") is None:
                raise TrainerError("this workspace has no run waiting for an answer", field="workspace")
        if resumable:
            self.n, self.state = resumable
            self.run_id = self.state["run_id"]
            if self.options.model is None and self.state.get("model"):
                self.model = parse_model(self.state["model"], cwd=self.t.repo_root)
            self.state["model"] = self.model.describe()
            return None
        last = iterations[-1] if iterations else None
        if last is not None and not (last / "optimize" / "run-state.json").exists():
            self.n = int(
                last.name.split("-")[1]
            )  # prepared by another stage (e.g. synthesized datasets): use it
        else:
            self.n = (int(last.name.split("-")[1]) + 1) if last is not None else 1
        self.run_id = uuid.uuid4().hex[:12]
        self.state = {
            "run_id": self.run_id,
            "iteration": self.n,
            "status": "running",
            "steps": [],
            "model": self.model.describe(),
            "optimizer": self.options.optimizer,
            "iterations": self.options.iterations,
            "pending_followup": None,
        }
        return None

    def prepare(self) -> list[Blocker]:
        """Feedback signal, determinism check, datasets. Returns the blockers found."""
        status = self.ws.read()
        spec, blocker = _feedback_spec(self.ws, status, self.options)
        if blocker is not None:
            return [blocker]
        assert spec is not None
        self.state["feedback"] = attrs.asdict(spec)
        (self.it / "optimize").mkdir(parents=True, exist_ok=True)
        self.save_state()
        self.ws.set_pointers(latest_iteration_dir=self.it)  # the newest folder on disk, whatever happens next
        info = self.start_worker({})
        if info.get("error"):
            return [
                Blocker(
                    SURFACE_UNDEFINED,
                    info["error"],
                    self.rel(self.t.file),
                    "Name a module-level function (file.py::name) or a Trace node/bundle/model.",
                )
            ]
        self.state["surface"] = {
            "kind": info["kind"],
            "params": {p["key"]: p["value"] for p in info["params"]},
        }
        first, calls, params = self.evaluate({}, None)
        tests_rel = spec.tests
        if first.collection_errors:
            return [
                Blocker(
                    NO_FEEDBACK_SIGNAL,
                    "The test suite fails to collect: " + first.collection_errors[0][:1500],
                    None,
                    f"Fix the collection error, then run `{tests_rel}` until it collects.",
                )
            ]
        if not first.cases:
            return [
                Blocker(
                    NO_FEEDBACK_SIGNAL,
                    f"`{tests_rel}` collected no tests.",
                    None,
                    "Point --feedback at pytest tests that call the target.",
                )
            ]
        if not any(calls.values()):
            return [
                Blocker(
                    NO_FEEDBACK_SIGNAL,
                    f"None of the {first.total} tests of `{tests_rel}` calls the target "
                    f"{self.t.spec()}: the tests do not import it, so Trace has nothing to attribute.",
                    None,
                    "Use tests that import and call the target (or name the right symbol).",
                )
            ]
        second, _, params = self.evaluate({}, None)
        flaky = flaky_cases(first.verdicts(), second.verdicts())
        baseline_score = self.score({})
        if baseline_score is not None:  # the scored command's verdict (its exit status) must repeat too
            again = self.score({})
            assert again is not None
            if again.ok != baseline_score.ok:
                flaky.append(
                    f"command `{spec.command}` (exit {baseline_score.exit_code}, then {again.exit_code})"
                )
        base_dir = self.it / "optimize" / "baseline"
        atomic_write_json(base_dir / "run-1.json", first.to_dict())
        atomic_write_json(base_dir / "run-2.json", second.to_dict())
        if flaky:
            names = ", ".join(flaky[:10]) + (" ..." if len(flaky) > 10 else "")
            return [
                Blocker(
                    FLAKY_FEEDBACK,
                    f"The feedback signal is not repeatable: {len(flaky)} case(s) gave a different verdict "
                    f"on two runs of the unchanged code: {names}.",
                    self.rel(base_dir),
                    "Make these tests deterministic (seed, time, order), or exclude them.",
                )
            ]
        self.state["surface"]["params"].update({p["key"]: p["value"] for p in params})
        # datasets
        synth = self.it / "synthesize"
        train_file, val_file = synth / "train.jsonl", synth / "val.jsonl"
        ids = [c.id for c in first.cases]
        notes = []
        if train_file.exists() and val_file.exists():  # provided (e.g. synthesized): honoured, checked
            train_rows, val_rows = datasets.read_jsonl(train_file), datasets.read_jsonl(val_file)
            conflict = datasets.judge_mode_conflict(train_rows, val_rows)
            if conflict:
                return [
                    Blocker(
                        JUDGE_MODE_INCONSISTENT,
                        f"Judge mode inconsistency: {conflict}.",
                        self.rel(synth),
                        "Give train and val rows the same kind of 'scoring'.",
                    )
                ]
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
        evals = self.ws.root / "evals" / "evals.json"
        if evals.exists():
            notes.append("Authored evals (evals/evals.json) are kept separate and are not used for training.")
        atomic_write_json(
            synth / "split.json",
            {"method": datasets.SPLIT_METHOD, "train": split.train, "val": split.val, "note": split.note},
        )
        shape = {
            "command": spec.describe(),
            "kind": "pytest" + ("+command" if spec.command else ""),
            "cases": first.total,
            "passed": first.passed,
            "failed": first.total - first.passed,
            "score": baseline_score.score if baseline_score else None,
            "direction": spec.direction,
            "train_size": len(split.train),
            "val_size": len(split.val),
        }
        self.state.update(
            {
                "train": split.train,
                "val": split.val,
                "judge_mode": judge,
                "notes": notes,
                "baseline": {"passed": first.passed, "total": first.total, "score": shape["score"]},
                "values": {},
            }
        )
        self.save_state()

        def change(s: dict[str, Any]) -> None:
            s["feedback_command"] = spec.describe()
            s["feedback"] = {"command": spec.describe(), "confirmed": True, "shape": shape}
            s["judge_mode"] = judge
            s["trainable_surface"] = {
                "kind": info["kind"],
                "parameters": sorted(self.state["surface"]["params"]),
            }
            s["notes"] = [n for n in s.get("notes") or [] if n not in notes] + notes
            s["required_artifacts"]["train_dataset"] = self.rel(train_file)
            s["required_artifacts"]["val_dataset"] = self.rel(val_file)
            s["required_artifacts"]["latest_iteration_dir"] = self.rel(self.it)

        self.ws.update(change)
        return []

    def loop(self, answer: str | None) -> RunResult | None:
        steps: list[dict[str, Any]] = self.state["steps"]
        train = self.state["train"]
        while len(steps) < int(self.state.get("iterations") or self.options.iterations):
            if self.cancel.is_set():
                raise WorkerCancelled("cancelled")
            base = self.state.get("baseline") or {}
            if (
                not steps
                and base.get("passed") == base.get("total")
                and not self.state["feedback"].get("command")
            ):
                self.state["nothing_to_do"] = True
                break
            k = len(steps) + 1
            values = dict(self.state.get("values") or {})
            self.emit(
                ITERATION_STARTED,
                f"step {k}: running {len(train)} train tests and asking the optimizer",
                step=k,
                data={"pid": self.worker.pid if self.worker else None},
            )
            self.set_run("running", last_completed_step=self.state.get("last_completed_step"), step=k)
            extra = self._score_feedback(values)
            reply = self.worker.request(
                "step",
                {
                    "values": values,
                    "cases": train,
                    "answer": answer,  # type: ignore[union-attr]
                    "extra_feedback": extra,
                    "objective": self.options.objective,
                },
            )
            used_answer, answer = answer, None
            if reply.get("error"):
                raise WorkerDied(reply["error"])
            turn_dir = self.it / "steering" / "optimizer" / f"turn-{k}"
            if reply.get("followup"):
                return self._followup(k, reply, turn_dir)
            self._record_turn(
                turn_dir, k, reply, "manual answer" if used_answer is not None else self.model.describe()
            )
            step: dict[str, Any] = {
                "step": k,
                "turn": self.rel(turn_dir),
                "terminated": bool(reply.get("terminated")),
                "rejected": reply.get("rejected") or [],
                "train_before": _brief(SuiteResult.from_dict(reply["suite"])),
            }
            self.state["pending_followup"] = None
            if reply.get("terminated") and not reply.get("proposal"):
                step["candidate"] = None
                steps.append(step)
                self._step_done(k, f"step-{k}:terminated")
                self.emit(ITERATION_DONE, f"step {k}: the optimizer answered TERMINATE", step=k)
                break
            name = f"step-{k}"
            candidate = self._candidate(name, k, values, reply)
            step["candidate"] = name
            steps.append(step)
            if candidate.get("accepted"):
                self.state["values"] = candidate["values"]
            self._step_done(k, f"step-{k}:evaluated")
            cdir = self.it / "candidates" / name
            self.emit(
                CANDIDATE_READY,
                f"candidate {name}: train {candidate['train']['passed']}/"
                f"{candidate['train']['total']}, val {candidate['val']['passed']}/{candidate['val']['total']}"
                + (f", rejected: {candidate['rejected_reason']}" if candidate.get("rejected_reason") else ""),
                step=k,
                data=candidate,
                candidate=cdir,
            )
            self.emit(
                ITERATION_DONE,
                f"step {k} done",
                step=k,
                data={
                    "tests_passing": candidate["train"]["passed"] + candidate["val"]["passed"],
                    "tests_total": candidate["train"]["total"] + candidate["val"]["total"],
                },
            )
            if candidate.get("all_pass") and not self.state["feedback"].get("command"):
                break
        return None

    def _score_feedback(self, values: dict[str, Any]) -> str | None:
        command = self.state["feedback"].get("command")
        if not command:
            return None
        result = self.score(values)
        assert result is not None
        direction = self.state["feedback"]["direction"]
        better = "higher" if direction == "maximize" else "lower"
        base = self.state["baseline"].get("score")
        if not result.ok:
            return f"The benchmark `{command}` failed (exit {result.exit_code}):\n{result.output[-1200:]}"
        return (
            f"The benchmark `{command}` scored {result.score} ({better} is better; the original scored {base}). "
            "Keep every test passing while improving the score."
        )

    def _step_done(self, k: int, label: str) -> None:
        self.state["last_completed_step"] = label
        self.save_state()
        self.set_run("running", last_completed_step=label, step=k)

    def _record_turn(self, turn_dir: Path, k: int, reply: dict[str, Any], source: str) -> None:
        messages = reply.get("messages") or []
        atomic_write_json(turn_dir / "prompt.json", messages)
        atomic_write_text(turn_dir / "prompt.md", _prompt_text(messages))
        atomic_write_text(turn_dir / "response.txt", reply.get("response") or "")
        meta = {
            "turn": k,
            "source": source,
            "variables": reply.get("variables"),
            "proposal": reply.get("proposal"),
            "rejected": reply.get("rejected"),
            "terminated": reply.get("terminated"),
        }
        atomic_write_json(turn_dir / "meta.json", meta)
        decision = "stop (TERMINATE)" if reply.get("terminated") else "continue: evaluate the proposal"
        atomic_write_text(
            turn_dir / "STEERING.md",
            "\n".join(
                [
                    f"# Optimizer turn {k}",
                    "",
                    f"- Source of the answer: {source}",
                    "",
                    "## Evidence used (feedback given to the optimizer)",
                    "",
                    "```",
                    reply.get("feedback") or "",
                    "```",
                    "",
                    "## Response",
                    "",
                    "```",
                    (reply.get("response") or "")[:20000],
                    "```",
                    "",
                    "## Requested revision",
                    "",
                    *(f"- `{key}` changed" for key in (reply.get("proposal") or {})),
                    *(f"- rejected `{r['key']}`: {r['reason']}" for r in reply.get("rejected") or []),
                    "",
                    f"## Decision: {decision}",
                    "",
                    "Files: prompt.json (exact messages), prompt.md, response.txt, meta.json.",
                    "",
                ]
            ),
        )
        summary = self.it / "steering" / "optimizer" / "summary.md"
        turns = sorted(
            (p for p in summary.parent.glob("turn-*") if p.is_dir()), key=lambda p: int(p.name[5:])
        )
        atomic_write_text(
            summary,
            "# Optimizer steering\n\n" + "".join(f"- {p.name}: {p.name}/STEERING.md\n" for p in turns),
        )
        self.ws.set_pointers(
            latest_steering_turn=turn_dir / "STEERING.md", steering_summary_dir=self.it / "steering"
        )

    def _candidate(self, name: str, k: int, values: dict[str, Any], reply: dict[str, Any]) -> dict[str, Any]:
        cdir = self.it / "candidates" / name
        original = self._original_source()
        proposal = reply.get("proposal") or {}
        new_values = {**values, **proposal}
        entry: dict[str, Any] = {
            "name": name,
            "step": k,
            "values": new_values,
            "accepted": bool(proposal),
            "rejected_reason": None,
            "description": _reasoning(reply.get("response") or ""),
        }
        if not proposal:
            reasons = (
                "; ".join(f"{r['key']}: {r['reason']}" for r in reply.get("rejected") or [])
                or "the response suggested no change to any variable"
            )
            entry["rejected_reason"] = reasons
        try:
            text = writeback.candidate_source(original, new_values) if proposal else original
        except TrainerError as exc:
            entry.update(accepted=False, rejected_reason=str(exc))
            text = original
        empty = {"passed": 0, "total": len(self.state["train"]), "pass_rate": 0.0}
        if entry["accepted"]:
            suite, _, _ = self.evaluate(new_values, self.state["train"] + self.state["val"])
            verdicts = {c.id: c for c in suite.cases}
            train_r = _subset(verdicts, self.state["train"])
            val_r = _subset(verdicts, self.state["val"])
            scored = self.score(new_values)
            entry["score"] = scored.score if scored and scored.ok else None
            entry["score_output"] = scored.output[-2000:] if scored else None
            atomic_write_json(
                cdir / "results.json",
                {
                    "train": train_r,
                    "val": val_r,
                    "score": entry["score"],
                    "cases": [attrs.asdict(c) for c in suite.cases],
                },
            )
        else:
            train_r, val_r = empty, {"passed": 0, "total": len(self.state["val"]), "pass_rate": 0.0}
            entry["score"] = None
        entry["train"], entry["val"] = train_r, val_r
        entry["all_pass"] = (
            entry["accepted"] and train_r["passed"] == train_r["total"] and val_r["passed"] == val_r["total"]
        )
        entry["diff_lines"] = writeback.diff_size(original, text)
        atomic_write_text(cdir / self.t.file.name, text)
        atomic_write_text(
            cdir / "diff.patch", writeback.unified_diff(original, text, self.t.rel(self.t.file) or "")
        )
        atomic_write_text(
            cdir / "description.md",
            f"# {name}\n\n{entry['description'] or '(no reasoning given)'}\n"
            + (f"\n**Rejected:** {entry['rejected_reason']}\n" if entry["rejected_reason"] else ""),
        )
        atomic_write_json(cdir / "values.json", new_values)
        self._write_manifest(k, entry)
        return entry

    def _write_manifest(self, k: int, entry: dict[str, Any]) -> None:
        path = self.it / "candidates" / "candidates.json"
        data = (
            json.loads(path.read_text(encoding="utf-8"))
            if path.exists()
            else {"iteration": self.n, "candidates": {}}
        )
        data["candidates"][entry["name"]] = {
            "description": entry["description"],
            "source": self.rel(self.it / "candidates" / entry["name"] / self.t.file.name),
            "step": k,
            "train": entry["train"],
            "val": entry["val"],
            "score": entry.get("score"),
            "diff_lines": entry["diff_lines"],
            "accepted": entry["accepted"],
            "rejected_reason": entry["rejected_reason"],
        }
        atomic_write_json(path, data)
        self.ws.set_pointers(candidate_dir=self.it / "candidates", candidate_manifest=path)

    def _original_source(self) -> str:
        snap = self.ws.snapshot_file
        return (snap if snap.exists() else self.t.file).read_text(encoding="utf-8")

    def _followup(self, k: int, reply: dict[str, Any], turn_dir: Path) -> RunResult:
        follow = reply["followup"]
        messages = follow.get("messages") or []
        opt = self.it / "optimize"
        report_file = opt / "manual-followup-report.json"
        answer_file = opt / f"answer-turn-{k}.json"
        atomic_write_json(turn_dir / "prompt.json", messages)
        atomic_write_text(turn_dir / "prompt.md", _prompt_text(messages))
        ws_rel = self.rel(self.ws.root)
        answer_cmd = f"trainerd answer {ws_rel} --response {self.rel(answer_file)}"
        variables = reply.get("variables") or []
        atomic_write_text(
            turn_dir / "STEERING.md",
            "\n".join(
                [
                    f"# Optimizer turn {k} (waiting for a manual answer)",
                    "",
                    f"- Blocker: {follow.get('reason')}",
                    "",
                    "## Evidence used",
                    "",
                    "```",
                    reply.get("feedback") or "",
                    "```",
                    "",
                    "## Decision: stop here until an answer is given",
                    "",
                    f"`{answer_cmd}`",
                    "",
                ]
            ),
        )
        report = {
            "ok": True,
            "mode": "manual_followup",
            "message": f"No model answered the optimizer at step {k}; the run stopped at a resumable checkpoint.",
            "blocker_reason": follow.get("reason"),
            "model": self.model.describe(),
            "algorithm": self.state.get("optimizer") or self.options.optimizer,
            "iterations": self.state.get("iterations"),
            "step": k,
            "train_size": len(self.state["train"]),
            "val_size": len(self.state["val"]),
            "judge_mode": self.state.get("judge_mode"),
            "candidate_count": sum(1 for s in self.state["steps"] if s.get("candidate")),
            "variables": variables,
            "rerun_command": f"trainerd optimize {self.t.spec()} --model litellm:<provider/model>",
            "answer_command": answer_cmd,
            "agent_handoff_instruction": (
                "Answer the optimizer prompt in model_prompt exactly as the model would: a JSON object "
                '{"reasoning": ..., "suggestion": {<variable>: <new value>}} (or the word TERMINATE), save it to '
                f"{self.rel(answer_file)} and run `{answer_cmd}`."
            ),
            "manual_reproduction_steps": [
                f"Read the prompt in {self.rel(turn_dir / 'prompt.md')} (also under model_prompt here).",
                f"Write the answer as JSON with a 'suggestion' for the variables {', '.join(variables)}.",
                f"Save it to {self.rel(answer_file)}.",
                f"Run `{answer_cmd}`: the loop continues from step {k}.",
            ],
            "followup_instruction": f"Provide the optimizer's answer for step {k} with `{answer_cmd}`.",
            "model_prompt": _prompt_text(messages),
            "model_messages": messages,
            "train_file": self.rel(self.it / "synthesize" / "train.jsonl"),
            "val_file": self.rel(self.it / "synthesize" / "val.jsonl"),
            "output_file": self.rel(answer_file),
            "report_file": self.rel(report_file),
        }
        atomic_write_json(report_file, report)
        atomic_write_text(
            opt / "operator-followup.md",
            "\n".join(
                [
                    "# Operator follow-up",
                    "",
                    f"Blocker: {follow.get('reason')}",
                    "",
                    f"Answer: `{answer_cmd}`",
                    "",
                    f"Or rerun with a model: `{report['rerun_command']}`",
                    "",
                ]
            ),
        )
        self.state["pending_followup"] = {"step": k, "variables": variables, "report": self.rel(report_file)}
        self.save_state()
        self.ws.set_pointers(optimize_report=report_file)
        self.set_run("manual_followup", step=k)
        self.set_workflow("pending_training")
        self.emit(
            FOLLOWUP_NEEDED,
            f"manual follow-up needed at step {k}: {follow.get('reason')}",
            step=k,
            data={"reason": follow.get("reason"), "variables": variables, "answer_command": answer_cmd},
            report=report_file,
            prompt=turn_dir / "prompt.md",
        )
        return self.result("manual_followup", report["message"] + f" Next: `{answer_cmd}`")

    def elect_validate_write(self) -> RunResult:
        steps = self.state["steps"]
        manifest_path = self.it / "candidates" / "candidates.json"
        manifest = (
            json.loads(manifest_path.read_text(encoding="utf-8"))
            if manifest_path.exists()
            else {"iteration": self.n, "candidates": {}}
        )
        ranking, reasons = elect(
            manifest["candidates"], self.state["feedback"]["direction"], self.state["baseline"]
        )
        election = self.it / "election"
        atomic_write_json(election / "election.json", {"ranking": ranking, "reasons": reasons})
        atomic_write_text(
            election / "election.md", "# Election\n\n" + "\n".join(f"- {r}" for r in reasons) + "\n"
        )
        winner = ranking[0] if ranking else None
        validation_dir = self.it / "validation"
        log_file = validation_dir / "pytest.txt"
        decision: dict[str, Any] = {"winner": winner, "validation": "not_run", "write_back": "refused"}
        edit: ProposedEdit | None = None
        original = self._original_source()
        if winner is None and self.state.get("nothing_to_do"):
            decision["write_back"] = "not_applicable"
            decision["justification"] = (
                f"Nothing to optimize: all {self.state['baseline']['total']} tests already "
                "pass on the original and no score command is configured."
            )
        elif winner is None:
            why = "no candidate improved on the original (or every proposal was rejected)"
            decision["justification"] = f"Nothing written back: {why}."
        else:
            values = json.loads((self.it / "candidates" / winner / "values.json").read_text(encoding="utf-8"))
            suite, _, _ = self.evaluate(values, None)
            scored = self.score(values)
            lines = [
                f"Validation of {winner}: full suite `{self.state['feedback']['tests']}`",
                f"{suite.passed}/{suite.total} passed",
                "",
            ]
            lines += [
                f"{c.outcome.upper():8} {c.id}" + (f"\n{c.message}" if c.message else "") for c in suite.cases
            ]
            lines += [f"collection error: {e}" for e in suite.collection_errors]
            if scored:
                lines += [
                    "",
                    f"benchmark `{scored.command}`: exit {scored.exit_code}, score {scored.score}",
                    scored.output[-3000:],
                ]
            atomic_write_text(log_file, "\n".join(lines) + "\n")
            ok = (
                suite.total > 0
                and suite.passed == suite.total
                and not suite.collection_errors
                and (scored is None or scored.ok)
            )
            decision["validation"] = "passed" if ok else "failed"
            self.emit(
                VALIDATED,
                f"validation of {winner}: {suite.passed}/{suite.total} passed",
                data={"passed": ok, "tests_passing": suite.passed, "tests_total": suite.total},
                log=log_file,
            )
            if not ok:
                decision["justification"] = (
                    f"Nothing written back: the winner {winner} fails validation "
                    f"({suite.passed}/{suite.total} tests pass; see {self.rel(log_file)})."
                )
            else:
                status = self.ws.read()
                if self.ws.source_changed(status):
                    decision["justification"] = (
                        f"Refused: {self.rel(self.t.file)} changed since the snapshot; "
                        "review the change, then rerun."
                    )
                else:
                    new_text = writeback.candidate_source(original, values)
                    mode = self.options.write_back
                    if mode == "file":
                        atomic_write_text(self.t.file, new_text)
                        decision["write_back"] = "written"
                        decision["justification"] = (
                            f"{winner} passes the full suite ({suite.passed}/{suite.total})"
                            f" and won the election; written to {self.rel(self.t.file)}."
                        )
                    elif mode == "return":
                        start, end, replacement = writeback.changed_range(original, new_text)
                        edit = ProposedEdit(
                            str(self.t.file), new_text, start, end, replacement, sha256_file(self.t.file)
                        )
                        decision["write_back"] = "proposed"
                        decision["justification"] = (
                            f"{winner} passes the full suite ({suite.passed}/{suite.total});"
                            " the edit is returned to the caller to apply."
                        )
                    else:
                        decision["write_back"] = "not_applicable"
                        decision["justification"] = (
                            f"{winner} passes validation; write-back disabled (--no-write)."
                        )
        if winner:
            manifest["candidates"][winner]["selected"] = True
            manifest["candidates"][winner]["selection_notes"] = reasons[0] if reasons else None
            atomic_write_json(manifest_path, manifest)
        decision_file = self.ws.root / "decision.md"
        atomic_write_text(decision_file, _decision_md(self, winner, reasons, decision, log_file))
        final = "complete"

        def change(s: dict[str, Any]) -> None:
            s["selected_candidate"] = winner
            s["validation"] = {
                "status": decision["validation"],
                "log": self.rel(log_file) if log_file.exists() else None,
            }
            s["write_back"] = {"decision": decision["write_back"], "justification": decision["justification"]}
            if decision["write_back"] == "written":
                s["source_sha256"] = sha256_file(self.t.file)
            ra = s["required_artifacts"]
            ra["decision_summary"] = self.rel(decision_file)
            if log_file.exists():
                ra["validation_log"] = self.rel(log_file)
            report = self.it / "optimize" / "optimize-report.json"
            ra["optimize_report"] = self.rel(report)

        report = {
            "ok": True,
            "mode": "optimized",
            "run_id": self.run_id,
            "model": self.state.get("model"),
            "algorithm": self.state.get("optimizer"),
            "iterations": self.state.get("iterations"),
            "steps": len(steps),
            "train_size": len(self.state["train"]),
            "val_size": len(self.state["val"]),
            "judge_mode": self.state.get("judge_mode"),
            "candidate_count": len(manifest["candidates"]),
            "selected_candidate": winner,
            "validation": decision["validation"],
            "write_back": decision["write_back"],
            "justification": decision["justification"],
        }
        atomic_write_json(self.it / "optimize" / "optimize-report.json", report)
        if decision["write_back"] == "written":  # the new source is the next run's snapshot
            atomic_write_text(self.ws.snapshot_file, self.t.file.read_text(encoding="utf-8"))
        self.ws.update(change)
        self.state["status"] = "done"
        self.save_state()
        self.set_run("done", last_completed_step="decision", finished_at=st.utc_now())
        self.set_workflow(final)
        if decision["write_back"] == "written":
            self.emit(
                WRITTEN_BACK,
                decision["justification"],
                data={"file": str(self.t.file)},
                file=self.t.file,
                decision=decision_file,
            )
        self.emit(DONE, decision["justification"], data=decision, decision=decision_file)
        return self.result("done", decision["justification"], winner=winner, edit=edit)


def _subset(verdicts: dict[str, Any], ids: list[str]) -> dict[str, Any]:
    have = [verdicts[i] for i in ids if i in verdicts]
    passed = sum(1 for c in have if c.ok)
    return {
        "passed": passed,
        "total": len(ids),
        "pass_rate": passed / len(ids) if ids else 1.0,
        "failed": [c.id for c in have if not c.ok] + [i for i in ids if i not in verdicts],
    }


def _brief(suite: SuiteResult) -> dict[str, Any]:
    return {"passed": suite.passed, "total": suite.total}


def _prompt_text(messages: list[dict[str, Any]]) -> str:
    return "\n\n".join(f"## {m.get('role', '?')}\n\n{m.get('content', '')}" for m in messages)


def _reasoning(response: str) -> str:
    try:
        data = json.loads(response)
        if isinstance(data, dict) and isinstance(data.get("reasoning"), str):
            return data["reasoning"]
    except json.JSONDecodeError:
        pass
    return response.strip()[:2000]


def elect(
    candidates: dict[str, dict[str, Any]], direction: str, baseline: dict[str, Any] | None = None
) -> tuple[list[str], list[str]]:
    """Rank accepted candidates: validation pass rate, then train pass rate, then score, then the
    smaller diff. Returns (ranking, reasons); the first reason explains the winner."""
    accepted = {n: c for n, c in candidates.items() if c.get("accepted")}
    reasons = [
        f"{n} excluded: {c.get('rejected_reason')}" for n, c in candidates.items() if not c.get("accepted")
    ]
    base_score = (baseline or {}).get("score")
    if isinstance(base_score, int | float):
        for name, c in list(accepted.items()):
            score = c.get("score")
            if not isinstance(score, int | float) or (
                score < base_score if direction == "maximize" else score > base_score
            ):
                reasons.append(
                    f"{name} excluded: score {score} is not better than the original's {base_score}"
                )
                del accepted[name]

    def key(name: str) -> tuple:
        c = accepted[name]
        score = c.get("score")
        s = (
            (score if direction == "maximize" else -score)
            if isinstance(score, int | float)
            else float("-inf")
        )
        return (-c["val"]["pass_rate"], -c["train"]["pass_rate"], -s, c.get("diff_lines", 0), name)

    ranking = sorted(accepted, key=key)
    if not ranking:
        return [], ["No candidate to elect.", *reasons]
    top = accepted[ranking[0]]
    why = (
        f"{ranking[0]} wins: validation {top['val']['passed']}/{top['val']['total']}, train "
        f"{top['train']['passed']}/{top['train']['total']}"
        + (f", score {top.get('score')}" if top.get("score") is not None else "")
        + f", diff {top.get('diff_lines', 0)} lines"
    )
    lines = [why]
    for name in ranking[1:]:
        c = accepted[name]
        lines.append(
            f"{name} ranked lower: validation {c['val']['passed']}/{c['val']['total']}, train "
            f"{c['train']['passed']}/{c['train']['total']}"
            + (f", score {c.get('score')}" if c.get("score") is not None else "")
            + f", diff {c.get('diff_lines', 0)} lines"
        )
    return ranking, lines + reasons


def _decision_md(
    run: _Run, winner: str | None, reasons: list[str], decision: dict[str, Any], log: Path
) -> str:
    return "\n".join(
        [
            f"# Decision: {run.t.spec()}",
            "",
            f"Run {run.run_id}, iteration {run.n}, {st.utc_now()}.",
            "",
            f"- Selected candidate: {winner or 'none'}",
            f"- Validation: {decision['validation']}" + (f" (log: {run.rel(log)})" if log.exists() else ""),
            f"- Write-back: {decision['write_back']}",
            "",
            "## Why",
            "",
            decision.get("justification") or "",
            "",
            "## Election",
            "",
            *(f"- {r}" for r in reasons),
            "",
        ]
    )


# --- command feedback in a scratch copy ------------------------------------------------------------
_COPY_IGNORE = shutil.ignore_patterns(
    ".git",
    ".trainer-workspace",
    "__pycache__",
    ".venv",
    "venv",
    "node_modules",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    "*.egg-info",
    ".tox",
)


def run_scored_command(target: Any, command: str, values: dict[str, Any], timeout: float) -> CommandResult:
    """Run a benchmark/evaluator command against the candidate ``values``: in the project itself for
    the original, else in a scratch copy of the project with the candidate written in."""
    if not values:
        return run_command(command, target.repo_root, timeout)
    source = target.file.read_text(encoding="utf-8")
    text = writeback.candidate_source(source, values)
    with tempfile.TemporaryDirectory(prefix="trainerd-candidate-") as tmp:
        copy = Path(tmp) / target.repo_root.name
        shutil.copytree(target.repo_root, copy, ignore=_COPY_IGNORE, symlinks=True)
        rel = target.file.relative_to(target.repo_root)
        (copy / rel).write_text(text, encoding="utf-8")
        return run_command(command, copy, timeout)


# --- public API ---------------------------------------------------------------------------------
def run_optimization(
    spec: str | Path,
    options: OptimizeOptions | None = None,
    on_event: EventSink | None = None,
    cancel: threading.Event | None = None,
    completer: Completer | None = None,
    _answer: str | None = None,
) -> RunResult:
    """Run (or resume) the optimization of ``spec`` (``file.py[::symbol]``). Blocking.

    Raises :class:`TrainerError` for bad input (unknown symbol, bad --model, bad options); every
    other outcome is a :class:`RunResult` (``outcome``: done, manual_followup, blocked, failed,
    cancelled) with the output contract.
    """
    options = options or OptimizeOptions()
    if options.write_back not in WRITE_BACK_MODES:
        raise TrainerError(f"write_back must be one of {', '.join(WRITE_BACK_MODES)}", field="write_back")
    if options.iterations < 1:
        raise TrainerError("iterations must be at least 1", field="iterations")
    if options.test_timeout <= 0:
        raise TrainerError("test_timeout must be positive", field="test_timeout")
    ws = open_workspace(spec)
    run = _Run(ws, options, on_event, cancel, completer)
    blockers = preflight(spec, options)
    if blockers:
        run.record_blockers([b for b in blockers if b.code in ENGINE_BLOCKERS])
        run.emit(BLOCKED, blockers[0].message, data={"blockers": [attrs.asdict(b) for b in blockers]})
        return run.result("blocked", f"{blockers[0].code}: {blockers[0].message}")
    run.begin(_answer)
    try:
        run.set_workflow("training")
        run.set_run("running", started_at=st.utc_now())
        run.emit(
            STARTED,
            f"run {run.run_id}, iteration {run.n}, model {run.model.describe()}",
            data={"resumed": bool(run.state.get("train")), "model": run.model.describe()},
            iteration_dir=run.it,
        )
        if not run.state.get("train") and not run.state.get("baseline"):
            found = run.prepare()
            run.record_blockers(found)
            if found:
                run.state["status"] = "blocked"
                run.save_state()
                run.set_run("failed", last_completed_step="preflight")
                run.set_workflow("pending_training")
                run.emit(BLOCKED, found[0].message, data={"blockers": [attrs.asdict(b) for b in found]})
                return run.result("blocked", f"{found[0].code}: {found[0].message}")
        else:
            info = run.start_worker(run.state.get("values") or {})
            if info.get("error"):
                raise WorkerDied(info["error"])
        run.set_run("running", last_completed_step=run.state.get("last_completed_step") or "preflight")
        stopped = run.loop(_answer)
        if stopped is not None:
            return stopped
        return run.elect_validate_write()
    except WorkerCancelled:
        run.state["status"] = "cancelled"
        if run.n is not None:
            run.save_state()
        run.set_run("cancelled")
        run.set_workflow("pending_training")
        run.emit(CANCELLED, "cancelled; the run can be resumed with `trainerd optimize` again")
        return run.result("cancelled", "cancelled")
    except (WorkerDied, TrainerError) as exc:
        if run.n is not None:
            run.state["status"] = "failed"
            run.state["error"] = str(exc)
            run.save_state()
        run.set_run("failed", error=str(exc)[:4000])
        run.set_workflow("pending_training")
        run.emit(FAILED, str(exc))
        return run.result("failed", str(exc))
    finally:
        if run.worker is not None:
            run.worker.stop()


def workspace_target(workspace_dir: str | Path) -> tuple[str, dict[str, Any]]:
    """``file.py[::symbol]`` of a workspace folder, and its status."""
    root = Path(workspace_dir).expanduser().resolve()
    status_file = root / st.STATUS_FILENAME
    if not status_file.is_file():
        raise TrainerError(f"not a trainer workspace (no {st.STATUS_FILENAME}): {root}", field="workspace")
    data, problems = st.load(status_file)
    if data is None:
        raise TrainerError(
            problems[0].message if problems else f"cannot read {status_file}", field="workspace"
        )
    if problems:
        raise TrainerError(problems[0].message + " " + (problems[0].fix or ""), field="workspace")
    target_name = Path(str(data.get("target_file") or "")).name
    target = root.parent.parent / target_name
    if not target_name or not target.is_file():
        raise TrainerError(
            f"the workspace's target {data.get('target_file')!r} is not next to it", field="workspace"
        )
    symbol = data.get("target_symbol")
    return (f"{target}::{symbol}" if symbol else str(target)), data


def check_answer(text: str, variables: list[str]) -> None:
    """An answer must be OptoPrime's JSON (``{"suggestion": {var: value}}``) naming known variables,
    or the word TERMINATE."""
    if text.strip() == "TERMINATE":
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TrainerError(
            f"the answer is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno} "
            '(expected {"reasoning": ..., "suggestion": {...}} or TERMINATE)',
            field="response",
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("suggestion"), dict):
        raise TrainerError('the answer must be a JSON object with a "suggestion" object', field="response")
    unknown = sorted(set(data["suggestion"]) - set(variables))
    if unknown:
        raise TrainerError(
            f"the answer names unknown variable(s) {', '.join(unknown)}; the prompt's variables are "
            f"{', '.join(variables) or 'none'}",
            field="response",
        )


def answer_followup(
    workspace_dir: str | Path,
    response_text: str,
    options: OptimizeOptions | None = None,
    on_event: EventSink | None = None,
    cancel: threading.Event | None = None,
    completer: Completer | None = None,
) -> RunResult:
    """Continue a run stopped at a manual follow-up with ``response_text`` as the model's answer."""
    spec, status = workspace_target(workspace_dir)
    run = status.get("run") if isinstance(status.get("run"), dict) else {}
    iterations = st.iteration_dirs(Path(workspace_dir).resolve())
    if not iterations or run.get("state") != "manual_followup":
        raise TrainerError(
            f"this workspace has no run waiting for an answer (run state: {run.get('state') or 'none'})",
            field="workspace",
        )
    state_file = iterations[-1] / "optimize" / "run-state.json"
    state = json.loads(state_file.read_text(encoding="utf-8"))
    pending = state.get("pending_followup") or {}
    check_answer(response_text, pending.get("variables") or [])
    answer_file = iterations[-1] / "optimize" / f"answer-turn-{pending.get('step')}.json"
    atomic_write_text(answer_file, response_text)
    opts = options or OptimizeOptions(iterations=int(state.get("iterations") or 3))
    if options is None and state.get("feedback"):
        opts.direction = state["feedback"].get("direction") or "maximize"
    return run_optimization(spec, opts, on_event, cancel, completer, _answer=response_text)


def export_replay(workspace_dir: str | Path, iteration: int | None = None) -> dict[str, Any]:
    """A replay file (dict) from the recorded turns of an iteration (default: the latest)."""
    root = Path(workspace_dir).expanduser().resolve()
    workspace_target(root)
    iterations = st.iteration_dirs(root)
    if iteration is not None:
        iterations = [p for p in iterations if p.name == f"iteration-{iteration}"]
    if not iterations:
        raise TrainerError("the workspace has no recorded iteration to export", field="workspace")
    it = iterations[-1]
    turns = []
    for turn in sorted(it.glob("steering/optimizer/turn-*"), key=lambda p: int(p.name[5:])):
        response = turn / "response.txt"
        if not response.exists():
            continue
        meta = (
            json.loads((turn / "meta.json").read_text(encoding="utf-8"))
            if (turn / "meta.json").exists()
            else {}
        )
        turns.append(
            {
                "turn": int(turn.name[5:]),
                "variables": meta.get("variables"),
                "response": response.read_text(encoding="utf-8"),
            }
        )
    if not turns:
        raise TrainerError(f"{it.name} has no recorded optimizer responses to export", field="workspace")
    return make_replay(turns, source=str(it))


__all__ = [
    "OptimizeOptions",
    "RunEvent",
    "RunResult",
    "ProposedEdit",
    "run_optimization",
    "answer_followup",
    "preflight",
    "export_replay",
    "elect",
    "check_answer",
    "EVENT_TYPES",
]
