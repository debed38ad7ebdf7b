import math
import numpy as np

w = np.array([1.0, 2.0])
for step in range(20):
    w = w * 1e60
    loss = float(np.sum(w * w) - np.sum(w * w))
    if step > 3:
        loss = float(np.inf - np.inf)
    if not math.isfinite(loss):
        raise FloatingPointError(f"loss is nan at step {step}")
