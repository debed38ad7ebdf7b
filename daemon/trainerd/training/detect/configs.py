"""Config files: the ones in ``configs/``, ``conf/``, ``config/`` folders, and Hydra's config groups."""

from __future__ import annotations

import os
import re
from pathlib import Path

from trainerd.training.detect.model import ConfigFile

CONFIG_DIRS = ("configs", "conf", "config")
CONFIG_EXTS = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".toml": "toml", ".py": "python"}
_GROUP_ORDER = ["trainer", "experiment", "model", "data"]
_HYDRA_INTERNAL_GROUPS = {
    "hydra",
    "paths",
    "extras",
    "local",
    "hparams_search",
    "debug",
    "callbacks",
    "logger",
}


def config_files(files: list[str]) -> list[ConfigFile]:
    """Files in a config folder at the root or one level down (``src/configs``, ``pkg/conf``)."""
    found = []
    for rel in files:
        parts = rel.split("/")
        if len(parts) < 2:
            continue
        ext = os.path.splitext(rel)[1].lower()
        if ext not in CONFIG_EXTS or parts[-1] == "__init__.py":
            continue
        if parts[0] in CONFIG_DIRS or (len(parts) > 2 and parts[1] in CONFIG_DIRS):
            found.append(ConfigFile(path=rel, format=CONFIG_EXTS[ext]))
    return found


def hydra_dir(entry: str, config_path: str) -> str:
    """The folder a Hydra app's ``config_path`` names, relative to the root."""
    base = os.path.dirname(entry)
    return os.path.normpath(os.path.join(base, config_path)).replace(os.sep, "/")


def config_groups(configs: list[ConfigFile], config_dir: str) -> list[str]:
    """Hydra override examples: ``group=option`` for each config group folder."""
    groups: dict[str, list[str]] = {}
    for cfg in configs:
        if not cfg.path.startswith(config_dir + "/") or cfg.format != "yaml":
            continue
        parts = cfg.path[len(config_dir) + 1 :].split("/")
        if len(parts) == 2 and parts[0] not in _HYDRA_INTERNAL_GROUPS:
            groups.setdefault(parts[0], []).append(os.path.splitext(parts[1])[0])
    order = sorted(
        groups, key=lambda g: (_GROUP_ORDER.index(g) if g in _GROUP_ORDER else len(_GROUP_ORDER), g)
    )
    examples = []
    for group in order:
        options = sorted(groups[group], key=lambda o: (o != "gpu", o == "default", o))
        examples.append(f"{group}={options[0]}")
    return examples


def hydra_choices(words: list[str], config_dir: str, root: Path) -> tuple[list[str], list[str]]:
    """(config files the overrides select, overrides naming an option their group does not have):
    ``experiment=example`` -> ``configs/experiment/example.yaml``; ``experiment=experiment_name.yaml``
    when there is no such file is an example value for the user to fill in."""
    chosen, unknown = [], []
    for word in words:
        match = re.fullmatch(r"\+?([A-Za-z_][\w/]*)=([\w./-]+)", word)
        if not match or not (root / config_dir / match.group(1)).is_dir():
            continue
        option = re.sub(r"\.ya?ml$", "", match.group(2))
        found = [f"{config_dir}/{match.group(1)}/{option}{ext}" for ext in (".yaml", ".yml")
                 if (root / config_dir / match.group(1) / f"{option}{ext}").is_file()]  # fmt: skip
        if found:
            chosen.append(found[0])
        elif "," not in option and "*" not in option:
            unknown.append(word)
    return chosen, unknown
