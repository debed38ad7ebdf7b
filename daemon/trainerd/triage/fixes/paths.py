"""Fixes for a path that does not exist: the closest existing file, or the missing output directory."""

from __future__ import annotations

import difflib
import os
import re
import shlex
from pathlib import Path

from trainerd.triage.classify import Triage
from trainerd.triage.fixes.base import (
    WRITE_CALL,
    Fix,
    FixContext,
    NoFix,
    config_files,
    find_literal,
    near_spelling,
    resolve,
    source_path,
    user_files,
    where,
)

_NEVER_DATA = {
    "node_modules",
    "__pycache__",
    "venv",
    "site-packages",
}  # never where a data file is meant to be


def _missing_path(message: str) -> str | None:
    for pattern in (
        r"No such file or directory: ['\"](.+?)['\"]",
        r"\[Errno 2\][^'\"]*['\"](.+?)['\"]",
        r"(?:path|file|directory|checkpoint)\s+['\"]?([^'\"\s]+)['\"]?\s+does not exist",
        r"['\"]([^'\"]+)['\"] does not exist",
        r"Can't load .*?['\"]([^'\"]+)['\"]",
        r"Unable to open file.*?name = ['\"]([^'\"]+)['\"]",
        r"^(\S+) not found\.?$",
    ):
        m = re.search(pattern, message)
        if m:
            return m.group(1)
    return None


def _closest_file(missing: Path, ctx: FixContext) -> Path | None:
    """The existing file whose path is most like ``missing`` (same folder first, then the project)."""
    parent = missing.parent
    if parent.is_dir():
        names = [p.name for p in parent.iterdir() if not p.name.startswith(".")]
        best = difflib.get_close_matches(missing.name, names, n=1, cutoff=0.6)
        if best:
            return parent / best[0]
    root = ctx.cwd
    try:
        target = str(missing.relative_to(root))
    except ValueError:
        return None
    candidates: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d not in _NEVER_DATA]
        if dirpath.count(os.sep) - str(root).count(os.sep) > 4:
            dirnames[:] = []
        for name in filenames:
            candidates.append(os.path.relpath(os.path.join(dirpath, name), root))
        if len(candidates) > 5000:
            break
    best = difflib.get_close_matches(target, candidates, n=1, cutoff=0.6)
    return root / best[0] if best else None


def _command_path(missing_text: str, missing: Path, ctx: FixContext) -> Fix | None:
    """The wrong path came from the launch command (whole, or one of its folders, e.g. ``--dataset=x``
    making ``data/x/train.bin``): the corrected command, to restart with."""
    if not ctx.command:
        return None
    try:
        words = set(shlex.split(ctx.command))
    except ValueError:
        return None
    values = {w.split("=", 1)[-1] for w in words}
    if missing_text in values:
        closest = _closest_file(missing, ctx)
        if closest is None:
            return None
        wrong, right = (
            missing_text,
            (str(closest) if Path(missing_text).is_absolute() else os.path.relpath(closest, ctx.cwd)),
        )
    else:
        # a folder of the missing path given as a value (a dataset name, a run name)
        part = next((q for q in missing.parts if q in values and len(q) > 2), None)
        if part is None:
            return None
        parent = Path(*missing.parts[: missing.parts.index(part)])
        try:
            names = [e.name for e in parent.iterdir() if not e.name.startswith(".")]
        except OSError:
            return None
        close = [n for n in names if near_spelling(part, n)]
        if len(close) != 1:
            return None
        wrong, right = part, close[0]
    new = re.sub(r"(?<=[\s=])" + re.escape(wrong) + r"(?=\s|$)", lambda _m: right, ctx.command, count=1)
    if new == ctx.command:
        return None
    return Fix(
        "command_path",
        f"Restart with {right} instead of {wrong}",
        f"restarting with {right!r}, which exists, where the command names {wrong!r}, which does not",
        [f"the launch command only (restart with: {new})"],
        new_command=new,
        because=f"the command names {wrong!r}; {right!r} exists and is spelled like it",
    )


def fix_path(triage: Triage, ctx: FixContext) -> Fix | NoFix | None:
    missing_text = _missing_path(triage.message)
    if not missing_text:
        return None
    missing = resolve(missing_text, ctx)
    code_lines = [triage.frame.code or ""] if triage.frame else []
    code_lines += [f.get("code") or "" for f in triage.details.get("user_frames", [])]
    writes = any(WRITE_CALL.search(c) for c in code_lines)
    if writes:
        directory = missing.parent
        if directory.exists():
            return None
        shown = (
            os.path.relpath(directory, ctx.cwd) if str(directory).startswith(str(ctx.cwd)) else str(directory)
        )
        return Fix(
            "create_dir",
            f"Create the missing directory {shown}/",
            f"creating the missing output directory {shown}/ that the script writes into",
            [f"no source file (it creates {shown}/)"],
            create_dirs=[str(directory)],
            because=f"the directory {shown}/ does not exist, so the file inside it cannot be created",
        )
    from_command = _command_path(missing_text, missing, ctx)
    if from_command is not None:
        return from_command
    closest = _closest_file(missing, ctx)
    if closest is None:
        return NoFix(f"no file under the project has a path like {missing_text!r}")
    if Path(missing_text).is_absolute():
        replacement = str(closest)
    else:
        replacement = os.path.relpath(closest, ctx.cwd)
    prefer = (source_path(triage.frame.file, ctx), triage.frame.line) if triage.frame else None
    edit = find_literal(user_files(triage, ctx) + config_files(ctx), missing_text, prefer)
    if edit is None and Path(missing_text).is_absolute() and missing.is_relative_to(ctx.cwd):
        # the code made the configured relative path absolute (hydra's to_absolute_path, os.path.abspath)
        relative = os.path.relpath(missing, ctx.cwd)
        edit = find_literal(user_files(triage, ctx) + config_files(ctx), relative, prefer)
        if edit is not None:
            missing_text, replacement = relative, os.path.relpath(closest, ctx.cwd)
    if edit is None:
        return NoFix(
            f"{missing_text!r} does not exist ({os.path.relpath(closest, ctx.cwd)} is the closest file), but the "
            "path is built at run time, not written in the code, the config or the command"
        )
    edit.new = replacement
    return Fix(
        "closest_path",
        f"Use {replacement} (the file that exists)",
        f"pointing the path {missing_text!r} at {replacement!r}, the closest file that exists",
        [where(edit, ctx)],
        edits=[edit],
        because=f"{missing_text} does not exist; {replacement} does and is the closest match",
    )
