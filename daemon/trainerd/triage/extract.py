"""Find every error in a log: Python tracebacks of every shape and the header-less errors PyTorch prints.

(Over 500 lines on purpose: one parser whose shape readers share the line model, the frame and message
collectors and the stream loop; the cleaning of pasted text and the stand-alone shapes already live in
:mod:`.clean` and :mod:`.standalone`.)

Shapes handled: plain and chained tracebacks ("During handling…", "The above exception was the direct
cause…", a DataLoader worker's "Original Traceback"), ``[rankN]:``/``[defaultN]:`` prefixes with
interleaved ranks (each rank is parsed as its own stream), lines hard-wrapped by a terminal, tracebacks
glued to a progress bar or wrapped in ANSI codes and ``\\r`` updates, rich boxes, IPython frames, C++
frames (``frame #N:``), torchrun's "Root Cause (first observed failure)" block, NCCL watchdog lines,
``terminate called after throwing …`` / ``what():`` and bare ``RuntimeError: CUDA error: …`` lines.
"""

from __future__ import annotations

import re

import attrs

from trainerd.triage.clean import EXC_NAME, WRAP_WIDTHS, Line, clean_lines

TB_HEADER = "Traceback (most recent call last):"
CHAIN_MARKERS = {
    "During handling of the above exception, another exception occurred:": "context",
    "The above exception was the direct cause of the following exception:": "cause",
}
# (a paste's inline-code backtick or a prose quote may open the first frame's line: "` File ...", '"File ...';
# GitHub's markdown outside a code fence drops "<module>" and every other "<...>" name as an HTML tag, leaving
# "line 12, in"; a paste cut right after the line number keeps its comma: "line 57,")
FILE_LINE = re.compile(
    r'^[\s`"]*File "(?P<file>[^"]+)",\s{0,3}line (?P<line>\d+)(?:, ?in(?: (?P<func>.+?))?|,)?\s*$'
)  # (a retyped line may lose a space, or gain one)
FILE_START = re.compile(r'^[\s`"]*File "')
# a frame line that already ends in a function name is complete, whatever its length
COMPLETE_FUNC = re.compile(r"^(?:<[\w ]+>|[A-Za-z_][\w.]*)$")
# (TensorFlow 1 re-raising a session's error after its log: "ResourceExhaustedError (see above for traceback): OOM ...")
EXC_LINE = re.compile(
    r"^(?P<type>[A-Za-z_][\w.]*(?:::[\w:]+)?)(?: \(see above for traceback\))?(?::\s?(?P<msg>.*))?$"
)
CPP_FRAME = re.compile(r"^\s*frame #\d+:")
CPP_RAISED = re.compile(r"^\s*Exception raised from .*\(most recent call first\):\s*$")
# lines that end an exception message: log records, progress bars, launcher chatter
MESSAGE_STOP = re.compile(
    r"^(?:\d{4}-\d\d-\d\d[ T]|\[?\d\d:\d\d:\d\d|\[\d{4}-|(?:INFO|WARNING|ERROR|DEBUG|CRITICAL)[: \]]|wandb:|"
    r"[EWI]\d{4} |\[[EWI] |Root Cause|=+$|-{20,}$|Process \w+-\d+:|\s*\d+%\||.*\d+/\d+ \[\d|"
    r"terminate called after|usage: |Epoch \d|Error executing job|"
    # Python's report of an exception it could not raise (a __del__ at exit): another error, not this message's line
    r"Exception ignored in[: ]|"
    # the borders an exception group draws around its sub-exceptions ("+-+---- 1 ----", "+------")
    r"\s*\+[-+]{3,}|"
    # the shell's prompt back after the crash (conda's env name, user@host:dir$, a Windows drive), a
    # container's exit line (docker compose)
    r"\(\S+\)\s+(?:\S+@\S+:|[A-Z]:\\)|[\w.-]+@[\w.-]+:\S*\s*[$#]|[A-Z]:\\[^\s>]*>|\S+ exited with code -?\d+\s*$|"
    # the JSON around a traceback that arrived JSON-escaped: a closing quote or bracket, the next key
    r'\s*"?\s*[,}\]]+\s*$|\s*"[\w.-]+":\s)'
)
# rich traceback boxes
RICH_TOP = re.compile(r"^\s*╭─+.*Traceback.*─+╮\s*$")
RICH_BOTTOM = re.compile(r"^\s*╰─+╯\s*$")
RICH_FRAME = re.compile(r"^(?P<file>\S.*?):(?P<line>\d+) in (?P<func>\S+)$")
RICH_CODE = re.compile(r"^❱\s*(?P<line>\d+)\s*│\s?(?P<code>.*)$")
# IPython
# (Python 2's IPython glued the name to the word: "NanLossDuringTrainingErrorTraceback (most recent call last)")
IPY_HEADER = re.compile(
    r"^(?P<type>[A-Za-z_][\w.]*?)(?:\s+|(?<=Error)|(?<=Exception))Traceback \(most recent call last\)\s*$"
)
IPY_CELL = re.compile(
    r"^(?:Cell In\s*\[(?P<cell>\d+)\], line (?P<line>\d+)|Input In \[(?P<cell2>\d+)\], in <cell line: (?P<line2>\d+)>\(\))(?:, in (?P<func>\S+))?"
)
IPY_FILE = re.compile(r"^File (?P<file>.+?):(?P<line>\d+)(?:, in (?P<func>[\w<>.]+)(?:\(.*)?)?\s*$")
# Spyder's console: "  File ~/proj/train.py:4 in <module>" (no quotes, no comma), the code on the next line
SPYDER_FILE = re.compile(
    r'^[\s`>]{0,8}File (?P<file>[^"\s][^"]*?\.pyx?):(?P<line>\d+) in (?P<func>[\w<>.]+)\s*$'
)
# (a path may hold single spaces -- Colab's "/content/drive/My Drive/" -- and be Windows', "c:\\users\\...\\x.py")
IPY_OLD = re.compile(
    r"^(?P<file>(?:<ipython-input-[\w-]+>|(?:/|~|[A-Za-z]:[\\/])(?:\S| (?=\S))*?\.py)) in (?P<func>[\w<>.]+)(?:\(.*)?\s*$"
)
# an exception line whose type is named as exceptions are ("TypeError: ...", "errors_impl.NotFoundError: ...")
NAMED_EXC_LINE = re.compile(r"(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Exit|Interrupt)(?::\s|:?\s*$)")
IPY_ARROW = re.compile(r"^-*> ?(?P<line>\d+)\s?(?P<code>.*)$")
# header-less errors
# torchrun's failure summary; torch before 1.11 wrote "Root Cause:" alone
ROOT_CAUSE = re.compile(r"Root Cause \(first observed failure\):|^\W{0,3}Root Cause:\s*$")
RC_FIELD = re.compile(r"^\s*(?P<key>time|host|rank|exitcode|error_file|traceback)\s*:\s*(?P<value>.*)$")
TERMINATE = re.compile(r"terminate called after throwing an instance of '(?P<type>[^']+)'")
WHAT = re.compile(r"^\s*what\(\):\s*(?P<msg>.*)$")
NCCL_LOG = re.compile(
    r"\[?[EW]\d*[\d :.]*\s*ProcessGroupNCCL\.cpp:\d+\]\s*(?P<msg>.*(?:Watchdog caught|timeout|Timeout|timed out|NCCL error|"
    r"ncclInternalError|ncclUnhandledCudaError|ncclSystemError|ncclRemoteError|terminat).*)$"
)
BARE_ERROR = re.compile(
    r"^(?P<type>(?:[\w.]+\.)?(?:RuntimeError|OutOfMemoryError|DistBackendError|AcceleratorError|CudaError)):\s*"
    r"(?P<msg>(?:CUDA error|CUDA out of memory|NCCL error|cuDNN error|CUBLAS|HIP error|Expected all tensors).*)$"
)
# (a subcommand's parser names its program in words: "accelerate <command> [<args>] launch: error: ...")
ARGPARSE_ERROR = re.compile(r"^(?:(?P<prog>\S+(?: \S+){0,4}?): )?error: (?P<msg>.+)$")
# argparse's own wording: an error line that needs no ``usage:`` block above it to be recognised
ARGPARSE_OWN = re.compile(
    r"^(?:unrecognized arguments: |the following arguments are required: |argument [-\w/]+: (?:invalid|expected))"
    # jsonargparse (LightningCLI and other config-driven CLIs), its message often quoted
    r"|^['\"]?(?:Configuration check failed|Unrecognized arguments:|No action for (?:destination )?key|"
    r"Parser key \"|Key \"[^\"]+\" is required|Problem in default config)"
)
# a line can start an error only if it has one of these (a cheap test that skips metric and progress lines)
_INTERESTING = re.compile(
    r"Traceback|Root Cause|terminate called|ProcessGroupNCCL|Error|error: |Exception|Interrupt|Exit|File |"
    r"Cell In|ipython-input|\.py in |exceptions?\.|errors?\.|\.exc\.|StopIteration|TimeoutExpired"
)
# "KeyErrorKeyError: : 'x'" -- the same exception line from two ranks, interleaved character-wise
GARBLED = re.compile(r"^\S*?(?P<type>[A-Z]\w*(?:Error|Exception))(?P=type)\s*:\s*:\s*(?P<msg>.*)$")
_STANDALONE_SUFFIX = re.compile(r"(?:Error|Exception|Interrupt|Exit)$")
# a class defined in a package's exceptions module is an exception whatever its name ends with
# (``requests.exceptions.ReadTimeout``, ``subprocess.TimeoutExpired``); and the builtins not named *Error
_EXCEPTIONS_MODULE = re.compile(
    r"(?:^|\.)_?(?:exceptions?|errors?|errors_impl|exc)\.[A-Z]\w*$|^subprocess\.TimeoutExpired$"
)
_OTHER_BUILTINS = frozenset({"StopIteration", "StopAsyncIteration"})
_EXC_SUFFIX = re.compile(r"(Error|Exception|Interrupt|Exit|Warning|Iteration|Failure|Fault|Timeout)$")


# the type given to a traceback whose exception line never came (cut off, or told elsewhere in words)
CUT_EXCEPTION = "UnknownError"


def cut_before_exception(exception: str, message: str) -> bool:
    """A traceback (header, maybe frames) whose exception line was cut off."""
    return exception == CUT_EXCEPTION and not message.strip()


@attrs.define
class Frame:
    file: str
    line: int
    function: str | None = None
    code: str | None = None


@attrs.define
class Block:
    """One exception as printed: its frames (outermost first), type and message."""

    exception: str
    message: str
    frames: list[Frame] = attrs.Factory(list)
    relation: str | None = None  # how the *next* block relates to this one: cause | context | original
    cpp_frames: list[str] = attrs.Factory(list)
    start_line: int = 0
    end_line: int = 0
    exception_line: int = 0


@attrs.define
class ExtractedError:
    """One error: a chain of blocks, ``blocks[0]`` the earliest cause."""

    blocks: list[Block]
    rank: int | None = None
    shapes: list[str] = attrs.Factory(list)
    details: dict = attrs.Factory(dict)

    @property
    def start_line(self) -> int:
        return min(b.start_line for b in self.blocks)

    @property
    def end_line(self) -> int:
        return max(b.end_line for b in self.blocks)


# --- streams -----------------------------------------------------------------------------------
def _streams(lines: list[Line]) -> dict[int | None, list[Line]]:
    """Lines grouped by rank (interleaved ranks become separate streams); unprefixed lines: ``None``."""
    streams: dict[int | None, list[Line]] = {}
    for line in lines:
        streams.setdefault(line.rank, []).append(line)
    return streams


def _box_line(text: str) -> bool:
    return text.lstrip().startswith("│")


def _unbox_rich(lines: list[Line]) -> tuple[list[Line], bool]:
    """Rewrite rich's boxed traceback as a plain one (same line numbers); a box whose top was cut off (its
    frames and ``❱`` code lines, no ``╭─ Traceback`` border) counts from its first box line."""
    top = cut = False
    for ln in lines:  # one pass: the box's top border, else a code line of a box cut above it
        if "╭" in ln.text:
            top, cut = True, False
            break
        if not cut and "❱" in ln.text:
            cut = _box_line(ln.text)
    if not top and not cut:
        return lines, False
    out: list[Line] = []
    i, found = 0, False
    while i < len(lines):
        line = lines[i]
        headless = cut and not found and _box_line(line.text)
        if headless:
            # the run of box lines from here must hold a code line (❱), else it is some other table
            j = i
            while j < len(lines) and _box_line(lines[j].text) and "❱" not in lines[j].text:
                j += 1
            headless = j < len(lines) and _box_line(lines[j].text)
        if not (RICH_TOP.match(line.text) or headless):
            out.append(line)
            i += 1
            continue
        found = True
        out.append(Line(TB_HEADER, line.lineno, line.rank, line.raw_len))
        if not headless:
            i += 1
        pending = ""
        while i < len(lines) and not RICH_BOTTOM.match(lines[i].text):
            if headless and not _box_line(lines[i].text):
                i -= 1  # the cut box ended: that line is other output
                break
            inner = lines[i].text.strip()
            if inner.startswith("│"):
                inner = inner[1:]
            if inner.endswith("│"):
                inner = inner[:-1]
            inner = inner.strip()
            frame = RICH_FRAME.match(pending + inner)
            if frame:
                out.append(
                    Line(
                        f'  File "{frame["file"]}", line {frame["line"]}, in {frame["func"]}',
                        lines[i].lineno,
                        lines[i].rank,
                    )
                )
                pending = ""
            elif inner and " " not in inner and (pending or _RICH_PATH_START.match(inner)):
                pending += inner  # a long path rich folded inside the box (at a "/" or mid-name)
            elif _RICH_WRAPPED_IN.search(inner) and " " not in inner[: -len(" in")]:
                pending = inner + " "  # the function's name went to the next box line
            else:
                code = RICH_CODE.match(inner)
                if code:
                    out.append(Line("    " + code["code"].strip(), lines[i].lineno, lines[i].rank))
                pending = ""
            i += 1
        i += 1  # the bottom border
    return out, found


_RICH_WRAPPED_IN = re.compile(r"\S:\d+ in$")
_RICH_PATH_START = re.compile(r"(?:/|~/|[A-Za-z]:\\)[^:]*$")


# --- parsing ------------------------------------------------------------------------------------
def _is_exception_line(text: str) -> bool:
    if not text or text[0].isspace():
        return False
    match = EXC_LINE.match(text)
    if not match:
        return False
    name = match["type"]
    # the logging module's record ("ERROR:torch.distributed...:failed ..."), not an exception
    if name in _LOG_LEVELS:
        return False
    last = name.rsplit(".", 1)[-1]
    return bool(_EXC_SUFFIX.search(last) or "." in name or "::" in name or match["msg"] is not None)


_LOG_LEVELS = frozenset(("DEBUG", "INFO", "WARNING", "WARN", "ERROR", "CRITICAL", "FATAL"))


def _is_standalone_exception(text: str) -> bool:
    """An exception line printed on its own (no traceback above it): a type that ends like an
    exception's name (not a warning) at the start of the line."""
    if not _is_exception_line(text):
        return False
    match = EXC_LINE.match(text)
    assert match is not None
    last = match["type"].rsplit(".", 1)[-1].rsplit("::", 1)[-1]
    if last in ("Error", "Exception") and not (match["msg"] or "").strip():
        return False  # a heading ("Error:" above a paste), not an exception printed with its message
    if last in _OTHER_BUILTINS or (_EXCEPTIONS_MODULE.search(match["type"]) and (match["msg"] or "").strip()):
        return True
    return bool(_STANDALONE_SUFFIX.search(last)) and last[0].isupper()


def _joined(
    lines: list[Line], i: int, pattern: re.Pattern[str], limit: int = 3
) -> tuple[re.Match | None, int]:
    """Match ``pattern`` at line ``i``, joining up to ``limit`` following lines (terminal hard-wrap)."""
    text = lines[i].text
    match = pattern.match(text)
    j = i
    while match is None and j + 1 < len(lines) and j - i < limit:
        j += 1
        nxt = lines[j].text
        if nxt.startswith(" ") and not text.endswith(" "):
            nxt = nxt.lstrip()
        elif text.endswith(",") and not nxt.startswith(" "):
            nxt = " " + nxt  # a mail client wrapped the frame line after its comma
        text += nxt
        match = pattern.match(text)
    return match, (j if match else i)


# a KeyError's message is the repr of the missing key: complete on its line, what follows is other output
_KEY_REPR = re.compile(r"""\s*(?:'[^'\n]*'|"[^"\n]*"|-?\d+)\s*""")


def _is_metric_line(text: str) -> bool:
    """A line the training monitor reads two or more metrics from (``step 10 loss 2.1``, a metrics dict, a
    progress bar): never a part of an exception's message."""
    from trainerd.monitor.parse import parse_metrics

    found = parse_metrics(text)
    return "_bar" in found or sum(not key.startswith("_") for key in found) >= 2


def _collect_message(lines: list[Line], i: int, first: str, block: Block) -> int:
    """Gather an exception message's continuation lines (and C++ frames); return the next index."""
    parts = [first]
    prev_len = lines[i - 1].raw_len if i > 0 else 0
    if (
        block.exception.rsplit(".", 1)[-1] == "KeyError"
        and prev_len not in WRAP_WIDTHS
        and _KEY_REPR.fullmatch(first)
    ):
        block.message = first.strip()
        return i
    count = 0
    in_cpp = False
    while i < len(lines) and count < 60:
        text = lines[i].text
        stripped = text.strip()
        if not stripped and i + 1 < len(lines) and CPP_RAISED.match(lines[i + 1].text):
            i += 1  # PyTorch leaves a blank line before the C++ stack
            continue
        if not stripped or stripped == TB_HEADER or stripped in CHAIN_MARKERS or FILE_START.match(text):
            break
        if stripped.startswith("Original Traceback (most recent call last)"):
            break
        if CPP_RAISED.match(text) or CPP_FRAME.match(text):
            in_cpp = True
            block.cpp_frames.append(stripped)
        elif in_cpp:
            break
        elif prev_len in WRAP_WIDTHS and not MESSAGE_STOP.match(text):
            # the terminal wrapped this line: glue it back (not a log record's start, whatever the width before it)
            parts[-1] += text
        elif MESSAGE_STOP.match(text) or _is_exception_line(text) and count > 0 and ":" not in text[:3]:
            break
        elif _is_metric_line(stripped):
            break  # training went on printing its metrics: the message ended before
        else:
            parts.append(text)
        prev_len = lines[i].raw_len
        block.end_line = lines[i].lineno
        i += 1
        count += 1
    block.message = "\n".join(p for p in parts).strip()
    return i


# an exception line however it is indented: a dotted name ending like an exception type, then its message
_MISINDENTED_EXC = re.compile(rf"^(?P<type>{EXC_NAME})(?::\s*(?P<msg>.*))?$")


def _parse_python(lines: list[Line], i: int, headless: bool = False) -> tuple[Block | None, int]:
    """Parse a ``Traceback (most recent call last):`` block starting at ``i`` (``headless``: the header
    was cut off and ``i`` is the first frame line)."""
    block = Block(exception="", message="", start_line=lines[i].lineno, end_line=lines[i].lineno)
    if not headless:
        i += 1
    frame: Frame | None = None
    frame_end = -1  # index of the last frame line: an unindented line right after it is its code
    frame_indent = 0  # the frames' least indentation: a paste that indented the whole traceback
    while i < len(lines):
        text = lines[i].text
        if FILE_START.match(text):
            indent = len(text) - len(text.lstrip())
            frame_indent = indent if not block.frames else min(frame_indent, indent)
            j = i
            single = FILE_LINE.match(text)
            complete = bool(single and single["func"] and COMPLETE_FUNC.match(single["func"]))
            while (
                not complete
                and lines[j].raw_len in WRAP_WIDTHS
                and j + 1 < len(lines)
                and j - i < 3
                and lines[j + 1].text
            ):
                j += 1  # the terminal wrapped this line at its width
            if j > i:
                joined = "".join(ln.text for ln in lines[i : j + 1])
                match = FILE_LINE.match(joined)
                if match is None:
                    j = i
            if j == i:
                match, j = _joined(lines, i, FILE_LINE)
            if match:
                frame = Frame(match["file"], int(match["line"]), match["func"])
                block.frames.append(frame)
                block.end_line = lines[j].lineno
                frame_end = j
                i = j + 1
                continue
            i += 1
            continue
        stripped = text.strip()
        if block.frames and stripped in ("...", "\u2026", "[...]") and not text.startswith(" "):
            i += 1  # the writer's elision of frames at the line's start ("..." between a frame and the exception)
            continue
        garbled = GARBLED.match(stripped) if ": :" in stripped else None
        if garbled:  # two processes wrote the same exception line at once
            block.exception = garbled["type"]
            block.exception_line = block.end_line = lines[i].lineno
            return block, _collect_message(lines, i + 1, garbled["msg"], block)
        if (
            i == frame_end + 1
            and frame is not None
            and frame.code is None
            and stripped
            and not text.startswith(" ")
            and not _is_exception_line(text)
        ):
            frame.code = stripped  # frames pasted without their indentation
            i += 1
            continue
        if (
            frame_indent > 2
            and text.startswith(" ")
            and len(text) - len(text.lstrip()) < frame_indent
            and block.frames
            and _is_exception_line(stripped)
        ):
            # the whole traceback was indented by the paste: the exception line sits left of the frames
            match = EXC_LINE.match(stripped)
            assert match is not None
            block.exception = match["type"]
            block.exception_line = block.end_line = lines[i].lineno
            return block, _collect_message(lines, i + 1, match["msg"] or "", block)
        misplaced = (
            _MISINDENTED_EXC.match(stripped.rstrip("`'\"*"))
            if text.startswith(" ") and frame is not None and frame.code is not None
            else None
        )
        if misplaced:
            # the exception line indented like code (a paste that shifted it), after the frame's own code line
            block.exception = misplaced["type"]
            block.exception_line = block.end_line = lines[i].lineno
            return block, _collect_message(lines, i + 1, (misplaced["msg"] or "").strip(), block)
        if text.startswith(" ") or not stripped:
            if frame is not None and frame.code is None and stripped and not set(stripped) <= set("^~ "):
                if not stripped.startswith("[Previous line repeated") and not stripped.startswith("..."):
                    frame.code = stripped
            if not stripped and block.frames and i + 1 < len(lines) and _is_exception_line(lines[i + 1].text):
                i += 1
                continue
            if not stripped and i + 1 < len(lines) and FILE_START.match(lines[i + 1].text):
                i += 1  # a console that prints a blank line between frames (Spyder, some IDEs)
                continue
            if not stripped:
                break
            i += 1
            continue
        if _is_exception_line(text):
            match = EXC_LINE.match(text)
            assert match is not None
            block.exception = match["type"]
            block.exception_line = block.end_line = lines[i].lineno
            return block, _collect_message(lines, i + 1, match["msg"] or "", block)
        if CPP_FRAME.match(text) or CPP_RAISED.match(text):
            block.cpp_frames.append(stripped)
            i += 1
            continue
        break  # something else interrupted the traceback: keep what we have
    if not block.frames and headless:
        return None, i
    # no frames: Python printed its header, so an error happened, but the paste stops (or turns to something
    # else) before any whole frame -- kept only when nothing else is found (see :func:`extract`)
    block.exception = block.exception or CUT_EXCEPTION
    return block, i


def _parse_ipython(lines: list[Line], i: int, headless: bool = False) -> tuple[Block | None, int]:
    """An IPython/Jupyter traceback from its ``XError   Traceback (most recent call last)`` header, or
    (``headless``) from its first frame when the header was cut: then the exception line ends it."""
    exc_type = ""
    if not headless:
        header = IPY_HEADER.match(lines[i].text)
        assert header is not None
        exc_type = header["type"]
    short = exc_type.rsplit(".", 1)[-1]
    block = Block(exception=exc_type, message="", start_line=lines[i].lineno, end_line=lines[i].lineno)
    if not headless:
        i += 1
    frame: Frame | None = None
    while i < len(lines):
        text = lines[i].text
        cell = IPY_CELL.match(text)
        file_ = (IPY_FILE.match(text) or SPYDER_FILE.match(text)) if not cell else None
        old = IPY_OLD.match(text) if not (cell or file_) else None
        if cell:
            number = cell["cell"] or cell["cell2"]
            frame = Frame(
                f"<cell In[{number}]>", int(cell["line"] or cell["line2"]), cell["func"] or "<module>"
            )
            block.frames.append(frame)
        elif file_:
            frame = Frame(file_["file"], int(file_["line"]), file_["func"])
            block.frames.append(frame)
        elif old:
            frame = Frame(old["file"], 0, old["func"])
            block.frames.append(frame)
        elif IPY_ARROW.match(text) and frame is not None:
            arrow = IPY_ARROW.match(text)
            assert arrow is not None
            frame.line = int(arrow["line"])
            frame.code = arrow["code"].strip()
        elif (
            frame is not None
            and frame.code is None
            and text.startswith("    ")
            and text.strip()[:1].isalpha()
        ):
            frame.code = text.strip()  # Spyder's frame: its code line, indented, with no line number
        elif (
            (exc_type and (text.startswith(short) or text.startswith(exc_type)))
            # (Spyder's traceback pasted indented: its exception line is as indented as its frames)
            or (not exc_type and block.frames and _is_exception_line(text.lstrip(" `>")))
            # (a header whose type the paste does not repeat: the exception line at the margin says what was raised)
            or (exc_type and block.frames and text[:1].isalpha() and NAMED_EXC_LINE.match(text) is not None)
        ):
            match = EXC_LINE.match(text.lstrip(" `>"))
            if match and (not exc_type or not (text.startswith(short) or text.startswith(exc_type))):
                block.exception = match["type"]
            block.exception_line = block.end_line = lines[i].lineno
            msg = match["msg"] if match else ""
            return block, _collect_message(lines, i + 1, msg or "", block)
        block.end_line = lines[i].lineno
        i += 1
    # the paste ended inside an old-style frame, before its arrow line: the line it was at is lost, and the frame
    # above it (whose arrow was read) is the deepest one that can be pointed at
    while len(block.frames) > 1 and block.frames[-1].line == 0:
        block.frames.pop()
    # (a header cut before its first frame still names what was raised)
    return (block if block.frames or exc_type else None), i


def _graph_execution_message(lines: list[Line], i: int, block: Block) -> int:
    """TensorFlow's "Graph execution error:" says what failed only after the op's own frames ("Detected at
    node ... defined at"): that text joins the message, up to the op's ``[[{{node ...}}]]`` line."""
    found: list[str] = []
    j = i
    while j < len(lines) and j - i < 120:
        text = lines[j].text
        stripped = text.strip()
        if stripped.startswith("[[") or stripped == TB_HEADER:
            break
        if stripped and not (
            FILE_START.match(text) or text[:1].isspace() or stripped.startswith("Detected at node")
        ):
            found.append(stripped)
        j += 1
    if not found or j >= len(lines):
        return i  # not TensorFlow's layout: keep the message as it was
    block.message = block.message.rstrip() + "\n" + "\n".join(found)
    block.end_line = lines[j].lineno
    return j + 1


def _parse_root_cause(lines: list[Line], i: int) -> tuple[ExtractedError, int]:
    start = lines[i].lineno
    fields: dict[str, str] = {}
    j = i + 1
    while j < len(lines) and j - i < 12:
        if lines[j].text.strip() == TB_HEADER:
            break  # the child's own traceback (its ``traceback :`` field): parsed as the error it is
        match = RC_FIELD.match(lines[j].text)
        if match:
            fields[match["key"]] = match["value"].strip()
        elif lines[j].text.strip().startswith("=") and fields:
            break
        j += 1
    rank_match = re.match(r"(\d+)", fields.get("rank", ""))
    exit_match = re.match(r"(-?\d+)", fields.get("exitcode", ""))
    rank = int(rank_match.group(1)) if rank_match else None
    exitcode = int(exit_match.group(1)) if exit_match else None
    trace = fields.get("traceback", "")
    message = f"rank {fields.get('rank', '?')} failed with exitcode {fields.get('exitcode', '?')}"
    if trace and "To enable traceback" not in trace:
        message += f": {trace}"
    block = Block(
        "torch.distributed.elastic.multiprocessing.errors.ChildFailedError",
        message,
        start_line=start,
        end_line=lines[j - 1].lineno,
        exception_line=start,
    )
    error = ExtractedError([block], rank=rank, shapes=["torchrun_root_cause"])
    error.details = {"exitcode": exitcode, "host": fields.get("host"), "failed_rank": rank}
    return error, j


def _parse_terminate(lines: list[Line], i: int) -> tuple[ExtractedError | None, int]:
    match = TERMINATE.search(lines[i].text)
    assert match is not None
    j = i + 1
    if j < len(lines) and WHAT.match(lines[j].text):
        what = WHAT.match(lines[j].text)
        assert what is not None
        block = Block(
            match["type"],
            "",
            start_line=lines[i].lineno,
            end_line=lines[j].lineno,
            exception_line=lines[j].lineno,
        )
        nxt = _collect_message(lines, j + 1, what["msg"], block)
        return ExtractedError([block], rank=lines[i].rank, shapes=["cpp_terminate"]), nxt
    return None, i + 1


def _single_line(lines: list[Line], i: int, exc: str, msg: str, shape: str) -> tuple[ExtractedError, int]:
    block = Block(
        exc, "", start_line=lines[i].lineno, end_line=lines[i].lineno, exception_line=lines[i].lineno
    )
    nxt = _collect_message(lines, i + 1, msg, block)
    return ExtractedError([block], rank=lines[i].rank, shapes=[shape]), nxt


# VS Code's debugger: "Exception has occurred: KeyError", the message, then the frames innermost first
_VSCODE_HEADER = re.compile(r"^\s*Exception has occurred: ")


_OUTERMOST = frozenset({"_run_module_as_main", "_run_code"})


def _listed_innermost_first(frames: list[Frame]) -> bool:
    """Frames a debugger or an IDE listed most recent call first: runpy's frames, always the outermost, come
    last (PyCharm's and Python 3.13's "(Current frame)" pastes)."""

    def name(frame: Frame) -> str:
        return (frame.function or "").split(" ", 1)[0]  # "_run_module_as_main (Current frame)"

    return len(frames) >= 2 and name(frames[-1]) in _OUTERMOST and name(frames[0]) not in _OUTERMOST


def _parse_stream(lines: list[Line]) -> list[ExtractedError]:
    errors: list[ExtractedError] = []
    i = 0
    pending_relation: str | None = None
    while i < len(lines):
        text = lines[i].text
        if not _INTERESTING.search(text):
            i += 1
            continue
        stripped = text.strip()
        headless = bool(FILE_START.match(text)) and FILE_LINE.match(text) is not None
        if (
            stripped.startswith(TB_HEADER)
            or stripped.endswith("Traceback (most recent call last):")
            and stripped.startswith("Original Traceback")
            or headless
        ):
            block, nxt = _parse_python(lines, i, headless=headless)
            start = i
            i = max(nxt, i + 1)
            if block is None:
                continue
            if headless and any(_VSCODE_HEADER.match(ln.text) for ln in lines[max(0, start - 4) : start]):
                block.frames.reverse()  # VS Code's debugger lists the innermost call first
            elif _listed_innermost_first(block.frames):
                block.frames.reverse()
            if block.message.rstrip().endswith("Graph execution error:"):
                i = _graph_execution_message(lines, i, block)
            # a DataLoader worker's error carries the original traceback after its message
            if i < len(lines) and lines[i].text.strip().startswith("Original Traceback"):
                inner, nxt2 = _parse_python(lines, i)
                if inner is not None:
                    inner.relation = "original"
                    block.end_line = max(block.end_line, inner.end_line)
                    _add(errors, inner, lines, pending_relation, ["python"])
                    pending_relation = "original"
                    i = max(nxt2, i + 1)
            _add(errors, block, lines, pending_relation, ["headless"] if headless else ["python"])
            pending_relation = None
            # a chain marker may follow (after a blank line)
            k = i
            while k < len(lines) and not lines[k].text.strip() and k - i < 3:
                k += 1
            if k < len(lines) and lines[k].text.strip() in CHAIN_MARKERS:
                pending_relation = CHAIN_MARKERS[lines[k].text.strip()]
                errors[-1].blocks[-1].relation = pending_relation
                i = k + 1
            continue
        ipy_headless = (
            not text.startswith(" ")
            and (IPY_FILE.match(text) or IPY_OLD.match(text) or IPY_CELL.match(text))
            and any(IPY_ARROW.match(ln.text) for ln in lines[i + 1 : i + 6])
        ) or ("File " in text and SPYDER_FILE.match(text) is not None)
        if IPY_HEADER.match(text) or ipy_headless:
            block, nxt = _parse_ipython(lines, i, headless=bool(ipy_headless))
            i = max(nxt, i + 1)
            if block is not None:
                errors.append(ExtractedError([block], rank=lines[i - 1].rank, shapes=["ipython"]))
            continue
        if ROOT_CAUSE.search(text):
            error, i = _parse_root_cause(lines, i)
            errors.append(error)
            continue
        if TERMINATE.search(text):
            error_t, i = _parse_terminate(lines, i)
            if error_t is not None:
                errors.append(error_t)
            continue
        nccl = NCCL_LOG.search(text)
        if nccl:
            error, i = _single_line(lines, i, "NCCLWatchdogError", nccl["msg"], "nccl_log")
            errors.append(error)
            continue
        bare = BARE_ERROR.match(stripped)
        if bare:
            error, i = _single_line(lines, i, bare["type"], bare["msg"], "bare_error_line")
            errors.append(error)
            continue
        garbled = GARBLED.match(stripped) if ": :" in stripped else None
        if garbled:
            error, i = _single_line(lines, i, garbled["type"], garbled["msg"], "interleaved_line")
            errors.append(error)
            continue
        if _is_standalone_exception(text):
            match = EXC_LINE.match(text)
            assert match is not None
            error, i = _single_line(lines, i, match["type"], match["msg"] or "", "exception_line")
            errors.append(error)
            continue
        argp = ARGPARSE_ERROR.match(stripped)
        # argparse's own words count anywhere; any other message needs the program it names: a script (the
        # parser names the script it parses for) or one whose usage block is just above (a bare "error:"
        # line is anybody's)
        if argp and (
            ARGPARSE_OWN.match(argp["msg"])
            or argp["prog"]
            and (
                argp["prog"].endswith(".py")
                or i > 0
                and any(ln.text.startswith("usage: ") for ln in lines[max(0, i - 15) : i])
            )
        ):
            block = Block(
                "argparse.ArgumentError",
                argp["msg"],
                start_line=lines[i].lineno,
                end_line=lines[i].lineno,
                exception_line=lines[i].lineno,
            )
            errors.append(
                ExtractedError(
                    [block], rank=lines[i].rank, shapes=["argparse"], details={"prog": argp["prog"] or ""}
                )
            )
        i += 1
    return errors


def _add(
    errors: list[ExtractedError], block: Block, lines: list[Line], relation: str | None, shapes: list[str]
) -> None:
    if relation and errors:
        errors[-1].blocks.append(block)
        if "chained" not in errors[-1].shapes:
            errors[-1].shapes.append("chained")
        return
    rank = next((ln.rank for ln in lines if ln.lineno == block.start_line), None)
    errors.append(ExtractedError([block], rank=rank, shapes=list(shapes)))


def _named_without_message(error: ExtractedError) -> bool:
    """A traceback whose type is known (a notebook's header, a bare exception line) but whose message is not."""
    block = error.blocks[-1]
    return bool(block.frames and block.exception and not block.message.strip())


def _without_exception(error: ExtractedError) -> bool:
    """Frames whose exception line never came (cut off, or told elsewhere in words)."""
    block = error.blocks[-1]
    return cut_before_exception(block.exception, block.message)


def _header_cut_at_end(lines: list[Line]) -> list[Line]:
    """A paste that stops inside a traceback's header ("[rank0]: Traceback (most recent call la"): the header,
    whose frames never came."""
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].text.strip()), None)
    if last is None:
        return lines
    said = lines[last].text.strip()
    if len(said) >= 13 and len(said) < len(TB_HEADER) and TB_HEADER.startswith(said):
        lines = list(lines)
        lines[last] = Line(TB_HEADER, lines[last].lineno, lines[last].rank, lines[last].raw_len)
    return lines


# how far above a cut traceback a library's logged error is read as that traceback's own (lines)
_LOGGED_ABOVE = 4


def extract(text: str, words: bool = True) -> list[ExtractedError]:
    """Every error in ``text``, in the order they start in the log. With ``words`` (a pasted log, a finished
    run's output), lines that only report an error in words are the last resort when nothing else is found;
    a live run's watch leaves them out (a running job's ``[ERROR]`` record is not a crash)."""
    from trainerd.triage import standalone  # it builds on this module's types

    lines = _header_cut_at_end(clean_lines(text))
    errors: list[ExtractedError] = []
    ranks = {ln.rank for ln in lines}
    interleaved = len(ranks - {None}) > 1
    for rank, stream in _streams(lines).items():
        stream, rich = _unbox_rich(stream)
        # "Error: Fatal Python error: Segmentation fault" (a title, a log record) is the crash report standalone
        # reads with its faulthandler stack, not an exception named Error
        found = [e for e in _parse_stream(stream) if not _fatal_python_error(e)]
        found += standalone.find(stream, found)
        for error in found:
            if error.rank is None:
                error.rank = rank
            if rich and "rich" not in error.shapes:
                error.shapes.append("rich")
            if rank is not None and "rank_prefixed" not in error.shapes:
                error.shapes.append("rank_prefixed")
            if interleaved and "interleaved" not in error.shapes:
                error.shapes.append("interleaved")
        errors.extend(found)
    # a chained traceback cut right after its header ("During handling ... another exception occurred:", then
    # the paste or another rank's output): the exceptions before it are the error
    for e in errors:
        if len(e.blocks) > 1 and not e.blocks[-1].frames and _without_exception(e):
            e.blocks.pop()
            e.blocks[-1].relation = None
    # a header whose frames never came says only that something failed: any other error says more
    errors = [e for e in errors if e.blocks[-1].frames or not _without_exception(e)] or errors
    # (a launcher's exit says only that a process died: the frames beside it are the error the words complete)
    framed = [e for e in errors if "launcher_exit" not in e.shapes]
    if not errors:
        errors = standalone.prose(lines) or (
            (standalone.told(lines) or standalone.error_lines(lines) or standalone.failure_told(lines))
            if words
            else []
        )
    elif framed and all(_without_exception(e) or _named_without_message(e) for e in framed):
        # frames pasted without their exception line (or a notebook's, its message cut), the exception told in a
        # sentence around them ("I get ValueError: ... -- it points to File ..."): the sentence's exception is
        # the frames' own (a notebook's only when it names the same type)
        # (the sentences outside the tracebacks: an exception line printed inside one -- an earlier block of a
        # chain whose last block was cut -- is not a writer's sentence about the cut one)
        printed = {b.exception_line for e in errors for b in e.blocks if b.exception_line}
        cut = framed[-1]
        block = cut.blocks[-1]
        cut_before = _without_exception(cut)
        sentences = [ln for ln in lines if ln.lineno not in printed]
        said: list[ExtractedError] = []
        if cut_before:
            # an error a library logged on the lines right above the cut traceback (TensorFlow's "Resource
            # exhausted: OOM when allocating ..." before the session's frames) is that traceback's, before a
            # sentence further up (one the writer may have told as fixed)
            said = standalone.prose(
                [ln for ln in sentences if cut.start_line - _LOGGED_ABOVE <= ln.lineno < cut.start_line]
            )
        said = said or standalone.prose(sentences)
        told = said[0].blocks[-1] if said else None
        if (
            told is not None
            and told.exception
            and told.message
            and (cut_before or told.exception.rsplit(".", 1)[-1] == block.exception.rsplit(".", 1)[-1])
        ):
            block.exception, block.message = told.exception, told.message
            cut.shapes.append("exception_in_prose")
        elif words and told is None and cut_before:
            # or the run's end told in words around the cut frames ("CUDA Out of memory", "it gets killed")
            ended = standalone.told(lines)
            if ended:
                block.exception, block.message = ended[0].blocks[-1].exception, ended[0].blocks[-1].message
                cut.shapes.append("told")
                cut.details.update(ended[0].details)
                if cut.rank is None:
                    cut.rank = ended[0].rank
    if errors:
        _read_lines_above(errors, lines)
    errors.sort(key=lambda e: (e.start_line, e.rank if e.rank is not None else -1))
    if errors:
        _mark_title(errors, lines)
    return errors


# torch.multiprocessing.spawn's words above the traceback of the process that failed: its index, which spawn passes
# to the function as its first argument -- the process's rank
SPAWNED_PROCESS = re.compile(r"^-- Process (\d+) terminated with the following error:\s*$")
# spawn's own exception naming the process that died or raised ("process 1 terminated with signal SIGABRT"), when
# no traceback of that process follows (cut, or none was printed)
SPAWN_EXCEPTIONS = ("ProcessExitedException", "ProcessRaisedException")
SPAWNED_EXIT = re.compile(r"^process (\d+) terminated with (?:signal|exit code)\b")


def _fatal_python_error(error: ExtractedError) -> bool:
    block = error.blocks[-1]
    return not block.frames and block.message.startswith("Fatal Python error:")


def _mark_title(errors: list[ExtractedError], lines: list[Line]) -> None:
    """An error told on the text's first line alone, a blank line after it: an issue's title (``title``), the
    writer's summary of what the body shows."""
    first = errors[0]
    if first.start_line != 1 or first.end_line != 1 or first.blocks[-1].frames or len(errors) < 2:
        return
    second = next((ln.text for ln in lines if ln.lineno == 2), None)
    if second is not None and not second.strip():
        first.shapes.append("title")


# a library announcing, just before the traceback it logs, that it caught the error and went on without
# the optional part ("A matching Triton is not available, some optimizations will not be enabled")
HANDLED_BEFORE = re.compile(
    r"will not be (?:enabled|available|used)|[Ff]alling back (?:to|on)\b|Error caught was|"
    r"\b(?:is|are) not available[,;] (?:some|so|using|falling)|[Ii]gnoring (?:the )?(?:error|exception)\b"
)


def _read_lines_above(errors: list[ExtractedError], lines: list[Line]) -> None:
    """What the lines just above each error say of it: the process index spawn names (the error's rank, when no
    prefix gave one), and a handled-error announcement before a traceback (printed, not raised: ``handled``); and,
    for spawn's own exception, the process its message or the lines just below it name."""
    spawn = {id(e) for e in errors if e.blocks[-1].exception.endswith(SPAWN_EXCEPTIONS)}
    wanted = {e.start_line - k for e in errors if e.blocks[0].frames for k in (1, 2)}
    wanted.update(e.start_line - 1 for e in errors if e.rank is None)
    # (the lines below a spawn exception whose message is empty: "-- Process N terminated with the following error:")
    wanted.update(e.end_line + k for e in errors if id(e) in spawn for k in (1, 2, 3))
    by_line = {ln.lineno: ln.text for ln in lines if ln.lineno in wanted}
    for error in errors:
        if error.rank is None:
            spawned = SPAWNED_PROCESS.match(by_line.get(error.start_line - 1, "").strip())
            if spawned is None and id(error) in spawn:
                below = (by_line.get(error.end_line + k, "").strip().lstrip("> ") for k in (1, 2, 3))
                spawned = SPAWNED_EXIT.match(error.blocks[-1].message.strip()) or next(
                    (m for m in map(SPAWNED_PROCESS.match, below) if m), None
                )
            if spawned:
                error.rank = int(spawned.group(1))
        if not error.blocks[0].frames:
            continue
        before = [by_line.get(error.start_line - k, "") for k in (1, 2)]
        said = before[0] if before[0].strip() else before[1]
        if said and HANDLED_BEFORE.search(said) and "handled" not in error.shapes:
            error.shapes.append("handled")
