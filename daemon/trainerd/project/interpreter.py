"""Which Python runs the user's code — one rule for the worker, the research runner, detection,
fixes and triage: the setting, then the project's virtualenv, then the interpreter the command names,
then ``python3`` on PATH."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sys
from pathlib import Path

import attrs

VENV_DIRNAMES = (".venv", "venv", "env")
_PYTHON = re.compile(r"(?:^|/)python(?:\d+(?:\.\d+)*)?$")
_ENV_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
# launchers that are console scripts of a Python environment: their interpreter sits beside them
_LAUNCHERS = {"torchrun", "accelerate", "deepspeed", "lightning", "pytest"}
_PREFIX_WORDS = {"nohup", "exec", "time", "nice", "env", "stdbuf"}


@attrs.define(frozen=True)
class Interpreter:
    """An interpreter and why it was chosen: ``setting``, ``project venv``, ``command``, ``PATH``,
    ``trainerd`` (the one trainerd itself runs on, when nothing else is found)."""

    path: str
    source: str


def project_venv(root: Path) -> Path | None:
    """``<root>/.venv/bin/python`` (or ``venv``/``env``) when it is a virtualenv's interpreter."""
    for name in VENV_DIRNAMES:
        folder = root / name
        candidate = folder / "bin" / "python"
        if (folder / "pyvenv.cfg").is_file() and candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def command_interpreter(command: str, cwd: Path | None = None, path: str | None = None) -> str | None:
    """The interpreter a shell command runs: ``python3 x.py``, ``.venv/bin/python -m m``,
    ``CUDA_VISIBLE_DEVICES=0 torchrun …`` (the Python beside the launcher). ``None`` when the command
    names none (``bash run.sh``, ``make train``). ``path``: the ``PATH`` the command will run with
    (default: this process's)."""
    try:
        words = shlex.split(command)
    except ValueError:
        return None
    while words and (_ENV_ASSIGNMENT.match(words[0]) or words[0] in _PREFIX_WORDS):
        words.pop(0)
    if len(words) >= 2 and words[0] == "uv" and words[1] == "run":
        words = words[2:]
    if not words:
        return None
    first = words[0]
    if _PYTHON.search(first):
        return _locate(first, cwd, path)
    if Path(first).name in _LAUNCHERS:
        launcher = _locate(first, cwd, path)
        if launcher:
            sibling = Path(launcher).parent / "python"
            if sibling.is_file():
                return str(sibling)
    return None


def _locate(word: str, cwd: Path | None, search: str | None = None) -> str | None:
    if "/" in word:
        path = Path(os.path.expanduser(word))
        if not path.is_absolute() and cwd is not None:
            path = cwd / path
        return str(path) if path.is_file() else None
    return shutil.which(word, path=search)


def resolve(
    root: Path | None,
    setting: str | None = None,
    command: str | None = None,
    cwd: Path | None = None,
    use_path: bool = True,
) -> Interpreter:
    """The interpreter for ``root``'s code: ``setting`` → the project's virtualenv → the command's
    interpreter → ``python3`` on PATH (unless ``use_path`` is false) → trainerd's own."""
    if setting:
        expanded = os.path.expandvars(os.path.expanduser(setting))
        if root is not None and not os.path.isabs(expanded) and "/" in expanded:
            expanded = str(root / expanded)
        return Interpreter(expanded, "setting")
    if root is not None:
        venv = project_venv(root)
        if venv is not None:
            return Interpreter(str(venv), "project venv")
    if command:
        named = command_interpreter(command, cwd or root)
        if named:
            return Interpreter(named, "command")
    if use_path:
        found = shutil.which("python3") or shutil.which("python")
        if found:
            return Interpreter(found, "PATH")
    return Interpreter(sys.executable, "trainerd")
