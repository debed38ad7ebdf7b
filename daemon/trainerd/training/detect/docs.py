"""Usage lines in a project's documents, with the context a reader uses to pick one.

Markdown (``.md``/``.mdx``/``.qmd``), reStructuredText, notebooks (``!python …``, ``%run``, ``%%bash``
cells) and Python docstrings. A usage line is a line of a code block (fenced, indented, ``.. code-block::``
or ``::``), a ``$``-prompt line, or inline code that starts with a program. Each carries the heading
above it, the comment just above it in its block, the folder earlier ``cd`` lines moved to, and the
shell variables the document set before it. Prose is read only for "run python x.py" (a sentence that
names a Python file to run; resolution drops it unless the file is there), the folder a sentence says
to run from ("from the src folder"), a text line that is nothing but a command (a list item, an indented
line, the line after "Sample command:"), and a shell script a sentence points to ("see examples in
`x.sh`") or a link targets: a *mention*, which ranks below its document's command lines.
"""

from __future__ import annotations

import json
import re

import attrs

_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([\w+-]*)")
# fenced languages that hold shell commands (an unlabelled block may too: its lines are filtered later)
SHELL_LANGS = {"", "bash", "sh", "shell", "console", "zsh", "shell-session", "shellsession", "text", "bat",
               "powershell", "cmd", "sbatch", "slurm", "none", "terminal", "commandline", "fish"}  # fmt: skip
_PROMPT = re.compile(r"^(?:\([\w.-]+\)\s*)?(?:[\w.-]+@[\w.-]+:\S*\s*)?[$%]\s+")
_ASSIGNMENT = re.compile(r"^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$")
_INLINE = re.compile(r"`([^`\n]{3,300})`")
_RST_INLINE = re.compile(r"``([^`]{3,300})``")
_PS_CONTINUATION = re.compile(r"(?:^|\s)`$")
# a sentence that gives a command without code markup: "From src folder, run python TRAIN.py"; only a
# Python file right after "run"/"execute" (resolution then drops it unless the file is there)
_PROSE_RUN = re.compile(r"\b(?:run|execute|launch)\s*:?\s+(python3?\s+[\w./-]+\.py)(?![\w/-])", re.IGNORECASE)
# the folder a sentence says to run it from: "from the src folder", "in `scripts/` directory", "cd into x"
_PROSE_FOLDER = re.compile(
    r"\b(?:from|in|inside|within|under)\s+(?:the\s+)?`?([\w.-]+(?:/[\w.-]+)*)/?`?\s+(?:folder|directory|dir)\b",
    re.IGNORECASE,
)
_INLINE_START = re.compile(
    r"^(?:[A-Z_][A-Z0-9_]*=\S+\s+)*(?:python3?|torchrun|accelerate\s+launch|deepspeed|bash|sh|sbatch|make|"
    r"uv\s+run|composer|\./)\S*"
)
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_HTML_HEADING = re.compile(r"<(?:h[1-6]|summary)[^>]*>(.*?)</(?:h[1-6]|summary)>", re.IGNORECASE)
_BOLD_LINE = re.compile(r"^\s*\*\*([^*]{2,80})\*\*:?\s*$")
_RST_UNDERLINE = re.compile(r"^([=\-~^\"'`#*+])\1{2,}\s*$")
_RST_DIRECTIVE = re.compile(r"^(\s*)\.\.\s+(?:code-block|code|sourcecode|prompt)::\s*([\w+-]*)")
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|href=\"([^\"]+)\"|`[^`<]*<([^>`]+)>`_")
_TAG = re.compile(r"<[^>]+>")
_CLOSING = re.compile(
    r"^\W*(licen[cs]e|citation|cite|citing|bibtex|acknowledg|references|contributors)", re.IGNORECASE
)


@attrs.define
class Usage:
    """One usage line of a document."""

    line: int  # 1-based line of its first physical line
    text: str  # continuation lines joined, prompt stripped
    headings: list[str] = attrs.Factory(list)  # the headings above it, outermost first
    comment: str = ""  # the comment line just above it in its block (``# Train the model``)
    cd: list[str] = attrs.Factory(list)  # the ``cd`` lines before it in the document, in order
    block: int = 0  # code blocks are numbered; inline code has -1
    inline: bool = False
    variables: dict[str, tuple[int, str]] = attrs.Factory(dict)  # NAME -> (line, value) set before it
    prose: str = ""  # the prose line just before its block (``To train a model, run:``)
    listed: bool = False  # inline code in a list item or table row (a reference, not an instruction)
    appendix: bool = False  # after the document's license / citation section
    mention: bool = False  # a script only named in a sentence or a link (a pointer, not a command line)


class _Collector:
    """Turns code lines into :class:`Usage` rows, tracking ``cd``, variables and continuations."""

    def __init__(self) -> None:
        self.out: list[Usage] = []
        self.headings: list[str] = []
        self._levels: list[int] = []
        self.appendix = False
        self.cd: list[str] = []
        self.variables: dict[str, tuple[int, str]] = {}
        self.block = 0
        self.prose = ""

    def heading(self, level: int, text: str) -> None:
        """A heading of ``level`` (1 = outermost): it replaces the headings at its level and below."""
        text = _clean(text)
        if not text:
            return
        while self._levels and self._levels[-1] >= level:
            self._levels.pop()
            self.headings.pop()
        self._levels.append(level)
        self.headings.append(text)
        if level <= 2 and _CLOSING.match(text):
            self.appendix = True
        self.cd = []  # a new section starts from the project root again

    def start_block(self) -> None:
        self.block += 1

    def code(self, lines: list[tuple[int, str]]) -> None:
        """The lines of one code block (line number, text)."""
        comment = ""
        pending: list[str] = []
        start = 0
        for number, raw in lines:
            text = raw.rstrip()
            stripped = text.strip()
            if not pending:
                if not stripped or stripped.startswith((">>>", "...", "In [", "Out[")):
                    continue
                if stripped.startswith("#") and not stripped.startswith("#!"):
                    comment = stripped.lstrip("#").strip()
                    continue
                start = number
                stripped = _PROMPT.sub("", stripped)
            piece = stripped
            # a continued line: shell's backslash, PowerShell's backtick after a space
            if piece.endswith("\\") or _PS_CONTINUATION.search(piece):
                pending.append(piece[:-1].strip())
                continue
            pending.append(piece)
            joined = " ".join(p for p in pending if p)
            pending = []
            self.emit(start, joined, comment)
            comment = ""
        if pending:
            self.emit(start, " ".join(p for p in pending if p), comment)

    def emit(
        self,
        line: int,
        text: str,
        comment: str = "",
        inline: bool = False,
        listed: bool = False,
        cd: list[str] | None = None,
        mention: bool = False,
    ) -> None:
        text = re.sub(r"\s+#\s.*$", "", text).strip()  # a trailing shell comment is not part of it
        if not text:
            return
        assignment = _ASSIGNMENT.match(text)
        if assignment and not inline:
            value = assignment.group(2).strip()
            if (value[:1] in "\"'" and value[-1:] == value[:1]) or " " not in value:
                self.variables[assignment.group(1)] = (line, value.strip("\"'"))
                return
        words = text.split()
        if not inline and words[0] == "cd" and len(words) == 2:
            self.cd = _join_cd(self.cd, words[1])
            return
        self.out.append(
            Usage(
                line,
                text,
                list(self.headings),
                comment,
                list(self.cd if cd is None else cd),
                -1 if inline else self.block,
                inline,
                dict(self.variables),
                _clean(self.prose)[:200] if self.prose else "",
                listed,
                self.appendix,
                mention,
            )  # fmt: skip
        )


def _join_cd(chain: list[str], target: str) -> list[str]:
    return [target] if target.startswith(("/", "~", "$")) else [*chain, target]


_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)]|\||>)\s")  # list items, table rows, quotes
# a shell script named on its own: "See examples in `run_all.sh`", "use `scripts/fit.sh`" (a verb at most
# three words before it), or the target of a link ("Tutorial 1: [toy model](docs/tutorial1.sh)")
_SHELL_PATH = re.compile(r"(?:\./)?[\w.-]+(?:/[\w.-]+)*\.(?:sh|bash)")
_RUN_VERB = re.compile(
    r"\b(?:run|running|execute|launch|see|use|call|start)\b(?:\s+[\w'-]+){0,3}\s*:?\s*$", re.IGNORECASE
)


def _inline_commands(collector: _Collector, number: int, line: str, code: re.Pattern[str] = _INLINE) -> None:
    listed = bool(_LIST_ITEM.match(line))
    folder = _PROSE_FOLDER.search(line)
    cd = _join_cd(collector.cd, folder.group(1)) if folder and folder.group(1) not in (".", "root") else None
    for match in code.finditer(line):
        text = match.group(1).strip()
        if _INLINE_START.match(text) and not text.endswith(("-h", "--help")):
            collector.emit(number, _PROMPT.sub("", text), inline=True, listed=listed, cd=cd)
        elif _SHELL_PATH.fullmatch(text) and _RUN_VERB.search(line[: match.start()]):
            collector.emit(number, f"bash {text}", inline=True, listed=listed, cd=cd, mention=True)
    for match in _LINK.finditer(line):
        target = next(g for g in match.groups() if g)
        if "://" not in target and _SHELL_PATH.fullmatch(target):
            collector.emit(number, f"bash {target}", inline=True, listed=listed, cd=cd, mention=True)
    for match in _PROSE_RUN.finditer(code.sub(" ", line)):
        collector.emit(number, " ".join(match.group(1).split()), inline=True, listed=listed, cd=cd)


def markdown(text: str) -> list[Usage]:
    """Usage lines of a Markdown document (also MDX and Quarto)."""
    collector = _Collector()
    lines = text.splitlines()
    i = 0
    previous_blank = True
    while i < len(lines):
        line = lines[i]
        fence = _FENCE.match(line)
        if fence:
            marker, lang = fence.group(2), fence.group(3).lower()
            i += 1
            body: list[tuple[int, str]] = []
            while i < len(lines) and not lines[i].strip().startswith(marker[:3]):
                body.append((i + 1, lines[i]))
                i += 1
            i += 1
            if lang in SHELL_LANGS:
                collector.start_block()
                collector.code(body)
            previous_blank = False
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            collector.heading(len(heading.group(1)), heading.group(2))
            i += 1
            previous_blank = True  # an indented code block may follow a heading at once
            continue
        elif i + 1 < len(lines) and re.fullmatch(r"\s*(=+|-+)\s*", lines[i + 1]) and line.strip():
            collector.heading(1 if "=" in lines[i + 1] else 2, line)
            collector.prose = lines[i + 1]
            i += 2
            previous_blank = True
            continue
        elif _HTML_HEADING.search(line) or _BOLD_LINE.match(line):
            match = _HTML_HEADING.search(line) or _BOLD_LINE.match(line)
            assert match is not None
            collector.heading(7, match.group(1))
        elif line.startswith(("    ", "\t")) and previous_blank and not re.match(r"\s*([-*+]|\d+\.)\s", line):
            body = []
            while i < len(lines) and (lines[i].startswith(("    ", "\t")) or not lines[i].strip()):
                body.append((i + 1, lines[i]))
                i += 1
            collector.start_block()
            collector.code(body)
            previous_blank = True
            continue
        elif line.strip():
            if not _whole_line_command(collector, i + 1, line):
                _inline_commands(collector, i + 1, line)
            collector.prose = line
        previous_blank = not line.strip()
        i += 1
    return collector.out


# a text line that is nothing but a command (no code markup): a list item, an indented line, or the line
# after "Sample train command:"; only a Python file, a shell script or ./x (resolution drops it unless the
# file is there)
_WHOLE_COMMAND = re.compile(
    r"(?:python3?\s+(?:-\S+\s+)*[\w./-]+\.py|(?:bash|sh)\s+[\w./-]+\.(?:sh|bash)|\./[\w./-]+\.(?:sh|py))"
    r"(?:\s+[^\s.,;]\S*)*"
)


_PROSE_WORDS = re.compile(r"(?:\s[A-Za-z]+){3}(?:\s|$)")  # "… trains the model on …": a sentence


def _whole_line_command(collector: _Collector, number: int, line: str) -> bool:
    listed = _LIST_ITEM.match(line)
    text = line[listed.end() :].strip() if listed else line.strip()
    if not _WHOLE_COMMAND.fullmatch(text) or text.endswith((".", "-h", "--help")):
        return False
    if "|" in text or _PROSE_WORDS.search(text):  # a table row, or a sentence that starts with a command
        return False
    if not (listed or line[:1] in " \t" or collector.prose.rstrip().endswith(":")):
        return False
    collector.emit(number, text, inline=True)
    return True


def rst(text: str) -> list[Usage]:
    """Usage lines of a reStructuredText document."""
    collector = _Collector()
    lines = text.splitlines()
    adornments: list[str] = []  # heading levels in the order the document first uses them
    i = 0
    while i < len(lines):
        line = lines[i]
        directive = _RST_DIRECTIVE.match(line)
        literal = line.rstrip().endswith("::") and not line.strip().startswith("..")
        if directive or literal:
            lang = directive.group(2).lower() if directive else ""
            base = len(line) - len(line.lstrip())
            i += 1
            while i < len(lines) and (lines[i].strip().startswith(":") or not lines[i].strip()):
                i += 1  # directive options and the blank line
            body: list[tuple[int, str]] = []
            while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > base):
                body.append((i + 1, lines[i]))
                i += 1
            if lang in SHELL_LANGS:
                collector.start_block()
                collector.code(body)
            if literal:
                collector.prose = line
            continue
        if i + 1 < len(lines) and line.strip() and _RST_UNDERLINE.match(lines[i + 1]):
            if len(lines[i + 1].strip()) >= len(line.strip()) - 2:
                char = lines[i + 1].strip()[0]
                if char not in adornments:
                    adornments.append(char)
                collector.heading(adornments.index(char) + 1, line)
                i += 2
                continue
        bold = _BOLD_LINE.match(line)
        if bold:
            collector.heading(7, bold.group(1))
        elif line.strip():
            _inline_commands(collector, i + 1, line, _RST_INLINE)
            collector.prose = line
        i += 1
    return collector.out


def notebook(text: str) -> list[Usage]:
    """Shell lines of a Jupyter notebook: ``!python …``, ``%run x.py``, ``%%bash`` cells."""
    try:
        cells = json.loads(text).get("cells", [])
    except (ValueError, AttributeError):
        return []
    collector = _Collector()
    for index, cell in enumerate(cells if isinstance(cells, list) else []):
        if not isinstance(cell, dict):
            continue
        source = cell.get("source", "")
        body = "".join(source) if isinstance(source, list) else str(source)
        if cell.get("cell_type") == "markdown":
            for line in body.splitlines():
                heading = _MD_HEADING.match(line)
                if heading:
                    collector.heading(len(heading.group(1)), heading.group(2))
            continue
        if cell.get("cell_type") != "code":
            continue
        lines = body.splitlines()
        shell_cell = bool(lines) and lines[0].strip().startswith(("%%bash", "%%sh", "%%shell"))
        collector.start_block()
        picked: list[tuple[int, str]] = []
        for n, line in enumerate(lines[1:] if shell_cell else lines, 2 if shell_cell else 1):
            stripped = line.strip()
            number = (index + 1) * 1000 + n  # cell 3, line 2 -> 3002: stable, readable in origins
            if shell_cell:
                picked.append((number, stripped))
            elif stripped.startswith("!"):
                picked.append((number, stripped[1:]))
            elif stripped.startswith("%run "):
                picked.append((number, "python " + stripped[5:]))
            elif stripped.startswith("%cd "):
                collector.cd = _join_cd(collector.cd, stripped[4:].strip())
        collector.code(picked)
    return collector.out


def docstring(text: str, first_line: int) -> list[Usage]:
    """Usage lines in a script's docstring (``Usage: accelerate launch train.py …``)."""
    collector = _Collector()
    lines = text.splitlines()
    body: list[tuple[int, str]] = []
    for n, line in enumerate(lines):
        stripped = _PROMPT.sub("", line.strip())
        stripped = re.sub(
            r"^(?:usage|example|run(?: it)?(?: with)?)\s*:\s*", "", stripped, flags=re.IGNORECASE
        )
        if _INLINE_START.match(stripped) or (body and body[-1][1].endswith("\\")):
            body.append((first_line + n, stripped))
        elif line.strip().endswith(":"):
            collector.heading(7, line.strip().rstrip(":"))
    collector.code(body)
    return collector.out


def links(text: str) -> list[str]:
    """Link targets in document order (Markdown, HTML and reStructuredText links)."""
    found: list[str] = []
    for match in _LINK.finditer(text):
        target = next(g for g in match.groups() if g)
        if target not in found:
            found.append(target)
    return found


@attrs.define
class Link:
    """A link in a document, with the headings above it and the line it sits in."""

    target: str
    headings: list[str]
    line: str


def link_contexts(text: str) -> list[Link]:
    """Every link of a Markdown/RST document in order, with its section and line."""
    found: list[Link] = []
    headings: list[tuple[int, str]] = []
    fence = False
    for line in text.splitlines():
        if _FENCE.match(line):
            fence = not fence
            continue
        if fence:
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            level = len(heading.group(1))
            headings = [h for h in headings if h[0] < level] + [(level, _clean(heading.group(2)))]
            continue
        for match in _LINK.finditer(line):
            target = next(g for g in match.groups() if g)
            found.append(Link(target, [h for _, h in headings], _clean(line)))
    return found


def mentions(text: str) -> list[str]:
    """Inline-code spans and link targets that look like paths (``projects/adder``, ``train.py``)."""
    found = [
        m.group(1).strip() for m in _INLINE.finditer(text) if re.fullmatch(r"[\w./-]+", m.group(1).strip())
    ]
    return found + links(text)


def _clean(text: str) -> str:
    text = _TAG.sub("", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # [label](link) -> label
    text = re.sub(r":[a-z_]+:", "", text)  # :emoji:
    text = re.sub(r"[*_`]", "", text)
    return " ".join(text.split())[:120]
