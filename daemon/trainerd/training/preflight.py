"""Pre-flight: what to know before confirming a launch. Nothing here starts the training.

Checks, in the environment the launch will use (the editor's selected interpreter activated, or this
process's): the program, the Python the command really runs (resolved on that PATH) with its version
and frameworks, the target metric (asked), a smoke test, logging and the output folder *as the run
will see them* (the entry's defaults, its config files and the command's overrides applied, see
:mod:`trainerd.training.runconfig`), resuming or overwriting a checkpoint, a GPU-only default on a
machine without a GPU (with the project's own CPU form when its docs give one), free disk space, and a
dry import of the entry's own imports (the entry itself is never executed). A check whose ``ok`` is
False is a warning the user confirms past (``warnings``).
"""

from __future__ import annotations

import ast
import json
import os
import re
import shlex
import shutil
import subprocess
import time
from pathlib import Path

import attrs

from trainerd.errors import TrainerError
from trainerd.training import environment, runconfig

LOW_DISK_GB = 5.0
IMPORT_TIMEOUT = 60.0
CHECKPOINT_GLOBS = ("*.ckpt", "*.pt", "*.pth", "*.safetensors", "*.bin", "checkpoint-*", "ckpt*", "last*")
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
    """One pre-flight line: ``ok`` True (fine), False (a warning to confirm past) or None (unknown /
    a question for the user)."""

    name: str  # command | interpreter | target_metric | smoke_test | logging | resume | checkpoint |
    #            device | output_dir | disk_space | entry_imports
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
    ok: bool = True  # no warning (unknowns are questions, not warnings)
    warnings: list[str] = attrs.Factory(list)  # what the user confirms past before the launch
    interpreter: str | None = None  # the Python the command runs
    config_files: list[str] = attrs.Factory(list)  # the config files read for the effective settings


def _words(command: str) -> list[str]:
    try:
        return shlex.split(command)
    except ValueError as exc:
        raise TrainerError(f"the command is not valid shell syntax: {exc}", field="command") from None


def _entry(words: list[str]) -> tuple[str | None, str | None]:
    """(script path, module) the command runs."""
    for i, word in enumerate(words):
        if word in ("-m", "--module") and i + 1 < len(words) and i > 0:
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


def dry_import(
    entry: Path,
    cwd: Path,
    interpreter: str,
    timeout: float = IMPORT_TIMEOUT,
    env: dict[str, str] | None = None,
) -> Check:
    """Compile the entry and import what it imports at module level, in a subprocess of ``interpreter``."""
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
    paths = [str(entry.parent), str(cwd)]
    try:
        proc = subprocess.run(
            [interpreter, "-c", _IMPORT_PROBE, json.dumps(modules), json.dumps(paths)],
            capture_output=True, text=True, timeout=timeout, cwd=cwd, stdin=subprocess.DEVNULL, env=env,
        )  # fmt: skip
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
        "entry_imports", False, f"{entry.name} will fail at `import {result['module']}`: {result['error']}",
        detail=f"interpreter {interpreter}",
    )  # fmt: skip


def _interpreter_check(command: str, work: Path, env: dict[str, str], root: Path) -> tuple[Check, str | None]:
    """Which Python the command runs (on the launch's PATH), its version and frameworks."""
    python, source = environment.command_python(command, work, env)
    if python is None:
        return Check("interpreter", None, "no Python found on the command's PATH"), None
    packages, problem = environment._packages(python)
    if packages is None:
        return Check("interpreter", False, f"{python} does not answer: {problem}"), python
    frameworks = [f"{name} {version}" for name, version in packages.get("packages", {}).items()
                  if version and name in ("torch", "lightning", "transformers", "accelerate", "deepspeed",
                                          "jax", "tensorflow", "hydra-core", "datasets")]  # fmt: skip
    how = {"command": "named by the command", "launcher": "the launcher's", "venv": "the project's virtualenv",
           "PATH": "the first python3 on the command's PATH"}.get(source, source)  # fmt: skip
    summary = f"{python} (Python {packages.get('version')}, {how})"
    summary += "; " + (", ".join(frameworks) if frameworks else "no ML framework installed")
    check = Check("interpreter", True, summary)
    from trainerd.project.interpreter import project_venv

    venv = project_venv(root)
    if venv is not None and Path(python).resolve() != venv.resolve() and source != "venv":
        check.ok = None
        check.detail = f"the project has {venv}, which this command does not use"
    return check, python


def _output_check(config: runconfig.EffectiveConfig, work: Path) -> tuple[Check, Path]:
    found = config.first(runconfig.OUTPUT_KEYS) or (
        ("hydra_dir", config.settings["hydra_dir"]) if "hydra_dir" in config.settings else None
    )
    if found is None:
        output, where = work, "the working directory (no output setting found)"
    else:
        key, setting = found
        value = setting.value
        if "${" in value:  # a Hydra interpolation: the folder is made per run (logs/train/runs/<time>)
            head = value.split("${", 1)[0].rstrip("/") or "."
            output, where = work / head, f"{key} = {value} ({setting.source}): a new folder per run"
        else:
            output = Path(value) if Path(value).is_absolute() else work / value
            where = f"{key} = {value} ({setting.source})"
    existing = output
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    writable = os.access(existing, os.W_OK)
    label = f"output {output}" + ("" if output.exists() else " (will be created)")
    summary = f"{label} from {where} is {'writable' if writable else 'NOT writable'}"
    return Check("output_dir", writable, summary), output


def _logging_check(
    config: runconfig.EffectiveConfig, source: str, command: str, env: dict[str, str]
) -> Check:
    found = config.first(runconfig.LOGGING_KEYS)
    mode = env.get("WANDB_MODE")
    if found is not None:
        key, setting = found
        value = setting.value.lower()
        if value in ("false", "none", "null", "0", "", "no") or value == "[]":
            return Check("logging", None, f"logging: none ({key} = {setting.value} in {setting.source})")
        kinds = [
            k for k in ("wandb", "tensorboard", "csv", "mlflow", "comet", "neptune", "aim") if k in value
        ]
        if value in ("true", "1", "yes") and "wandb" in key:
            kinds = ["wandb"]
        if not kinds and key in ("tensorboard",) and value in ("true", "1"):
            kinds = ["tensorboard"]
        if kinds:
            shown = ", ".join("TensorBoard" if k == "tensorboard" else k for k in kinds)
            suffix = f"; WANDB_MODE={mode}" if mode and "wandb" in kinds else ""
            return Check(
                "logging", True, f"logging: {shown} ({key} = {setting.value} in {setting.source}){suffix}"
            )
    loggers = []
    if re.search(r"WandbLogger|wandb\.init\(|log_with=[\"']wandb|report_to=[\"']wandb", source):
        loggers.append("wandb" + (f" (WANDB_MODE={mode})" if mode else ""))
    if re.search(r"SummaryWriter\(|TensorBoardLogger\(", source):
        loggers.append("TensorBoard")
    if re.search(r"CSVLogger\(", source):
        loggers.append("CSV")
    if loggers:
        return Check("logging", True, "logging: " + ", ".join(loggers) + " (set in the entry's code)")
    return Check("logging", None, "no wandb/TensorBoard logging set by the entry, its config or the command")


def _checkpoints(folder: Path, limit: int = 200) -> list[Path]:
    found: list[Path] = []
    if not folder.is_dir():
        return found
    for directory in [folder, *[p for p in folder.iterdir() if p.is_dir()][:50]]:
        for pattern in CHECKPOINT_GLOBS:
            found += [p for p in directory.glob(pattern) if p.name != "README.md"]
        if len(found) > limit:
            break
    return sorted(
        {p.resolve() for p in found}, key=lambda p: p.stat().st_mtime if p.exists() else 0, reverse=True
    )


def _age(path: Path) -> str:
    seconds = max(0.0, time.time() - path.stat().st_mtime)
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds / size:.0f} {unit}"
    return f"{seconds:.0f} s"


def _resume_checks(
    config: runconfig.EffectiveConfig, output: Path, work: Path, questions: list[str]
) -> list[Check]:
    """Resuming (from what) or starting over; and a checkpoint in the output folder a fresh run overwrites."""
    checks = []
    found = config.first(runconfig.RESUME_KEYS)
    resume = found[1].value if found else None
    resuming = resume not in (None, "scratch", "null", "None", "none", "false", "False", "") and not (
        resume or ""
    ).startswith("gpt2")
    if resuming:
        assert found is not None and resume is not None
        if resume in ("resume", "True", "true", "latest", "auto"):
            target = output
            ok = any(True for _ in _checkpoints(output))
            summary = f"resuming from the checkpoint in {target} ({found[0]} = {resume}, {found[1].source})"
        else:
            target = Path(resume) if Path(resume).is_absolute() else work / resume
            ok = target.exists()
            summary = f"resuming from {resume} ({found[1].source})"
        checks.append(Check("resume", ok, summary + ("" if ok else f": {target} does not exist")))
        return checks
    present = _checkpoints(output)
    if present and output.resolve() != work.resolve():
        newest = present[0]
        checks.append(Check(
            "checkpoint", False,
            f"{os.path.relpath(newest, work)} exists (written {_age(newest)} ago, {len(present)} checkpoint file(s) "
            f"in {os.path.relpath(output, work)}) and this run starts from scratch: it will overwrite them",
            detail="resume instead, or choose another output folder",
        ))  # fmt: skip
        checks.append(Check("resume", True, "starting from scratch"))
        questions.append("A checkpoint in the output folder will be overwritten: resume from it instead?")
        return checks
    elsewhere = [p for folder in _CHECKPOINT_DIRS for p in _checkpoints(work / folder)][:200]
    if elsewhere:
        newest = max(elsewhere, key=lambda p: p.stat().st_mtime)
        checks.append(Check(
            "resume", None,
            f"starting from scratch; {len(set(elsewhere))} checkpoint(s) exist, newest {os.path.relpath(newest, work)}",
        ))  # fmt: skip
        questions.append("Is this resuming from a checkpoint? If so, which one?")
    else:
        checks.append(Check("resume", True, "starting from scratch (no checkpoint given or found)"))
    return checks


def _device_check(config: runconfig.EffectiveConfig, source: str, command: str, cpu_command: str | None,
                  cpu_flag: str | None) -> Check | None:  # fmt: skip
    """A run that will use CUDA on a machine without a GPU: the CPU form to use instead."""
    if environment.gpu_present():
        return None
    found = config.first(runconfig.DEVICE_KEYS)
    setting = found[1].value.lower() if found else ""
    if setting and (
        "cpu" in setting or setting in ("true",) and found and found[0] in ("no_cuda", "use_cpu", "cpu")
    ):
        return Check("device", True, f"runs on the CPU ({found[0]} = {found[1].value}, {found[1].source})")  # type: ignore[index]
    wants_gpu = (
        bool(setting)
        and ("cuda" in setting or "gpu" in setting)
        or (not setting and bool(re.search(r"""["']cuda["']|\.cuda\(\)|accelerator\s*=\s*["']gpu""", source)))
    )
    if not wants_gpu:
        return None
    said = (
        f"{found[0]} = {found[1].value} ({found[1].source})"
        if found and setting
        else "its code defaults to CUDA"
    )
    if cpu_command:
        fix = f"the docs give a CPU form: `{cpu_command}`"
    elif cpu_flag:
        fix = (
            f"the script takes {cpu_flag}: add `{cpu_flag} cpu`"
            if "device" in cpu_flag or "accel" in cpu_flag
            else (f"the script takes {cpu_flag}: add it")
        )
    elif found:
        fix = f"set `--{found[0]}=cpu`"
    else:
        fix = "no CPU option found in its docs or arguments"
    return Check("device", False, f"this machine has no GPU and the run uses CUDA ({said}); {fix}")


def run(
    command: str,
    cwd: str | Path,
    target_metric: str | None = None,
    smoke_test: bool | None = None,
    interpreter: str | None = None,
    import_timeout: float = IMPORT_TIMEOUT,
    root: str | Path | None = None,
    env: dict[str, str] | None = None,
    cpu_command: str | None = None,
) -> Preflight:
    """The pre-flight summary for ``command`` run in ``cwd``. ``interpreter``: the editor's selected
    Python (its environment is activated, as the launch does); ``env``: the launch environment
    itself; ``cpu_command``: the docs' CPU form of this command, when detection found one."""
    if not command or not command.strip():
        raise TrainerError("the command is empty", field="command")
    work = Path(os.path.expanduser(str(cwd)))
    if not work.is_dir():
        raise TrainerError(f"the working directory {work} does not exist", field="cwd")
    work = work.resolve()
    project = Path(root).resolve() if root else work
    launch_env = env if env is not None else environment.activated(interpreter)
    words = _words(command)
    checks: list[Check] = []
    questions: list[str] = []

    program = next((w for w in words if not re.match(r"^[A-Za-z_]\w*=", w)), "")
    if program.startswith("./") or "/" in program:
        present = (work / program).is_file()
        checks.append(
            Check("command", present, f"{program} {'exists' if present else 'not found in ' + str(work)}")
        )
    elif program:
        where = shutil.which(program, path=launch_env.get("PATH"))
        checks.append(
            Check("command", where is not None, f"{program}: {where}" if where else f"{program}: not on PATH")
        )
    interpreter_check, python = _interpreter_check(command, work, launch_env, project)
    checks.append(interpreter_check)

    if target_metric:
        checks.append(Check("target_metric", True, f"target: {target_metric}"))
    else:
        checks.append(Check("target_metric", None, "no target metric given"))
        questions.append("What's your target metric for this run?")

    script, module = _entry(words)
    entry_path = (work / script) if script else None
    previous = _previous_runs(project, script or module)
    if smoke_test is True:
        checks.append(Check("smoke_test", True, "a smoke test ran (you said so)"))
    elif previous:
        checks.append(Check("smoke_test", True, previous))
    else:
        checks.append(Check("smoke_test", None, "no smoke test recorded"))
        questions.append("Have you run a smoke test (a few steps on a small batch)?")

    source = ""
    if entry_path is not None and entry_path.is_file():
        try:
            source = entry_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            source = ""
    config = runconfig.effective(command, work, entry_path if source else None, project)
    logging_check = _logging_check(config, source, command, launch_env)
    checks.append(logging_check)
    if logging_check.ok is None:
        questions.append("Is wandb/tensorboard configured?")
    output_check, output = _output_check(config, work)
    checks += _resume_checks(config, output, work, questions)
    cpu_flag = re.search(
        r"""add_argument\(\s*["'](--(?:device|accelerator|cpu|no[-_]cuda|use[-_]cpu))["']""", source
    )
    device = _device_check(config, source, command, cpu_command, cpu_flag.group(1) if cpu_flag else None)
    if device is not None:
        checks.append(device)
    checks.append(output_check)
    existing = output
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    try:
        free_gb = shutil.disk_usage(existing).free / 1e9
        low = free_gb < LOW_DISK_GB
        checks.append(
            Check(
                "disk_space",
                not low,
                f"{free_gb:.1f} GB free on {existing}" + (f" (below {LOW_DISK_GB:g} GB)" if low else ""),
            )
        )
    except OSError as exc:
        checks.append(Check("disk_space", None, f"disk space unknown: {exc.strerror}"))

    runner = python or environment.find_interpreter(project, interpreter)[0]
    if entry_path is not None:
        if entry_path.is_file():
            checks.append(dry_import(entry_path, work, runner, import_timeout, launch_env))
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
    warnings = [c.summary for c in checks if c.ok is False]
    return Preflight(
        command=command, cwd=str(work), entry=script or module, checks=checks, questions=questions,
        ok=not warnings, warnings=warnings, interpreter=python, config_files=config.files,
    )  # fmt: skip


def _previous_runs(root: str | Path, entry: str | None) -> str | None:
    """A previous trainerd session of the same entry that finished cleanly counts as a smoke test."""
    if not entry:
        return None
    from trainerd.project import layout

    base = layout.training_dir(Path(root))
    if not base.is_dir():
        return None
    for record_file in sorted(base.glob(f"*/{layout.SESSION_FILE}"), reverse=True):
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
