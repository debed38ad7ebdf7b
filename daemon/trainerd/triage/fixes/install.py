"""Fixes for a missing package: install the distribution that provides the import."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

from trainerd.project import interpreter, requirements
from trainerd.triage import packages
from trainerd.triage.classify import Triage
from trainerd.triage.fixes.base import (
    Fix,
    FixContext,
    NoFix,
    TextEdit,
    near_spelling,
    read_lines,
    source_path,
    where,
)
from trainerd.triage.rules import PROJECT_NAME_IMPORT, SHADOWED_IMPORT

# import name -> distribution name, where they differ (pip needs the distribution); every entry is a
# distribution a plain `pip install` from PyPI gets right
DISTRIBUTIONS = {
    "cv2": "opencv-python",
    "sklearn": "scikit-learn",
    "PIL": "Pillow",
    "yaml": "PyYAML",
    "skimage": "scikit-image",
    "bs4": "beautifulsoup4",
    "Crypto": "pycryptodome",
    "dateutil": "python-dateutil",
    "dotenv": "python-dotenv",
    "attr": "attrs",
    "jwt": "PyJWT",
    "serial": "pyserial",
    "google.protobuf": "protobuf",
    "git": "GitPython",
    "magic": "python-magic",
    "fitz": "PyMuPDF",
    "docx": "python-docx",
    "pptx": "python-pptx",
    "lightning": "lightning",
    "pytorch_lightning": "pytorch-lightning",
    "sentence_transformers": "sentence-transformers",
    "tensorboardX": "tensorboardX",
    "wandb": "wandb",
    "Levenshtein": "python-Levenshtein",
    "OpenGL": "PyOpenGL",
    "gi": "PyGObject",
    "zmq": "pyzmq",
    "usb": "pyusb",
    "mpl_toolkits": "matplotlib",
    "tree": "dm-tree",
    "absl": "absl-py",
    "jose": "python-jose",
    "Bio": "biopython",
    "faiss": "faiss-cpu",
    "llama_cpp": "llama-cpp-python",
    "fasttext": "fasttext-wheel",
    "MySQLdb": "mysqlclient",
    "psycopg2": "psycopg2-binary",
    "telegram": "python-telegram-bot",
    "rouge_score": "rouge-score",
    "huggingface_hub": "huggingface-hub",
    "hydra": "hydra-core",
}


# installed by name with a plain `pip install` from PyPI: the packages training scripts import most. Any other
# name is installed only when the project declares it (a name on PyPI may belong to another project:
# installing it would run a stranger's code)
WELL_KNOWN = packages.PLAIN_PIP | frozenset(DISTRIBUTIONS)


def _interpreter(ctx: FixContext) -> str:
    """The session's interpreter when its record names one, else the one the command runs, else the
    project's rule (venv, PATH)."""
    if ctx.python:
        return ctx.python
    named = interpreter.command_interpreter(ctx.command, ctx.cwd) if ctx.command else None
    return named or interpreter.resolve(ctx.cwd, command=ctx.command, cwd=ctx.cwd).path


def local_modules(triage: Triage, ctx: FixContext) -> dict[str, Path]:
    """Importable names this project defines itself: modules and packages in the working directory,
    its ``src/``, and the folders of the user's frames."""
    found: dict[str, Path] = {}
    folders = [ctx.cwd, ctx.cwd / "src"]
    folders += [source_path(f["file"], ctx).parent for f in triage.details.get("user_frames", [])]
    if triage.frame is not None:
        folders.append(source_path(triage.frame.file, ctx).parent)
    for folder in dict.fromkeys(folders):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries[:2000]:
            if entry.name.startswith((".", "_")) and entry.name != "__init__.py":
                continue
            if entry.suffix == ".py" and entry.is_file():
                found.setdefault(entry.stem, entry)
            elif entry.is_dir() and (entry / "__init__.py").is_file():
                found.setdefault(entry.name, entry)
    return found


def _import_edit(triage: Triage, ctx: FixContext, wrong: str, right: str) -> TextEdit | None:
    """The edit that renames module ``wrong`` to ``right`` in the import statement that failed."""
    pattern = re.compile(r"^\s*(?:from\s+|import\s+(?:[\w.]+\s*,\s*)*)(" + re.escape(wrong) + r")\b")
    frames = [(triage.frame.file, triage.frame.line)] if triage.frame else []
    frames += [(f["file"], f["line"]) for f in triage.details.get("user_frames", [])]
    for file, line in frames:
        path = source_path(file, ctx)
        lines = read_lines(path) or []
        if 0 < line <= len(lines):
            m = pattern.match(lines[line - 1])
            if m:
                return TextEdit(str(path), line, m.start(1), m.end(1), wrong, right)
    return None


def fix_pip(triage: Triage, ctx: FixContext) -> Fix | NoFix | None:
    shadowed = SHADOWED_IMPORT.compiled[0].search(triage.message)
    if shadowed:
        return NoFix(
            f"Python found {shadowed.group(1)!r} as a plain module (a file or folder of that name), not as the package "
            "the import means: a file of that name in the working directory or on sys.path shadows the package, or "
            "the dotted path is wrong - nothing is installed"
        )
    m = re.search(r"No module named '([\w.]+)'", triage.message)
    upgrade = False
    if m:
        module = m.group(1)
    else:
        m = re.search(r"cannot import name '\w+' from '([\w.]+)'( \(unknown location\))?", triage.message)
        if not m:
            return None
        module, upgrade = m.group(1), True
        if _fits_project_import(triage.message):
            where_ = re.search(r"\(([^)]*)\)\s*$", triage.message)
            return NoFix(
                f"{module!r} is a module of this project"
                + (f" ({where_.group(1)})" if where_ else "")
                + ", not an installed package, and it does not define the name: nothing is installed - look in "
                "that file for the name (a checkout with files of two revisions, or a compiled extension of the "
                "project never built)"
            )
        if m.group(2):
            return NoFix(
                f"Python found {module!r} only as a folder without __init__.py, not as an installed package: a "
                f"folder named {module.split('.')[0]!r} in the working directory or on sys.path shadows it, or its "
                "install or build is incomplete - no version change settles that, so nothing is installed"
            )
    top = module.split(".")[0]
    dist = DISTRIBUTIONS.get(module) or DISTRIBUTIONS.get(top) or top.replace("_", "-")
    local = local_modules(triage, ctx)
    if top in local and not upgrade:
        return NoFix(
            f"{top!r} is this project's own module ({os.path.relpath(local[top], ctx.cwd)}), not a package to "
            "install: Python does not find it because the command runs from another folder (run it from "
            "the project root, or add that folder to PYTHONPATH)"
        )
    close = sorted(n for n in local if near_spelling(top, n) or near_spelling(dist, n))
    if close and not upgrade:
        right = close[0]
        edit = _import_edit(triage, ctx, top, right)
        if edit is None:
            return NoFix(
                f"{top!r} is spelled like this project's module {right!r}; installing a distribution of that "
                "name could run a stranger's code (typosquatting), so trainerd will not — correct the import"
            )
        return Fix(
            "rename_import",
            f"Import {right} (this project's module)",
            f"correcting the import of {top!r} to {right!r}, the project's own module it is spelled like "
            "(installing a distribution with a name this close to a local module is how typosquatting works)",
            [where(edit, ctx)],
            edits=[edit],
            because=f"there is no module {top!r}; the project has {right!r}",
        )
    declared = requirements.find(requirements.project_root(ctx.cwd), dist, top)
    if top in packages.NOT_BY_NAME and not (declared and upgrade):
        return NoFix(f"{module!r} is not installed there, and {packages.NOT_BY_NAME[top]}")
    if upgrade and declared is not None and not declared.versioned:
        declared = None  # declared without a version: nothing says which version has the name
    if declared is None and (upgrade or top not in WELL_KNOWN):
        return NoFix(_undeclared(module, top, dist, upgrade))
    python = _interpreter(ctx)
    target = declared.spec if declared is not None else dist
    command = [python, "-m", "pip", "install"] + (["--upgrade"] if upgrade else []) + [target]
    what = "upgrading" if upgrade else "installing"
    note = f" (the distribution that provides `import {top}`)" if dist != top and declared is None else ""
    asked = f" as {declared.source} declares it" if declared is not None else ""
    return Fix(
        "pip_install",
        f"{'Upgrade' if upgrade else 'Install'} {target}",
        f"{what} {target}{note}{asked} with `{shlex.join(command)}`, the interpreter that runs the command, "
        f"and checking that `import {module}` then works there",
        [f"no source file (it installs a package into {python})"],
        command=command,
        verify=[python, "-c", f"import {module}"],
        because=(
            f"{module!r} is not installed in the interpreter that runs the command"
            if not upgrade
            else f"the installed {dist} does not provide that name; the project asks for {target}"
        ),
    )


def _undeclared(module: str, top: str, dist: str, upgrade: bool) -> str:
    if upgrade:
        return (
            f"the installed {top!r} lacks that name, and the project pins no version of it (requirements files, "
            "pyproject.toml, setup.cfg, setup.py, environment.yml): another version may or may not have it, and "
            "changing it can break what else uses it - check which version the code was written for"
        )
    return (
        f"{module!r} is not installed in the interpreter that runs the command, and the project does not declare "
        "a distribution for it (requirements files, pyproject.toml, setup.cfg, setup.py, environment.yml): "
        f"trainerd does not guess that the PyPI project {dist!r} is the one meant (a name there may belong to "
        "another project) - install what the project's README names"
    )


def _fits_project_import(message: str) -> bool:
    """The name is missing from a file of the project (the path the message gives is no installed package's)."""
    return bool(PROJECT_NAME_IMPORT.compiled[0].search(message)) and not PROJECT_NAME_IMPORT.vetoed(
        message, None
    )
