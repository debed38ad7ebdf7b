import torch
import torch.nn.functional as F

logits = torch.randn(4, 3)
labels = torch.zeros(4, 3, dtype=torch.long)
loss = F.nll_loss(F.log_softmax(logits, -1), labels)
