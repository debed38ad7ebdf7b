"""What detection returns: ranked commands with where they came from, configs and entry facts."""

from __future__ import annotations

import attrs


@attrs.define
class Step:
    """A step to run before a command (data preparation, a download): as the docs write it."""

    command: str
    origin: str  # file:line it came from
    cwd: str = ""  # absolute folder to run it in


@attrs.define
class DetectedCommand:
    """One way to train: the exact command line, where it was found, and what to know about it.

    ``kind`` says what it does (``train``, ``prepare`` for data preparation and downloads, ``other``
    for evaluation, sampling, serving …). ``placeholders`` are the parts the docs leave for the user
    to fill in (``/path/to/data``, ``<model>``): such a command is shown as "fill in" and ranked
    below concrete ones. ``prerequisites`` are the steps the docs give before it. ``backend`` is
    ``"slurm"`` for a Slurm batch job (``script`` the batch script, ``resources`` its ``#SBATCH``
    requests), ``None`` for a local screen/tmux session.
    """

    command: str
    source: str  # readme | docs | notebook | docstring | script | shell | sbatch | console_script | makefile
    origin: str  # file (and line or target) it came from, relative to the root
    notes: list[str] = attrs.Factory(list)
    configs: list[str] = attrs.Factory(list)
    entry: str | None = None  # the Python entry file (or module) it runs, when known
    score: float = 0.0
    cwd: str = ""  # absolute folder to run it in (paths in the command are relative to it)
    kind: str = "train"
    placeholders: list[str] = attrs.Factory(list)
    prerequisites: list[Step] = attrs.Factory(list)
    backend: str | None = None
    resources: dict[str, str] = attrs.Factory(dict)
    script: str | None = None
    variants: int = 0  # further documented variants of the same entry folded into this row


@attrs.define
class ConfigFile:
    path: str
    format: str
    used_by: list[str] = attrs.Factory(list)


@attrs.define
class EntryInfo:
    """What the AST of a Python file says about running it."""

    path: str
    imports: list[str] = attrs.Factory(list)
    has_main_guard: bool = False
    top_level_code: bool = False  # statements beyond definitions run on import (a script without a guard)
    cli: str | None = (
        None  # argparse | click | typer | fire | hydra | lightning_cli | hf_argparser | sys.argv
    )
    trains: list[str] = attrs.Factory(
        list
    )  # training-loop markers found: "optimizer.step()", "trainer.fit" …
    defines: list[str] = attrs.Factory(list)  # top-level classes/functions (for library modules' notes)
    hydra_config_path: str | None = None
    hydra_config_name: str | None = None
    config_arg: str | None = None  # "--config" style option name
    config_default: str | None = None
    distributed: bool = False
    reads_config_argument: bool = False  # nanoGPT's configurator: config files as positional args
    cpu_flag: str | None = None  # how the script is told to use the CPU ("--device cpu"), when it says
    gpu_default: bool = False  # it picks CUDA unless told otherwise
    usage: list[tuple[int, str]] = attrs.Factory(list)  # usage lines in its docstring: (line, command)

    @property
    def is_library(self) -> bool:
        """Only definitions: running it does nothing."""
        return not self.has_main_guard and not self.top_level_code


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
    more: int = 0  # rows left out of ``commands`` (the least likely ones)
    environment: object | None = None  # trainerd.training.environment.Environment when asked
    preflight: object | None = None  # trainerd.training.preflight.Preflight when a command was given
