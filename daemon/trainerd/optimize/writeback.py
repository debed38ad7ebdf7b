"""The one write-back path, for the CLI (a file write) and the editor (an ``applyEdit``).

- :func:`plan`: the new file text. A run evaluates the snapshot it took when it started; if the file
  changed during the run, the candidate is re-applied to the current file when the code the candidate
  changes is as it was (the user's other edits are kept), else the write-back is refused and the
  candidate stays on disk with the command that applies it.
- :func:`write_file`: compare-and-swap: the new text goes to a temp file inside the workspace, the
  file is compared with the planned base right before the rename, and a file that changed meanwhile
  is left alone (:class:`WriteConflict`). A temp file left by a killed writer is removed.
- :func:`record`: the bookkeeping both faces share: the status file, ``decision.md``, the iteration's
  ``write-back/`` folder (the original and the edit sent), the workspace snapshot, the run state.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from pathlib import Path
from typing import Any

import attrs

from trainerd.errors import TrainerError
from trainerd.optimize import artifacts
from trainerd.optimize.edits import candidate_source, changed_range, node_sites, symbols_span_text
from trainerd.workspace.files import atomic_write_json, atomic_write_text, locked
from trainerd.workspace.records import mapping

TEMP_PREFIX = ".write-back-"


class WriteConflict(Exception):
    """The file changed between the plan and the write; nothing was written."""


@attrs.define
class Plan:
    file: Path
    base_text: str  # the file as it is now: what the edit applies to
    new_text: str
    reapplied: bool = False  # the file changed during the run; the candidate was re-applied to it

    @property
    def base_sha256(self) -> str:
        return sha256_text(self.base_text)

    def line_range(self) -> tuple[int, int, str]:
        """1-based inclusive lines of the base replaced, and their replacement (the editor's edit)."""
        return changed_range(self.base_text, self.new_text)


@attrs.define
class Refusal:
    reason: str
    apply_command: str | None = None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _touched(source: str, values: dict[str, Any]) -> dict[str, str | None]:
    """The text of each definition ``values`` change, in ``source`` (``None`` when it is gone)."""
    out: dict[str, str | None] = {}
    sites = None
    for key in values:
        kind, _, name = key.partition(":")
        if kind == "code":
            out[key] = symbols_span_text(source, name)
        elif kind == "node":
            if sites is None:
                try:
                    sites = node_sites(source)
                except SyntaxError:
                    sites = {}
            call = sites.get(key)
            lines = source.splitlines(keepends=True)
            out[key] = "".join(lines[call.lineno - 1 : call.end_lineno]) if call is not None else None
    return out


def plan(
    file: Path, start_text: str, values: dict[str, Any], apply_command: str | None = None
) -> Plan | Refusal:
    """The write-back of ``values`` (made against ``start_text``) onto ``file`` as it is now."""
    try:
        disk = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return Refusal(f"cannot read {file.name}: {exc}", apply_command)
    if disk == start_text:
        return Plan(file, disk, candidate_source(start_text, values))
    before, now = _touched(start_text, values), _touched(disk, values)
    changed = [
        key.partition(":")[2] for key in values if now.get(key) is None or now.get(key) != before.get(key)
    ]
    if changed:
        return Refusal(
            f"{file.name} changed during the run and the code the candidate changes was edited too "
            f"({', '.join(changed)}): the candidate was not written",
            apply_command,
        )
    try:
        return Plan(file, disk, candidate_source(disk, values), reapplied=True)
    except TrainerError as exc:
        return Refusal(
            f"{file.name} changed during the run and the candidate no longer applies: {exc}", apply_command
        )


def clean_temp_files(workspace: Path, source: Path) -> list[Path]:
    """Remove temp files a killed writer left: ours in the workspace, and the old kind beside the
    source (``.<file>.<random>.tmp``, from trainerd versions that wrote them there)."""
    removed = []
    for stale in [*workspace.glob(f"{TEMP_PREFIX}*.tmp"), *source.parent.glob(f".{source.name}.*.tmp")]:
        with contextlib.suppress(OSError):
            stale.unlink()
            removed.append(stale)
    return removed


def write_file(p: Plan, workspace: Path) -> None:
    """Write ``p.new_text`` to ``p.file`` unless the file changed since the plan read it."""
    with locked(workspace, ".write-back.lock"):
        clean_temp_files(workspace, p.file)
        tmp = workspace / f"{TEMP_PREFIX}{uuid.uuid4().hex}.tmp"
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                fh.write(p.new_text)
                fh.flush()
                os.fsync(fh.fileno())
            with contextlib.suppress(OSError):
                os.chmod(tmp, p.file.stat().st_mode & 0o777)
            # the compare-and-swap: the last look before the rename
            try:
                current = p.file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise WriteConflict(f"{p.file.name} cannot be read any more: {exc}") from None
            if current != p.base_text:
                raise WriteConflict(f"{p.file.name} changed while it was being written back (a save landed)")
            try:
                os.replace(tmp, p.file)
            except OSError as exc:
                if exc.errno != 18:  # EXDEV: the workspace is on another file system than the source
                    raise
                beside = p.file.with_name(f".{p.file.name}.{uuid.uuid4().hex[:8]}.tmp")
                os.replace(tmp, beside)
                os.replace(beside, p.file)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


def record(
    ws: Any,
    iteration: Path | None,
    decision: str,
    justification: str,
    new_text: str | None = None,
    original_text: str | None = None,
    method: str | None = None,
    edit: dict[str, Any] | None = None,
    conflict: dict[str, Any] | None = None,
    note: str | None = None,
) -> str | None:
    """Record a write-back outcome everywhere it belongs; returns the kept original's path.

    ``ws`` is the target's :class:`~trainerd.workspace.service.Workspace`; ``note`` adds a section to
    ``decision.md`` (a write-back decided after the run wrote it, e.g. in the editor).
    """
    kept: str | None = None
    folder = (iteration or ws.root / "iterations" / "iteration-0") / "write-back"
    if new_text is not None:
        if original_text is not None:
            original = folder / f"original-{ws.target.file.name}"
            atomic_write_text(original, original_text)
            kept = str(original)
        if edit is not None:
            atomic_write_text(folder / "edit.json", json.dumps(edit, indent=2) + "\n")
        atomic_write_text(ws.snapshot_file, new_text)  # the written text is the workspace's snapshot
    if note:
        artifacts.append_decision_note(ws.root / "decision.md", note, justification + ".")
    ws.record_write_back(
        decision, justification, sha256_text(new_text) if new_text is not None else None, method, conflict
    )
    if decision in ("written", "refused"):  # a write-back decided after its run returned ends that run
        from trainerd.workspace.records import target_key

        status = ws.read()
        record = mapping(mapping(status.get("runs")).get(target_key(ws.target.symbol)))
        if record.get("state") == "running" and record.get("last_completed_step") == "write-back proposed":
            key = target_key(ws.target.symbol)
            ws.record_run(key, state="done", pid=None, worker_pid=None, last_completed_step="decision")
            if status.get("workflow_state") == "training":
                ws.set_state("complete")
    if iteration is not None:
        state_file = iteration / "optimize" / "run-state.json"
        if state_file.exists():
            with contextlib.suppress(OSError, ValueError):
                state = json.loads(state_file.read_text(encoding="utf-8"))
                state["write_back"] = {"decision": decision, "justification": justification, "method": method}
                if decision in ("written", "refused", "not_applicable"):
                    state["status"] = "done"
                atomic_write_json(state_file, state)
    return kept


def lsp_span(base_text: str, start_line: int, end_line: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The 0-based (line, UTF-16 character) start and end of the whole-line range ``start_line`` ..
    ``end_line`` (1-based, inclusive; ``end_line < start_line`` for an insertion) of ``base_text``: what
    an editor's ``TextEdit`` needs. A last line without a newline ends at its last character."""
    lines = base_text.splitlines(keepends=True)
    start = (start_line - 1, 0)
    if end_line < start_line:
        return start, start
    if end_line == len(lines) and lines and not lines[-1].endswith(("\n", "\r")):
        return start, (end_line - 1, len(lines[-1].encode("utf-16-le")) // 2)
    return start, (end_line, 0)
