"""A session's ``events.jsonl``: reading it back, and the open flags of its current run.

Light on purpose (json and pathlib only): ``trainerd sessions`` lists each session's open flags without
loading the monitor.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from trainerd.project.layout import EVENTS_FILE


def read_events(directory: Path, since: str | None = None) -> list[dict]:
    """The events recorded for a session (those at or after ``since``, an ISO time, when given)."""
    out = []
    try:
        with open(directory / EVENTS_FILE, encoding="utf-8") as fh:
            for line in fh:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if isinstance(record, dict) and (since is None or str(record.get("time", "")) >= since):
                    out.append(record)
    except OSError:
        pass
    return out


def run_flags(record: Any) -> list[dict]:
    """The open flags and crashes of a session's current run (since its last start or restart)."""
    since = record.restarts[-1].at if record.restarts else record.started_at
    return open_flags(Path(record.session_dir), since)


def open_flags(session_dir: Path, since: str | None = None) -> list[dict]:
    """The flags and crashes recorded in ``events.jsonl`` for the current run (cheap: no log read)."""
    out = []
    for record in read_events(Path(session_dir), since):
        if record.get("kind") in ("flag", "crash"):
            details = record.get("details") or {}
            flag = details.get("flag") or {}
            out.append(
                {
                    "kind": flag.get("kind") or record["kind"],
                    "message": record.get("message", ""),
                    "step": flag.get("step"),
                    "time": record.get("time"),
                }
            )
    return out
