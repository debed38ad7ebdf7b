"""Find how a project trains: entry scripts, shell scripts, console scripts, Makefile targets, README
usage lines and the configs each one uses. Nothing is run (environment facts are in
:mod:`trainerd.training.environment`); the result is a ranked table, most likely command first.
"""

from __future__ import annotations

import ast
import configparser
import fnmatch
import os
import re
import shlex
import shutil
import tomllib
from pathlib import Path

import attrs

from trainerd.errors import TrainerError

ENTRY_PATTERNS = ("train*.py", "run*.py", "main*.py")
SHELL_DIRS = (".", "scripts", "bin")
CONFIG_DIRS = ("configs", "conf", "config")
CONFIG_EXTS = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".toml": "toml", ".py": "python"}
README_NAMES = ("README.md", "README.rst", "README.txt", "README", "readme.md", "Readme.md")
# folders that never hold a project's own entry points
PRUNE_DIRS = {
    ".git", ".hg", ".svn", "venv", ".venv", "env", ".env", "node_modules", "__pycache__", ".mypy_cache",
    ".pytest_cache", ".ruff_cache", ".tox", ".nox", ".cache", ".ipynb_checkpoints", "site-packages",
    "build", "dist", ".eggs", "data", "datasets", "dataset", "outputs", "output", "out", "wandb",
    "lightning_logs", "runs", "checkpoints", "logs", "multirun", "mlruns", "tb_logs",
    ".trainer-workspace", ".idea", ".vscode",
}  # fmt: skip
FRAMEWORK_IMPORTS = {
    "torch": "torch",
    "lightning": "lightning",
    "pytorch_lightning": "pytorch_lightning",
    "transformers": "transformers",
    "accelerate": "accelerate",
    "deepspeed": "deepspeed",
    "jax": "jax",
    "flax": "flax",
    "tensorflow": "tensorflow",
    "keras": "keras",
    "sklearn": "scikit-learn",
    "hydra": "hydra",
    "wandb": "wandb",
    "tensorboard": "tensorboard",
    "numpy": "numpy",
    "datasets": "datasets",
    "peft": "peft",
    "trl": "trl",
}
DL_FRAMEWORKS = {"torch", "lightning", "pytorch_lightning", "transformers", "accelerate", "deepspeed", "jax", "flax",
                 "tensorflow", "keras"}  # fmt: skip
_README_CMD = re.compile(
    r"^(?:python3?(?:\s|$)|torchrun\s|accelerate\s+launch\s|deepspeed\s|make(?:\s|$)|bash\s|sh\s|\./\S)"
)
_TRAINISH = re.compile(r"train|finetune|fine_tune|pretrain|fit", re.IGNORECASE)
MAX_FILE_BYTES = 1_000_000


@attrs.define
class DetectedCommand:
    """One way to train: the exact command line, where it was found, and what to know about it."""

    command: str
    source: str  # readme | script | shell | console_script | makefile
    origin: str  # file (and line or target) it came from, relative to the root
    notes: list[str] = attrs.Factory(list)
    configs: list[str] = attrs.Factory(list)
    entry: str | None = None  # the Python entry file it runs, when known
    score: int = 0
    cwd: str = ""  # where to run it: the project root (paths in the command are relative to it)


@attrs.define
class ConfigFile:
    path: str
    format: str
    used_by: list[str] = attrs.Factory(list)


@attrs.define
class EntryInfo:
    """What the AST of an entry script says."""

    path: str
    imports: list[str] = attrs.Factory(list)
    has_main_guard: bool = False
    hydra_config_path: str | None = None
    hydra_config_name: str | None = None
    config_arg: str | None = None  # "--config" style option name
    config_default: str | None = None
    distributed: bool = False
    reads_config_argument: bool = False  # nanoGPT's configurator: config files as positional args


@attrs.define
class DetectionResult:
    root: str
    commands: list[DetectedCommand]
    configs: list[ConfigFile]
    entries: list[EntryInfo]
    searched: list[str]
    problems: list[str]
    files_scanned: int
    message: str
    environment: object | None = None  # trainerd.training.environment.Environment when asked
    preflight: object | None = None  # trainerd.training.preflight.Preflight when a command was given


# --- walking ------------------------------------------------------------------------------------
class _Ignore:
    """The project's .gitignore rules (root and nested), matched with pathspec's git semantics."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.specs: list[tuple[str, object]] = []

    def load(self, directory: Path, problems: list[str]) -> None:
        file = directory / ".gitignore"
        if not file.is_file():
            return
        try:
            lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            problems.append(f"{self._rel(file)}: unreadable ({exc.strerror})")
            return
        import pathspec

        prefix = "" if directory == self.root else self._rel(directory) + "/"
        self.specs.append((prefix, pathspec.GitIgnoreSpec.from_lines(lines)))

    def _rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def ignored(self, rel: str, is_dir: bool) -> bool:
        for prefix, spec in self.specs:
            if prefix and not rel.startswith(prefix):
                continue
            sub = rel[len(prefix) :]
            if spec.match_file(sub + "/" if is_dir else sub):  # type: ignore[attr-defined]
                return True
        return False


def _is_venv(path: Path) -> bool:
    return (path / "pyvenv.cfg").is_file() or (path / "bin" / "activate").is_file()


def walk(root: Path, problems: list[str]) -> tuple[list[str], int]:
    """Relative paths of every file below ``root`` that is not pruned, and how many files were seen."""
    ignore = _Ignore(root)
    prefix_len = len(str(root)) + 1
    files: list[str] = []
    seen = 0
    stack = [root]
    while stack:
        directory = stack.pop()
        ignore.load(directory, problems)
        try:
            entries = list(os.scandir(directory))
        except OSError as exc:
            problems.append(f"{directory.relative_to(root).as_posix() or '.'}/: unreadable ({exc.strerror})")
            continue
        for entry in entries:
            rel = entry.path[prefix_len:]  # string slicing: Path.relative_to per file is the slow part
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_dir:
                name = entry.name
                if name in PRUNE_DIRS or name.endswith(".egg-info") or _is_venv(Path(entry.path)):
                    continue
                if ignore.ignored(rel, True):
                    continue
                stack.append(Path(entry.path))
            else:
                seen += 1
                if not ignore.ignored(rel, False):
                    files.append(rel)
    files.sort()
    return files, seen


def _read(root: Path, rel: str, problems: list[str]) -> str | None:
    import stat

    path = root / rel
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            problems.append(f"{rel}: not a regular file, not read")
            return None
        if info.st_size > MAX_FILE_BYTES:
            problems.append(f"{rel}: larger than {MAX_FILE_BYTES // 1000} kB, not read")
            return None
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        problems.append(f"{rel}: unreadable ({exc.strerror})")
        return None


# --- entry scripts ------------------------------------------------------------------------------
def analyze_entry(rel: str, source: str) -> EntryInfo:
    """Imports, main guard, Hydra decorator, ``--config`` option and DDP hints of one script."""
    info = EntryInfo(path=rel)
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return info
    imports: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imports.update(alias.name.split(".")[0] for alias in node.names)
            if any(a.name.startswith("torch.distributed") for a in node.names):
                info.distributed = True
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imports.add(node.module.split(".")[0])
            if node.module.startswith("torch.distributed") or node.module.startswith("torch.nn.parallel"):
                info.distributed = True
        elif isinstance(node, ast.If) and _is_main_guard(node.test):
            info.has_main_guard = True
        elif isinstance(node, ast.Call):
            name = _call_name(node.func)
            if name in ("hydra.main", "main") and any(
                k.arg in ("config_path", "config_name") for k in node.keywords
            ):
                for keyword in node.keywords:
                    if keyword.arg == "config_path" and isinstance(keyword.value, ast.Constant):
                        info.hydra_config_path = str(keyword.value.value)
                    if keyword.arg == "config_name" and isinstance(keyword.value, ast.Constant):
                        info.hydra_config_name = str(keyword.value.value)
            elif name.endswith("add_argument") and node.args:
                flag = node.args[0]
                if isinstance(flag, ast.Constant) and isinstance(flag.value, str):
                    if flag.value.lstrip("-") in (
                        "config",
                        "config_file",
                        "config-file",
                        "cfg",
                        "config_path",
                    ):
                        info.config_arg = flag.value
                        for keyword in node.keywords:
                            if keyword.arg == "default" and isinstance(keyword.value, ast.Constant):
                                if isinstance(keyword.value.value, str):
                                    info.config_default = keyword.value.value
            elif name in (
                "init_process_group",
                "dist.init_process_group",
                "torch.distributed.init_process_group",
            ):
                info.distributed = True
            elif name in ("exec",) and "configurator" in ast.unparse(node):
                info.reads_config_argument = True
    if "configurator" in source and re.search(r"exec\(|import configurator", source):
        info.reads_config_argument = True  # nanoGPT: python train.py config/x.py --key=value
    if re.search(r"\b(LOCAL_RANK|WORLD_SIZE)\b", source):
        info.distributed = True
    info.imports = sorted(m for m in imports if m in FRAMEWORK_IMPORTS)
    return info


def _is_main_guard(test: ast.expr) -> bool:
    return (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and test.left.id == "__name__"
        and any(isinstance(c, ast.Constant) and c.value == "__main__" for c in test.comparators)
    )


def _call_name(func: ast.expr) -> str:
    try:
        return ast.unparse(func)
    except Exception:  # unparse of odd nodes
        return ""


def _entry_notes(info: EntryInfo, config_groups: list[str]) -> list[str]:
    notes = []
    frameworks = [m for m in info.imports if m in DL_FRAMEWORKS]
    if frameworks:
        notes.append("uses " + ", ".join(frameworks))
    if info.hydra_config_path is not None or info.hydra_config_name:
        overrides = ", ".join(f"`{g}`" for g in config_groups[:2]) if config_groups else "`key=value`"
        notes.append(f"Hydra app, overrides like {overrides}")
    if info.config_arg:
        default = f" (default {info.config_default})" if info.config_default else ""
        notes.append(f"takes {info.config_arg} FILE{default}")
    if info.reads_config_argument:
        notes.append("config files passed as arguments override its globals")
    if info.distributed:
        notes.append("multi-GPU via torchrun (DDP)")
    if "accelerate" in info.imports:
        notes.append("multi-GPU/mixed precision via `accelerate launch`")
    if not info.has_main_guard and info.imports:
        notes.append("no __main__ guard: importing it runs it")
    return notes


def _entry_score(rel: str, info: EntryInfo) -> int:
    name = rel.rsplit("/", 1)[-1]
    score = 50
    if name == "train.py":
        score += 20
    elif fnmatch.fnmatch(name, "train*.py"):
        score += 15
    elif fnmatch.fnmatch(name, "main*.py"):
        score += 5
    depth = rel.count("/")
    if rel.startswith("src/"):
        depth -= 1
    score -= 5 * depth
    if rel.split("/", 1)[0] in ("tests", "test", "examples", "docs"):
        score -= 20
    if info.has_main_guard:
        score += 3
    if any(m in DL_FRAMEWORKS for m in info.imports):
        score += 10
    return score


# --- configs ------------------------------------------------------------------------------------
def _config_files(files: list[str]) -> list[ConfigFile]:
    found = []
    for rel in files:
        parts = rel.split("/")
        if len(parts) < 2:
            continue
        ext = os.path.splitext(rel)[1].lower()
        if ext not in CONFIG_EXTS or parts[-1] == "__init__.py":
            continue
        # configs/, conf/, config/ at the root, or one level down (src/configs, pkg/conf)
        if parts[0] in CONFIG_DIRS or (len(parts) > 2 and parts[1] in CONFIG_DIRS):
            found.append(ConfigFile(path=rel, format=CONFIG_EXTS[ext]))
    return found


def _hydra_dir(entry: str, config_path: str) -> str:
    base = os.path.dirname(entry)
    return os.path.normpath(os.path.join(base, config_path)).replace(os.sep, "/")


def _config_groups(configs: list[ConfigFile], config_dir: str) -> list[str]:
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


# --- README -------------------------------------------------------------------------------------
def readme_commands(text: str) -> list[tuple[int, str]]:
    """(line number, command) for each usage line: ``python …``, ``torchrun …``, ``accelerate launch
    …``, ``deepspeed …``, ``make …``, ``bash …`` -- only where a README shows code: fenced blocks,
    indented blocks, ``$``-prompt lines and inline code. Prose ("make sure you …") is not a command."""
    lines = text.splitlines()
    found: list[tuple[int, str]] = []
    fence: str | None = None
    i = 0
    while i < len(lines):
        start = i
        line = lines[i]
        raw = line.strip()
        i += 1
        marker = re.match(r"^(```+|~~~+)", raw)
        if marker:
            if fence is None:
                fence = marker.group(1)[:3]
            elif raw.startswith(fence):
                fence = None
            continue
        in_code = fence is not None or line.startswith(("    ", "\t"))
        prompt = re.match(r"^(?:\$|%|>>>?)\s+", raw) if in_code else re.match(r"^\$\s+", raw)
        if in_code or prompt:
            candidates = [raw[prompt.end() :] if prompt else raw]
        elif "`" in raw:
            candidates = [c.strip() for c in re.findall(r"`([^`]+)`", raw)]
        else:
            continue
        for cand in candidates:
            while cand.endswith("\\") and i < len(lines) and len(candidates) == 1:
                cand = cand[:-1].rstrip() + " " + lines[i].strip()
                i += 1
            cand = re.sub(r"\s+", " ", cand).strip()
            if not _README_CMD.match(cand):
                continue
            if re.match(
                r"^python3? -m pip\b|^python3? setup\.py\b|^make (?:install|clean|lint|format|test)\b", cand
            ):
                continue
            if cand in ("python", "python3", "make"):
                continue
            found.append((start + 1, cand))
    return found


def _readme_notes(command: str) -> list[str]:
    notes = []
    if command.startswith("torchrun"):
        match = re.search(r"--nproc[_-]per[_-]node[= ](\S+)", command)
        procs = f" ({match.group(1)} processes per node)" if match else ""
        notes.append(f"multi-GPU via torchrun{procs}")
    elif command.startswith("accelerate launch"):
        notes.append("multi-GPU/mixed precision via accelerate (uses `accelerate config` settings)")
    elif command.startswith("deepspeed"):
        notes.append("DeepSpeed launcher")
    if re.search(r"--device[= ]cpu|device=cpu", command):
        notes.append("runs on CPU")
    return notes


def entry_of(command: str) -> str | None:
    """The Python file a command line runs (after python / torchrun / accelerate launch / deepspeed)."""
    try:
        words = shlex.split(command)
    except ValueError:
        return None
    for word in words:
        if word.endswith(".py") and not word.startswith("-") and "=" not in word:
            return word
    return None


def _hydra_overrides(command: str, config_dir: str, root: Path) -> list[str]:
    """Config group files a Hydra command line selects: ``trainer=gpu`` -> ``configs/trainer/gpu.yaml``."""
    try:
        words = shlex.split(command)
    except ValueError:
        return []
    out = []
    for word in words:
        match = re.fullmatch(r"\+?([A-Za-z_][\w/]*)=([\w./-]+)", word)
        if match:
            for ext in (".yaml", ".yml"):
                candidate = f"{config_dir}/{match.group(1)}/{match.group(2)}{ext}"
                if (root / candidate).is_file():
                    out.append(candidate)
    return out


def _args_files(command: str, root: Path) -> list[str]:
    """Config-looking files a command passes as arguments (``config/x.py``, ``--config a.yaml``)."""
    try:
        words = shlex.split(command)
    except ValueError:
        return []
    entry = entry_of(command)
    out = []
    for word in words:
        value = word.split("=", 1)[1] if word.startswith("-") and "=" in word else word
        if value == entry or os.path.splitext(value)[1].lower() not in CONFIG_EXTS:
            continue
        if (root / value).is_file():
            out.append(os.path.normpath(value).replace(os.sep, "/"))
    return out


# --- packaging: console scripts, Makefile, shell scripts ----------------------------------------
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
        except (OSError, tomllib.TOMLDecodeError) as exc:
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
        except (OSError, configparser.Error) as exc:
            problems.append(f"setup.cfg: unreadable ({exc})")
    setup_py = root / "setup.py"
    if setup_py.is_file():
        text = _read(root, "setup.py", problems)
        if text:
            for name, target in _setup_py_scripts(text):
                found.append((name, target, "setup.py console_scripts"))
    return found


def _setup_py_scripts(text: str) -> list[tuple[str, str]]:
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return []
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=False):
                if isinstance(key, ast.Constant) and key.value == "console_scripts":
                    try:
                        items = ast.literal_eval(value)
                    except ValueError:
                        continue
                    for item in [items] if isinstance(items, str) else items:
                        if isinstance(item, str) and "=" in item:
                            name, target = (p.strip() for p in item.split("=", 1))
                            out.append((name, target))
    return out


def makefile_targets(text: str) -> list[tuple[str, list[str], int]]:
    """(target, recipe lines, line number) of each explicit Makefile rule."""
    targets = []
    lines = text.splitlines()
    current: tuple[str, list[str], int] | None = None
    for number, line in enumerate(lines, 1):
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


def _makefile_relevant(target: str, recipe: list[str]) -> bool:
    if _TRAINISH.search(target):
        return True
    joined = " ".join(recipe)
    return bool(re.search(r"\b(python3?|torchrun|accelerate|deepspeed)\b", joined)) and bool(
        _TRAINISH.search(joined) or re.search(r"\brun\b", target)
    )


# --- detect -------------------------------------------------------------------------------------
def detect(root: str | Path, environment: bool = False, interpreter: str | None = None) -> DetectionResult:
    """Scan ``root`` for training commands (ranked) and configs; with ``environment``, add the
    interpreter, frameworks, GPUs and wandb/TensorBoard state."""
    base = Path(os.path.expanduser(str(root)))
    if not base.exists():
        raise TrainerError(f"{base} does not exist", field="root")
    if not base.is_dir():
        raise TrainerError(f"{base} is not a folder", field="root")
    base = base.resolve()
    problems: list[str] = []
    files, seen = walk(base, problems)
    commands: list[DetectedCommand] = []
    configs = _config_files(files)
    by_path = {c.path: c for c in configs}
    entries: dict[str, EntryInfo] = {}
    hydra_dirs: dict[str, str] = {}  # entry -> its Hydra config folder

    def tie(config: str, user: str) -> None:
        cfg = by_path.get(config)
        if cfg is None:
            ext = os.path.splitext(config)[1].lower()
            cfg = ConfigFile(path=config, format=CONFIG_EXTS.get(ext, "other"))
            by_path[config] = cfg
            configs.append(cfg)
        if user not in cfg.used_by:
            cfg.used_by.append(user)

    # entry scripts
    config_paths = {c.path for c in configs}
    for rel in files:
        name = rel.rsplit("/", 1)[-1]
        if not any(fnmatch.fnmatch(name, p) for p in ENTRY_PATTERNS) or rel in config_paths:
            continue  # config/train_gpt2.py is a config (nanoGPT), not an entry
        source = _read(base, rel, problems)
        if source is None:
            continue
        info = analyze_entry(rel, source)
        entries[rel] = info
        groups: list[str] = []
        tied: list[str] = []
        if info.hydra_config_path is not None:
            cdir = _hydra_dir(rel, info.hydra_config_path)
            groups = _config_groups(configs, cdir)
            hydra_dirs[rel] = cdir
            for cfg in configs:
                if not cfg.path.startswith(cdir + "/"):
                    continue
                inner = cfg.path[len(cdir) + 1 :]
                stem = os.path.splitext(inner)[0]
                primary = (
                    bool(info.hydra_config_name) and stem == os.path.splitext(info.hydra_config_name or "")[0]
                )
                if primary or "/" in inner:  # the primary config and the config groups it composes from
                    tie(cfg.path, rel)
                if primary:
                    tied.append(cfg.path)
        if info.config_default and (base / info.config_default).is_file():
            tie(os.path.normpath(info.config_default), rel)
            tied.append(os.path.normpath(info.config_default))
        commands.append(
            DetectedCommand(
                command=f"python {rel}",
                source="script",
                origin=rel,
                notes=_entry_notes(info, groups),
                configs=tied,
                entry=rel,
                score=_entry_score(rel, info),
            )
        )

    # shell scripts
    for rel in files:
        folder, _, name = rel.rpartition("/")
        if not name.endswith(".sh") or (folder or ".") not in SHELL_DIRS:
            continue
        text = _read(base, rel, problems)
        if text is None:
            continue
        runs = [
            ln.strip()
            for ln in text.splitlines()
            if re.match(r"^\s*(python3?|torchrun|accelerate launch|deepspeed)\s", ln)
        ]
        notes = [f"runs `{runs[0]}`"] if runs else []
        if len(runs) > 1:
            notes[0] += f" (+{len(runs) - 1} more)"
        executable = os.access(base / rel, os.X_OK)
        entry = entry_of(runs[0]) if runs else None
        shell_configs = [c for run in runs for c in _args_files(run, base)]
        for cfg_path in shell_configs:
            tie(cfg_path, rel)
        commands.append(
            DetectedCommand(
                command=f"./{rel}" if executable else f"bash {rel}",
                source="shell",
                origin=rel,
                notes=notes + ([] if executable else ["not executable: run with bash"]),
                configs=list(dict.fromkeys(shell_configs)),
                entry=entry,
                score=55 if _TRAINISH.search(name) else 35,
            )
        )

    # console scripts
    for name, target, origin in console_scripts(base, problems):
        installed = shutil.which(name) is not None
        notes = [f"console script -> {target}"]
        if not installed:
            notes.append("not on PATH: `pip install -e .` first")
        commands.append(
            DetectedCommand(
                command=name,
                source="console_script",
                origin=origin,
                notes=notes,
                score=55 if _TRAINISH.search(name) else 25,
            )
        )

    # Makefile targets
    for makefile in ("Makefile", "makefile", "GNUmakefile"):
        if makefile in files:
            text = _read(base, makefile, problems)
            for target, recipe, _line in makefile_targets(text or ""):
                if not _makefile_relevant(target, recipe):
                    continue
                entry = next((e for e in (entry_of(r) for r in recipe) if e), None)
                commands.append(
                    DetectedCommand(
                        command=f"make {target}",
                        source="makefile",
                        origin=f"{makefile}:{target}",
                        notes=[f"recipe: {' && '.join(recipe)}"]
                        if recipe
                        else ["no recipe (depends on other targets)"],
                        entry=entry,
                        score=60 if _TRAINISH.search(target) else 40,
                    )
                )
            break

    # README usage lines
    for readme in README_NAMES:
        if readme in files:
            text = _read(base, readme, problems)
            for line, cmd in readme_commands(text or ""):
                entry = entry_of(cmd)
                score = 85 if _TRAINISH.search(cmd) else 50  # data prep, sampling, evaluation rank lower
                if entry and not (base / entry).is_file():
                    score -= 30  # the README names a file this project does not have
                notes = _readme_notes(cmd)
                if entry and entry in entries:
                    notes += [n for n in _entry_notes(entries[entry], []) if n.startswith("uses ")]
                tied = _args_files(cmd, base)
                if entry in hydra_dirs:
                    tied += _hydra_overrides(cmd, hydra_dirs[entry], base)
                for cfg_path in tied:
                    tie(cfg_path, entry or cmd)
                commands.append(
                    DetectedCommand(
                        command=cmd,
                        source="readme",
                        origin=f"{readme}:{line}",
                        notes=notes,
                        configs=tied,
                        entry=entry,
                        score=score,
                    )
                )
            break

    commands = _dedupe(commands)
    for row in commands:
        row.cwd = str(base)
    commands.sort(key=lambda c: -c.score)  # stable: equal scores keep the order they were found in
    configs.sort(key=lambda c: c.path)
    searched = [
        "entry scripts " + ", ".join(ENTRY_PATTERNS) + " in the root and below",
        "shell scripts *.sh in ., scripts/, bin/",
        "console scripts in pyproject.toml, setup.py, setup.cfg",
        "Makefile targets",
        "configs in " + ", ".join(f"{d}/" for d in CONFIG_DIRS),
        "usage lines in " + "/".join(README_NAMES[:3]),
    ]
    if commands:
        message = f"{len(commands)} training command(s) found; the first is the most likely"
    else:
        message = (
            f"no training command found in {base} (searched: "
            + "; ".join(searched)
            + "); type the command to run"
        )
    result = DetectionResult(
        root=str(base),
        commands=commands,
        configs=configs,
        entries=list(entries.values()),
        searched=searched,
        problems=problems,
        files_scanned=seen,
        message=message,
    )
    if environment:
        from trainerd.training.environment import collect

        result.environment = collect(base, entries=list(entries.values()), interpreter=interpreter)
    return result


def _dedupe(commands: list[DetectedCommand]) -> list[DetectedCommand]:
    """One row per exact command line: the best-scored keeps its place and gains the others' notes."""
    best: dict[str, DetectedCommand] = {}
    for cmd in sorted(commands, key=lambda c: -c.score):
        kept = best.get(cmd.command)
        if kept is None:
            best[cmd.command] = cmd
            continue
        kept.notes += [n for n in cmd.notes if n not in kept.notes]
        kept.configs += [c for c in cmd.configs if c not in kept.configs]
        also = f"also {cmd.origin}"
        if also not in kept.notes:
            kept.notes.append(also)
    return list(best.values())
