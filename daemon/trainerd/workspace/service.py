"""Workspace service: the one API the CLI, the server and the optimization engine use."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from trainerd.errors import TrainerError, WorkspaceCorrupt
from trainerd.project.confine import refuse_linked_workspace
from trainerd.project.processes import pid_alive
from trainerd.workspace import status as st
from trainerd.workspace.blockers import REVIEW_MISSING, STATUS_CORRUPT, Blocker
from trainerd.workspace.contract import (
    Decisions,
    FeedbackInfo,
    OptimizationInfo,
    OutputContract,
    TargetInfo,
    ValidationInfo,
    WorkspaceInfo,
    WriteBackInfo,
)
from trainerd.workspace.files import atomic_write_json, atomic_write_text, locked
from trainerd.workspace.records import StatusRecords, run_state, target_key
from trainerd.workspace.target import Target, resolve_target

# blockers this module computes fresh on every resolve; others persisted in the status file
# (recorded by later stages such as the feedback determinism check) are reported as stored
_WORKSPACE_STAGE = {REVIEW_MISSING, STATUS_CORRUPT, "schema_newer", "pointer_missing", "pointer_inconsistent"}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


@attrs.define
class Workspace(StatusRecords):
    """A handle on one target's trainer workspace. All writes go through :meth:`update`, each named
    change through one of the ``record_*`` mutators (:mod:`trainerd.workspace.records`)."""

    target: Target

    @property
    def root(self) -> Path:
        return self.target.workspace_root

    @property
    def status_file(self) -> Path:
        return st.status_path(self.target)

    @property
    def review_file(self) -> Path:
        return self.root / "engineer-prompt" / "review.md"

    @property
    def snapshot_file(self) -> Path:
        return self.root / "inputs" / "source" / self.target.file.name

    def read(self) -> dict[str, Any]:
        """The current status, refreshed from the layout.

        Raises :class:`WorkspaceCorrupt` when the file is broken or was written by a newer trainerd:
        the caller must not write it back.
        """
        data, problems = st.load(self.status_file, self.target)
        if problems:
            raise WorkspaceCorrupt(f"{problems[0].message} {problems[0].fix}")
        return st.refresh(self.target, data)

    def update(self, change: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any]:
        """Locked read-refresh-modify-write. Never overwrites a corrupt (or newer-schema) status file."""
        with locked(self.root):
            # every writer of these files holds this lock, so a temp file seen here was left by a
            # writer that died (decision.md is written under it too: optimize/finish.py)
            for pattern in (f".{st.STATUS_FILENAME}.*.tmp", ".decision.md.*.tmp"):
                for stale in self.root.glob(pattern):
                    stale.unlink(missing_ok=True)
            status = self.read()
            if change is not None:
                change(status)
            status["updated_at"] = st.utc_now()
            atomic_write_json(self.status_file, status)
            return status

    def set_state(self, new_state: str) -> dict[str, Any]:
        def change(status: dict[str, Any]) -> None:
            st.check_transition(status.get("workflow_state") or "pending_engineer_prompt", new_state)
            status["workflow_state"] = new_state

        return self.update(change)

    def set_pointers(self, **pointers: Path | str | None) -> dict[str, Any]:
        """Point ``required_artifacts`` keys at paths (absolute or repo-relative)."""
        unknown = set(pointers) - set(st.ARTIFACT_KEYS)
        if unknown:
            raise KeyError(f"unknown artifact pointer(s): {', '.join(sorted(unknown))}")

        def change(status: dict[str, Any]) -> None:
            for key, value in pointers.items():
                status["required_artifacts"][key] = (
                    self.target.rel(value) if isinstance(value, Path) else value
                )

        return self.update(change)

    def iteration_dir(self, n: int) -> Path:
        return self.root / "iterations" / f"iteration-{n}"

    def iterations(self) -> list[Path]:
        return st.iteration_dirs(self.root)

    def ensure_layout(self) -> None:
        """Create the folders and the source snapshot (copied only when missing)."""
        refuse_linked_workspace(self.root)  # before the first mkdir: never create through a link
        for sub in ("engineer-prompt", "inputs/source", "iterations"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        if not self.snapshot_file.exists():
            with locked(self.root):
                if not self.snapshot_file.exists():
                    tmp = self.snapshot_file.with_name(f".{self.snapshot_file.name}.tmp")
                    shutil.copy2(self.target.file, tmp)
                    os.replace(tmp, self.snapshot_file)

    def source_changed(self, status: dict[str, Any]) -> bool:
        recorded = status.get("source_sha256")
        return bool(recorded) and sha256_file(self.target.file) != recorded


def open_workspace(spec: str | Path, symbol: str | None = None, create: bool = True) -> Workspace:
    """Resolve the target and (with ``create``) create or refresh its workspace on disk."""
    ws = Workspace(resolve_target(spec, symbol))
    if not create:
        return ws

    def change(status: dict[str, Any]) -> None:
        if not status.get("source_sha256") and ws.snapshot_file.exists():
            status["source_sha256"] = sha256_file(ws.snapshot_file)
        if ws.target.symbol:
            status["target_symbol"] = ws.target.symbol
        if status.get("workflow_state") == "pending_engineer_prompt" and ws.review_file.exists():
            status["workflow_state"] = "pending_training"

    try:
        ws.ensure_layout()
        _, problems = st.load(ws.status_file, ws.target)
        if not problems:  # a corrupt or newer-schema file is reported, never rewritten
            ws.update(change)
    except OSError as exc:  # read-only checkout, a file where a folder belongs, disk full, …
        where = ws.target.rel(Path(exc.filename)) if exc.filename else ws.target.rel(ws.root)
        raise TrainerError(
            f"cannot create the trainer workspace {ws.target.rel(ws.root)}: {exc.strerror or exc} ({where})",
            field="path",
        ) from None
    return ws


def workspace_blockers(
    ws: Workspace, status: dict[str, Any] | None, load_problems: list[Blocker]
) -> list[Blocker]:
    """The blockers checkable at the workspace stage, then the ones later stages recorded."""
    if load_problems and load_problems[0].code == STATUS_CORRUPT:
        return load_problems
    blockers = list(load_problems)
    if not ws.review_file.exists():
        blockers.append(
            Blocker(
                REVIEW_MISSING,
                "The engineering review checkpoint is missing: optimization needs a review of the target, "
                "its trainable surface and its feedback signal first.",
                ws.target.rel(ws.review_file),
                "Create the review (code action 'Create engineering review'), read it, then optimize.",
                f"trainerd review {ws.target.spec()}",
            )
        )
    if status is not None:
        blockers.extend(st.audit(ws.target, status))
        stored_blockers = status.get("blockers")
        for stored in stored_blockers if isinstance(stored_blockers, list) else []:
            if not isinstance(stored, dict) or stored.get("code") in _WORKSPACE_STAGE:
                continue
            code, message = stored.get("code"), stored.get("message")
            if isinstance(code, str) and code:  # recorded by a later stage (feedback, surface, …)
                extra = {
                    k: v if isinstance(v := stored.get(k), str) else None
                    for k in ("artifact", "fix", "command")
                }
                blockers.append(Blocker(code, message if isinstance(message, str) else code, **extra))
    return blockers


def _next_action(
    ws: Workspace, status: dict[str, Any] | None, blockers: list[Blocker], optimization: OptimizationInfo
) -> str:
    spec = ws.target.spec()
    if blockers:
        first = blockers[0]
        how = f" (`{first.command}`)" if first.command else ""
        return f"Resolve blocker '{first.code}': {first.fix or first.message}{how}"
    if optimization.status == "followup_needed":
        report = optimization.artifacts.get("optimize_report")
        return f"Answer the optimizer's follow-up in {report}: `trainerd answer {ws.target.rel(ws.root)} --response FILE`"
    if optimization.status == "interrupted":
        return f"Resume the interrupted run: `trainerd optimize {spec}`"
    if status is None:
        return f"Create the workspace and the review: `trainerd review {spec}`"
    state = status.get("workflow_state")
    if state == "complete":
        return "Nothing required: the run is complete. Read decision.md for the outcome."
    if state == "training":
        return f"Continue the run: `trainerd optimize {spec}`"
    return f"Optimize: `trainerd optimize {spec}`"


def _run_of(status: dict[str, Any], symbol: str | None) -> dict[str, Any] | None:
    """The run record of this target (``runs[key]``); a workspace written before per-target runs has
    only ``run``, taken when it names no other target."""
    runs = status.get("runs")
    record = runs.get(target_key(symbol)) if isinstance(runs, dict) else None
    if isinstance(record, dict) and record.get("state"):
        return record
    run = status.get("run") if isinstance(status.get("run"), dict) else None
    if run and run.get("target") in (None, target_key(symbol)):
        return run
    return None


def contract_for(ws: Workspace, status: dict[str, Any] | None, blockers: list[Blocker]) -> OutputContract:
    """Assemble the output contract from the status file."""
    t = ws.target
    s = status or {}
    artifacts = dict(s.get("required_artifacts") or {})
    run = _run_of(s, t.symbol)
    optimization = OptimizationInfo(artifacts=artifacts)
    if run:
        state = run_state(run.get("state")) or "not_started"
        if state == "running" and not pid_alive(run.get("pid")):
            state = "interrupted"
        optimization = OptimizationInfo(
            status=state,
            run_id=run.get("id"),
            iteration=run.get("iteration"),
            last_completed_step=run.get("last_completed_step"),
            artifacts=artifacts,
        )
    feedback: dict[str, Any] = s["feedback"] if isinstance(s.get("feedback"), dict) else {}
    validation: dict[str, Any] = s["validation"] if isinstance(s.get("validation"), dict) else {}
    write_back: dict[str, Any] = s["write_back"] if isinstance(s.get("write_back"), dict) else {}
    raw_notes = s.get("notes")
    notes = [n for n in raw_notes if isinstance(n, str)] if isinstance(raw_notes, list) else []
    if status is not None and ws.source_changed(status):
        notes.append(
            f"{t.rel(t.file)} changed since the snapshot in inputs/source; each run takes its own snapshot "
            "when it starts, and a candidate is re-applied over edits elsewhere in the file."
        )
    return OutputContract(
        target=TargetInfo(
            file=t.rel(t.file) or "", symbol=t.symbol, code_name=t.code_name, absolute_path=str(t.file)
        ),
        workspace=WorkspaceInfo(
            root=t.rel(ws.root) or "",
            absolute_root=str(ws.root),
            status_file=t.rel(ws.status_file) or "",
            state=s.get("workflow_state") if status is not None else None,
            updated_at=s.get("updated_at"),
            exists=ws.status_file.exists(),
            repo_root=str(t.repo_root),
        ),
        blockers=blockers,
        decisions=Decisions(
            trainable_surface=s.get("trainable_surface"),
            judge_mode=s.get("judge_mode"),
            selected_candidate=s.get("selected_candidate"),
        ),
        optimization=optimization,
        feedback=FeedbackInfo(
            command=s.get("feedback_command") or feedback.get("command"),
            confirmed=bool(feedback.get("confirmed")),
            shape=feedback.get("shape"),
        ),
        validation=ValidationInfo(status=validation.get("status") or "not_run", log=validation.get("log")),
        write_back=WriteBackInfo(
            decision=write_back.get("decision") or "pending", justification=write_back.get("justification")
        ),
        next_action=_next_action(ws, status, blockers, optimization),
        notes=notes,
    )


def resolve(spec: str | Path, symbol: str | None = None, create: bool = True) -> OutputContract:
    """Target -> workspace status, blockers and the output contract (``trainer/resolveWorkspace``)."""
    ws = open_workspace(spec, symbol, create=create)
    data, problems = st.load(ws.status_file, ws.target)
    status = st.refresh(ws.target, data) if data is not None else None
    blockers = workspace_blockers(ws, status, problems)
    if create and status is not None and not problems:
        codes = [attrs.asdict(b) for b in blockers]

        def record(s: dict[str, Any]) -> None:
            s["blockers"] = codes

        ws.update(record)
    return contract_for(ws, status, blockers)


def repair(spec: str | Path, symbol: str | None = None) -> tuple[Path | None, OutputContract]:
    """Move a corrupt status file aside (never deleted) and rebuild it from the layout."""
    ws = Workspace(resolve_target(spec, symbol))
    moved = None
    _, problems = st.load(ws.status_file, ws.target)
    if problems and problems[0].code == STATUS_CORRUPT:
        with locked(ws.root):
            moved = ws.status_file.with_name(f"{ws.status_file.name}.corrupt-{st.utc_now().replace(':', '')}")
            os.replace(ws.status_file, moved)
    contract = resolve(spec, symbol)
    if moved is not None:
        contract.notes.insert(
            0, f"The corrupt status file was moved aside to {ws.target.rel(moved)} and rebuilt."
        )
    return moved, contract


def resolve_existing(path: str | Path) -> OutputContract | None:
    """Read-only: the contract of ``path``'s workspace when one exists on disk, else ``None``.

    Used when an editor opens a file: the symbol is the one the workspace records (dropped when the
    file no longer defines it). Nothing is created or written.
    """
    from trainerd.errors import TargetError

    try:
        target = resolve_target(path)
    except TargetError:
        return None
    status_file = st.status_path(target)
    if not status_file.is_file():
        return None
    data, _ = st.load(status_file, target)
    symbol = data.get("target_symbol") if data else None
    try:
        return resolve(target.file, symbol if isinstance(symbol, str) and symbol else None, create=False)
    except TargetError:
        return resolve(target.file, None, create=False)


@attrs.define
class ReviewResult:
    review_path: str
    created: bool
    contract: OutputContract


def create_review(
    spec: str | Path, symbol: str | None = None, feedback_command: str | None = None, force: bool = False
) -> ReviewResult:
    """Write ``engineer-prompt/review.md`` (kept if present unless ``force``) and refresh the state."""
    from trainerd.workspace.review import render_review

    ws = open_workspace(spec, symbol)
    status = ws.read()
    created = False
    if force or not ws.review_file.exists():
        blockers = [b for b in workspace_blockers(ws, status, []) if b.code != REVIEW_MISSING]
        text = render_review(ws, status, feedback_command, blockers)
        atomic_write_text(ws.review_file, text)
        created = True

    def change(s: dict[str, Any]) -> None:
        if feedback_command:
            s["feedback_command"] = feedback_command
        s["required_artifacts"]["engineer_prompt_review"] = ws.target.rel(ws.review_file)
        if s.get("workflow_state") == "pending_engineer_prompt":
            s["workflow_state"] = "pending_training"

    ws.update(change)
    return ReviewResult(
        review_path=ws.target.rel(ws.review_file) or "", created=created, contract=resolve(spec, symbol)
    )


def target_of_file(fs_path: str) -> str | None:
    """The target whose blockers a changed file can change: a Python file itself, or the target of
    the trainer workspace the file lies in (``<dir>/.trainer-workspace/<code-name>/…``)."""
    from trainerd.workspace.target import WORKSPACE_DIRNAME

    path = Path(fs_path)
    parts = path.parts
    if WORKSPACE_DIRNAME in parts:
        at = len(parts) - 1 - parts[::-1].index(WORKSPACE_DIRNAME)
        if at + 1 < len(parts) - 1:
            target_dir, code_name = Path(*parts[:at]), parts[at + 1]
            for suffix in (".py", ".pyw"):
                if (target_dir / f"{code_name}{suffix}").is_file():
                    return str(target_dir / f"{code_name}{suffix}")
        return None
    return fs_path if path.suffix in (".py", ".pyw") else None
