"""A small model trained with the DeepSpeed engine on CPU: its own step / timer logs plus a loss line."""

from __future__ import annotations

import os
import time

os.environ.setdefault("DS_ACCELERATOR", "cpu")
os.environ.setdefault("MASTER_ADDR", "127.0.0.1")
os.environ.setdefault("MASTER_PORT", "29517")
os.environ.setdefault("RANK", "0")
os.environ.setdefault("LOCAL_RANK", "0")
os.environ.setdefault("WORLD_SIZE", "1")

import logging  # noqa: E402

import deepspeed  # noqa: E402  (after the environment it reads)
import torch  # noqa: E402
from common import fault_arg, token_batches  # noqa: E402

for _h in [deepspeed.utils.logger, *deepspeed.utils.logger.handlers]:  # its step lines are INFO messages
    _h.setLevel(logging.INFO)

args = fault_arg().parse_args()
torch.manual_seed(0)
data = token_batches(4096, noise=0.2)
model = torch.nn.Sequential(torch.nn.Embedding(32, 32), torch.nn.Linear(32, 32))
lr = {"plateau": 0.0}.get(args.fault, 0.05)
config = {
    "train_batch_size": 32,
    "steps_per_print": 10,
    "optimizer": {"type": "SGD", "params": {"lr": lr, "momentum": 0.9}},
    "wall_clock_breakdown": False,
}
engine, _, _, _ = deepspeed.initialize(model=model, model_parameters=model.parameters(), config=config)
steps = args.steps or 300
for step in range(1, steps + 1):
    batch = data[torch.randint(0, 4096, (32,))]
    if args.fault == "nan" and step >= 120:
        with torch.no_grad():
            engine.module[0].weight[:, 0] = float("inf")
    loss = torch.nn.functional.cross_entropy(engine(batch[:, :-1]).reshape(-1, 32), batch[:, 1:].reshape(-1))
    engine.backward(loss)
    engine.step()
    if args.fault == "slow" and step > steps // 2:
        time.sleep(0.5)
    if step % 10 == 0:
        print(f"step {step}: loss {loss.item():.4f}", flush=True)
