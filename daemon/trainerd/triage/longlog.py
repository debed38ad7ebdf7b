"""Triage of logs of any length without holding them in memory.

The file is read in fixed-size chunks. A cheap prefilter (one regex over the chunk, no per-line work)
finds the lines that can belong to an error; a window of lines around each hit is kept, the rest is
dropped as it streams past. The tail of the log (where a crash usually is) is always kept whole.
Windows are extracted one by one with their real line numbers, then classified together so the root
cause is picked across the whole log. Memory is bounded by the window budget, not by the log's length.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

import attrs

CHUNK = 4 << 20
BEFORE = 80  # lines kept before a hit: a traceback's frames precede its exception line
AFTER = 80
TAIL_LINES = 4000
MAX_WINDOWS = 400  # the first half and the last half of them are kept


# what an error line contains one of (bytes.find is several times faster than a regex over a large
# log): exception names (...Error, ...Exception), launcher exits (exitcode, "exits with return code",
# "Exited with exit code"), kills, cancelled Slurm steps, CUDA kernel assertions. A traceback's header is
# within the window kept before its exception line. A native crash ("Segmentation fault (core dumped)") is
# not scanned for: it is the last thing a dying process prints, inside the tail that is read whole. The
# upper-case and native spellings (CUDA_ERROR_*, glog's failed CHECK, a C++ exception's what(), the
# open-file limit) are found anywhere, like the others.
QUICK = (
    b"rror",
    b"xception",
    b"exit",
    b"Exit",
    b"Killed",
    b"CANCELLED",
    b"Assertion",
    b"ERROR",
    b"Check fail",
    b"what():",
    b"open files",
)
PER_CHUNK = 20_000  # hits looked at in one chunk: a flood of error lines is cut (windows are capped too)


def _positions(buf: bytes, start: int) -> list[int]:
    """Offsets in ``buf`` (from ``start``) of everything in :data:`QUICK`, sorted."""
    found: list[int] = []
    for lit in QUICK:
        pos = buf.find(lit, start)
        while pos >= 0 and len(found) < PER_CHUNK:
            found.append(pos)
            pos = buf.find(lit, pos + 1)
    found.sort()
    return found


@attrs.define
class Window:
    """Lines ``first``..(``first`` + len - 1) of the log (1-based), as text."""

    first: int
    text: str


@attrs.define
class Sample:
    """What the streaming read kept: windows around hits, the tail, and what it skipped."""

    windows: list[Window]
    lines: int
    size: int
    dropped_windows: int = 0
    tail_first: int = 1


def _line_start(buf: bytes, pos: int, back: int) -> int:
    """Offset of the start of the line ``back`` lines before the one holding ``pos`` (clamped to 0)."""
    start = buf.rfind(b"\n", 0, pos) + 1
    for _ in range(back):
        if start == 0:
            break
        start = buf.rfind(b"\n", 0, start - 1) + 1
    return start


def _line_end(buf: bytes, pos: int, forward: int) -> int:
    """Offset just past the end of the line ``forward`` lines after the one holding ``pos``; -1 when
    ``buf`` ends first."""
    end = buf.find(b"\n", pos)
    for _ in range(forward):
        if end < 0:
            return -1
        end = buf.find(b"\n", end + 1)
    return end


def sample(path: Path, chunk_size: int = CHUNK) -> Sample:
    """Read ``path`` once; keep the windows around error-like lines and the last lines."""
    head: list[Window] = []
    recent: deque[Window] = deque(maxlen=MAX_WINDOWS // 2)
    dropped = 0
    keep = b""  # the last TAIL_LINES lines read so far (complete lines, each ending in "\n")
    keep_first = 1  # line number of keep's first line
    carry = b""  # an incomplete last line
    pending: list[int] = []  # hit line numbers whose window did not fit in what was read
    size = 0
    last_emitted = 0  # windows never overlap: a later one starts after this line

    def emit(first: int, data: bytes) -> None:
        nonlocal dropped
        window = Window(first, data.decode("utf-8", errors="replace"))
        if len(head) < MAX_WINDOWS // 2:
            head.append(window)
        else:
            if len(recent) == recent.maxlen:
                dropped += 1
            recent.append(window)

    def process(buf: bytes, buf_first: int, new_from: int, final: bool) -> list[int]:
        """Windows around hits in ``buf`` (hits at offsets >= ``new_from``, plus ``pending``)."""
        nonlocal last_emitted
        hits: list[tuple[int, int]] = []  # (line, offset)
        # pending hits from the previous round: find their lines again in this buffer
        for line in pending:
            off = 0
            for _ in range(line - buf_first):
                off = buf.find(b"\n", off) + 1
            hits.append((line, off))
        line, last = buf_first + buf.count(b"\n", 0, new_from), new_from
        for pos in _positions(buf, new_from):
            line += buf.count(b"\n", last, pos)
            last = pos
            if not hits or hits[-1][0] != line:
                hits.append((line, pos))
        still: list[int] = []
        spans: list[list[int]] = []  # [first line, start offset, end offset (past "\n")]
        for line, off in hits:
            end = _line_end(buf, off, AFTER)
            if end < 0 and not final:
                still.append(line)
                continue
            end = len(buf) if end < 0 else end + 1
            start_off = _line_start(buf, off, BEFORE)
            first = line - buf.count(b"\n", start_off, off)
            if first <= last_emitted:  # overlaps the window before: continue it instead
                first = last_emitted + 1
                if first <= line:
                    start_off = _line_start(buf, off, line - first)
                else:  # the hit itself was in that window: continue after it
                    start_off = _line_end(buf, off, first - line - 1) + 1
                    if start_off <= 0 or start_off >= end:
                        continue
            if spans and first <= spans[-1][0] + buf.count(b"\n", spans[-1][1], spans[-1][2]):
                spans[-1][2] = max(spans[-1][2], end)
            else:
                spans.append([first, start_off, end])
        for first, a, b in spans:
            data = buf[a:b].rstrip(b"\n")
            emit(first, data)
            last_emitted = first + data.count(b"\n")
        return still

    with open(path, "rb") as fh:
        while True:
            block = fh.read(chunk_size)
            if not block:
                break
            size += len(block)
            data = carry + block
            cut = data.rfind(b"\n")
            if cut < 0:
                carry = data
                continue
            complete, carry = data[: cut + 1], data[cut + 1 :]
            buf = keep + complete
            pending = process(buf, keep_first, len(keep), final=False)
            # keep the last TAIL_LINES lines for the tail and for windows that run into the next chunk
            start = _line_start(buf, len(buf) - 1, TAIL_LINES - 1)
            keep_first += buf.count(b"\n", 0, start)
            keep = buf[start:]
    buf = keep + carry + (b"\n" if carry else b"")
    if buf:
        pending = process(buf, keep_first, len(keep), final=True)
    lines = keep_first + buf.count(b"\n") - 1
    tail_first = keep_first
    tail_text = buf.rstrip(b"\n").decode("utf-8", errors="replace")
    windows: list[Window] = []
    for w in list(head) + list(recent):
        end = w.first + w.text.count("\n")
        if end < tail_first:
            windows.append(w)
        elif w.first < tail_first:  # runs into the tail: the tail starts with it instead
            before = w.text.split("\n")[: tail_first - w.first]
            tail_text = "\n".join(before) + "\n" + tail_text
            tail_first = w.first
    windows.append(Window(tail_first, tail_text))
    return Sample(windows=windows, lines=lines, size=size, dropped_windows=dropped, tail_first=tail_first)
