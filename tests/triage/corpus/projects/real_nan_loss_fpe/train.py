import numpy as np

np.seterr(all="raise")
rng = np.random.default_rng(0)
w = rng.normal(size=4)
lr = 50.0
for step in range(100):
    x = rng.normal(size=4)
    p = 1 / (1 + np.exp(-x @ w))
    loss = -np.log(p)
    w -= lr * (p - 1) * x * 100
    print(f"step {step} loss {loss:.4f}")
