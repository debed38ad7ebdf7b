"""A documented usage line checked against the project: the folder it runs in (``cd`` lines, an
example's own folder), the file, module, console script or batch script it runs — a row only when
that exists — its configs, what is left to fill in, and what it does."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import attrs

from trainerd.training.detect import commands, rank
from trainerd.training.detect.configs import CONFIG_EXTS
from trainerd.training.detect.docs import Usage
from trainerd.training.detect.model import DetectedCommand

_STANDARD_VARS = {"HOME", "USER", "PWD", "PATH", "SHELL", "HOSTNAME", "TMPDIR", "CUDA_VISIBLE_DEVICES"}


@attrs.define
class Doc:
    """A document detection reads, and how much a reader trusts it for "what do I run": its ``tier``
    (5 the root README; 4 the guides it sends a new reader to and GETTING_STARTED-style files; 3 the
    example READMEs it lists and other root documents; 2 docs/ guides, other example READMEs and
    script docstrings; 1 other docs/ pages and notebooks) and a ``bonus`` within the tier (the
    README's reading order, how strongly it points there)."""

    rel: str
    tier: int
    source: str  # readme | docs | notebook | docstring
    folder: str  # the folder its relative paths are written against first ("" = the root)
    bonus: float = 0.0
    lines: int = 0  # its length, for "how early in the document"


@attrs.define
class Project:
    """What resolution needs to know about the project."""

    root: Path
    consoles: dict[str, tuple[str, str]]  # name -> (target, origin)
    entries: dict[str, object]  # rel -> EntryInfo of files already analysed
    shell_runs: dict[str, list[tuple[int, str]]]  # rel -> launcher lines of the shell scripts read
    sbatch: dict[str, dict[str, str]] = attrs.Factory(dict)  # rel -> #SBATCH requests of batch scripts read
    by_name: dict[str, list[str]] = attrs.Factory(dict)  # config file name -> the config files so named
    make_targets: set[str] | None = None  # the root Makefile's targets; None: no Makefile or cannot tell

    def is_file(self, rel: str) -> bool:
        return (self.root / rel).is_file()

    def is_dir(self, rel: str) -> bool:
        return (self.root / rel).is_dir()


def _norm(path: str) -> str:
    normal = os.path.normpath(path).replace(os.sep, "/")
    return "" if normal == "." else normal


def _inside(rel: str) -> bool:
    return not (rel.startswith("../") or rel == ".." or rel.startswith("/"))


def working_folder(usage: Usage, parsed: commands.Parsed, doc: Doc, project: Project) -> str | None:
    """The folder (relative to the root) the usage runs in: ``cd`` lines followed from the document's
    folder or the root; a ``cd`` into the clone itself, to an absolute folder (the author's machine)
    or to a folder that is not here is ignored (the files the command names decide then)."""
    current = doc.folder
    for target in [*usage.cd, *([parsed.cd] if parsed.cd else [])]:
        if target.startswith(("/", "~", "$")):
            continue
        for base in dict.fromkeys([current, doc.folder, ""]):
            candidate = _norm(f"{base}/{target}" if base else target)
            if _inside(candidate) and project.is_dir(candidate):
                current = candidate
                break
    return current


def _locate(path: str, folder: str, doc: Doc, project: Project) -> tuple[str, str] | None:
    """(folder to run in, path relative to the root) of a file the command names."""
    for base in dict.fromkeys([folder, doc.folder, ""]):
        rel = _norm(f"{base}/{path}" if base else path)
        if _inside(rel) and project.is_file(rel):
            return base, rel
    return None


def _module_file(module: str, folder: str, project: Project) -> str | None:
    parts = module.split(".")
    for base in dict.fromkeys([folder, "", "src"]):
        stem = "/".join(parts)
        for candidate in (f"{stem}.py", f"{stem}/__main__.py"):
            rel = _norm(f"{base}/{candidate}" if base else candidate)
            if project.is_file(rel):
                return rel
    return None


@attrs.define
class Resolved:
    row: DetectedCommand
    parsed: commands.Parsed
    missing: list[str] = attrs.Factory(list)  # config files named but not here


def resolve(usage: Usage, doc: Doc, project: Project) -> Resolved | None:
    """The row for ``usage``, or ``None`` when it runs nothing of this project (an installer, a
    file that is not here, a module of another package)."""
    parsed = commands.parse(usage.text, frozenset(project.consoles))
    if parsed is None or not parsed.program:
        return None
    name = parsed.program.rsplit("/", 1)[-1]
    if name in commands.NOT_TRAINING and not parsed.runner:
        return None
    folder = working_folder(usage, parsed, doc, project)
    if folder is None:
        return None
    entry: str | None = None
    script: str | None = None
    backend = None
    resources: dict[str, str] = {}
    notes: list[str] = []
    words: list[str | None] = []
    if parsed.script:
        located = _locate(parsed.script, folder, doc, project)
        if located is None:
            return None  # the docs name a file this checkout does not have
        folder, script = located
        entry = script
        if parsed.launcher and parsed.launcher.endswith(".py"):  # the project's own launcher script
            inner = next((a for a in parsed.args if a.endswith(".py")), None)
            inner_located = _locate(inner, folder, doc, project) if inner else None
            inner_info = project.entries.get(inner_located[1]) if inner_located else None
            if inner_located and inner_info is not None and not getattr(inner_info, "is_library", True):
                entry = inner_located[1]  # python deepy.py train.py …: the script it launches (not a config)
        words += [Path(entry).stem, Path(entry).parent.name]
        if parsed.launcher == "sbatch":
            backend = "slurm"
            resources = dict(project.sbatch.get(script, {}))
            resources.update(_sbatch_cli(parsed.words))
        if script.endswith((".sh", ".slurm", ".sbatch", ".bash")):
            words += [w for _, run in project.shell_runs.get(script, []) for w in _run_words(run)]
            inner = next(
                (i for i in (_first_entry(run) for _, run in project.shell_runs.get(script, [])) if i), None
            )
            located_inner = _locate(inner, folder, doc, project) if inner else None
            if located_inner:
                entry = located_inner[1]  # the Python file the script runs (what pre-flight checks)
    elif parsed.module:
        entry = _module_file(parsed.module, folder, project)
        if entry is None:
            return None
        words += [parsed.module.rsplit(".", 1)[-1], parsed.module]
    elif name in project.consoles or parsed.program in project.consoles:
        target, origin = project.consoles.get(parsed.program) or project.consoles[name]
        notes.append(f"console script `{name}` -> {target} ({origin})")
        if parsed.subcommand:
            words.append(parsed.subcommand)
        words.append(name)
        entry = f"{name} {parsed.subcommand}" if parsed.subcommand else name
    elif name == "make":
        if not parsed.subcommand or not any(
            project.is_file(m) for m in ("Makefile", "makefile", "GNUmakefile")
        ):
            return None
        targets = [w for w in parsed.args if not w.startswith("-") and "=" not in w]
        elsewhere = any(
            w.startswith(("-C", "-f", "--directory", "--file", "--makefile")) for w in parsed.args
        )
        if project.make_targets is not None and not elsewhere and not folder:
            if any(t not in project.make_targets for t in targets):
                return None  # the Makefile has no such target: `make` would stop at once
        words += targets  # `make run export_onnx`: every target says what the line does
        entry = f"make {parsed.subcommand}"
    elif name in commands.DOWNLOADERS:
        entry = None
        words.append("download")
    else:
        return None
    kind = rank.flag_intent(parsed.text) or rank.word_intent(*words)
    if kind is None:
        kind = _context_kind(usage, entry, script, project)
    configs, missing = _config_args(parsed, folder, project)
    row = DetectedCommand(
        command=parsed.text,
        source=doc.source,
        origin=f"{doc.rel}:{usage.line}",
        notes=notes + launcher_notes(parsed),
        configs=configs,
        entry=entry,
        cwd=str(project.root / folder) if folder else str(project.root),
        kind=kind,
        placeholders=list(parsed.placeholders),
        backend=backend,
        script=script if backend else None,
        resources=resources,
    )
    if backend == "slurm":
        from trainerd.training.slurm import Resources, describe

        known = {k: v for k, v in resources.items() if k in attrs.fields_dict(Resources)}
        summary = describe(Resources(**known))
        row.notes.insert(0, "Slurm batch job" + (f": {summary}" if summary else ""))
    variables = [v for v in re.findall(r"\$\{?([A-Za-z_]\w*)\}?", parsed.text) if v not in _STANDARD_VARS]
    for variable in dict.fromkeys(variables):
        if variable in usage.variables:
            line, value = usage.variables[variable]
            row.notes.append(f"set ${variable} first ({doc.rel}:{line}: {variable}={value})")
        elif not variable.startswith("SLURM"):
            row.placeholders.append(f"${variable}")
    for absolute in _absent_absolute_paths(parsed.words):
        if absolute not in row.placeholders and not any(absolute.startswith(p) for p in row.placeholders):
            row.placeholders.append(absolute)
    if missing:
        row.notes.append("not in this checkout: " + ", ".join(missing))
    if row.placeholders:
        row.notes.insert(0, "fill in: " + ", ".join(row.placeholders))
    return Resolved(row, parsed, missing)


_SYSTEM_PREFIXES = ("/dev/", "/tmp", "/usr/", "/bin/", "/etc/", "/opt/", "/proc/", "/sys/", "/var/", "/lib")


def _absent_absolute_paths(words: list[str]) -> list[str]:
    """Absolute paths the command names that this machine does not have (``/data/imagenet``): the
    author's folders, for the user to fill in."""
    found = []
    for word in words:
        value = word.split("=", 1)[1] if word.startswith("-") and "=" in word else word
        value = value.strip("\"'")
        if not value.startswith("/") or value.startswith(_SYSTEM_PREFIXES) or len(value) < 3:
            continue
        if "$" in value or "<" in value:
            continue  # a variable or a <placeholder>: said elsewhere
        plain = re.split(r"[{}*?\[\]]", value, maxsplit=1)[0]  # a glob or brace pattern: its fixed head
        probe = Path(plain if plain == value else os.path.dirname(plain) or "/")
        if not probe.exists():
            found.append(value)
    return found


def _sbatch_cli(words: list[str]) -> dict[str, str]:
    """The requests an sbatch command line gives before its script (they override the script's):
    read as ``#SBATCH`` lines by the Slurm owner's parser."""
    from trainerd.training.slurm import parse_directives

    options = []
    for word in words[1:]:
        if not word.startswith("-"):
            break
        options.append(word)
    parsed = parse_directives("".join(f"#SBATCH {shlex.quote(o)}\n" for o in options)) if options else None
    if parsed is None:
        return {}
    return {k: str(v) for k, v in attrs.asdict(parsed.resources).items() if v is not None}


def _first_entry(run: str) -> str | None:
    parsed = commands.parse(run)
    return parsed.script if parsed and parsed.script and parsed.script.endswith(".py") else None


def _run_words(run: str) -> list[str]:
    # a quoted argument going on over the next lines (`--config "` and inline YAML): the words before it
    parsed = commands.parse(run) or commands.parse(re.sub(r"\s+[\"'][^\"']*$", "", run))
    if parsed is None:
        return []
    # a package run as a module names its subcommand next (`python -m pkg.tasks fit --config …`)
    sub = (
        parsed.args[0]
        if parsed.module and parsed.args and re.fullmatch(r"[a-z][\w-]*", parsed.args[0])
        else None
    )
    return [Path(parsed.script).stem if parsed.script else None, parsed.module, sub]  # type: ignore[list-item]


def _context_kind(usage: Usage, entry: str | None, script: str | None, project: Project) -> str:
    """What a command with no telling name does: its section says "train", or its code trains
    (a Python entry with a training loop, a shell script that runs one)."""
    context = " ".join([*usage.headings, usage.comment, usage.prose])
    if rank.TRAIN_WORDS.search(context):
        return "train"
    info = project.entries.get(entry or "")
    if info is not None:
        return "train" if getattr(info, "trains", None) else "other"
    if script and script in project.shell_runs:
        for _line, run in project.shell_runs[script]:
            inner = commands.parse(run)
            target = inner.script if inner else None
            inner_info = project.entries.get(target or "")
            if rank.word_intent(Path(target).stem if target else None) == "train" or getattr(
                inner_info, "trains", None
            ):
                return "train"
    return "other"


def _config_args(parsed: commands.Parsed, folder: str, project: Project) -> tuple[list[str], list[str]]:
    """Config files the command passes (``config/x.py``, ``--config a.yaml``, ``--config_file=b.json``):
    those present (root-relative) and those named but absent (YAML/TOML anywhere, JSON or Python only
    after a config option or as a positional argument: a ``--data_path x.json`` is data)."""
    present: list[str] = []
    missing: list[str] = []
    words = parsed.args + ([parsed.words[-1]] if parsed.launcher == "accelerate" else [])
    for index, word in enumerate(words):
        option = word.split("=", 1)[0] if word.startswith("-") and "=" in word else ""
        if not option and index > 0 and words[index - 1].startswith("-") and "=" not in words[index - 1]:
            option = words[index - 1]
        value = word.split("=", 1)[1] if "=" in word and not word.startswith("/") else word
        ext = os.path.splitext(value)[1].lower()
        if ext not in CONFIG_EXTS or value == parsed.script:
            continue
        if commands.placeholders(value) or "$" in value or "://" in value:
            continue
        rel = _norm(f"{folder}/{value}" if folder else value)
        if _inside(rel) and project.is_file(rel):
            present.append(rel)
        elif _inside(_norm(value)) and project.is_file(_norm(value)):
            present.append(_norm(value))
        elif "/" not in value and len(project.by_name.get(value, [])) == 1:
            present.append(project.by_name[value][0])  # named bare, found in a config folder (``-d configs``)
        elif "/" in value and (
            ext in (".yaml", ".yml", ".toml") or not option or re.search(r"conf|cfg|recipe", option)
        ):
            missing.append(value)  # a bare name is often looked up by the program itself (models/, data/)
    for option in ("--config_file", "--config-file"):  # accelerate's own config comes before the script
        if option in parsed.words:
            index = parsed.words.index(option)
            if index + 1 < len(parsed.words):
                rel = _norm(f"{folder}/{parsed.words[index + 1]}" if folder else parsed.words[index + 1])
                if project.is_file(rel) and rel not in present:
                    present.insert(0, rel)
    return list(dict.fromkeys(present)), list(dict.fromkeys(missing))


def launcher_notes(parsed: commands.Parsed) -> list[str]:
    """How the command is launched, as a user would want it said."""
    notes = []
    launcher = parsed.launcher
    if launcher in ("torchrun", "torch.distributed.launch", "torch.distributed.run"):
        match = re.search(r"--nproc[_-]per[_-]node[= ](\S+)", parsed.text)
        procs = f" ({match.group(1)} processes per node)" if match else ""
        notes.append(f"multi-GPU via {launcher}{procs}")
    elif launcher == "accelerate":
        notes.append("multi-GPU/mixed precision via accelerate (uses `accelerate config` settings)")
    elif launcher == "deepspeed":
        notes.append("DeepSpeed launcher")
    elif launcher == "composer":
        notes.append("MosaicML Composer launcher")
    elif launcher == "sbatch":
        notes.append("submitted to Slurm (sbatch)")
    if parsed.runner:
        notes.append(f"runs through `{parsed.runner}` (the project's managed environment)")
    if parsed.env:
        notes.append("sets " + ", ".join(f"{k}={v}" for k, v in parsed.env.items()))
    if parsed.background:
        notes.append("the docs run it with nohup/&: a session keeps it running and captures its output")
    if re.search(
        r"--device[= ]cpu|device=cpu|trainer=cpu|accelerator=cpu|MODEL\.DEVICE cpu|--cpu\b", parsed.text
    ):
        notes.append("runs on CPU")
    return notes
