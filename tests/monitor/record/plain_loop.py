"""A hand-written torch loop: plain `step N | loss X` lines, or a tqdm bar with a loss postfix."""

from __future__ import annotations

import time

import torch
from common import fault_arg, token_batches
from tqdm import tqdm

parser = fault_arg()
parser.add_argument("--style", choices=["print", "tqdm"], default="print")
args = parser.parse_args()
torch.manual_seed(0)
data = token_batches(2048, noise=0.2)
model = torch.nn.Sequential(torch.nn.Embedding(32, 32), torch.nn.Linear(32, 32))
lr = {"nan": 1e6, "plateau": 0.0}.get(args.fault, 0.1)
opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
steps = args.steps or 400
bar = tqdm(range(1, steps + 1), desc="train") if args.style == "tqdm" else range(1, steps + 1)
for step in bar:
    batch = data[torch.randint(0, 2048, (32,))]
    if args.fault == "spike" and 20 <= step < 25:
        for g in opt.param_groups:
            g["lr"] = 30.0
    elif args.fault == "spike":
        for g in opt.param_groups:
            g["lr"] = 0.02
    elif args.fault == "diverge":  # a schedule that climbs too far
        for g in opt.param_groups:
            g["lr"] = 0.05 * 1.03**step
    loss = torch.nn.functional.cross_entropy(model(batch[:, :-1]).reshape(-1, 32), batch[:, 1:].reshape(-1))
    opt.zero_grad()
    loss.backward()
    gnorm = torch.nn.utils.clip_grad_norm_(model.parameters(), 1e9)
    opt.step()
    if args.fault == "slow" and step > steps // 2:
        time.sleep(0.5)
    if args.fault == "hang" and step == steps // 2:
        time.sleep(3600)
    if args.style == "tqdm":
        bar.set_postfix(loss=f"{loss.item():.4f}")
    elif step % 5 == 0:
        print(
            f"step {step} | loss {loss.item():.4f} | lr {opt.param_groups[0]['lr']:.2e} | grad_norm {gnorm.item():.3f}",
            flush=True,
        )
    if step % 100 == 0 and args.style == "print":
        torch.save(model.state_dict(), f"{args.out}/model-{step}.pt")
        print(f"Saved checkpoint to {args.out}/model-{step}.pt", flush=True)
