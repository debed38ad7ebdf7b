"""``#SBATCH`` directives and what trainerd submits: the parser detection calls
(:func:`parse_directives`), the user's choices (:class:`SubmitOptions`), the ``#!/bin/bash`` script
trainerd writes around a confirmed command (:func:`batch_script`), and the commands that submit the
user's own batch script (:func:`user_script`). Pure text: nothing here runs a Slurm command.
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import attrs

from trainerd.errors import TrainerError

# --- #SBATCH directives -----------------------------------------------------------------------------
# sbatch's one-letter options that take a value (the others are flags)
_SHORT_VALUE = {
    "A": "account",
    "a": "array",
    "B": "extra-node-info",
    "b": "begin",
    "C": "constraint",
    "c": "cpus-per-task",
    "D": "chdir",
    "d": "dependency",
    "e": "error",
    "F": "nodefile",
    "G": "gpus",
    "i": "input",
    "J": "job-name",
    "L": "licenses",
    "M": "clusters",
    "m": "distribution",
    "N": "nodes",
    "n": "ntasks",
    "o": "output",
    "p": "partition",
    "q": "qos",
    "S": "core-spec",
    "t": "time",
    "w": "nodelist",
    "x": "exclude",
}
_SHORT_FLAG = {
    "H": "hold",
    "h": "help",
    "k": "no-kill",
    "O": "overcommit",
    "Q": "quiet",
    "s": "oversubscribe",
    "V": "version",
    "v": "verbose",
    "W": "wait",
}
# long options that take a value when written "--opt value" (without "=")
_LONG_VALUE = set(_SHORT_VALUE.values()) | {
    "acctg-freq",
    "batch",
    "bb",
    "bbf",
    "cluster-constraint",
    "comment",
    "container",
    "cores-per-socket",
    "cpu-freq",
    "cpus-per-gpu",
    "deadline",
    "delay-boot",
    "export",
    "export-file",
    "gid",
    "gpu-bind",
    "gpu-freq",
    "gpus-per-node",
    "gpus-per-socket",
    "gpus-per-task",
    "gres",
    "gres-flags",
    "hint",
    "kill-on-invalid-dep",
    "mail-type",
    "mail-user",
    "mcs-label",
    "mem",
    "mem-bind",
    "mem-per-cpu",
    "mem-per-gpu",
    "network",
    "ntasks-per-core",
    "ntasks-per-gpu",
    "ntasks-per-node",
    "ntasks-per-socket",
    "open-mode",
    "prefer",
    "priority",
    "profile",
    "propagate",
    "reservation",
    "signal",
    "sockets-per-node",
    "switches",
    "thread-spec",
    "threads-per-core",
    "time-min",
    "tmp",
    "uid",
    "wckey",
    "wrap",
}
_DIRECTIVE = re.compile(r"^#SBATCH\s+(.*)$")


@attrs.define
class Directive:
    """One ``#SBATCH`` option: its long name (``partition``), its value (``None`` for a flag), its line."""

    option: str
    value: str | None
    line: int


@attrs.define
class Resources:
    """What a batch script asks the cluster for (``None``: not said, the cluster's default)."""

    partition: str | None = None
    account: str | None = None
    qos: str | None = None
    nodes: str | None = None
    ntasks: str | None = None
    ntasks_per_node: str | None = None
    cpus_per_task: str | None = None
    gpus: str | None = None  # counts, whichever way the script asks (--gpus, --gpus-per-node or
    gpus_per_node: str | None = None  # --gres=gpu:N, --gpus-per-task); the type (a100:4) goes to
    gpus_per_task: str | None = None  # gpu_type
    gpu_type: str | None = None
    mem: str | None = None
    time: str | None = None
    job_name: str | None = None
    array: str | None = None


@attrs.define
class SbatchScript:
    """The ``#SBATCH`` directives of a batch script, the resources they ask for, and what sbatch will
    not read as the author meant (directives after the first command, unknown short options)."""

    directives: list[Directive]
    resources: Resources
    summary: str
    problems: list[str] = attrs.Factory(list)


def _option_tokens(tokens: list[str], line: int) -> tuple[list[Directive], list[str]]:
    """sbatch options from a token list (a directive line, or sbatch's argv up to the script)."""
    found: list[Directive] = []
    unknown: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.startswith("--"):
            name, eq, value = token[2:].partition("=")
            if not eq and name in _LONG_VALUE and i + 1 < len(tokens):
                value, i = tokens[i + 1], i + 1
                eq = "="
            found.append(Directive(name, value if eq else None, line))
        elif token.startswith("-") and len(token) > 1:
            letter, rest = token[1], token[2:]
            if letter in _SHORT_VALUE:
                if not rest and i + 1 < len(tokens):
                    rest, i = tokens[i + 1], i + 1
                found.append(Directive(_SHORT_VALUE[letter], rest.lstrip("="), line))
            elif letter in _SHORT_FLAG:
                found.append(Directive(_SHORT_FLAG[letter], None, line))
            else:
                unknown.append(token)
        else:
            unknown.append(token)
        i += 1
    return found, unknown


def gpus_from_gres(gres: str) -> str | None:
    """The GPU count per node in a gres spec (``gpu:4``, ``gpu:a100:2``, ``gpu:h100:8(S:0-1)``, ``gpu``)."""
    for part in re.sub(r"\([^)]*\)", "", gres).split(","):
        fields = part.strip().split(":")
        if fields[0] == "gpu":
            last = fields[-1].strip()
            if len(fields) > 1 and (last.isdigit() or re.search(r"[{<$]", last)):
                return last  # a count, or a template's value for one
            return "1"  # gpu, gpu:a100: one GPU
    return None


def parse_directives(text: str) -> SbatchScript | None:
    """The ``#SBATCH`` directives of a batch script; ``None`` when it has none.

    sbatch reads directives only up to the first command line, as this does (later ones are listed in
    ``problems``: sbatch ignores them)."""
    directives: list[Directive] = []
    problems: list[str] = []
    seen_command = False
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        match = _DIRECTIVE.match(line)
        if match:
            body = match.group(1)
            body = re.split(r"\s#", body, maxsplit=1)[0]  # a trailing comment
            # a template's {{ name }} is one value, spaces and all
            body = re.sub(r"\{\{[^}]*\}\}", lambda m: m.group(0).replace(" ", "\x00"), body)
            try:
                tokens = shlex.split(body)
            except ValueError:
                problems.append(f"line {lineno}: unbalanced quotes in {line!r}")
                continue
            tokens = [t.replace("\x00", " ") for t in tokens]
            found, unknown = _option_tokens(tokens, lineno)
            if seen_command:
                problems.append(f"line {lineno}: {line!r} comes after the first command: sbatch ignores it")
                continue
            directives += found
            problems += [f"line {lineno}: {u!r} is not an sbatch option" for u in unknown]
        elif line and not line.startswith("#"):
            seen_command = True
    if not directives and not problems:
        return None
    resources = Resources()
    for d in directives:
        key = d.option.replace("-", "_")
        if d.value is None:
            continue
        if _PLACEHOLDER.search(d.value):
            problems.append(f"line {d.line}: --{d.option}={d.value} looks like a placeholder: fill it in")
        elif "$" in d.value:
            problems.append(
                f"line {d.line}: --{d.option}={d.value}: sbatch does not expand variables in #SBATCH lines,"
                " a placeholder to fill in (or give the option on sbatch's command line)"
            )
        if d.option == "gres":
            resources.gpus_per_node = gpus_from_gres(d.value) or resources.gpus_per_node
            resources.gpu_type = _gres_type(d.value) or resources.gpu_type
        elif key in ("gpus", "gpus_per_node", "gpus_per_task"):
            kind, _, count = d.value.rpartition(":")
            setattr(resources, key, count)
            resources.gpu_type = kind or resources.gpu_type
        elif hasattr(resources, key):
            setattr(resources, key, d.value)
    problems.sort(key=lambda p: int(p.split()[1].rstrip(":")) if p.split()[1].rstrip(":").isdigit() else 0)
    return SbatchScript(directives, resources, describe(resources), problems)


# a value left for the reader to fill in: <account>, {partition}, your-partition, YOUR_ACCOUNT, XXX
_PLACEHOLDER = re.compile(
    r"<[^>]*>|\{[^}]*\}|^your[-_]|^YOUR_|(^|[-_.])(xyz|x{3,})([-_.]|$)|CHANGE_?ME", re.IGNORECASE
)


def _gres_type(gres: str) -> str | None:
    for part in re.sub(r"\([^)]*\)", "", gres).split(","):
        fields = part.strip().split(":")
        if fields[0] == "gpu" and len(fields) == 3:
            return fields[1]
    return None


def describe(res: Resources) -> str:
    """``2 nodes × 4 tasks/node, 4 GPUs/node, partition gpu, time 1-00:00:00`` (what is said)."""
    parts = []
    if res.nodes:
        parts.append(f"{res.nodes} node{'s' if res.nodes != '1' else ''}")
    if res.ntasks:
        parts.append(f"{res.ntasks} task{'' if res.ntasks == '1' else 's'}")
    if res.ntasks_per_node:
        parts.append(f"{res.ntasks_per_node} tasks/node")
    if res.cpus_per_task:
        parts.append(f"{res.cpus_per_task} CPUs/task")
    kind = f" ({res.gpu_type})" if res.gpu_type else ""
    for count, unit in ((res.gpus_per_node, "/node"), (res.gpus_per_task, "/task"), (res.gpus, "")):
        if count:
            parts.append(f"{count} GPU{'' if count == '1' else 's'}{unit}{kind}")
    if res.mem:
        parts.append(f"memory {res.mem}")
    for label, value in (("partition", res.partition), ("account", res.account), ("time", res.time)):
        if value:
            parts.append(f"{label} {value}")
    if res.array:
        parts.append(f"array {res.array}")
    return ", ".join(parts) or "the cluster's defaults"


def is_batch_script(path: Path) -> bool:
    """True when the file at ``path`` holds ``#SBATCH`` directives sbatch reads (before its first
    command; read up to 64 KiB). A program that only writes such lines into a template is not one."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            head = fh.read(65536)
    except OSError:
        return False
    if "#SBATCH" not in head:
        return False
    parsed = parse_directives(head)
    return parsed is not None and bool(parsed.directives)


# --- what trainerd submits -----------------------------------------------------------------------------
_PARTITION = re.compile(r"^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*$")
_TIME = re.compile(r"^(\d+-)?\d+(:\d+){0,2}$|^(?i:unlimited|infinite)$")
_GPUS = re.compile(r"^([A-Za-z0-9_.-]+:)?\d+$")
# sbatch options trainerd sets itself, or that would break following the job
_MANAGED = {
    "output": "the output goes to the session's log: trainerd sets --output/--error",
    "error": "the output goes to the session's log: trainerd sets --output/--error",
    "open-mode": "trainerd appends to the session's log (--open-mode=append)",
    "parsable": "trainerd reads the job id with --parsable itself",
    "wait": "--wait makes sbatch block until the job ends; trainerd follows the job instead",
    "wrap": "--wrap runs the command with /bin/sh; trainerd writes a #!/bin/bash script instead",
    "test-only": "--test-only submits nothing",
    "help": "not a submission",
    "usage": "not a submission",
    "version": "not a submission",
}


@attrs.define
class SubmitOptions:
    """What the user chose for a job: ``#SBATCH`` lines of a generated script, or options given to
    sbatch for the user's own script (the command line wins over the script's own lines)."""

    partition: str | None = None
    nodes: int | None = None
    ntasks_per_node: int | None = None
    gpus_per_node: str | None = None  # a count, or type:count (a100:2)
    time: str | None = None
    sbatch_args: list[str] = attrs.Factory(list)

    def check(self) -> SubmitOptions:
        """These options, or ``TrainerError`` naming the field that is wrong."""
        if self.partition is not None and not _PARTITION.match(self.partition):
            raise TrainerError(f"partition {self.partition!r}: a partition name (or a,b)", field="partition")
        for field in ("nodes", "ntasks_per_node"):
            value = getattr(self, field)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                raise TrainerError(f"{field} must be a whole number ≥ 1 (got {value!r})", field=field)
        if self.gpus_per_node is not None:
            self.gpus_per_node = str(self.gpus_per_node)
            if not _GPUS.match(self.gpus_per_node):
                raise TrainerError(
                    f"gpus_per_node {self.gpus_per_node!r}: a count (4) or type:count (a100:4)",
                    field="gpus_per_node",
                )
        if self.time is not None and not _TIME.match(self.time):
            raise TrainerError(
                f"time {self.time!r}: Slurm's format, e.g. 30 (minutes), 4:00:00, 1-12:00:00",
                field="time",
            )
        for arg in self.sbatch_args:
            check_sbatch_arg(arg)
        return self

    def named(self) -> list[str]:
        """The named choices as ``--option=value`` (those that are set)."""
        return [
            f"--{option}={value}"
            for option, value in (
                ("partition", self.partition),
                ("nodes", self.nodes),
                ("ntasks-per-node", self.ntasks_per_node),
                ("gpus-per-node", self.gpus_per_node),
                ("time", self.time),
            )
            if value is not None
        ]

    def argv(self) -> list[str]:
        """These options as sbatch arguments."""
        out = self.named()
        for arg in self.sbatch_args:
            out += shlex.split(arg)
        return out

    def is_empty(self) -> bool:
        return self == SubmitOptions()


def check_sbatch_arg(arg: str) -> None:
    """``TrainerError`` unless ``arg`` is one sbatch option (``--account=x``, ``--mem 8G``, ``-A x``)."""
    if not isinstance(arg, str) or "\n" in arg or not arg.strip().startswith("-"):
        raise TrainerError(
            f"sbatch argument {arg!r}: one sbatch option per argument, e.g. --account=myproj",
            field="sbatch_args",
        )
    try:
        tokens = shlex.split(arg)
    except ValueError as exc:
        raise TrainerError(f"sbatch argument {arg!r}: {exc}", field="sbatch_args") from None
    found, unknown = _option_tokens(tokens, 0)
    why = _MANAGED.get(found[0].option) if found else None
    if why:
        raise TrainerError(f"sbatch argument {arg!r} is not accepted: {why}", field="sbatch_args")
    if unknown or len(found) != 1:
        raise TrainerError(
            f"sbatch argument {arg!r}: one sbatch option per argument, e.g. --account=myproj",
            field="sbatch_args",
        )


def batch_script(command: str, options: SubmitOptions, name: str) -> str:
    """The ``#!/bin/bash`` batch script trainerd submits for ``command``: the ``#SBATCH`` lines from
    ``options``, then the command exactly as confirmed (nothing around it)."""
    lines = ["#!/bin/bash", f"#SBATCH --job-name={name}"]
    lines += [f"#SBATCH {arg}" for arg in (*options.named(), *(a.strip() for a in options.sbatch_args))]
    lines += [
        f"# Written by trainerd for training session {name}. The next line is the command as it was",
        "# confirmed; the output file (--output/--error, appended) is given to sbatch on its command line.",
        command,
        "",
    ]
    return "\n".join(lines)


@attrs.define
class UserScript:
    """A command that submits the user's own batch script: ``sbatch [opts] SCRIPT [args]``, or
    ``bash SCRIPT [args]`` / ``./SCRIPT`` when SCRIPT holds ``#SBATCH`` lines."""

    script: str  # as written in the command
    path: Path  # resolved against the working directory
    args: list[str]
    sbatch_args: list[str]  # options given to sbatch in the command
    env: dict[str, str]  # VAR=value words before the command


def user_script(command: str, cwd: Path) -> UserScript | None:
    """The user's own batch script that ``command`` submits or runs, if it does (see :class:`UserScript`)."""
    try:
        words = shlex.split(command)
    except ValueError:
        return None
    env: dict[str, str] = {}
    while words and re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", words[0]):
        key, _, value = words.pop(0).partition("=")
        env[key] = value
    if not words:
        return None
    if os.path.basename(words[0]) == "sbatch":
        options, rest = _split_sbatch_argv(words[1:])
        if not rest:
            raise TrainerError(
                "the sbatch command names no batch script (give the script's path; trainerd never uses --wrap)",
                field="command",
            )
        for arg in options:
            if arg.startswith("-"):
                found, _ = _option_tokens([arg], 0)
                why = _MANAGED.get(found[0].option) if found else None
                if why:
                    raise TrainerError(f"sbatch option {arg!r} is not accepted: {why}", field="command")
        path = (cwd / rest[0]).resolve()
        if not path.is_file():
            raise TrainerError(f"the batch script {rest[0]} does not exist in {cwd}", field="command")
        return UserScript(rest[0], path, rest[1:], options, env)
    if words[0] in ("bash", "sh") and len(words) > 1 and not words[1].startswith("-"):
        script, args = words[1], words[2:]
    else:
        script, args = words[0], words[1:]
    path = (cwd / script).resolve()
    if (script.endswith((".sh", ".sbatch", ".slurm")) or "/" in script) and is_batch_script(path):
        return UserScript(script, path, args, [], env)
    return None


def _split_sbatch_argv(argv: list[str]) -> tuple[list[str], list[str]]:
    """sbatch's argv split into (its options, [script, script args...])."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--":
            return argv[:i], argv[i + 1 :]
        if token.startswith("--"):
            name, eq, _ = token[2:].partition("=")
            i += 2 if (not eq and name in _LONG_VALUE) else 1
        elif token.startswith("-") and len(token) > 1:
            i += 2 if (token[1] in _SHORT_VALUE and len(token) == 2) else 1
        else:
            break
    return argv[:i], argv[i:]
