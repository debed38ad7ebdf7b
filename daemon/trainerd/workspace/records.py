"""Named changes of ``workflow-status.json``: every writer says what it records, and the keys each
change touches are written in one place. Each is one locked read-modify-write (``Workspace.update``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs

from trainerd.workspace.blockers import Blocker

# the one spelling of each run state; older spellings read from disk are mapped here
RUN_STATES = ("running", "followup_needed", "interrupted", "cancelled", "failed", "blocked", "done")
_OLD_SPELLINGS = {"manual_followup": "followup_needed", "followup": "followup_needed"}
MODULE_KEY = "<module>"  # the run key of a target without a symbol (the whole file)


def run_state(value: Any) -> str | None:
    """A run state as written by any trainerd version, in today's spelling."""
    if not isinstance(value, str):
        return None
    return _OLD_SPELLINGS.get(value, value)


def mapping(value: Any) -> dict[str, Any]:
    """``value`` when it is a JSON object, else an empty one (status files are hand-editable)."""
    return value if isinstance(value, dict) else {}


def target_key(symbol: str | None) -> str:
    return symbol or MODULE_KEY


class StatusRecords:
    """Mixed into :class:`trainerd.workspace.service.Workspace` (which provides ``update`` and
    ``target``)."""

    target: Any
    update: Callable[..., dict[str, Any]]

    def _rel(self, path: Path | str | None) -> str | None:
        if path is None or isinstance(path, str):
            return path
        return self.target.rel(path)

    # --- runs -----------------------------------------------------------------------------------
    def record_run(self, key: str, **fields: Any) -> dict[str, Any]:
        """Merge ``fields`` into the run record of target ``key`` (``runs[key]``); the latest run of the
        workspace is also ``run`` (the key older readers know)."""

        def change(s: dict[str, Any]) -> None:
            runs = mapping(s.get("runs"))
            record = dict(runs.get(key) or {})
            record.update(fields)
            record["target"] = key
            if record.get("state") is not None:
                record["state"] = run_state(record["state"])
            runs[key] = record
            s["runs"] = runs
            s["run"] = record

        return self.update(change)

    def record_blockers(
        self, blockers: Iterable[Blocker | dict[str, Any]], replace: Iterable[str]
    ) -> dict[str, Any]:
        """Replace the stored blockers whose code is in ``replace`` with ``blockers``."""
        codes = set(replace)
        new = [attrs.asdict(b) if isinstance(b, Blocker) else dict(b) for b in blockers]

        def change(s: dict[str, Any]) -> None:
            kept = [b for b in s.get("blockers") or [] if isinstance(b, dict) and b.get("code") not in codes]
            s["blockers"] = kept + new

        return self.update(change)

    def record_feedback(
        self,
        key: str,
        command: str,
        shape: Any,
        judge_mode: str,
        confirmed: bool = True,
        surface: dict[str, Any] | None = None,
        notes: Iterable[str] = (),
        train: Path | None = None,
        val: Path | None = None,
        iteration: Path | None = None,
        source: str | None = None,
    ) -> dict[str, Any]:
        """The confirmed feedback signal of target ``key`` (also the workspace's latest)."""
        notes = list(notes)

        def change(s: dict[str, Any]) -> None:
            s["feedback_command"] = command
            s["feedback"] = {"command": command, "confirmed": confirmed, "shape": shape}
            if source:
                s["feedback"]["source"] = source
            s["judge_mode"] = judge_mode
            if surface is not None:
                s["trainable_surface"] = surface
            s["notes"] = [n for n in s.get("notes") or [] if n not in notes] + notes
            runs = mapping(s.get("runs"))
            runs[key] = {**(runs.get(key) or {}), "target": key, "feedback_command": command}
            s["runs"] = runs
            ra = s["required_artifacts"]
            if train is not None:
                ra["train_dataset"] = self._rel(train)
            if val is not None:
                ra["val_dataset"] = self._rel(val)
            if iteration is not None:
                ra["latest_iteration_dir"] = self._rel(iteration)

        return self.update(change)

    def record_outcome(
        self,
        selected: str | None,
        validation: str,
        validation_log: Path | None,
        write_back: str,
        justification: str,
        decision_file: Path,
        report: Path,
    ) -> dict[str, Any]:
        """The end of a run: the elected candidate, its validation and the write-back decision."""

        def change(s: dict[str, Any]) -> None:
            s["selected_candidate"] = selected
            s["validation"] = {"status": validation, "log": self._rel(validation_log)}
            s["write_back"] = {"decision": write_back, "justification": justification}
            ra = s["required_artifacts"]
            ra["decision_summary"] = self._rel(decision_file)
            ra["optimize_report"] = self._rel(report)
            if validation_log is not None:
                ra["validation_log"] = self._rel(validation_log)

        return self.update(change)

    def record_write_back(
        self,
        decision: str,
        justification: str,
        source_sha256: str | None = None,
        method: str | None = None,
        conflict: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """What happened to the file: written (with the new text's hash), refused, proposed."""

        def change(s: dict[str, Any]) -> None:
            entry: dict[str, Any] = {"decision": decision, "justification": justification}
            if method:
                entry["method"] = method
            if conflict is not None:
                entry["conflict"] = conflict
            s["write_back"] = entry
            if source_sha256:
                s["source_sha256"] = source_sha256

        return self.update(change)

    # --- other stages ---------------------------------------------------------------------------
    def record_missing_data(
        self, part: str, entry: dict[str, Any], iteration: str | None = None
    ) -> dict[str, Any]:
        """``missing_data[part] = entry`` (research, synthesize, approved)."""

        def change(s: dict[str, Any]) -> None:
            md = mapping(s.get("missing_data"))
            md[part] = entry
            if iteration is not None:
                md["iteration"] = iteration
            s["missing_data"] = md

        return self.update(change)

    def record_surface(self, pointer: dict[str, Any]) -> dict[str, Any]:
        def change(s: dict[str, Any]) -> None:
            s["trainable_surface"] = pointer

        return self.update(change)

    def add_notes(self, *notes: str) -> dict[str, Any]:
        def change(s: dict[str, Any]) -> None:
            s["notes"] = [n for n in s.get("notes") or [] if n not in notes] + list(notes)

        return self.update(change)
