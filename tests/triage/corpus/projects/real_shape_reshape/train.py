import numpy as np

batch = np.arange(30)
images = batch.reshape(4, 3, 3)
