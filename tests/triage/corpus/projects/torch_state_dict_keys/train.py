import torch
from torch import nn

saved = nn.Sequential(nn.Linear(4, 4), nn.Linear(4, 2)).state_dict()
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
model.load_state_dict(saved)
