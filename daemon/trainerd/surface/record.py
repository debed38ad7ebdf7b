"""Recording the chosen surface in a trainer workspace, and reading a workspace's state for lenses.

``record_surface`` writes ``trainable-surface.json`` under the latest iteration's ``optimize/``
folder (``iterations/iteration-N/optimize/``); before the first iteration exists it writes
``<workspace>/optimize/trainable-surface.json``. The status file's ``trainable_surface`` holds the
same description plus ``record`` (the repo-relative path of that file).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainerd.surface.model import Surface
from trainerd.workspace.files import atomic_write_json

if TYPE_CHECKING:
    from trainerd.workspace.service import Workspace

FILENAME = "trainable-surface.json"


def describe(surface: Surface | Mapping[str, Any], ws: Workspace) -> dict[str, Any]:
    """The JSON description of a surface as stored in the workspace."""
    from trainerd.data import to_plain

    data = dict(to_plain(surface)) if not isinstance(surface, Mapping) else dict(surface)
    if "qualname" not in data or "kind" not in data:
        raise ValueError("a surface needs at least 'qualname' and 'kind'")
    data.setdefault("file", ws.target.rel(ws.target.file))
    return data


def surface_record_path(ws: Workspace) -> Path:
    iterations = ws.iterations()
    base = iterations[-1] if iterations else ws.root
    return base / "optimize" / FILENAME


def record_surface(ws: Workspace, surface: Surface | Mapping[str, Any]) -> Path:
    """Write the chosen surface to the workspace atomically and point ``trainable_surface`` at it."""
    from trainerd.workspace.service import sha256_file

    data = describe(surface, ws)
    path = surface_record_path(ws)
    if ws.target.file.exists():
        data["source_sha256"] = sha256_file(ws.target.file)
    atomic_write_json(path, data)
    pointer = {**data, "record": ws.target.rel(path)}

    def change(status: dict[str, Any]) -> None:
        status["trainable_surface"] = pointer

    ws.update(change)
    return path


def state_summary(target_file: Path) -> dict[str, Any] | None:
    """A read-only summary of the workspace of ``target_file`` for the state lens, or None.

    Keys: ``symbol``, ``state``, ``iteration``, ``tests`` (``"7/9"`` or None), ``blockers`` (codes),
    ``title``. Tests come from ``run.tests = {"passed", "total"}`` (or ``validation``) in the status.
    """
    from trainerd.workspace import status as st
    from trainerd.workspace.service import Workspace, workspace_blockers
    from trainerd.workspace.target import Target, find_repo_root

    target = Target(file=target_file.resolve(), symbol=None, repo_root=find_repo_root(target_file.parent))
    ws = Workspace(target)
    if not ws.status_file.exists():
        return None
    data, problems = st.load(ws.status_file)
    status = st.refresh(target, data) if data is not None else None
    blockers = [b.code for b in workspace_blockers(ws, status, problems)]
    s = status or {}
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
    parts = [f"iteration {iteration}" if iteration is not None else _state_words(s.get("workflow_state"))]
    if tests:
        parts.append(f"{tests} tests")
    if isinstance(run.get("state"), str) and run["state"] not in ("not_started",):
        parts.append(run["state"].replace("_", " "))
    if blockers:
        more = f" (+{len(blockers) - 1})" if len(blockers) > 1 else ""
        parts.append(f"blocked: {blockers[0].replace('_', ' ')}{more}")
    return {
        "symbol": s.get("target_symbol"),
        "state": s.get("workflow_state"),
        "iteration": iteration,
        "tests": tests,
        "blockers": blockers,
        "workspace": target.rel(ws.root),
        "title": "Trace: " + " · ".join(parts),
    }


def _state_words(state: Any) -> str:
    return {
        "pending_engineer_prompt": "review pending",
        "pending_training": "ready to optimize",
        "training": "optimizing",
        "complete": "complete",
    }.get(state, "workspace found")


def status_stamp(target_file: Path) -> tuple[int, int] | None:
    """(mtime_ns, size) of the target's workflow-status.json: a cheap change check."""
    from trainerd.workspace.target import WORKSPACE_DIRNAME, code_name

    path = target_file.parent / WORKSPACE_DIRNAME / code_name(target_file.name) / "workflow-status.json"
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size
