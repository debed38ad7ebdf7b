"""A loop in the style of the Accelerate no_trainer examples, run with ``accelerate launch``."""

from __future__ import annotations

import logging
import math
import time

import torch
from accelerate import Accelerator
from accelerate.logging import get_logger
from common import fault_arg, token_batches
from tqdm.auto import tqdm

args = fault_arg().parse_args()
logging.basicConfig(
    format="%(asctime)s - %(levelname)s - %(name)s - %(message)s",
    datefmt="%m/%d/%Y %H:%M:%S",
    level=logging.INFO,
)
logger = get_logger(__name__)
accelerator = Accelerator(cpu=True)
torch.manual_seed(0)
data = token_batches(640)
model = torch.nn.Sequential(torch.nn.Embedding(32, 32), torch.nn.Linear(32, 32))
lr = {"nan": 1e6, "plateau": 0.0}.get(args.fault, 5e-2)
opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
loader = torch.utils.data.DataLoader(data[:576], batch_size=16, shuffle=True)
model, opt, loader = accelerator.prepare(model, opt, loader)
epochs = args.steps or 4
max_steps = epochs * len(loader)
logger.info("***** Running training *****")
logger.info(f"  Num examples = {576}")
logger.info(f"  Num Epochs = {epochs}")
logger.info(f"  Total optimization steps = {max_steps}")
progress = tqdm(range(max_steps), disable=not accelerator.is_local_main_process)
step = 0
for epoch in range(epochs):
    for batch in loader:
        logits = model(batch[:, :-1])
        loss = torch.nn.functional.cross_entropy(logits.reshape(-1, 32), batch[:, 1:].reshape(-1))
        accelerator.backward(loss)
        opt.step()
        opt.zero_grad()
        if args.fault == "diverge":  # a schedule that climbs too far
            lr *= 1.08
            for group in opt.param_groups:
                group["lr"] = lr
        progress.update(1)
        step += 1
        if args.fault == "slow" and step > max_steps // 2:
            time.sleep(0.5)
        if args.fault == "hang" and step == max_steps // 2:
            time.sleep(3600)
        if step % 5 == 0:
            logger.info(f"step {step}: loss {loss.item():.4f}, lr {lr}")
    with torch.no_grad():
        v = data[576:]
        eval_loss = torch.nn.functional.cross_entropy(
            model(v[:, :-1]).reshape(-1, 32), v[:, 1:].reshape(-1)
        ).item()
    ppl = math.exp(eval_loss) if eval_loss < 50 else float("inf")
    logger.info(f"epoch {epoch}: perplexity: {ppl} eval_loss: {eval_loss}")
    accelerator.save_state(f"{args.out}/epoch_{epoch}")
