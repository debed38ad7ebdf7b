import torch
from torch import nn

saved = nn.Linear(8, 4).state_dict()
model = nn.Linear(16, 4)
model.load_state_dict(saved)
