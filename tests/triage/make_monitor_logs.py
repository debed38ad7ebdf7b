"""Regenerate the monitor's recorded logs: small numpy training loops printing the way real trainers do.

    python tests/triage/make_monitor_logs.py

HF dict lines are Python's own ``print(dict)`` of the metrics (so NaN prints as bare ``nan``), progress
bars are real tqdm output (``\\r`` updates, rates flipping between it/s and s/it), Lightning-style bars
are tqdm with a postfix, as Lightning renders them. Files go to ``corpus/monitor/``.
"""

from __future__ import annotations

import io
import math
import time
from pathlib import Path

import numpy as np
from tqdm import tqdm

OUT = Path(__file__).resolve().parent / "corpus" / "monitor"


def logistic_run(lr: float, steps: int, seed: int = 0, scale: float = 1.0):
    """Logistic regression by SGD; yields (step, loss, grad_norm) — NaN when it diverges."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(256, 8)) * scale
    y = (x @ rng.normal(size=8) > 0).astype(float)
    w = np.zeros(8)
    with np.errstate(all="ignore"):
        for step in range(1, steps + 1):
            idx = rng.integers(0, 256, 32)
            z = x[idx] @ w
            p = 1 / (1 + np.exp(-z))
            loss = float(-np.mean(y[idx] * np.log(p) + (1 - y[idx]) * np.log(1 - p)))
            g = x[idx].T @ (p - y[idx]) / 32
            w = w - lr * g
            yield step, loss, float(np.linalg.norm(g))


def hf_nan_early() -> str:
    out = []
    for step, loss, gnorm in logistic_run(lr=50.0, steps=40, scale=3.0):
        if True:
            out.append(
                str(
                    {
                        "loss": round(loss, 4),
                        "grad_norm": gnorm,
                        "learning_rate": 5e-05,
                        "epoch": round(step / 600, 2),
                    }
                )
            )
    return "\n".join(out) + "\n"


def hf_nan_filter() -> str:
    # HF's logging_nan_inf_filter: a NaN step loss is replaced by the running average of the finite ones
    out, finite = [], []
    for step, loss, gnorm in logistic_run(lr=0.5, steps=200, seed=1):
        if step > 120:
            loss, gnorm = math.nan, math.nan
        shown = loss if math.isfinite(loss) else sum(finite) / len(finite)
        if math.isfinite(loss):
            finite.append(loss)
        if step % 10 == 0:
            out.append(
                str(
                    {
                        "loss": round(shown, 4),
                        "grad_norm": gnorm,
                        "learning_rate": 2e-05,
                        "epoch": round(step / 400, 2),
                    }
                )
            )
    return "\n".join(out) + "\n"


def plateau() -> str:
    buf = io.StringIO()
    lines = []
    for step, loss, gnorm in logistic_run(lr=1e-6, steps=400, seed=2):
        if step % 5 == 0:
            lines.append(f"[rank0]: step={step} loss={loss:.5f} grad_norm={gnorm:.4f} lr=1e-06")
    buf.write("\n".join(lines) + "\n")
    return buf.getvalue()


def spike_no_warmup() -> str:
    # a large constant LR from step 1 (no warmup): the loss jumps in the first steps and settles high
    rng = np.random.default_rng(3)
    lines = []
    loss = 2.30
    for step in range(1, 201):
        if step <= 4:
            loss = 2.30 - 0.02 * step
        elif step <= 8:
            loss = 2.2 + (step - 4) * 1.6
        else:
            loss = 5.1 + 0.3 * rng.standard_normal() * (0.98 ** (step / 10))
        lines.append(f"Epoch 0 | iter {step} | loss: {loss:.4f} | lr: 3.0e-03 | 12.1 it/s")
    return "\n".join(lines) + "\n"


def tqdm_throughput_drop() -> str:
    buf = io.StringIO()
    bar = tqdm(total=60, file=buf, mininterval=0, miniters=1, ascii=False, ncols=80, desc="Training")
    for step in range(60):
        time.sleep(0.01 if step < 30 else 0.06)
        bar.update(1)
    bar.close()
    return buf.getvalue()


def lightning_bar() -> str:
    buf = io.StringIO()
    losses = [loss for _, loss, _ in logistic_run(lr=0.5, steps=100, seed=4)]
    bar = tqdm(total=100, file=buf, mininterval=0, miniters=1, ncols=100, desc="Epoch 0")
    for i, loss in enumerate(losses):
        bar.update(1)
        bar.set_postfix(v_num=0, train_loss=f"{loss:.3f}" if i < 60 else "nan")
    bar.close()
    return buf.getvalue() + "\n"


def mmengine_megatron() -> str:
    lines = []
    for step, loss, gnorm in logistic_run(lr=0.5, steps=200, seed=5):
        if step % 10 == 0:
            lines.append(
                f"11/23 10:{step // 60:02d}:{step % 60:02d} - mmengine - INFO - Epoch(train) [1][{step:>3}/200]  "
                f"lr: 1.0000e-02  eta: 0:00:{200 - step:02d}  time: 0.{300 + step:03d}  data_time: 0.0120  memory: 3210  "
                f"grad_norm: {gnorm:.4f}  loss: {loss:.4f}  loss_cls: {loss:.4f}"
            )
    lines.append("")
    for it in range(10, 310, 10):
        ms = 350.0 if it < 200 else 1400.0
        loss = 7.3 - it * 0.004
        lines.append(
            f" iteration      {it:>3}/  500000 | consumed samples:        {it * 32:>6} | elapsed time per iteration (ms): "
            f"{ms:.1f} | learning rate: 1.500E-04 | global batch size:    32 | lm loss: {loss:.6E} | loss scale: 65536.0 | "
            f"grad norm: 2.113 | number of skipped iterations:   0 | number of nan iterations:   0 |"
        )
    return "\n".join(lines) + "\n"


def hf_grad_accum() -> str:
    banner = """***** Running training *****
  Num examples = 10,000
  Num Epochs = 3
  Instantaneous batch size per device = 8
  Total train batch size (w. parallel, distributed & accumulation) = 64
  Gradient Accumulation steps = 4
  Total optimization steps = 468
  Number of trainable parameters = 124,439,808
"""
    lines = [
        str({"loss": round(loss, 4), "grad_norm": g, "learning_rate": 5e-05, "epoch": round(s / 156, 2)})
        for s, loss, g in logistic_run(lr=0.5, steps=40, seed=6)
        if s % 10 == 0
    ]
    return banner + "\n".join(lines) + "\n"


def no_checkpoint_long_run() -> str:
    out = []
    for n, elapsed in ((100, 600.0), (400, 2400.0), (700, 4200.0), (1100, 7200.0)):
        out.append(tqdm.format_meter(n, 2000, elapsed, ncols=80, prefix=""))
    text = (
        "\r".join(out[:2])
        + "\nSaving model checkpoint to outputs/checkpoint-400\n"
        + "\r".join(out[2:])
        + "\n"
    )
    return text


SCENARIOS = {
    "hf_nan_early.log": hf_nan_early,
    "hf_nan_filter.log": hf_nan_filter,
    "plateau_rank0.log": plateau,
    "spike_no_warmup.log": spike_no_warmup,
    "tqdm_throughput_drop.log": tqdm_throughput_drop,
    "lightning_bar_nan.log": lightning_bar,
    "mmengine_megatron.log": mmengine_megatron,
    "hf_grad_accum.log": hf_grad_accum,
    "no_checkpoint_long_run.log": no_checkpoint_long_run,
}

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, fn in SCENARIOS.items():
        with open(OUT / name, "w", newline="") as fh:
            fh.write(fn())
        print(name)
