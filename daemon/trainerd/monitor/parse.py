"""Metrics from one log line, in the formats people run today.

A line is cleaned first (ANSI codes and ``[rankN]:`` prefixes off; the caller splits ``\\r`` redraws),
then read by :func:`parse_metrics` into canonical names:

``loss``, ``eval_loss``, ``grad_norm``, ``lr``, ``epoch``, ``step`` and throughput as ``rate:<unit>``
(``it/s``, ``samples/s``, ``tokens/s``; times per iteration are turned into ``it/s``). Keys starting with
``_`` carry context: ``_bar`` (a progress bar's ``(n, total)``), ``_epoch_of`` (Keras' ``Epoch 3/6``),
``_summary`` (an end-of-training summary such as HF's ``train_runtime`` line: no step reading),
``_elapsed`` (a bar's elapsed seconds), ``_logged_at`` (the wall-clock time a logging prefix stamped on a
line that also carries a step number: ``(seconds, resolution)``, see :func:`log_time`) and
``_average_<name>`` (the reading is a meter's running average, shown in parentheses after the value: only
a non-finite average is read) and ``_step_only`` (the line's rate times only the engine step, as DeepSpeed's ``CurrSamplesPerSec``: a
stall outside the step never shows in it).

Formats: Hugging Face Trainer dicts (4.x bare numbers and ``nan``, 5.x quoted values), ``key: value`` /
``key=value`` / ``key value`` lines (plain loops, Accelerate's logger, DeepSpeed's ``log_dist`` and
timer lines, Megatron, mmengine), nanoGPT's ``iter N: loss X, time Y ms, mfu Z%``, Keras
``N/M ━━ 1s 4ms/step - loss: X - val_loss: Y``, tqdm bars (``it/s`` / ``s/it`` / ``k`` / ``M`` /
``?it/s``, Lightning's ``v_num=…, train_loss=…`` postfix) and rich bars (Lightning's RichProgressBar).
"""

from __future__ import annotations

import datetime
import functools
import math
import re
from typing import Any

ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
RANK = re.compile(r"^\[(?:rank|default|Rank )?\d+\]:[ ]?")
NUM = r"(?:[-+]?(?:nan|inf(?:inity)?)|[-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|[-+]?\.\d+(?:[eE][-+]?\d+)?)"
# a value ends where a word or another number's digits do not go on; a full stop may end the sentence ("train/loss
# = nan." in a logger's line) but not go on into a version ("1.2.3")
NUM_END = r"(?!\w|\.\w)"
DICT_PAIR = re.compile(r"['\"]([\w/.@ -]+)['\"]\s*:\s*['\"]?(?:tensor\()?(" + NUM + r")['\"]?")
KV_PAIR = re.compile(
    # (a value printed as a tensor: "loss: tensor(0.6931, device='cuda:0', grad_fn=<...>)")
    # (a key right after CJK text -- "整体测试集上的Loss: nan" -- and a full-width colon count too)
    r"(?<![A-Za-z0-9_.])([A-Za-z_][\w./-]*(?:[ ][A-Za-z_][\w./-]*){0,5}(?:\s*\([\w/ ]+\))?)\s*(?::|=|\uff1a)\s*\[?\s*"
    r"(?:tensor\(\[?)?(" + NUM + ")" + NUM_END,
)
# a meter's "value (running average)" whose average went non-finite ("grad_norm 0.0315 (nan)", timm's and Swin's
# AverageMeter): a step in the window was NaN or inf even though the value shown now is finite
AVERAGE_PAIR = re.compile(
    r"(?<![A-Za-z0-9_.])([A-Za-z_][\w./-]*)\s*[:= ]\s*(" + NUM + r")\s*\(\s*([-+]?(?:nan|inf(?:inity)?))\s*\)"
)
# a row of a key/value table a logger prints between dashes ("| loss          | nan       |": OpenAI's logger in
# guided-diffusion and baselines, stable-baselines' tables)
TABLE_ROW = re.compile(r"^\|\s*([a-z_][\w/.-]*)\s*\|\s*(" + NUM + r")\s*\|\s*$")
# a key in square brackets before its value ("[Loss] 0.4712 | [step] 60", a trainer's loguru line)
BRACKET_PAIR = re.compile(r"\[([a-z_][\w./-]*(?: [\w./-]+){0,2})\]\s*(" + NUM + ")" + NUM_END)
WORD_PAIR = re.compile(
    r"\b((?:(?:train|training|val|valid|validation|eval|test)[ _])?"
    # (a loss named for its part, space-separated: a GAN's "g_loss nan d_loss 0.2")
    r"(?:step|iter|iteration|global_step|(?:[A-Za-z][A-Za-z0-9]{0,11}_)?loss|lr|grad_norm|grad norm|epoch))\s+(?:is\s+)?("
    + NUM
    + ")"
    + NUM_END,
)
# (tqdm's unit is the caller's: "it" by default, "ex", "img", "batch", "tok" as the script names what it counts;
# the bar's n and total count the same unit, so its rate is the bar's steps per second whatever the name)
TQDM = re.compile(
    r"(\d+)/(\d+)\s*\[(?P<elapsed>[\d:]+)<(?P<left>[\d:?]+),\s*(?P<rate>[\d.]+|\?)\s*(?P<mult>[km]?)"
    r"(?P<unit>(?:it|[a-z]{1,8})/s|s/(?:it|[a-z]{1,8}))(?![a-z])"
)
RICH_BAR = re.compile(
    r"(\d+)/(\d+)\s+(?P<elapsed>\d+:\d\d:\d\d)\s*•\s*(?:\d+:\d\d:\d\d|-:--:--)\s+(?P<rate>[\d.]+)(?P<unit>it/s|s/it)"
)
KERAS_BAR = re.compile(r"^\s*(\d+)/(\d+)\s+\S*\s+(?:(\d+)s\s+)?(?P<t>\d+(?:\.\d+)?)(?P<u>ms|us|µs|s)/step")
KERAS_EPOCH = re.compile(r"^Epoch (\d+)/(\d+)\s*$")
LIGHTNING_EPOCH = re.compile(r"^epoch (\d+)(?:/\d+)?\s*[:|\s]")
TIME_MS = re.compile(r"\btime[:= ]\s*(" + NUM + r")\s*ms\b")
MMENGINE_STEP = re.compile(r"epoch\(train\)\s*\[(\d+)\]\s*\[\s*(\d+)\s*/\s*(\d+)\]")
# Swin's/SimMIM's "Train: [4/100][800/1251]" and DeiT's/MAE's "Epoch: [4]  [ 800/1251]" (epochs count from 0)
EPOCH_BATCH_STEP = re.compile(r"\b(?:train|epoch):\s*\[(\d+)(?:/\d+)?\]\s*\[\s*(\d+)\s*/\s*(\d+)\]")
MEGATRON_STEP = re.compile(r"\biteration\s+(\d+)\s*/\s*(\d+)\s*\|")
DEEPSPEED_STEP = re.compile(r"\bglobal_step=(\d+)")
# Python logging's asctime ("2026-12-03 15:11:23,238", DeepSpeed in brackets, loguru with a dot, ISO
# with a T, mmengine's 2026/12/03) and the "%m/%d/%Y %H:%M:%S" datefmt of accelerate's and HF's
# example scripts
LOG_TIME = re.compile(
    r"\[?(?:(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d\d)(?P=sep)(?P<d>\d\d)|(?P<m2>\d\d)/(?P<d2>\d\d)/(?P<y2>\d{4}))[ T]"
    r"(?P<H>\d\d):(?P<M>\d\d):(?P<S>\d\d)(?:[,.](?P<f>\d{1,6}))?(?![\d:])"
)
EVAL_BAR = re.compile(r"valid|eval|test|predict|sanity")
HINT = re.compile(
    r"loss|it/s|s/it|[a-z]/s\b|/step|grad|lr|learning|samples|tokens|tok/s|iter|step|epoch|cost"
)  # lowered text

_CANON = {
    "loss": "loss",
    "train_loss": "loss",
    "train/loss": "loss",
    "training_loss": "loss",
    "lm_loss": "loss",
    "total_loss": "loss",
    "train_loss_step": "loss",
    "loss_total": "loss",
    "train/loss_step": "loss",
    "loss_step": "loss",
    # "cost", TensorFlow 1's and Theano's word for the loss (sketch-rnn, the seq2seq tutorials)
    "cost": "loss",
    "train_cost": "loss",
    "valid_cost": "eval_loss",
    "val_cost": "eval_loss",
    "eval_loss": "eval_loss",
    "eval/loss": "eval_loss",
    "val_loss": "eval_loss",
    "val/loss": "eval_loss",
    "valid_loss": "eval_loss",
    "validation_loss": "eval_loss",
    "val_loss_epoch": "eval_loss",
    "validation/loss": "eval_loss",
    "grad_norm": "grad_norm",
    "gnorm": "grad_norm",
    "train/grad_norm": "grad_norm",
    "gradient_norm": "grad_norm",
    "grad_norm_total": "grad_norm",
    "learning_rate": "lr",
    "lr": "lr",
    "train/learning_rate": "lr",
    "epoch": "epoch",
    "train/epoch": "epoch",
    "step": "step",
    "global_step": "step",
    "steps": "step",  # ParallelWaveGAN-style trainers' "(Steps: 1500)"
    "iteration": "step",
    "iter": "step",
    "train/global_step": "step",
    "samples/sec": "rate:samples/s",
    "samples_per_second": "rate:samples/s",
    "samples/s": "rate:samples/s",
    "currsamplespersec": "rate:samples/s",
    "throughput": "rate:samples/s",
    "tokens/s": "rate:tokens/s",
    "tokens_per_second": "rate:tokens/s",
    "tokens_per_sec": "rate:tokens/s",
    "tok/s": "rate:tokens/s",
    "tokens/sec": "rate:tokens/s",
    "it/s": "rate:it/s",
    "steps_per_second": "rate:it/s",
    "elapsed_time_per_iteration_ms": "_ms_per_iter",
    "time": "_time",
    "train_runtime": "_summary",
}


@functools.lru_cache(maxsize=4096)
def canonical(key: str) -> str | None:
    """The canonical metric name of a log key, or None when the monitor does not track it."""
    k = key.strip().lower()
    k = re.sub(r"\s*\((\w+)\)", r"_\1", k)
    k = re.sub(r"[\s-]+", "_", k)
    if k in _CANON:
        return _CANON[k]
    if k.startswith(("eval_", "eval/", "test")) or "runtime" in k or "per_second" in k:
        return None
    if (k.endswith("loss") or k.startswith("loss_")) and "scale" not in k:  # loss_ce, loss_bbox: its parts
        if k.startswith(("val", "valid", "validation")):
            return "eval_loss"
        return "loss_other"
    return None


def _num(text: str) -> float:
    t = text.lower()
    if t.lstrip("+-") in ("inf", "infinity"):
        return -math.inf if t.startswith("-") else math.inf
    return float(t)


SEGMENTS = re.compile(r"[\r\x08]+")  # progress redraws: carriage returns (tqdm), backspaces (Keras)


def clean(segment: str) -> str:
    """One ``\\r``-separated segment of a line without ANSI codes or a ``[rankN]:`` prefix."""
    if "\x1b" in segment:
        segment = ANSI.sub("", segment)
    if segment.startswith("["):
        segment = RANK.sub("", segment)
    return segment.strip()


def _seconds(clock: str) -> float:
    total = 0
    for p in clock.split(":"):
        if p.isdigit():
            total = total * 60 + int(p)
    return float(total)


@functools.lru_cache(maxsize=64)
def _day(year: int, month: int, day: int) -> int:
    return datetime.date(year, month, day).toordinal()


def log_time(text: str) -> tuple[float, float] | None:
    """The time a logging prefix at the start of ``text`` stamps, as (seconds, resolution in seconds).

    The seconds count from an arbitrary origin (no time zone is known): only differences between the
    lines of one log mean anything."""
    c = text[:1]
    if not (c.isdigit() or (c == "[" and text[1:2].isdigit())):
        return None
    m = LOG_TIME.match(text)
    if m is None:
        return None
    try:
        if m["y"]:
            day = _day(int(m["y"]), int(m["m"]), int(m["d"]))
        else:
            day = _day(int(m["y2"]), int(m["m2"]), int(m["d2"]))
    except ValueError:  # not a date after all
        return None
    seconds = day * 86400.0 + int(m["H"]) * 3600 + int(m["M"]) * 60 + int(m["S"])
    frac = m["f"]
    if frac:
        return seconds + int(frac) / 10 ** len(frac), 10.0 ** -len(frac)
    return seconds, 1.0


def _put(out: dict[str, float], key: str, value: str) -> None:
    name = canonical(key)
    if name is None:
        return
    if name == "loss_other":
        if "loss" in out:
            return
        name = "loss"
    if name not in out:
        out[name] = _num(value)


def parse_metrics(text: str) -> dict[str, Any]:
    """The metrics one cleaned log line (or ``\\r`` segment) carries, under canonical names."""
    out: dict = {}
    if text.startswith("Epoch "):
        m = KERAS_EPOCH.match(text)
        if m:
            return {"_epoch_of": (int(m.group(1)), int(m.group(2)))}
    text = text.lower()  # keys are compared lowered; every pattern below is written in lower case
    if not HINT.search(text):
        return out
    if "{" in text and ("'" in text or '"' in text):
        for key, value in DICT_PAIR.findall(text):
            _put(out, key, value)
    bar = TQDM.search(text) if ("/s" in text or "s/" in text) and "<" in text else None
    rich = RICH_BAR.search(text) if bar is None and "•" in text else None
    keras = KERAS_BAR.match(text) if bar is None and rich is None and "/step" in text else None
    if not out and text.startswith("|"):
        row = TABLE_ROW.match(text)
        if row is not None:
            _put(out, row.group(1), row.group(2))
            return out
    if not out:
        rest = text
        if bar is not None:  # the postfix after the bar: "v_num=0, train_loss=0.693"
            rest = text[bar.end() :]
        elif rich is not None:
            rest = text[rich.end() :]
        if ":" in rest or "=" in rest:
            for key, value in KV_PAIR.findall(rest):
                _put(out, key, value)
        for key, value in WORD_PAIR.findall(rest):
            _put(out, key, value)
        if "[" in rest:
            for key, value in BRACKET_PAIR.findall(rest):
                _put(out, key, value)
    if "(nan" in text or "(inf" in text or "(-inf" in text or "(+inf" in text:
        for key, shown, value in AVERAGE_PAIR.findall(text):
            name = canonical(key)
            if name is not None and not name.startswith("_") and math.isfinite(_num(shown)):
                name = name if name != "loss_other" else "loss"
                out[name] = _num(value)
                out["_average_" + name] = 1.0
    if bar is not None or rich is not None:
        m = bar if bar is not None else rich
        assert m is not None
        prefix = text[: m.start()]
        n, total = int(m.group(1)), int(m.group(2))
        if not EVAL_BAR.search(prefix):
            out["_bar"] = (n, total, prefix)
            out["_elapsed"] = _seconds(m["elapsed"])
            if m["rate"] != "?":
                mult = {"": 1, "k": 1e3, "m": 1e6}[m.groupdict().get("mult") or ""]
                rate = float(m["rate"]) * mult
                if rate > 0:
                    out["rate:it/s"] = rate if m["unit"].endswith("/s") else 1.0 / rate
            e = LIGHTNING_EPOCH.match(prefix)
            if e:
                out.setdefault("epoch", float(e.group(1)))
        else:
            out["_eval_bar"] = 1.0
            for key in ("loss", "rate:it/s"):
                out.pop(key, None)
    elif keras is not None:
        n, total = int(keras.group(1)), int(keras.group(2))
        per = float(keras["t"]) * {"ms": 1e-3, "us": 1e-6, "µs": 1e-6, "s": 1.0}[keras["u"]]
        out["_keras"] = (n, total)
        if per > 0 and n < total:  # the epoch's last update averages in the validation pass
            out["rate:it/s"] = 1.0 / per
    if "ms" in text:
        m = TIME_MS.search(text)
        if m:
            ms = _num(m.group(1))
            if ms > 0:
                out["rate:it/s"] = 1000.0 / ms
    if "_ms_per_iter" in out:
        ms = out.pop("_ms_per_iter")
        if ms > 0:
            out["rate:it/s"] = 1000.0 / ms
    if "epoch(train)" in text:
        m = MMENGINE_STEP.search(text)
        if m:
            epoch, n, total = (int(g) for g in m.groups())
            out["step"] = (epoch - 1) * total + n
            t = out.get("_time")
            if isinstance(t, float) and t > 0:
                out["rate:it/s"] = 1.0 / t
    out.pop("_time", None)
    if "]" in text and ("train:" in text or "epoch:" in text):
        m = EPOCH_BATCH_STEP.search(text)
        if m:
            epoch, n, total = (int(g) for g in m.groups())
            out["step"] = epoch * total + n
    if "iteration" in text:
        m = MEGATRON_STEP.search(text)
        if m:
            out["step"] = int(m.group(1))
    if "global_step=" in text:
        m = DEEPSPEED_STEP.search(text)
        if m:
            out["step"] = int(m.group(1))
            out.pop("epoch", None)  # DeepSpeed's "epoch=0/micro_step=…" is the data epoch counter
            if "currsamplespersec" in text:
                out["_step_only"] = 1.0
    if "step" in out:
        stamp = log_time(text)
        if stamp is not None:
            out["_logged_at"] = stamp
    return out
