"""Errors that arrive without a Python traceback.

- CUDA kernel assertions (``Indexing.cu:1141: indexSelectLargeIndex: block: [..], thread: [..] Assertion
  `srcIndex < srcSelectDimSize` failed.``), many threads at once, lines broken mid-way: one error.
- Launchers reporting that a process died: torchrun's agent (``failed (exitcode: -9) local_rank: 3``),
  DeepSpeed (``... exits with return code = 1``), ``srun: error: node: task 1: Exited with exit code 1``
  and Slurm's ``*** STEP ... CANCELLED ... DUE TO TASK FAILURE ***`` (or ``*** JOB ...``, for any reason or
  none). These are consequences: the failed process's own error, when it is in the log, is the root cause.
- Messages that name their cause without an exception type (``Expected all tensors to be on the same
  device``, ``[Errno 28] No space left on device``, ``wandb: ERROR api_key not configured``): the phrases
  in :data:`trainerd.triage.rules.STRONG`, matched on lines no traceback accounted for.
- A shell's ``Killed`` (SIGKILL, usually the out-of-memory killer), a shell's failed script line
  (``run.sh: line 9: x: command not found``) and Hydra's ``Error executing job`` when no traceback follows.
- A native crash (``Segmentation fault (core dumped)``, ``Aborted (core dumped)``) and a log record at level
  CRITICAL/FATAL: they say that the run failed, not why (unknown, with the line read; a Python error
  printed with them is the root cause).
- As a last resort, when nothing else was found, an exception named inside a sentence
  (``I get `ModuleNotFoundError: No module named 'x'` when ...``), or its bare name when it is reported as
  what happened (quoted, or opening a line: ``RuntimeError when processing mini batch 12``); after that,
  lines that report an error the way programs print them (``[ERROR] ...``, ``fatal: ...``, ``x: No such file or
  directory``): unknown, with the lines read, rather than "no error found".
- Between those two last resorts, a run's end told in the writer's words: out of memory (the GPU's or the host's,
  as the words say; neither named, nothing claimed), a kernel's fault, killed (:func:`told`). Also around frames whose
  exception line was cut.
"""

from __future__ import annotations

import ast
import bisect
import re

from trainerd.triage.clean import WRAP_WIDTHS, Line
from trainerd.triage.extract import Block, ExtractedError, Frame
from trainerd.triage.rules import (
    HOST_MEMORY_TOLD,
    LIBC_DENIED,
    LIBC_NOT_FOUND,
    SHELL_NO_COMMAND,
    STRONG,
    STRONG_ANY,
)
from trainerd.triage.scan import GatedAlternation, LiteralGate, split_top

# (a kernel's name may be a lambda's "operator()" or carry a namespace's "(anonymous namespace)"; the file prefix
# may be cut off: "indexSelectLargeIndex: block: [1,0,0], thread: [3,0,0] Assertion ... failed")
CUDA_ASSERT = re.compile(
    # (a templated kernel's signature carries its arguments: "... [with Dtype = float, IdxDim = -2]"; a paste may
    # end the line right after "block: ")
    r"\.cu:\d+: (?:(?P<kernel>[\w:<>, ()&*~\[\]=.-]+?): )?block:(?: \[[\d,]+\], thread: \[[\d,]+\]|\s*$)"
    r"|(?<![\w.])(?P<kernel2>[A-Za-z_]\w+): block: \[[\d,]+\], thread: \[[\d,]+\] Assertion"
)
ASSERT_COND = re.compile(r"Assertion `(?P<cond>[^`]+)` failed|Assertion (?P<bare>[^`\s][^`]*?) failed")
# a templated kernel signature ("void indexSelectLargeIndex(TensorInfo<T, ...>, ...)") is named by its function
_CALLED_NAME = re.compile(r"(\w+)\(")
LAUNCHER_EXIT = re.compile(
    r"failed \(exitcode: (?P<code>-?\d+)\) local_rank: (?P<rank>\d+)"
    r"|sigkill_handler\].* exits with return code = (?P<dscode>-?\d+)"
    r"|srun: error: \S+: tasks? (?P<tasks>[\d,\-]+): (?P<what>Exited with exit code (?P<srcode>\d+)|Terminated|Killed)"
    r"|\*\*\* (?P<unit>STEP|JOB) \S+ ON \S+ CANCELLED AT \S+(?: DUE TO (?P<reason>[A-Z][A-Z ]*[A-Z])| \*\*\*)"
)
PROSE_EXC = re.compile(
    r"(?:^|[\s\"'`(*_>\[]|[^\x00-\x7f])(?P<type>(?:[a-z_][\w]*\.)*[A-Z]\w*(?:Error|Exception))(?::\s*(?P<msg>[^`\"]+))?"
)
# an exception class's plain name ("ValueError", "MXNetError"), as prose and titles name it
PLAIN_EXC_NAME = r"[A-Z][A-Za-z]*(?:Error|Exception)"
# an exception's bare name reported as what happened: quoted ("ValueError", `KeyError`, markdown's
# **KeyError** / _KeyError_ emphasis), or opening a line (a markdown title's too) that says when it happened
# ("RuntimeError when processing mini batch 12", "# ChildFailedError at step 0") -- not any mention of the word
PROSE_BARE = re.compile(
    r"(?P<q>[\"'`]|\*\*?|__?)(?P<type>[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Error|Exception))(?P=q)"
    r"|^\s*(?:#{1,6}\s+)?(?P<type2>[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Error|Exception)) "
    r"(?:when|while|during|in|at|occurred|occurs|was raised|raised)\b"
    # or ending a line after a colon ("Error during training : MXNetError"), or in parentheses
    rf"|:\s*(?P<type3>{PLAIN_EXC_NAME})\s*$"
    # (full-width too, as a CJK input method types them: "资源耗尽（ResourceExhaustedError）")
    r"|[(\uff08](?P<type4>[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Error|Exception))[)\uff09]"
    # a markdown title that is the name alone ("# MemoryError"), or a title ending with it after a comma
    # ("训练报错，MemoryError", "Training stops, MemoryError")
    rf"|^\s*#{{1,6}}\s+(?P<type5>{PLAIN_EXC_NAME})[\s.!]*$|[,\uff0c\u3001]\s*(?P<type6>{PLAIN_EXC_NAME})[\s.!]*$"
    # or what the writer's own run raised ("I get a MemoryError on line 71", "it throws an OSError")
    rf"|\b(?:I|it|we|this|script|training|code|run)\s+(?:get|gets|got|getting|raises?|raised|throws?|threw|hits?|hit)"
    rf"\s+(?:a|an)\s+(?P<type7>{PLAIN_EXC_NAME})\b"
)
# a library's exception class named alone on a line, from its exceptions (errors) module, whatever its name ends with
DOTTED_EXC = re.compile(
    r"^[\s>*_`]{0,6}\.?(?P<type>(?:[a-z_]\w*\.)*(?:exceptions?|errors?)\.[A-Z][A-Za-z0-9]+)[\s*_`.:!]{0,4}$"
)
# a raise statement quoted as the error ("`raise ConfigError('no data_dir given')`"): type and literal message
RAISE_LINE = re.compile(
    r"\braise\s+(?P<type>(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception))\(\s*[rbuf]?(?P<q>[\"'])(?P<msg>.+?)(?P=q)"
)
# a Ray worker or actor that died under a task: the words say it died, rarely why
WORKER_DIED = re.compile(
    r"A worker died or was killed while executing (?:a|the) task|Worker exit type: SYSTEM_ERROR"
    r"|The actor died unexpectedly before finishing this task"
)
# a notebook's kernel or a recipe's parallel jobs that died: the words say they died, not why
PROCESS_DIED = re.compile(
    r"The kernel appears to have died|Kernel Restarting|Your session crashed(?: after using all available RAM)?"
    r"|\b(?:run|queue|slurm)\.pl: \d+ / \d+ failed, log is in"
    # IPython after a script's SystemExit; detectron2's trainer announcing the traceback it prints next
    r"|An exception has occurred, use %tb to see the full traceback|\bException during training:"
    # a Kubernetes pod whose container failed (kubectl get pods); its out-of-memory kill is KUBE_OOM below
    r"|^\s*\S+\s+\d+/\d+\s+(?:Error|CrashLoopBackOff|Init:Error)\s+\d+\b"
)
KUBE_OOM = re.compile(r"^\s*\S+\s+\d+/\d+\s+(?:Init:)?OOMKilled\s+\d+\b|\breason: OOMKilled\b")
# the interpreter's own messages, recognisable without the exception type that was cut from the paste
PYTHON_MESSAGE = re.compile(
    r"(?P<attr>'[\w.]+' object has no attribute '\w+')"
    r"|(?P<type>'[\w.]+' object is not (?:subscriptable|callable|iterable)|unhashable type: '[\w.]+'"
    r"|unsupported operand type\(s\) for \S+: '[\w.]+' and '[\w.]+')"
    r"|(?P<name>\bname '\w+' is not defined)"
    r"|(?P<imp>\bcannot import name '\w+' from '[\w.]+' \([^)]*\))"
    r"|(?P<mod>\bno module named\s+(?:as\s+)?(?:[\"'`\u201c\u2018](?P<quoted>[^\"'`\u201d\u2019\n]{1,80})[\"'`\u201d\u2019]"
    r"|(?P<bare>[A-Za-z_][\w.-]*\w)))"
    r"|(?P<call>\b[\w.]+\(\) (?:takes (?:from \d+ to )?\d+ positional arguments? but \d+ (?:were|was) given"
    r"|got an unexpected keyword argument '\w+'|missing \d+ required positional arguments?: '\w+'))"
)
# (a line is read only where one of the messages' literals occurs in it)
_PYTHON_MESSAGE_GATE = LiteralGate(PYTHON_MESSAGE)
_PYTHON_MESSAGE_TYPES = (
    ("attr", "AttributeError"),
    ("type", "TypeError"),
    ("name", "NameError"),
    ("imp", "ImportError"),
    ("call", "TypeError"),
    ("mod", "ModuleNotFoundError"),
)
# PyTorch's and Python's own words for common training errors, recognisable without the exception type (a
# title, a sentence, a cut paste): found as the type they are raised with, then classified like the typed line
LIBRARY_MESSAGES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (exc, re.compile(pattern))
    for exc, pattern in (
        ("RuntimeError", r"expected scalar type \w+ but found \w+"),
        # TensorFlow's op errors, printed under a "Node:" line without their type
        ("InvalidArgumentError", r"indices\[[\d,]+\] = -?\d+ is not in \[0, \d+\)"),
        ("InvalidArgumentError", r"\bNo valid path found\b"),
        ("RuntimeError", r"size mismatch for [\w.]+: copying a param with shape"),
        (
            "RuntimeError",
            r"Error\(s\) in loading state_dict for \w+|(?:Missing|Unexpected) key\(s\) in state_dict: ",
        ),
        # (a title may have lost the sentence's start)
        ("RuntimeError", r"(?:The size of )?tensor a \(\d+\) must match the size of tensor b \(\d+\)"),
        ("RuntimeError", r"Trying to backward through the graph a second time"),
        ("RuntimeError", r"Given groups=\d+, weight of size \[[\d, ]+\], expected input\["),
        ("RuntimeError", r"stack expects each tensor to be equal size, but got"),
        ("RuntimeError", r"Input type \([\w.]+\) and weight type \([\w.]+\) should be the same"),
        ("RuntimeError", r"Function '\w+' returned nan values in its \d+(?:st|nd|rd|th) output"),
        ("RuntimeError", r"grad can be implicitly created only for scalar outputs"),
        ("RuntimeError", r"0D or 1D target tensor expected, multi-target not supported"),
        ("RuntimeError", r"Found dtype \w+ but expected \w+"),
        ("RuntimeError", r"view size is not compatible with input tensor's size and stride"),
        ("RuntimeError", r"Can't call numpy\(\) on Tensor that requires grad"),
        ("RuntimeError", r"DataLoader worker \(pid\(s\) [\d, ]+\) exited unexpectedly"),
        ("RuntimeError", r"unable to open shared memory object <[^>]*> in read-write mode"),
        ("RuntimeError", r"Watchdog caught collective operation timeout"),
        ("ResourceExhaustedError", r"OOM when allocating tensor"),
        ("IndexError", r"too many indices for tensor of dimension \d+|index out of range in self"),
        ("ImportError", r"cannot import name '\w+' from '[\w.]+'"),
        # Python's own words for a module's missing attribute, printed by a handler without the class's name
        ("AttributeError", r"\bmodule '[\w.]+' has no attribute '\w+'"),
        # Hydra's config group option it cannot find, printed without its exception's name (HYDRA_FULL_ERROR unset)
        ("MissingConfigException", r"\bIn '[\w/.-]+': Could not find '[\w/.-]+'"),
        # a compiled extension built against another release of what it links to, told in a sentence
        ("ImportError", r"[\w./-]*\.(?:so|pyd)(?:\.\d+)*: undefined symbol"),
        (
            "FileNotFoundError",
            r"\[Errno 2\] No such file or directory: ['\"]|[Nn]o such file or directory:\s*['\"][^'\"]+['\"]|"
            # the path unquoted, as a sentence quotes the error ("I get `No such file or directory x.ckpt`")
            r"[Nn]o such file or directory:?\s+(?=[\w.~/\\-]*\.[A-Za-z]\w{0,5}\b)[\w.~/\\-]+|"
            # Caffe's image data layer for a listed image it cannot read
            r"\bCould not open or find file\s+[\w.~/\\-]+",
        ),
    )
)
# any of them, over a whole text (the messages hold no anchor or lookbehind a line's end would change)
# (tried only where one of the phrases' literals occurs: most texts hold none, and a scan of every position costs)
_LIBRARY_ANY = LiteralGate(re.compile("|".join(f"(?:{rx.pattern})" for _, rx in LIBRARY_MESSAGES)))
# a shell's word for a process killed by SIGKILL: "Killed" alone, bash's line for a script's command or a
# background job ("[1]+  Killed   python train.py"), zsh's job line ("[1]    4711 killed     python train.py")
SHELL_KILLED = re.compile(
    r"^\s*(?:Killed(?:: 9)?|Killed\s+(?:python\d?(?:\.\d+)?|torchrun|accelerate|deepspeed)\s+\S.*|[*_`]{1,2}Killed[*_`]{0,2}\s*$|\[\d+\][+-]?\s+Killed\s+\S.*|"
    r"\[\d+\][+-]?\s+\d+ killed\s+\S.*"
    # bash's line for a script's killed command, at the line's start or behind a logging prefix ("22:44:52
    # /bin/bash: line 31: 507 Killed sh x.sh")
    r"|(?:.*?\s)?\S*: line \d+: +\d+ Killed(?: +\S.*|\s*$)"
    # the shell's word glued to the progress line it cut ("... - acc: 0.9174Killed")
    r"|.*[\d\]%|]Killed)[`*_]{0,3}\s*$"  # (a code span or emphasis closed right after it)
)
# what a kill by SIGKILL is reported as, read from the shell's word, a launcher's exit -9 or told in a sentence (the
# environment rule reads its "Signal 9 (SIGKILL)")
_SIGKILL_WORDS = "Signal 9 (SIGKILL), usually the out-of-memory killer"
KILLED_MESSAGE = f"the process was killed: {_SIGKILL_WORDS}"
# the shell's word quoted in a title ('training gets "Killed"'): the reporter's own run (in a reply it may be
# another user's)
QUOTED_KILLED = re.compile(r"[\"'\u201c`]Killed(?:: 9)?[\"'\u201d`]")  # (macOS's shell says "Killed: 9")
# a shell reporting a failed line of a launch script; Hydra announcing a failed job (its traceback may
# be missing from the paste): errors whose cause the words do not give
SHELL_ERROR = re.compile(
    # (not a shebang the shell ran as a command: "line 1: #!/bin/bash: No such file or directory" is a script saved
    # with a byte-order mark or CRLF line ends, no missing path)
    r"^\s*(?P<script>\S+?):(?: (?:line|Zeile|ligne|línea|linha|строка|行))? \d+: (?P<msg>(?!\ufeff?#!).+?: (?:"
    + "|".join((SHELL_NO_COMMAND, LIBC_NOT_FOUND, LIBC_DENIED))
    + r"|not found))\s*$"
)
HYDRA_JOB = re.compile(r"Error executing job with overrides: \[.*?\]")
# what Hydra's instantiate raised, on the line after "Error in call to target 'pkg.Class':", as its repr:
# RuntimeError('Found no NVIDIA driver ...'), FileNotFoundError(2, 'No such file or directory')
HYDRA_TARGET = re.compile(r"Error in call to target '[\w.]+':\s*$")
HYDRA_CAUSE = re.compile(
    r"^\W{0,3}(?P<type>[A-Z]\w*(?:Error|Exception))\((?P<args>.*)\)\s*(?:full_key: \S+)?\s*$"
)


def _hydra_cause(lines: list[Line], i: int) -> tuple[str, str, int] | None:
    """The exception Hydra's instantiate wrapped, told within a few lines after its job error at ``i``: its type,
    its message as Python prints it, and the index of the line that holds it."""
    for j in range(i + 1, min(i + 4, len(lines) - 1)):
        if not HYDRA_TARGET.search(lines[j].text):
            continue
        cause = HYDRA_CAUSE.match(lines[j + 1].text) if len(lines[j + 1].text) <= 5000 else None
        if cause is None:
            return None
        try:
            args = ast.literal_eval(f"({cause['args']},)")
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            return None  # not a literal a repr prints: nothing is guessed from it
        if len(args) == 1 and isinstance(args[0], str):
            msg = repr(args[0]) if cause["type"] == "KeyError" else args[0]
        elif len(args) == 2 and isinstance(args[0], int) and isinstance(args[1], str):
            msg = f"[Errno {args[0]}] {args[1]}"  # an OSError's (errno, strerror)
        else:
            return None
        return cause["type"], msg.strip()[:500], j + 1
    return None


# a process that died in native code, as the shell (or Python's faulthandler) reports it, in a log or in a
# sentence about one: the words say that it crashed, not why -- unknown, with the line it was read from
NATIVE_CRASH = re.compile(
    r"[Ss]egmentation fault(?:\s*\(core dumped\))?|SEGMENTATION FAULT"
    # MXNet's (dmlc's) native stack after a fatal log message, its message cut off
    r"|Stack trace returned \d+ entries:"
    # Apple's Metal (MPS) kernels stopping the process on a failed check
    r"|MetalPerformanceShaders/\S+: failed assertion"
    r"|\b(?:Aborted|Bus error|Illegal instruction|Floating point exception)\s*\(core dumped\)"
    # zsh's words for the same signals, before the command it ran ("zsh: illegal hardware instruction  python ...")
    r"|^\s*zsh: (?:segmentation fault|illegal hardware instruction|bus error|abort|floating point exception)\s"
    # a program's or Python's own report of the same signal
    r"|\b(?:[Cc]aught|[Rr]eceived|[Hh]andling|[Gg]ot) signal (?:11|SIGSEGV)\b|Fatal Python error: Segmentation fault"
    # C's assert() in a native extension's host code ("permute.cu:412: void f(...): Assertion 'p != nullptr'
    # failed."; a kernel's device-side assert, with block and thread, is read before this)
    r"|^\S*:? ?\S+\.(?:c|cc|cpp|cu|cuh|h|hpp):\d+: [^\n]*: Assertion [`'][^\n]+['`] failed\."
    # glog's failure-signal handler (PaddlePaddle, TensorFlow, MXNet builds, many C++ extensions)
    r"|\*\*\* SIG(?:SEGV|ABRT|BUS|ILL|FPE) \(@0x[0-9a-f]+\) received by PID \d+"
)
# a log record at level CRITICAL / FATAL among a line's first words ("CRITICAL train.py: 98: x failed",
# "[2024-01-02 10:00:00] FATAL - ...", "| CRITICAL | ..."): something failed, the words rarely say why
LOG_CRITICAL = re.compile(
    r"^\s*(?:(?:CRITICAL|FATAL)[\s:]"
    r"|(?:\S+\s+){0,5}?(?:\[(?:CRITICAL|FATAL)\]|[-|]\s*(?:CRITICAL|FATAL)\s*[-|]|(?:CRITICAL|FATAL):))"
)
# a cuBLAS status printed by any framework (CNTK, a C++ extension): found and shown, but without a
# Python exception type it settles no category (unknown, with the line read; PyTorch's own form,
# "CUDA error: CUBLAS_STATUS_...", is a rules.STRONG phrase)
CUBLAS_LINE = re.compile(r"CUBLAS_STATUS_[A-Z_]+")
# old PyTorch's (THC's) check on a CUDA call, printed before the exception it raises and often alone (a
# title, a cut paste): "THCudaCheck FAIL file=... line=250 error=11 : invalid argument"
THC_CHECK = re.compile(r"THCudaCheck FAIL file=\S+ line=\d+ error=\d+ ?: ?\S")
# a process's end reported in words, by an IDE ("Process finished with exit code 1"), a launcher or the
# writer ("every subprocess is killed and it exits with return code = -9"): the code is all it says
PROCESS_EXIT = re.compile(
    r"\b(?:exit(?:s|ed)?\s+with\s+(?:an?\s+)?(?:non-zero\s+)?(?:(?:exit|return|error|status)\s+)?(?:code|status)"
    r"|(?:finished|terminated|returned|died|failed|crashe[sd]|stopped)\s+with\s+(?:an?\s+)?(?:non-zero\s+)?"
    r"(?:exit|return|error)\s+(?:code|status)"
    r"|exit\s+(?:code|status))"
    r"\s*[=:]?\s*(?P<code>-?\d+|0x[0-9A-Fa-f]+)\b(?:\s*\((?P<hex>0x[0-9A-Fa-f]+)\))?"
    # a container's or a CI task's "status code 137": only a signal's status (an HTTP status reads the same)
    r"|\bstatus\s+code\s*[=:]?\s*(?P<signal>1[3-5]\d)\b"
    # an IDE's run window in any language: the status before its "(interrupted by signal 9: SIGKILL)"
    r"|(?<![\d.])(?P<signal2>1[3-5]\d) \(interrupted by signal \d+: ?SIG[A-Z]+\)",
    re.I,
)
# what a signal's conventional exit status says (128 + N from a shell, -N from Python's subprocess), and
# the Windows status codes a crashed Python process ends with
_SIGNALS = {
    9: _SIGKILL_WORDS,
    11: "Signal 11 (SIGSEGV)",
    6: "Signal 6 (SIGABRT)",
}
_WINDOWS_STATUS = {
    0xC0000005: "an access violation (0xC0000005) in native code",
    0xC0000409: "a stack buffer overrun (0xC0000409) in native code",
    0xC00000FD: "a stack overflow (0xC00000FD)",
}
# a fatal log record of glog / absl (C++ of XLA, TensorFlow, PyTorch's c10): "F0611 10:15:40.118 123
# file.cc:99] ..." or TensorFlow's "2025-06-11 10:15:40.118204: F external/...cc:1099] ..."
GLOG_FATAL = re.compile(
    r"^\s*(?:F\d{4} \d\d:\d\d:\d\d\.\d+\s+\d+\s+|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+: F )\S+:\d+\]"
)
# a C++ exception's message (what the runtime prints after "terminate called after throwing ...", when
# that line is cut off) and glog's failed CHECK: native code stopped the process, the words rarely say why
CPP_WHAT = re.compile(r"^\s*what\(\):\s+(?P<msg>\S.*)$|\bCheck failed: (?P<check>.+)")
_HINT = re.compile(
    r"\.cu:\d|, thread: \[|exitcode|return code|srun: error|CANCELLED AT|Killed| killed |: not found|Error executing job|"
    # (one branch per message, each gated by its own words)
    + "|".join(
        ": " + w for words in (SHELL_NO_COMMAND, LIBC_NOT_FOUND, LIBC_DENIED) for w in split_top(words)
    )
    + r"|egmentation fault|SEGMENTATION FAULT|"
    r"core dumped|zsh: |CRITICAL|FATAL|CUBLAS_STATUS_|THCudaCheck FAIL|Stack trace returned|failed assertion|\.\w+:\d+\] |what\(\):|Check failed: |"
    r" with (?:an? )?(?:non-zero )?(?:exit |return |error |status )?(?:code|status)|xit code|xit status|"
    r"tatus code 1[3-5]\d|XIT CODE|\(interrupted by signal |A worker died or was killed|Worker exit type: SYSTEM_ERROR|The actor died|"
    r"appears to have died|Kernel Restarting|failed with parameters|session crashed|\.pl: \d|signal 11|signal SIGSEGV|Fatal Python error|"
    r"use %tb to see|Exception during training|CrashLoopBackOff|OOMKilled|\d/\d\s+(?:Init:)?Error|"
    r"\) received by PID|' failed\."
)
_ANY = GatedAlternation([_HINT.pattern] + [p for _, p in STRONG])


# a record at level INFO or DEBUG (NCCL_DEBUG=INFO's "host:pid:tid [0] NCCL INFO ...", a logger's "INFO: ...",
# Orion's "DEBUG:...:[Errno 2] No such file" for an optional config file it looks for): what it says was not an
# error (NCCL's "libnccl-net.so: cannot open shared object file" is its optional network plugin, absent, and NCCL
# goes on without it)
INFO_RECORD = re.compile(r"^\s*(?:\S+\s+){0,5}?(?:NCCL INFO\b|\[(?:INFO|DEBUG)\]|(?:INFO|DEBUG)\s*[:|\]-])")
# an error record of a child's C++ logging (TensorFlow's "...: E tensorflow/...cc:903] ...") that a wrapper logged
# at level INFO: the child's record is the error
NESTED_ERROR_RECORD = re.compile(r"\d: [EF] [\w/.-]+\.(?:cc|cpp|h):\d+\] ")
# TensorFlow's warning that an optional library (libcupti, TensorRT) is absent: it goes on without it
OPTIONAL_LIBRARY = re.compile(
    r"dso_loader\.cc:\d+\] Could not load dynamic library|"
    # an import that failed, said with what goes missing and no more ("..., fp8 support will not be available")
    r"(?:[Ff]ailed to import|No module named)\b.{0,200}?\bwill not be available\b|"
    # xformers' second line after "A matching Triton is not available, some optimizations will not be enabled"
    r"^\W{0,3}Error caught was: "
)
# a warning as Python's warnings module prints it ("image.py:13: UserWarning: Failed to load image Python extension:
# libtorch_cuda_cu.so: cannot open shared object file"): the program went on; what it names did not stop it (a paste
# may have cut the file's name to its last letters: "py:222: RuntimeWarning: numpy.dtype size changed")
PYTHON_WARNING = re.compile(r"^\s*\S*py:\d+: (?:[A-Z]\w*)?Warning: ")


def _record_or_warning(text: str) -> bool:
    """Whether ``text`` is a log record at level INFO or DEBUG (not one wrapping a child's error record) or a
    Python warning: what it says did not stop the run."""
    return (
        INFO_RECORD.match(text) is not None and NESTED_ERROR_RECORD.search(text) is None
    ) or PYTHON_WARNING.match(text) is not None


# a warning that a library goes on without an optional piece ("Warning: multi_tensor_applier fused unscale kernel is
# unavailable ... Using Python fallback. Original ImportError was: ...No module named 'amp_C'"): the words it quotes
# did not stop the run (a paste may have lost the warning's first letter)
FALLBACK_WARNING = re.compile(
    r"(?:\b[Ww]|^\W{0,3})arning\b:?.{0,400}?\b(?:[Uu]sing (?:the )?(?:Python|pure[- ]Python|CPU|slow|default) "
    r"(?:fallback|implementation)|[Ff]all(?:ing|s) back to)\b"
)
# Optuna's record of a trial that raised: the exception's repr at the line's end
OPTUNA_TRIAL = re.compile(
    r"Trial \d+ failed with parameters: .*? because of the following error: "
    r"(?P<type>(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception))\((?P<msg>.*)"
)
# a warning that an optional import failed, its exception's words on the next line ("Warning: Mujoco-based envs
# failed to import. Set ... to suppress this message." then "No module named 'mjrl'"): the library went on without it
IMPORT_WARNING = re.compile(
    r"\b(?:[Ww]arning|WARNING|UserWarning|ImportWarning)\b.{0,160}\b(?:failed to import|could not (?:be )?import)",
    re.S,
)


# Python's faulthandler: "Current thread 0x00007f... (most recent call first):", then
# '  File "train.py", line 296 in main' per frame (no comma before "in"), innermost first
FAULT_THREAD = re.compile(r"^\s*(?:Current thread|Thread) 0x[0-9a-fA-F]+ \(most recent call first\):")
FAULT_FRAME = re.compile(r'^\s*File "(?P<file>[^"]+)", line (?P<line>\d+)(?: in (?P<func>\S+))?\s*$')


def _faulthandler_stack(lines: list[Line], start: int) -> tuple[list[Frame], int]:
    """The current thread's frames faulthandler printed within a few lines after ``start``, outermost first,
    and the index of the last line read (``start - 1`` when there is none). Other threads' stacks, printed
    first ("Thread 0x... (most recent call first):"), are passed over; without a current thread, the first."""
    first: tuple[list[Frame], int] | None = None
    i, limit = start, min(start + 6, len(lines))
    while i < limit:
        header = FAULT_THREAD.match(lines[i].text)
        if not header:
            i += 1
            continue
        frames: list[Frame] = []
        j = i + 1
        while j < len(lines) and (m := FAULT_FRAME.match(lines[j].text)):
            frames.append(Frame(m["file"], int(m["line"]), m["func"]))
            j += 1
        if lines[i].text.lstrip().startswith("Current thread"):
            return frames[::-1], j - 1
        if first is None or not first[0]:
            first = (frames[::-1], j - 1)
        # the next thread's header follows within a couple of lines of this one's last frame
        i, limit = j, min(j + 3, len(lines))
    return first if first is not None else ([], start - 1)


def _block(exc: str, msg: str, line: Line, end: Line | None = None) -> Block:
    return Block(
        exc,
        msg,
        start_line=line.lineno,
        end_line=(end or line).lineno,
        exception_line=line.lineno,
    )


def _said_exit(said: re.Match[str], line: Line) -> ExtractedError | None:
    """A process's end told in words; ``None`` for a clean exit (code 0)."""
    raw = said["hex"] or said["code"] or said["signal"] or said["signal2"]
    code = int(raw, 16) if raw.lower().startswith("0x") else int(raw)
    if code == 0:
        return None
    if code < 0 and code + 2**32 in _WINDOWS_STATUS:
        code += 2**32  # Windows prints its status codes as signed 32-bit numbers too
    msg = f"a process exited with exit code {raw}"
    signal = -code if code < 0 else code - 128 if 128 < code < 160 else None
    if code in _WINDOWS_STATUS:
        msg += f": {_WINDOWS_STATUS[code]}"
    elif signal in _SIGNALS:
        msg += f": {_SIGNALS[signal]}"
    error = ExtractedError([_block("LauncherExit", msg, line)], rank=line.rank, shapes=["launcher_exit"])
    error.details = {
        "exitcode": -9 if signal == 9 else code,
        "failed_rank": None,
        "launcher_line": line.text.strip()[:300],
    }
    return error


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
        # a library's own words naming the cause (never on a record at level INFO: what it says was no error)
        info = (
            _record_or_warning(text)
            or OPTIONAL_LIBRARY.search(text) is not None
            or (i > 0 and IMPORT_WARNING.search(lines[i - 1].text) is not None)
            or ("back" in text and FALLBACK_WARNING.search(text) is not None)
        )
        phrase = STRONG_ANY.search(text) if not info else None
        if _HINT.search(text):
            trial = OPTUNA_TRIAL.search(text)
            if trial:
                said = trial["msg"].strip().removesuffix(".").removesuffix(")")
                said = (
                    said[1:-1]
                    if len(said) > 1 and said[0] == said[-1] and said[0] in "'\""
                    else said.lstrip("'\"")
                )
                out.append(
                    ExtractedError(
                        [_block(trial["type"], said.replace("\\n", " ")[:500], line)],
                        rank=line.rank,
                        shapes=["message_only"],
                    )
                )
                continue
            if CUDA_ASSERT.search(text):
                j = i
                cond = ASSERT_COND.search(text)
                kernel = CUDA_ASSERT.search(text)
                while j + 1 < n and (
                    CUDA_ASSERT.search(lines[j + 1].text) or "failed." in lines[j + 1].text[:40]
                ):
                    j += 1
                    cond = cond or ASSERT_COND.search(lines[j].text)
                what = (
                    f"Assertion `{cond['cond'] or cond['bare']}` failed"
                    if cond
                    else "a kernel assertion failed"
                )
                name = kernel and (kernel["kernel"] or kernel["kernel2"])
                called = name and _CALLED_NAME.search(name)
                name = called[1] if called else name
                where = f" in {name}" if name else ""
                count = j - i + 1
                msg = f"CUDA error: device-side assert triggered ({what}{where}, {count} line{'s' if count > 1 else ''})"
                out.append(
                    ExtractedError(
                        [_block("RuntimeError", msg, line, lines[j])], rank=line.rank, shapes=["cuda_assert"]
                    )
                )
                done = j
                continue
            shell = SHELL_ERROR.match(text)
            hydra = HYDRA_JOB.search(text) if shell is None else None
            if hydra and any(0 < e.start_line - line.lineno <= 6 for e in found):
                hydra = None  # Hydra's announcement of the traceback that follows it
            cause = _hydra_cause(lines, i) if hydra else None
            if cause:
                exc, msg, j = cause
                out.append(
                    ExtractedError([_block(exc, msg, lines[j])], rank=line.rank, shapes=["message_only"])
                )
                done = j
                continue
            if shell or hydra:
                exc, msg = (
                    ("ShellError", f"{shell['script']}: {shell['msg']}")
                    if shell
                    else ("HydraJobError", hydra.group(0) if hydra else "")
                )
                out.append(ExtractedError([_block(exc, msg, line)], rank=line.rank, shapes=["message_only"]))
                continue
            crash = NATIVE_CRASH.search(text)
            critical = (LOG_CRITICAL.match(text) or GLOG_FATAL.match(text)) if crash is None else None
            died = (
                (WORKER_DIED.search(text) or PROCESS_DIED.search(text))
                if crash is None and critical is None
                else None
            )
            native = CPP_WHAT.search(text) if crash is None and critical is None and died is None else None
            if native:
                msg = native["msg"] or f"Check failed: {native['check']}"
                out.append(
                    ExtractedError(
                        [_block("NativeError", msg.strip()[:300], line)],
                        rank=line.rank,
                        shapes=["native_crash"],
                    )
                )
                continue
            if crash or critical or died:
                # announcements of a failure: a Python error printed with them is the better answer
                if crash:
                    exc, msg, shape = (
                        "NativeCrash",
                        f"the process crashed in native code: {crash.group(0)}",
                        "native_crash",
                    )
                    stack, last = _faulthandler_stack(lines, i + 1)
                    if stack:
                        # Python's faulthandler printed where each thread was: the Python frames of the crash
                        block = _block(exc, msg, line, lines[last])
                        block.frames = stack
                        out.append(ExtractedError([block], rank=line.rank, shapes=[shape, "faulthandler"]))
                        done = last
                        continue
                elif died:
                    exc = "WorkerDied" if WORKER_DIED.search(text) else "ProcessDied"
                    msg, shape = text.strip()[:300], "worker_died"
                else:
                    exc, msg, shape = "LogCritical", text.strip()[:300], "log_critical"
                out.append(ExtractedError([_block(exc, msg, line)], rank=line.rank, shapes=[shape]))
                continue
            if (
                SHELL_KILLED.match(text)
                or KUBE_OOM.search(text)
                or (line is lines[0] and QUOTED_KILLED.search(text))
            ):
                error = ExtractedError(
                    [_block("LauncherExit", KILLED_MESSAGE, line)], rank=line.rank, shapes=["launcher_exit"]
                )
                error.details = {"exitcode": -9, "failed_rank": None, "launcher_line": text.strip()[:300]}
                out.append(error)
                continue
            # an exit status on the same line as the words that name why (a container runtime's hook failing with
            # "exit status 1, ... nvidia-container-cli: initialization error"): the words are the error
            m = LAUNCHER_EXIT.search(text) if phrase is None else None
            said = PROCESS_EXIT.search(text) if m is None and phrase is None else None
            if said:
                exited = _said_exit(said, line)
                if exited is not None:
                    out.append(exited)
                continue
            if m:
                code = m["code"] or m["dscode"] or m["srcode"]
                rank = int(m["rank"]) if m["rank"] else None
                if m["tasks"] and re.fullmatch(r"\d+", m["tasks"]):
                    rank = int(m["tasks"])
                if m["unit"]:
                    unit = "job step" if m["unit"] == "STEP" else "job"
                    why = (
                        f"due to {m['reason'].lower()}" if m["reason"] else "(by a user or an administrator)"
                    )
                    msg = f"the {unit} was cancelled {why}"
                elif m["what"] and not m["srcode"]:
                    msg = f"task(s) {m['tasks']} {m['what'].lower()} by the launcher"
                else:
                    msg = f"a process exited with exit code {code}" + (
                        f" (rank {rank})" if rank is not None else ""
                    )
                    if code == "-9":
                        msg += f": {_SIGKILL_WORDS}"
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
        strong = phrase
        if strong is None and not info:
            # (THC's check line is the error only in a text with no traceback: a traceback tells it with its frames)
            strong = CUBLAS_LINE.search(text) or (THC_CHECK.search(text) if not found else None)
        if strong:
            j = i
            # a terminal's hard wrap may have put the phrase's start (a rank's prefix, the logger's) on the lines
            # before: they are the same message
            while (
                i > done + 1
                and j - i < 3
                and (
                    lines[i - 1].raw_len in WRAP_WIDTHS
                    or lines[i - 1].raw_len == lines[i].raw_len >= 60  # a paste box's own width
                )
                and lines[i - 1].text.strip()
                and lines[i - 1].lineno not in covered
            ):
                i -= 1
            line = lines[i]
            # the same message repeated (ranks, retries) or continued on the next lines is one error
            while (
                j + 1 < n and j - i < 8 and lines[j + 1].text.strip() and lines[j + 1].lineno not in covered
            ):
                nxt = lines[j + 1].text
                if (
                    STRONG_ANY.search(nxt)
                    or CUBLAS_LINE.search(nxt)
                    or nxt.startswith((" ", "\t"))
                    or nxt.strip().startswith(("`", "e.g."))
                ):
                    j += 1
                    continue
                break
            msg = " ".join(ln.text.strip() for ln in lines[i : j + 1])
            exc = ""
            # the phrase inside an exception line quoted in prose ("I get `RuntimeError: CUDA error: ...` when"):
            # that exception is the error, its message what it says
            named = PROSE_EXC.search(msg)
            said = (STRONG_ANY.search(msg) or CUBLAS_LINE.search(msg)) if named and named["msg"] else None
            if (
                named
                and said
                and named.start("msg") <= said.start() < named.end("msg")
                # "python.exe: Error while finding module specification for 'x' (ModuleNotFoundError: ...)":
                # a message that wraps the exception is the error, not the exception inside it
                and msg[named.start("type") - 1 : named.start("type")] != "("
            ):
                # (a backtick inside the message -- glibc's "version `GLIBC_2.34' not found" -- closes an inline code
                # span early: the message runs at least to the phrase's end)
                exc, msg = (
                    named["type"],
                    _trim_said(msg[named.start("msg") : max(named.end("msg"), said.end())]),
                )
            out.append(
                ExtractedError([_block(exc, msg, line, lines[j])], rank=line.rank, shapes=["message_only"])
            )
            done = j
    return out


def _trim_said(msg: str) -> str:
    """An error's message as quoted in prose, less the sentence's own trailing punctuation and the quote or
    parenthesis that closed the quotation; a quote or parenthesis the message itself opened stays
    (``KeyError: 'lm_head'``, ``batch_size (64)``)."""
    msg = msg.strip()
    while msg:
        last = msg[-1]
        opener = {")": "(", "'": "'", '"': '"', "`": "`"}.get(last)
        # a closer with no opener of its own (for quotes, an odd count) closed the writer's quotation
        unopened = opener is not None and (
            msg.count(last) > msg.count(opener) if opener != last else msg.count(last) % 2 == 1
        )
        if last in ".,;:!?*_" or unopened:
            msg = msg[:-1].rstrip()
            continue
        break
    return msg


# The last resort's words: a line that reports an error in the form programs print them, with no type
# that says which (a log record at level ERROR, "error:"/"fatal:" opening a line, a shell's or the C
# library's failure, a program's "An unexpected error occurred"). Read only when nothing else was found,
# and never classified: the answer is unknown with these lines, rather than "no error found".
_ERROR_WORD = re.compile(
    r"(?m)^\s*E\d{4} \d|ERROR|FAIL|[Ee]rror|[Ff]atal|FATAL|[Ff]ailed|FAILED|[Uu]nable to|[Cc]ould not|not found|"
    r"не найден|未找到|scalar type \w+ but|the same dtype|"
    r"Exception|Traceback|panicked at|has no attribute|Caught [A-Z]|\.lua:\d|\(\): (?:invalid|corrupted)|double free|"
    r"stack traceback|\.so[\d.]*\([\w.]*\+0x|^\W{0,3}assert\s|registry|not in struct|"
    r"^\W{0,3}File \"|^-{2,}>|\.py:\d+, in |" + "|".join((LIBC_NOT_FOUND, LIBC_DENIED, SHELL_NO_COMMAND))
)
ERROR_LINE = re.compile(
    # a log record at level ERROR among a line's first words: "[ERROR]", "ERROR:", "| ERROR |", "- ERROR -",
    # "[pose_dataset] [ERROR] ...", glog's "E0514 11:02:48.531207 ..."
    r"^\s*(?:\S+\s+){0,6}?(?:\[ERROR\]|<ERROR>|ERROR\b\s*[:\]|-]|[-|]\s*ERROR\s*[-|])"
    r"|^\s*E\d{4} \d\d:\d\d:\d\d"
    # "error: ...", "fatal: ...", "gcc: error: ...", "ERROR 1045 ...": the word opening the line (or after the
    # program's name, or a compiler's "source(line):"), then what went wrong
    # (a record's bracketed time may open the line: "[2021-03-02 11:40:13] Error: ...")
    r"|^\s*(?:\[[\d/:.,T -]{8,32}\]\s*)?(?:[\w.\-/]+(?:\(\d+(?:,\d+)?\))?:\s+)?(?:[Ee]rror|ERROR|[Ff]atal|FATAL)"
    r"(?:\s*\[[\w.-]+\])?:\s*\S"
    # a failure told by the program at the line's start ("Failed in part 1", "FAILED: build.ninja",
    # "Unable to open ...", "Could not load ...")
    r"|^\s*(?:[\w.\-/]+:\s+)?(?:Failed|FAILED|Unable to|Could not)\b(?! to say| sure)"
    r"|\b[Ff]ailed to (?:open|load|read|write|find|start|connect|create|allocate|initiali[sz]e|launch|execute|"
    r"import|run|bind|mount|parse|compile|build|spawn|map|fetch|download|resolve)\b"
    r"|\b(?:[Aa]n? )?(?:unexpected|unhandled|internal|fatal) error (?:has )?occurred\b"
    # a scheduler's verdict ("JobState=FAILED Reason=NonZeroExitCode") and a thing named at a line's start
    # as not found ("File at /srv/x not found.")
    r"|\bJobState=(?:FAILED|NODE_FAIL|OUT_OF_MEMORY|TIMEOUT|BOOT_FAIL|DEADLINE)\b"
    # R's own report of an error in a call ("Error in etsmodel(y, ...) :")
    r"|^\W{0,3}Error in [\w.$:]+\("
    # PyTorch's dtype checks quoted without their RuntimeError (a title, a sentence): an error, its cause open
    r"|\b[Ee]xpected (?:object of )?scalar type \w+ but (?:found|got)(?: scalar type)? \w+"
    r"|\bexpected mat1 and mat2 to have the same dtype\b"
    r"|^\W{0,4}(?:File|Directory|Folder|Path|Checkpoint|Config|Model)\b[^?]{0,200}\bnot found\b"
    # the C library's and the shell's words, English and the usual translations
    r"|:\s+(?:" + "|".join((LIBC_NOT_FOUND, LIBC_DENIED, SHELL_NO_COMMAND)) + ")"
    r"|^\W{0,3}(?:" + LIBC_NOT_FOUND + ")"
    # Python's own error shapes, quoted where no traceback was found: an exception's repr opening a line
    # ("AxisError('axis 2 is out of bounds')", not code that builds or raises one), its line with a space before
    # the colon ("IndexError : list index out of range"), an attribute's absence ("module 'x.y' has no attribute 'z'"), a DataLoader worker's
    # report ("Caught IndexError in DataLoader worker process 0"), and a traceback whose header or frames alone
    # survived (a rich box's "Traceback (most recent call last)", a lone "Traceback", a frame's line, a
    # notebook's arrow "---> 26 ...", an editor's "model.py:1245, in fit")
    r"|^\W{0,6}(?:[a-z_]\w*\.)*[A-Z]\w*(?:Error|Exception)\(['\"]"
    r"|^\W{0,3}[A-Z]\w*(?:Error|Exception)\s+:\s+\S"
    r"|'[\w.]+' (?:object )?has no attribute '\w+'"
    r"|\bCaught [A-Z]\w* in (?:DataLoader worker process|replica) \d+"
    # a flattened traceback's last words ("self._check(batch_id) AssertionError"), an assert statement quoted as
    # what failed, an exception named by its module path with its message ("...errors.ChildFailedError:"), a
    # registry's and OmegaConf's refusals quoted without their KeyError
    r"|\)\s+[A-Z]\w*(?:Error|Exception)\s*$|^\W{0,3}assert\s+\S"
    r"|(?:[a-z_]\w*\.){2,}[A-Z]\w*(?:Error|Exception):"
    r"|\bis not in the [\w:.]+ registry\b|\b[Kk]ey '[\w.]+' (?:is )?not in struct\b"
    r"|Traceback \(most recent call last\)|^\W{0,3}Traceback:?\s*$"
    r'|^\W{0,3}File "[^"\n]+", line \d+|^-{2,}>\s*\d+\s|\.py:\d+, in \w+\s*$'
    # other languages' and runtimes' failures: Lua's (Torch7's "luajit: .../Container.lua:67: bad argument"),
    # Rust's panic, the C library's heap checks, a lower-case "failed loading" opening a program's line
    r"|^\s*(?:\S*/)?(?:luajit|lua[\d.]*|th):\s+\S+\.lua:\d+:(?:\s|$)|^\s*stack traceback:\s*$"
    r"|^\S+\.lua:\d+:(?! in )(?:\s|$)"
    # a native backtrace's frame as glibc prints it, behind a launcher's prefix or not ("[ 1] /usr/lib/libc.so.6
    # (+0x42520)[0x7f...]", "libjvm.so(JVM_handle_linux_signal+0xb6)[0x7f...]")
    r"|\[\s?\d+\] [^\s()]+\.so[\d.]*\([\w.]*\+0x[0-9a-f]+\)\s*\[0x[0-9a-f]+\]"
    r"|\bthread '[^'\n]{1,60}' panicked at\b"
    r"|\b(?:munmap_chunk|free|realloc|malloc(?:_consolidate)?)\(\): (?:invalid|corrupted|unaligned)"
    r"|\bdouble free or corruption\b|\bcorrupted size vs\. prev_size\b"
    r"|^\s*failed (?:loading|reading|opening|writing|saving|parsing)\b"
    # a record at any level that reports a failure in TensorFlow's words (its "W" records of a checkpoint key or
    # a kernel that failed, its "E" record of a CUDA driver that did not start), and a bracketed level of
    # "[Qibo 0.2.5|ERROR|...]", Hydra's report of a job whose cause was cut
    r"|\] (?:OP_REQUIRES failed at|failed call to cuInit)\b|\bKey \S+ not found in checkpoint\b"
    r"|\|\s*ERROR\s*\|"
    r"|\bError executing job with overrides\b"
)
# a question or a plan in the writer's words is not the program's report
_ASKED = re.compile(r"\?\s*$|^\s*(?:I|We|It|This|Then|But|And|So|When|If|How|Why|What)\b")


def error_lines(lines: list[Line], most: int = 3) -> list[ExtractedError]:
    """Lines that report an error in words, with no traceback and no known phrase (the last resort):
    one unknown error holding the first of them, ``most`` of them named in its message."""
    joined = "\n".join(ln.text for ln in lines)
    if not _ERROR_WORD.search(joined):
        return []
    seen: list[Line] = []
    for line in lines:
        text = line.text
        if len(text) > 2000 or not _ERROR_WORD.search(text) or _ASKED.search(text):
            continue
        if ERROR_LINE.search(text):
            seen.append(line)
            if len(seen) >= most:
                break
    if not seen:
        return []
    msg = " | ".join(ln.text.strip()[:240] for ln in seen)
    error = ExtractedError(
        [_block("ErrorLine", msg, seen[0], seen[-1])], rank=seen[0].rank, shapes=["error_words"]
    )
    return [error]


# The very last resort: a failure the writer reports in words ("Training hangs after the first epoch", "the app
# crashes when it saves", "Error when training on my own set") with nothing the program printed that says what
# failed. Never classified: the answer is unknown, quoting the line, rather than "no error found" -- the text is
# a failure report, and an unknown root cause is what the model's second opinion (when configured) is asked about.
FAILURE_TOLD = re.compile(
    r"(?i)(?<![\w.$/\\-])(?:"
    r"crash(?:es|ed|ing)?|segfault(?:s|ed|ing)?|segmentation fault|core dumped|hangs?|hanging|hung|freez(?:e|es|ing)|"
    r"froze|stuck|deadlock(?:s|ed)?|fail(?:s|ed|ing|ures?)?|errors?|exceptions?|broken|not working|"
    r"(?:doesn'?t|does not|didn'?t|did not|won'?t|will not|can'?t|cannot|couldn'?t)\s+"
    r"(?:work|run|start|train|load|finish|resume|save|continue|create|reload|find|open|import|allocate|"
    r"(?:get|make) it (?:to )?work)|"
    # a run that stops, hangs or takes its kernel with it, in the words writers use for it ("the script just
    # exits", "it just sits there", "training doesn't go any further", "this cell kills the kernel") -- not a
    # metric that "stays there" or "never moves", which is a plateau the monitor reads, not a failure
    r"dying|kills? the kernel|kernel (?:\w+ )?(?:dies|died|dead)|"
    r"just (?:sits|sitting|sat) there|just (?:exits|exited|ends|ended|quits|quit)|"
    r"exit(?:s|ed)? (?:right away|immediately|abruptly|early|without)|"
    r"(?:doesn'?t|does not|didn'?t|did not|never|won'?t) (?:go|get|move|goes|gets|moves) "
    r"(?:any further|further|on|through|past)|"
    r"never (?:starts|started|finishes|finished|runs|ran|ends|completes|completed)|"
    r"nothing (?:else )?(?:happens|happened)|"
    r"halt(?:s|ed)?|overflows|overflowed|(?:RAM|memory|stack|buffer) overflow|not enough memory|memory out|"
    # (out of memory where the words name neither the GPU nor the host: a failure, its memory unsaid)
    r"out[ _-]of[ _-]memory|"
    r"no module named|killed(?!\W*process)|"
    r"nan loss(?:es)?|loss\s*(?:=|stays at|of)\s*nan|not found|"
    # NaN only as a sentence says it ("the loss becomes nan"), not as a program prints a value
    r"(?<=\s)(?:is|are|becomes?|became|goes|went|turns?|turned|gets?|got|to|into|gives?|gave|produces?|shows?|"
    r"returns?)\s+(?:(?:a|an|all)\s+)?[\'\"`]?nan[\'\"`]?|"
    r"diverg(?:e|es|ed|ing|ence)|explod(?:e|es|ed|ing)|abort(?:s|ed)?|terminat(?:es|ed)|stops?|stopped|stopping|"
    r"dies|died|malformed|mismatch(?:es|ed)?|time[sd]? ?out|timeout|ошибк\w*|падает|"
    r"(?:exit|return)\s+(?:code|status)\s+(?:that is\s+)?(?:not zero|non-?zero)|non-?zero (?:exit|return)|"
    # an exception's name reported as what happened ("Getting ValueError when running the notebook")
    r"(?:get|gets|getting|got|throws?|throwing|threw|hit|hitting|encounter(?:s|ed|ing)?|gives?(?: me)?|gave(?: me)?|"
    r"causes?|caused|results? in|leads? to)\s+(?:an?\s+|the\s+|this\s+)?"
    rf"(?-i:{PLAIN_EXC_NAME})"
    r")(?![\w(=\[])"
    # an exception's name ending a short line, as a title names what happened ("Training RuntimeError")
    rf"|^.{{0,80}}?\b(?-i:{PLAIN_EXC_NAME})[.!:]?\s*$"
    # (CJK has no spaces between words: its words are found anywhere)
    r"|报\S{0,6}错|出错|错误|失败|卡住|崩溃|异常|溢出|(?:是|为|变成|出现)\s*nan\b|エラー|에러|오류"
)
# a title (the text's first line) that opens with an exception's name ("ValueError with the Dirichlet split",
# "BrokenPipeError; unable to train") or is only the name, however cased ("keyerror", "Runtimeerror"): on a later line
# the name is as likely a word of the writer's prose
TITLE_EXCEPTION = re.compile(
    rf"^\W{{0,3}}(?:{PLAIN_EXC_NAME}(?=[\s;,!]|$)(?!\s*[(=:])"
    r"|(?i:key|value|type|index|attribute|runtime|import|assertion|name|memory|os|cuda)\s?(?i:error)\W{0,3}$)"
)
# words that say there was none ("with no error at all", "0 errors", "errors were corrected"), a log's record at
# level INFO, and code (a word in an identifier, a call or an assignment is not the writer's report)
_FAILURE_DENIED = re.compile(
    r"(?i)\b(?:no|without|0|zero|never|any)\s+(?:\w+\s+)?(?:errors?|exceptions?|crash\w*|failures?|nans?)\b"
    r"|\berrors? (?:were|was|are|is) (?:corrected|fixed|ignored)\b"
)
# a line of a run's metrics ("lm loss: 2.4 | grad norm: 0.8 | number of nan iterations: 0"): the monitor's to read
_METRIC_PAIRS = re.compile(r"(?:[\w\])]\s*[:=]\s*[-+]?(?:\d|nan\b|inf\b).*){2}", re.I)
_CODE_LINE = re.compile(
    r"^\s*(?:except\b|raise\b|def |class |if |elif |return\b|import |from \S+ import|@|#\s*(?:type|noqa))"
)


def failure_told(lines: list[Line]) -> list[ExtractedError]:
    """A failure the writer reports in words (the last resort, when nothing the program printed was found):
    one unknown error holding the first line that says so."""
    title = next((line for line in lines if line.text.strip()), None)
    if title is not None and TITLE_EXCEPTION.search(title.text) and len(title.text) <= 400:
        return [
            _told(_block("ReportedFailure", title.text.strip()[:240], title), title, shape="failure_words")
        ]
    for line in lines:
        # (a paragraph pasted as one long line is read a sentence at a time: a sentence is what says it failed)
        for said in _SENTENCE_BREAK.split(line.text) if len(line.text) > 400 else (line.text,):
            if (
                len(said) > 400
                or INFO_RECORD.search(said)
                or _CODE_LINE.search(said)
                or _METRIC_PAIRS.search(said)
            ):
                continue
            if FAILURE_TOLD.search(_FAILURE_DENIED.sub(" ", said)):
                return [
                    _told(_block("ReportedFailure", said.strip()[:240], line), line, shape="failure_words")
                ]
    return []


# (after every stop, not only one a space follows: a long line of a dict or a path holds few spaces, and the words
# that say it failed may sit between two of its dots)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;\u3002\uff01\uff1f])\s*")


# A run's end told only in the writer's words, with no line the program printed: out of memory ("OOM when
# training with 8 GPUs", "it stops with cuda_out_of_memory"), or killed ("Fully unsupervised run gets killed",
# "训练进程被 killed"). Read after everything else, when nothing else was found in the text.
OOM_TOLD = re.compile(
    r"(?<![A-Za-z0-9])(?:out[ _-]of[ _-](?:GPU[ _-])?memory|OOM|memory (?:is |was )?exhausted|"
    r"(?:cuda|gpu|vram) memory out|out of CUDA memory)(?![A-Za-z0-9])|"
    # torch's own type named in a sentence or a title ("it dies with OutOfMemoryError"); the JVM's is ruled out below
    r"(?<![A-Za-z0-9])OutOfMemoryError\b|"
    # the host's memory by its name ("Running out of RAM during distillation", "I get a RAM overflow")
    r"\bout of (?:the )?(?:system |host |CPU )?RAM\b|\bRAM overflow\b|"
    # Chinese: the video card's memory overflowing or too small (a GPU's by the word itself)
    r"显存(?:直接|一下子?|很快就?|就)?(?:溢出|不足|不够|爆|占满)|爆显存",
    re.I,
)
_OOM_DENIED = re.compile(
    r"\b(?:no|not|without|avoid\w*|prevent\w*|never|reduc\w*|less|fewer|fix(?:es|ed)?)\s+(?:\w+\s+){0,2}?"
    r"(?:OOM|out[ _-]of[ _-]memory)\b|OOM[ _-]?score|--\w*oom|"
    # an out of memory the writer says is behind them ("after the OOM was solved", "the OOM error is gone now",
    # "oom 解决之后")
    r"(?:OOM|out[ _-]of[ _-]memory)(?:\s+(?:error|issue|problem))?\W{0,3}(?:(?:is|was|got|has been|had been|been)\s+)?"
    r"(?:now\s+)?(?:solved|fixed|resolved|gone)\b|"
    # or only guesses at ("Maybe you are running out of memory", "it might be out of memory")
    r"\b(?:maybe|perhaps|probably|possibly)\b[^.?!\n]{0,40}?(?:OOM|out[ _-]of[ _-]memory)|"
    r"\b(?:might|may|could)\s+(?:be\s+|have\s+)?(?:\w+\s+){0,3}?(?:OOM|out[ _-]of[ _-]memory)|"
    r"(?:OOM|out[ _-]of[ _-]memory)\s*(?:问题)?\s*(?:已经?|被)?\s*解决|"
    # the same guesses and denials in Chinese ("看看是不是显存不够" -- check whether the GPU memory is too small)
    r"(?:是不是|是否|可能|会不会|或许|也许|不是)[^。？！?!\n]{0,8}?显存",
    re.I,
)
# where the memory ran out, said on the line itself: the host's (a node, the job's RAM, Slurm's limit, the kernel)
_HOST_MEMORY = re.compile(
    # (not the card's own "GPU RAM", "video RAM")
    r"\b(?:slurm|node|(?<!GPU )(?<!video )RAM|host|system memory|CPU memory|cgroup|memory pressure|swap|sbatch|"
    r"kubernetes|pod|killed|oom[ _-]?kill\w*)\b",
    re.I,
)
# or a GPU's, said anywhere in the text (the device, its memory, the toolkit)
_GPU_WORDS = re.compile(
    r"(?<![A-Za-z0-9])(?:GPUs?|CUDA|cuda|VRAM|NVIDIA|[AHVLPT]\d{2,3}s?|RTX|GTX|\d{4} ?Ti|[Tt]esla|ROCm|MPS)(?![A-Za-z0-9])"
    # a card by its memory ("on an 80GB card") or by its name
    r"|\b\d+ ?GB (?:graphics |video )?card\b|\bgraphics card\b"
    r"|显存|显卡"
)
# a GPU named only to say it is not used ("the model runs on the CPU, not the GPU", "no GPU", "CPU-only"): the
# memory that ran out is not its
_GPU_DENIED = re.compile(
    r"\b(?:not|no|without)\s+(?:on\s+)?(?:the\s+|a\s+|an\s+|any\s+)?(?:GPUs?|CUDA|VRAM)\b|\bCPU[- ]only\b",
    re.I,
)
# an OutOfMemoryError that is not torch's: the JVM's (Spark, a Java tokenizer) -- the host's heap -- or OpenCV's C++
# function of that name ("Insufficient memory (Failed to allocate ...) in OutOfMemoryError, file ...")
_NOT_TORCHS_OOM = re.compile(
    r"\bjava\.lang\.|\bJava heap\b|\bGC overhead\b|\bPermGen\b|\bException in thread\b|\bOpenCV\b|"
    r"\bin OutOfMemoryError, file\b"
)
# a kernel's fault named in words ("Device-side assert crash during GRPO", "CUDA ERROR an illegal memory access")
CUDA_FAULT_TOLD = re.compile(r"\b[Dd]evice[- ]side assert(?:ion)?s?\b|\billegal memory access\b", re.I)
KILLED_TOLD = re.compile(
    r"\b(?:gets?|got|getting|is|was|are|were|being|been|be|keeps? getting)\s+(?:\w+\s+){0,2}?[Kk]illed\b"
    # the shell's own word ending a sentence about the run ("all I see is Epoch 1/150 and then Killed.")
    r"|\b(?:and|then)\s+(?:then\s+)?Killed\b"
    r"|被\s*[Kk]illed|^\W*[Kk]illed\W*$" + rf"|{QUOTED_KILLED.pattern}(?![^\n]*\?\s*$)"
    # the shell's word quoted in a sentence that says so ('then it stops with the "Killed" error'), not in a
    # question about someone else's run ("mine only prints `Killed`, is it memory?")
    # the run named with the word after it, as a title or a sentence says it ("Process Killed", "Training killed
    # at 40k steps", 'both attempts end with the process "killed"')
    r"|\b(?:[Pp]rocess(?:es)?|[Tt]raining|[Jj]obs?|[Ss]cript|[Pp]rogram)\s+[\"'\u201c`]?[Kk]illed\b"
)
# a collective's timeout named in words ("NCCL timeout on multi-gpu", "Time out at NCCL work:1147")
NCCL_TIMEOUT_TOLD = re.compile(
    r"(?i)\bNCCL\b[^\n]{0,40}?\btime[sd]?[ -]?out|\btime[sd]?[ -]?out\b[^\n]{0,30}?\bNCCL\b"
)
# a launcher's exit code -9 (SIGKILL) or a container's 137 named in words ("returns error code -9", "错误码 -9"), or
# Kubernetes' reason for it named in a sentence ("the step fails with OOMKilled")
KILL_CODE_TOLD = re.compile(
    r"(?i)(?:exit|error|return)\s*code[:\s]*(?:of\s+)?-9\b|错误码\s*-9|exit status 137|exit ?code\s*[:=]?\s*137\b"
    # Open MPI's mpirun: "process rank 1 with PID 0 on node n1 exited on signal 9 (Killed)"
    r"|\bexited on signal 9\b"
    r"|(?-i:\bOOMKilled\b)"
)
# (torchelastic's "local_rank: 2"; Open MPI's "process rank 2 with PID ...")
_LOCAL_RANK = re.compile(r"\blocal_rank:\s*(\d+)|\bprocess rank (\d+)\b")
# a notebook's kernel dying ("Kernel appears to have died", "the jupyter kernel dies while importing"): Jupyter's
# report of a process that ended without a Python error -- out of the host's memory, a native crash, a library
# built for another CPU: the words alone do not say which
KERNEL_DIED_TOLD = re.compile(
    r"(?i)\bkernel\b[^\n]{0,30}?\b(?:died|dies|crash(?:ed|es)?|restart(?:ed|ing|s))\b|\bkernel appears to have died"
)
# a file the run needed, told missing in the writer's words ("Data/train.txt does not exist -- can you upload it?",
# 'it stopped with "test_ds.txt not found"'): a path or a file's name with its extension, then the words
FILE_MISSING_TOLD = re.compile(
    r"(?<![\w.~/\\-])(?P<path>(?:[\w.~-]*[/\\])*[\w.-]+\.(?:txt|csv|tsv|json|jsonl|ya?ml|pkl|pickle|npy|npz|pth|pt|"
    r"ckpt|h5|hdf5|onnx|dat|bin|jpe?g|png|wav|mp4|tfrecords?|zip|tar|gz|mat|pb|caffemodel|params))['\"`]?\s+"
    r"(?:file\s+)?(?:does not exist|doesn'?t exist|(?:is |was )?not found|can(?:no|')t be found|could not be found|"
    r"is missing)(?![\w-])",
    re.I,
)
# the words as a program's own notice that it will fetch or make the file, or a record of a log at level INFO
_FILE_MISSING_OTHERWISE = re.compile(
    r"(?i)download|\bcache\b|locally|creat(?:e|es|ed|ing)|will be|skipp(?:ed|ing)|using default|"
    r"^\W{0,2}\d{1,2}:\d{2}:\d{2}\b|^\W{0,2}\d{4}-\d{2}-\d{2}\b"
)
# killed by the user, the scheduler's clock or another signal: not the out-of-memory killer
_KILLED_OTHERWISE = re.compile(
    r"ctrl|keyboard|manually|by me|myself|SIG(?:TERM|INT|HUP|SEGV|ABRT)|signal: (?!9|Killed)|time ?limit|walltime|"
    r"timeout|timed out|preempt|"
    # or by what the writer names ("killed by this bug", "killed by itself"), unless it is the memory killer
    r"killed by (?!the (?:OOM|out[ -]of[ -]memory|kernel|system|OS)\b|OOM|SIGKILL|signal 9)",
    re.I,
)


_NAN_TITLE = re.compile(r"(?<![\w.])(?:[Nn]a[Nn]|NAN)(?![\w(])")
_SENTENCE_END = re.compile(r"[.!?\u3002\uff1f]")
# out of memory as one item of a list of topics (an issue template's "E.g., low-speed, out-of-memory, output
# format, ..."): named, not reported
_LISTED_BEFORE = re.compile(r"(?:,|\be\.g\.,?|\bsuch as)[\s*_`]*$", re.I)
_LISTED_AFTER = re.compile(r"^[\s*_`]*(?:,|/|\bor\b|\band\b)", re.I)


def _asked_at(said: str, at: int) -> bool:
    """Whether the sentence around ``said[at]`` is a question ("Did it run out of memory? If so, ...")."""
    end = _SENTENCE_END.search(said, at)
    return end is not None and end.group(0) in "?\uff1f"


def _whole_text(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` for a whole text rather than one line: its anchors at every line's start and end."""
    return re.compile(rx.pattern, rx.flags | re.MULTILINE)


def told(lines: list[Line]) -> list[ExtractedError]:
    """A run's end told in the writer's words (out of memory, a kernel's fault, killed, a file the run needed
    missing), when no line the program printed was found. Out of memory is the GPU's or the host's as the words say; when they name neither, nothing
    is claimed."""
    # (one scan of the whole text for any of the words first: on most texts there are none, and a line's own scans
    # cost more than the one)
    joined = "\n".join(ln.text for ln in lines)
    folded = joined.casefold()
    if not any(gate.search(joined, folded) for gate in _TOLD_ANY):
        return []
    gpu_named: bool | None = None  # (read once, the first time a line tells out of memory)
    # a title that names NaN says what the thread is about: an out of memory told below it is a side remark ("more
    # than that and the GPU runs out of memory")
    title = next((ln.text for ln in lines if ln.text.strip()), "")
    nan_titled = bool(_NAN_TITLE.search(title)) and not OOM_TOLD.search(title)
    for line in lines:
        said = line.text
        if len(said) > 400:
            continue
        oom = OOM_TOLD.search(said)
        if (
            oom
            and not nan_titled
            and not _OOM_DENIED.search(said)
            and not _asked_at(said, oom.end())
            and not (_LISTED_BEFORE.search(said, 0, oom.start()) and _LISTED_AFTER.search(said[oom.end() :]))
        ):
            if gpu_named is None:
                gpu_named = any(_GPU_WORDS.search(_GPU_DENIED.sub(" ", ln.text)) for ln in lines)
            torch_type = oom.group(0) == "OutOfMemoryError"
            if torch_type and _NOT_TORCHS_OOM.search(said):
                continue
            if _HOST_MEMORY.search(said):
                msg = f"{HOST_MEMORY_TOLD}, as the text tells it"
            elif gpu_named or torch_type:
                msg = "out of memory on the GPU, as the text tells it"
            else:
                continue
            return [_told(_block("Error", msg, line), line)]
        if CUDA_FAULT_TOLD.search(said):
            msg = "CUDA error: a kernel fault (device-side assert or illegal memory access), as the text tells it"
            return [_told(_block("RuntimeError", msg, line), line)]
        if (KILLED_TOLD.search(said) or KILL_CODE_TOLD.search(said)) and not _KILLED_OTHERWISE.search(said):
            killed = _told(_block("LauncherExit", KILLED_MESSAGE, line), line)
            # (torchelastic's line cut from its head names the rank: "(exitcode: -9) local_rank: 2")
            which = _LOCAL_RANK.search(said)
            if killed.rank is None and which:
                killed.rank = int(which.group(1) or which.group(2))
            return [killed]
        asked = said.rstrip().endswith("?")
        if NCCL_TIMEOUT_TOLD.search(said) and not asked:
            msg = "NCCL timeout: a collective operation never completed on every rank, as the text tells it"
            return [_told(_block("RuntimeError", msg, line), line)]
        missing = FILE_MISSING_TOLD.search(said)
        if missing and not _FILE_MISSING_OTHERWISE.search(said) and not INFO_RECORD.search(said):
            # (said as the file's own check says it, so the rules read it as a missing file)
            msg = f"'{missing['path']}' does not exist, as the text tells it"
            return [_told(_block("FileNotFoundError", msg, line), line)]
        if KERNEL_DIED_TOLD.search(said) and not asked:
            # (reported, not classified: out of the host's memory is the commonest cause, but a dead kernel told
            # with no reply settling it was labelled so 5 times in 11 on the field corpus -- round 113)
            msg = "the notebook's kernel died with no Python error, as the text tells it; the words do not say why"
            return [_told(_block("Error", msg, line), line)]
    return []


def _told(block: Block, line: Line, shape: str = "told") -> ExtractedError:
    error = ExtractedError([block], rank=line.rank, shapes=[shape])
    error.details = {"told": line.text.strip()[:300], "told_line": line.lineno}
    return error


def prose(lines: list[Line]) -> list[ExtractedError]:
    """Exceptions named inside sentences; used only when nothing else was found in the text."""
    out: list[ExtractedError] = []
    for line in lines:
        if "Error" not in line.text and "Exception" not in line.text:
            continue
        raised = RAISE_LINE.search(line.text) if "raise" in line.text else None
        if raised:  # the raising line quoted as the error: its type, and the message its literal gives
            out.append(
                ExtractedError(
                    [_block(raised["type"], raised["msg"].strip(), line)], rank=line.rank, shapes=["prose"]
                )
            )
            break
        m = PROSE_EXC.search(line.text)
        if m and (m["msg"] or "." in m["type"]):
            msg = _trim_said(m["msg"] or "")
            out.append(ExtractedError([_block(m["type"], msg, line)], rank=line.rank, shapes=["prose"]))
            break  # the first one named is what the writer is asking about
    if not out:
        # CPython's own words for an error, without its type ("'Engine' object has no attribute 'start'")
        for line in lines:
            text = line.text
            said = _PYTHON_MESSAGE_GATE.search(text)
            if said:
                name = next(t for key, t in _PYTHON_MESSAGE_TYPES if said[key])
                # (a module named in a sentence, however quoted, as Python's own message says it: the writer's
                # retyped words are in lower case -- capitalised, they are a library's notice quoting the message)
                msg = (
                    f"No module named '{(said['quoted'] or said['bare']).strip()}'"
                    if said["mod"]
                    else said.group(0)
                )
                out.append(ExtractedError([_block(name, msg, line)], rank=line.rank, shapes=["prose"]))
                return out
        # PyTorch's: the message from the phrase on (a title's or a sentence's words before it are not); one scan of
        # the whole text first, as a line's own scans would find nothing on most texts
        for k, line in enumerate(lines if _LIBRARY_ANY.search("\n".join(ln.text for ln in lines)) else ()):
            if _record_or_warning(line.text):
                continue
            for name, rx in LIBRARY_MESSAGES:
                found = rx.search(line.text)
                if found:
                    msg = _trim_said(line.text[found.start() :])
                    after = lines[k + 1].text if k + 1 < len(lines) else ""
                    if after.lstrip().startswith("[[") and after[:1].isspace():
                        msg += "\n" + after  # TensorFlow's node annotation (the device the op ran on)
                    out.append(ExtractedError([_block(name, msg, line)], rank=line.rank, shapes=["prose"]))
                    return out
    if not out:
        # only a bare name: the writer reports an error without its message (unknown, with what was read)
        for line in lines:
            # a library's exception class on a line of its own ("hyperopt.exceptions.AllTrialsFailed")
            named = DOTTED_EXC.match(line.text) if "." in line.text else None
            if named:
                out.append(
                    ExtractedError([_block(named["type"], "", line)], rank=line.rank, shapes=["prose"])
                )
                return out
        for line in lines:
            bare = (
                PROSE_BARE.search(line.text) if ("Error" in line.text or "Exception" in line.text) else None
            )
            if bare:
                # (each alternative names its own group type, type2, ...: whichever matched)
                name = next(v for k, v in bare.groupdict().items() if k.startswith("type") and v)
                out.append(ExtractedError([_block(name, "", line)], rank=line.rank, shapes=["prose"]))
                break
    return out


# the words told() reads, each over a whole text (no lookbehind of theirs sees a line's start differently), each
# tried only where one of its literals occurs (a scan of every position of a long text costs more than the test)
_TOLD_ANY = tuple(
    LiteralGate(_whole_text(rx))
    for rx in (
        OOM_TOLD,
        CUDA_FAULT_TOLD,
        KILLED_TOLD,
        KILL_CODE_TOLD,
        NCCL_TIMEOUT_TOLD,
        FILE_MISSING_TOLD,
        KERNEL_DIED_TOLD,
    )
)
