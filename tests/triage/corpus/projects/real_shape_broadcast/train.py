import numpy as np

pred = np.zeros((32, 10))
target = np.zeros((32,))
loss = ((pred - target[:, None, None]) ** 2).mean()
residual = pred + np.zeros((16, 10))
