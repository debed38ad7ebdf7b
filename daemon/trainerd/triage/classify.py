"""Classify extracted errors: kind/category from the rule table, the user's frame, the root cause, an explanation."""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
from collections.abc import Iterable, Iterator

import attrs

from trainerd.triage import evidence, rules, told
from trainerd.triage.extract import Block, ExtractedError, Frame, cut_before_exception, extract
from trainerd.triage.packages import FRAMEWORKS, THIRD_PARTY

_LIBRARY = re.compile(
    r"(?:site-packages|dist-packages|/lib/python\d(?:\.\d+)?/|^<frozen |^<string>|^<__array_function__|"
    r"importlib/_bootstrap|/usr/lib/|/usr/local/lib/|^\.\./torch/|^\.\./c10/|/\.pyenv/versions/[^/]+/lib/|"
    # Windows' own Python install (C:\Python313\Lib\runpy.py, ...\Programs\Python\Python311\Lib\..., e:\python37\lib\...;
    # the 32-bit and ARM installers' folders are Python36-32, Python312-arm64)
    r"[/\\][Pp]ython\d*(?:-(?:32|64|arm64))?[/\\][Ll]ib[/\\]|"
    # a conda distribution's own tree (a cluster's shared install puts packages there outside site-packages)
    r"[/\\](?:[Aa]na|[Mm]ini|[Mm]amba)(?:conda|forge)[\w.-]*[/\\]|"
    # a conda environment's standard library on Windows (E:\conda\envs\name\lib\subprocess.py), whatever the
    # distribution's folder is called
    r"[/\\]envs[/\\][^/\\]+[/\\][Ll]ib[/\\][^/\\]+\.py$|"
    # a console script's shim in an environment's bin/ (accelerate, torchrun, deepspeed): not the user's code
    r"[/\\]bin[/\\][\w.-]+$(?<!\.py)|"
    # PyTorch's own tree installed outside site-packages (a cluster's module tree: /sw/python_gpu/3.8.5/torch/...)
    r"[/\\]torch[/\\](?:utils[/\\]data|nn[/\\]modules|nn[/\\]parallel|optim|distributed|autograd|cuda|"
    r"multiprocessing)[/\\](?:[\w/\\]*[/\\])?\w+\.py$|"
    # a package installed as an egg (setup.py install): its frames name the folder the egg was built from
    # ("build/bdist.linux-x86_64/egg/keras/engine/training.py"), not where the user's code lives
    r"(?:^|[/\\])build[/\\]bdist\.[\w.-]+[/\\]egg[/\\]|"
    # the standard library's packages laid out in a frozen app's own folder (PyInstaller, a portable build: no lib/)
    r"[/\\](?:concurrent[/\\]futures|multiprocessing|asyncio)[/\\]\w+\.py$)"
)
# the shapes of errors told in words rather than printed by the program (no frame, no exception line of their own)
WORDS_SHAPES = ("failure_words", "error_words", "told")
CONSEQUENCE_TYPES = {
    "ChildFailedError",
    "SignalException",
    "KeyboardInterrupt",
    "SystemExit",
    "NCCLWatchdogError",
    "CalledProcessError",
    "ProcessRaisedException",
    "ProcessExitedException",
    "LauncherExit",
}
# a launcher's or an interrupt's own exception: it only says that a process stopped
_LAUNCHER_TYPES = CONSEQUENCE_TYPES - {"NCCLWatchdogError"}
# shapes that only say a process died: its own error, when printed, is the root cause
LAUNCHER_SHAPES = ("torchrun_root_cause", "launcher_exit")
# a library importing a dotted name on behalf of a configuration (Hydra's `_target_`, registries)
_DYNAMIC_IMPORT = re.compile(
    r"hydra[/\\]_internal[/\\]utils\.py:_locate|:build_from_cfg$|:import_string$", re.M
)
# a worker process unpickling its task from the pool's queue: a module missing there is named by the pickled data (a
# model the parent compiled or defined at run time, lost under the spawn start method), not imported by any code
_UNPICKLED_IN_WORKER = re.compile(r"multiprocessing[/\\](?:queues\.py:get|connection\.py:recv)\Z")
_PIP_BUILD_FAILED = re.compile(rules.PIP_BUILD_FAILED)
RECOVERED_GAP = 500  # lines of other output after an error: the run went on, it was not the crash
_NUMBERS = re.compile(r"0x[0-9a-fA-F]+|\d+(?:\.\d+)?")
# NCCL and the process group name the rank in their messages: "[Rank 1] Watchdog caught ..."
_MESSAGE_RANK = re.compile(r"\[(?:PG [^\]]*?)?Rank (\d+)\]")


@attrs.define
class UserFrame:
    file: str
    line: int
    function: str | None = None
    code: str | None = None


@attrs.define
class Triage:
    """One classified error (the shape of ``trainer/triage`` results and ``trainerd triage --json``)."""

    kind: str
    category: str | None
    exception: str
    message: str
    frame: UserFrame | None
    explanation: str
    fix: str | None
    signature: str
    rank: int | None = None
    log_lines: dict = attrs.Factory(dict)
    shapes: list[str] = attrs.Factory(list)
    chain: list[dict] = attrs.Factory(list)
    consequence: bool = False
    root_cause: bool = False
    cpp_frames: int = 0
    proposal: dict | None = None  # a mechanical fix (trainerd.triage.fixes.Fix as data)
    reassess: dict | None = None
    details: dict = attrs.Factory(dict)
    opinion: dict | None = None  # the model's second opinion on an unknown (labelled; never a fix)


# a well-known library's own repository checked out beside the project (``~/src/detectron2/detectron2/``,
# ``tinygrad/tinygrad/``, ``mmdetection/mmdet/`` is not caught) and imported from there: its files are the
# library's, as they would be in site-packages (a layout of one folder inside another of its own name, or under
# ``src/``; a project's own package of another name laid out the same way stays the user's)
_CHECKOUT_NAMES = sorted(
    THIRD_PARTY | {"tinygrad", "mmcv", "mmengine", "fairseq", "espnet", "ultralytics", "habitat"}
)
_CHECKOUT = re.compile(
    r"[/\\](?:"
    + "|".join(
        rf"(?i:{re.escape(n)})(?:[-_][\w.]+)?[/\\](?:src[/\\])?{re.escape(n)}" for n in _CHECKOUT_NAMES
    )
    + r")[/\\]"
)


# a compiled extension's Cython source as its build recorded it, relative, under a well-known package's folder
# ("h5py/h5f.pyx", "python/ray/_raylet.pyx", "madmom/audio/comb_filters.pyx"): the package's code, not the user's
# (a project's own Cython module, "rank_cy.pyx", has no such folder); its include files (.pxi, pyjnius's) too
_CYTHON_IN_PACKAGE = re.compile(
    r"^(?:python[/\\])?(?:"
    + "|".join(re.escape(n) for n in sorted(THIRD_PARTY | {"ray", "av", "jnius", "tables", "madmom"}))
    + r")[/\\][\w/\\.-]*\.p(?:yx|xi|xd)$"
)

# Cython's bundled declaration file for NumPy (and its other packages' ``__init__.pxd``), named bare in the frame of an
# extension module's initialisation (``File "__init__.pxd", line 199, in init lap._lapjv``): never the user's file
_CYTHON_INCLUDE = re.compile(r"^(?:[\w.-]+[/\\])?__init__\.pxd$")
# NumPy's random generators named bare ("mtrand.pyx", in mtrand.RandomState.choice), and the copies of a function
# TensorFlow's AutoGraph writes to a temporary file (its line numbers are the copy's, not the user's source)
_GENERATED_OR_NUMPY = re.compile(
    r"^(?:mtrand|_generator|bit_generator|_bounded_integers|_common|_mt19937|_pcg64|_philox|_sfc64)\.pyx$"
    r"|(?:^|[/\\])__autograph_generated_file\w*\.py$"
)


# a frozen app's bundle (PyInstaller, a portable build) names its modules relative to the bundle, by package
# ("torch\utils\_contextlib.py", "scipy\io\wavfile.py"): a big library's folder first is the library's code (names
# a project also gives its own folders -- datasets, clip, evaluate -- are not among them)
_BUNDLED_PACKAGE = re.compile(
    r"^(?:"
    + "|".join(
        re.escape(n)
        for n in sorted(
            (FRAMEWORKS - {"gym"})
            | {"scipy", "sklearn", "pandas", "matplotlib", "accelerate", "huggingface_hub", "tokenizers"}
            | {"safetensors", "peft", "librosa", "PIL", "torchmetrics", "pytorch_lightning", "tensorboard"}
        )
    )
    + r")[/\\][\w/\\.-]*\.py$"
)


@functools.lru_cache(maxsize=4096)
def is_library(path: str) -> bool:
    """Frames in site-packages, the standard library, frozen modules and C++ sources are not the user's, nor a
    well-known library's own checkout, nor its compiled Cython modules."""
    if path.startswith("<") and not path.startswith(("<cell", "<ipython-input", "<stdin>")):
        return True
    return bool(
        _LIBRARY.search(path)
        or _CHECKOUT.search(path)
        or _CYTHON_IN_PACKAGE.match(path)
        or _CYTHON_INCLUDE.match(path)
        or _GENERATED_OR_NUMPY.search(path)
        or _BUNDLED_PACKAGE.match(path)
    )


def user_frames(blocks: list[Block], prefer: Block | None = None) -> Iterator[Frame]:
    """The frames in the user's own code, deepest first, looking first at ``prefer``'s frames."""
    ordered = ([prefer] if prefer is not None else []) + [b for b in reversed(blocks) if b is not prefer]
    # a library's checkout seen in these frames: its other folders (its examples, its extras) are its too
    roots = tuple({root for b in blocks for f in b.frames if (root := _checkout_root(f.file))})
    for block in ordered:
        for frame in reversed(block.frames):
            if (
                not is_library(frame.file)
                and not (roots and frame.file.startswith(roots))
                and not _compiled_module_frame(frame)
            ):
                yield frame


def user_frame(blocks: list[Block], prefer: Block | None = None) -> Frame | None:
    """The deepest frame in the user's own code, looking first at ``prefer``'s frames."""
    return next(user_frames(blocks, prefer), None)


def _compiled_module_frame(frame: Frame) -> bool:
    """A Cython-compiled module's frame: a relative path whose function is named through that module's dotted path
    (``File "pydantic/main.py", line 341, in pydantic.main.BaseModel.__init__``) -- Python's own frames never name
    their function so."""
    if (
        not frame.function
        or "." not in frame.function
        or frame.file.startswith(("/", "\\"))
        or ":" in frame.file
    ):
        return False
    dotted = frame.file.replace("\\", "/").removesuffix(".py").replace("/", ".")
    return frame.function.startswith(dotted + ".")


@functools.lru_cache(maxsize=4096)
def _checkout_root(path: str) -> str | None:
    """The checkout's top folder (with its trailing separator) when ``path`` is in a library's checkout."""
    m = _CHECKOUT.search(path)
    if m is None:
        return None
    inner = re.search(r"[/\\]", path[m.start() + 1 :])
    return path[: m.start() + 1 + inner.end()] if inner else None


def signature(category: str | None, exception: str, message: str, frame: Frame | UserFrame | None) -> str:
    """Stable across re-runs: numbers and addresses dropped, the frame named by file and function (not line)."""
    first = message.strip().splitlines()[0] if message.strip() else ""
    where = f"{frame.file.rsplit('/', 1)[-1]}:{frame.function}" if frame else ""
    text = "|".join(
        [category or "unknown", exception.rsplit(".", 1)[-1], _NUMBERS.sub("N", first)[:200], where]
    )
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def frame_at(frame: Frame | UserFrame | None) -> str:
    """' at file:line' for a frame, '' for none: how every answer places an error."""
    return f" at {frame.file}:{frame.line}" if frame else ""


def _head(exception: str, message: str) -> str:
    """The error as an explanation names it: the type's short name and the message's first line (either may
    be missing: a message printed without a type, a traceback cut before its exception line)."""
    return ": ".join(part for part in (exception.rsplit(".", 1)[-1], _short(message)) if part)


def _short(message: str, limit: int = 160) -> str:
    first = next((ln.strip() for ln in message.splitlines() if ln.strip()), "")
    return first if len(first) <= limit else first[: limit - 1] + "…"


def _pick_block(error: ExtractedError) -> tuple[Block, rules.Rule | None, str | None]:
    """The chain's root: the earliest block a rule recognises, else a DataLoader worker's original traceback,
    else the last one printed; with the name of the table entry that decided (:func:`rules.deciding`)."""
    fallback = user_frame(error.blocks)
    for block in error.blocks:
        frame = user_frame([block]) or fallback
        frames = "\n".join(f"{f.file}:{f.function}" for f in block.frames)
        code = frame.code if frame else None
        rule = rules.match_rule(block.exception, block.message, code, frames)
        if (
            rule is not None
            and rule.category == "import_error"
            and (_DYNAMIC_IMPORT.search(frames) or _UNPICKLED_IN_WORKER.search(frames))
        ):
            continue  # a name a configuration or pickled data gave, imported by a library: see rules' import vetoes
        if rule is not None:
            return block, rule, rules.deciding(rule, block.exception, block.message, code, frames)
    # no phrase of the table: where and how it was raised (the package, the raising library, errno, the
    # user's line), when two of them agree
    for block in error.blocks:
        frame = user_frame([block]) or fallback
        frames = "\n".join(f"{f.file}:{f.function}" for f in block.frames)
        found = evidence.infer(block.exception, block.message, frame.code if frame else None, frames)
        if found is not None:
            return block, found[0], found[1]
    # a DataLoader worker's error re-raised in the main process ("Caught X in DataLoader worker process N")
    # says less than the worker's original traceback, which holds the message and the dataset's frame
    original = next((b for b in error.blocks if b.relation == "original"), None)
    last = error.blocks[-1]
    if cut_before_exception(last.exception, last.message):
        # a chain whose last traceback was cut before its exception line: the cause printed above it is what failed
        last = next(
            (b for b in reversed(error.blocks) if not cut_before_exception(b.exception, b.message)), last
        )
    return original or last, None, None


_VIEW_INVALID = re.compile(
    r"shape '\[(?P<dims>-?\d+(?:,\s*-?\d+)+)\]' is invalid for input of size (?P<size>\d+)"
)


def _short_batch(message: str) -> tuple[int, int] | None:
    """(items held, items asked) when a view/reshape's first dimension asked for more items than the input holds
    whole: "shape '[6, 2, 260, 346]' is invalid for input of size 719680" holds 4 of the 6."""
    m = _VIEW_INVALID.search(message)
    if m is None:
        return None
    dims = [int(d) for d in m["dims"].split(",")]
    first, rest = dims[0], dims[1:]
    if first < 2 or any(d < 1 for d in rest):
        return None
    per_item = 1
    for d in rest:
        per_item *= d
    size = int(m["size"])
    if size == 0 or size % per_item or size // per_item >= first:
        return None
    return size // per_item, first


def classify_error(error: ExtractedError, context: str = "") -> Triage:
    """Classify one extracted error (no fix proposal; see :mod:`trainerd.triage.fixes`); ``context`` is the text it
    was found in, read for what the error's own lines do not say (a run through DataParallel)."""
    block, rule, decided_by = _pick_block(error)
    frame = user_frame(error.blocks, prefer=block)
    short_exc = block.exception.rsplit(".", 1)[-1].rsplit("::", 1)[-1]
    details = dict(error.details)
    details["user_frames"] = [
        {"file": f.file, "line": f.line, "function": f.function, "code": f.code}
        for f in itertools.islice(user_frames(error.blocks), 12)
    ]
    # a launcher only knows that a process failed; without that process's own error the cause is unknown
    # (its own exception too: torchrun's ChildFailedError cut before its summary, or printed without one)
    launcher = any(s in error.shapes for s in LAUNCHER_SHAPES) or short_exc in _LAUNCHER_TYPES
    if launcher and (rule is None or rule.category == "distributed"):
        rule = None
        details["note"] = "the failed process's own error is not in this log"
    if "handled" in error.shapes:
        rule = None  # a library printed it and went on without an optional part: not what stopped the run
        details["note"] = "the line before the traceback says it was caught and the program went on"
    if "error_words" in error.shapes:
        rule = None  # words that say only that something failed: what they name is not a diagnosis
        details["note"] = "no traceback; these lines report an error in words"
    if "failure_words" in error.shapes:
        rule = None
        details["note"] = "no traceback and no error line; the writer reports a failure in words"
    gathered = _gathered_on_gpus(rule, block.message, context)
    if gathered is not None:
        rule = None
        details["note"] = "a non-scalar loss under DataParallel: the launch or the loss"
    if rule is not None and decided_by is not None:
        details["rule"] = decided_by  # which entry of the table settled the category
    if rule is not None and rule is not rules.BY_CATEGORY.get(rule.category) and rule.fix_hint:
        details["fix_hint"] = rule.fix_hint  # a narrower rule of its category knows its own cure
    kind = rule.kind if rule else rules.UNKNOWN
    category = rule.category if rule else None
    where, head = frame_at(frame), _head(short_exc, block.message)
    if rule is not None and "told" in error.shapes:
        found = (
            f"A traceback{where} stops before its exception line"
            if block.frames
            else "No traceback or error line was found"
        )
        explanation = (
            f"{found}; line {details.get('told_line', error.start_line)} tells it in words "
            f'("{_short(details.get("told", ""), 200)}"): {block.message}, so {rule.because}.'
        )
    elif rule is not None:
        explanation = f"The error is {head}{where} because {rule.because}."
    elif "error_words" in error.shapes:
        span = (
            f"line {error.start_line} reports"
            if error.start_line == error.end_line
            else f"lines {error.start_line}-{error.end_line} report"
        )
        explanation = (
            f'No traceback was found; log {span} an error in words ("{_short(block.message, 200)}"), '
            "which do not say what caused it, so it is reported as unknown rather than guessed."
        )
    elif "failure_words" in error.shapes:
        explanation = (
            f'No traceback or error line was found; line {error.start_line} reports a failure in words ("'
            f'{_short(block.message, 200)}"), which does not say what caused it, so it is reported as unknown rather '
            "than guessed. The run's own output (its traceback or last lines) would let trainerd classify it."
        )
    elif cut_before_exception(short_exc, block.message):
        details.setdefault("note", "the traceback stops before its exception line")
        explanation = (
            f"A traceback{where} stops before its exception line (the log or the paste was cut), so trainerd "
            "cannot tell what failed; it is reported as unknown rather than guessed."
        )
    else:
        extra = f" ({details['note']})" if "note" in details else ""
        explanation = (
            f"The error is {head}{where}; trainerd is not sure what causes it{extra}, so it is reported as unknown "
            "rather than guessed."
        )
    if rule is None:
        details["looked_at"] = _looked_at(error)
    short_batch = _short_batch(block.message)
    if short_batch is not None:
        held, wanted = short_batch
        details["short_batch"] = {"held": held, "wanted": wanted}
        explanation += (
            f" The input holds exactly {held} item(s) of the shape the view gives the other dimensions, where its "
            f"first dimension asks for {wanted}: typically an epoch's last, smaller batch. Size the view from the "
            "tensor (x.size(0), or -1) or let the DataLoader drop the last batch (drop_last=True)."
        )
    if gathered is not None:
        explanation += (
            f' The text shows a run on several GPUs ("{_short(gathered, 60)}"): nn.DataParallel gathers the loss each '
            "GPU returned into a vector, so backward() is called on one value per GPU. Reduce it first (loss.mean()) "
            "or run on one GPU; if the loss is not a single number on one GPU either, the loss itself is at fault."
        )
    if kind == rules.LOGIC:
        explanation += (
            " Changing this would alter what the experiment measures: that is a logic change, not a runtime bug, "
            "so trainerd explains it and edits nothing."
        )
    fix = None  # a runtime error's fix (or why none is offered) is decided by triage.fixes.propose
    consequence = short_exc in CONSEQUENCE_TYPES or rules.is_consequence(rule, block.message)
    # the watchdog reporting this rank's own CUDA failure, not waiting on another rank
    if short_exc == "NCCLWatchdogError" and category in ("cuda_error", "cuda_oom"):
        consequence = False
    if "torchrun_root_cause" in error.shapes:
        consequence = kind == rules.UNKNOWN
    elif any(
        s in error.shapes for s in ("launcher_exit", "native_crash", "log_critical", "worker_died", "handled")
    ):
        consequence = True
    chain = [
        {
            "exception": b.exception,
            "message": _short(b.message, 300),
            "relation": b.relation,
            "line": b.exception_line,
        }
        for b in error.blocks
    ]
    rank = error.rank
    if rank is None:
        named = _MESSAGE_RANK.search(block.message)
        rank = int(named.group(1)) if named else None
    return Triage(
        kind=kind,
        category=category,
        exception=block.exception,
        message=block.message,
        frame=UserFrame(frame.file, frame.line, frame.function, frame.code) if frame else None,
        explanation=explanation,
        fix=fix,
        signature=signature(category, block.exception, block.message, frame),
        rank=rank,
        log_lines={"start": error.start_line, "end": error.end_line, "exception": block.exception_line},
        shapes=list(error.shapes),
        chain=chain,
        consequence=consequence,
        cpp_frames=sum(len(b.cpp_frames) for b in error.blocks),
        details=details,
    )


def _looked_at(error: ExtractedError) -> dict:
    """What an unknown answer was based on: the log lines and the exception lines read."""
    return {
        "lines": [error.start_line, error.end_line],
        "exceptions": [
            ": ".join(p for p in (b.exception, _short(b.message, 200)) if p) for b in error.blocks
        ],
        "frames": [f"{f.file}:{f.line}" for b in error.blocks for f in b.frames][-6:],
    }


_WORD = re.compile(r"\w")


def pick_root(results: list[Triage]) -> int | None:
    """Index of the root cause: the first observed failure, not simply the last error printed.

    torchrun's "Root Cause" names the rank that failed first: that rank's error wins. Otherwise the
    earliest error that is not an echo of another failure (watchdog timeouts, killed ranks), preferring
    ones the rules recognise.
    """
    if not results:
        return None
    failed_rank = next(
        (r.details.get("failed_rank") for r in results if "torchrun_root_cause" in r.shapes), None
    )
    order = sorted(range(len(results)), key=lambda i: results[i].log_lines.get("start", 0))
    # errors followed by a long stretch of normal output were survived (training went on): the crash
    # is the last cluster of errors
    cluster = [order[0]]
    for prev, i in zip(order, order[1:], strict=False):
        if results[i].log_lines.get("start", 0) - results[prev].log_lines.get("end", 0) > RECOVERED_GAP:
            cluster = []
        cluster.append(i)
    order = cluster

    # the same error told in words (a title, a sentence) and pasted with its frames: the frames' reading decides
    # (the source line there can rule a category out -- a module named by pickled data is no import to install)
    def said(r: Triage) -> tuple[str, str]:
        return r.exception.rsplit(".", 1)[-1], r.message.strip()

    framed = {said(r): r.category for r in results if r.frame is not None}
    told_again = {
        i
        for i in order
        if results[i].frame is None
        and framed.get(said(results[i]), results[i].category) != results[i].category
    }
    candidates = [
        i
        for i in order
        if not results[i].consequence
        and "torchrun_root_cause" not in results[i].shapes
        and i not in told_again
    ]
    if failed_rank is not None:
        same_rank = [i for i in candidates if results[i].rank == failed_rank]
        if same_rank:
            return same_rank[0]
        known_rc = [
            i
            for i in order
            if "torchrun_root_cause" in results[i].shapes and results[i].kind != rules.UNKNOWN
        ]
        if known_rc and not candidates:
            return known_rc[0]
    known = [i for i in candidates if results[i].kind != rules.UNKNOWN]
    # a category the table's phrases settled beats one read from evidence alone (evidence.py): the
    # re-raise of a worker's error carries the loader's frames, the worker's own error names the cause
    known = [i for i in known if not results[i].details.get("rule", "").startswith("evidence:")] or known
    # pip's frame around a package that did not build yields to an error the build itself printed (the build's
    # missing torch or numpy is the import to fix)
    known = [i for i in known if not _PIP_BUILD_FAILED.search(results[i].message)] or known
    # an issue's title naming one cause while the body's own error names another: the body shows what failed
    if len(known) > 1 and "title" in results[known[0]].shapes:
        title = results[known[0]]
        if any(results[i].category != title.category for i in known[1:]):
            known = known[1:]
    if known:
        return _framed(results, known, known[0])
    # nothing but unknowns: a process killed by SIGKILL (the out-of-memory killer) is the better answer
    killed = [
        i
        for i in order
        if results[i].category == "environment" and any(s in results[i].shapes for s in LAUNCHER_SHAPES)
    ]
    if killed:
        return killed[0]
    # echoes of a failure elsewhere that the rules recognise (a watchdog timeout, an NCCL error), not a launcher's
    # exit summary
    echoes = [
        i
        for i in order
        if results[i].kind != rules.UNKNOWN
        and not any(s in results[i].shapes for s in LAUNCHER_SHAPES)
        and results[i].exception.rsplit(".", 1)[-1] not in _LAUNCHER_TYPES
    ]
    if candidates:
        # unknown everywhere: a traceback cut before it said anything (no exception, no message) gives way to an
        # error that names itself; the same exception told in a title and pasted with its frames -- the frames' copy
        named = [i for i in candidates if not cut_before_exception(results[i].exception, results[i].message)]
        # (a message with no word in it says nothing: the lone quote an old DataLoader's re-raise leaves when the
        # worker's traceback inside it is read as an error of its own)
        named = [i for i in named if _WORD.search(results[i].message)] or named
        if not named and echoes:
            # NCCL's watchdog timing out on every rank, then a traceback cut before its exception line: the
            # timeouts are all the log says (the cut traceback lends its frame)
            same = [i for i in echoes if failed_rank is not None and results[i].rank == failed_rank]
            return (same or echoes)[0]
        first = (named or candidates)[0]
        if results[first].frame is None:
            # the cut traceback's frames right before the exception line (a paste's blank lines split them): the
            # same error, and where it happened
            start = results[first].log_lines.get("start", 0)
            before = [
                results[i].frame
                for i in candidates
                if i not in named and 0 < start - results[i].log_lines.get("end", 0) <= 6
            ]
            results[first].frame = before[-1] if before else None
        same = [i for i in candidates if results[i].exception == results[first].exception]
        return _framed(results, same, first)
    # only echoes: one the rules recognise says more than a launcher's exit summary; the rank that failed first
    # when the summary names it
    if echoes:
        same = [i for i in echoes if failed_rank is not None and results[i].rank == failed_rank]
        return (same or echoes)[0]
    # only echoes: torchrun's summary names the rank that failed first, a bare exit line does not
    summary = [i for i in order if "torchrun_root_cause" in results[i].shapes]
    return summary[0] if summary else _framed(results, order, order[0])


def _borrow_cut_frame(results: list[Triage], pick: int) -> None:
    """An error told in words (a title, a sentence, a library's own line) and its traceback pasted after it but
    cut before the exception line -- or, right after it, a traceback whose own words say nothing the rules read
    (an empty RuntimeError): that traceback's user frame is where the told error happened."""
    donor = _cut_frame_donor(results, pick)
    if donor is not None:
        results[pick].frame = donor.frame
        if results[pick].rank is None:
            results[pick].rank = donor.rank  # (the rank whose prefix the frames carry failed there)


def _cut_frame_donor(results: list[Triage], pick: int) -> Triage | None:
    """The traceback :func:`_borrow_cut_frame` takes ``pick``'s frame from, if any."""
    start = results[pick].log_lines.get("start", 0)
    known = results[pick].kind != rules.UNKNOWN  # an unknown answer borrows only from right after it
    for r in results:
        gap = r.log_lines.get("start", 0) - start
        if r.frame is not None and (
            (known and cut_before_exception(r.exception, r.message) and 0 <= gap <= 400)
            or (r.kind == rules.UNKNOWN and 0 < gap <= 20)
        ):
            return r
    return None


def _framed(results: list[Triage], pool: list[int], pick: int) -> int:
    """A message printed on its own (a CUDA assertion, a warning naming the cause) and the traceback
    of the same failure that follows it: the traceback, which names the user's frame, is the answer (or, with no
    frame of the user's in either, the one whose lines name the rank that printed it)."""
    if results[pick].frame is not None:
        return pick
    start = results[pick].log_lines.get("start", 0)
    near = [
        i
        for i in pool
        if i != pick
        and results[i].category == results[pick].category
        and 0 <= results[i].log_lines.get("start", 0) - start <= 400
    ]
    framed = next((i for i in near if results[i].frame is not None), None)
    if framed is not None:
        return framed
    if results[pick].rank is None and _cut_frame_donor(results, pick) is None:
        return next((i for i in near if results[i].rank is not None), pick)
    return pick


def shown_name(t: Triage, qualified: bool = False) -> str:
    """The exception's name as the user reads it (short, or as printed when ``qualified``); a traceback cut
    before its exception line and an error reported in words say so."""
    if cut_before_exception(t.exception, t.message):
        return "a traceback cut before its exception line"
    if "error_words" in t.shapes:
        return "an error reported in words"
    if "failure_words" in t.shapes:
        return "a failure reported in words, with no error line"
    if "told" in t.shapes:
        return "an error told in the writer's words"
    return t.exception if qualified else t.exception.rsplit(".", 1)[-1] or "error"


def classify_text(text: str) -> list[Triage]:
    """Extract and classify every error in ``text``; the root cause is marked ``root_cause``."""
    results = classify_windows([(1, text)])
    root = next((r for r in results if r.root_cause), None)
    if root is not None and (
        (
            root.kind == rules.UNKNOWN
            and not cut_before_exception(root.exception, root.message)
            # (a failure the writer reports with nothing printed: too little for a version statement to settle)
            and "failure_words" not in root.shapes
        )
        # a name the installed release of a package lacks: a reply pinning another release says the versions are
        # the cause, not a missing package
        or (root.category == "import_error" and root.message.startswith("cannot import name"))
    ):
        _read_what_follows(root, text)
    return results


# backward() on a loss that is not one number; under nn.DataParallel (Lightning's "dp") that is the loss each GPU
# returned, gathered into a vector: the launch on several GPUs, not the loss the user wrote, may be the cause (the
# field corpus: 2 such reports unknown, 1 fixed by running on one GPU; round 130)
_SCALAR_BACKWARD = "grad can be implicitly created only for scalar outputs"
_DATA_PARALLEL = re.compile(
    r"\bDataParallel\b|\bdata_parallel\.py\b|\bdp_accelerator\b|\bData[ _]parallel\b|"
    r"\b(?:accelerator|strategy|distributed_backend)\s*=\s*['\"]dp['\"]|"
    r"\b(?:several|multiple|multi-?|two|\d+)\s*GPUs\b|"
    # the same on a command line: --strategy dp, --gpus 2, --gpus 0,1
    r"--(?:accelerator|strategy|distributed_backend)[= ]['\"]?dp\b|--(?:gpus|n_?gpus?|num_gpus)[= ](?:[2-9]|[1-9]\d|\d+,\d)",
    re.I,
)


def _gathered_on_gpus(rule: rules.Rule | None, message: str, context: str) -> str | None:
    """For a non-scalar loss, the words in ``context`` that show a run through DataParallel on several GPUs."""
    if rule is None or rule.category != "loss" or _SCALAR_BACKWARD not in message:
        return None
    seen = _DATA_PARALLEL.search(context)
    return seen.group(0) if seen else None


def _read_what_follows(root: Triage, text: str) -> None:
    """An unknown root cause followed by a statement that a version change fixes it: the installed versions."""
    said = told.version_told(text, root.log_lines.get("end") or root.log_lines.get("start") or 0)
    if said is None:
        return
    rule = rules.BY_CATEGORY["environment"]
    where, head = frame_at(root.frame), _head(root.exception, root.message)
    root.kind, root.category = rule.kind, rule.category
    root.explanation = (
        f'The error is {head}{where}; the text after it puts it on the installed versions ("{said}"): the '
        "code and its libraries (or the libraries among themselves) are at releases that do not match."
    )
    root.details["rule"] = "told:version"
    root.details["told"] = said
    root.details.pop("looked_at", None)
    root.signature = signature(root.category, root.exception, root.message, root.frame)


def classify_windows(windows: Iterable[tuple[int, str]]) -> list[Triage]:
    """Like :func:`classify_text` over pieces of one log (``(first line number, text)``), as a long log
    is sampled; an error seen in two overlapping pieces counts once; the root cause is picked across all."""
    results: list[Triage] = []
    seen: set[tuple] = set()
    for first, text in windows:
        for error in extract(text):
            if first > 1:
                for block in error.blocks:
                    block.start_line += first - 1
                    block.end_line += first - 1
                    block.exception_line += first - 1 if block.exception_line else 0
            key = (error.start_line, error.rank, error.blocks[-1].exception, error.blocks[-1].message[:200])
            if key in seen:
                continue
            seen.add(key)
            results.append(classify_error(error, text))
    results.sort(key=lambda t: (t.log_lines.get("start", 0), t.rank if t.rank is not None else -1))
    root = pick_root(results)
    if root is not None:
        results[root].root_cause = True
        if results[root].frame is None:
            _borrow_cut_frame(results, root)
        if results[root].rank is None:
            _rank_from_the_agent(results, root)
    return results


def _rank_from_the_agent(results: list[Triage], root: int) -> None:
    """A traceback printed without a rank prefix, then the launcher saying one worker failed (torchelastic's agent:
    "failed (exitcode: 1) local_rank: 0"; srun: "task 0: Exited with exit code 13"): that worker printed it. Only
    when the log names no other rank and the launcher one failure, within a few lines after the error."""
    end = results[root].log_lines.get("end", 0)
    agents = [r for r in results if "launcher_exit" in r.shapes and r.details.get("failed_rank") is not None]
    ranked = {r.rank for r in results if r.rank is not None}
    if len(agents) == 1 and not ranked and 0 < agents[0].log_lines.get("start", 0) - end <= 3:
        results[root].rank = agents[0].details["failed_rank"]
