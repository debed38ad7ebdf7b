import torch
import torch.nn.functional as F

logits = torch.randn(4, 3)
labels = torch.tensor([0, 1, 2, 5])
loss = F.cross_entropy(logits, labels)
