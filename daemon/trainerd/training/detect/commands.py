"""One shell command line, read the way a user reads it: what runs (a Python file or module, a
launcher, a shell or batch script, a console script and its subcommand, a Makefile target), in which
folder, with which environment-variable prefixes, and what is left for the user to fill in.

Nothing here touches the disk; :mod:`.resolve` checks the parts against the project.
"""

from __future__ import annotations

import re
import shlex

import attrs

_ENV_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
_PYTHON = re.compile(r"^(?:\S*/)?python(?:\d+(?:\.\d+)*)?$")
# a dotted module name (``scripts.train_stage1``), not a file name (``accelerate_config.yaml``) or an address
_MODULE = re.compile(
    r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?<!\.yaml)(?<!\.yml)(?<!\.json)(?<!\.toml)(?<!\.txt)(?<!\.cfg)"
)
_PREFIX_WORDS = {"nohup", "exec", "time", "nice", "stdbuf", "sudo"}
# launchers whose first positional argument is the Python file they run (or -m/--module MODULE)
LAUNCHERS = {"torchrun", "deepspeed", "composer", "mpirun", "mpiexec", "srun", "horovodrun", "ray"}
_RUNNERS = {("uv", "run"), ("poetry", "run"), ("pipenv", "run"), ("pdm", "run"), ("hatch", "run")}
# programs that never train: installers, VCS, containers, file tools
NOT_TRAINING = {
    "pip", "pip3", "conda", "mamba", "git", "docker", "podman", "apptainer", "singularity", "cd", "export",
    "source", ".", "mkdir", "cp", "mv", "rm", "ls", "cat", "echo", "tar", "unzip", "gunzip", "chmod", "ln",
    "nvidia-smi", "pre-commit", "pytest", "brew", "apt", "apt-get", "yum", "sudo", "npm", "cmake", "wandb",
    "tensorboard", "ssh", "scp", "rsync", "kill", "tail", "head", "grep", "sed", "awk", "watch", "squeue",
    "scancel", "sinfo", "nvcc", "gcc", "g++", "ninja", "jupyter", "code", "open", "cargo", "go",
}  # fmt: skip
DOWNLOADERS = {"wget", "curl", "huggingface-cli", "hf", "aws", "gsutil", "gdown", "azcopy"}
_SBATCH_VALUE_OPTIONS = set("NncptJoeAGwxCqdDMm")  # short sbatch options that take a separate value
_SHORT_PYTHON_VALUE_OPTIONS = {"-W", "-X", "-c"}

_PLACEHOLDER_PATTERNS = (
    re.compile(r"<[A-Za-z_][^<>\s]*>"),  # <model>, <your_path>   (not 2>&1 or "< in.txt")
    re.compile(r"(?<![\w$])\{[A-Za-z_][\w.-]*\}"),  # {task}, {num_gpus}  (not ${VAR})
    re.compile(r"(?<![\w\]])\[[A-Za-z_.][^\[\]\s'\",=]*\](?![\w(])"),  # [dataset-folder], [--other-options]
    re.compile(r"(?:^|[\s=\"'])(/?(?:[^\s=\"']*/)?path/to(?:/[^\s\"']*)?)", re.IGNORECASE),  # /path/to/x
    re.compile(r"(?:^|[\s=/\"'])((?:YOUR|your|Your)[_-]\w*)"),  # YOUR_API_KEY, your_dataset
    re.compile(r"(?:^|\s)(\.\.\.|…)(?:\s|$)"),  # literal ellipsis
    re.compile(r"(?:^|[\s=])(xxx+|XXX+)(?=\s|$|/)"),
    re.compile(r"((?:s3|gs|gcs|az|abfss?|wasbs?)://[^\s\"']+)"),  # the authors' cloud buckets
)
# a lone capital letter where a number belongs: --nproc_per_node=N, --num-gpus N
_COUNT_PLACEHOLDER = re.compile(
    r"(?:--[\w-]*(?:nproc|gpus|nodes|proc|devices|workers)[\w-]*[= ]|^\S+\s+)([NMK])\b"
)


@attrs.define
class Parsed:
    """A command line taken apart. ``text`` is what to run (``nohup``, a trailing ``&`` and the
    redirection of its output dropped: the session keeps it running and captures the output)."""

    text: str
    words: list[str]
    cd: str | None = None  # a leading ``cd X &&``
    env: dict[str, str] = attrs.Factory(dict)  # VAR=value prefixes
    program: str = (
        ""  # the first real word: python3, torchrun, bash, sbatch, make, ./x.sh, a console script …
    )
    launcher: str | None = None  # torchrun | torch.distributed.launch | accelerate | deepspeed | composer | …
    runner: str | None = None  # uv run | poetry run | …
    script: str | None = None  # the file it runs (a .py, a shell or batch script)
    module: str | None = None  # python -m X / --module X
    subcommand: str | None = None  # a console script's first word
    args: list[str] = attrs.Factory(list)  # the words after the script/module/subcommand
    placeholders: list[str] = attrs.Factory(list)
    background: bool = False  # written with nohup or a trailing &
    piped: bool = False

    @property
    def target(self) -> str | None:
        """The file or module this command runs, for grouping variants."""
        return self.script or self.module


def split_chain(line: str) -> list[tuple[str, str]]:
    """``a && b; c | d &`` -> [(a, "&&"), (b, ";"), (c, "|"), (d, "&")] (quotes respected)."""
    parts: list[tuple[str, str]] = []
    buf: list[str] = []
    quote = ""
    i = 0
    while i < len(line):
        ch = line[i]
        if quote:
            buf.append(ch)
            if ch == quote:
                quote = ""
            elif ch == "\\" and quote == '"' and i + 1 < len(line):
                buf.append(line[i + 1])
                i += 1
        elif ch in "'\"":
            quote = ch
            buf.append(ch)
        elif ch == "\\" and i + 1 < len(line):
            buf.append(line[i : i + 2])
            i += 1
        elif line.startswith("&&", i) or line.startswith("||", i):
            parts.append(("".join(buf).strip(), line[i : i + 2]))
            buf = []
            i += 1
        elif ch in ";|" or (ch == "&" and not _is_redirect_amp(line, i)):
            parts.append(("".join(buf).strip(), ch))
            buf = []
        else:
            buf.append(ch)
        i += 1
    parts.append(("".join(buf).strip(), ""))
    return [(text, op) for text, op in parts if text or op]


def _is_redirect_amp(line: str, i: int) -> bool:
    """``2>&1`` and ``&>`` use '&' as part of a redirection, not as 'run in background'."""
    return (i > 0 and line[i - 1] == ">") or line.startswith("&>", i)


def _words(text: str) -> list[str] | None:
    if not any(c in text for c in "'\"\\$`"):
        return text.split()  # nothing shlex would treat specially (shlex is slow on long lines)
    try:
        return shlex.split(text, comments=False)
    except ValueError:
        return None


def _strip_redirections(words: list[str]) -> list[str]:
    out: list[str] = []
    skip = False
    for word in words:
        if skip:
            skip = False
            continue
        if re.fullmatch(r"\d?>>?|&>>?", word):
            skip = True
            continue
        if re.fullmatch(r"\d?>>?\S+|&>>?\S+|\d>&\d", word):
            continue
        out.append(word)
    return out


def placeholders(text: str) -> list[str]:
    """The parts of ``text`` the user must fill in (``/path/to/x``, ``<model>``, ``{task}``, ``N``)."""
    found: list[str] = []
    for pattern in _PLACEHOLDER_PATTERNS:
        for match in pattern.finditer(text):
            value = match.group(match.lastindex or 0).strip("\"'")
            if value and value not in found:
                found.append(value)
    for match in _COUNT_PLACEHOLDER.finditer(text):
        if match.group(1) not in found:
            found.append(match.group(1))
    return found


def parse(line: str, console_scripts: frozenset[str] | set[str] = frozenset()) -> Parsed | None:
    """The command ``line`` runs, or ``None`` when it is not one command (bad quoting, empty)."""
    chain = split_chain(line.strip())
    cd: str | None = None
    env: dict[str, str] = {}
    main_index = None
    for index, (segment, _op) in enumerate(chain):
        words = _words(segment)
        if not words:
            continue
        if words[0] == "cd" and len(words) == 2:
            cd = words[1] if cd is None or words[1].startswith("/") else f"{cd.rstrip('/')}/{words[1]}"
            continue
        if words[0] == "export" and all(_ENV_ASSIGNMENT.match(w) for w in words[1:]) and len(words) > 1:
            env.update(w.split("=", 1) for w in words[1:])  # type: ignore[misc]
            continue
        if words[0] in ("source", ".", "conda", "module") or all(_ENV_ASSIGNMENT.match(w) for w in words):
            continue
        main_index = index
        break
    if main_index is None:
        return None
    segment, op = chain[main_index]
    rest = chain[main_index + 1 :]
    background = op == "&" or (bool(rest) and rest[-1][1] == "&" and all(o in ("|", "&") for _, o in rest))
    piped = op == "|"
    tail = ""
    if piped:  # keep the pipeline (`… 2>&1 | tee run.log`): it is part of what the docs run
        tail = " | " + " | ".join(s for s, _ in rest if s)
    words = _words(segment)
    if words is None:
        return None
    while words and _ENV_ASSIGNMENT.match(words[0]):
        key, value = words.pop(0).split("=", 1)
        env[key] = value
    had_nohup = False
    while words and words[0] in _PREFIX_WORDS | {"env"}:
        had_nohup |= words[0] == "nohup"
        words.pop(0)
        while words and words[0].startswith("-") and len(words) > 1:  # env -i, nice -n 5 …
            words.pop(0)
        while words and _ENV_ASSIGNMENT.match(words[0]):
            key, value = words.pop(0).split("=", 1)
            env[key] = value
    if not words:
        return None
    background = background or had_nohup
    if background:
        words = _strip_redirections(words)
    parsed = Parsed(text="", words=words, cd=cd, env=env, background=background, piped=piped)
    _classify(parsed, words, set(console_scripts))
    shown = _display(segment, env, background)
    parsed.text = (shown + tail).strip()
    parsed.placeholders = placeholders(parsed.text)
    return parsed


def _display(segment: str, env: dict[str, str], background: bool) -> str:
    """The segment as the user wrote it, minus ``nohup``/``env`` prefixes and (when it ran in the
    background) the redirection of its output."""
    text = segment.strip()
    text = re.sub(r"^((?:[A-Za-z_]\w*=\S*\s+)*)(?:nohup|exec|time|env)\s+", r"\1", text)
    if background:
        text = re.sub(r"\s+\d?>>?\s*\S+(\s+2>&1)?\s*$", "", text)
        text = re.sub(r"\s+&>>?\s*\S+\s*$", "", text)
    return " ".join(text.split()) if "\n" in text else text


def _classify(p: Parsed, words: list[str], consoles: set[str]) -> None:
    first = words[0]
    second = words[1] if len(words) > 1 else ""
    if (first, second) in _RUNNERS:
        p.runner = f"{first} {second}"
        rest = words[2:]
        while rest and rest[0].startswith("-"):
            rest = rest[2:] if rest[0] in ("--with", "--extra", "--group", "--python") else rest[1:]
        if rest and rest[0].endswith(".py"):  # `uv run train.py` runs it with the project's Python
            p.program, p.script, p.args = "python", rest[0], rest[1:]
            return
        if rest:
            _classify(p, rest, consoles)
        return
    p.program = first
    name = first.rsplit("/", 1)[-1]
    if _PYTHON.match(first):
        _python(p, words[1:])
    elif name == "accelerate" and second == "launch":
        p.launcher = "accelerate"
        _launched(p, words[2:])
    elif name == "lightning" and words[1:3] == ["run", "model"]:
        p.launcher = "lightning"
        _launched(p, words[3:])
    elif name == "ray" and "--" in words:  # ray job submit … -- python3 -m pkg.train
        p.launcher = "ray"
        inner = words[words.index("--") + 1 :]
        if inner:
            sub = Parsed(text="", words=inner)
            _classify(sub, inner, consoles)
            p.script, p.module, p.args = sub.script, sub.module, sub.args
    elif name in ("mpirun", "mpiexec", "srun", "horovodrun"):
        p.launcher = name
        i = 1
        while i < len(words) and words[i].startswith("-"):  # the launcher's own options
            option = words[i]
            following = words[i + 1] if i + 1 < len(words) else ""
            value_next = (
                "=" not in option and bool(re.search(r"\d", following)) and not _PYTHON.match(following)
            )
            short_value = len(option) == 2 and option[1] in _SBATCH_VALUE_OPTIONS
            i += 2 if short_value or option in ("-np", "-H") or value_next else 1
        if i < len(words):
            inner = words[i:]
            if inner[0].endswith(".py"):
                inner = ["python", *inner]
            sub = Parsed(text="", words=inner)
            _classify(sub, inner, consoles)
            p.script, p.module, p.args = sub.script, sub.module, sub.args
    elif name in LAUNCHERS:
        p.launcher = name
        _launched(p, words[1:])
    elif name == "sbatch":
        rest = words[1:]
        i = 0
        while i < len(rest) and rest[i].startswith("-"):
            option = rest[i]
            i += 2 if (len(option) == 2 and option[1] in _SBATCH_VALUE_OPTIONS) else 1
        if i < len(rest):
            p.script, p.args = rest[i], rest[i + 1 :]
        p.launcher = "sbatch"
    elif name in ("bash", "sh", "zsh"):
        rest = [w for w in words[1:] if w not in ("-x", "-e", "-l")]
        if rest and not rest[0].startswith("-"):
            p.script, p.args = rest[0], rest[1:]
    elif name == "make":
        targets = [w for w in words[1:] if not w.startswith("-") and "=" not in w]
        p.subcommand = targets[0] if targets else None
        p.args = words[1:]
    elif (
        first.startswith("./")
        and (first.endswith((".py", ".sh", ".bash")) or "." not in first[2:].rsplit("/", 1)[-1])
    ) or (first.endswith((".py", ".sh")) and "/" in first):
        p.script, p.args = first, words[1:]
        if first.endswith(".py") and any(w.endswith(".py") for w in words[1:2]):
            p.launcher = first  # a launcher script of the project's own (gpt-neox: ./deepy.py train.py …)
    elif first in consoles or name in consoles:
        rest = words[1:]
        if rest and not rest[0].startswith("-") and re.fullmatch(r"[a-z][\w-]*", rest[0]):
            p.subcommand, p.args = rest[0], rest[1:]
        else:
            p.args = rest


def _python(p: Parsed, rest: list[str]) -> None:
    i = 0
    while i < len(rest):
        word = rest[i]
        if word == "-m" and i + 1 < len(rest):
            module = rest[i + 1]
            if module in ("torch.distributed.launch", "torch.distributed.run"):
                p.launcher = module
                _launched(p, rest[i + 2 :])
                return
            if module == "accelerate.commands.launch":
                p.launcher = "accelerate"
                _launched(p, rest[i + 2 :])
                return
            p.module, p.args = module, rest[i + 2 :]
            return
        if word in _SHORT_PYTHON_VALUE_OPTIONS:
            if word == "-c":
                return  # python -c '…': inline code, no entry
            i += 2
            continue
        if word.startswith("-"):
            i += 1
            continue
        p.script, p.args = word, rest[i + 1 :]
        if word.endswith(".py") and any(w.endswith(".py") for w in rest[i + 1 : i + 2]):
            p.launcher = word  # python deepy.py train.py cfg.yml: the project's own launcher script
        return


def _launched(p: Parsed, rest: list[str]) -> None:
    """The file or module after a launcher's own options (``--nproc_per_node 8 train.py …``)."""
    i = 0
    as_module = False  # `-m` as a flag (accelerate, torchrun, deepspeed): the first positional is a module
    while i < len(rest):
        word = rest[i]
        if word in ("-m", "--module") and i + 1 < len(rest):
            if not rest[i + 1].startswith("-"):
                p.module, p.args = rest[i + 1], rest[i + 2 :]
                return
            as_module = True
            i += 1
            continue
        if word == "--":
            i += 1
            continue
        if word.startswith("-"):
            following = rest[i + 1] if i + 1 < len(rest) else ""
            takes_value = "=" not in word and bool(following) and not following.startswith("-")
            # a flag's value, unless the next word is the script (or, after -m, the module) itself
            if (takes_value and not following.endswith((".py", ".sh")) and not _PYTHON.match(following)
                    and not (as_module and _MODULE.fullmatch(following))):  # fmt: skip
                i += 2
            else:
                i += 1
            continue
        if _PYTHON.match(
            word
        ):  # deepspeed --num_gpus 2 python train.py is not a thing, but mpirun … python x.py is
            i += 1
            continue
        if as_module:
            p.module, p.args = word, rest[i + 1 :]
        else:
            p.script, p.args = word, rest[i + 1 :]
        return
