samples = [[0.1, 0.2], [0.3, 0.4]]

def get_batch(i, size=2):
    return [samples[i * size + k] for k in range(size)]

for i in range(3):
    batch = get_batch(i)
