"""A project's own launchers: console scripts (``[project.scripts]``, Poetry, ``setup.py``/``setup.cfg``
entry points), Makefile targets, shell scripts and Slurm batch scripts (``#SBATCH`` requests)."""

from __future__ import annotations

import ast
import configparser
import re
import tomllib
from pathlib import Path

import attrs

_TRAINISH = re.compile(r"train|finetune|fine_tune|pretrain|\bfit\b|sft|dpo|ppo|grpo|speedrun", re.IGNORECASE)
_RUN_LINE = re.compile(
    r"^\s*(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:srun\s+(?:-\S+\s+)*)?"
    r"(python3?(?:\.\d+)?|torchrun|accelerate\s+launch|deepspeed|composer|mpirun|mpiexec|srun|"
    r"\$\{?PYTHON\}?|\S+/python3?)\s"
    # another of the project's scripts (an example that runs `bash train.sh …`, then `bash test.sh …`)
    r"|^\s*(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:bash|sh)\s+(?:-\S+\s+)*[\w./${}-]+\.sh(?:\s|$)"
)


def console_scripts(root: Path, problems: list[str]) -> list[tuple[str, str, str]]:
    """(name, target, origin) from [project.scripts], poetry scripts, setup.py and setup.cfg."""
    found: list[tuple[str, str, str]] = []
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            for name, target in (data.get("project", {}).get("scripts", {}) or {}).items():
                found.append((name, str(target), "pyproject.toml [project.scripts]"))
            poetry = data.get("tool", {}).get("poetry", {}).get("scripts", {}) or {}
            for name, target in poetry.items():
                found.append((name, str(target), "pyproject.toml [tool.poetry.scripts]"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            problems.append(f"pyproject.toml: unreadable ({exc})")
    setup_cfg = root / "setup.cfg"
    if setup_cfg.is_file():
        parser = configparser.ConfigParser()
        try:
            parser.read_string(setup_cfg.read_text(encoding="utf-8"))
            raw = parser.get("options.entry_points", "console_scripts", fallback="")
            for line in raw.splitlines():
                if "=" in line:
                    name, target = (p.strip() for p in line.split("=", 1))
                    found.append((name, target, "setup.cfg [options.entry_points]"))
        except (OSError, UnicodeDecodeError, configparser.Error) as exc:
            problems.append(f"setup.cfg: unreadable ({exc})")
    setup_py = root / "setup.py"
    if setup_py.is_file():
        try:
            text = setup_py.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            problems.append(f"setup.py: unreadable ({exc.strerror})")
        else:
            for name, target in setup_py_scripts(text):
                found.append((name, target, "setup.py console_scripts"))
    seen: set[str] = set()
    return [row for row in found if not (row[0] in seen or seen.add(row[0]))]  # type: ignore[func-returns-value]


def setup_py_scripts(text: str) -> list[tuple[str, str]]:
    """Console scripts a ``setup.py`` declares (``entry_points={"console_scripts": [...]}`` or
    ``entry_points=dict(console_scripts=[...])``)."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return []
    values: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            values += [v for k, v in zip(node.keys, node.values, strict=False)
                       if isinstance(k, ast.Constant) and k.value == "console_scripts"]  # fmt: skip
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "dict":
            values += [k.value for k in node.keywords if k.arg == "console_scripts"]
    out = []
    for value in values:
        try:
            items = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            continue
        for item in [items] if isinstance(items, str) else items:
            if isinstance(item, str) and "=" in item:
                name, target = (p.strip() for p in item.split("=", 1))
                out.append((name, target))
    return out


def module_file(root: Path, target: str) -> str | None:
    """The file of a console script's ``pkg.mod:fn`` target, relative to ``root`` (flat or src layout)."""
    module = target.split(":", 1)[0].strip()
    parts = module.split(".")
    for base in ("", "src/"):
        for candidate in (f"{base}{'/'.join(parts)}.py", f"{base}{'/'.join(parts)}/__init__.py"):
            if (root / candidate).is_file():
                return candidate
    return None


def makefile_targets(text: str) -> list[tuple[str, list[str], int]]:
    """(target, recipe lines, line number) of each explicit Makefile rule."""
    targets = []
    current: tuple[str, list[str], int] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("\t"):
            if current is not None and line.strip():
                current[1].append(line.strip().lstrip("@-").strip())
            continue
        current = None
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9_.\-/]*)\s*:(?![=:])", line)
        if match and not match.group(1).startswith("."):
            rest = line[match.end() :]
            recipe = [rest.split(";", 1)[1].strip()] if ";" in rest else []
            current = (match.group(1), recipe, number)
            targets.append(current)
    return targets


def makefile_defines(text: str) -> set[str] | None:
    """Every target a Makefile names in a rule, or None when it cannot tell (an ``include``, a pattern
    rule, a target built from a variable): what ``make X`` may be asked for."""
    names: set[str] = set()
    for line in text.splitlines():
        if line.startswith("\t") or line.lstrip().startswith("#"):
            continue
        if re.match(r"^\s*-?s?include\s", line):
            return None
        match = re.match(r"^([^:=#\t][^:=#]*?)\s*::?(?!=)", line)
        if not match:
            continue
        for name in match.group(1).split():
            if "%" in name or "$" in name:
                return None
            names.add(name)
    return names


def makefile_relevant(target: str, recipe: list[str]) -> bool:
    """A target that trains (by its name, or a recipe running a training entry)."""
    if _TRAINISH.search(target):
        return True
    joined = " ".join(recipe)
    return bool(re.search(r"\b(python3?|torchrun|accelerate|deepspeed)\b", joined)) and bool(
        _TRAINISH.search(joined) or re.search(r"\brun\b", target)
    )


@attrs.define
class ShellScript:
    """What a shell script runs, and the Slurm resources it asks for when it is a batch script."""

    runs: list[tuple[int, str]] = attrs.Factory(list)  # (line, command) of its Python/launcher lines
    sbatch: dict[str, str] = attrs.Factory(dict)  # resource -> value as sbatch reads them (#SBATCH lines)
    sbatch_summary: str = ""  # "2 nodes, 8 GPUs/node, partition gpu, time 24:00:00"
    sbatch_lines: int = 0  # directives sbatch reads
    sbatch_problems: list[str] = attrs.Factory(list)  # late directives, placeholders to fill in


def read_shell(text: str) -> ShellScript:
    """The launcher lines (continuations joined) and the ``#SBATCH`` requests of a shell script (read
    by :func:`trainerd.training.slurm.parse_directives`, as sbatch reads them)."""
    script = ShellScript()
    if "#SBATCH" in text:
        slurm_script(script, text)
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        number = i + 1
        i += 1
        if line.lstrip().startswith("#") or not _RUN_LINE.match(line):
            continue
        text_line = line.strip()
        while text_line.endswith("\\") and i < len(lines):
            text_line = text_line[:-1].rstrip() + " " + lines[i].strip()
            i += 1
        script.runs.append((number, " ".join(text_line.split())))
    return script


def slurm_script(script: ShellScript, text: str) -> None:
    """Fill ``script``'s Slurm part from ``text``'s directives."""
    from trainerd.training.slurm import parse_directives

    parsed = parse_directives(text)
    if parsed is None or not parsed.directives:
        return
    script.sbatch = {k: str(v) for k, v in attrs.asdict(parsed.resources).items() if v is not None}
    script.sbatch_summary = parsed.summary
    script.sbatch_lines = len(parsed.directives)
    script.sbatch_problems = list(parsed.problems)


def sbatch_summary(script: ShellScript) -> str:
    """``Slurm batch job: 2 nodes, 8 GPUs/node, partition gpu, time 24:00:00``."""
    return "Slurm batch job" + (f": {script.sbatch_summary}" if script.sbatch_summary else "")
