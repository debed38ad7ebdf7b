import torch
from torch import nn

model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(64, 2))
x = torch.randn(4, 16)
out = model(x)
