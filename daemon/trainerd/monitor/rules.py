"""The flags an experienced engineer raises on a run, from its metric readings.

:class:`Rules` takes readings one at a time (``add``) from one source (the log, or one structured
file) and raises :class:`Flag` objects. Each finding has a key (``nan_inf:grad_norm``, ``divergence``,
``plateau``, ``throughput_drop``, …) registered in a :class:`Findings` shared by every source of a
run, so a NaN that both the log and ``trainer_state.json`` show is reported once. Every flag cites what
it read: the log line (number and text) or the structured file and entry.

Per reading the work is O(1); the windowed checks (plateau, throughput) run every few readings.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import deque
from typing import Any

import attrs

from trainerd.monitor.settings import MonitorSettings

FIRST_STEPS = 100
_RECENT = 4096  # finite loss readings kept for the windowed checks
_HEAD = 64  # first readings kept (the start of the run: warmup spike, divergence baseline)
NAN_METRICS = ("loss", "eval_loss", "grad_norm", "lr")
OVERFLOW_LINE = re.compile(
    r"Gradient overflow|reducing loss scale|loss scale(?:r)? .*reduc|OVERFLOW!|skipping step", re.I
)
# the loss scale an overflow line reduces to (apex: "reducing loss scale to 0.5"; DeepSpeed: "Attempted loss
# scale: 1, reducing to 0.5"; Megatron/fairseq: "... loss scale ... to 0.25")
SCALE_AFTER = re.compile(
    r"(?:reducing loss scale to|reducing to|loss scale (?:to|:))\s*([0-9]+(?:\.[0-9]*)?(?:[eE][-+]?\d+)?)"
)
# what a training log reports and the verbs a writer says it turned NaN with
_METRIC_WORDS = (
    r"(?:loss(?:es)?|\w+_loss|reward|grad(?:ient)?s?|grad_norm|outputs?|predictions?|weights?|accuracy|metrics?|"
    r"values?|SDR|WER|perplexity|ppl|logits|div|miou|mAP|psnr|score)"
)
_TURNED = (
    r"(?:is|are|was|were|be|been|became|becomes|become|becoming|turns?|turned|turning|goes|go|going|went|gets?|got|"
    r"getting|stays?|stayed|remains?|remained|comes? out|came out|changes?|changed|jumps?|jumped|explodes?|exploded|"
    r"ends? up)"
)
# a library's or a script's own words for NaN/inf values in training (TensorBoard's writer, loss guards in
# training loops, DETR's "Loss is nan, stopping training"), not a metric line the parser reads
NAN_WORDS = re.compile(
    r"NaN or Inf found in input tensor|Invalid loss, terminating training|"
    r"(?:nan|non-finite|infinite) (?:loss|gradients?|values?) (?:detected|encountered|found)|"
    r"(?:detected|encountered|found|got) (?:an? )?(?:nan|inf|non-finite|infinite)s?(?:/inf)? "
    r"(?:(?:while|when|in) (?:computing |calculating )?(?:the )?)?(?:loss|values?|gradients?)|"
    r"\bloss (?:is|became|becomes|was|turns|turned|goes|went|gets|got) (?:in)?(?:to )?(?:nan|inf|non-finite)\b|"
    # a trainer's guard naming the value it refused ("WARN: rank 0 grad_norm is not finite: inf", verl's words)
    r"\b(?:grad(?:ient)?[ _]?norm|loss)\b (?:is|was|became) (?:not finite|non-finite)\b|"
    # a loop's guard that skips the step ("WARNING: received an inf loss, setting loss value to 0")
    r"\breceived an? (?:nan|inf|non-finite|infinite) (?:loss|gradients?)\b|"
    # a scalar tensor printed as NaN (a loop printing its loss: "tensor(nan, device='cuda:0')")
    r"^\s*tensor\((?:nan|-?inf)\b|"
    # a metric said in words to have turned NaN or inf, as a pasted report tells it ("valid_loss turns into 'nan'",
    # "the SDR turns out NaN", "reward comes out NaN"), or NaN named with the metric ("I get NaN loss"): 24 samples
    # of the field corpus labelled a metrics-only log with NaN (none, nan_inf) said so in words nothing flagged
    rf"\b{_METRIC_WORDS}\b[\s'\"`]*(?:\w+\s+)?{_TURNED}"
    r"(?:\s+(?:straight|directly|suddenly|immediately|quickly|eventually|always))?"
    r"(?:\s+(?:in)?to|\s+out|\s+as)?(?:\s+(?:be|a|all))?"
    r"[\s'\"`:]*(?:nan|-?inf|non-finite)\b|"
    r"\b(?:get|gets|got|getting|have|has|had|produces?|gives?|returns?|see|saw|seeing|shows?|showing)\s+"
    rf"(?:an?\s+|the\s+)?(?:nan|inf)\s*(?:/\s*inf\s+)?{_METRIC_WORDS}\b|"
    # (named before a loss, a gradient or perplexity; "nan values" only with the training named after it -- alone it
    # is as often a dataset's missing entries)
    r"(?-i:\b(?:NaN|NAN|nan) (?:loss(?:es)?|gradients?|grads?|rewards?|outputs?|predictions?|logits|weights|"
    r"perplexity|ppl)\b)|"
    r"(?-i:\b(?:NaN|NAN|nan) values?\b)(?=[^\n]*\b(?:train\w*|loss\w*|epochs?|iterations?|steps?)\b)",
    re.I | re.M,
)
# a value printed as NaN beside its name, in a metric line the parser does not read as one ("train = nan | dev = nan",
# darknet's "Avg IOU: -nan", MXNet's "RPNL1Loss=nan", "mape:inf"): not a setting's NaN default ("missing=NAN"); inf
# only beside a loss or an error measure (an option dump's "max_dataset_size: inf" is a setting). Round 134: 19
# metrics-only logs of the field corpus labelled NaN (none, nan_inf) flagged by it alone; the 22 other samples it
# flags all print a NaN or inf value
NAN_VALUE = re.compile(
    r"(?<![\w.])(?!(?:missing|fill_?value|default|pad\w*|nodata|na_value|nan_value)\b)[a-z_][\w/#.-]{0,30}[ \t]*[:=]"
    r"[ \t]*[\[(]*-?nan(?![\w(])|"
    r"(?<![\w.])(?:\w*loss\w*|ppl|perplexity|g(?:rad_?)?norm|mape|mspe|error|cost)[ \t]*[:=][ \t]*[\[(]*-?inf(?![\w(])",
    re.I,
)
# a dynamic loss scale starts near 2**16 and halves on each overflow: below this every step has overflowed for
# dozens of steps in a row, i.e. the gradients are inf/NaN whatever the scale
COLLAPSED_SCALE = 1e-3


@attrs.define
class Flag:
    """One finding: ``kind`` (see docs/protocol.md), severity, a message, what it read."""

    kind: str
    severity: str  # error | warning | info
    message: str
    cites: list[dict]
    step: int | None = None
    details: dict = attrs.Factory(dict)
    key: str = ""

    @property
    def line(self) -> int | None:
        """The first log line the flag cites, if any."""
        return next((c.get("line") for c in self.cites if c.get("line")), None)


@attrs.define
class Point:
    step: int
    value: float
    cite: dict


def duration(seconds: float) -> str:
    """``45 s``, ``2 min``, ``1 h 30 min``: a duration as a person writes it (never rounded to 0)."""
    seconds = max(0.0, seconds)
    if seconds < 90:
        return f"{seconds:.0f} s"
    minutes = seconds / 60
    if minutes < 90:
        return f"{minutes:.0f} min"
    hours, rest = divmod(round(minutes), 60)
    return f"{hours} h" + (f" {rest} min" if rest else "")


class Findings:
    """The findings already reported for one run, across its sources (one flag per finding)."""

    def __init__(self) -> None:
        self.flags: list[Flag] = []
        self.keys: set[str] = set()
        self.disarmed: set[str] = set()

    def report(self, flag: Flag) -> bool:
        if flag.key in self.keys:
            return False
        self.keys.add(flag.key)
        self.flags.append(flag)
        return True


class Rules:
    """Incremental checks over one source's readings (see the module docstring)."""

    def __init__(
        self,
        settings: MonitorSettings,
        findings: Findings,
        command: str = "",
        config_text: str = "",
    ) -> None:
        self.settings = settings
        self.findings = findings
        self.command = command
        self.config_text = config_text
        self.loss_head: list[Point] = []
        self.loss_recent: deque[Point] = deque(maxlen=_RECENT)
        self.loss_count = 0
        self.smooth: deque[float] = deque(maxlen=5)
        self.best: Point | None = None  # the lowest smoothed loss, with the reading it ended at
        self.best_value = math.inf
        self.peak_value = -math.inf
        self._div_since: int | None = None
        self.initial: float | None = None
        self.eval_points: list[Point] = []
        self.rates: dict[str, _Rate] = {}
        self.last_step = 0

    # --- input --------------------------------------------------------------------------------
    def add(self, metric: str, point: Point, other: dict[str, float] | None = None) -> None:
        """One reading of ``metric``; ``other`` holds the values read on the same line."""
        value = point.value
        self.last_step = max(self.last_step, point.step)
        if value != value or value in (math.inf, -math.inf):
            if metric in NAN_METRICS:
                self._nan(metric, point, other or {})
            return
        if metric == "loss":
            self._loss(point)
        elif metric == "eval_loss":
            self.eval_points.append(point)
            if len(self.eval_points) > 512:
                del self.eval_points[1:257]
        elif metric.startswith("rate:"):
            rate = self.rates.get(metric)
            if rate is None:
                rate = self.rates[metric] = _Rate(metric[5:])
            if rate.add(point):
                self._throughput(rate)

    def _flag(self, flag: Flag) -> None:
        self.findings.report(flag)

    def seen(self, key: str) -> bool:
        return key in self.findings.keys

    # --- NaN / inf ----------------------------------------------------------------------------
    def _nan(self, metric: str, point: Point, other: dict[str, float]) -> None:
        key = "nan_inf"  # one finding however many metrics and sources show it
        if self.seen(key):
            return
        what = "NaN" if point.value != point.value else "infinite"
        name = {"eval_loss": "validation loss", "lr": "learning rate"}.get(metric, metric)
        early = point.step <= FIRST_STEPS
        average = bool(other.get("_average_" + metric))
        if average:
            # a meter's running average (timm, Swin): one step in its window was non-finite, the value now is not
            msg = (
                f"The running average of {name} is {what} at step {point.step}: a step since the meter's last reset "
                f"was {what} while the value printed now is finite. Under fp16/AMP the gradient scaler skips such "
                "steps and lowers its scale, which is harmless once in a while; if it recurs every epoch, or the "
                "loss itself turns non-finite, the run is unstable (lower the learning rate, add warmup or clip "
                "gradients)."
            )
            data: dict[str, Any] = {"metric": metric, "average": True}
        else:
            msg = f"{name} is {what} at step {point.step}"
            if early:
                msg += f", within the first {FIRST_STEPS} steps (typical of fp16 overflow, a learning rate too high or no warmup)"
            msg += ". The run is no longer learning: stop it and fix the cause before spending more compute."
            loss = other.get("loss")
            if metric == "grad_norm" and loss is not None and math.isfinite(loss):
                msg += (
                    f" The loss on the same line looks finite ({loss:g}): HF Trainer's logging_nan_inf_filter (on by "
                    "default) replaces NaN/inf losses by the running average, so the logged loss hides it."
                )
            data = {"metric": metric, "first_steps": early}
        severity = "warning" if average else "error"
        self._flag(Flag("nan_inf", severity, msg, [point.cite], point.step, data, key=key))
        if not average:
            self.check_fp16(point.cite)

    def _fp16_where(self) -> str | None:
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

    def check_loss_scale(self, text: str, cite: dict) -> None:
        """An overflow line whose loss scale has collapsed: the gradients are inf/NaN at every step."""
        m = SCALE_AFTER.search(text)
        if m is None or self.seen("nan_inf"):
            return
        try:
            scale = float(m.group(1))
        except ValueError:
            return
        if scale >= COLLAPSED_SCALE:
            return
        self._flag(
            Flag(
                "nan_inf",
                "error",
                f"the fp16 loss scale has fallen to {scale:g}: every step overflows and is skipped, so the "
                "gradients are inf/NaN whatever the scale. The run is no longer learning: stop it and fix the "
                "cause (a learning rate too high, no warmup, an op that overflows in fp16; bf16 keeps fp32's range).",
                [cite],
                None,
                {"metric": "loss_scale", "loss_scale": scale},
                key="nan_inf",
            )
        )

    def check_nan_words(self, text: str, cite: dict) -> None:
        """A line that says NaN/inf values appeared -- in words (NAN_WORDS) or as a value beside its name the parser did
        not read (NAN_VALUE); the monitor has matched the line already."""
        if self.seen("nan_inf"):
            return
        self._flag(
            Flag(
                "nan_inf",
                "error",
                f"the log says NaN/inf values appeared: {text.strip()[:160]!r}. A NaN spreads to every weight it "
                "touches: stop the run and find the first step it appeared (a learning rate too high, no warmup, "
                "fp16 overflow, a log of zero or a division by zero in the loss, bad input values).",
                [cite],
                None,
                {"metric": "words"},
                key="nan_inf",
            )
        )
        self.check_fp16(cite)

    def check_fp16(self, cite: dict) -> None:
        """fp16 is on and the run shows NaN/inf or loss-scale overflows: suggest bf16."""
        where = self._fp16_where()
        if where is None or self.seen("pitfall_fp16"):
            return
        shown = (
            self.command
            if where == "command"
            else next(
                (ln.strip() for ln in self.config_text.splitlines() if "fp16" in ln or "16" in ln), "fp16"
            )
        )
        what = "loss-scale overflows" if OVERFLOW_LINE.search(cite.get("text", "")) else "NaN/inf values"
        self._flag(
            Flag(
                "pitfall_fp16",
                "warning",
                f"fp16 mixed precision is on (from the {where}) and the log shows {what}. bf16 keeps fp32's "
                "range and is more stable for most training, if the GPU supports it.",
                [cite, {"source": where, "line": None, "text": shown[:300]}],
                key="pitfall_fp16",
            )
        )

    # --- loss: divergence, warmup spike, plateau ---------------------------------------------
    def _loss(self, point: Point) -> None:
        self.loss_count += 1
        if len(self.loss_head) < _HEAD:
            self.loss_head.append(point)
        self.loss_recent.append(point)
        self.smooth.append(point.value)
        n = self.loss_count
        if n < 5:
            return
        smoothed = sorted(self.smooth)[2]
        if self.initial is None:
            self.initial = smoothed
        if smoothed < self.best_value:
            self.best_value, self.best = smoothed, point
        self.peak_value = max(self.peak_value, smoothed)
        # diverging: far above its best and above where it started, and still up there 5 readings
        # later; a loss already coming down from an early jump is a spike (the warmup rule's)
        high = (
            n >= 10
            and smoothed > self.settings.divergence_ratio * self.best_value
            and smoothed > self.initial
        )
        if not high or smoothed < 0.8 * self.peak_value:
            self._div_since = None
        elif self._div_since is None:
            self._div_since = n
        elif n - self._div_since >= 5:
            self._divergence(point, smoothed)
        if n <= 2000 and n % 5 == 0:
            self._spike()
        # a plateau builds up slowly: checking every few readings early and every 2% of the run later
        # keeps the total cost linear in the run's length
        if n % max(1, self.settings.plateau_window // 10, n // 50) == 0:
            self._plateau()

    def _divergence(self, point: Point, smoothed: float) -> None:
        if self.seen("divergence") or self.seen("nan_inf"):
            return
        best = self.best
        assert best is not None
        early = (
            " Within the first steps this is usually a learning rate too high or missing warmup."
            if (point.step <= FIRST_STEPS * 5)
            else ""
        )
        self._flag(
            Flag(
                "divergence",
                "error",
                f"Loss is diverging: {smoothed:.4g} at step {point.step}, {smoothed / max(self.best_value, 1e-12):.3g}x "
                f"its best ({self.best_value:.4g} at step {best.step}) and above where it started "
                f"({self.initial:.4g}). Lower the learning rate, clip gradients or check the data; the run is "
                f"wasting compute as it is.{early}",
                [best.cite, point.cite],
                point.step,
                {"best": self.best_value, "current": smoothed, "initial": self.initial},
                key="divergence",
            )
        )

    def _spike(self) -> None:
        """An early spike above the starting loss that has not come back down (missing warmup)."""
        if self.seen("warmup_spike") or self.seen("divergence") or len(self.loss_head) < 10:
            return
        points = list(self.loss_recent) if self.loss_count <= _RECENT else self.loss_head
        start = statistics.median(p.value for p in points[:3])
        window = points[: max(10, len(points) // 5)]
        early = [p for p in window if p.step <= max(FIRST_STEPS, points[2].step * 10)]
        if start <= 0 or not early:
            return
        peak = max(early, key=lambda p: p.value)
        after = points[points.index(peak) + 1 :]
        if peak.value < 1.5 * start or len(after) < 20 or min(p.value for p in after) <= start:
            return
        warmup = re.search(r"warmup", f"{self.command}\n{self.config_text}", re.I)
        note = " The command/config mention warmup; check it is long enough." if warmup else ""
        self._flag(
            Flag(
                "warmup_spike",
                "warning",
                f"Loss spiked early (step {peak.step}: {start:.4g} -> {peak.value:.4g}) and has not come back below "
                f"its starting value in the {len(after)} readings since (now {after[-1].value:.4g}). "
                f"If loss spikes at the start and never recovers, try LR warmup (100-1000 steps).{note}",
                [points[0].cite, peak.cite, after[-1].cite],
                peak.step,
                key="warmup_spike",
            )
        )

    def _plateau(self) -> None:
        """Flat relative to its own noise for a quarter of the run, and validation not improving."""
        if self.seen("plateau") or self.seen("divergence"):
            return
        window = self.settings.plateau_window
        n = self.loss_count
        if window < 6 or n < 2 * window:
            return
        span = min(max(window, n // 4), len(self.loss_recent))
        recent = list(self.loss_recent)[-span:]
        if recent[-1].step - recent[0].step < window // 2:
            return  # readings without distinct steps (a per-epoch average redrawn): no time axis to judge
        third = span // 3
        first = [p.value for p in recent[:third]]
        last = [p.value for p in recent[-third:]]
        m1, m2 = sum(first) / third, sum(last) / third
        diffs = sorted(abs(b.value - a.value) for a, b in zip(recent, recent[1:], strict=False))
        noise = diffs[len(diffs) // 2] / 0.6745 / math.sqrt(2)  # robust sd of one reading
        stderr = noise * math.sqrt(2 / third)
        improvement = m1 - m2
        tolerance = self.settings.plateau_tolerance * max(abs(m1), 1e-12)
        # flat: neither better nor worse beyond its noise (a rising loss is the divergence rule's)
        if abs(improvement) >= 2 * stderr or abs(improvement) >= tolerance or abs(m2) < 1e-6:
            return
        val = self._val_stalled()
        if val is False:
            return
        steps = recent[-1].step - recent[0].step
        val_note = (
            f" Validation loss has not improved either (best {val[0]:.4g} at step {val[1]})."
            if isinstance(val, tuple)
            else ""
        )
        self._flag(
            Flag(
                "plateau",
                "warning",
                f"Training loss has stopped improving for {steps} steps ({m1:.4g} -> {m2:.4g}, steps "
                f"{recent[0].step}-{recent[-1].step}; change within its noise of +/-{noise:.2g}).{val_note} "
                "If the run should still be learning: learning rate too low, data not shuffled, or a loss "
                "computation bug; if it has converged, stop it to free the GPUs.",
                [recent[0].cite, recent[-1].cite],
                recent[-1].step,
                {"window": span, "improvement": improvement, "noise": noise},
                key="plateau",
            )
        )

    def _val_stalled(self) -> bool | tuple[float, int] | None:
        """None: no validation loss logged; False: it is still improving; else (best, its step)."""
        finite = [p for p in self.eval_points if math.isfinite(p.value)]
        if not finite:
            return None
        best = min(finite, key=lambda p: p.value)
        if best is finite[-1]:
            earlier = [p.value for p in finite[:-1]]
            tol = self.settings.plateau_tolerance * abs(best.value)
            if not earlier or best.value < min(earlier) - tol:
                return False  # the latest validation loss is a clear new best: still learning
        return best.value, best.step

    # --- throughput ---------------------------------------------------------------------------
    def _throughput(self, rate: _Rate) -> None:
        """Under ``throughput_drop_ratio`` of the run's median, for long enough not to be a hiccup.

        "Long enough" is 15% of the readings so far, at least 9 and at most 100: an eval pause or a
        neighbour's burst on a shared machine passes; a slow data pipeline does not."""
        key = "throughput_drop"  # one finding however many rates (samples/s, tokens/s, steps/s) show it
        own = f"throughput_drop:{rate.unit}"  # this rate is in a drop already reported
        if len(rate.sample) < 12 or len(rate.recent) < 5:
            return
        baseline = rate.median()
        current = sorted(list(rate.recent)[-5:])[2]
        ratio = self.settings.throughput_drop_ratio
        if current >= ratio * baseline:
            rate.low = 0
            if current >= 0.8 * baseline:
                self.findings.disarmed.discard(own)
            return
        rate.low += 1
        if rate.low == 1:
            rate.low_start = rate.points[-1]
        needed = min(100, max(9, int(0.15 * rate.count)))
        if rate.low < needed or own in self.findings.disarmed:
            return
        reported = any(k.startswith("throughput_drop:") for k in self.findings.disarmed)
        self.findings.disarmed.add(own)
        if reported:  # another rate of this run is still down from the drop it reported: the same finding
            return
        self.findings.keys.discard(key)  # a new drop after a recovery is news again
        last = rate.points[-1]
        first = rate.low_start or last
        drop = 100 * (1 - current / baseline)
        how = (
            " (timed from the log lines' own timestamps, so it counts the time outside the training step "
            "too: data loading, evaluation, saving)"
            if rate.unit == CLOCK_UNIT
            else ""
        )
        self._flag(
            Flag(
                "throughput_drop",
                "warning",
                f"Throughput dropped from {baseline:.3g} to {current:.3g} {rate.unit}{how} ({drop:.0f}% under the "
                f"run's median) since step {first.step} ({rate.low} readings). Check DataLoader num_workers and "
                "pin_memory, disk/network I/O, thermal throttling, and whether another process shares the GPU.",
                [first.cite, last.cite],
                last.step,
                {"unit": rate.unit, "baseline": baseline, "current": current},
                key=key,
            )
        )


CLOCK_UNIT = "steps/s"  # the rate :class:`StepClock` derives from timestamps


class StepClock:
    """Steps per second from the wall-clock times a logging prefix stamps on a log's step lines.

    A framework's own rate can miss where the time goes: DeepSpeed's ``CurrSamplesPerSec`` times only
    the engine step, so a stalled data loader never shows in it, while the times its ``step=N`` lines
    are stamped with do. The same text gives the same reading live and on a re-attach (the arrival time
    of a line would not: output is block-buffered and a backlog arrives all at once). Lines read between
    two sampled ones during a catch-up only widen the span a reading averages over."""

    def __init__(self) -> None:
        self.anchor: tuple[int, float] | None = None

    def add(self, step: int, at: float, resolution: float) -> float | None:
        """The rate since the last reading, once the span is long enough to time at this resolution."""
        anchor = self.anchor
        if anchor is None or step < anchor[0] or at < anchor[1]:  # the first line, or a new run
            self.anchor = (step, at)
            return None
        steps, span = step - anchor[0], at - anchor[1]
        if steps <= 0 or span < max(0.05, 5 * resolution):  # the same step again, or too close to time
            return None
        self.anchor = (step, at)
        return steps / span


class _Rate:
    """Readings of one throughput unit: a bounded sample of the run (for its median) and the last few."""

    def __init__(self, unit: str) -> None:
        self.unit = unit
        self.count = 0
        self.sample: list[float] = []
        self.stride = 1
        self.recent: deque[float] = deque(maxlen=9)
        self.points: deque[Point] = deque(maxlen=2)
        self._median: float | None = None
        self._median_at = 0
        self.low = 0  # consecutive readings under the drop threshold
        self.low_start: Point | None = None

    def median(self) -> float:
        """The median of the sample, recomputed when it has grown by an eighth (sorting is the cost)."""
        if (
            self._median is None
            or len(self.sample) >= self._median_at * 9 // 8 + 1
            or len(self.sample) < self._median_at
        ):
            self._median = statistics.median(self.sample)
            self._median_at = len(self.sample)
        return self._median

    def add(self, point: Point) -> bool:
        self.count += 1
        if self.count <= 3:  # start-up readings (compilation, first batches, tqdm's first estimate)
            return False
        self.recent.append(point.value)
        if not self.points:
            self.points.append(point)
        elif len(self.points) == 2:
            self.points[1] = point
        else:
            self.points.append(point)
        if self.count % self.stride == 0:
            self.sample.append(point.value)
            if len(self.sample) >= 1024:
                self.sample = self.sample[::2]
                self.stride *= 2
        return True


def pitfall_flags(rules: Rules, world: tuple[int, str] | None) -> None:
    """Pitfalls visible in the command line / config alone (multi-GPU LR scaling)."""
    if not world or world[0] <= 1 or rules.seen("pitfall_multi_gpu"):
        return
    n, where = world
    rules._flag(
        Flag(
            "pitfall_multi_gpu",
            "info",
            f"{n} processes: the effective batch is {n}x the per-device batch. If the learning rate was tuned "
            f"for one GPU it may need scaling (linearly, or by sqrt({n})).",
            [
                {
                    "source": where,
                    "line": None,
                    "text": (rules.command if where == "command" else "config")[:300],
                }
            ],
            key="pitfall_multi_gpu",
        )
    )


def batch_arithmetic_flag(rules: Rules, batch: Any, world: tuple[int, str] | None) -> None:
    """HF's "Total train batch size" against per-device batch x accumulation x processes."""
    total, cite_t = batch["total"]
    size, cite_b = batch.get("batch", (None, None))
    accum, cite_a = batch.get("accum", (1, None))
    if size is None or rules.seen("pitfall_grad_accum"):
        return
    cites = [c for c in (cite_b, cite_a, cite_t) if c]
    if world is not None and size * accum * world[0] != total:
        rules._flag(
            Flag(
                "pitfall_grad_accum",
                "warning",
                f"Effective batch arithmetic does not add up: {size} per device x {accum} accumulation x "
                f"{world[0]} processes = {size * accum * world[0]}, but the log says the total train batch is "
                f"{total}. Check the process count and accumulation the run really uses.",
                cites + [{"source": world[1], "line": None, "text": rules.command[:300]}],
                key="pitfall_grad_accum",
            )
        )
    elif accum > 1:
        rules._flag(
            Flag(
                "pitfall_grad_accum",
                "info",
                f"Effective batch = batch_size x accumulation_steps x num_gpus = {size} x {accum} x "
                f"{total // max(size * accum, 1)} = {total}. Make sure the learning rate accounts for it.",
                cites,
                key="pitfall_grad_accum",
            )
        )
