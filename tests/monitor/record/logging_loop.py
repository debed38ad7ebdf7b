"""A torch loop that reports through Python `logging` (asctime prefix, no rate of its own).

Batches come from a real DataLoader; `--fault slow` makes its collate function stall from the middle
of the run (a slow data pipeline: the loss is fine, the run wastes its accelerator). `--load` runs short
CPU-burning bursts next to a healthy run (a shared machine). An evaluation pass every 100 steps."""

from __future__ import annotations

import logging
import subprocess
import sys
import time

import torch
from common import fault_arg, token_batches

parser = fault_arg()
parser.add_argument("--load", action="store_true")
args = parser.parse_args()
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("train")
torch.manual_seed(0)
torch.set_num_threads(1)
data = token_batches(4096, seq=33, noise=0.1)
train, val = data[:3584], data[3584:]
steps = args.steps or 400
calls = 0


def collate(rows):
    global calls
    calls += 1
    if args.fault == "slow" and calls > steps // 2:
        time.sleep(0.08)
    return torch.stack(rows)


loader = torch.utils.data.DataLoader(list(train), batch_size=32, shuffle=True, collate_fn=collate)
model = torch.nn.Sequential(
    torch.nn.Embedding(32, 128), torch.nn.Linear(128, 256), torch.nn.GELU(), torch.nn.Linear(256, 32)
)
opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
burner = None
log.info("training %d steps, batch 32, %d parameters", steps, sum(p.numel() for p in model.parameters()))
step, t_burst = 0, time.monotonic()
while step < steps:
    for batch in loader:
        step += 1
        if args.load:  # a neighbour's short bursts: 1.5 s of a busy core every 5 s
            now = time.monotonic()
            if burner is None and now - t_burst > 3.5:
                burner, t_burst = subprocess.Popen([sys.executable, "-c", "while True: pass"]), now
            elif burner is not None and now - t_burst > 1.5:
                burner.kill()
                burner.wait()
                burner, t_burst = None, now
        logits = model(batch[:, :-1])
        loss = torch.nn.functional.cross_entropy(logits.reshape(-1, 32), batch[:, 1:].reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 5 == 0:
            log.info("step %d/%d loss %.4f lr %.2e", step, steps, loss.item(), opt.param_groups[0]["lr"])
        if step % 100 == 0:
            with torch.no_grad():
                vl = torch.nn.functional.cross_entropy(
                    model(val[:, :-1]).reshape(-1, 32), val[:, 1:].reshape(-1)
                )
            log.info("step %d eval loss %.4f", step, vl.item())
        if step >= steps:
            break
if burner is not None:
    burner.kill()
log.info("done")
