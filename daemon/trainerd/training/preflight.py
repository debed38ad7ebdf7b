"""Pre-flight: what to know before confirming a launch. Nothing here starts the training.

Checks: the target metric (asked, optional), whether a smoke test ran, logging (wandb/TensorBoard),
resuming from a checkpoint (and which), the output folder writable, free disk space, and a dry
import of the entry's own imports in a subprocess with a timeout (the entry itself is never
executed: a script without a ``__main__`` guard would start training on import).
"""

from __future__ import annotations

import ast
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import attrs

from trainerd.errors import TrainerError

LOW_DISK_GB = 5.0
IMPORT_TIMEOUT = 60.0
_CHECKPOINT_GLOBS = ("*.ckpt", "*.pt", "*.pth", "*.safetensors", "checkpoint-*", "ckpt*")
_CHECKPOINT_DIRS = (".", "checkpoints", "out", "outputs", "output", "logs", "runs", "lightning_logs")

_IMPORT_PROBE = """
import importlib, json, sys, traceback
sys.path[:0] = json.loads(sys.argv[2])
done = []
for name in json.loads(sys.argv[1]):
    try:
        importlib.import_module(name)
        done.append(name)
    except BaseException as exc:
        print(json.dumps({"ok": False, "module": name, "imported": done,
              "error": traceback.format_exception_only(type(exc), exc)[-1].strip()}))
        sys.exit(0)
print(json.dumps({"ok": True, "imported": done}))
"""


@attrs.define
class Check:
    """One pre-flight line: ``ok`` True (fine), False (a problem) or None (unknown / for the user to answer)."""

    name: str  # target_metric | smoke_test | logging | resume | output_dir | disk_space | entry_imports | command
    ok: bool | None
    summary: str
    detail: str = ""


@attrs.define
class Preflight:
    command: str
    cwd: str
    entry: str | None
    checks: list[Check]
    questions: list[str]
    ok: bool = True  # no check failed (unknowns are questions, not failures)


def _words(command: str) -> list[str]:
    try:
        return shlex.split(command)
    except ValueError as exc:
        raise TrainerError(f"the command is not valid shell syntax: {exc}", field="command") from None


def _arg_value(words: list[str], names: tuple[str, ...]) -> str | None:
    """The value of ``--name X`` / ``--name=X`` / ``name=X`` (Hydra / nanoGPT style)."""
    for i, word in enumerate(words):
        for name in names:
            if word in (f"--{name}", f"-{name}") and i + 1 < len(words):
                return words[i + 1]
            for prefix in (f"--{name}=", f"{name}=", f"+{name}="):
                if word.startswith(prefix):
                    return word[len(prefix) :]
    return None


def _entry(words: list[str], cwd: Path) -> tuple[str | None, str | None]:
    """(script path, module) the command runs."""
    for i, word in enumerate(words):
        if word == "-m" and i + 1 < len(words) and i > 0 and Path(words[i - 1]).name.startswith("python"):
            return None, words[i + 1]
        if word.endswith(".py") and "=" not in word and not word.startswith("-"):
            return word, None
    return None, None


def _top_imports(source: str) -> list[str]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    names: list[str] = []
    for node in tree.body:  # module level only: what importing it would need
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return list(dict.fromkeys(names))


def dry_import(entry: Path, cwd: Path, interpreter: str, timeout: float = IMPORT_TIMEOUT) -> Check:
    """Compile the entry and import what it imports at module level, in a subprocess."""
    try:
        source = entry.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return Check("entry_imports", False, f"cannot read {entry}: {exc.strerror}")
    try:
        compile(source, str(entry), "exec")
    except SyntaxError as exc:
        return Check(
            "entry_imports", False, f"{entry.name} has a syntax error at line {exc.lineno}: {exc.msg}"
        )
    modules = _top_imports(source)
    if not modules:
        return Check("entry_imports", True, f"{entry.name} compiles; it imports nothing at module level")
    import json

    paths = [str(entry.parent), str(cwd)]
    try:
        proc = subprocess.run(
            [interpreter, "-c", _IMPORT_PROBE, json.dumps(modules), json.dumps(paths)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return Check(
            "entry_imports", None, f"importing {entry.name}'s modules took over {timeout:g} s: not checked"
        )
    except OSError as exc:
        return Check("entry_imports", None, f"interpreter {interpreter} could not run: {exc.strerror}")
    try:
        result = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return Check(
            "entry_imports", False, f"the import check crashed: {(proc.stderr or '').strip()[-300:]}"
        )
    if result["ok"]:
        return Check("entry_imports", True, f"{entry.name}'s imports load: {', '.join(result['imported'])}")
    return Check(
        "entry_imports",
        False,
        f"{entry.name} will fail at `import {result['module']}`: {result['error']}",
        detail=f"interpreter {interpreter}",
    )


def _find_checkpoints(cwd: Path, limit: int = 200) -> list[Path]:
    found: list[Path] = []
    for folder in _CHECKPOINT_DIRS:
        base = cwd / folder
        if not base.is_dir():
            continue
        depth_iter = [base] if folder == "." else [base, *[p for p in base.glob("*/") if p.is_dir()][:50]]
        for directory in depth_iter:
            for pattern in _CHECKPOINT_GLOBS:
                found += directory.glob(pattern)
            if len(found) > limit:
                break
    unique = {p.resolve() for p in found}
    return sorted(unique, key=lambda p: p.stat().st_mtime if p.exists() else 0, reverse=True)


def run(
    command: str,
    cwd: str | Path,
    target_metric: str | None = None,
    smoke_test: bool | None = None,
    interpreter: str | None = None,
    import_timeout: float = IMPORT_TIMEOUT,
    root: str | Path | None = None,
) -> Preflight:
    """The pre-flight summary for ``command`` run in ``cwd``."""
    if not command or not command.strip():
        raise TrainerError("the command is empty", field="command")
    work = Path(os.path.expanduser(str(cwd)))
    if not work.is_dir():
        raise TrainerError(f"the working directory {work} does not exist", field="cwd")
    work = work.resolve()
    words = _words(command)
    checks: list[Check] = []
    questions: list[str] = []

    # the program itself
    program = words[0] if words else ""
    if program.startswith("./") or "/" in program:
        present = (work / program).is_file()
        checks.append(
            Check("command", present, f"{program} {'exists' if present else 'not found in ' + str(work)}")
        )
    elif "=" not in program:
        where = shutil.which(program)
        checks.append(
            Check("command", where is not None, f"{program}: {where}" if where else f"{program}: not on PATH")
        )

    # target metric
    if target_metric:
        checks.append(Check("target_metric", True, f"target: {target_metric}"))
    else:
        checks.append(Check("target_metric", None, "no target metric given"))
        questions.append("What's your target metric for this run?")

    # smoke test
    script, module = _entry(words, work)
    entry_path = (work / script) if script else None
    previous = _previous_runs(root or work, script or module)
    if smoke_test is True:
        checks.append(Check("smoke_test", True, "a smoke test ran (you said so)"))
    elif previous:
        checks.append(Check("smoke_test", True, previous))
    else:
        checks.append(Check("smoke_test", None, "no smoke test recorded"))
        questions.append("Have you run a smoke test (a few steps on a small batch)?")

    # logging
    source = ""
    if entry_path and entry_path.is_file():
        try:
            source = entry_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            source = ""
    loggers = []
    if (
        re.search(r"\bimport wandb\b|from wandb\b|WandbLogger|log_with=[\"']wandb|report_to.*wandb", source)
        or "wandb" in command
    ):
        mode = os.environ.get("WANDB_MODE")
        loggers.append("wandb" + (f" (WANDB_MODE={mode})" if mode else ""))
    if re.search(r"SummaryWriter|TensorBoardLogger|tensorboard", source) or "tensorboard" in command:
        loggers.append("TensorBoard")
    if re.search(r"CSVLogger|metrics\.csv", source):
        loggers.append("CSV")
    if loggers:
        checks.append(Check("logging", True, "logging: " + ", ".join(loggers)))
    else:
        checks.append(Check("logging", None, "no wandb/TensorBoard logging seen in the entry or the command"))
        questions.append("Is wandb/tensorboard configured?")

    # resume
    resume = _arg_value(
        words, ("resume_from_checkpoint", "resume", "ckpt_path", "checkpoint", "init_from", "load")
    )
    if resume and resume not in ("scratch", "null", "None", "false", "False"):
        if resume == "resume":  # nanoGPT: init_from=resume reads out_dir/ckpt.pt
            out = _arg_value(words, ("out_dir",)) or "out"
            ckpt = work / out / "ckpt.pt"
            checks.append(
                Check(
                    "resume",
                    ckpt.is_file(),
                    f"resuming from {ckpt}" + ("" if ckpt.is_file() else " (missing)"),
                )
            )
        else:
            path = Path(resume) if Path(resume).is_absolute() else work / resume
            exists = path.exists() or resume in ("True", "true", "latest")
            checks.append(
                Check(
                    "resume",
                    exists,
                    f"resuming from {resume}" + ("" if exists else f" ({path} does not exist)"),
                )
            )
    else:
        checkpoints = _find_checkpoints(work)
        if checkpoints:
            latest = checkpoints[0]
            checks.append(
                Check(
                    "resume",
                    None,
                    f"starting from scratch; {len(checkpoints)} checkpoint(s) exist, newest {os.path.relpath(latest, work)}",
                )
            )
            questions.append("Is this resuming from a checkpoint? If so, which one?")
        else:
            checks.append(Check("resume", True, "starting from scratch (no checkpoint given or found)"))

    # output dir and disk
    out_value = _arg_value(
        words, ("output_dir", "out_dir", "output-dir", "save_dir", "hydra.run.dir", "default_root_dir")
    )
    output = Path(out_value) if out_value and Path(out_value).is_absolute() else work / (out_value or ".")
    existing = output
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    writable = os.access(existing, os.W_OK)
    label = str(output) + ("" if output.exists() else f" (created under {existing})")
    checks.append(
        Check("output_dir", writable, f"output {label} is {'writable' if writable else 'NOT writable'}")
    )
    try:
        usage = shutil.disk_usage(existing)
        free_gb = usage.free / 1e9
        checks.append(
            Check(
                "disk_space",
                free_gb >= LOW_DISK_GB,
                f"{free_gb:.1f} GB free on {existing}"
                + ("" if free_gb >= LOW_DISK_GB else f" (below {LOW_DISK_GB:g} GB)"),
            )
        )
    except OSError as exc:
        checks.append(Check("disk_space", None, f"disk space unknown: {exc.strerror}"))

    # dry import
    from trainerd.training.environment import find_interpreter

    python, _source = find_interpreter(Path(root) if root else work, interpreter)
    if program and Path(program).name.startswith("python") and "/" in program:
        python = str(work / program) if not Path(program).is_absolute() else program
    if entry_path is not None:
        if entry_path.is_file():
            checks.append(dry_import(entry_path, work, python, import_timeout))
        else:
            checks.append(Check("entry_imports", False, f"{script} does not exist in {work}"))
    elif module:
        checks.append(
            Check(
                "entry_imports", None, f"runs module {module}: not dry-imported (it may start work on import)"
            )
        )
    else:
        checks.append(
            Check("entry_imports", None, "no Python entry file in the command: nothing to dry-import")
        )
    return Preflight(
        command=command,
        cwd=str(work),
        entry=script or module,
        checks=checks,
        questions=questions,
        ok=all(c.ok is not False for c in checks),
    )


def _previous_runs(root: str | Path, entry: str | None) -> str | None:
    """A previous trainerd session of the same entry that finished cleanly counts as a smoke test."""
    if not entry:
        return None
    base = Path(root) / ".trainer-workspace" / "training"
    if not base.is_dir():
        return None
    import json

    for record_file in sorted(base.glob("*/session.json"), reverse=True):
        try:
            record = json.loads(record_file.read_text())
        except (OSError, ValueError):
            continue
        if (
            entry in record.get("command", "")
            and record.get("state") == "exited"
            and record.get("exit_code") == 0
        ):
            return f"a previous run of {entry} exited 0 ({record.get('name')}, {record.get('started_at')})"
    return None
