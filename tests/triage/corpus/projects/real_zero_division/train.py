losses = []
mean = sum(losses) / len(losses)
