"""A char-level GPT in the style of nanoGPT's train.py: config echo, iter/time/mfu lines, eval lines, checkpoints."""

from __future__ import annotations

import math
import os
import time

import torch
import torch.nn as nn
from common import fault_arg

parser = fault_arg()
args = parser.parse_args()

# config, printed the way nanoGPT's configurator echoes overrides
out_dir = args.out
eval_interval = 50
log_interval = 1 if args.fault == "plateau" else 5
always_save_checkpoint = False
learning_rate = {"diverge": 0.3, "plateau": 0.0}.get(args.fault, 3e-3)
warmup_iters = 150 if args.fault == "diverge" else 0
max_iters = args.steps or 300
for key in (
    "out_dir",
    "eval_interval",
    "log_interval",
    "always_save_checkpoint",
    "learning_rate",
    "warmup_iters",
    "max_iters",
):
    print(f"Overriding: {key} = {globals()[key]}")

torch.manual_seed(1337)
text = "the quick brown fox jumps over the lazy dog. " * 400
chars = sorted(set(text))
data = torch.tensor([chars.index(c) for c in text])
n = int(0.9 * len(data))
train_data, val_data = data[:n], data[n:]
block, batch, vocab = 32, 16, len(chars)


def get_batch(split):
    d = train_data if split == "train" else val_data
    ix = torch.randint(len(d) - block - 1, (batch,))
    return torch.stack([d[i : i + block] for i in ix]), torch.stack([d[i + 1 : i + 1 + block] for i in ix])


class Tiny(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(vocab, 48)
        self.pos = nn.Embedding(block, 48)
        layer = nn.TransformerEncoderLayer(48, 4, 96, dropout=0.0, batch_first=True)
        self.blocks = nn.TransformerEncoder(layer, 2)
        self.head = nn.Linear(48, vocab)

    def forward(self, x, y=None):
        t = x.shape[1]
        mask = torch.triu(torch.full((t, t), float("-inf")), 1)
        h = self.blocks(self.emb(x) + self.pos(torch.arange(t)), mask=mask)
        logits = self.head(h)
        loss = None if y is None else nn.functional.cross_entropy(logits.view(-1, vocab), y.view(-1))
        return logits, loss


model = Tiny()
print(f"number of parameters: {sum(p.numel() for p in model.parameters()) / 1e6:.2f}M")
opt = torch.optim.AdamW(model.parameters(), lr=learning_rate)


@torch.no_grad()
def estimate_loss():
    model.eval()
    out = {}
    for split in ("train", "val"):
        out[split] = sum(model(*get_batch(split))[1].item() for _ in range(5)) / 5
    model.train()
    return out


best_val = math.inf
t0 = time.time()
for it in range(max_iters + 1):
    if it % eval_interval == 0:
        losses = estimate_loss()
        print(f"step {it}: train loss {losses['train']:.4f}, val loss {losses['val']:.4f}")
        if losses["val"] < best_val or always_save_checkpoint:
            best_val = losses["val"]
            if it > 0:
                print(f"saving checkpoint to {out_dir}")
                os.makedirs(out_dir, exist_ok=True)
                torch.save({"model": model.state_dict(), "iter_num": it}, os.path.join(out_dir, "ckpt.pt"))
    if args.fault == "nan" and it == 120:  # what an fp16 overflow leaves in the weights
        with torch.no_grad():
            model.emb.weight[:, 0] = float("inf")
    for group in opt.param_groups:  # nanoGPT's get_lr: linear warmup
        group["lr"] = learning_rate * min(1.0, (it + 1) / warmup_iters) if warmup_iters else learning_rate
    x, y = get_batch("train")
    _, loss = model(x, y)
    opt.zero_grad(set_to_none=True)
    loss.backward()
    if args.fault != "diverge":
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    if args.fault == "slow" and it > max_iters // 2:
        time.sleep(0.3)
    if args.fault == "hang" and it == max_iters // 2:
        time.sleep(3600)
    t1 = time.time()
    dt, t0 = t1 - t0, t1
    if it % log_interval == 0:
        mfu = 6 * 1e5 * batch * block / dt / 1e12
        print(f"iter {it}: loss {loss.item():.4f}, time {dt * 1000:.2f}ms, mfu {mfu * 100:.2f}%")
