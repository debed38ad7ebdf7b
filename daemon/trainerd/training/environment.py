"""Environment facts for a training launch: the project's interpreter, frameworks (installed, and
imported by the entry), CUDA and GPUs, wandb and TensorBoard.

Every probe that could hang runs in a subprocess with a timeout (importing torch takes seconds,
``nvidia-smi`` can stall on a wedged driver, wandb can block on the network), and wandb's state is
read from its environment variables and files, never by importing it. A probe that fails or times
out becomes a line in ``problems``; nothing here raises for a misbehaving tool.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import attrs

from trainerd.training import slurm
from trainerd.training.slurm import ClusterFacts

# distribution name -> the import name entries use
DISTRIBUTIONS = {
    "torch": "torch",
    "lightning": "lightning",
    "pytorch-lightning": "pytorch_lightning",
    "transformers": "transformers",
    "accelerate": "accelerate",
    "deepspeed": "deepspeed",
    "jax": "jax",
    "flax": "flax",
    "tensorflow": "tensorflow",
    "keras": "keras",
    "scikit-learn": "sklearn",
    "hydra-core": "hydra",
    "datasets": "datasets",
    "peft": "peft",
    "trl": "trl",
    "numpy": "numpy",
    "wandb": "wandb",
    "tensorboard": "tensorboard",
}
PROBE_TIMEOUT = 15.0
TORCH_TIMEOUT = 60.0

_PACKAGES_PROBE = """
import json, sys, importlib.metadata as m
names = json.loads(sys.argv[1])
found = {}
for n in names:
    try:
        found[n] = m.version(n)
    except Exception:
        found[n] = None
print(json.dumps({"version": sys.version.split()[0], "executable": sys.executable, "packages": found}))
"""
_TORCH_PROBE = """
import json, torch
out = {"version": torch.__version__, "cuda_available": torch.cuda.is_available(),
       "cuda_version": torch.version.cuda, "device_count": torch.cuda.device_count()}
out["devices"] = [torch.cuda.get_device_name(i) for i in range(out["device_count"])]
print(json.dumps(out))
"""


@attrs.define
class Framework:
    name: str  # distribution name
    version: str | None  # None: not installed in the interpreter
    imported_by: list[str] = attrs.Factory(list)


@attrs.define
class Gpu:
    index: int
    name: str
    memory_total_mib: int | None = None
    driver: str | None = None


@attrs.define
class CudaInfo:
    nvidia_smi: bool = False
    gpus: list[Gpu] = attrs.Factory(list)
    torch_cuda_available: bool | None = None  # None: torch not installed or not probed
    torch_cuda_version: str | None = None
    torch_device_count: int | None = None
    summary: str = ""


@attrs.define
class WandbInfo:
    installed: str | None = None
    mode: str | None = None  # online | offline | disabled | None (not installed)
    mode_source: str = ""
    logged_in: bool | None = None
    login_source: str = ""
    summary: str = ""


@attrs.define
class TensorBoardInfo:
    installed: str | None = None
    used_by: list[str] = attrs.Factory(list)
    log_dirs: list[str] = attrs.Factory(list)
    summary: str = ""


@attrs.define
class Environment:
    python_version: str | None
    interpreter: str
    interpreter_source: str  # setting | .venv | venv | PATH | trainerd
    frameworks: list[Framework]
    cuda: CudaInfo
    wandb: WandbInfo
    tensorboard: TensorBoardInfo
    problems: list[str] = attrs.Factory(list)
    cluster: ClusterFacts | None = None  # Slurm, when sinfo is on PATH (training/slurm)


@attrs.define
class SessionEnvironment:
    """The environment a session's command was launched with, kept in ``session.json``: ``restart``
    and every fix run in exactly this environment. ``interpreter`` is the Python the command runs
    (resolved on ``path``: ``python`` -> the first on that PATH, ``torchrun`` -> the Python beside it,
    ``uv run`` -> the project's ``.venv``), ``interpreter_source`` how it was found (``command`` |
    ``launcher`` | ``venv`` | ``PATH``). ``variables`` is the whole environment the command got;
    ``command_variables`` the ``VAR=value`` prefixes written in the command itself."""

    interpreter: str | None
    interpreter_source: str
    path: str
    python_version: str | None = None
    virtual_env: str | None = None
    conda_prefix: str | None = None
    conda_env: str | None = None
    shell: str = ""
    variables: dict[str, str] = attrs.Factory(dict)
    command_variables: dict[str, str] = attrs.Factory(dict)


def activated(interpreter: str | None, base: dict[str, str] | None = None) -> dict[str, str]:
    """``base`` (default: this process's environment) with the virtualenv or conda environment of
    ``interpreter`` activated, as a terminal of the editor's selected interpreter would be: its
    ``bin`` first on ``PATH``, ``VIRTUAL_ENV`` / ``CONDA_PREFIX`` set. Unchanged when ``interpreter``
    is not inside such an environment (a system Python)."""
    env = dict(os.environ if base is None else base)
    if not interpreter:
        return env
    python = Path(os.path.expanduser(interpreter))
    prefix = python.parent.parent
    bin_dir = str(python.parent)
    if (prefix / "pyvenv.cfg").is_file():
        env["VIRTUAL_ENV"] = str(prefix)
        env.pop("PYTHONHOME", None)
    elif (prefix / "conda-meta").is_dir():
        env["CONDA_PREFIX"] = str(prefix)
        env["CONDA_DEFAULT_ENV"] = prefix.name
    else:
        return env
    parts = [p for p in env.get("PATH", "").split(os.pathsep) if p and p != bin_dir]
    env["PATH"] = os.pathsep.join([bin_dir, *parts])
    return env


def command_python(command: str, cwd: Path, env: dict[str, str]) -> tuple[str | None, str]:
    """(the Python ``command`` runs in ``env``, how it was found). ``uv run`` / ``poetry run`` use the
    project's virtualenv; a launcher (torchrun, accelerate, deepspeed) the Python beside it; a shell
    script or another program: the first ``python3`` on the command's PATH (what a script's
    ``python`` line would find)."""
    from trainerd.project import interpreter as resolver

    search = env.get("PATH")
    words = command.split()
    while words and "=" in words[0] and not words[0].startswith("-"):
        words.pop(0)
    if words[:2] in (["uv", "run"], ["poetry", "run"], ["pipenv", "run"], ["pdm", "run"]):
        venv = resolver.project_venv(cwd)
        if venv is not None:
            return str(venv), "venv"
    named = resolver.command_interpreter(command, cwd, path=search)
    if named:
        first = next((w for w in words if w not in ("nohup", "exec", "time", "env")), "")
        launcher = Path(first).name in ("torchrun", "accelerate", "deepspeed", "lightning", "composer")
        return named, "launcher" if launcher else "command"
    found = shutil.which("python3", path=search) or shutil.which("python", path=search)
    return (found, "PATH") if found else (None, "PATH")


def gpu_present() -> bool:
    """Does this machine have a GPU a CUDA/ROCm build can use? (its driver's device files; no
    subprocess, so pre-flight can ask at every launch)"""
    gpus = Path("/proc/driver/nvidia/gpus")
    if gpus.is_dir() and any(gpus.iterdir()):
        return True
    return any(Path("/dev").glob("nvidia[0-9]*")) or Path("/dev/kfd").exists()


def python_version(python: str | None, env: dict[str, str] | None = None, timeout: float = 5.0) -> str | None:
    """``3.11.7`` for ``python``; ``None`` when it does not answer in time."""
    if not python:
        return None
    out, _problem = _run_probe(
        [python, "-c", "import sys; print('.'.join(map(str, sys.version_info[:3])))"], timeout, env
    )
    return out.strip() if out else None


def capture(command: str, cwd: Path, env: dict[str, str], command_variables: dict[str, str] | None = None,
            probe_version: bool = True) -> SessionEnvironment:  # fmt: skip
    """What :class:`SessionEnvironment` records for ``command`` launched in ``cwd`` with ``env``."""
    python, source = command_python(command, cwd, env)
    return SessionEnvironment(
        interpreter=python,
        interpreter_source=source,
        path=env.get("PATH", ""),
        python_version=python_version(python, env) if probe_version else None,
        virtual_env=env.get("VIRTUAL_ENV"),
        conda_prefix=env.get("CONDA_PREFIX"),
        conda_env=env.get("CONDA_DEFAULT_ENV"),
        shell=env.get("SHELL") or "/bin/sh",
        variables=dict(env),
        command_variables=dict(command_variables or {}),
    )


def command_variables(command: str) -> dict[str, str]:
    """The ``VAR=value`` words a command line starts with."""
    try:
        words = shlex.split(command)
    except ValueError:
        return {}
    found = {}
    for word in words:
        match = re.match(r"^([A-Za-z_][A-Za-z0-9_]*)=(.*)$", word)
        if not match:
            break
        found[match.group(1)] = match.group(2)
    return found


def session_environment(record: Any) -> SessionEnvironment:
    """The environment ``record``'s command was launched with (a record from before it was kept:
    this process's environment, interpreter from PATH)."""
    if record.environment is not None:
        return record.environment
    return capture(record.command, Path(record.cwd), dict(os.environ), probe_version=False)


def run_in_session(record: Any, argv: list[str], timeout: float = 600.0) -> Any:
    """Run ``argv`` in ``record``'s folder and environment (what a fix runs: ``[interpreter, "-m",
    "pip", …]``, then ``[interpreter, "-c", "import x"]``); ``subprocess.CompletedProcess``."""
    import subprocess

    environment = session_environment(record)
    return subprocess.run(
        argv, cwd=record.cwd, env=environment.variables or None, capture_output=True, text=True,
        timeout=timeout, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def find_interpreter(root: Path, configured: str | None = None) -> tuple[str, str]:
    """The project's Python and why: the setting, the project's virtualenv, ``python3`` on PATH,
    trainerd's own (:func:`trainerd.project.interpreter.resolve`)."""
    from trainerd.project import interpreter as resolver

    found = resolver.resolve(Path(root), setting=configured)
    return found.path, found.source


def _run_probe(
    argv: list[str], timeout: float, env: dict[str, str] | None = None
) -> tuple[str | None, str | None]:
    """(stdout, problem): stdout when the probe ran and exited 0."""
    try:
        proc = subprocess.run(
            argv, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL, env=env
        )
    except subprocess.TimeoutExpired:
        return None, f"`{' '.join(argv[:2])}` did not answer within {timeout:g} s"
    except OSError as exc:
        return None, f"`{argv[0]}` could not run: {exc.strerror}"
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or [""]
        return None, f"`{' '.join(argv[:2])}` failed (exit {proc.returncode}): {tail[0]}"
    return proc.stdout, None


def _packages(interpreter: str, timeout: float = PROBE_TIMEOUT) -> tuple[dict[str, Any] | None, str | None]:
    out, problem = _run_probe([interpreter, "-c", _PACKAGES_PROBE, json.dumps(list(DISTRIBUTIONS))], timeout)
    if out is None:
        return None, f"interpreter {interpreter}: {problem}"
    try:
        return json.loads(out.strip().splitlines()[-1]), None
    except (ValueError, IndexError):
        return None, f"interpreter {interpreter}: unexpected probe output"


def _nvidia_smi() -> tuple[list[Gpu] | None, str | None]:
    if shutil.which("nvidia-smi") is None:
        return None, None
    out, problem = _run_probe(
        ["nvidia-smi", "--query-gpu=index,name,memory.total,driver_version", "--format=csv,noheader,nounits"],
        PROBE_TIMEOUT,
    )
    if out is None:
        return [], problem
    gpus = []
    for line in out.splitlines():
        parts = [p.strip() for p in line.split(",")]
        if len(parts) >= 2 and parts[0].isdigit():
            memory = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else None
            gpus.append(Gpu(int(parts[0]), parts[1], memory, parts[3] if len(parts) > 3 else None))
    return gpus, None


def _torch(interpreter: str) -> tuple[dict[str, Any] | None, str | None]:
    out, problem = _run_probe([interpreter, "-c", _TORCH_PROBE], TORCH_TIMEOUT)
    if out is None:
        return None, f"torch probe: {problem}"
    try:
        return json.loads(out.strip().splitlines()[-1]), None
    except (ValueError, IndexError):
        return None, "torch probe: unexpected output"


def wandb_state(
    root: Path, installed: str | None, env: dict[str, str] | None = None
) -> tuple[WandbInfo, list[str]]:
    """wandb's mode and login from its env vars, settings files and netrc -- never by importing it."""
    import configparser

    env = dict(os.environ if env is None else env)
    problems: list[str] = []
    info = WandbInfo(installed=installed)
    home = Path(env.get("HOME") or Path.home())
    if env.get("WANDB_MODE"):
        info.mode, info.mode_source = env["WANDB_MODE"], "WANDB_MODE"
    elif env.get("WANDB_DISABLED", "").lower() in ("1", "true", "yes"):
        info.mode, info.mode_source = "disabled", "WANDB_DISABLED"
    else:
        config_dir = (
            Path(env["WANDB_CONFIG_DIR"]) if env.get("WANDB_CONFIG_DIR") else home / ".config" / "wandb"
        )
        for settings, label in (
            (root / "wandb" / "settings", "wandb/settings"),
            (config_dir / "settings", str(config_dir / "settings")),
        ):
            if not settings.is_file():
                continue
            parser = configparser.ConfigParser()
            try:
                parser.read_string(settings.read_text(encoding="utf-8", errors="replace"))
            except (OSError, configparser.Error) as exc:
                problems.append(f"wandb settings {label}: unreadable ({exc.__class__.__name__})")
                continue
            mode = parser.get("default", "mode", fallback=None)
            if mode:
                info.mode, info.mode_source = mode, label
                break
        if info.mode is None and installed:
            info.mode, info.mode_source = "online", "default"
    if env.get("WANDB_API_KEY"):
        info.logged_in, info.login_source = True, "WANDB_API_KEY"
    else:
        netrc_path = Path(env["NETRC"]) if env.get("NETRC") else home / ".netrc"
        info.logged_in, info.login_source = False, "no WANDB_API_KEY and no api.wandb.ai entry in ~/.netrc"
        if netrc_path.is_file():
            try:
                text = netrc_path.read_text(encoding="utf-8", errors="replace")
                if "api.wandb.ai" in text:
                    info.logged_in, info.login_source = True, str(netrc_path)
            except OSError as exc:
                problems.append(f"{netrc_path}: unreadable ({exc.strerror})")
    if not installed:
        info.summary = "wandb not installed"
    elif info.mode in ("offline", "dryrun"):
        info.summary = (
            f"wandb {installed}, offline ({info.mode_source}): runs are synced later with `wandb sync`"
        )
    elif info.mode == "disabled":
        info.summary = f"wandb {installed}, disabled ({info.mode_source})"
    elif info.logged_in:
        info.summary = f"wandb {installed}, online, logged in ({info.login_source})"
    else:
        info.summary = f"wandb {installed}, online but not logged in: `wandb login` or WANDB_MODE=offline"
    return info, problems


def collect(
    root: Path,
    entries: list[Any] | None = None,
    interpreter: str | None = None,
    env: dict[str, str] | None = None,
    probe_timeout: float = PROBE_TIMEOUT,
) -> Environment:
    """Probe the environment (in parallel, each probe bounded by a timeout)."""
    from concurrent.futures import ThreadPoolExecutor

    root = Path(root)
    python, source = find_interpreter(root, interpreter)
    problems: list[str] = []
    with ThreadPoolExecutor(max_workers=3) as pool:
        packages_future = pool.submit(_packages, python, probe_timeout)
        smi_future = pool.submit(_nvidia_smi)
        cluster_future = pool.submit(slurm.cluster_facts) if shutil.which("sinfo") else None
        packages, problem = packages_future.result()
        if problem:
            problems.append(problem)
        versions: dict[str, str | None] = (packages or {}).get("packages", {}) if packages else {}
        torch_result = None
        if versions.get("torch"):
            torch_result, problem = _torch(python)
            if problem:
                problems.append(problem)
        gpus, problem = smi_future.result()
        if problem:
            problems.append(problem)
    imported: dict[str, list[str]] = {}
    for entry in entries or []:
        for module in getattr(entry, "imports", []):
            imported.setdefault(module, []).append(entry.path)
    frameworks = []
    for dist, module in DISTRIBUTIONS.items():
        version = versions.get(dist)
        users = imported.get(module, [])
        if version or users:
            frameworks.append(Framework(name=dist, version=version, imported_by=users))
    cuda = CudaInfo(nvidia_smi=gpus is not None, gpus=gpus or [])
    if torch_result:
        cuda.torch_cuda_available = bool(torch_result.get("cuda_available"))
        cuda.torch_cuda_version = torch_result.get("cuda_version")
        cuda.torch_device_count = torch_result.get("device_count")
    if cuda.gpus:
        names = ", ".join(sorted({g.name for g in cuda.gpus}))
        cuda.summary = f"{len(cuda.gpus)} GPU(s): {names}"
        if cuda.gpus[0].driver:
            cuda.summary += f" (driver {cuda.gpus[0].driver})"
    elif gpus is None:
        cuda.summary = "no NVIDIA GPU: nvidia-smi not found"
    else:
        cuda.summary = "nvidia-smi found but it lists no GPU"
    if cuda.torch_cuda_available is not None:
        cuda.summary += (
            f"; torch sees CUDA {cuda.torch_cuda_version} with {cuda.torch_device_count} device(s)"
            if cuda.torch_cuda_available
            else "; torch is installed without a usable CUDA device (CPU only)"
        )
    cluster = cluster_future.result() if cluster_future is not None else None
    if cluster is not None and cluster.problem:
        problems.append(cluster.problem)
    wandb, wandb_problems = wandb_state(root, versions.get("wandb"), env)
    problems += wandb_problems
    tb = TensorBoardInfo(installed=versions.get("tensorboard"))
    tb.used_by = sorted(
        {e.path for e in entries or [] if "tensorboard" in getattr(e, "imports", [])}
        | set(_tensorboard_users(root, entries or []))
    )
    tb.log_dirs = [
        d for d in ("runs", "lightning_logs", "tb_logs", "logs/tensorboard") if (root / d).is_dir()
    ]
    if tb.installed:
        tb.summary = f"tensorboard {tb.installed}" + (
            f", logs in {', '.join(tb.log_dirs)}" if tb.log_dirs else ""
        )
    else:
        tb.summary = "tensorboard not installed"
    return Environment(
        python_version=(packages or {}).get("version"),
        interpreter=(packages or {}).get("executable") or python,
        interpreter_source=source,
        frameworks=frameworks,
        cuda=cuda,
        wandb=wandb,
        tensorboard=tb,
        problems=problems,
        cluster=cluster,
    )


def _tensorboard_users(root: Path, entries: list[Any]) -> list[str]:
    users = []
    for entry in entries:
        try:
            text = (root / entry.path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if (
            "SummaryWriter" in text
            or "TensorBoardLogger" in text
            or "report_to" in text
            and "tensorboard" in text
        ):
            users.append(entry.path)
    return users
