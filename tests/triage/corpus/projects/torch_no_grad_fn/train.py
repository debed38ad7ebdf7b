import torch

w = torch.randn(3)
loss = (w * 2).sum().detach()
loss.backward()
