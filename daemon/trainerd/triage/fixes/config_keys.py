"""Fixes for a config key the code reads and the config spells differently."""

from __future__ import annotations

import ast
import json
import os
import re
import shlex
from pathlib import Path

from trainerd.triage.classify import Triage
from trainerd.triage.fixes.base import (
    Fix,
    FixContext,
    NoFix,
    TextEdit,
    config_files,
    near_spelling,
    read_lines,
    resolve,
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


def _entry_script(ctx: FixContext) -> Path | None:
    """The Python file the launch command runs (``python train.py …``, ``torchrun … train.py``)."""
    if not ctx.command:
        return None
    try:
        words = shlex.split(ctx.command)
    except ValueError:
        return None
    for word in words:
        if word.endswith(".py"):
            path = resolve(word, ctx)
            if path.is_file():
                return path
    return None


def _script_settings(script: Path | None) -> set[str]:
    """Module-level names a nanoGPT-style script lets ``--key=value`` override (its simple assignments)."""
    if script is None:
        return set()
    try:
        tree = ast.parse(script.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError):
        return set()
    names: set[str] = set()
    for node in tree.body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        for t in targets:
            if isinstance(t, ast.Name) and not t.id.startswith("_"):
                names.add(t.id)
    return names


def _command_key(ctx: FixContext, key: str) -> re.Match[str] | None:
    """Where the launch command sets ``key``: ``--key=v``/``--key v`` or a Hydra override ``a.key=v``."""
    if not ctx.command:
        return None
    return re.search(
        r"(?:(?<=\s)--|(?<=\s)[+~]{0,2}(?:[\w-]+\.)*)(" + re.escape(key) + r")(?==|\s)", ctx.command
    )


def fix_config_key(triage: Triage, ctx: FixContext) -> Fix | NoFix | None:
    m = re.search(
        r"^'([\w.-]+)'$|Key '([\w.-]+)' (?:is )?not in|has no attribute '(\w+)'|Missing key ([\w.-]+)|"
        r"Unknown config key: ([\w.-]+)",
        triage.message.strip(),
    )
    if not m:
        return None
    key = next(g for g in m.groups() if g).rsplit(".", 1)[-1]
    if triage.frame is not None and re.search(r"\benviron\b|getenv", triage.frame.code or ""):
        # the key is an environment variable's name: no config file or command line holds it
        return NoFix(
            f"the run reads {key!r} from its environment: export it before the command (export {key}=...)"
        )
    files = config_files(ctx)
    keys = _config_keys(files)
    # the wrong key may be on the command line: correct the command, never the code
    on_command = _command_key(ctx, key)
    if on_command:
        known = set(keys) | _script_settings(_entry_script(ctx))
        close = sorted(k for k in known if near_spelling(key, k))
        if len(close) != 1:
            return NoFix(
                f"the command sets {key!r}, which the run does not know"
                + (f"; it is spelled like several settings ({', '.join(close)})" if close else "")
                + "; correct it in the command"
            )
        real = close[0]
        assert ctx.command is not None
        new = ctx.command[: on_command.start(1)] + real + ctx.command[on_command.end(1) :]
        return Fix(
            "command_key",
            f"Set {real} instead of {key} in the command",
            f"restarting with {real!r}, the setting the run knows, where the command misspells it {key!r}",
            [f"the launch command only (restart with: {new})"],
            new_command=new,
            because=f"the command sets {key!r}; the run's setting is spelled {real!r}",
        )
    if triage.frame is None:
        return None
    close = sorted(k for k in keys if near_spelling(key, k))
    if not close:
        return NoFix(
            f"no config key is spelled like {key!r}; reading a different key instead would change what the "
            "run does, so add the key to the config (or correct the code) yourself"
        )
    real = close[0]
    source = source_path(triage.frame.file, ctx)
    line_no = triage.frame.line
    # which side has the typo: if other code reads the config's spelling, the code line is wrong (and
    # trainerd does not rewrite training code to read another key); otherwise the config is misspelt
    if _python_mentions(ctx.cwd, real, (source, line_no)):
        return NoFix(
            f"the code at {os.path.relpath(source, ctx.cwd)}:{line_no} reads {key!r} while the rest of the code "
            f"and the config use {real!r}: a misspelling in the training code, which trainerd does not edit "
            "for a config key -- correct that line"
        )
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
