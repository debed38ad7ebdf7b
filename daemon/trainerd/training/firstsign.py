"""A launch that waits for the first sign of life: the first metric or progress line in the session's
log, the command's end, or a bound (about 30 s) — whichever comes first. The answer says what a user
needs before walking away: "running (first metrics after 4 s: …)", "crashed after 3.2 s: <the root
cause, classified by triage>", "finished", or "no metrics yet after 30 s".

Only the log's new bytes are read on each poll; nothing here touches the command.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import attrs

DEFAULT_WAIT_SECONDS = 30.0
POLL_SECONDS = 0.1
_SIGN_KEYS = {"loss", "eval_loss", "grad_norm", "lr"}
_TRIAGE_BYTES = 2_000_000


@attrs.define
class FirstSign:
    """How the first seconds of a run went."""

    outcome: str  # running | crashed | finished | quiet (no metric yet) | pending (queued on the cluster)
    seconds: float  # since the launch, when it was decided
    summary: str  # one line for the user
    line: str | None = None  # the first metric/progress line
    exit_code: int | None = None
    triage: Any = None  # trainerd.triage.service.TriageReport of the crash


def sign_of_life(text: str) -> str | None:
    """The first line of ``text`` (log output) that carries a training metric or a progress bar."""
    from trainerd.monitor.parse import clean, parse_metrics

    for raw in text.replace("\r\n", "\n").split("\n"):
        for segment in raw.split("\r"):
            line = clean(segment).strip()
            if not line:
                continue
            found = parse_metrics(line)
            if _SIGN_KEYS & found.keys() or "_bar" in found or any(k.startswith("rate:") for k in found):
                return line
    return None


def _read_new(path: Path, offset: int) -> tuple[str, int]:
    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            data = fh.read(1_000_000)
    except OSError:
        return "", offset
    return data.decode("utf-8", errors="replace"), offset + len(data)


def wait(
    root: Path, name: str, wait_seconds: float = DEFAULT_WAIT_SECONDS, started: float | None = None
) -> FirstSign:
    """Watch session ``name`` until its first sign of life, its end, or ``wait_seconds``."""
    from trainerd.training import sessions

    begin = time.monotonic() if started is None else started
    deadline = begin + max(0.0, wait_seconds)
    record = sessions.get_session(root, name)
    offset = record.log_offset
    pending = ""
    while True:
        chunk, offset = _read_new(Path(record.log_path), offset)
        text = pending + chunk
        cut = max(text.rfind("\n"), text.rfind("\r"))  # what follows the last line end may be partial
        complete, pending = text[: cut + 1], text[cut + 1 :]
        if record.state not in ("running", "pending"):
            return _ended(record, time.monotonic() - begin)
        line = sign_of_life(complete) if complete and record.state == "running" else None
        if line is not None:
            record, _change = sessions.get_session_with_change(root, name)
            if record.state not in ("running", "pending"):  # metrics, then a crash, between two polls
                return _ended(record, time.monotonic() - begin)
            seconds = time.monotonic() - begin
            return FirstSign(
                "running", round(seconds, 1), f"running: first metrics after {seconds:.1f} s ({line[:160]})", line
            )  # fmt: skip
        if time.monotonic() >= deadline:
            seconds = time.monotonic() - begin
            if record.state == "pending":
                return FirstSign(
                    "pending", round(seconds, 1), f"still queued on the cluster after {seconds:.0f} s"
                )
            return FirstSign(
                "quiet", round(seconds, 1),
                f"running, no metric or progress line yet after {seconds:.0f} s (the log is {record.log_path})",
            )  # fmt: skip
        time.sleep(POLL_SECONDS)
        record, _change = sessions.get_session_with_change(root, name)


def _ended(record: Any, seconds: float) -> FirstSign:
    """A run that ended during the wait: finished cleanly, or crashed — then triaged."""
    from trainerd.training import sessions

    if record.state == "exited" and record.exit_code == 0:
        return FirstSign(
            "finished", round(seconds, 1), f"finished after {seconds:.1f} s (exit 0)", exit_code=0
        )
    text = sessions.output_tail(record, max_bytes=_TRIAGE_BYTES)
    report = _triage(record, text)
    how = record.status if record.state == "exited" else record.state
    cause = report.summary if report is not None and report.errors else f"{how}; no traceback in the output"
    return FirstSign(
        "crashed", round(seconds, 1), f"crashed after {seconds:.1f} s ({how}): {cause}",
        exit_code=record.exit_code, triage=report,
    )  # fmt: skip


def _triage(record: Any, text: str) -> Any:
    """The triage of a crash's output, in the session's folder, command and interpreter."""
    from trainerd.triage.service import triage_text

    environment = getattr(record, "environment", None)
    try:
        return triage_text(
            text, cwd=record.cwd, command=record.command, session_dir=record.session_dir,
            python=getattr(environment, "interpreter", None), source=record.log_path,
        )  # fmt: skip
    except Exception:  # triage is the explanation, not the verdict: a crash stays a crash without it
        return None
