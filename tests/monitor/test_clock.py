"""Throughput from the timestamps logging stamps on step lines, where the log's own rate cannot see a stall.

The logs here are written by the tests, in the shapes the frameworks print (DeepSpeed's bracketed
``[date time,ms]`` prefix with a rate that times only the engine step, Python logging's asctime, the
``%m/%d/%Y %H:%M:%S`` datefmt of accelerate's example scripts); the recorded DeepSpeed runs are in
``test_corpus.py``.
"""

from __future__ import annotations

import io
import random
from datetime import datetime, timedelta

import pytest

from trainerd.monitor import Monitor, MonitorSettings, parse_metrics
from trainerd.monitor.parse import log_time

T0 = datetime(2026, 5, 2, 9, 30, 0)


def engine_log(intervals: list[float], engine_rate: list[float] | None = None, every: int = 10) -> str:
    """A DeepSpeed-shaped log: per ``every`` steps an engine line and a timer line whose rate is the
    engine's own (steady unless ``engine_rate`` says otherwise); ``intervals`` are the wall seconds."""
    out = ["[2026-05-02 09:29:58,004] [INFO] [engine.py:88:setup] engine ready, world_size=1"]
    at = T0
    for i, gap in enumerate(intervals):
        at += timedelta(seconds=gap)
        step = (i + 1) * every
        stamp = at.strftime("%Y-%m-%d %H:%M:%S,") + f"{at.microsecond // 1000:03d}"
        rate = engine_rate[i] if engine_rate else 640.0 + 7 * (i % 3)
        out.append(
            f"[{stamp}] [INFO] [logging.py:40:log_dist] [Rank 0] step={step}, skipped=0, lr=[0.02], mom=[0.9]"
        )
        out.append(
            f"[{stamp}] [INFO] [timer.py:200:stop] epoch=0/micro_step={step}/global_step={step}, "
            f"RunningAvgSamplesPerSec={rate:.3f}, CurrSamplesPerSec={rate:.3f}, MemAllocated=0.1GB"
        )
        if i % 4 == 3:
            out.append(f"step {step} train loss {2.0 / (1 + i):.4f}")
    return "\n".join(out) + "\n"


def kinds(mon: Monitor) -> list[str]:
    return [f.kind for f in mon.flags]


def read(text: str, live: bool = False, settings: MonitorSettings | None = None) -> Monitor:
    mon = Monitor(settings or MonitorSettings(), log_name="train.log", start_time=0.0)
    if live:
        for line in text.split("\n")[:-1]:
            mon.feed_line(line, now=0.0)
    else:
        mon.catch_up(io.BytesIO(text.encode()))
    mon.finish_offline()
    return mon


@pytest.mark.parametrize(
    "line, seconds, resolution",
    [
        ("[2026-05-02 09:30:01,250] [INFO] [logging.py:40:log_dist] [Rank 0] step=10, lr=[0.02]", 1.25, 1e-3),
        ("2026-05-02 09:30:01,250 - INFO - train - step 10 loss 2.5", 1.25, 1e-3),
        ("2026-05-02 09:30:01.250 | INFO     | train:fit:42 - step 10 loss 2.5", 1.25, 1e-3),
        ("2026-05-02T09:30:01 step 10 loss 2.5", 1.0, 1.0),
        ("05/02/2026 09:30:01 - INFO - __main__ - step 10: loss 2.5", 1.0, 1.0),
        ("2026/05/02 09:30:01 - mmengine - INFO - Iter(train) [10/100] loss: 2.5", 1.0, 1.0),
    ],
)
def test_logging_prefixes_give_the_time_a_step_line_was_written(line: str, seconds: float, resolution: float):
    origin = log_time("2026-05-02 09:30:00,000 x")
    assert origin is not None
    stamp = log_time(line)
    assert stamp is not None
    assert stamp[0] - origin[0] == pytest.approx(seconds) and stamp[1] == pytest.approx(resolution)


def test_a_time_is_read_only_from_a_prefix_on_a_step_line():
    assert "_logged_at" not in parse_metrics("2026-05-02 09:30:01,250 - INFO - loading checkpoint shards")
    assert "_logged_at" not in parse_metrics("eta 2026-05-02 09:30:01 step 10 loss 2.5")  # not the prefix
    assert log_time("2026-13-45 09:30:01,250 step 10") is None  # not a date
    assert log_time("12345 09:30:01 step 10") is None


def test_a_stall_outside_the_engine_step_is_flagged_once_from_the_timestamps():
    # 0.4 s per 10 steps, then a data loader stalls 5 s per 10 steps: the engine's own rate never moves
    text = engine_log([0.4] * 16 + [5.6] * 16)
    mon = read(text)
    assert kinds(mon) == ["throughput_drop"]
    [drop] = mon.flags
    assert drop.details["unit"] == "steps/s" and "timestamps" in drop.message
    assert drop.details["current"] < 0.5 * drop.details["baseline"]
    assert 170 <= drop.step <= 270  # while the stall lasts, not at the end of the run
    lines = text.split("\n")
    for cite in drop.cites:
        assert lines[cite["line"] - 1].startswith(cite["text"])
    # the same text fed live, line by line, gives the same finding
    live = read(text, live=True)
    assert [(f.kind, f.step) for f in live.flags] == [(drop.kind, drop.step)]


def test_healthy_intervals_varying_under_load_are_not_flagged():
    rng = random.Random(7)
    for _ in range(5):
        text = engine_log([rng.uniform(0.7, 3.8) for _ in range(40)])
        assert kinds(read(text)) == [], text


def test_when_the_engine_rate_drops_too_it_is_one_finding():
    slow = [0.4] * 16 + [5.6] * 16
    engine = [640.0] * 16 + [45.0] * 16
    mon = read(engine_log(slow, engine_rate=engine))
    assert kinds(mon) == ["throughput_drop"]


def test_a_log_with_its_own_wall_clock_rate_keeps_it():
    # tqdm's it/s counts the whole loop; timestamps of the same steps add nothing (and no second flag)
    lines = []
    at = T0
    for step in range(1, 201):
        at += timedelta(seconds=0.05 if step < 100 else 0.9)
        rate = 20.0 if step < 100 else 1.1
        lines.append(f" {step // 2}%|###   | {step}/200 [00:10<00:10, {rate:.2f}it/s]")
        if step % 5 == 0:
            stamp = at.strftime("%m/%d/%Y %H:%M:%S")
            lines.append(f"{stamp} - INFO - __main__ - step {step}: loss {1 / step:.4f}")
    mon = read("\n".join(lines) + "\n")
    assert "steps/s" not in mon.rates
    assert kinds(mon) == ["throughput_drop"] and mon.flags[0].details["unit"] == "it/s"


def test_second_resolution_stamps_of_a_long_plain_logging_run():
    # Python logging with "%m/%d/%Y %H:%M:%S": a step a second, then 4 s a step after a stall begins;
    # long enough that a re-attach samples the steady lines (about one in 64) instead of reading each
    lines, at = [], T0
    for step in range(1, 12001):
        at += timedelta(seconds=1.0 if step < 5000 else 4.0)
        lines.append(
            f"{at.strftime('%m/%d/%Y %H:%M:%S')} - INFO - train - step {step}: loss {2 + 1 / step:.5f}"
        )
    text = "\n".join(lines) + "\n"
    for live in (False, True):
        mon = read(text, live=live)
        assert kinds(mon) == ["throughput_drop"], live
        assert mon.flags[0].step >= 5000
    healthy = "\n".join(lines[:4900]) + "\n"
    assert kinds(read(healthy)) == []
