import torch
from torch.utils.data import DataLoader

items = [torch.zeros(3), torch.zeros(4)]
for batch in DataLoader(items, batch_size=2):
    pass
