"""What a Python file is, read from its AST: an entry point (a ``__main__`` guard or top-level code,
a command-line parser, a training loop or a trainer call) or a library module (only definitions).

Reading is cheap first: :func:`worth_reading` decides from the path which files are looked at at
all, and :func:`analyze` parses only files that mention a main guard, a parser or a training call.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from trainerd.training.detect.docs import docstring as docstring_usages
from trainerd.training.detect.model import EntryInfo

FRAMEWORK_IMPORTS = {
    "torch": "torch", "lightning": "lightning", "pytorch_lightning": "pytorch_lightning",
    "transformers": "transformers", "accelerate": "accelerate", "deepspeed": "deepspeed", "jax": "jax",
    "flax": "flax", "tensorflow": "tensorflow", "keras": "keras", "sklearn": "scikit-learn", "hydra": "hydra",
    "wandb": "wandb", "tensorboard": "tensorboard", "numpy": "numpy", "datasets": "datasets", "peft": "peft",
    "trl": "trl", "composer": "composer", "megatron": "megatron",
}  # fmt: skip
DL_FRAMEWORKS = {"torch", "lightning", "pytorch_lightning", "transformers", "accelerate", "deepspeed", "jax",
                 "flax", "tensorflow", "keras", "composer", "megatron"}  # fmt: skip
ENTRY_NAME = re.compile(
    r"^(train|run|main|finetune|fine_tune|pretrain|fit|launch)[\w-]*\.py$|^[\w-]*train[\w-]*\.py$"
)
# a file not named like an entry is parsed only when it trains (a script that does not is no training command)
_QUICK = re.compile(
    r"\.backward\(|\.fit\(|\.train\(\)|Trainer\(|trainer\.run\(|optim\w*\.step\(|train_one_epoch\("
)
# training-loop and trainer calls, as they read in source
# training-loop and trainer calls, as they read in source: (substrings one of which must be there, the
# pattern, the label). The substring test comes first: Python's re scans slowly for patterns that do
# not start with a literal, and entry files can be long.
_TRAIN_MARKERS = (
    (("backward(",), re.compile(r"\.backward\("), "loss.backward()"),
    ((".step(",), re.compile(r"optim\w*\.step\(|opt\.step\("), "optimizer.step()"),
    ((".fit(", "Trainer("), re.compile(r"trainer\.fit\(|\.fit\(\s*model|L\.Trainer\(|pl\.Trainer\("), "trainer.fit"),
    (("Trainer(", ".train("), re.compile(r"trainer\.train\(|Trainer\([^)]*\)\.train\(|SFTTrainer\(|DPOTrainer\(|GRPOTrainer\("),
     "Trainer(...).train()"),
    (("accelerator.backward",), re.compile(r"accelerator\.backward\("), "accelerator.backward"),
    (("engine.",), re.compile(r"engine\.(?:backward|step)\("), "DeepSpeed engine step"),
    (("trainer.run(", "train_one_epoch(", "train_epoch(", "def train("),
     re.compile(r"trainer\.run\(|train_one_epoch\(|train_epoch\(|def train\("), "a training loop"),
    (("model.fit(",), re.compile(r"model\.fit\("), "model.fit"),
)  # fmt: skip
_CPU_FLAG = re.compile(r"""add_argument\(\s*["'](--(?:device|accelerator|cpu|no[-_]cuda|use[-_]cpu))["']""")
_GPU_DEFAULT = re.compile(
    r"""default\s*=\s*["']cuda|device\s*=\s*["']cuda["']|\.cuda\(\)|torch\.device\(\s*["']cuda|accelerator\s*=\s*["']gpu"""
)


_SCRIPT_FOLDERS = frozenset({"scripts", "tools", "bin", "examples", "example", "projects", "recipes",
                             "experiments", "apps"})  # fmt: skip
_SKIP_FOLDERS = frozenset({"tests", "test", "testing", "docs", "doc", "benchmarks"})
_CONFIG_FOLDERS = frozenset({"configs", "conf", "config"})


def worth_reading(rel: str) -> bool:
    """Is ``rel`` a file users might run? Shallow files, entry-like names, script folders, ``__main__``.
    (Called for every Python file of the tree: the common "a module deep in a package" answer is
    reached with a few string operations.)"""
    slash = rel.rfind("/")
    name = rel[slash + 1 :]
    if not name.endswith(".py") or name == "__init__.py" or name.startswith(("test_", "conftest")):
        return False
    if slash < 0:
        return True
    parts = rel.split("/")
    depth = len(parts) - 1
    entry_named = name == "__main__.py" or bool(ENTRY_NAME.match(name))
    first = parts[0]
    if not entry_named and depth > 1 and first not in _SCRIPT_FOLDERS and first not in ("src", "projects"):
        return False  # a module inside a package
    if name.endswith("_test.py") or not _SKIP_FOLDERS.isdisjoint(parts[:-1]):
        return False
    if first in _CONFIG_FOLDERS or (depth > 1 and parts[1] in _CONFIG_FOLDERS):
        return False  # config/train_gpt2.py is a config (nanoGPT), not an entry
    if entry_named:
        return depth <= 6
    if first in _SCRIPT_FOLDERS:
        return depth <= 3
    if depth == 1 and first not in ("src", "lib"):
        return name in ("cli.py", "main.py") or first == name[:-3]  # projects/<x>/<x>.py shapes
    if depth == 2 and first in ("src", "projects"):
        return parts[1] == name[:-3] or name in ("cli.py", "main.py")
    return False


def _has(source: str, guards: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    return any(g in source for g in guards) and bool(pattern.search(source))


def quick_check(source: str) -> bool:
    """Could this file train? (checked before paying for an AST)"""
    return bool(_QUICK.search(source))


_TOP_SAFE = re.compile(
    r"^(?:def |async def |class |import |from |@|#|if |try:|"
    r"except|finally:|else:|elif |__all__|__version__|[)\]}]|[\"']|[rbfuRBFU]{1,2}[\"'])"
)
# module-level set-up that runs on import in library modules too (environment, paths, warnings, logging,
# seeds, a private ``_setup_…()`` helper): it does not make the file a script
_TOP_SETUP = re.compile(
    r"^(?:sys\.path\.(?:insert|append)\(|sys\.(?:stdout|stderr)\s*=|"
    r"os\.environ(?:\[[^\]]+\]\s*=|\.setdefault\(|\.update\(|\.pop\()|"
    r"warnings\.\w+\(|logging\.(?:basicConfig|captureWarnings|disable)\(|load_dotenv\(|"
    r"torch\.(?:set_\w+|manual_seed|backends\.[\w.]+\s*=)|"
    r"_\w*(?:setup|init|configure|patch|register|env|warn|logging|seed)\w*\([^)]*\)\s*(?:#.*)?$)"
)
_ASSIGN = re.compile(r"^[A-Za-z_][\w.]*(?:\s*:\s*[^=]+)?\s*=(?!=)\s*(.*)$")
_MAIN_GUARD = re.compile(r"^if\s+__name__\s*==\s*[\"']__main__[\"']", re.MULTILINE)
_TOP_DEF = re.compile(r"^(?:async\s+def|def|class)\s+(\w+)", re.MULTILINE)
_TOP_IMPORT = re.compile(r"^(?:from\s+(\w+)[\w.]*\s+import|import\s+(\w+))", re.MULTILINE)


def _harmless_text(text: str) -> bool:
    """Calls that only build definitions: loggers, TypeVars, registries, namedtuples, dataclass fields."""
    return bool(
        re.match(
            r"^(logging\.getLogger|logging\.get_logger|getLogger|get_logger|TypeVar|namedtuple|collections\.|"
            r"os\.environ\.get|os\.getenv|Path\(|os\.path\.|re\.compile|field\(|dict\(|set\(|list\(|tuple\(|"
            r"frozenset\(|object\(|attrs\.|dataclasses\.|\w+\.register|Registry\(|logger|partial\(|"
            r"functools\.|typing\.|NewType\(|Enum\(|\w+Config\(|importlib\.util\.find_spec|"
            r"(?:mp|multiprocessing)\.get_context\()",
            text,
        )
    )


def _top_lines(source: str) -> Iterator[str]:
    """The module-level lines outside triple-quoted strings (a commented-out example in a string is
    not code)."""
    in_string: str | None = None
    for line in source.splitlines():
        if in_string:
            if line.count(in_string) % 2 == 1:
                in_string = None
            continue
        if not line or line[0] in " \t":
            continue
        for quote in ('"""', "'''"):
            if line.count(quote) % 2 == 1:
                in_string = quote
        yield line


_CALL = re.compile(r"[\w\])]\s*\(")  # a call, not a parenthesised tuple of names


def _scan_top_level(source: str) -> bool:
    """Does any module-level statement do work (a call, a loop, ``with``)? A line scan, no AST:
    definitions, imports, docstrings and harmless assignments do not count; an ``if`` that reads the
    command line does."""
    for line in _top_lines(source):
        if line.startswith("if ") and "sys.argv" in line:
            return True
        if _TOP_SAFE.match(line) or _TOP_SETUP.match(line):
            continue
        assignment = _ASSIGN.match(line)
        if assignment:
            value = assignment.group(1)
            while (chained := _ASSIGN.match(value)) is not None:  # a = b = list(...)
                value = chained.group(1)
            if _CALL.search(value) and not _harmless_text(value):
                return True
            continue
        return True
    return False


_IMPORT_ANY = re.compile(
    r"^[ \t]*(?:from[ \t]+(\w+)[\w.]*[ \t]+import|import[ \t]+([\w. \t,]+))", re.MULTILINE
)
_DISTRIBUTED = re.compile(
    r"torch\.distributed|torch\.nn\.parallel|init_process_group|\b(?:LOCAL_RANK|WORLD_SIZE)\b"
)
_CLI = (
    (("config_",), re.compile(r"main\([^)]*config_(?:path|name)"), "hydra"),
    (("LightningCLI",), re.compile(r"LightningCLI\("), "lightning_cli"),
    (("ArgumentParser", "TrlParser"), re.compile(r"(?:HfArgumentParser|TrlParser)\("), "hf_argparser"),
    (("ArgumentParser",), re.compile(r"ArgumentParser\("), "argparse"),
    (("click", ".command("), re.compile(r"@click\.(?:command|group)|\.command\("), "click"),
    (("typer",), re.compile(r"typer\.(?:Typer|run)\("), "typer"),
    (("Fire(",), re.compile(r"Fire\("), "fire"),
    (("tyro", "jsonargparse"), re.compile(r"tyro\.cli\(|jsonargparse"), "typed_cli"),
    (("app.run(",), re.compile(r"app\.run\("), "absl"),
    (("sys.argv",), re.compile(r"sys\.argv"), "sys.argv"),
)
_HYDRA_MAIN = re.compile(r"main\(([^)]*config_(?:path|name)[^)]*)\)", re.DOTALL)
_HYDRA_PATH = re.compile(r"config_path\s*=\s*[\"']([^\"']*)[\"']")
_HYDRA_NAME = re.compile(r"config_name\s*=\s*[\"']([^\"']*)[\"']")
_CONFIG_ARG = re.compile(
    r"add_argument\(\s*[\"'](--?(?:config|config_file|config-file|cfg|config_path|config-path|base))[\"']([^)]*)\)"
)
_DEFAULT = re.compile(r"default\s*=\s*[\"']([^\"']*)[\"']")
_DOCSTRING = re.compile(r"\A(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*[rRuU]?(\"\"\"|\'\'\')(.*?)\1", re.DOTALL)


def analyze(rel: str, source: str) -> EntryInfo:
    """Imports, main guard, top-level code, CLI parser, training markers, Hydra, config and DDP hints,
    read with regular expressions and a line scan (no AST: fast on big files, and a file in another
    Python dialect still gets a row). A file with neither a main guard nor top-level code is a
    library module."""
    info = EntryInfo(path=rel)
    info.has_main_guard = (
        "__main__" in source
        and bool(_MAIN_GUARD.search(source))
        and any(_MAIN_GUARD.match(line) for line in _top_lines(source))
    )
    info.top_level_code = _scan_top_level(source)
    info.defines = _TOP_DEF.findall(source)
    modules: set[str] = set()
    for from_module, imported in _IMPORT_ANY.findall(source):
        if from_module:
            modules.add(from_module)
        else:
            modules.update(m.strip().split(".")[0].split()[0] for m in imported.split(",") if m.strip())
    info.imports = sorted(m for m in modules if m in FRAMEWORK_IMPORTS)
    if info.is_library:
        return info
    docstring = _DOCSTRING.match(source)
    if docstring:
        first_line = source.count("\n", 0, docstring.start(2)) + 1
        info.usage = [(u.line, u.text) for u in docstring_usages(docstring.group(2), first_line)]
    info.cli = next((name for guards, pattern, name in _CLI if _has(source, guards, pattern)), None)
    hydra = _HYDRA_MAIN.search(source) if "config_" in source else None
    if hydra:
        path, name = _HYDRA_PATH.search(hydra.group(1)), _HYDRA_NAME.search(hydra.group(1))
        info.hydra_config_path = path.group(1) if path else None
        info.hydra_config_name = name.group(1) if name else None
    config = _CONFIG_ARG.search(source) if "add_argument" in source else None
    if config:
        info.config_arg = config.group(1)
        default = _DEFAULT.search(config.group(2))
        info.config_default = default.group(1) if default else None
    if "configurator" in source and re.search(r"exec\(|import configurator", source):
        info.reads_config_argument = True  # nanoGPT: python train.py config/x.py --key=value
    info.distributed = bool(_DISTRIBUTED.search(source))
    info.trains = [label for guards, pattern, label in _TRAIN_MARKERS if _has(source, guards, pattern)]
    cpu = _CPU_FLAG.search(source)
    if cpu:
        info.cpu_flag = cpu.group(1)
    info.gpu_default = bool(_GPU_DEFAULT.search(source))
    return info


def entry_notes(info: EntryInfo, config_groups: list[str] | None = None) -> list[str]:
    """What a user should know about running ``info``'s file: frameworks, how it takes its config,
    distributed hints, and (truthfully) when it only defines things."""
    notes = []
    frameworks = [m for m in info.imports if m in DL_FRAMEWORKS]
    if frameworks:
        notes.append("uses " + ", ".join(frameworks))
    if info.hydra_config_path is not None or info.hydra_config_name:
        groups = config_groups or []
        overrides = ", ".join(f"`{g}`" for g in groups[:2]) if groups else "`key=value`"
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
    if info.is_library:
        shown = ", ".join(f"`{d}`" for d in info.defines[:3])
        what = f"defines {shown}" if shown else "has no main guard and no top-level code"
        notes.append(f"library module: {what}; running it does nothing (other code imports it)")
    elif not info.has_main_guard and info.top_level_code and info.imports:
        notes.append("no __main__ guard: it runs when imported too")
    return notes
