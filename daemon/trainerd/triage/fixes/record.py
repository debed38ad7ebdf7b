"""Proposing a fix for a classified error, applying a confirmed one, and ``fixes.json``.

``fixes.json`` in the session folder records every applied fix with the error signature; the same
signature after two fixes stops the fixing: :func:`propose` then returns a "reassess" note with the
history instead of a third fix.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import attrs

from trainerd.errors import TrainerError
from trainerd.project import layout
from trainerd.triage.classify import Triage
from trainerd.triage.fixes.base import Fix, FixContext, NoFix, TextEdit
from trainerd.triage.fixes.config_keys import fix_config_key
from trainerd.triage.fixes.device import fix_to_device
from trainerd.triage.fixes.install import fix_pip
from trainerd.triage.fixes.launch import fix_master_port
from trainerd.triage.fixes.memory import fix_oom
from trainerd.triage.fixes.paths import fix_path

FIXES_FILE = layout.FIXES_FILE
MAX_FIXES_PER_SIGNATURE = 2


BUILDERS: dict[str, Callable[[Triage, FixContext], Fix | NoFix | None]] = {
    "master_port": fix_master_port,
    "path": fix_path,
    "config_key": fix_config_key,
    "pip_install": fix_pip,
    "to_device": fix_to_device,
    "oom": fix_oom,
}


def load_history(session_dir: Path | None) -> list[dict]:
    if session_dir is None:
        return []
    path = Path(session_dir) / FIXES_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise TrainerError(
            f"{path} is not readable JSON ({exc}); not overwriting it", field="session_dir"
        ) from None
    return list(data.get("fixes", [])) if isinstance(data, dict) else []


def propose(triage: Triage, ctx: FixContext) -> Triage:
    """Attach a concrete fix to a runtime ``triage`` (or the "reassess" stop); returns the same object."""
    from trainerd.triage.rules import BY_CATEGORY, RUNTIME

    if triage.kind != RUNTIME or triage.category is None:
        return triage
    history = [h for h in load_history(ctx.session_dir) if h.get("signature") == triage.signature]
    if len(history) >= MAX_FIXES_PER_SIGNATURE:
        triage.proposal = None
        triage.fix = None
        triage.reassess = {
            "message": (
                f"The same error came back after {len(history)} fixes: stop and reassess before trying again "
                "(the cause is probably not what the fixes assumed)."
            ),
            "history": history,
        }
        return triage
    rule = BY_CATEGORY[triage.category]
    builder = BUILDERS.get(rule.fix or "")
    fix: Fix | NoFix | None = None
    if builder is not None:
        try:
            fix = builder(triage, ctx)
        except (OSError, ValueError, SyntaxError):
            fix = None
    triage.proposal = None
    if isinstance(fix, Fix):
        triage.proposal = attrs.asdict(fix)
        triage.fix = fix.sentence()
        if fix.because:
            triage.explanation = triage.explanation.rsplit(" because ", 1)[0] + f" because {fix.because}."
    elif isinstance(fix, NoFix):
        triage.fix = f"No fix is offered: {fix.reason}. Nothing was changed."
    elif triage.category == "cuda_oom":
        triage.fix = (
            "No fix is offered: no gradient-accumulation setting was found next to the batch size, and a smaller "
            "batch without it changes the effective batch (a logic change). Add accumulation or lower the batch "
            "deliberately. Nothing was changed."
        )
    else:
        # never a promise without a proposal: say what usually fixes it, as advice
        triage.fix = (
            f"No fix is offered (none could be built that is certainly right); what usually fixes it: "
            f"{triage.details.get('fix_hint') or rule.fix_hint or 'see the explanation'}. Nothing was changed."
        )
    return triage


def _check_edit(edit: TextEdit) -> list[str]:
    try:
        lines = Path(edit.file).read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:  # a directory, a binary file: bad input, not a crash
        raise TrainerError(f"{edit.file}: not a text file this fix can edit ({exc})", field="fix") from None
    if not 0 < edit.line <= len(lines) or lines[edit.line - 1][edit.start : edit.end] != edit.old:
        raise TrainerError(
            f"{edit.file}:{edit.line} changed since the error was triaged; triage it again", field="fix"
        )
    return lines


def apply_fix(
    fix_data: dict, ctx: FixContext, triage: dict | None = None, editor_applied: bool = False
) -> dict:
    """Apply a confirmed fix and record it in ``fixes.json``; returns the record.

    ``editor_applied``: the editor already applied the text edits (a code action's WorkspaceEdit);
    only the rest (directories, command) runs here.
    """
    fix = _structure_fix(fix_data)
    output = ""
    ok = True
    if not editor_applied:
        by_file: dict[str, list[TextEdit]] = {}
        for edit in fix.edits:
            by_file.setdefault(edit.file, []).append(edit)
        from trainerd.workspace.files import atomic_write_text

        for file, edits in by_file.items():
            for edit in edits:
                _check_edit(edit)
            lines = Path(file).read_text(encoding="utf-8").split("\n")
            for edit in sorted(edits, key=lambda e: (e.line, e.start), reverse=True):
                row = lines[edit.line - 1]
                lines[edit.line - 1] = row[: edit.start] + edit.new + row[edit.end :]
            atomic_write_text(Path(file), "\n".join(lines))
    for directory in fix.create_dirs:
        Path(directory).mkdir(parents=True, exist_ok=True)
    verified = None
    if fix.command:
        proc = _run(fix.command, ctx)
        output = (proc.stdout + proc.stderr)[-4000:]
        ok = proc.returncode == 0
        if ok and fix.verify:
            # done only if it now works where the job runs (the session's interpreter and environment)
            check = _run(fix.verify, ctx)
            verified = check.returncode == 0
            ok = verified
            output += f"\n$ {shlex.join(fix.verify)}\n" + (check.stdout + check.stderr)[-2000:]
    record = {
        "signature": (triage or {}).get("signature"),
        "category": (triage or {}).get("category"),
        "exception": (triage or {}).get("exception"),
        "message": ((triage or {}).get("message") or "")[:500],
        "frame": (triage or {}).get("frame"),
        "fix": attrs.asdict(fix),
        "applied_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "ok": ok,
        "verified": verified,
        "output": output,
        "restart_command": fix.new_command or ctx.command,
    }
    if ctx.session_dir is not None:
        record_fix(Path(ctx.session_dir), record)
    return record


def _run(argv: list[str], ctx: FixContext) -> subprocess.CompletedProcess[str]:
    """Run a fix's command where the job runs: its working directory and, for a session, the
    environment its launch recorded."""
    try:
        return subprocess.run(
            argv,
            cwd=ctx.cwd,
            env=ctx.env,
            capture_output=True,
            text=True,
            timeout=900,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise TrainerError(f"could not run {shlex.join(argv)}: {exc}", field="fix") from None


def record_fix(session_dir: Path, record: dict) -> None:
    from trainerd.workspace.files import atomic_write_json, locked

    with locked(session_dir, ".fixes.lock"):
        history = load_history(session_dir)
        history.append(record)
        atomic_write_json(session_dir / FIXES_FILE, {"fixes": history})


def _structure_fix(data: dict) -> Fix:
    if not isinstance(data, dict) or "kind" not in data:
        raise TrainerError("fix must be an object with 'kind' (a proposal from triage)", field="fix")
    from trainerd.data import structure

    # every field typed (a malformed proposal is bad input, -32602, not a crash); both spellings
    return structure(Fix, {"title": "", "description": "", "changes": [], **data}, "fix", wire=True)
