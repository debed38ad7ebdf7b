import torch

w = torch.randn(3, requires_grad=True) * 2
opt = torch.optim.SGD([w], lr=0.1)
