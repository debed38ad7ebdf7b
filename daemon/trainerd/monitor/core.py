"""The monitor of one run: log lines and structured files in, metric series and flags out.

Two ways to read a log: :meth:`Monitor.feed_text` parses every line (live output, a pasted text), and
:meth:`Monitor.catch_up` reads a long backlog fast (re-attach): every line is scanned, in C, for what
must never be missed (NaN/inf, validation loss, checkpoint saves, batch arithmetic, epochs), those lines
are parsed in full, and the steady train-metric lines in between are sampled at a stride that keeps
the cost per megabyte bounded (the first lines of a run are always read in full). Memory stays flat:
series keep their head, a decimated middle and their recent end.
"""

from __future__ import annotations

import math
import re
import time
from collections import deque
from pathlib import Path
from typing import Any, BinaryIO

import attrs

from trainerd.monitor import rules as R
from trainerd.monitor.parse import SEGMENTS, clean, parse_metrics
from trainerd.monitor.settings import MonitorSettings
from trainerd.monitor.sources import StructuredSources, recent_checkpoint

SAVE_LINE = re.compile(
    r"Saving model checkpoint to|[Ss]aving checkpoint (?:to|at)|[Cc]heckpoint saved|Saved checkpoint|"
    r"[Ss]aving model to|Model weights saved in|[Ss]aved model to|[Ss]aving model checkpoint"
)
HF_BATCH = re.compile(r"Instantaneous batch size per device\s*=\s*(\d+)")
HF_TOTAL = re.compile(r"Total train batch size \(w\. parallel, distributed & accumulation\)\s*=\s*(\d+)")
HF_ACCUM = re.compile(r"Gradient Accumulation steps\s*=\s*(\d+)")
# literals (in the lowered text) whose lines are always parsed in full during a catch-up; str.find
# over a lowered copy is far faster than any regex over the whole chunk
_RARE = ("nan", "inf", "val", "sav")  # NaN/inf, validation loss, checkpoint saves
_RARE_FP16 = ("overflow",)  # loss-scale overflows: only read when the run uses fp16
_RARE_CASED = ("Epoch ",)  # Keras' epoch header (every HF line has 'epoch'): only in a Keras log
# the metrics read into series, with eval_loss (a NaN among them is flagged at its step)
_SERIES_READ = ("loss", "grad_norm", "lr", "epoch")
_VALUES = {"nan", "inf"}  # only as a word: not in "info", "finance", "nano"
_SAMPLE = ("loss", "it/s", "s/it", "/step", "samples", "tok")  # a train-metric line
_FULL_LINES = 2000  # the start of a run is always read in full
_SERIES_CAP = 1000
SERIES = ("loss", "eval_loss", "grad_norm", "lr", "epoch")


@attrs.define
class MonitorResult:
    """What ``trainerd monitor`` prints: the flags, a summary, and the metrics read."""

    flags: list[R.Flag]
    summary: str
    lines_read: int
    sources: list[str]
    metrics: dict[str, int]
    last: dict[str, Any]


class Series:
    """A bounded metric series: the first points, a decimated middle, the recent end, every non-finite."""

    def __init__(self, cap: int = _SERIES_CAP) -> None:
        self.cap = cap
        self.count = 0
        self.stride = 1
        self.kept: list[tuple[int, float]] = []
        self.tail: deque[tuple[int, float]] = deque(maxlen=cap // 5)
        self.odd: list[tuple[int, float]] = []

    def add(self, step: int, value: float) -> None:
        self.count += 1
        point = (step, value)
        self.tail.append(point)
        if value != value or value in (math.inf, -math.inf):
            if len(self.odd) < 100:
                self.odd.append(point)
            return
        if self.count % self.stride == 0:
            self.kept.append(point)
            if len(self.kept) >= self.cap:
                self.kept = self.kept[:50] + self.kept[50::2]
                self.stride *= 2

    def points(self) -> list[tuple[int, float]]:
        merged = {s: v for s, v in self.kept}
        merged.update((s, v) for s, v in self.odd)
        merged.update((s, v) for s, v in self.tail)
        return sorted(merged.items())

    @property
    def last(self) -> tuple[int, float] | None:
        return self.tail[-1] if self.tail else None


def world_size(command: str, config_text: str) -> tuple[int, str] | None:
    """The process count the command line or config asks for (torchrun, accelerate, Lightning)."""
    patterns = (
        r"--nproc[_-]per[_-]node[= ](\d+)",
        r"--num[_-]processes[= ](\d+)",
        r"--num[_-]gpus[= ](\d+)",
        r"--gpus[= ](\d+)",
        r"\bdevices[= ](\d+)",
        r"^\s*num_processes\s*:\s*(\d+)",
    )
    for source, text in (("command", command), ("config", config_text)):
        for pattern in patterns:
            m = re.search(pattern, text, re.M)
            if m:
                return int(m.group(1)), source
    return None


class Monitor:
    """Incremental monitor of one run: feed it log text; poll its structured files; check the clock."""

    def __init__(
        self,
        settings: MonitorSettings | None = None,
        command: str | None = None,
        config_text: str | None = None,
        log_name: str = "output.log",
        start_time: float | None = None,
        output_dirs: list[Path] | None = None,
        since: float | None = None,
    ) -> None:
        self.settings = settings or MonitorSettings()
        self.command = command or ""
        self.config_text = config_text or ""
        self.log_name = log_name
        self.start_time = start_time if start_time is not None else time.time()
        self.output_dirs = [Path(d) for d in output_dirs or []]
        self.findings = R.Findings()
        self.rules = R.Rules(self.settings, self.findings, self.command, self.config_text)
        self.structured = StructuredSources(self.output_dirs, since=since) if self.output_dirs else None
        self._structured_rules: dict[str, R.Rules] = {}
        self._structured_series: dict[str, dict[str, Series]] = {}
        self.series: dict[str, Series] = {}
        self.rates: dict[str, Series] = {}
        self.summary_metrics: dict[str, float] = {}
        self.lineno = 0
        self.partial = ""
        self.last_output_time = self.start_time
        self.last_line: dict | None = None
        self.last_save: dict | None = None
        self.last_save_time: float | None = None
        self.elapsed_at_save = 0.0
        self.max_elapsed: tuple[float, dict] | None = None
        self.hf_batch: dict[str, tuple[int, dict]] = {}
        self._implicit = 0
        self._bar_step: int | None = None
        self._bar_total = 0
        self._epoch = 0
        self._keras_epoch = 1
        self._last_eval: float | None = None
        self._stride = 0  # bytes skipped between sampled metric lines during a catch-up
        self._literals: tuple[str, ...] | None = None  # what this log's metric lines contain
        self._head_sample = ""
        self._keras_seen = False
        self._pitfalls_checked = False
        self._clock = R.StepClock()  # steps/s from the timestamps of step lines (see R.StepClock)
        self._wall_rate = False  # the log has its own rate over the whole step loop

    @property
    def flags(self) -> list[R.Flag]:
        return self.findings.flags

    # --- live input ---------------------------------------------------------------------------
    def feed_text(self, chunk: str, now: float | None = None) -> list[R.Flag]:
        """Feed log text (any chunking); complete lines are read, a trailing partial one is kept."""
        before = len(self.flags)
        data = self.partial + chunk
        lines = data.split("\n")
        self.partial = lines.pop()
        stamp = now if now is not None else time.time()
        for line in lines:
            self._line(line, stamp)
        return self.flags[before:]

    def feed_line(self, raw: str, now: float | None = None) -> list[R.Flag]:
        """Read one complete line."""
        before = len(self.flags)
        self._line(raw, now if now is not None else time.time())
        return self.flags[before:]

    def flush(self) -> list[R.Flag]:
        """Read a last line that had no newline (the end of a finished log)."""
        if not self.partial:
            return []
        line, self.partial = self.partial, ""
        return self.feed_line(line)

    def _line(self, raw: str, stamp: float) -> None:
        self.lineno += 1
        self.last_output_time = stamp
        for segment in SEGMENTS.split(raw) if ("\r" in raw or "\x08" in raw) else (raw,):
            text = clean(segment)
            if text:
                cite = {"source": self.log_name, "line": self.lineno, "text": text[:300]}
                self.last_line = cite
                self._read(text, cite)

    # --- catch-up -----------------------------------------------------------------------------
    def catch_up(
        self, fh: BinaryIO, end: int | None = None, chunk_bytes: int = 1 << 20, stop: Any = None
    ) -> int:
        """Read ``fh`` from its position to ``end`` (or EOF) in bounded chunks; return the bytes read.

        A trailing partial line is kept for the next feed. ``stop`` (a ``threading.Event``) ends the
        read early between chunks.
        """
        total = 0
        while end is None or fh.tell() < end:
            if stop is not None and stop.is_set():
                break
            want = chunk_bytes if end is None else min(chunk_bytes, end - fh.tell())
            data = fh.read(want)
            if not data:
                break
            total += len(data)
            text = self.partial + data.decode("utf-8", errors="replace")
            cut = text.rfind("\n") + 1
            self.partial = text[cut:]
            if cut:
                self._bulk(text[:cut])
        return total

    def _bulk(self, text: str) -> None:
        if self.lineno < _FULL_LINES:  # the start of the run: every line
            cut = -1
            for _ in range(_FULL_LINES - self.lineno):
                cut = text.find("\n", cut + 1)
                if cut < 0:
                    break
            head, text = (text, "") if cut < 0 else (text[: cut + 1], text[cut + 1 :])
            self._head_sample = (self._head_sample + head[-65536:])[-65536:]
            stamp = self.last_output_time
            for line in head[:-1].split("\n"):
                self._line(line, stamp)
        if len(text) < 8192:
            stamp = self.last_output_time
            for line in text[:-1].split("\n") if text else ():
                self._line(line, stamp)
            return
        if not self._stride:
            mean = len(text) / max(1, text.count("\n"))
            self._stride = int(mean * 64)  # about one steady metric line in 64
        picks = set()
        n = len(text)
        low = text.lower()
        if len(low) != n:  # a character whose lower case is longer: positions would not match
            low = text
        rare = _RARE + (_RARE_FP16 if self.rules._fp16_where() else ())
        if self._literals is None:  # the format is known from the first lines: scan for what it prints
            head = self._head_sample.lower()
            self._literals = tuple(lit for lit in _SAMPLE if lit in head) or _SAMPLE
        for source, literals in ((low, rare), (text, _RARE_CASED if self._keras_seen else ())):
            for literal in literals:
                word = literal in _VALUES
                pos = source.find(literal)
                while pos >= 0:
                    if word and (source[pos - 1 : pos].isalpha() or source[pos + 3 : pos + 4].isalpha()):
                        pos = source.find(literal, pos + 3)
                        continue
                    start = text.rfind("\n", 0, pos) + 1
                    picks.add(start)
                    nl = text.find("\n", pos)
                    pos = source.find(literal, nl + 1) if nl >= 0 else -1
        pos, implicit_from = 0, 0
        ahead = {lit: low.find(lit) for lit in self._literals}  # the next occurrence of each literal
        while pos < n:
            for lit, at in ahead.items():
                if 0 <= at < pos:
                    ahead[lit] = low.find(lit, pos)
            found = [at for at in ahead.values() if at >= 0]
            if not found:
                break
            hit = min(found)
            start = text.rfind("\n", 0, hit) + 1
            picks.add(start)
            nl = text.find("\n", hit)
            pos = (nl if nl >= 0 else n) + 1 + self._stride
            pos = text.find("\n", pos) + 1 if pos < n else n
            if pos <= 0:
                break
        base = self.lineno
        last, counted = 0, 0
        stamp = self.last_output_time
        for start in sorted(picks):
            if self._bar_step is None and self._implicit:  # lines skipped count as implicit steps
                self._implicit += text.count("loss", implicit_from, start) - (1 if implicit_from else 0)
            counted += text.count("\n", last, start)
            last = start
            self.lineno = base + counted
            nl = text.find("\n", start)
            self._line(text[start:nl], stamp)
            implicit_from = start
        self.lineno = base + text.count("\n")
        tail = text[text.rfind("\n", 0, len(text) - 1) + 1 : -1]
        cleaned = clean(tail.rsplit("\r", 1)[-1]) or clean(tail)
        if cleaned:
            self.last_line = {"source": self.log_name, "line": self.lineno, "text": cleaned[:300]}

    # --- one line -----------------------------------------------------------------------------
    def _read(self, text: str, cite: dict) -> None:
        nan_value = False
        if ("aving" in text or "aved" in text or "heckpoint" in text) and SAVE_LINE.search(text):
            self.last_save = cite
            self.last_save_time = self.last_output_time
            self.elapsed_at_save = self.max_elapsed[0] if self.max_elapsed else 0.0
        if ("verflow" in text or "scale" in text or "skipping" in text or "OVERFLOW" in text) and (
            R.OVERFLOW_LINE.search(text)
        ):
            self.rules.check_loss_scale(text, cite)
            self.rules.check_fp16(cite)
        if (
            "nan" in text
            or "NaN" in text
            or "NAN" in text
            or "Nan" in text
            or "Inf" in text
            or " inf" in text
            or "finite" in text
            or "=inf" in text
            or ":inf" in text
        ):
            if R.NAN_WORDS.search(text):
                self.rules.check_nan_words(text, cite)
            else:
                # (after the parser: a metric it reads flags with its step)
                nan_value = R.NAN_VALUE.search(text) is not None
        if " = " in text and ("batch size" in text or "Accumulation" in text):
            for name, pattern in (("batch", HF_BATCH), ("total", HF_TOTAL), ("accum", HF_ACCUM)):
                m = pattern.search(text)
                if m:
                    self.hf_batch[name] = (int(m.group(1)), cite)
            if {"batch", "total"} <= set(self.hf_batch) and "accum" in self.hf_batch:
                R.batch_arithmetic_flag(self.rules, self.hf_batch, world_size(self.command, self.config_text))
        metrics: dict[str, Any] = parse_metrics(text)
        if nan_value and not any(
            isinstance(metrics.get(k), float) and not math.isfinite(metrics[k])
            for k in (*_SERIES_READ, "eval_loss")
        ):
            self.rules.check_nan_words(text, cite)
        if not metrics:
            return
        if "_epoch_of" in metrics:
            self._keras_epoch = metrics["_epoch_of"][0]
            return
        if "_summary" in metrics:  # HF's end-of-training line: averages, not a step's reading
            self.summary_metrics.update({k: v for k, v in metrics.items() if isinstance(v, float)})
            return
        if "_eval_bar" in metrics:
            return
        bar = metrics.get("_bar")
        if bar is not None and bar[1] < self._bar_total:  # a second, smaller bar (HF's evaluation loop)
            return
        elapsed = metrics.get("_elapsed")
        if isinstance(elapsed, float) and (self.max_elapsed is None or elapsed > self.max_elapsed[0]):
            self.max_elapsed = (elapsed, cite)
        step = self._step(metrics)
        logged = metrics.get("_logged_at")
        if not self._wall_rate and any(k.startswith("rate:") for k in metrics):
            # a rate over the whole step loop (a progress bar, ms/iter): better than the timestamps
            self._wall_rate = "_step_only" not in metrics
        if logged is not None and not self._wall_rate:
            rate = self._clock.add(step, *logged)
            if rate is not None:
                metrics[f"rate:{R.CLOCK_UNIT}"] = rate
        other = {k: v for k, v in metrics.items() if isinstance(v, float)}
        for metric in _SERIES_READ:
            value = metrics.get(metric)
            if isinstance(value, float | int):
                self._add(metric, step, float(value), cite, other)
        value = metrics.get("eval_loss")
        if isinstance(value, float | int) and (value != self._last_eval or value != value):
            self._last_eval = float(value)
            self._add("eval_loss", step, float(value), cite, other)
        for key, value in metrics.items():
            if key.startswith("rate:") and isinstance(value, float) and math.isfinite(value):
                series = self.rates.get(key[5:])
                if series is None:
                    series = self.rates[key[5:]] = Series()
                series.add(step, value)
                self.rules.add(key, R.Point(step, value, cite))

    def _step(self, metrics: dict) -> int:
        explicit = metrics.get("step")
        if isinstance(explicit, float | int) and math.isfinite(explicit):
            self._bar_step = None if self._bar_step is None else self._bar_step
            return int(explicit)
        bar = metrics.get("_bar")
        if bar is not None:
            n, total, _prefix = bar
            epoch = metrics.get("epoch")
            if isinstance(epoch, float) and total and "_keras" not in metrics:
                n = int(epoch) * total + n  # Lightning: each epoch's bar starts at 0
            if total >= self._bar_total or self._bar_step is None:
                self._bar_total = max(total, self._bar_total)
                self._bar_step = n
            return self._bar_step
        keras = metrics.get("_keras")
        if keras is not None:
            self._keras_seen = True
            n, total = keras
            self._bar_step = (self._keras_epoch - 1) * total + n
            return self._bar_step
        if self._bar_step is not None:
            return self._bar_step + 1  # HF prints a step's log line before its bar moves
        if "loss" in metrics or "grad_norm" in metrics:
            self._implicit += 1
        return self._implicit

    def _add(self, metric: str, step: int, value: float, cite: dict, other: dict) -> None:
        series = self.series.get(metric)
        if series is None:
            series = self.series[metric] = Series()
        series.add(step, value)
        if metric != "epoch":
            self.rules.add(metric, R.Point(step, value, cite), other)

    # --- structured sources -------------------------------------------------------------------
    def poll_structured(self) -> list[R.Flag]:
        """Read what is new in the run's structured files (see :mod:`.sources`)."""
        before = len(self.flags)
        if self.structured is None:
            return []
        for source, readings in self.structured.poll():
            rules = self._structured_rules.get(source)
            if rules is None:
                rules = self._structured_rules[source] = R.Rules(
                    self.settings, self.findings, self.command, self.config_text
                )
            series = self._structured_series.setdefault(source, {})
            for metric, point, other in readings:
                series.setdefault(metric, Series()).add(point.step, point.value)
                if metric != "epoch":
                    rules.add(metric, point, other)
        return self.flags[before:]

    def add_structured(self, directory: Path, since: float | None = None) -> list[R.Flag]:
        """Read the structured files under ``directory`` (written at or after ``since``)."""
        if self.structured is None:
            self.structured = StructuredSources([Path(directory)], since=since)
        elif Path(directory) not in self.structured.directories:
            self.structured.directories.append(Path(directory))
        return self.poll_structured()

    @property
    def sources(self) -> list[str]:
        return list(self._structured_rules)

    # --- the clock ----------------------------------------------------------------------------
    def check_pitfalls(self) -> list[R.Flag]:
        """Pitfalls the command line / config show on their own (multi-GPU LR scaling)."""
        before = len(self.flags)
        R.pitfall_flags(self.rules, world_size(self.command, self.config_text))
        return self.flags[before:]

    def check_time(self, now: float | None = None, running: bool = True) -> list[R.Flag]:
        """Silence (a hang) and overdue checkpoints, against the wall clock (live sessions)."""
        now = now if now is not None else time.time()
        before = len(self.flags)
        silent = now - self.last_output_time
        limit = self.settings.silence_seconds
        if running and silent > limit:
            last = self.last_line or {"source": self.log_name, "line": None, "text": "(nothing written yet)"}
            self.findings.report(
                R.Flag(
                    "silence",
                    "warning",
                    f"No output for {R.duration(silent)} (limit {R.duration(limit)}) while the run is alive: it may "
                    "be hung (a stuck collective, a dead DataLoader worker, a deadlock). The last line read is cited.",
                    [last],
                    details={"silent_seconds": silent},
                    key=f"silence:{last.get('line')}",
                )
            )
        since = self.last_save_time or self.start_time
        if running and now - since > self.settings.checkpoint_interval_seconds:
            self._no_checkpoint(now - since, self.last_line, now)
        return self.flags[before:]

    def _no_checkpoint(self, seconds: float, cite: dict | None, now: float | None) -> None:
        if self.findings.keys.__contains__("no_checkpoint"):
            return
        if now is not None and self.output_dirs and recent_checkpoint(self.output_dirs, now - seconds):
            return
        last = self.last_save
        prior = f" (the last save line is log line {last['line']})" if last and last.get("line") else ""
        limit = self.settings.checkpoint_interval_seconds
        self.findings.report(
            R.Flag(
                "no_checkpoint",
                "warning",
                f"No checkpoint written in {R.duration(seconds)} of training (limit {R.duration(limit)}){prior}: a "
                "crash now would lose it all. Check the save interval (save_steps / every_n_train_steps / your "
                "save call).",
                [c for c in (cite, last) if c],
                details={"seconds": seconds},
                key="no_checkpoint",
            )
        )

    def finish_offline(self) -> list[R.Flag]:
        """Checks for a log read after the fact: checkpoints against the elapsed time its bars printed."""
        before = len(self.flags)
        self.flush()
        self.check_pitfalls()
        if self.max_elapsed is not None:
            elapsed, cite = self.max_elapsed
            since = elapsed - self.elapsed_at_save
            if since > self.settings.checkpoint_interval_seconds:
                self._no_checkpoint(since, cite, None)
        return self.flags[before:]

    # --- results ------------------------------------------------------------------------------
    def series_points(self) -> dict[str, list[tuple[int, float]]]:
        """Every tracked series (the log's first; a structured file's where the log has none)."""
        out = {name: s.points() for name, s in self.series.items() if s.count}
        for per_source in self._structured_series.values():
            for name, s in per_source.items():
                if name not in out and s.count:
                    out[name] = s.points()
        if self.rates:
            unit, s = max(self.rates.items(), key=lambda kv: kv[1].count)
            out["throughput"] = s.points()
            out["_throughput_unit"] = unit  # type: ignore[assignment]
        return out

    def result(self) -> MonitorResult:
        counts = {k: s.count for k, s in self.series.items()}
        counts.update({f"throughput:{k}": s.count for k, s in self.rates.items()})
        last: dict[str, Any] = {}
        for name, s in self.series.items():
            if s.last is not None:
                last[name] = {"step": s.last[0], "value": s.last[1]}
        for unit, s in self.rates.items():
            if s.last is not None:
                last[f"throughput:{unit}"] = {"step": s.last[0], "value": s.last[1]}
        n = len(self.flags)
        sources = self.sources
        summary = (
            f"{n} flag{'s' if n != 1 else ''} from {self.lineno} log lines"
            + (f" and {len(sources)} structured source{'s' if len(sources) != 1 else ''}" if sources else "")
            + (": " + ", ".join(sorted({f.kind for f in self.flags})) if self.flags else ".")
        )
        return MonitorResult(
            flags=list(self.flags),
            summary=summary,
            lines_read=self.lineno,
            sources=[self.log_name, *sources],
            metrics=counts,
            last=last,
        )
