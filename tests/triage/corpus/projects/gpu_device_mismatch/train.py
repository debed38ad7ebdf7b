import torch
from torch import nn

device = torch.device("cuda:0")
model = nn.Linear(16, 4).to(device)
criterion = nn.CrossEntropyLoss()


def step(x, labels):
    logits = model(x.to(device))
    loss = criterion(logits, labels)
    return loss


batch, targets = torch.randn(8, 16), torch.randint(0, 4, (8,))
step(batch, targets)
