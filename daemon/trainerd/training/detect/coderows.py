"""Rows read from the code itself: Python entry points found by content, shell scripts and Slurm
batch scripts (what the docs do not mention, or to back up what they do)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from trainerd.training.detect import configs as config_mod
from trainerd.training.detect import entries as entry_mod
from trainerd.training.detect import packaging, rank
from trainerd.training.detect.fs import depth as _depth
from trainerd.training.detect.fs import read_text as _read
from trainerd.training.detect.model import ConfigFile, DetectedCommand, EntryInfo

MAX_ENTRIES_READ = 400
MAX_SHELL_READ = 300
SHELL_EXTS = (".sh", ".slurm", ".sbatch", ".bash")
_INNER_SCRIPT = re.compile(r"^(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:bash|sh)\s+(?:-\S+\s+)*(\S+\.sh)\b")


def analyze_entries(root: Path, files: list[str], problems: list[str]) -> dict[str, EntryInfo]:
    """The files users might run, shallowest first, read and described. A name that repeats down the
    tree (``records/2024-*/train_gpt.py``: archived copies) is read in its three shallowest places."""
    found: dict[str, EntryInfo] = {}
    candidates = sorted((f for f in files if entry_mod.worth_reading(f)), key=lambda f: (_depth(f), f))
    seen_names: dict[str, int] = {}
    kept = []
    for rel in candidates:
        name = rel.rsplit("/", 1)[-1]
        seen_names[name] = seen_names.get(name, 0) + 1
        if seen_names[name] <= 3 or name in ("main.py", "__main__.py", "cli.py"):
            kept.append(rel)
    for rel in kept[:MAX_ENTRIES_READ]:
        text = _read(root, rel, problems)
        if text is None:
            continue
        name = rel.rsplit("/", 1)[-1]
        if not entry_mod.ENTRY_NAME.match(name) and not entry_mod.quick_check(text):
            continue
        found[rel] = entry_mod.analyze(rel, text)
    return found


def script_rows(root: Path, entries: dict[str, EntryInfo], configs: list[ConfigFile], mentioned: list[str],
                 tie: Callable[[str, str], None]) -> list[DetectedCommand]:  # fmt: skip
    rows = []
    for rel, info in entries.items():
        name = rel.rsplit("/", 1)[-1]
        named = bool(entry_mod.ENTRY_NAME.match(name))
        if info.is_library and not named:
            continue
        runnable = info.has_main_guard or info.top_level_code
        if not runnable and not named:
            continue
        groups: list[str] = []
        tied: list[str] = []
        if info.hydra_config_path is not None:
            cdir = config_mod.hydra_dir(rel, info.hydra_config_path)
            groups = config_mod.config_groups(configs, cdir)
            for cfg in configs:
                if not cfg.path.startswith(cdir + "/"):
                    continue
                inner = cfg.path[len(cdir) + 1 :]
                primary = (
                    bool(info.hydra_config_name)
                    and os.path.splitext(inner)[0] == os.path.splitext(info.hydra_config_name or "")[0]
                )
                if primary or "/" in inner:
                    tie(cfg.path, rel)
                if primary:
                    tied.append(cfg.path)
        if info.config_default and (root / info.config_default).is_file():
            default = os.path.normpath(info.config_default)
            tie(default, rel)
            tied.append(default)
        score = (8.0 if info.trains else 0.0) + (6 if info.cli else 0) + (4 if info.has_main_guard else 0)
        score += 8 if name == "train.py" else 6 if name.startswith("train") else 4 if "train" in name else 0
        score += 2 if name.startswith(("main", "run")) else 0
        score += 3 if any(m in entry_mod.DL_FRAMEWORKS for m in info.imports) else 0
        score -= 3 * _depth(rel) + (6 if rel.split("/", 1)[0] in ("examples", "example") else 0)
        mention = mention_rank(rel, mentioned)
        if mention is not None:
            score += 10 - 0.5 * min(mention, 10)
        kind = rank.word_intent(Path(rel).stem, Path(rel).parent.name)
        if kind is None:
            kind = "train" if info.trains and runnable else "other"
        if info.is_library:  # kept for its note only: running it does nothing
            kind, score = "other", -50.0
        score += rank.KIND_BASE[kind]
        if name == "__main__.py":
            module = rel[:-12].replace("/", ".").removeprefix("src.")
            command = f"python -m {module}"
        else:
            command = f"python {rel}"
        rows.append(
            DetectedCommand(
                command=command,
                source="script",
                origin=rel,
                notes=entry_mod.entry_notes(info, groups),
                configs=tied,
                entry=rel,
                score=score,
                cwd=str(root),
                kind=kind,
            )  # fmt: skip
        )
    return rows


def shell_rows(root: Path, files: list[str], problems: list[str], mentioned: list[str]
                ) -> tuple[list[DetectedCommand], dict[str, packaging.ShellScript]]:  # fmt: skip
    rows: list[DetectedCommand] = []
    runs: dict[str, packaging.ShellScript] = {}
    candidates = [f for f in files if f.endswith(SHELL_EXTS) and not f.startswith(("tests/", "test/"))]
    candidates.sort(key=lambda f: (_depth(f), f))
    for rel in candidates[:MAX_SHELL_READ]:
        text = _read(root, rel, problems)
        if text is None:
            continue
        script = packaging.read_shell(text)
        runs[rel] = script
        stem = Path(rel).stem
        run_words = []
        for _line, run in script.runs:
            entry = first_py(run)
            module = re.search(r"\s-m\s+([\w.]+)", run)  # `python -m venv …` says what the line does
            inner = _INNER_SCRIPT.match(run)  # `bash train.sh …`: the script it runs says what it does
            run_words.append(Path(entry).stem if entry else module.group(1) if module else
                             Path(inner.group(1)).stem if inner else "")  # fmt: skip
        kind = rank.word_intent(stem) or rank.word_intent(*run_words) or ("train" if script.runs else "other")
        shallow = _depth(rel) <= 1 or rel.split("/", 1)[0] in ("scripts", "bin", "tools")
        is_mentioned = any(m and (rel == m or rel.endswith("/" + m)) for m in mentioned)
        if not (script.sbatch_lines or (script.runs and (shallow or kind == "train")) or is_mentioned):
            continue
        notes = []
        if script.runs:
            first = script.runs[0][1]
            notes.append(f"runs `{first if len(first) <= 120 else first[:117] + '...'}`"
                         + (f" (+{len(script.runs) - 1} more)" if len(script.runs) > 1 else ""))  # fmt: skip
        score = (
            rank.KIND_BASE[kind]
            + (10 if kind == "train" else 0)
            - 3 * _depth(rel)
            + (8 if is_mentioned else 0)
        )
        entry = next((first_py(r) for _, r in script.runs if first_py(r)), None)
        # a script that runs `python x.py` where x.py sits next to it, not at the root, is run from its folder
        here = str(Path(rel).parent)
        at = root
        name = rel
        if (entry and here != "." and not (root / entry).is_file() and (root / here / entry).is_file()
                and not any(w == "cd" for _, r in script.runs for w in r.split()[:1])):  # fmt: skip
            at, name, entry = root / here, Path(rel).name, f"{here}/{entry}"
            notes.append(f"runs from {here}/ (the script's relative paths start there)")
        if script.sbatch_lines:
            rows.append(
                DetectedCommand(
                    command=f"sbatch {name}",
                    source="sbatch",
                    origin=rel,
                    notes=[packaging.sbatch_summary(script), *notes],
                    entry=entry,
                    score=score + 2,
                    cwd=str(at),
                    kind=kind,
                    backend="slurm",
                    resources=dict(script.sbatch),
                    script=rel,
                )  # fmt: skip
            )
            continue
        executable = os.access(root / rel, os.X_OK)
        rows.append(
            DetectedCommand(
                command=f"./{name}" if executable else f"bash {name}",
                source="shell",
                origin=rel,
                notes=notes + ([] if executable else ["not executable: run with bash"]),
                entry=entry,
                score=score,
                cwd=str(at),
                kind=kind,
            )  # fmt: skip
        )
    return rows, runs


def mention_rank(rel: str, mentioned: list[str]) -> int | None:
    """Where the README first names ``rel`` or its folder (the most specific mention wins)."""
    best: tuple[int, int] | None = None
    for index, mention in enumerate(mentioned):
        mention = mention.rstrip("/")
        if mention and (rel == mention or rel.startswith(mention + "/")):
            if best is None or len(mention) > best[1]:
                best = (index, len(mention))
    return best[0] if best else None


def first_py(run: str) -> str | None:
    for word in run.split():
        if word.endswith(".py") and not word.startswith("-") and "=" not in word:
            return word
    return None
