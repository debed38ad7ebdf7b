def step(batch):
    x, y = batch
    return x

step((1, 2, 3))
