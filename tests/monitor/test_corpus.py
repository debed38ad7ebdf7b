"""The monitor on the recorded corpus: real tiny trainings (HF Trainer 4.x / 5.x, Lightning, Keras,
Accelerate, nanoGPT-style, plain loops, tqdm), healthy and with an injected fault.

Every injected fault is flagged; a healthy run gets no flag at all. The logs are the frameworks' own
terminal output, recorded under a pseudo-terminal by ``make_logs.py`` (see ``logs/manifest.json``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from trainerd.monitor import Monitor, MonitorSettings, parse_metrics
from trainerd.monitor.parse import SEGMENTS, clean

LOGS = Path(__file__).resolve().parent / "logs"
MANIFEST = {r["name"]: r for r in json.loads((LOGS / "manifest.json").read_text())}
HUNG = -9  # the recorder killed the run while it hung: it is still "running" with a silent log


def run_monitor(name: str) -> Monitor:
    """The monitor over a recorded run as the supervisor reads it: structured files, then the log."""
    structured = LOGS / name
    settings = MonitorSettings()
    mon = Monitor(settings, log_name=f"{name}.log", output_dirs=[structured] if structured.is_dir() else None)
    mon.poll_structured()
    with open(LOGS / f"{name}.log", "rb") as fh:
        mon.catch_up(fh)
    mon.flush()
    if MANIFEST[name]["exit_code"] == HUNG:  # alive, nothing written for longer than the limit
        mon.check_time(now=mon.last_output_time + settings.silence_seconds + 1, running=True)
    else:
        mon.finish_offline()
    return mon


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_recorded_run(name: str):
    run = MANIFEST[name]
    mon = run_monitor(name)
    kinds = {f.kind for f in mon.flags}
    if not run["expect"]:
        assert kinds == set(), [f.message for f in mon.flags]
    elif run.get("known_miss"):  # a documented limit (docs/accuracy.md): this test says when it is lifted
        assert not set(run["expect"]) & kinds, run["known_miss"]
    else:
        assert set(run["expect"]) <= kinds, [f.message for f in mon.flags]
    assert mon.series["loss"].count > 0  # the run's loss was read


# a metric line as a person would point at it: a metric name next to a number, or a rate
ORACLE = re.compile(
    r"(?i)(?:\b(?:loss|val_loss|eval_loss|val loss|train loss|grad_norm|grad norm|lr|learning_rate)['\"]?\s*[:=]?\s*"
    r"['\"]?\[?[-+]?(?:\d|nan|inf))|\d(?:\.\d+)?\s*(?:it/s|s/it)|\d+(?:ms|us)/step|\btime\s*[\d.]+\s*ms"
)
RECOGNIZED = ("loss", "eval_loss", "grad_norm", "lr", "_bar", "_eval_bar", "_keras")


def test_metric_lines_parsed_across_formats():
    """At least 95% of the metric lines of every recorded framework are read (all of them today)."""
    per_framework: dict[str, list[int]] = {}
    for name, run in MANIFEST.items():
        text = (LOGS / f"{name}.log").read_text(encoding="utf-8", errors="replace")
        counts = per_framework.setdefault(run["framework"].split(" (")[0], [0, 0])
        for line in text.split("\n"):
            for segment in SEGMENTS.split(line):
                cleaned = clean(segment)
                if not cleaned or not ORACLE.search(cleaned):
                    continue
                counts[1] += 1
                got = parse_metrics(cleaned)
                if any(k in got for k in RECOGNIZED) or any(k.startswith("rate:") for k in got):
                    counts[0] += 1
    assert len(per_framework) >= 6
    for framework, (ok, total) in per_framework.items():
        assert total and ok / total >= 0.95, (framework, ok, total)


def test_hf5_quoted_grad_norm_nan_is_flagged_with_the_filter_caveat():
    mon = run_monitor("hf5_nan")
    [nan] = [f for f in mon.flags if f.kind == "nan_inf"]
    assert nan.details["metric"] == "grad_norm" and "logging_nan_inf_filter" in nan.message
    # found in trainer_state.json and in the log: one flag
    assert sum(f.kind == "nan_inf" for f in mon.flags) == 1


def test_stalls_outside_the_step_are_timed_from_the_log_timestamps():
    """DeepSpeed's own samples/s times only the engine step: the stall shows in its step lines' times."""
    mon = run_monitor("deepspeed_slow")
    [drop] = [f for f in mon.flags if f.kind == "throughput_drop"]
    assert drop.details["unit"] == "steps/s" and drop.details["current"] < 0.3 * drop.details["baseline"]
    # a Python logging loop whose data loader stalls: no rate of its own, its asctime prefixes time it
    [drop] = [f for f in run_monitor("logging_slow").flags if f.kind == "throughput_drop"]
    assert drop.details["unit"] == "steps/s"
    # the same loop healthy under a neighbour's CPU bursts (its steps/s swings 25-200): no drop
    mon = run_monitor("logging_load_converged")
    assert mon.rates["steps/s"].count > 50 and "throughput_drop" not in {f.kind for f in mon.flags}
    # a log with its own rate over the whole loop keeps it: no second reading from the timestamps
    assert "steps/s" not in run_monitor("accelerate_slow").rates


def test_nanogpt_config_echo_is_not_a_checkpoint_save():
    mon = run_monitor("nanogpt_healthy")
    saves = mon.last_save
    assert saves is not None and saves["text"].startswith("saving checkpoint to")


def test_validation_loss_still_falling_means_no_plateau():
    mon = run_monitor("nanogpt_healthy")
    assert mon.series["eval_loss"].count >= 5
    assert "plateau" not in {f.kind for f in mon.flags}


def test_checkpoints_written_in_the_same_second_are_read_by_step(tmp_path: Path):
    """A copied output folder (or a fresh clone of this one) gives every checkpoint the same time: the
    history is still read from the last checkpoint, so the plateau it shows is still flagged."""
    import os
    import shutil

    copy = tmp_path / "hf5_plateau"
    shutil.copytree(LOGS / "hf5_plateau", copy)
    states = sorted(copy.glob("checkpoint-*/trainer_state.json"))
    assert len(states) > 1
    for state in states:
        os.utime(state, (1_700_000_000, 1_700_000_000))
    mon = Monitor(MonitorSettings(), log_name="hf5_plateau.log", output_dirs=[copy])
    mon.poll_structured()
    with open(LOGS / "hf5_plateau.log", "rb") as fh:
        mon.catch_up(fh)
    mon.flush()
    mon.finish_offline()
    assert "plateau" in {f.kind for f in mon.flags}
