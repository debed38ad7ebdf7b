"""Approval: the user's word that the synthesized dataset may become the feedback signal.

Moves the proposed files into the places the workspace layout and the optimizer read
(``synthesize/train.jsonl``, ``synthesize/val.jsonl``, the test file, ``evals/evals.json``), records
the feedback command, the pointers and the judge mode, and lifts the ``no_feedback_signal`` and
``dataset_unapproved`` blockers. Each move is an atomic rename and the status file is written last,
so an interrupted approval is completed by running it again.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import attrs

from trainerd.errors import TrainerError
from trainerd.research import suite
from trainerd.research.synthesize import DATASET_UNAPPROVED, JUDGE_MODE, NO_FEEDBACK_SIGNAL, STAGE_LOCK
from trainerd.workspace.files import locked
from trainerd.workspace.service import Workspace, open_workspace, resolve, sha256_file
from trainerd.workspace.status import STATUS_FILENAME, utc_now
from trainerd.workspace.target import resolve_target


@attrs.define
class ApprovalResult:
    workspace: str
    approved: bool
    already: bool
    feedback_command: str
    files: dict[str, str]
    edited: list[str]  # files the user changed between synthesize and approve
    message: str
    next_action: str
    blockers: list[str]


def workspace_for(arg: str | Path, symbol: str | None = None) -> Workspace:
    """A workspace folder (holding ``workflow-status.json``), or a target ``file.py::symbol``."""
    path = Path(str(arg).partition("::")[0]).expanduser()
    if path.is_dir():
        status_file = path / STATUS_FILENAME
        if not status_file.exists():
            raise TrainerError(
                f"{path} is not a trainer workspace: it holds no {STATUS_FILENAME}", field="workspace"
            )
        try:
            status = json.loads(status_file.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise TrainerError(
                f"{status_file} cannot be read ({exc}); run `trainerd status --repair`", field="workspace"
            ) from None
        target_name = Path(str(status.get("target_file") or "")).name
        target = path.resolve().parent.parent / target_name
        if not target_name or not target.exists():
            raise TrainerError(
                f"the workspace's target file {status.get('target_file')!r} is missing", field="workspace"
            )
        return Workspace(resolve_target(str(target), symbol or status.get("target_symbol")))
    return open_workspace(arg, symbol, create=False)


def approve(arg: str | Path, symbol: str | None = None, interpreter: str | None = None) -> ApprovalResult:
    """Approve the proposed dataset of a workspace (see the module docstring)."""
    ws = workspace_for(arg, symbol)
    with locked(ws.root, STAGE_LOCK):
        return _approve(ws, interpreter)


def _approve(ws: Workspace, interpreter: str | None) -> ApprovalResult:
    t = ws.target
    status = ws.read()
    md: dict[str, Any] = status["missing_data"] if isinstance(status.get("missing_data"), dict) else {}
    syn = md.get("synthesize") if isinstance(md.get("synthesize"), dict) else None
    if not syn:
        raise TrainerError(
            f"nothing to approve in {t.rel(ws.root)}: run `trainerd synthesize {t.spec()}` first",
            field="workspace",
        )
    state = syn.get("state")
    if state == "approved":
        contract = resolve(t.file, t.symbol)
        return ApprovalResult(
            t.rel(ws.root) or "",
            True,
            True,
            syn.get("feedback_command") or "",
            dict(syn.get("final") or {}),
            [],
            "Already approved; nothing changed.",
            contract.next_action,
            [b.code for b in contract.blockers],
        )
    if state != "pending_approval":
        raise TrainerError(
            f"nothing to approve: the synthesize stage is {state!r} ({'; '.join(syn.get('reasons') or [])})",
            field="workspace",
        )
    if sha256_file(t.file) != syn.get("source_sha256"):
        raise TrainerError(
            f"{t.rel(t.file)} changed since the dataset was synthesized: its recorded outputs may no "
            f"longer hold. Rerun `trainerd synthesize {t.spec()} --goal {syn.get('goal')} --force`.",
            field="workspace",
        )
    proposed = {k: t.repo_root / v for k, v in (syn.get("files") or {}).items()}
    final = {k: t.repo_root / v for k, v in (syn.get("final") or {}).items()}
    edited = []
    for key, path in proposed.items():
        if key not in final:
            continue
        if not path.exists() and not final[key].exists():
            raise TrainerError(
                f"the proposed {key} file {t.rel(path)} is missing; rerun synthesize with --force",
                field="workspace",
            )
        current = path if path.exists() else final[key]
        if sha256_file(current) != (syn.get("sha256") or {}).get(key):
            edited.append(t.rel(path) or str(path))
    evals_final = final.get("evals")
    if evals_final is not None and evals_final.exists() and proposed["evals"].exists():
        try:
            existing = json.loads(evals_final.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            existing = None
        if not (isinstance(existing, dict) and existing.get("generated_by") == "trainerd synthesize"):
            raise TrainerError(
                f"{t.rel(evals_final)} exists and was not generated by trainerd: authored evals are "
                "kept apart; move it or merge the proposed evals by hand",
                field="workspace",
            )
    determinism = syn.get("determinism")
    test_now = proposed["test_file"] if proposed["test_file"].exists() else final["test_file"]
    if any(e.endswith(".py") for e in edited):
        # the user changed the tests: the recorded check no longer speaks for them
        determinism = suite.determinism_check(test_now, t.repo_root, interpreter)
        if not determinism["deterministic"]:
            raise TrainerError(
                f"the edited {t.rel(test_now)} does not give the same verdicts twice: "
                f"{', '.join(determinism['differing'][:10]) or determinism['output_tail'][-300:]}",
                field="workspace",
            )
    for key, src in proposed.items():
        dst = final.get(key)
        if dst is not None and src.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
    approved_sha = {k: sha256_file(p) for k, p in final.items() if p.exists()}
    command = syn.get("feedback_command") or f"python -m pytest -q {t.rel(final['test_file'])}"
    counts = syn.get("counts") or {}

    def change(s: dict[str, Any]) -> None:
        m = s.get("missing_data")
        if not isinstance(m, dict):
            s["missing_data"] = m = {}
        entry = dict(m.get("synthesize") or syn)
        entry.update(
            {
                "state": "approved",
                "approved_at": utc_now(),
                "approved_sha256": approved_sha,
                "edited_before_approval": edited,
                "determinism": determinism,
            }
        )
        m["synthesize"] = entry
        m["approved"] = entry  # the dataset in use, kept when a later proposal replaces "synthesize"
        previous = s.get("feedback_command")
        if previous and previous != command:
            s.setdefault("notes", []).append(
                f"feedback_command {previous!r} replaced by the approved synthesized suite."
            )
        s["feedback_command"] = command
        s["judge_mode"] = JUDGE_MODE
        s["feedback"] = {
            "command": command,
            "confirmed": bool(determinism and determinism.get("deterministic")),
            "shape": f"pytest: {counts.get('train', 0)} train + {counts.get('val', 0)} val synthesized "
            f"{'characterization' if syn.get('goal') == 'keep' else 'specification'} cases",
            "source": "synthesized",
        }
        arts = s["required_artifacts"]
        arts["train_dataset"] = t.rel(final["train"])
        arts["val_dataset"] = t.rel(final["val"])
        arts["eval_manifest"] = t.rel(final["evals"])
        arts["latest_iteration_dir"] = t.rel(final["train"].parent.parent)
        s["blockers"] = [
            b
            for b in s.get("blockers") or []
            if not (isinstance(b, dict) and b.get("code") in (DATASET_UNAPPROVED, NO_FEEDBACK_SIGNAL))
        ]
        s.setdefault("notes", []).append(
            f"{utc_now()}: synthesized {syn.get('goal')} dataset approved ({counts.get('train', 0)} train, "
            f"{counts.get('val', 0)} val cases); feedback command: {command}"
        )

    ws.update(change)
    contract = resolve(t.file, t.symbol)
    return ApprovalResult(
        workspace=t.rel(ws.root) or "",
        approved=True,
        already=False,
        feedback_command=command,
        files={k: t.rel(p) or "" for k, p in final.items()},
        edited=edited,
        message=f"Approved: {counts.get('train', 0)} train and {counts.get('val', 0)} val cases are now the feedback "
        f"signal ({command})." + (f" Edited before approval: {', '.join(edited)}." if edited else ""),
        next_action=contract.next_action,
        blockers=[b.code for b in contract.blockers],
    )
