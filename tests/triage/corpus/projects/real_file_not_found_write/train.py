import numpy as np

weights = np.zeros(3)
for step in range(3):
    weights += 0.1
np.save("outputs/run1/weights.npy", weights)
