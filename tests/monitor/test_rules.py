"""The monitor on recorded logs (real numpy loops, real tqdm) and structured sources; every flag cites its input."""

from __future__ import annotations

import json
import math
import os
import time
from pathlib import Path

import pytest

from trainerd.errors import TrainerError
from trainerd.monitor import Monitor, MonitorSettings, monitor_file, parse_metrics

# small logs of numpy training loops and real tqdm, kept with the triage corpus
LOGS = Path(__file__).resolve().parents[1] / "triage" / "corpus" / "monitor"


def flags(name: str, **kwargs):
    result = monitor_file(LOGS / name, **kwargs)
    return {f.kind: f for f in result.flags}, result


def log_lines(name: str) -> list[str]:
    with open(LOGS / name, newline="") as fh:
        return fh.read().split("\n")


def assert_cites_log(flag, name: str):
    lines = log_lines(name)
    cited = [c for c in flag.cites if c.get("line")]
    assert cited, flag
    for c in cited:
        assert c["text"] in lines[c["line"] - 1].replace("\x1b", "") or c["text"] in lines[c["line"] - 1]


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "{'loss': nan, 'grad_norm': inf, 'learning_rate': 5e-05, 'epoch': 0.02}",
            {"loss": "nan", "grad_norm": math.inf},
        ),
        ("[rank3]: step=40 loss=0.69312 grad_norm=0.0101", {"step": 40, "loss": 0.69312}),
        ("Epoch 0 | iter 7 | loss: 5.8000 | lr: 3.0e-03", {"step": 7, "loss": 5.8}),
        (
            "Training:  45%|####5     | 45/100 [00:10<00:12,  4.50it/s]",
            {"_bar": (45, 100, "training:  45%|####5     | "), "rate:it/s": 4.5},
        ),
        ("Training:  45%|####5     | 45/100 [00:10<00:12,  2.50s/it]", {"rate:it/s": 0.4}),
        ("  3%|          | 3/100 [00:00<00:01,  1.2kit/s]", {"rate:it/s": 1200.0}),
        ("  0%|          | 0/100 [00:00<?, ?it/s]", {"_bar": (0, 100, "  0%|          | ")}),
        (
            "Epoch 0:  45%|####5| 45/100 [00:10<00:12,  4.50it/s, v_num=0, train_loss=0.693]",
            {"loss": 0.693, "epoch": 0},
        ),
        (
            " iteration      100/  500000 | elapsed time per iteration (ms): 350.0 | lm loss: 7.312000E+00 |",
            {"step": 100, "loss": 7.312, "rate:it/s": 1000 / 350},
        ),
        (
            "Epoch(train) [2][ 50/500]  lr: 1.0000e-02  time: 0.5000  loss: 0.6931",
            {"step": 550, "loss": 0.6931, "rate:it/s": 2.0},
        ),
        # a loss printed as the tensor itself
        (
            "step 12 loss: tensor(nan, device='cuda:0', grad_fn=<NllLossBackward0>)",
            {"step": 12, "loss": "nan"},
        ),
        ("epoch 3, loss = tensor([0.5310], device='cuda:0')", {"epoch": 3, "loss": 0.531}),
        # DETR-style: the loss told in a sentence, its parts in a dict
        ("Loss is nan, stopping training", {"loss": "nan"}),
        (
            "{'loss_ce': tensor(nan, device='cuda:0'), 'loss_bbox': tensor(0.1042, device='cuda:0')}",
            {"loss": "nan"},
        ),
        # a tqdm bar whose unit the script named ("ex", "img"): its postfix is read, not the description's percentage
        (
            "train loss:  81%|########  | 5940/7312 [00:24<00:05, 245.37ex/s, cont=nan, loss=nan, reg=nan]",
            {"loss": "nan", "_bar": (5940, 7312, "train loss:  81%|########  | "), "rate:it/s": 245.37},
        ),
        ("100%|##########| 50/50 [00:02<00:00, 21.3img/s]", {"rate:it/s": 21.3}),
        # TensorFlow 1's "cost" (sketch-rnn's step lines) is the loss
        (
            "INFO:tensorflow:step: 1850, lr: 0.000113, klw: 0.34, cost: nan, recon: nan, kl: 0.0",
            {"loss": "nan"},
        ),
        ("epoch 4 valid_cost: 0.412 train_cost: 0.388", {"loss": 0.388, "eval_loss": 0.412}),
        # a key in square brackets before its value (a trainer's loguru line); a bracketed tag and a path are not pairs
        (
            "2025-02-11 10:02:13.410 | INFO | trainer:run:88 - [R1] | E2 | [Loss] nan | [out] ./runs/b8 | [step] 48",
            {"loss": "nan", "step": 48},
        ),
        # a meter's "value (running average)": a non-finite average is read, the step from Swin's "[e/E][i/N]"
        (
            "INFO Train: [4/100][800/1251]\teta 0:06:02\tlr 0.000412\tloss 0.4471 (0.4782)\tgrad_norm 0.0315 (nan)",
            {"grad_norm": "nan", "loss": 0.4471, "step": 4 * 1251 + 800},
        ),
        ("Epoch: [2]  [ 100/625]  loss: 0.6012 (inf)  lr: 0.000100", {"loss": math.inf, "step": 1350}),
    ],
)
def test_parse_metrics_formats(line, expected):
    got = parse_metrics(line)
    for key, value in expected.items():
        if value == "nan":
            assert math.isnan(got[key])
        elif isinstance(value, tuple):
            assert got[key] == value
        else:
            assert got[key] == pytest.approx(value), (key, got)


def test_nan_in_first_steps_with_fp16_pitfall():
    found, result = flags("hf_nan_early.log", command="python train.py --fp16")
    nan = found["nan_inf"]
    assert nan.severity == "error" and "first 100 steps" in nan.message and nan.step == 2
    assert_cites_log(nan, "hf_nan_early.log")
    assert "bf16" in found["pitfall_fp16"].message
    assert any(c["source"] == "command" for c in found["pitfall_fp16"].cites)
    found_bf16, _ = flags("hf_nan_early.log", command="python train.py --bf16")
    assert "pitfall_fp16" not in found_bf16


def test_hf_nan_filter_grad_norm_nan_beside_finite_loss():
    found, _ = flags("hf_nan_filter.log")
    nan = found["nan_inf"]
    assert nan.details["metric"] == "grad_norm"
    assert "logging_nan_inf_filter" in nan.message
    assert_cites_log(nan, "hf_nan_filter.log")


def test_plateau_with_rank_prefixes():
    found, _ = flags("plateau_rank0.log", settings=MonitorSettings(plateau_window=20))
    plateau = found["plateau"]
    assert "stopped improving" in plateau.message and "learning rate too low" in plateau.message
    assert_cites_log(plateau, "plateau_rank0.log")
    assert not plateau.cites[0]["text"].startswith("[rank0]")


def test_spike_that_never_recovers_suggests_warmup():
    found, _ = flags("spike_no_warmup.log")
    spike = found["warmup_spike"]
    assert "warmup" in spike.message and spike.step == 8
    assert_cites_log(spike, "spike_no_warmup.log")


def test_throughput_drop_from_real_tqdm_and_megatron():
    found, _ = flags("tqdm_throughput_drop.log")
    assert "throughput_drop" in found and found["throughput_drop"].details["unit"] == "it/s"
    found, _ = flags("mmengine_megatron.log")
    drop = found["throughput_drop"]
    assert drop.details["current"] == pytest.approx(1000 / 1400, rel=0.01)
    assert_cites_log(drop, "mmengine_megatron.log")


def test_lightning_bar_nan_loss():
    found, _ = flags("lightning_bar_nan.log")
    assert found["nan_inf"].step == 61 and found["nan_inf"].details["metric"] == "loss"


def test_grad_accumulation_arithmetic_and_multi_gpu():
    found, _ = flags(
        "hf_grad_accum.log", command="torchrun --nproc_per_node 4 train.py --gradient_accumulation_steps 4"
    )
    accum = found["pitfall_grad_accum"]
    assert "8 per device x 4 accumulation x 4 processes = 128" in accum.message and "64" in accum.message
    assert_cites_log(accum, "hf_grad_accum.log")
    assert "sqrt(4)" in found["pitfall_multi_gpu"].message
    found, _ = flags("hf_grad_accum.log", command="torchrun --nproc_per_node 2 train.py")
    assert found["pitfall_grad_accum"].severity == "info" and "= 64" in found["pitfall_grad_accum"].message


def test_no_checkpoint_from_tqdm_elapsed():
    found, _ = flags("no_checkpoint_long_run.log")
    ckpt = found["no_checkpoint"]
    assert "80 min" in ckpt.message and "log line 2" in ckpt.message
    found, _ = flags("no_checkpoint_long_run.log", settings=MonitorSettings(checkpoint_interval_seconds=7200))
    assert "no_checkpoint" not in found


def test_two_runs_in_one_log_read_as_a_divergence():
    # the mmengine run (loss ~0.1) followed by a Megatron run (lm loss ~7) in the same file: to the
    # monitor that is a loss far above its best and above where it started
    found, result = flags("mmengine_megatron.log", settings=MonitorSettings(throughput_drop_ratio=0.2))
    assert set(found) == {"divergence"} and found["divergence"].step >= 30
    assert result.metrics["loss"] == 50


def test_silence_and_checkpoint_against_the_clock(tmp_path: Path):
    t0 = 1_000_000.0
    mon = Monitor(
        MonitorSettings(silence_seconds=60, checkpoint_interval_seconds=600),
        start_time=t0,
        output_dirs=[tmp_path],
    )
    mon.feed_text("step=1 loss=0.9\n", now=t0 + 1)
    assert mon.check_time(now=t0 + 30) == []
    silence = mon.check_time(now=t0 + 100)
    assert [f.kind for f in silence] == ["silence"] and silence[0].cites[0]["line"] == 1
    assert mon.check_time(now=t0 + 110) == []  # said once until output resumes
    mon.feed_text("step=2 loss=0.8\n", now=t0 + 700)
    late = mon.check_time(now=t0 + 701)
    assert [f.kind for f in late] == ["no_checkpoint"]
    mon2 = Monitor(MonitorSettings(checkpoint_interval_seconds=600), start_time=t0)
    mon2.feed_text("step=5 loss=0.5\nSaving model checkpoint to out/checkpoint-5\n", now=t0 + 500)
    assert mon2.check_time(now=t0 + 700) == []


def test_partial_chunks_are_joined():
    mon = Monitor()
    text = "".join(f"{{'loss': {v}, 'grad_norm': 1.0}}\n" for v in ("0.9", "0.8", "nan"))
    for i in range(0, len(text), 7):
        mon.feed_text(text[i : i + 7])
    assert [f.kind for f in mon.flags] == ["nan_inf"] and mon.flags[0].cites[0]["line"] == 3


def test_structured_trainer_state_first(tmp_path: Path):
    ckpt = tmp_path / "outputs" / "checkpoint-30"
    ckpt.mkdir(parents=True)
    history = [{"loss": 2.0 - 0.01 * i, "grad_norm": 1.0, "step": i * 10} for i in range(1, 4)]
    history.append({"loss": 1.9, "grad_norm": float("nan"), "step": 40})
    (ckpt / "trainer_state.json").write_text(
        json.dumps({"log_history": history})
    )  # json writes NaN as HF does
    log = tmp_path / "output.log"
    log.write_text("{'loss': 1.9, 'grad_norm': nan}\n")
    result = monitor_file(log, source_dir=tmp_path)
    nan = [f for f in result.flags if f.kind == "nan_inf"]
    assert len(nan) == 1  # reported once, from the structured source
    assert nan[0].cites[0]["source"].endswith("trainer_state.json") and nan[0].cites[0]["entry"] == 3


def test_structured_lightning_metrics_csv_plateau(tmp_path: Path):
    run = tmp_path / "lightning_logs" / "version_0"
    run.mkdir(parents=True)
    rows = ["epoch,step,train_loss"] + [f"0,{i},{0.6931 + 0.00001 * (i % 3)}" for i in range(60)]
    (run / "metrics.csv").write_text("\n".join(rows) + "\n")
    log = tmp_path / "out.log"
    log.write_text("")
    result = monitor_file(log, source_dir=tmp_path, settings=MonitorSettings(plateau_window=20))
    plateau = next(f for f in result.flags if f.kind == "plateau")
    rows = (run / "metrics.csv").read_text().splitlines()
    cite = plateau.cites[0]
    assert cite["source"].endswith("metrics.csv") and rows[cite["line"] - 1].startswith("0,")


def test_structured_tensorboard_events(tmp_path: Path):
    from tensorboard.compat.proto.event_pb2 import Event
    from tensorboard.compat.proto.summary_pb2 import Summary
    from tensorboard.summary.writer.event_file_writer import EventFileWriter

    writer = EventFileWriter(str(tmp_path / "runs" / "exp1"))
    for step in range(1, 6):
        value = float("inf") if step == 4 else 1.0 / step
        writer.add_event(
            Event(
                wall_time=time.time(),
                step=step,
                summary=Summary(value=[Summary.Value(tag="train/loss", simple_value=value)]),
            )
        )
    writer.close()
    log = tmp_path / "out.log"
    log.write_text("")
    result = monitor_file(log, source_dir=tmp_path)
    nan = next(f for f in result.flags if f.kind == "nan_inf")
    assert nan.step == 4 and "infinite" in nan.message and nan.cites[0]["tag"] == "train/loss"


def test_bad_input_is_reported(tmp_path: Path):
    with pytest.raises(TrainerError, match="no such log file"):
        monitor_file(tmp_path / "missing.log")
    (tmp_path / "x.log").write_text("")
    with pytest.raises(TrainerError, match="not a directory"):
        monitor_file(tmp_path / "x.log", source_dir=tmp_path / "nope")


def test_structured_evidence_is_scoped_to_the_session(tmp_path: Path):
    """An older run's trainer_state.json (written before this session started) is never cited; a
    checkpoint file only counts when written after the session started, under the run's own folder."""
    out = tmp_path / "outputs"
    old = out / "checkpoint-500"
    old.mkdir(parents=True)
    history = [{"loss": 1.0, "grad_norm": float("nan"), "step": 500}]
    (old / "trainer_state.json").write_text(json.dumps({"log_history": history}))
    (old / "model.safetensors").write_bytes(b"\0")
    before = time.time() - 3600
    for f in old.iterdir():
        os.utime(f, (before, before))
    start = time.time() - 10
    mon = Monitor(
        MonitorSettings(checkpoint_interval_seconds=5), start_time=start, output_dirs=[out], since=start
    )
    assert mon.poll_structured() == []  # the old NaN is another run's
    late = mon.check_time(now=start + 20)
    assert [f.kind for f in late] == ["no_checkpoint"]
    assert "No checkpoint written in 20 s of training (limit 5 s)" in late[0].message
    mon2 = Monitor(
        MonitorSettings(checkpoint_interval_seconds=5), start_time=start, output_dirs=[out], since=start
    )
    (out / "checkpoint-600").mkdir()
    (out / "checkpoint-600" / "model.safetensors").write_bytes(b"\0")  # written now: after the start
    assert mon2.check_time(now=time.time()) == []


def test_one_flag_when_the_log_and_metrics_csv_both_show_the_nan(tmp_path: Path):
    run = tmp_path / "lightning_logs" / "version_0"
    run.mkdir(parents=True)
    rows = ["epoch,step,train_loss"] + [f"0,{i},{1.0 / (i + 1)}" for i in range(20)] + ["0,20,nan"]
    (run / "metrics.csv").write_text("\n".join(rows) + "\n")
    log = tmp_path / "out.log"
    log.write_text(
        "".join(f"step {i} | loss {1.0 / (i + 1):.4f}\n" for i in range(20)) + "step 20 | loss nan\n"
    )
    result = monitor_file(log, source_dir=tmp_path)
    assert [f.kind for f in result.flags] == ["nan_inf"]


@pytest.mark.parametrize(
    "seconds, shown",
    [(45, "45 s"), (89, "89 s"), (90, "2 min"), (3600, "60 min"), (5400, "1 h 30 min"), (7200, "2 h")],
)
def test_durations_read_as_configured(seconds, shown):
    from trainerd.monitor import duration

    assert duration(seconds) == shown


def test_quoted_transformers5_values_and_summary_line():
    got = parse_metrics("{'loss': '3.968', 'grad_norm': 'nan', 'learning_rate': '5e-05', 'epoch': '0.1'}")
    assert got["loss"] == 3.968 and math.isnan(got["grad_norm"]) and got["lr"] == 5e-05
    summary = parse_metrics(
        "{'train_runtime': '12.3', 'train_samples_per_second': '40.5', 'train_loss': '2.3'}"
    )
    assert "_summary" in summary  # an average over the run: not a step's reading
    mon = Monitor()
    mon.feed_text(
        "{'eval_loss': '2.1', 'eval_runtime': '0.5', 'eval_samples_per_second': '120', 'epoch': '1.0'}\n"
    )
    assert mon.series["eval_loss"].count == 1 and "loss" not in mon.series and not mon.rates


def _scale_lines(first: float, n: int, form: str) -> str:
    scale, out = first, []
    for step in range(n):
        scale /= 2
        out.append(form.format(scale=scale, step=step))
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    "form",
    [
        "Gradient overflow.  Skipping step, loss scaler 0 reducing loss scale to {scale}",
        "[deepspeed] OVERFLOW! Rank 0 Skipping step. Attempted loss scale: {scale}, reducing to {scale}",
    ],
)
def test_a_collapsed_loss_scale_is_flagged_nan_inf_without_knowing_fp16(tmp_path: Path, form):
    log = tmp_path / "train.log"
    log.write_text(_scale_lines(65536.0, 40, form))  # 65536 / 2**40: every step overflowed
    result = monitor_file(log)
    nan = {f.kind: f for f in result.flags}["nan_inf"]
    assert nan.severity == "error" and "loss scale has fallen" in nan.message
    assert nan.details["loss_scale"] < 1e-3 and nan.cites[0]["line"] <= 40


def test_a_loss_scale_that_settles_is_not_flagged(tmp_path: Path):
    log = tmp_path / "train.log"
    log.write_text(
        _scale_lines(65536.0, 6, "Gradient overflow.  Skipping step, reducing loss scale to {scale}")
    )
    assert "nan_inf" not in {f.kind for f in monitor_file(log).flags}


@pytest.mark.parametrize(
    "line",
    [
        "WARNING: NaN or Inf found in input tensor.",
        "Detected NaN loss at step 40, skipping",
        "nan loss detected, skipping batch 17",
        "Loss is NaN. Stopping.",
        "found non-finite gradients in step 220",
    ],
)
def test_nan_told_in_words_is_flagged(line):
    from trainerd.monitor import flags_for_text

    got = flags_for_text("step 1 loss 2.31\nstep 2 loss 2.20\n" + line + "\n")
    nan = [f for f in got if f.kind == "nan_inf"]
    assert nan and nan[0].line == 3


@pytest.mark.parametrize(
    "line",
    [
        "info: loaded finance nano dataset",
        "checking for NaN values in the inputs: none found",
        "using nan_to_num on the logits",
    ],
)
def test_words_near_nan_that_say_nothing_went_wrong_are_not_flagged(line):
    from trainerd.monitor import flags_for_text

    got = flags_for_text("step 1 loss 2.31\nstep 2 loss 2.20\n" + line + "\n")
    assert not [f for f in got if f.kind == "nan_inf"]


def test_a_running_average_gone_nan_is_a_warning_that_names_the_average():
    from trainerd.monitor import flags_for_text

    text = "".join(
        f"INFO Train: [0/90][{i}/500]\tloss {2.3 - i / 1000:.4f} (2.3000)\tgrad_norm 0.{40 + i // 10} ({avg})\n"
        for i, avg in ((0, "0.4"), (10, "0.41"), (20, "nan"), (30, "nan"))
    )
    nan = [f for f in flags_for_text(text) if f.kind == "nan_inf"]
    assert len(nan) == 1 and nan[0].severity == "warning" and nan[0].line == 3
    assert "running average of grad_norm is NaN at step 20" in nan[0].message


def test_a_value_gone_nan_beside_its_average_stays_an_error():
    from trainerd.monitor import flags_for_text

    text = "Train: [0/90][0/500]  loss 2.3 (2.3)\nTrain: [0/90][10/500]  loss nan (nan)\n"
    nan = [f for f in flags_for_text(text) if f.kind == "nan_inf"]
    assert nan and nan[0].severity == "error" and "running average" not in nan[0].message


def test_a_loggers_sentence_ending_full_stop_after_nan_and_its_steps_count():
    """A trainer that logs "(Steps: N) train/x_loss = nan." -- its value ends at the full stop, its step is N --
    is flagged, at that step; a version's dots are still not a value's end."""
    from trainerd.monitor import flags_for_text

    text = "".join(
        f"2024-05-02 10:0{i}:11,204 (trainer:311) INFO: (Steps: {s}) train/{k}_loss = {v}.\n"
        for i, (s, k, v) in enumerate([(500, "mel", "0.412"), (1000, "mel", "0.377"), (1500, "mel", "nan")])
    )
    flags = [f for f in flags_for_text(text) if f.kind == "nan_inf"]
    assert flags and flags[0].step == 1500
    assert parse_metrics("built with cuda 12.1.1 loss: 0.5") == {"loss": 0.5}
