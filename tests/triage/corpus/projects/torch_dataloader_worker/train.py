import torch
from torch.utils.data import DataLoader, Dataset

class Rows(Dataset):
    def __init__(self):
        self.rows = [{"x": [1.0, 2.0], "labels": 0}] * 8

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, i):
        row = self.rows[i]
        return torch.tensor(row["x"]), row["label"]

if __name__ == "__main__":
    for batch in DataLoader(Rows(), batch_size=4, num_workers=1):
        pass
