"""A character-level model trained the way nanoGPT's train.py is laid out: module-level settings,
overridden by a config file and --key=value arguments through configurator.py, then a plain loop."""

import os

import numpy as np

# settings (overridable from the command line or a config file)
out_dir = "out"
dataset = "tiny_chars"
batch_size = 8
block_size = 16
learning_rate = 0.05
max_iters = 30
eval_interval = 10
eval_iters = 2
seed = 1337
exec(open("configurator.py").read())  # overrides from the command line or a config file

rng = np.random.default_rng(seed)
data = np.load(os.path.join("data", dataset, "train.npy"))
vocab = int(data.max()) + 1
weights = np.zeros((vocab, vocab))
for it in range(max_iters):
    idx = rng.integers(0, len(data) - block_size - 1, size=batch_size)
    x = np.stack([data[i : i + block_size] for i in idx])
    y = np.stack([data[i + 1 : i + block_size + 1] for i in idx])
    logits = weights[x]
    probs = np.exp(logits - logits.max(-1, keepdims=True))
    probs /= probs.sum(-1, keepdims=True)
    loss = -np.log(np.take_along_axis(probs, y[..., None], -1) + 1e-9).mean()
    grad = probs
    np.put_along_axis(grad, y[..., None], np.take_along_axis(grad, y[..., None], -1) - 1, -1)
    np.add.at(weights, x, -learning_rate * grad / batch_size)
    if it % eval_interval == 0:
        print(f"iter {it}: loss {loss:.4f}")
os.makedirs(out_dir, exist_ok=True)
np.save(os.path.join(out_dir, "ckpt.npy"), weights)
print("saved", os.path.join(out_dir, "ckpt.npy"))
