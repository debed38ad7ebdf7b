"""Fixes for a config key the code reads and the config spells differently."""

from __future__ import annotations

import difflib
import json
import os
import re
from pathlib import Path

from trainerd.triage.classify import Triage
from trainerd.triage.fixes.base import (
    Fix,
    FixContext,
    TextEdit,
    config_files,
    read_lines,
    source_path,
    where,
)

_SKIP_DIRS = {
    "node_modules",
    "__pycache__",
    "venv",
    "env",
    "site-packages",
    "build",
    "dist",
    "wandb",
    "outputs",
    "lightning_logs",
    "runs",
    "checkpoints",
    "data",
    "datasets",
}


def _config_keys(files: list[Path]) -> dict[str, Path]:
    """Every key (nested ones included) of the project's config files -> the file it is in."""
    keys: dict[str, Path] = {}

    def walk(value: object, path: Path) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                keys.setdefault(str(k), path)
                walk(v, path)
        elif isinstance(value, list):
            for v in value:
                walk(v, path)

    for f in files:
        try:
            text = f.read_text(encoding="utf-8")
            if f.suffix == ".json":
                data = json.loads(text)
            elif f.suffix == ".toml":
                import tomllib

                data = tomllib.loads(text)
            else:
                import yaml

                data = yaml.safe_load(text)
        except Exception:  # a config we cannot parse has no keys to offer
            continue
        walk(data, f)
    return keys


def _python_mentions(root: Path, word: str, skip: tuple[Path, int] | None) -> bool:
    pattern = re.compile(r"['\".]" + re.escape(word) + r"\b")
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d not in _SKIP_DIRS]
        for name in filenames:
            if not name.endswith(".py"):
                continue
            p = Path(dirpath) / name
            for idx, text in enumerate(read_lines(p) or [], 1):
                if skip and p == skip[0] and idx == skip[1]:
                    continue
                if pattern.search(text):
                    return True
    return False


def fix_config_key(triage: Triage, ctx: FixContext) -> Fix | None:
    m = re.search(
        r"^'([\w.-]+)'$|Key '([\w.-]+)' (?:is )?not in|has no attribute '(\w+)'|Missing key ([\w.-]+)",
        triage.message.strip(),
    )
    if not m or triage.frame is None:
        return None
    key = next(g for g in m.groups() if g)
    files = config_files(ctx)
    keys = _config_keys(files)
    best = difflib.get_close_matches(key, [k for k in keys if k != key], n=1, cutoff=0.7)
    if not best:
        return None
    real = best[0]
    source = source_path(triage.frame.file, ctx)
    lines = read_lines(source) or []
    line_no = triage.frame.line
    code = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    # which side has the typo: if other code reads the config's spelling, this line is wrong; otherwise
    # nothing reads the config's key, so the config file is the one misspelt
    config_side = not _python_mentions(ctx.cwd, real, (source, line_no))
    if config_side:
        cfg = keys[real]
        for idx, text in enumerate(read_lines(cfg) or [], 1):
            km = re.search(r"(^\s*|[{,]\s*)(['\"]?)" + re.escape(real) + r"\2(\s*[:=])", text)
            if km:
                start = km.start() + len(km.group(1)) + len(km.group(2))
                edit = TextEdit(str(cfg), idx, start, start + len(real), real, key)
                return Fix(
                    "config_key",
                    f"Rename config key {real!r} to {key!r}",
                    f"renaming the config key {real!r} to {key!r}, the name the code reads",
                    [where(edit, ctx)],
                    edits=[edit],
                    because=f"the code reads {key!r} but the config spells it {real!r}",
                )
        return None
    km = re.search(r"(['\"])" + re.escape(key) + r"\1|\." + re.escape(key) + r"\b", code)
    if not km:
        return None
    start = km.start() + 1
    edit = TextEdit(str(source), line_no, start, start + len(key), key, real)
    return Fix(
        "config_key",
        f"Use config key {real!r}",
        f"reading {real!r}, the key the config actually has, instead of the misspelt {key!r}",
        [where(edit, ctx)],
        edits=[edit],
        because=f"the config has no key {key!r}; it has {real!r}",
    )
