import torch

model = torch.nn.Linear(2, 2)
opt = torch.optim.Adam(model.parameters(), lr=1e-3, betas=(0.9, 1.5))
