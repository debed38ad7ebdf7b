"""The shapes every fix builder shares: text edits, the fix, where the error happened, project lookups."""

from __future__ import annotations

import functools
import os
import re
import shlex
import stat
import time
from collections.abc import Iterable
from pathlib import Path

import attrs

from trainerd.triage.classify import Triage

CONFIG_SUFFIXES = (".yaml", ".yml", ".json", ".toml")

CONFIG_DIRS = ("configs", "conf", "config", ".")
WRITE_CALL = re.compile(
    r"open\([^)]*,\s*(?:mode\s*=\s*)?['\"][wax]|\.save\(|savefig|\.to_csv|\.to_json|\.to_parquet|np\.save|"
    r"json\.dump\(|pickle\.dump\(|write_text|write_bytes|SummaryWriter|FileHandler|save_pretrained|save_checkpoint|"
    r"\.dump\(|makedirs|mkdir|to_netcdf|imwrite"
)


@attrs.define
class TextEdit:
    """Replace ``old`` by ``new`` at 1-based ``line``, columns ``start``..``end`` (0-based, end exclusive)."""

    file: str
    line: int
    start: int
    end: int
    old: str
    new: str


@attrs.define
class Fix:
    kind: str
    title: str
    description: str  # completes "I'll fix it by …"
    changes: list[str]  # completes "This changes …": file:line items, created dirs, the command
    edits: list[TextEdit] = attrs.Factory(list)
    create_dirs: list[str] = attrs.Factory(list)
    command: list[str] | None = None  # run once when confirmed (e.g. pip install)
    new_command: str | None = None  # the launch command to restart with, when the fix is in the command
    because: str | None = None
    verify: list[str] | None = None  # run after ``command``: the fix counts as done only if this succeeds

    def sentence(self) -> str:
        return f"I'll fix it by {self.description}. This changes {', '.join(self.changes)}."


@attrs.define
class FixContext:
    """Where the error happened: the command's working directory, the command, the session folder."""

    cwd: Path
    command: str | None = None
    session_dir: Path | None = None
    python: str | None = None  # the session's interpreter, when its record names one
    env: dict[str, str] | None = None  # the session's environment variables (None: this process's)


@attrs.define
class NoFix:
    """A builder's answer when no fix is safe: why, said instead of a promise (never "I'll fix it")."""

    reason: str


def distance(a: str, b: str) -> int:
    """Edit distance with adjacent transpositions (Damerau-Levenshtein, optimal string alignment)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


def near_spelling(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by a slip of the keyboard: one or two edits, and at most one per five
    characters (``learnig_rate``/``learning_rate``, ``batchsize``/``batch_size``; not
    ``eval_steps``/``max_steps``, which is a different setting)."""
    if a == b or not a or not b:
        return False
    d = distance(a.lower(), b.lower())
    return d <= 2 and d <= max(1, min(len(a), len(b)) // 5)


# --- helpers ------------------------------------------------------------------------------------
def resolve(path: str, ctx: FixContext) -> Path:
    p = Path(os.path.expanduser(path))
    return p if p.is_absolute() else ctx.cwd / p


def source_path(path: str, ctx: FixContext) -> Path:
    """A source file named in a traceback; a log from another machine or container names it by a path
    that does not exist here, so its longest tail that exists under the project is used instead."""
    p = resolve(path, ctx)
    if p.exists():
        return p
    parts = Path(path).parts
    for i in range(1, len(parts)):
        candidate = ctx.cwd.joinpath(*parts[i:])
        if candidate.is_file():
            return candidate
    return p


def read_lines(path: Path) -> list[str] | None:
    """The file's lines, or None when it cannot be read as UTF-8 text.

    Kept by modification time and size: the fix builders look through the same project files for every error of a
    pasted log, and a file edited since is read again.
    """
    try:
        st = path.stat()
        if time.time() - st.st_mtime < 2:
            # (an edit within the clock's granularity can keep both mtime and size: a file this fresh is read, not
            # kept, as git's "racy" index entries are not trusted)
            return path.read_text(encoding="utf-8").splitlines()
        return list(_lines_as_of(path, st.st_mtime_ns, st.st_size))
    except (OSError, UnicodeDecodeError):
        return None


@functools.lru_cache(maxsize=256)
def _lines_as_of(path: Path, mtime_ns: int, size: int) -> tuple[str, ...]:
    """``path``'s lines as of that modification time and size (the key; a failed read is not kept)."""
    return tuple(path.read_text(encoding="utf-8").splitlines())


def user_files(triage: Triage, ctx: FixContext) -> list[Path]:
    """The user's source files named in the traceback's frames, deepest first."""
    files: list[Path] = []
    if triage.frame is not None:
        files.append(source_path(triage.frame.file, ctx))
    for entry in triage.details.get("user_frames", []):
        p = source_path(entry["file"], ctx)
        if p not in files:
            files.append(p)
    return [f for f in files if f.is_file()]


def config_files(ctx: FixContext) -> list[Path]:
    found: list[Path] = []
    if ctx.command:
        try:
            tokens = shlex.split(ctx.command)
        except ValueError:
            tokens = ctx.command.split()
        for tok in tokens:
            value = tok.split("=", 1)[-1]
            if value.endswith(CONFIG_SUFFIXES):
                p = resolve(value, ctx)
                if p.is_file() and p not in found:
                    found.append(p)
    for sub in CONFIG_DIRS:
        d = ctx.cwd / sub
        if not d.is_dir():
            continue
        for p in sorted(d.iterdir()):
            if (
                p.suffix in CONFIG_SUFFIXES
                and p not in found
                and not p.name.startswith(".")
                and _config_sized(p)
            ):
                found.append(p)
    return found[:50]


# a run's configuration is a few kilobytes; a JSON of this size beside it is data (COCO's annotations, a
# tokenizer's vocabulary) that the fix builders would read line by line for every error of a pasted log
CONFIG_MAX_BYTES = 1 << 20


def _config_sized(path: Path) -> bool:
    """A regular file small enough to be a configuration, not a data file kept in a config folder."""
    try:
        st = path.stat()
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_size <= CONFIG_MAX_BYTES


def find_literal(
    files: Iterable[Path], literal: str, prefer_line: tuple[Path, int] | None = None
) -> TextEdit | None:
    """The first occurrence of ``literal`` as a quoted string (or bare YAML value) in ``files``."""
    quoted = re.compile(r"(['\"])" + re.escape(literal) + r"\1")
    bare = re.compile(r"(?<![\w./-])" + re.escape(literal) + r"(?![\w./-])")
    ordered: list[tuple[Path, int, str]] = []
    for f in files:
        lines = read_lines(f)
        if lines is None:
            continue
        for idx, text in enumerate(lines, 1):
            ordered.append((f, idx, text))
    if prefer_line is not None:
        ordered.sort(key=lambda t: t[0] != prefer_line[0] or t[1] != prefer_line[1])
    for f, idx, text in ordered:
        m = quoted.search(text)
        if m:
            return TextEdit(str(f), idx, m.start() + 1, m.end() - 1, literal, literal)
        if f.suffix in CONFIG_SUFFIXES:
            m = bare.search(text)
            if m:
                return TextEdit(str(f), idx, m.start(), m.end(), literal, literal)
    return None


def where(edit: TextEdit, ctx: FixContext) -> str:
    try:
        shown = os.path.relpath(edit.file, ctx.cwd)
    except ValueError:
        shown = edit.file
    return f"{shown}:{edit.line}"
