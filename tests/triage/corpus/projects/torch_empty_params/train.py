import torch

params = [p for p in torch.nn.Linear(2, 2).parameters() if p.dim() > 2]
opt = torch.optim.AdamW(params, lr=1e-3)
