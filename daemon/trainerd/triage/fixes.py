"""Minimal, confirmable fixes for runtime bugs, and their record in ``fixes.json``.

Each builder looks at one classified error and the project it came from and returns a :class:`Fix`
(text edits, directories to create, a command to run, or a changed launch command) or ``None`` when
no mechanical fix keeps the experiment the same. Nothing is applied until :func:`apply_fix` is called
(the user confirmed). ``fixes.json`` in the session folder records every applied fix with the error
signature; the same signature after two fixes stops the fixing: :func:`propose` then returns a
"reassess" note with the history instead of a third fix.
"""

from __future__ import annotations

import ast
import difflib
import json
import os
import re
import shlex
import subprocess
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import attrs

from trainerd.errors import TrainerError
from trainerd.triage.classify import Triage

FIXES_FILE = "fixes.json"
MAX_FIXES_PER_SIGNATURE = 2

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
CONFIG_SUFFIXES = (".yaml", ".yml", ".json", ".toml")
_NEVER_DATA = {
    "node_modules",
    "__pycache__",
    "venv",
    "site-packages",
}  # never where a data file is meant to be
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
CONFIG_DIRS = ("configs", "conf", "config", ".")
_WRITE_CALL = re.compile(
    r"open\([^)]*,\s*(?:mode\s*=\s*)?['\"][wax]|\.save\(|savefig|\.to_csv|\.to_json|\.to_parquet|np\.save|"
    r"json\.dump\(|pickle\.dump\(|write_text|write_bytes|SummaryWriter|FileHandler|save_pretrained|save_checkpoint|"
    r"\.dump\(|makedirs|mkdir|to_netcdf|imwrite"
)
_BATCH_KEYS = ("per_device_train_batch_size", "train_batch_size", "batch_size", "micro_batch_size", "bs")
_ACCUM_KEYS = (
    "gradient_accumulation_steps",
    "accumulate_grad_batches",
    "grad_accum_steps",
    "grad_accum",
    "accum_steps",
    "accumulation_steps",
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

    def sentence(self) -> str:
        return f"I'll fix it by {self.description}. This changes {', '.join(self.changes)}."


@attrs.define
class FixContext:
    """Where the error happened: the command's working directory, the command, the session folder."""

    cwd: Path
    command: str | None = None
    session_dir: Path | None = None
    python: str | None = None


# --- helpers ------------------------------------------------------------------------------------
def _resolve(path: str, ctx: FixContext) -> Path:
    p = Path(os.path.expanduser(path))
    return p if p.is_absolute() else ctx.cwd / p


def source_path(path: str, ctx: FixContext) -> Path:
    """A source file named in a traceback; a log from another machine or container names it by a path
    that does not exist here, so its longest tail that exists under the project is used instead."""
    p = _resolve(path, ctx)
    if p.exists():
        return p
    parts = Path(path).parts
    for i in range(1, len(parts)):
        candidate = ctx.cwd.joinpath(*parts[i:])
        if candidate.is_file():
            return candidate
    return p


def _read_lines(path: Path) -> list[str] | None:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None


def _user_files(triage: Triage, ctx: FixContext) -> list[Path]:
    """The user's source files named in the traceback's frames, deepest first."""
    files: list[Path] = []
    if triage.frame is not None:
        files.append(source_path(triage.frame.file, ctx))
    for entry in triage.details.get("user_frames", []):
        p = source_path(entry["file"], ctx)
        if p not in files:
            files.append(p)
    return [f for f in files if f.is_file()]


def _config_files(ctx: FixContext) -> list[Path]:
    found: list[Path] = []
    if ctx.command:
        try:
            tokens = shlex.split(ctx.command)
        except ValueError:
            tokens = ctx.command.split()
        for tok in tokens:
            value = tok.split("=", 1)[-1]
            if value.endswith(CONFIG_SUFFIXES):
                p = _resolve(value, ctx)
                if p.is_file() and p not in found:
                    found.append(p)
    for sub in CONFIG_DIRS:
        d = ctx.cwd / sub
        if not d.is_dir():
            continue
        for p in sorted(d.iterdir()):
            if p.suffix in CONFIG_SUFFIXES and p.is_file() and p not in found and not p.name.startswith("."):
                found.append(p)
    return found[:50]


def _find_literal(
    files: Iterable[Path], literal: str, prefer_line: tuple[Path, int] | None = None
) -> TextEdit | None:
    """The first occurrence of ``literal`` as a quoted string (or bare YAML value) in ``files``."""
    quoted = re.compile(r"(['\"])" + re.escape(literal) + r"\1")
    bare = re.compile(r"(?<![\w./-])" + re.escape(literal) + r"(?![\w./-])")
    ordered: list[tuple[Path, int, str]] = []
    for f in files:
        lines = _read_lines(f)
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


def _where(edit: TextEdit, ctx: FixContext) -> str:
    try:
        shown = os.path.relpath(edit.file, ctx.cwd)
    except ValueError:
        shown = edit.file
    return f"{shown}:{edit.line}"


# --- builders -----------------------------------------------------------------------------------
def _missing_path(message: str) -> str | None:
    for pattern in (
        r"No such file or directory: ['\"](.+?)['\"]",
        r"\[Errno 2\][^'\"]*['\"](.+?)['\"]",
        r"(?:path|file|directory|checkpoint)\s+['\"]?([^'\"\s]+)['\"]?\s+does not exist",
        r"['\"]([^'\"]+)['\"] does not exist",
        r"Can't load .*?['\"]([^'\"]+)['\"]",
        r"Unable to open file.*?name = ['\"]([^'\"]+)['\"]",
        r"^(\S+) not found\.?$",
    ):
        m = re.search(pattern, message)
        if m:
            return m.group(1)
    return None


def _closest_file(missing: Path, ctx: FixContext) -> Path | None:
    """The existing file whose path is most like ``missing`` (same folder first, then the project)."""
    parent = missing.parent
    if parent.is_dir():
        names = [p.name for p in parent.iterdir() if not p.name.startswith(".")]
        best = difflib.get_close_matches(missing.name, names, n=1, cutoff=0.6)
        if best:
            return parent / best[0]
    root = ctx.cwd
    try:
        target = str(missing.relative_to(root))
    except ValueError:
        return None
    candidates: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d not in _NEVER_DATA]
        if dirpath.count(os.sep) - str(root).count(os.sep) > 4:
            dirnames[:] = []
        for name in filenames:
            candidates.append(os.path.relpath(os.path.join(dirpath, name), root))
        if len(candidates) > 5000:
            break
    best = difflib.get_close_matches(target, candidates, n=1, cutoff=0.6)
    return root / best[0] if best else None


def _fix_path(triage: Triage, ctx: FixContext) -> Fix | None:
    missing_text = _missing_path(triage.message)
    if not missing_text:
        return None
    missing = _resolve(missing_text, ctx)
    code_lines = [triage.frame.code or ""] if triage.frame else []
    code_lines += [f.get("code") or "" for f in triage.details.get("user_frames", [])]
    writes = any(_WRITE_CALL.search(c) for c in code_lines)
    if writes:
        directory = missing.parent
        if directory.exists():
            return None
        shown = (
            os.path.relpath(directory, ctx.cwd) if str(directory).startswith(str(ctx.cwd)) else str(directory)
        )
        return Fix(
            "create_dir",
            f"Create the missing directory {shown}/",
            f"creating the missing output directory {shown}/ that the script writes into",
            [f"no source file (it creates {shown}/)"],
            create_dirs=[str(directory)],
            because=f"the directory {shown}/ does not exist, so the file inside it cannot be created",
        )
    closest = _closest_file(missing, ctx)
    if closest is None:
        return None
    if Path(missing_text).is_absolute():
        replacement = str(closest)
    else:
        replacement = os.path.relpath(closest, ctx.cwd)
    prefer = (source_path(triage.frame.file, ctx), triage.frame.line) if triage.frame else None
    edit = _find_literal(_user_files(triage, ctx) + _config_files(ctx), missing_text, prefer)
    if edit is None:
        return None
    edit.new = replacement
    return Fix(
        "closest_path",
        f"Use {replacement} (the file that exists)",
        f"pointing the path {missing_text!r} at {replacement!r}, the closest file that exists",
        [_where(edit, ctx)],
        edits=[edit],
        because=f"{missing_text} does not exist; {replacement} does and is the closest match",
    )


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
            for idx, text in enumerate(_read_lines(p) or [], 1):
                if skip and p == skip[0] and idx == skip[1]:
                    continue
                if pattern.search(text):
                    return True
    return False


def _fix_config_key(triage: Triage, ctx: FixContext) -> Fix | None:
    m = re.search(
        r"^'([\w.-]+)'$|Key '([\w.-]+)' (?:is )?not in|has no attribute '(\w+)'|Missing key ([\w.-]+)",
        triage.message.strip(),
    )
    if not m or triage.frame is None:
        return None
    key = next(g for g in m.groups() if g)
    files = _config_files(ctx)
    keys = _config_keys(files)
    best = difflib.get_close_matches(key, [k for k in keys if k != key], n=1, cutoff=0.7)
    if not best:
        return None
    real = best[0]
    source = source_path(triage.frame.file, ctx)
    lines = _read_lines(source) or []
    line_no = triage.frame.line
    code = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    # which side has the typo: if other code reads the config's spelling, this line is wrong; otherwise
    # nothing reads the config's key, so the config file is the one misspelt
    config_side = not _python_mentions(ctx.cwd, real, (source, line_no))
    if config_side:
        cfg = keys[real]
        for idx, text in enumerate(_read_lines(cfg) or [], 1):
            km = re.search(r"(^\s*|[{,]\s*)(['\"]?)" + re.escape(real) + r"\2(\s*[:=])", text)
            if km:
                start = km.start() + len(km.group(1)) + len(km.group(2))
                edit = TextEdit(str(cfg), idx, start, start + len(real), real, key)
                return Fix(
                    "config_key",
                    f"Rename config key {real!r} to {key!r}",
                    f"renaming the config key {real!r} to {key!r}, the name the code reads",
                    [_where(edit, ctx)],
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
        [_where(edit, ctx)],
        edits=[edit],
        because=f"the config has no key {key!r}; it has {real!r}",
    )


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


def _fix_pip(triage: Triage, ctx: FixContext) -> Fix | None:
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


def _fix_to_device(triage: Triage, ctx: FixContext) -> Fix | None:
    if triage.frame is None:
        return None
    source = source_path(triage.frame.file, ctx)
    lines = _read_lines(source)
    if not lines or not 0 < triage.frame.line <= len(lines):
        return None
    line_no = triage.frame.line
    text = lines[line_no - 1]
    stripped = text.strip()
    try:
        tree = ast.parse(stripped)
    except SyntaxError:
        return None
    offset = len(text) - len(text.lstrip())
    devices = re.findall(r"\b(cuda:\d+|cuda|cpu|mps)\b", triage.message)
    target_device = next((d for d in devices if d != "cpu"), "cuda")
    whole = "\n".join(lines)
    device_expr = "device" if re.search(r"^\s*device\s*=", whole, re.M) else repr(target_device)
    skip = set()
    names: list[ast.Name] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            skip.add(id(node.func))
            if isinstance(node.func, ast.Attribute) and node.func.attr in ("to", "cuda", "cpu"):
                skip.add(id(node.func.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for arg in list(node.args) + [k.value for k in node.keywords]:
                items = arg.elts if isinstance(arg, ast.List | ast.Tuple) else [arg]
                names += [a for a in items if isinstance(a, ast.Name) and id(a) not in skip]
        elif isinstance(node, ast.BinOp | ast.Compare):
            operands = (
                [node.left, node.right] if isinstance(node, ast.BinOp) else [node.left, *node.comparators]
            )
            names += [a for a in operands if isinstance(a, ast.Name) and id(a) not in skip]
    seen: set[tuple[int, int]] = set()
    edits = []
    for name in sorted(names, key=lambda n: n.col_offset, reverse=True):
        if name.id in ("self", "model", "device") or (name.col_offset, name.end_col_offset) in seen:
            continue
        seen.add((name.col_offset, name.end_col_offset or 0))
        start = offset + name.col_offset
        end = offset + (name.end_col_offset or name.col_offset)
        edits.append(TextEdit(str(source), line_no, start, end, name.id, f"{name.id}.to({device_expr})"))
    if not edits:
        return None
    edits.reverse()
    moved = ", ".join(e.old for e in edits)
    return Fix(
        "to_device",
        f"Move {moved} to {device_expr}",
        f"moving {moved} to {device_expr} with .to({device_expr}) where the devices are mixed",
        [_where(edits[0], ctx)],
        edits=edits,
        because="one operand is on the CPU and another on the GPU",
    )


def _gib(value: str, unit: str) -> float:
    return float(value) / (1024 if unit.upper().startswith("M") else 1)


def _find_setting(
    keys: tuple[str, ...], ctx: FixContext, files: list[Path]
) -> tuple[str, int, TextEdit | None] | None:
    """A numeric setting by name: in the launch command (edit None) or in a config/source file."""
    if ctx.command:
        for key in keys:
            m = re.search(r"--" + key.replace("_", "[_-]") + r"(?:=|\s+)(\d+)\b", ctx.command)
            if m:
                return key, int(m.group(1)), None
    for f in files:
        for idx, text in enumerate(_read_lines(f) or [], 1):
            if text.lstrip().startswith("#"):
                continue
            for key in keys:
                m = re.search(r"(?<![\w.])['\"]?" + key + r"['\"]?\s*[:=]\s*(\d+)\b", text)
                if m:
                    return (
                        key,
                        int(m.group(1)),
                        TextEdit(str(f), idx, m.start(1), m.end(1), m.group(1), m.group(1)),
                    )
    return None


def _fix_oom(triage: Triage, ctx: FixContext) -> Fix | None:
    msg = triage.message
    tried = re.search(r"Tried to allocate ([\d.]+) ([GM]iB)", msg)
    unalloc = re.search(r"([\d.]+) ([GM]iB) is reserved by PyTorch but unallocated", msg)
    if tried and unalloc and _gib(*unalloc.groups()) >= _gib(*tried.groups()):
        base = ctx.command or "<your command>"
        new = f"PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True {base}"
        return Fix(
            "oom_alloc_conf",
            "Set PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True",
            "setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True for the run, because "
            f"{unalloc.group(1)} {unalloc.group(2)} is reserved but unallocated (fragmentation) while only "
            f"{tried.group(1)} {tried.group(2)} was requested; batch, model and schedule stay the same",
            [f"the launch command only (restart with: {new})"],
            new_command=new,
            because="the memory is there but fragmented",
        )
    files = _config_files(ctx) + _user_files(triage, ctx)
    batch = _find_setting(_BATCH_KEYS, ctx, files)
    accum = _find_setting(_ACCUM_KEYS, ctx, files)
    if batch is None or accum is None or batch[1] < 2 or batch[1] % 2:
        return None
    bkey, bval, bedit = batch
    akey, aval, aedit = accum
    nb, na = bval // 2, aval * 2
    edits: list[TextEdit] = []
    new_command = ctx.command
    for key, old, new, edit in ((bkey, bval, nb, bedit), (akey, aval, na, aedit)):
        if edit is not None:
            edit.new = str(new)
            edits.append(edit)
        elif new_command is not None:
            new_command = re.sub(
                r"(--" + key.replace("_", "[_-]") + r"(?:=|\s+))" + str(old) + r"\b",
                rf"\g<1>{new}",
                new_command,
                count=1,
            )
    changes = [_where(e, ctx) for e in edits]
    if new_command != ctx.command:
        changes.append(f"the launch command (restart with: {new_command})")
    return Fix(
        "oom_grad_accum",
        f"Halve {bkey} to {nb} and double {akey} to {na}",
        f"halving {bkey} ({bval} -> {nb}) and doubling {akey} ({aval} -> {na}), so each step needs about half the "
        f"activation memory while the effective batch stays {bval * aval} per device and the experiment is unchanged",
        changes,
        edits=edits,
        new_command=new_command if new_command != ctx.command else None,
        because="the per-step batch does not fit in GPU memory",
    )


def _free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("", 0))
        return sock.getsockname()[1]


def _fix_master_port(triage: Triage, ctx: FixContext) -> Fix | None:
    if not re.search(r"EADDRINUSE|address already in use", triage.message, re.I) or not ctx.command:
        return None
    cmd = ctx.command
    port = _free_port()
    launcher = re.match(r"\s*(\S*torchrun|\S*python[\d.]*\s+-m\s+torch\.distributed\.(?:run|launch))\b", cmd)
    if re.search(r"--master[_-]port[= ]+\d+", cmd):
        new = re.sub(r"(--master[_-]port[= ]+)\d+", rf"\g<1>{port}", cmd, count=1)
    elif re.search(r"\bMASTER_PORT=\d+", cmd):
        new = re.sub(r"(\bMASTER_PORT=)\d+", rf"\g<1>{port}", cmd, count=1)
    elif launcher:
        new = cmd[: launcher.end()] + f" --master_port={port}" + cmd[launcher.end() :]
    else:
        new = f"MASTER_PORT={port} {cmd}"
    return Fix(
        "master_port",
        f"Launch on free port {port}",
        f"launching on port {port}, which is free, instead of the rendezvous port another process holds; "
        "the training itself is unchanged",
        [f"the launch command only (restart with: {new})"],
        new_command=new,
        because="another process (often an earlier run that is still alive) holds the rendezvous port",
    )


BUILDERS: dict[str, Callable[[Triage, FixContext], Fix | None]] = {
    "master_port": _fix_master_port,
    "path": _fix_path,
    "config_key": _fix_config_key,
    "pip_install": _fix_pip,
    "to_device": _fix_to_device,
    "oom": _fix_oom,
}


# --- fixes.json ---------------------------------------------------------------------------------
def load_history(session_dir: Path | None) -> list[dict]:
    if session_dir is None:
        return []
    path = Path(session_dir) / FIXES_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise TrainerError(
            f"{path} is not readable JSON ({exc}); not overwriting it", field="session_dir"
        ) from None
    return list(data.get("fixes", [])) if isinstance(data, dict) else []


def propose(triage: Triage, ctx: FixContext) -> Triage:
    """Attach a concrete fix to a runtime ``triage`` (or the "reassess" stop); returns the same object."""
    from trainerd.triage.rules import BY_CATEGORY, RUNTIME

    if triage.kind != RUNTIME or triage.category is None:
        return triage
    history = [h for h in load_history(ctx.session_dir) if h.get("signature") == triage.signature]
    if len(history) >= MAX_FIXES_PER_SIGNATURE:
        triage.proposal = None
        triage.fix = None
        triage.reassess = {
            "message": (
                f"The same error came back after {len(history)} fixes: stop and reassess before trying again "
                "(the cause is probably not what the fixes assumed)."
            ),
            "history": history,
        }
        return triage
    rule = BY_CATEGORY[triage.category]
    builder = BUILDERS.get(rule.fix or "")
    fix = None
    if builder is not None:
        try:
            fix = builder(triage, ctx)
        except (OSError, ValueError, SyntaxError):
            fix = None
    if fix is not None:
        triage.proposal = attrs.asdict(fix)
        triage.fix = fix.sentence()
        if fix.because:
            triage.explanation = triage.explanation.rsplit(" because ", 1)[0] + f" because {fix.because}."
    elif triage.category == "cuda_oom":
        triage.fix = (
            "I won't change anything automatically: no gradient-accumulation setting was found next to the batch "
            "size, and a smaller batch without it changes the effective batch (a logic change). Add accumulation "
            "or lower the batch deliberately. This changes nothing yet."
        )
    return triage


def _check_edit(edit: TextEdit) -> list[str]:
    lines = Path(edit.file).read_text(encoding="utf-8").split("\n")
    if not 0 < edit.line <= len(lines) or lines[edit.line - 1][edit.start : edit.end] != edit.old:
        raise TrainerError(
            f"{edit.file}:{edit.line} changed since the error was triaged; triage it again", field="fix"
        )
    return lines


def apply_fix(
    fix_data: dict, ctx: FixContext, triage: dict | None = None, editor_applied: bool = False
) -> dict:
    """Apply a confirmed fix and record it in ``fixes.json``; returns the record.

    ``editor_applied``: the editor already applied the text edits (a code action's WorkspaceEdit);
    only the rest (directories, command) runs here.
    """
    fix = _structure_fix(fix_data)
    output = ""
    ok = True
    if not editor_applied:
        by_file: dict[str, list[TextEdit]] = {}
        for edit in fix.edits:
            by_file.setdefault(edit.file, []).append(edit)
        from trainerd.workspace.files import atomic_write_text

        for file, edits in by_file.items():
            for edit in edits:
                _check_edit(edit)
            lines = Path(file).read_text(encoding="utf-8").split("\n")
            for edit in sorted(edits, key=lambda e: (e.line, e.start), reverse=True):
                row = lines[edit.line - 1]
                lines[edit.line - 1] = row[: edit.start] + edit.new + row[edit.end :]
            atomic_write_text(Path(file), "\n".join(lines))
    for directory in fix.create_dirs:
        Path(directory).mkdir(parents=True, exist_ok=True)
    if fix.command:
        try:
            proc = subprocess.run(
                fix.command,
                cwd=ctx.cwd,
                capture_output=True,
                text=True,
                timeout=900,
                stdin=subprocess.DEVNULL,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise TrainerError(f"could not run {shlex.join(fix.command)}: {exc}", field="fix") from None
        output = (proc.stdout + proc.stderr)[-4000:]
        ok = proc.returncode == 0
    record = {
        "signature": (triage or {}).get("signature"),
        "category": (triage or {}).get("category"),
        "exception": (triage or {}).get("exception"),
        "message": ((triage or {}).get("message") or "")[:500],
        "frame": (triage or {}).get("frame"),
        "fix": attrs.asdict(fix),
        "applied_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "ok": ok,
        "output": output,
        "restart_command": fix.new_command or ctx.command,
    }
    if ctx.session_dir is not None:
        record_fix(Path(ctx.session_dir), record)
    return record


def record_fix(session_dir: Path, record: dict) -> None:
    from trainerd.workspace.files import atomic_write_json, locked

    with locked(session_dir, ".fixes.lock"):
        history = load_history(session_dir)
        history.append(record)
        atomic_write_json(session_dir / FIXES_FILE, {"fixes": history})


def _structure_fix(data: dict) -> Fix:
    if not isinstance(data, dict) or "kind" not in data:
        raise TrainerError("fix must be an object with 'kind' (a proposal from triage)", field="fix")
    try:
        edits = [TextEdit(**e) for e in data.get("edits", [])]
        return Fix(
            kind=str(data["kind"]),
            title=str(data.get("title", "")),
            description=str(data.get("description", "")),
            changes=list(data.get("changes", [])),
            edits=edits,
            create_dirs=[str(d) for d in data.get("create_dirs", [])],
            command=[str(c) for c in data["command"]] if data.get("command") else None,
            new_command=data.get("new_command"),
            because=data.get("because"),
        )
    except (TypeError, KeyError) as exc:
        raise TrainerError(f"fix is malformed: {exc}", field="fix") from None
