"""Errors that arrive without a Python traceback.

- CUDA kernel assertions (``Indexing.cu:1141: indexSelectLargeIndex: block: [..], thread: [..] Assertion
  `srcIndex < srcSelectDimSize` failed.``), many threads at once, lines broken mid-way: one error.
- Launchers reporting that a process died: torchrun's agent (``failed (exitcode: -9) local_rank: 3``),
  DeepSpeed (``... exits with return code = 1``), ``srun: error: node: task 1: Exited with exit code 1``
  and Slurm's ``*** STEP ... CANCELLED ... DUE TO TASK FAILURE ***``. These are consequences: the failed
  process's own error, when it is in the log, is the root cause.
- Messages that name their cause without an exception type (``Expected all tensors to be on the same
  device``, ``[Errno 28] No space left on device``, ``wandb: ERROR api_key not configured``): the phrases
  in :data:`trainerd.triage.rules.STRONG`, matched on lines no traceback accounted for.
- As a last resort, when nothing else was found, an exception named inside a sentence
  (``I get `ModuleNotFoundError: No module named 'x'` when ...``).
"""

from __future__ import annotations

import bisect
import re

from trainerd.triage.clean import Line
from trainerd.triage.extract import Block, ExtractedError
from trainerd.triage.rules import STRONG_ANY

CUDA_ASSERT = re.compile(r"\.cu:\d+: (?:(?P<kernel>[\w:<>, ]+?): )?block: \[[\d,]+\], thread: \[[\d,]+\]")
ASSERT_COND = re.compile(r"Assertion `(?P<cond>[^`]+)` failed")
LAUNCHER_EXIT = re.compile(
    r"failed \(exitcode: (?P<code>-?\d+)\) local_rank: (?P<rank>\d+)"
    r"|sigkill_handler\].* exits with return code = (?P<dscode>-?\d+)"
    r"|srun: error: \S+: tasks? (?P<tasks>[\d,\-]+): (?P<what>Exited with exit code (?P<srcode>\d+)|Terminated|Killed)"
    r"|\*\*\* STEP \S+ ON \S+ CANCELLED AT \S+ DUE TO (?P<reason>TASK FAILURE|TIME LIMIT|NODE FAILURE)"
)
PROSE_EXC = re.compile(
    r"(?:^|[\s\"'`(*_>\[])(?P<type>(?:[a-z_][\w]*\.)*[A-Z]\w*(?:Error|Exception))(?::\s*(?P<msg>[^`\"]+))?"
)
_HINT = re.compile(r"\.cu:\d|exitcode|return code|srun: error|CANCELLED AT")
_ANY = re.compile(f"{_HINT.pattern}|{STRONG_ANY.pattern}")


def _block(exc: str, msg: str, line: Line, end: Line | None = None) -> Block:
    return Block(
        exc,
        msg,
        start_line=line.lineno,
        end_line=(end or line).lineno,
        exception_line=line.lineno,
    )


def find(lines: list[Line], found: list[ExtractedError]) -> list[ExtractedError]:
    """Stand-alone errors among ``lines`` that the tracebacks ``found`` do not already account for."""
    covered: set[int] = set()
    for e in found:
        covered.update(range(e.start_line, e.end_line + 1))
    # one scan of the whole stream finds the few lines worth a look (a regex per line is too slow)
    joined = "\n".join(ln.text for ln in lines)
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln.text) + 1)
    candidates = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in _ANY.finditer(joined)})
    out: list[ExtractedError] = []
    n = len(lines)
    done = -1  # lines up to this index were consumed by an error already
    for i in candidates:
        if i <= done:
            continue
        line = lines[i]
        text = line.text
        if line.lineno in covered or not text.strip():
            continue
        if _HINT.search(text):
            if CUDA_ASSERT.search(text):
                j = i
                cond = ASSERT_COND.search(text)
                kernel = CUDA_ASSERT.search(text)
                while j + 1 < n and (
                    CUDA_ASSERT.search(lines[j + 1].text) or "failed." in lines[j + 1].text[:40]
                ):
                    j += 1
                    cond = cond or ASSERT_COND.search(lines[j].text)
                what = f"Assertion `{cond['cond']}` failed" if cond else "a kernel assertion failed"
                where = f" in {kernel['kernel']}" if kernel and kernel["kernel"] else ""
                msg = f"CUDA error: device-side assert triggered ({what}{where}, {j - i + 1} lines)"
                out.append(
                    ExtractedError(
                        [_block("RuntimeError", msg, line, lines[j])], rank=line.rank, shapes=["cuda_assert"]
                    )
                )
                done = j
                continue
            m = LAUNCHER_EXIT.search(text)
            if m:
                code = m["code"] or m["dscode"] or m["srcode"]
                rank = int(m["rank"]) if m["rank"] else None
                if m["tasks"] and re.fullmatch(r"\d+", m["tasks"]):
                    rank = int(m["tasks"])
                if m["reason"]:
                    msg = f"the job step was cancelled due to {m['reason'].lower()}"
                elif m["what"] and not m["srcode"]:
                    msg = f"task(s) {m['tasks']} {m['what'].lower()} by the launcher"
                else:
                    msg = f"a process exited with exit code {code}" + (
                        f" (rank {rank})" if rank is not None else ""
                    )
                    if code == "-9":
                        msg += ": Signal 9 (SIGKILL), usually the out-of-memory killer"
                error = ExtractedError(
                    [_block("LauncherExit", msg, line)], rank=line.rank, shapes=["launcher_exit"]
                )
                error.details = {
                    "exitcode": int(code) if code else None,
                    "failed_rank": rank if m["srcode"] or m["code"] else None,
                    "launcher_line": text.strip()[:300],
                }
                out.append(error)
                continue
        strong = STRONG_ANY.search(text)
        if strong:
            j = i
            # the same message repeated (ranks, retries) or continued on the next lines is one error
            while (
                j + 1 < n and j - i < 8 and lines[j + 1].text.strip() and lines[j + 1].lineno not in covered
            ):
                nxt = lines[j + 1].text
                if (
                    STRONG_ANY.search(nxt)
                    or nxt.startswith((" ", "\t"))
                    or nxt.strip().startswith(("`", "e.g."))
                ):
                    j += 1
                    continue
                break
            msg = " ".join(ln.text.strip() for ln in lines[i : j + 1])
            out.append(
                ExtractedError([_block("", msg, line, lines[j])], rank=line.rank, shapes=["message_only"])
            )
            done = j
    return out


def prose(lines: list[Line]) -> list[ExtractedError]:
    """Exceptions named inside sentences; used only when nothing else was found in the text."""
    out: list[ExtractedError] = []
    for line in lines:
        if "Error" not in line.text and "Exception" not in line.text:
            continue
        m = PROSE_EXC.search(line.text)
        if m and (m["msg"] or "." in m["type"]):
            msg = (m["msg"] or "").strip().rstrip(".,;:!?)*_'\"")
            out.append(ExtractedError([_block(m["type"], msg, line)], rank=line.rank, shapes=["prose"]))
            break  # the first one named is what the writer is asking about
    return out
