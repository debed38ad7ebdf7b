"""A read-only summary of a target's workspace, for the state code lens ("Trace: iteration 2 · 7/9 tests").

Nothing here writes: an editor opening a file never creates or changes a workspace. (Moved here from
``surface/record.py`` by the ``surface`` owner: it reads the workspace, and ``surface`` must not
import ``workspace``.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs

from trainerd.workspace import status as st
from trainerd.workspace.service import Workspace, workspace_blockers
from trainerd.workspace.target import WORKSPACE_DIRNAME, Target, code_name, find_repo_root

_STATE_WORDS = {
    "pending_engineer_prompt": "review pending",
    "pending_training": "ready to optimize",
    "training": "optimizing",
    "complete": "complete",
}


@attrs.define
class StateSummary:
    symbol: str | None
    state: str | None
    iteration: int | None
    tests: str | None  # "7/9"
    blockers: list[str]  # codes
    workspace: str | None  # repo-relative
    title: str  # the lens title


def state_summary(target_file: Path) -> StateSummary | None:
    """The state of ``target_file``'s workspace, or None when it has none.

    Tests come from ``run.tests = {"passed", "total"}`` (or ``validation``) in the status file.
    """
    target = Target(file=target_file.resolve(), symbol=None, repo_root=find_repo_root(target_file.parent))
    ws = Workspace(target)
    if not ws.status_file.exists():
        return None
    data, problems = st.load(ws.status_file)
    status = st.refresh(target, data) if data is not None else None
    blockers = [b.code for b in workspace_blockers(ws, status, problems)]
    s: dict[str, Any] = status or {}
    run: dict[str, Any] = s["run"] if isinstance(s.get("run"), dict) else {}
    iteration = run.get("iteration") if isinstance(run.get("iteration"), int) else None
    if iteration is None and ws.iterations():
        iteration = int(ws.iterations()[-1].name.rsplit("-", 1)[1])
    tests = None
    for source in (run.get("tests"), s.get("validation"), run):
        if (
            isinstance(source, dict)
            and isinstance(source.get("passed"), int)
            and isinstance(source.get("total"), int)
        ):
            tests = f"{source['passed']}/{source['total']}"
            break
    parts = [
        f"iteration {iteration}"
        if iteration is not None
        else _STATE_WORDS.get(s.get("workflow_state") or "", "workspace found")
    ]
    if tests:
        parts.append(f"{tests} tests")
    if isinstance(run.get("state"), str) and run["state"] not in ("not_started",):
        parts.append(run["state"].replace("_", " "))
    if blockers:
        more = f" (+{len(blockers) - 1})" if len(blockers) > 1 else ""
        parts.append(f"blocked: {blockers[0].replace('_', ' ')}{more}")
    symbol = s.get("target_symbol")
    return StateSummary(
        symbol=symbol if isinstance(symbol, str) else None,
        state=s.get("workflow_state"),
        iteration=iteration,
        tests=tests,
        blockers=blockers,
        workspace=target.rel(ws.root),
        title="Trace: " + " · ".join(parts),
    )


def status_path(target_file: Path) -> Path:
    return target_file.parent / WORKSPACE_DIRNAME / code_name(target_file.name) / "workflow-status.json"


def status_stamp(target_file: Path) -> tuple[int, int] | None:
    """(mtime_ns, size) of the target's workflow-status.json: a cheap change check."""
    try:
        info = status_path(target_file).stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def recorded_symbol(target_file: Path) -> str | None:
    """The ``target_symbol`` the workspace records (read without the full load), or None."""
    import json

    try:
        data = json.loads(status_path(target_file).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    symbol = data.get("target_symbol") if isinstance(data, dict) else None
    return symbol if isinstance(symbol, str) else None
