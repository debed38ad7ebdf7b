"""Fixes for a missing package: install the distribution that provides the import."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from trainerd.triage.classify import Triage
from trainerd.triage.fixes.base import Fix, FixContext

# import name -> distribution name, where they differ (pip needs the distribution)
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
    "flash_attn": "flash-attn",
    "apex": "apex",
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
}


def _interpreter(ctx: FixContext) -> str:
    if ctx.python:
        return ctx.python
    if ctx.command:
        try:
            first = shlex.split(ctx.command)[0]
        except (ValueError, IndexError):
            first = ""
        if re.search(r"(?:^|/)python[\d.]*$", first):
            return first
        launcher = Path(first)
        if launcher.is_absolute() and (launcher.parent / "python").exists():
            return str(launcher.parent / "python")
    return "python3"


def fix_pip(triage: Triage, ctx: FixContext) -> Fix | None:
    m = re.search(r"No module named '([\w.]+)'", triage.message)
    upgrade = False
    if m:
        module = m.group(1)
    else:
        m = re.search(r"cannot import name '\w+' from '([\w.]+)'", triage.message)
        if not m:
            return None
        module, upgrade = m.group(1), True
    top = module.split(".")[0]
    dist = DISTRIBUTIONS.get(module) or DISTRIBUTIONS.get(top) or top.replace("_", "-")
    python = _interpreter(ctx)
    command = [python, "-m", "pip", "install"] + (["--upgrade"] if upgrade else []) + [dist]
    what = "upgrading" if upgrade else "installing"
    note = f" (the distribution that provides `import {top}`)" if dist != top else ""
    return Fix(
        "pip_install",
        f"{'Upgrade' if upgrade else 'Install'} {dist}",
        f"{what} {dist}{note} with `{shlex.join(command)}`",
        ["no source file (it installs a package into the interpreter that runs the command)"],
        command=command,
        because=(
            f"{module!r} is not installed in the interpreter that runs the command"
            if not upgrade
            else f"the installed {dist} is too old (or too new) to provide that name"
        ),
    )
