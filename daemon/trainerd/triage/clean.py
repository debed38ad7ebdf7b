"""Turn a log as it was written or pasted into clean lines for the traceback parser.

Everything a terminal, a launcher or a paste box adds around the Python output is taken off here, the
line numbers kept: ANSI codes and ``\\r`` progress updates; rank prefixes (``[rankN]:``, ``[defaultN]:``,
``srun --label``'s ``N: `` and Open MPI's ``[job,rank]<stderr>:``) which become each line's rank; markdown
quoting (``> ``), code fences, backticks and markdown links around a paste; a log-record prefix repeated on
every line of a traceback (its numbers, such as timestamps, may change from line to line); a traceback
JSON-escaped into one line, or flattened onto one line; headers and frames glued to the output before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
# colour codes whose escape character a web page dropped ("[0;31mRuntimeError[0m" pasted from a notebook);
# read only when the text has the reset code "[0m" that ends every coloured run
ORPHAN_ANSI = re.compile(r"\[(?:\d{1,3};)*\d{1,3}m(?!\])")
# "[rank5]:", "[default5]:", "[5]:" (and a paste that lost the first bracket: "rank5]:")
RANK_PREFIX = re.compile(r"^(?:\[(?:rank|default|Rank )?|rank)(\d+)\]:[ ]?")
# Open MPI's --tag-output (mpirun, horovodrun): "[job,rank]<stdout>:" or "<stderr>:"; Horovod's own launcher
# (Gloo) stamps the time before the rank: "Thu Feb 04 11:44:02 2021[0]<stderr>:"
MPI_TAG = re.compile(r"^(?:\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4})?\[(?:\d+,)?(\d+)\]<std(?:out|err)>:")
SRUN_LABEL = re.compile(r"^\s{0,3}(\d{1,4}): ")
TB_HEADER = "Traceback (most recent call last):"
QUOTE = re.compile(r"^(?:> ?)+")
FENCE = re.compile(r"^\s*(?:```|~~~)[\w-]*\s*$")
MD_LINK = re.compile(r"\[([^\]\n]{1,400})\]\((?:https?://|vscode|file:)[^)\s]*\)")
TRAILING_LINK = re.compile(r"\]\((?:url|https?://[^)\s]*)\)\s*$")
# a frame printed right after other output on the same line (two or more spaces before it)
GLUED_FRAME = re.compile(r'\S\s{2,}(File "[^"]+", line \d+)')
# a whole traceback flattened onto one line (its newlines turned into runs of spaces)
# (or glued to the last frame's code, right after its closing quote or bracket: "...mode='linear'TypeError: ...")
FLAT_EXC = re.compile(
    r"(?:\s|(?<=['\")\]]))(?=(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Interrupt|Exit): )"
)
_GLUE_MARKERS = (TB_HEADER, "Root Cause (first observed failure)", "terminate called after throwing")
# a line that may need splitting: a marker after other text, or a frame after two spaces
_NEEDS_UNGLUE = re.compile(
    r".(?:Traceback \(most recent call last\)|Root Cause \(first observed failure\)|terminate called after throwing)"
    r'|\S\s{2,}File "|^Traceback \(most recent call last\):\s+File "'
    r'|^\s*File "[^"\n]+", line \d+.*?\S File "[^"\n]+", line \d+'
)
_PASTE_START = frozenset(">`*_[")
# VS Code's Python debugger: "Exception has occurred: TypeName", the message, then the frames with the most
# recent call FIRST (the reverse of Python's own order)
VSCODE_EXC = re.compile(r"^\s*Exception has occurred: (?P<type>[A-Za-z_][\w.]*)\s*$")
_FRAME = re.compile(r'^\s*File "[^"]+", line \d+')
_AT_MODULE = re.compile(r'^\s*File "[^"]+", line \d+, in <module>\s*$')


@attrs.define
class Line:
    """One cleaned line: ANSI removed, rank prefix taken off; ``lineno`` is 1-based in the input."""

    text: str
    lineno: int
    rank: int | None = None
    raw_len: int = 0


def _srun_labelled(raw_lines: list[str]) -> bool:
    """``srun --label`` output: most non-empty lines start with ``N: `` (a task id), at least two do."""
    labelled = total = 0
    for raw in raw_lines[:2000]:
        if raw.strip():
            total += 1
            labelled += bool(SRUN_LABEL.match(raw))
    return labelled >= 2 and labelled * 2 >= total


def _segments(raw: str) -> list[str]:
    if "\r" in raw:
        return [s for s in raw.split("\r") if s.strip()] or [""]
    return [raw]


def _unescape_json(seg: str) -> list[str]:
    """A traceback that arrived as one JSON string (``"...\\nTraceback...\\n  File \\"x\\"..."``)."""
    text = seg.replace('\\"', '"').replace("\\'", "'").replace("\\t", "\t")
    return text.split("\\n")


def _unwrapped(text: str) -> str:
    """``text`` without the markdown around it: backticks, bold or italics opened at its start and closed at its end.
    Only what was opened is closed: a name's own underscores (``in __init__``) stay, and a closer the paste cut
    (a line of a fenced block's end) comes off as backticks or asterisks, never underscores."""
    body = text.lstrip("`*_")
    opener = text[: len(text) - len(body)]
    closer = opener[::-1]
    if closer and body.endswith(closer) and len(body) > len(closer):
        return body[: -len(closer)]
    return body.rstrip("`*")


def _depaste(seg: str) -> str:
    """Take off what a paste box or markdown adds around a line of output."""
    if seg.startswith(">"):
        seg = QUOTE.sub("", seg)
    if "`" in seg or "*" in seg or seg.lstrip().startswith("_"):
        stripped = seg.strip()
        if FENCE.match(stripped):
            return ""
        core = _unwrapped(stripped)
        # (a whole line in inline code -- "`./run.sh: line 8: data/x: No such file or directory`" -- is output too)
        inline = len(stripped) > 2 and stripped[0] == stripped[-1] == "`" and "`" not in stripped[1:-1]
        lead = core.lstrip()  # ("**  File ...**": the frame's own indentation inside the markup)
        if core != stripped and (inline or lead.startswith(("Traceback", "File ")) or _EXC_START.match(lead)):
            indent = seg[: len(seg) - len(seg.lstrip())]
            seg = indent + core
    if "](" in seg:
        seg = MD_LINK.sub(r"\1", seg)
        seg = TRAILING_LINK.sub("", seg)
    return seg


# an exception type's name as a traceback prints it: dotted, ending like an exception
EXC_NAME = r"(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Interrupt|Exit)"
_EXC_START = re.compile(rf"^{EXC_NAME}\b")
_EXC_LINE = re.compile(rf"^{EXC_NAME}: \S")


def _unflatten(seg: str) -> list[str] | None:
    """A traceback flattened onto one line: header, frames, their code and the exception line, split
    back at the spaces that were newlines and indentation (runs of them, or one where a chat box or a
    title joined the lines); ``None`` if it is not one."""
    start = seg.find(TB_HEADER)
    if start < 0:
        # its header cut or never pasted: two or more frames and their code on one line (runs of spaces, or the one
        # space a paste box leaves: 'File "a.py", line 5, in f y = g(x) File "b.py", line 9, in g ...')
        first = seg.find('File "')
        if first < 0 or seg.count('File "') < 2 or not re.search(r'\S\s+File "[^"]+", line \d+', seg[first:]):
            return None
        head, rest = seg[:first].rstrip(" `*_"), seg[first:].strip().rstrip("`*_ ")
        out = [head] if head else []
    elif seg.count('File "') < 1 or not re.search(r':\s+File "', seg[start:]):
        return None
    else:
        # the paste's own decoration (backticks, emphasis) around the flattened text
        head, rest = seg[:start].rstrip(" `*_"), seg[start + len(TB_HEADER) :].strip().rstrip("`*_ ")
        out = ([head] if head else []) + [TB_HEADER]
    frames = re.split(r'\s+(?=File "[^"]+", line \d+)', rest)
    for k, piece in enumerate(frames):
        match = re.match(r'(File "[^"]+", line \d+(?:, in [\w<>.]+)?)\s*(.*)$', piece)
        if not match:
            return None
        out.append("  " + match.group(1))
        code = match.group(2).strip()
        if k == len(frames) - 1:
            parts = FLAT_EXC.split(code, maxsplit=1)
            code, exc = (parts[0].strip(), parts[1].strip()) if len(parts) == 2 else (code, "")
            if code:
                out.append("    " + code)
            if exc:
                out.append(exc)
        elif code:
            out.append("    " + code)
    return out


def _unglue(seg: str) -> Iterable[str]:
    """A traceback header or frame printed right after other output (no newline between) starts a line."""
    flat = _unflatten(seg) if seg.count('File "') >= (1 if TB_HEADER in seg else 2) else None
    if flat is not None:
        yield from flat
        return
    for marker in _GLUE_MARKERS:
        idx = seg.find(marker)
        if idx > 0 and not seg[:idx].strip().endswith("Original"):
            head = seg[:idx].rstrip()
            if head:
                yield head
            yield seg[idx:]
            return
    if 'File "' in seg:
        m = GLUED_FRAME.search(seg)
        if m:
            yield seg[: m.start(1)].rstrip()
            yield "  " + seg[m.start(1) :]
            return
    yield seg


def _prefix_pattern(prefix: str) -> re.Pattern[str]:
    """The prefix with its numbers free: a log aggregator stamps every line with its own time."""
    return re.compile(r"\d+".join(re.escape(part) for part in re.split(r"\d+", prefix)))


def _strip_record_prefixes(rows: list[Line]) -> None:
    """A traceback whose every line carries the same log-record prefix (``2023-04-29 06:01 [pid 12] ``,
    ``[2024-02-27T21:35:34.295539Z] 1f2e || ``), its numbers (times, pids) allowed to change."""
    i = 0
    while i < len(rows):
        text = rows[i].text
        idx = text.find(TB_HEADER)
        if idx > 0 and text[:idx].strip() and not text[:idx].strip().endswith("Original"):
            prefix = _prefix_pattern(text[:idx])
            j = i + 1
            if j < len(rows) and prefix.match(rows[j].text):
                rows[i].text = text[idx:]
                while j < len(rows):
                    match = prefix.match(rows[j].text)
                    if match is None:
                        break
                    rows[j].text = rows[j].text[match.end() :]
                    j += 1
                i = j
                continue
        i += 1


def _vscode_as_traceback(rows: list[Line]) -> list[Line]:
    """VS Code's exception report rewritten as the traceback Python would print (line numbers kept)."""
    out: list[Line] = []
    i = 0
    while i < len(rows):
        match = VSCODE_EXC.match(rows[i].text)
        if not match:
            out.append(rows[i])
            i += 1
            continue
        head = rows[i]
        j = i + 1
        message: list[str] = []
        while j < len(rows) and j - i <= 6 and not _FRAME.match(rows[j].text):
            if rows[j].text.strip():
                message.append(rows[j].text.strip())
            j += 1
        groups: list[list[Line]] = []  # a frame line and the code lines under it, most recent call first
        while j < len(rows) and rows[j].text.strip():
            row = rows[j]
            if _FRAME.match(row.text):
                groups.append([attrs.evolve(row, text="  " + row.text.strip())])
            elif row.text[:1].isspace():
                if not groups:
                    groups.append([])
                groups[-1].append(row)
            else:
                break
            j += 1
        if not groups:  # no frames after it: the exception line alone
            out.append(attrs.evolve(head, text=f"{match['type']}: {' '.join(message)}".rstrip(": ")))
            i = j
            continue
        out.append(attrs.evolve(head, text=TB_HEADER))
        # (a paste that opens with the script's module level and ends in a function is in Python's own order
        # already: copied from the call-stack view, or reordered by the writer)
        outermost_first = (
            len(groups) >= 2
            and bool(groups[0] and _AT_MODULE.search(groups[0][0].text))
            and not (groups[-1] and _AT_MODULE.search(groups[-1][0].text))
        )
        for group in groups if outermost_first else reversed(groups):
            out.extend(group)
        out.append(attrs.evolve(head, text=f"{match['type']}: {message[0] if message else ''}".rstrip(": ")))
        out.extend(attrs.evolve(head, text="    " + m) for m in message[1:])
        i = j
    return out


# ComfyUI's error report (its "Copy Error" button, pasted as markdown): the exception's type and message as two list
# items under "## Error Details", then the frames under "## Stack Trace" with a blank line between frames and no
# header nor exception line of their own
COMFY_TYPE = re.compile(r"^\s*[-*]?\s*\**Exception Type:\**\s*(?P<type>[A-Za-z_][\w.]*)\s*$")
_COMFY_MESSAGE = re.compile(r"^\s*[-*]?\s*\**Exception Message:\**\s*(?P<message>.*?)\s*$")
_COMFY_STACK = re.compile(r"^\s*#+\s*Stack Trace\s*$")


def _comfyui_as_traceback(rows: list[Line]) -> list[Line]:
    """ComfyUI's error report rewritten as the traceback Python would print (line numbers kept)."""
    out: list[Line] = []
    i = 0
    while i < len(rows):
        match = COMFY_TYPE.match(rows[i].text)
        if not match:
            out.append(rows[i])
            i += 1
            continue
        head = rows[i]
        message = ""
        j = i + 1
        if j < len(rows) and (found := _COMFY_MESSAGE.match(rows[j].text)):
            message = found["message"]
            j += 1
        exception = attrs.evolve(head, text=f"{match['type']}: {message}".rstrip(": "))
        stack = next((k for k in range(j, min(j + 4, len(rows))) if _COMFY_STACK.match(rows[k].text)), None)
        if stack is None:
            out.append(exception)
            i = j
            continue
        frames: list[Line] = []
        k = stack + 1
        while k < len(rows) and not rows[k].text.lstrip().startswith("#"):
            row = rows[k]
            if _FRAME.match(row.text) or (frames and row.text[:1].isspace() and row.text.strip()):
                frames.append(row)
            elif row.text.strip() and frames:
                break
            k += 1
        if not frames:
            out.append(exception)
            i = j
            continue
        out.append(attrs.evolve(rows[stack], text=TB_HEADER))
        out.extend(frames)
        out.append(attrs.evolve(frames[-1], text=exception.text))
        i = k
    return out


# pytest's failure report: the error as "E   Type: message" lines, each frame as "path.py:LINE: in func"
# (--tb=short) or the frame's source with ">" at the failing line, then "path.py:LINE: " (--tb=long, the
# default; the last location ends with the exception's type instead)
PYTEST_E = re.compile(r"^E(?: {3,}(?P<text>\S.*)|\s*)$")
PYTEST_LOC = re.compile(
    r"^(?P<file>[^\s:][^:]*?\.py):(?P<line>\d+):(?: in (?P<func>\S+)| (?P<tail>\S.*))?\s*$"
)
PYTEST_CODE = re.compile(r"^>\s{1,8}(?P<code>\S.*)$")
PYTEST_DEF = re.compile(r"^\s*(?:async\s+)?def\s+(?P<name>\w+)\s*\(")
PYTEST_SECTION = re.compile(r"^(?:_{3,}|={3,}) .* (?:_{3,}|={3,})$")
_PYTEST_EXC = re.compile(
    r"^(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception|Exit|Interrupt|Failed|Warning)\b"
)


_WIDE_SPACES: dict[int, str | None] = {0x200B: None}  # a zero-width space goes
_WIDE_SPACES.update((c, " ") for c in (0xA0, 0x2002, 0x2003, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F))
# an exception line typed with a CJK input method ("FileNotFoundError：[Errno 2] ..."): the full-width colon
_WIDE_SPACES[0xFF1A] = ": "
_HTML_CHARS = {"quot": '"', "lt": "<", "gt": ">", "amp": "&", "#39": "'", "#x27": "'", "apos": "'"}
_HTML_ENTITY = re.compile(r"&(quot|lt|gt|amp|#39|#x27|apos);")


def _single_spaced(rows: list[Line]) -> list[Line]:
    """A traceback copied with a blank line after every line (some pages and chat apps double-space a
    paste): the blanks inside it taken out, from its header to its exception line (line numbers kept)."""
    out: list[Line] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        out.append(row)
        i += 1
        if row.text.strip() != TB_HEADER or i + 1 >= len(rows) or rows[i].text.strip():
            continue
        if not rows[i + 1].text.lstrip().startswith('File "'):
            continue
        while i + 1 < len(rows) and not rows[i].text.strip() and rows[i + 1].text.strip():
            nxt = rows[i + 1]
            out.append(nxt)
            i += 2
            if not nxt.text[:1].isspace() and not _FRAME.match(nxt.text):
                break  # the exception line ends the traceback
    return out


def _pytest_as_traceback(rows: list[Line]) -> list[Line]:
    """pytest's failure reports rewritten as the tracebacks Python would print (line numbers kept)."""
    out: list[Line] = []
    start = 0  # the first row of the current test's section
    i = 0
    while i < len(rows):
        first = PYTEST_E.match(rows[i].text)
        if not first or not first["text"]:
            if PYTEST_SECTION.match(rows[i].text):
                start = len(out) + 1
            out.append(rows[i])
            i += 1
            continue
        j = i
        message: list[str] = []
        while j < len(rows) and (more := PYTEST_E.match(rows[j].text)):
            message.append((more["text"] or "").rstrip())
            j += 1
        head = message[0]
        if head.startswith("assert "):
            head = f"AssertionError: {head}"
        elif not _PYTEST_EXC.match(head):
            out.extend(rows[i:j])
            i = j
            continue
        # the raising frame: "path.py:LINE: Type" right after the E lines (blank lines between)
        k = j
        while k < len(rows) and not rows[k].text.strip() and k - j < 2:
            k += 1
        last = PYTEST_LOC.match(rows[k].text) if k < len(rows) else None
        section = out[start:]
        frames: list[Line] = []
        code: str | None = None  # the failing line of the frame being read (pytest's ">" line)
        func: str | None = None
        for n, row in enumerate(section):
            text = row.text
            loc = PYTEST_LOC.match(text)
            if loc and (loc["func"] or loc["tail"] is None):
                if loc["func"]:  # --tb=short: the failing line comes after its location
                    later = section[n + 1].text if n + 1 < len(section) else ""
                    code = later.strip() if later[:1].isspace() else None
                name = loc["func"] or func or "<unknown>"
                frames.append(
                    attrs.evolve(row, text=f'  File "{loc["file"]}", line {loc["line"]}, in {name}')
                )
                if code:
                    frames.append(attrs.evolve(row, text=f"    {code}"))
                code = func = None
                continue
            match = PYTEST_DEF.match(text)
            if match:
                func = match["name"]
            match = PYTEST_CODE.match(text)
            if match:
                code = match["code"]
            elif text[:1].isspace() and text.strip():
                # a markdown quote's "> " may have taken pytest's ">" off: the last source line before the
                # location is the failing one
                code = text.strip()
        if last is not None:
            name = func or "<unknown>"
            frames.append(
                attrs.evolve(rows[k], text=f'  File "{last["file"]}", line {last["line"]}, in {name}')
            )
            if code:
                frames.append(attrs.evolve(rows[k], text=f"    {code}"))
        if not frames:
            out.extend(rows[i:j])
            i = j
            continue
        del out[start:]
        out.append(attrs.evolve(frames[0], text=TB_HEADER))
        out.extend(frames)
        out.append(attrs.evolve(rows[i], text=head))
        out.extend(attrs.evolve(rows[i], text=f"    {m}") for m in message[1:] if m)
        i = k + 1 if last is not None else j
        start = len(out)
    return out


# the widths terminals and log viewers wrap long lines at
WRAP_WIDTHS = {80, 100, 120, 132, 150, 160, 180, 200, 220, 240, 250}


# (its opening quote may be left, or a backtick the paste put round it; a comma may follow the function's name)
_CUT_FRAME = re.compile(r'^\s*[`"\'\u201c]?(?P<path>[^\s"`]*\.pyw?)", line \d+, in [^\s,]+,?\s*$')
_CARET_LINE = re.compile(r"^\s*[\^~]+\s*$")
# an exception line, or an exception raised with no message (a bare assert's "AssertionError")
_EXC_OR_BARE = re.compile(rf"^{EXC_NAME}(?:: \S|\s*$)")
_UNQUOTED_FRAME = re.compile(
    r'^(?P<indent>[\s`]*)File (?P<rest>[^\s"][^"]*\.pyw?", line \d+(?:, in \S+)?\s*)$'
)


def _restore_cut_frame(out: list[Line]) -> None:
    """A paste cut inside its first frame line (``/proj/utils/train.py", line 252, in step``) before whole frames, or
    a frame line whose opening quote was lost: the frame line it was, so the frame counts."""
    for i, ln in enumerate(out):
        if '", line ' not in ln.text or 'File "' in ln.text:
            continue
        # the frame's opening quote lost in the paste ('File ../src/trainer.py", line 161, in fit')
        unquoted = _UNQUOTED_FRAME.match(ln.text)
        if unquoted:
            out[i] = attrs.evolve(ln, text=f'{unquoted["indent"]}File "{unquoted["rest"]}')
            continue
        if not _CUT_FRAME.match(ln.text):
            continue
        before = out[i - 1].text if i else ""
        if 'File "' in before and '", line ' not in before:
            continue  # the rest of a frame line the terminal wrapped, not a cut one
        # (the lines after it, less blank lines and the carets Python 3.11 underlines a call with)
        after = [nxt for nxt in out[i + 1 : i + 7] if nxt.text.strip() and not _CARET_LINE.match(nxt.text)][
            :3
        ]
        # whole frames after it, or frames cut the same way, or (the only frame left) its code line and then the
        # exception line
        if any(nxt.text.lstrip().startswith('File "') or _CUT_FRAME.match(nxt.text) for nxt in after) or (
            len(after) >= 2 and not _EXC_OR_BARE.match(after[0].text) and _EXC_OR_BARE.match(after[1].text)
        ):
            # (less an opening quote the cut left, straight or typographic)
            out[i] = attrs.evolve(ln, text='  File "' + ln.text.strip().lstrip("`\"'\u201c").rstrip(","))


def _wrapped_after(out: list[Line], raw_len: int) -> bool:
    """The last line read was cut at the terminal's width (a common width, or the width of its neighbours)."""
    last = out[-1].raw_len
    if last < 60:
        return False
    return last in WRAP_WIDTHS or last == raw_len or (len(out) > 1 and out[-2].raw_len == last)


_CURLY_FRAME = re.compile("File \u201c([^\u201d\n]+)\u201d")


def clean_lines(text: str) -> list[Line]:
    """Split into lines; strip ANSI, paste decoration and rank prefixes, split ``\\r`` updates, unglue."""
    if "&" in text and _HTML_ENTITY.search(text):
        # copied from a web page's source: its quotes and angle brackets escaped (never a newline)
        text = _HTML_ENTITY.sub(lambda m: _HTML_CHARS[m[1]], text)
    if not text.isascii():
        # copied from a rendered page: no-break and other typographic spaces for the indentation
        text = text.translate(_WIDE_SPACES)
        if "File \u201c" in text:
            # a word processor's or a forum's typographic quotes around the frames' paths
            text = _CURLY_FRAME.sub(r'File "\1"', text)
    if "[0m" in text and "\x1b" not in text:
        text = ORPHAN_ANSI.sub("", text)
    raw_lines = text.split("\n")
    srun = _srun_labelled(raw_lines)
    out: list[Line] = []
    append = out.append
    prefixed = False  # a traceback header with something before it: maybe a log-record prefix
    for lineno, raw in enumerate(raw_lines, 1):
        for seg in _segments(raw) if "\r" in raw else (raw,):
            if "\x1b" in seg:
                seg = ANSI.sub("", seg)
            raw_len = len(seg)
            rank = None
            if srun:
                match = SRUN_LABEL.match(seg)
                if match:
                    rank = int(match.group(1))
                    seg = seg[match.end() :]
            if seg.startswith(("[", "rank")) or "]<std" in seg[:40]:
                match = RANK_PREFIX.match(seg) or MPI_TAG.match(seg)
                if match:
                    rank = int(match.group(1)) if rank is None else rank
                    seg = seg[match.end() :]
            if rank is None and out and out[-1].rank is not None and _wrapped_after(out, raw_len):
                rank = out[-1].rank  # the rest of a rank's line, hard-wrapped by the terminal
            if "\\n" in seg and ("Traceback" in seg or 'File \\"' in seg):
                for piece in _unescape_json(seg):
                    append(Line(_depaste(piece).rstrip(), lineno, rank, len(piece)))
                continue
            if seg[:1] in _PASTE_START or "`" in seg or "](" in seg:
                seg = _depaste(seg)
            seg = seg.rstrip()
            if not prefixed and "Traceback (" in seg and not seg.startswith(TB_HEADER):
                prefixed = TB_HEADER in seg
            append(Line(seg, lineno, rank, raw_len))
    if prefixed:
        _strip_record_prefixes(out)
    if '", line ' in text:
        _restore_cut_frame(out)
    if TB_HEADER in text:
        out = _single_spaced(out)
    if any("Exception has occurred: " in ln.text for ln in out):
        out = _vscode_as_traceback(out)
    if "Exception Type:" in text and any(COMFY_TYPE.match(ln.text) for ln in out):
        out = _comfyui_as_traceback(out)
    if any(ln.text.startswith("E   ") for ln in out):
        out = _pytest_as_traceback(out)
    if not any(
        _NEEDS_UNGLUE.search(ln.text)
        for ln in out
        if 'File "' in ln.text or "Tr" in ln.text or "Root" in ln.text or "termin" in ln.text
    ):
        return out
    glued: list[Line] = []
    for line in out:
        seg = line.text
        if "Traceback (" in seg or "Root Cause" in seg or "terminate called" in seg or 'File "' in seg:
            for piece in _unglue(seg):
                glued.append(Line(piece, line.lineno, line.rank, line.raw_len))
        else:
            glued.append(line)
    return glued
