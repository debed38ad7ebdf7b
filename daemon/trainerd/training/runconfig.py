"""The effective configuration a training command will run with, as far as pre-flight needs it: where
it writes (output folder), how it logs (wandb, TensorBoard), which device it picks, whether it resumes.

Read without running anything, in the order the run applies them: the entry script's own defaults
(module-level ``name = value`` globals, ``add_argument(..., default=...)``), the Hydra primary config
and the config groups it selects, the config files the command passes (YAML, JSON, TOML, or a Python
file of assignments as nanoGPT's ``config/x.py``), then the command line's overrides (``--key=value``,
``--key value``, Hydra ``key=value``). Each value keeps where it came from, for the pre-flight line.
"""

from __future__ import annotations

import ast
import json
import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

import attrs

from trainerd.project.assignments import simple_assignment

# the settings pre-flight reads, by the names projects give them (the last dotted part is matched)
OUTPUT_KEYS = ("out_dir", "output_dir", "save_dir", "default_root_dir", "checkpoint_dir", "ckpt_dir",
               "output-dir", "out-dir", "save-dir", "checkpoint-dir", "dirpath", "job_dir", "log_dir", "logdir")  # fmt: skip
LOGGING_KEYS = ("wandb_log", "use_wandb", "wandb", "report_to", "logger", "log_with", "tensorboard", "wandb_mode",
                "track", "with_tracking", "report-to")  # fmt: skip
DEVICE_KEYS = ("device", "accelerator", "no_cuda", "use_cpu", "cpu", "gpus", "devices")
RESUME_KEYS = ("init_from", "resume", "resume_from_checkpoint", "ckpt_path", "resume_from", "load_checkpoint")
_WANTED = {k.replace("-", "_") for k in (*OUTPUT_KEYS, *LOGGING_KEYS, *DEVICE_KEYS, *RESUME_KEYS)}
_HYDRA_DIR = ("hydra.run.dir", "paths.output_dir")


@attrs.define
class Setting:
    value: str
    source: str  # "train.py", "config/x.py", "configs/trainer/gpu.yaml", "the command line"


@attrs.define
class EffectiveConfig:
    """The settings found (short key -> value and where), and the config files read."""

    settings: dict[str, Setting] = attrs.Factory(dict)
    files: list[str] = attrs.Factory(list)
    problems: list[str] = attrs.Factory(list)

    def first(self, keys: tuple[str, ...]) -> tuple[str, Setting] | None:
        """The first of ``keys`` that is set (in ``keys``' order)."""
        for key in keys:
            setting = self.settings.get(key.replace("-", "_"))
            if setting is not None:
                return key.replace("-", "_"), setting
        return None


def _short(key: str) -> str:
    return key.replace("-", "_").rsplit(".", 1)[-1]


def _put(config: EffectiveConfig, key: str, value: Any, source: str) -> None:
    if key in _HYDRA_DIR:
        config.settings["hydra_dir"] = Setting(str(value), source)
        return
    short = _short(key)
    if short in _WANTED and value is not None and not isinstance(value, dict | list):
        config.settings[short] = Setting(_text(value), source)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    return str(value)


def _walk(config: EffectiveConfig, data: Any, source: str, prefix: str = "") -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            name = f"{prefix}{key}"
            if isinstance(value, dict):
                _walk(config, value, source, name + ".")
            elif isinstance(value, list) and _short(str(key)) in ("report_to", "logger", "log_with"):
                _put(config, name, ",".join(str(v) for v in value) or "none", source)
            else:
                _put(config, name, value, source)


def _load_file(path: Path) -> Any:
    text = path.read_text(encoding="utf-8", errors="replace")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        import yaml

        return yaml.safe_load(text)
    if suffix == ".json":
        return json.loads(text)
    if suffix == ".toml":
        return tomllib.loads(text)
    if suffix == ".py":
        return python_assignments(text)
    return None


def python_assignments(source: str) -> dict[str, Any]:
    """Module-level ``name = <literal>`` assignments (nanoGPT's globals and its config files)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return {}
    found: dict[str, Any] = {}
    for node in tree.body:
        binding = simple_assignment(node)
        if binding is not None:
            try:
                found[binding[0]] = ast.literal_eval(binding[1])
            except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                continue
    return found


_ARG_DEFAULT = re.compile(
    r"add_argument\(\s*[\"'](?:-\w\s*[\"']\s*,\s*[\"'])?--([\w-]+)[\"'][^)]*?default\s*=\s*([\"'][^\"']*[\"']|True|False|None|[\d.]+)"
)


def entry_defaults(source: str) -> dict[str, Any]:
    """The entry script's own defaults: module-level literal globals, ``add_argument`` defaults."""
    found = python_assignments(source)
    for match in _ARG_DEFAULT.finditer(source):
        raw = match.group(2)
        found[match.group(1)] = raw.strip("\"'") if raw[:1] in "\"'" else raw
    return found


def _hydra_defaults(
    config: EffectiveConfig, entry: Path, source: str, root: Path, chosen: dict[str, str]
) -> Path | None:
    """The Hydra primary config and the group options its defaults list (or the command) picks."""
    match = re.search(r"main\(([^)]*config_(?:path|name)[^)]*)\)", source, re.DOTALL)
    if not match:
        return None
    path = re.search(r"config_path\s*=\s*[\"']([^\"']*)[\"']", match.group(1))
    name = re.search(r"config_name\s*=\s*[\"']([^\"']*)[\"']", match.group(1))
    if not path or not name:
        return None
    folder = (entry.parent / path.group(1)).resolve()
    primary = folder / (
        name.group(1) if name.group(1).endswith((".yaml", ".yml")) else f"{name.group(1)}.yaml"
    )
    data = _read(config, primary, root)
    if not isinstance(data, dict):
        return folder
    groups: dict[str, str] = {}
    for item in data.get("defaults") or []:
        if isinstance(item, dict):
            for group, option in item.items():
                if isinstance(group, str) and not group.startswith(("override", "_")):
                    groups[group] = "null" if option is None else str(option)
    groups.update(chosen)
    for group, option in groups.items():
        if group in ("logger", "trainer", "paths", "callbacks") or group in chosen:
            file = folder / group / f"{option}.yaml"
            group_data = _read(config, file, root)
            if group == "logger":
                where = _rel(file, root) if file.is_file() else f"{_rel(primary, root)} defaults"
                _put(config, "logger", "none" if option == "null" else option, where)
            if isinstance(group_data, dict):
                _walk(config, group_data, _rel(file, root), f"{group}.")
    _walk(config, {k: v for k, v in data.items() if k != "defaults"}, _rel(primary, root))
    return folder


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _read(config: EffectiveConfig, path: Path, root: Path) -> Any:
    if not path.is_file():
        return None
    try:
        data = _load_file(path)
    except Exception as exc:  # a config that does not parse: say so, keep going
        config.problems.append(f"{_rel(path, root)}: not readable as config ({exc.__class__.__name__})")
        return None
    config.files.append(_rel(path, root))
    return data


def effective(command: str, cwd: Path, entry: Path | None, root: Path | None = None) -> EffectiveConfig:
    """The settings ``command`` will run with (see the module docstring)."""
    root = root or cwd
    config = EffectiveConfig()
    try:
        words = shlex.split(command)
    except ValueError:
        return config
    source = ""
    if entry is not None and entry.is_file():
        try:
            source = entry.read_text(encoding="utf-8", errors="replace")
        except OSError:
            source = ""
        _walk(config, entry_defaults(source), entry.name)
    hydra_groups: dict[str, str] = {}
    overrides: list[tuple[str, str]] = []
    files: list[Path] = []
    after_entry = entry is None
    for index, word in enumerate(words):
        if entry is not None and word.endswith(".py") and (cwd / word).resolve() == entry.resolve():
            after_entry = True
            continue
        if not after_entry:
            if word in ("--config_file", "--config-file") and index + 1 < len(words):
                files.append(cwd / words[index + 1])  # the launcher's own config (accelerate)
            continue
        if word.startswith("--") and "=" in word:
            key, value = word[2:].split("=", 1)
            overrides.append((key, value))
        elif word.startswith("--"):
            nxt = words[index + 1] if index + 1 < len(words) else ""
            if (
                nxt
                and not nxt.startswith("-")
                and re.search(r"\.(ya?ml|json|toml|py)$", nxt)
                and "config" in word
            ):
                files.append(cwd / nxt)
            elif nxt and not nxt.startswith("-"):
                overrides.append((word[2:], nxt))
            else:
                overrides.append((word[2:], "True"))
        elif re.fullmatch(r"\+{0,2}[\w.]+=\S*", word):
            key, value = word.lstrip("+").split("=", 1)
            if "." not in key and source and "hydra" in source:
                hydra_groups[key] = value  # a config group choice: its file's settings apply
            else:
                overrides.append((key, value))
        elif re.search(r"\.(ya?ml|json|toml|py)$", word):
            files.append(cwd / word)
    if source and "hydra" in source and entry is not None:
        folder = _hydra_defaults(config, entry, source, root, hydra_groups)
        # key=value that names no config group is a plain override (seed=1, ckpt_path=x)
        overrides += [(k, v) for k, v in hydra_groups.items() if folder is None or not (folder / k).is_dir()]
    else:
        overrides += list(hydra_groups.items())
    for path in files:
        data = _read(config, path, root)
        if data is not None:
            _walk(config, data, _rel(path, root))
    for key, value in overrides:
        _put(config, key, value, "the command line")
    return config
