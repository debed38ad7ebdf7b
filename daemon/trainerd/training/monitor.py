"""The training monitor: metrics from structured sources and log lines, and the flags an engineer would raise.

Sources, structured first: HF ``trainer_state.json`` (``log_history``), Lightning ``metrics.csv``,
TensorBoard event files (tensorboard's own ``EventAccumulator``); then the log itself: HF dict lines
(bare ``nan``/``inf`` included), tqdm rates (``it/s``, ``s/it``, ``k``/``M``, ``?it/s``), Lightning
bars, ``key: value`` / ``key=value`` lines, mmengine and Megatron lines, with ANSI codes, ``\\r``
updates and ``[rankN]:`` prefixes taken off.

Flags: NaN/inf in loss or grad_norm (the first 100 steps called out; HF's ``logging_nan_inf_filter``
case), a loss plateau, an early spike that never recovers (warmup), a throughput drop, silence (a hang),
no checkpoint after the expected interval, and the pitfalls the command line, config or log show
(fp16 vs bf16, multi-GPU batch/LR scaling, gradient-accumulation arithmetic). Every flag cites what it
read: log lines (number and text) or the structured file and entry.
"""

from __future__ import annotations

import csv
import functools
import json
import math
import os
import re
import statistics
import time
from pathlib import Path
from typing import Any

import attrs

from trainerd.settings import MonitorSettings

ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
RANK = re.compile(r"^\[(?:rank|default|Rank )?\d+\]:[ ]?")
NUM = r"(?:[-+]?(?:nan|inf(?:inity)?)|[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|[-+]?\.\d+(?:[eE][-+]?\d+)?)"
DICT_PAIR = re.compile(r"['\"]([\w/.-]+)['\"]\s*:\s*(?:tensor\()?(" + NUM + r")", re.I)
KV_PAIR = re.compile(
    r"(?<![\w/.])([A-Za-z_][\w./-]*(?:[ ][A-Za-z_][\w./-]*){0,5}(?:\s*\([\w/ ]+\))?)\s*(?::|=)\s*("
    + NUM
    + r")(?![\w.])",
    re.I,
)
WORD_PAIR = re.compile(
    r"\b(step|iter|iteration|global_step|loss|lr|grad_norm)\s+(" + NUM + r")(?![\w.])", re.I
)
TQDM = re.compile(
    r"(\d+)/(\d+)\s*\[(?P<elapsed>[\d:]+)<(?P<left>[\d:?]+),\s*(?P<rate>[\d.]+|\?)\s*(?P<mult>[kM]?)(?P<unit>it/s|s/it)"
)
MMENGINE_STEP = re.compile(r"Epoch\(train\)\s*\[(\d+)\]\s*\[\s*(\d+)\s*/\s*(\d+)\]")
MEGATRON_STEP = re.compile(r"\biteration\s+(\d+)\s*/\s*(\d+)\s*\|")
CHECKPOINT_LINE = re.compile(
    r"Saving model checkpoint to|Saving checkpoint|[Cc]heckpoint saved|Saved checkpoint|saving model to|"
    r"Model weights saved in|save_checkpoint|saving checkpoint|Saving model to|checkpoint-\d+",
)
OVERFLOW_LINE = re.compile(
    r"Gradient overflow|reducing loss scale|loss scale(?:r)? .*reduc|OVERFLOW!|skipping step", re.I
)
HF_BATCH = re.compile(r"Instantaneous batch size per device\s*=\s*(\d+)")
HF_TOTAL = re.compile(r"Total train batch size \(w\. parallel, distributed & accumulation\)\s*=\s*(\d+)")
HF_ACCUM = re.compile(r"Gradient Accumulation steps\s*=\s*(\d+)")
EVAL_LINE = re.compile(r"valid|eval|test|predict", re.I)

LOSS_KEYS = (
    "loss",
    "train_loss",
    "train/loss",
    "lm_loss",
    "total_loss",
    "training_loss",
    "train_loss_step",
    "loss_total",
    "train/loss_step",
)
GRAD_KEYS = ("grad_norm", "gnorm", "train/grad_norm", "gradient_norm", "grad_norm_total")
STEP_KEYS = ("step", "global_step", "iteration", "iter", "train/global_step")
LR_KEYS = ("learning_rate", "lr", "train/learning_rate")
RATE_KEYS = {  # key -> (unit, multiplier to get "per second")
    "samples/sec": ("samples/s", 1.0),
    "samples_per_second": ("samples/s", 1.0),
    "train_samples_per_second": ("samples/s", 1.0),
    "tokens/s": ("tokens/s", 1.0),
    "tokens_per_second": ("tokens/s", 1.0),
    "tokens_per_sec": ("tokens/s", 1.0),
    "tok/s": ("tokens/s", 1.0),
    "it/s": ("it/s", 1.0),
    "steps_per_second": ("it/s", 1.0),
}
FIRST_STEPS = 100
_KEEP = 2000  # points kept from the start and from the recent end of each series
_SPIKE_HORIZON = 2000  # an "early" spike is judged within this many loss readings


@attrs.define
class Flag:
    kind: str
    severity: str  # error | warning | info
    message: str
    cites: list[dict]
    step: int | None = None
    details: dict = attrs.Factory(dict)


@attrs.define
class Point:
    step: int
    value: float
    cite: dict


@attrs.define
class MonitorResult:
    flags: list[Flag]
    summary: str
    lines_read: int
    sources: list[str]
    metrics: dict[str, int]
    last: dict[str, Any]


@functools.lru_cache(maxsize=1024)
def _norm_key(key: str) -> str:
    key = key.strip().lower()
    key = re.sub(r"\s*\((\w+)\)", r"_\1", key)
    return re.sub(r"[\s-]+", "_", key)


def _num(text: str) -> float:
    t = text.lower()
    if t.lstrip("+-") in ("inf", "infinity"):
        return -math.inf if t.startswith("-") else math.inf
    return float(t)


def parse_metrics(text: str) -> dict[str, float]:
    """The metrics one cleaned log line carries (normalised keys; throughput as ``rate:<unit>``)."""
    out: dict[str, float] = {}
    if "{" in text and ("loss" in text or "grad_norm" in text):
        for key, value in DICT_PAIR.findall(text):
            out.setdefault(_norm_key(key), _num(value))
    if not out:
        if ":" in text or "=" in text:
            for key, value in KV_PAIR.findall(text):
                out.setdefault(_norm_key(key), _num(value))
        for key, value in WORD_PAIR.findall(text):
            out.setdefault(_norm_key(key), _num(value))
    m = MMENGINE_STEP.search(text) if "Epoch(train)" in text else None
    if m:
        epoch, n, total = (int(g) for g in m.groups())
        out["step"] = (epoch - 1) * total + n
        if "time" in out and out["time"] > 0:
            out["rate:it/s"] = 1.0 / out["time"]
    m = MEGATRON_STEP.search(text) if "iteration" in text else None
    if m:
        out["step"] = int(m.group(1))
        ms = out.get("elapsed_time_per_iteration_ms")
        if ms:
            out["rate:it/s"] = 1000.0 / ms
    m = TQDM.search(text) if "/it" in text or "it/" in text else None
    if m and not EVAL_LINE.search(text[: m.start()]):
        out.setdefault("step", int(m.group(1)))
        out["tqdm_elapsed"] = _seconds(m["elapsed"])
        if m["rate"] != "?":
            rate = float(m["rate"]) * {"": 1, "k": 1e3, "M": 1e6}[m["mult"]]
            if rate > 0:
                out["rate:it/s"] = rate if m["unit"] == "it/s" else 1.0 / rate
    for key, (unit, mult) in RATE_KEYS.items():
        if key in out:
            out[f"rate:{unit}"] = out[key] * mult
    return out


def _seconds(clock: str) -> float:
    parts = [int(p) for p in clock.split(":") if p.isdigit()]
    total = 0
    for p in parts:
        total = total * 60 + p
    return float(total)


def _first(metrics: dict[str, float], keys: tuple[str, ...]) -> float | None:
    for key in keys:
        if key in metrics:
            return metrics[key]
    for key, value in metrics.items():  # e.g. "lm_loss", "loss_cls" when no plain "loss"
        if (
            keys is LOSS_KEYS
            and key.endswith("loss")
            and not key.startswith(("eval", "val", "test"))
            and "scale" not in key
        ):
            return value
    return None


def _setting(command: str | None, config: str | None, patterns: tuple[str, ...]) -> tuple[int, str] | None:
    for source, text in (("command", command or ""), ("config", config or "")):
        for pattern in patterns:
            m = re.search(pattern, text)
            if m:
                return int(m.group(1)), source
    return None


class Monitor:
    """Incremental monitor: feed it log text as it arrives; call :meth:`check_time` now and then."""

    def __init__(
        self,
        settings: MonitorSettings | None = None,
        command: str | None = None,
        config_text: str | None = None,
        log_name: str = "output.log",
        start_time: float | None = None,
        cwd: Path | None = None,
    ) -> None:
        self.settings = settings or MonitorSettings()
        self.command = command or ""
        self.config_text = config_text or ""
        self.log_name = log_name
        self.cwd = cwd
        self.start_time = start_time if start_time is not None else time.time()
        self.flags: list[Flag] = []
        self.lineno = 0
        self.partial = ""
        self.series: dict[str, list[Point]] = {"loss": [], "grad_norm": []}
        self.finite_loss: list[Point] = []
        self.counts: dict[str, int] = {}
        self.rates: dict[str, list[Point]] = {}
        self.sources: list[str] = []
        self.last_output_time = self.start_time
        self.last_line: dict | None = None
        self.last_checkpoint: dict | None = None
        self.last_checkpoint_time: float | None = None
        self.max_elapsed: tuple[float, dict] | None = None
        self.elapsed_at_checkpoint: float | None = None
        self.overflow_lines: list[dict] = []
        self.hf_batch: dict[str, tuple[int, dict]] = {}
        self._armed: dict[str, bool] = {}
        self._implicit_step = 0
        self._structured_kinds: set[str] = set()

    # --- input -------------------------------------------------------------------------------------
    def feed_text(self, chunk: str, now: float | None = None) -> list[Flag]:
        """Feed raw log text (any chunking); complete lines are parsed, a trailing partial one is kept."""
        data = self.partial + chunk
        lines = data.split("\n")
        self.partial = lines.pop()
        new: list[Flag] = []
        for line in lines:
            new += self.feed_line(line, now=now)
        return new

    def flush(self) -> list[Flag]:
        """Parse a last line that had no newline (end of a finished log)."""
        if not self.partial:
            return []
        line, self.partial = self.partial, ""
        return self.feed_line(line)

    def feed_line(self, raw: str, now: float | None = None) -> list[Flag]:
        self.lineno += 1
        self.last_output_time = now if now is not None else time.time()
        before = len(self.flags)
        for segment in raw.split("\r"):
            if "\x1b" in segment:
                segment = ANSI.sub("", segment)
            if segment.startswith("["):
                segment = RANK.sub("", segment)
            text = segment.strip()
            if not text:
                continue
            cite = {"source": self.log_name, "line": self.lineno, "text": text[:300]}
            self.last_line = cite
            self._read_line(text, cite)
        return self.flags[before:]

    def _read_line(self, text: str, cite: dict) -> None:
        if CHECKPOINT_LINE.search(text):
            self.last_checkpoint = cite
            self.last_checkpoint_time = self.last_output_time
            self.elapsed_at_checkpoint = self.max_elapsed[0] if self.max_elapsed else 0.0
        if OVERFLOW_LINE.search(text):
            self.overflow_lines.append(cite)
            self._check_fp16(cite)
        for name, pattern in (("batch", HF_BATCH), ("total", HF_TOTAL), ("accum", HF_ACCUM)):
            if " = " not in text:
                break
            m = pattern.search(text)
            if m:
                self.hf_batch[name] = (int(m.group(1)), cite)
                if {"batch", "total", "accum"} <= set(self.hf_batch):
                    self._check_batch_arithmetic()
        metrics = parse_metrics(text)
        if not metrics:
            return
        elapsed = metrics.get("tqdm_elapsed")
        if elapsed is not None and (self.max_elapsed is None or elapsed > self.max_elapsed[0]):
            self.max_elapsed = (elapsed, cite)
        loss = _first(metrics, LOSS_KEYS)
        grad = _first(metrics, GRAD_KEYS)
        explicit = _first(metrics, STEP_KEYS)
        if loss is not None or grad is not None:
            self._implicit_step += 1
        step = int(explicit) if explicit is not None and math.isfinite(explicit) else self._implicit_step
        if loss is not None:
            self._add("loss", Point(step, loss, cite), grad_value=grad)
        if grad is not None:
            self._add("grad_norm", Point(step, grad, cite), loss_value=loss)
        for key, value in metrics.items():
            if key.startswith("rate:") and math.isfinite(value):
                rates = self.rates.setdefault(key[5:], [])
                rates.append(Point(step, value, cite))
                self.counts[key] = self.counts.get(key, 0) + 1
                if len(rates) > 400:
                    del rates[100:-100]  # the baseline is read from the start, the current rate from the end
                self._check_throughput(key[5:])

    def add_structured(self, directory: Path) -> list[Flag]:
        """Read HF trainer_state.json, Lightning metrics.csv and TensorBoard events under ``directory``."""
        before = len(self.flags)
        for reader in (_read_trainer_state, _read_metrics_csv, _read_tensorboard):
            for source, points in reader(Path(directory)):
                if source not in self.sources:
                    self.sources.append(source)
                sub = Monitor(self.settings, self.command, self.config_text, log_name=source)
                for metric, point, other in points:
                    sub._add(
                        metric,
                        point,
                        **({"grad_value": other} if metric == "loss" else {"loss_value": other}),
                    )
                for flag in sub.flags:
                    if flag.kind not in self._structured_kinds:
                        self._structured_kinds.add(flag.kind)
                        self.flags.append(flag)
                if any(p for _, p, _ in points) and source.endswith("trainer_state.json"):
                    self.last_checkpoint = self.last_checkpoint or {
                        "source": source,
                        "line": None,
                        "text": "checkpoint",
                    }
        return self.flags[before:]

    # --- checks ------------------------------------------------------------------------------------
    def _flag(self, flag: Flag) -> None:
        if (
            flag.kind in self._structured_kinds
            and flag.cites
            and flag.cites[0].get("source") == self.log_name
        ):
            return  # a structured source already reported it
        self.flags.append(flag)

    def _once(self, key: str) -> bool:
        if self._armed.get(key) is False:
            return False
        self._armed[key] = False
        return True

    def _add(
        self, metric: str, point: Point, grad_value: float | None = None, loss_value: float | None = None
    ) -> None:
        series = self.series.setdefault(metric, [])
        series.append(point)
        self.counts[metric] = self.counts.get(metric, 0) + 1
        if len(series) > 2 * _KEEP:
            del series[_KEEP:-_KEEP]  # the start (spike check) and the recent past (plateau) are what is read
        if not math.isfinite(point.value):
            self._check_nan(metric, point, grad_value if metric == "loss" else loss_value)
        elif metric == "loss":
            self.finite_loss.append(point)
            if len(self.finite_loss) > 2 * _KEEP:
                del self.finite_loss[_KEEP:-_KEEP]
            if self.counts["loss"] % max(1, self.settings.plateau_window // 10) == 0:
                self._check_plateau()  # a plateau builds up slowly: every few readings is enough
            if self.counts["loss"] <= _SPIKE_HORIZON and self.counts["loss"] % 5 == 0:
                self._check_spike()

    def _fp16(self) -> str | None:
        """Where fp16 mixed precision is switched on: "command", "config" or None."""
        pattern = re.compile(
            r"--fp16\b(?!\s*(?:=\s*)?(?:false|False|0)\b)|mixed_precision[= ]+['\"]?fp16|precision[= ]+['\"]?16|"
            r"['\"]?16-mixed|^\s*fp16\s*:\s*(?:true|True)",
            re.M,
        )
        if pattern.search(self.command):
            return "command"
        if pattern.search(self.config_text):
            return "config"
        return None

    def _check_nan(self, metric: str, point: Point, other: float | None) -> None:
        if not self._once(f"nan:{metric}"):
            return
        what = "NaN" if math.isnan(point.value) else "infinite"
        early = point.step <= FIRST_STEPS
        msg = f"{metric} is {what} at step {point.step}"
        if early:
            msg += f", within the first {FIRST_STEPS} steps (typical of fp16 overflow, a learning rate too high or no warmup)"
        msg += "."
        if metric == "grad_norm" and other is not None and math.isfinite(other):
            msg += (
                f" The loss on the same line looks finite ({other:g}): HF Trainer's logging_nan_inf_filter (on by "
                "default) replaces NaN/inf losses by the running average, so the logged loss can hide it."
            )
        self._flag(
            Flag("nan_inf", "error", msg, [point.cite], point.step, {"metric": metric, "first_steps": early})
        )
        self._check_fp16(point.cite)

    def _check_fp16(self, cite: dict) -> None:
        where = self._fp16()
        if where is None or not self._once("pitfall:fp16"):
            return
        shown = (
            self.command
            if where == "command"
            else next(
                (ln.strip() for ln in self.config_text.splitlines() if "fp16" in ln or "16" in ln), "fp16"
            )
        )
        self._flag(
            Flag(
                "pitfall_fp16",
                "warning",
                "fp16 mixed precision is on (from the command/config) and the log shows "
                + (
                    "NaN/inf values"
                    if not OVERFLOW_LINE.search(cite.get("text", ""))
                    else "loss-scale overflows"
                )
                + ". bf16 keeps fp32's range and is more stable for most training, if the GPU supports it.",
                [cite, {"source": where, "line": None, "text": shown[:300]}],
            )
        )

    def _check_plateau(self) -> None:
        window = self.settings.plateau_window
        points = self.finite_loss
        if window < 4 or len(points) < window:
            return
        recent = points[-window:]
        half = window // 2
        m1 = sum(p.value for p in recent[:half]) / half
        m2 = sum(p.value for p in recent[half:]) / (window - half)
        change = abs(m1 - m2) / max(abs(m1), 1e-12)
        if change > 5 * self.settings.plateau_tolerance:
            self._armed["plateau"] = True  # moving again: a later plateau is news
        if change >= self.settings.plateau_tolerance or abs(m2) < 1e-3 or not self._once("plateau"):
            return
        steps = recent[-1].step - recent[0].step
        self._flag(
            Flag(
                "plateau",
                "warning",
                f"Loss hasn't moved in {steps} steps ({m1:.4g} -> {m2:.4g}, steps {recent[0].step}-{recent[-1].step}). "
                "Common causes: learning rate too low, data not shuffled, or a loss computation bug.",
                [recent[0].cite, recent[-1].cite],
                recent[-1].step,
                {"window": window, "relative_change": change},
            )
        )

    def _check_spike(self) -> None:
        points = self.finite_loss
        if len(points) < 30 or self._armed.get("spike") is False:
            return
        start = statistics.median(p.value for p in points[:3])
        early = [
            p for p in points[: max(10, len(points) // 5)] if p.step <= max(FIRST_STEPS, points[2].step * 10)
        ]
        if start <= 0 or not early:
            return
        peak = max(early, key=lambda p: p.value)
        after = points[points.index(peak) + 1 :]
        if peak.value < 1.5 * start or len(after) < 20 or min(p.value for p in after) <= start:
            return
        self._once("spike")
        warmup = re.search(r"warmup", f"{self.command}\n{self.config_text}", re.I)
        note = " The command/config mention warmup; check it is long enough." if warmup else ""
        self._flag(
            Flag(
                "spike_no_recovery",
                "warning",
                f"Loss spiked early (step {peak.step}: {start:.4g} -> {peak.value:.4g}) and has not come back below "
                f"its starting value in the {len(after)} readings since (now {after[-1].value:.4g}). "
                f"If loss spikes at the start and never recovers, try LR warmup (100-1000 steps).{note}",
                [points[0].cite, peak.cite, after[-1].cite],
                peak.step,
            )
        )

    def _check_throughput(self, unit: str) -> None:
        points = self.rates[unit]
        if len(points) < 10:
            return
        baseline = statistics.median(p.value for p in points[2:12])
        current = statistics.median(p.value for p in points[-5:])
        key = f"throughput:{unit}"
        if current >= (1 + self.settings.throughput_drop_ratio) / 2 * baseline:
            self._armed[key] = True
        if (
            len(points) < 17
            or current >= self.settings.throughput_drop_ratio * baseline
            or not self._once(key)
        ):
            return
        drop = 100 * (1 - current / baseline)
        self._flag(
            Flag(
                "throughput_drop",
                "warning",
                f"Throughput dropped from {baseline:.3g} to {current:.3g} {unit} ({drop:.0f}% lower). Check DataLoader "
                "num_workers and pin_memory, disk/network I/O, and whether another process shares the GPU.",
                [points[2].cite, points[-1].cite],
                points[-1].step,
                {"unit": unit, "baseline": baseline, "current": current},
            )
        )

    def _check_batch_arithmetic(self) -> None:
        total, cite_t = self.hf_batch["total"]
        batch, cite_b = self.hf_batch.get("batch", (None, None))
        accum, cite_a = self.hf_batch.get("accum", (1, None))
        world = self._world_size()
        cites = [c for c in (cite_b, cite_a, cite_t) if c]
        if batch is None:
            return
        if world is not None and batch * accum * world[0] != total and self._once("pitfall:grad_accum"):
            self._flag(
                Flag(
                    "pitfall_grad_accum",
                    "warning",
                    f"Effective batch arithmetic does not add up: {batch} per device x {accum} accumulation x "
                    f"{world[0]} processes = {batch * accum * world[0]}, but the log says the total train batch is "
                    f"{total}. Check the process count and accumulation the run really uses.",
                    cites + [{"source": world[1], "line": None, "text": self.command[:300]}],
                )
            )
        elif accum > 1 and self._once("pitfall:grad_accum"):
            self._flag(
                Flag(
                    "pitfall_grad_accum",
                    "info",
                    f"Effective batch = batch_size x accumulation_steps x num_gpus = {batch} x {accum} x "
                    f"{total // max(batch * accum, 1)} = {total}. Make sure the learning rate accounts for it.",
                    cites,
                )
            )

    def _world_size(self) -> tuple[int, str] | None:
        return _setting(
            self.command,
            self.config_text,
            (
                r"--nproc[_-]per[_-]node[= ](\d+)",
                r"--num[_-]processes[= ](\d+)",
                r"--num[_-]gpus[= ](\d+)",
                r"--gpus[= ](\d+)",
                r"\bdevices[= ](\d+)",
                r"^\s*num_processes\s*:\s*(\d+)",
            ),
        )

    def check_pitfalls(self) -> list[Flag]:
        """Pitfalls visible in the command line / config alone (multi-GPU scaling)."""
        before = len(self.flags)
        world = self._world_size()
        if world and world[0] > 1 and self._once("pitfall:multi_gpu"):
            self._flag(
                Flag(
                    "pitfall_multi_gpu",
                    "info",
                    f"{world[0]} processes: the effective batch is {world[0]}x the per-device batch. If the learning "
                    f"rate was tuned for one GPU it may need scaling (linearly, or by sqrt({world[0]})).",
                    [
                        {
                            "source": world[1],
                            "line": None,
                            "text": (self.command if world[1] == "command" else "config")[:300],
                        }
                    ],
                )
            )
        return self.flags[before:]

    def check_time(self, now: float | None = None, running: bool = True) -> list[Flag]:
        """Silence (a hang) and overdue checkpoints, against the wall clock (live sessions)."""
        now = now if now is not None else time.time()
        before = len(self.flags)
        silent = now - self.last_output_time
        if running and silent > self.settings.silence_seconds:
            if self._once("silence"):
                last = self.last_line or {
                    "source": self.log_name,
                    "line": None,
                    "text": "(nothing written yet)",
                }
                self._flag(
                    Flag(
                        "silence",
                        "warning",
                        f"No output for {silent:.0f} s (limit {self.settings.silence_seconds:.0f} s): the run may be "
                        "hung (a stuck collective, a dead DataLoader worker, a deadlock). The last line read is cited.",
                        [last],
                        details={"silent_seconds": silent},
                    )
                )
        else:
            self._armed["silence"] = True
        since = self.last_checkpoint_time or self.start_time
        if running and now - since > self.settings.checkpoint_interval_seconds:
            self._no_checkpoint(now - since, self.last_line)
        return self.flags[before:]

    def _no_checkpoint(self, seconds: float, cite: dict | None) -> None:
        if self.cwd is not None and _recent_checkpoint_file(self.cwd, time.time() - seconds):
            return
        if not self._once("no_checkpoint"):
            return
        last = self.last_checkpoint
        prior = f" (the last save line is log line {last['line']})" if last and last.get("line") else ""
        self._flag(
            Flag(
                "no_checkpoint",
                "warning",
                f"No checkpoint written in {seconds / 60:.0f} min of training{prior}: a crash now would lose it "
                "all. Check the save interval (save_steps / every_n_train_steps / your save call).",
                [c for c in (cite, last) if c],
                details={"seconds": seconds},
            )
        )

    def finish_offline(self) -> list[Flag]:
        """Checks for a log read after the fact: checkpoints against the elapsed time tqdm printed."""
        before = len(self.flags)
        self.flush()
        self.check_pitfalls()
        if self.max_elapsed is not None:
            elapsed, cite = self.max_elapsed
            since = elapsed - (self.elapsed_at_checkpoint or 0.0)
            if since > self.settings.checkpoint_interval_seconds:
                self._no_checkpoint(since, cite)
        return self.flags[before:]

    def result(self) -> MonitorResult:
        counts = {k: self.counts.get(k, 0) for k in self.series}
        counts.update(
            {f"throughput:{k}": self.counts.get(f"rate:{k}", len(v)) for k, v in self.rates.items()}
        )
        last: dict[str, Any] = {}
        for name, points in self.series.items():
            if points:
                last[name] = {"step": points[-1].step, "value": points[-1].value}
        for unit, points in self.rates.items():
            last[f"throughput:{unit}"] = {"step": points[-1].step, "value": points[-1].value}
        n = len(self.flags)
        summary = (
            f"{n} flag{'s' if n != 1 else ''} from {self.lineno} log lines"
            + (
                f" and {len(self.sources)} structured source{'s' if len(self.sources) != 1 else ''}"
                if self.sources
                else ""
            )
            + (": " + ", ".join(sorted({f.kind for f in self.flags})) if self.flags else ".")
        )
        return MonitorResult(
            flags=list(self.flags),
            summary=summary,
            lines_read=self.lineno,
            sources=[self.log_name, *self.sources],
            metrics=counts,
            last=last,
        )


# --- structured sources -----------------------------------------------------------------------------
def _walk(directory: Path, pattern: re.Pattern[str], depth: int = 4, limit: int = 20) -> list[Path]:
    found: list[Path] = []
    base = str(directory).count(os.sep)
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and d not in ("node_modules", "__pycache__")
        )
        if dirpath.count(os.sep) - base >= depth:
            dirnames[:] = []
        found += [Path(dirpath) / f for f in filenames if pattern.search(f)]
        if len(found) >= limit:
            break
    return found


def _read_trainer_state(directory: Path):
    files = _walk(directory, re.compile(r"^trainer_state\.json$"))
    if not files:
        return
    newest = max(files, key=lambda p: p.stat().st_mtime)
    try:
        state = json.loads(newest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    points = []
    for idx, entry in enumerate(state.get("log_history", [])):
        if not isinstance(entry, dict):
            continue
        step = int(entry.get("step", idx + 1))
        cite = {"source": str(newest), "line": None, "entry": idx, "text": json.dumps(entry)[:300]}
        loss, grad = entry.get("loss"), entry.get("grad_norm")
        if isinstance(loss, int | float):
            points.append(
                ("loss", Point(step, float(loss), cite), grad if isinstance(grad, int | float) else None)
            )
        if isinstance(grad, int | float):
            points.append(
                ("grad_norm", Point(step, float(grad), cite), loss if isinstance(loss, int | float) else None)
            )
    yield str(newest), points


def _read_metrics_csv(directory: Path):
    for path in _walk(directory, re.compile(r"^metrics\.csv$"), limit=5):
        points = []
        try:
            with open(path, newline="", encoding="utf-8") as fh:
                for row_no, row in enumerate(csv.DictReader(fh), 2):
                    loss_key = next(
                        (k for k in ("train_loss", "train_loss_step", "loss", "train/loss") if row.get(k)),
                        None,
                    )
                    if loss_key is None:
                        continue
                    try:
                        step = int(float(row.get("step") or row_no - 1))
                        value = _num(row[loss_key])
                    except ValueError:
                        continue
                    cite = {
                        "source": str(path),
                        "line": row_no,
                        "text": ",".join(f"{k}={v}" for k, v in row.items() if v)[:300],
                    }
                    points.append(("loss", Point(step, value, cite), None))
        except OSError:
            continue
        yield str(path), points


def _read_tensorboard(directory: Path):
    files = _walk(directory, re.compile(r"events\.out\.tfevents\."), limit=10)
    for run_dir in sorted({f.parent for f in files}):
        from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

        acc = EventAccumulator(str(run_dir), size_guidance={"scalars": 0})
        try:
            acc.Reload()
        except Exception:  # a truncated or foreign file: nothing to read from it
            continue
        tags = acc.Tags().get("scalars", [])
        points = []
        for tag in tags:
            name = tag.lower()
            metric = (
                "grad_norm"
                if "grad_norm" in name or "gnorm" in name
                else "loss"
                if name.endswith("loss") and not any(x in name for x in ("val", "eval", "test"))
                else None
            )
            if metric is None:
                continue
            for event in acc.Scalars(tag):
                cite = {
                    "source": str(run_dir),
                    "line": None,
                    "tag": tag,
                    "step": event.step,
                    "text": f"{tag}={event.value}",
                }
                points.append((metric, Point(int(event.step), float(event.value), cite), None))
        points.sort(key=lambda t: t[1].step)
        yield str(run_dir), points


def _recent_checkpoint_file(directory: Path, since: float) -> bool:
    pattern = re.compile(r"\.(?:ckpt|pt|pth|safetensors|bin|pkl)$|^checkpoint")
    for path in _walk(directory, pattern, depth=4, limit=200):
        try:
            if path.stat().st_mtime >= since:
                return True
        except OSError:
            continue
    return False


# --- one-shot use ---------------------------------------------------------------------------------
def monitor_file(
    log: str | Path,
    command: str | None = None,
    source_dir: str | Path | None = None,
    settings: MonitorSettings | None = None,
    config_text: str | None = None,
) -> MonitorResult:
    """Run the monitor over a finished (or current) log file, structured sources first."""
    from trainerd.errors import TrainerError

    path = Path(log)
    if not path.is_file():
        raise TrainerError(f"{log}: no such log file", field="log")
    mon = Monitor(settings, command=command, config_text=config_text, log_name=str(path))
    if source_dir is not None:
        if not Path(source_dir).is_dir():
            raise TrainerError(f"{source_dir} is not a directory", field="source_dir")
        mon.add_structured(Path(source_dir))
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), ""):
            mon.feed_text(chunk)
    mon.finish_offline()
    return mon.result()
