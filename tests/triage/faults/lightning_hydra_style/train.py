"""A run composed by Hydra the way Lightning+Hydra templates are: conf/config.yaml with trainer and
data groups, overrides on the command line (trainer.max_epochs=3), a fit loop over the data."""

import csv

import hydra
import numpy as np
from omegaconf import DictConfig


def load(path: str):
    with open(path) as fh:
        rows = [list(map(float, r)) for r in csv.reader(fh)]
    data = np.array(rows)
    return data[:, :-1], data[:, -1]


@hydra.main(version_base=None, config_path="conf", config_name="config")
def main(cfg: DictConfig) -> None:
    x, y = load(hydra.utils.to_absolute_path(cfg.data.path))
    w = np.zeros(x.shape[1])
    precision = cfg.trainer.precision
    for epoch in range(cfg.trainer.max_epochs):
        grad = x.T @ (x @ w - y) / len(x)
        w -= cfg.optim.lr * grad
        loss = float(((x @ w - y) ** 2).mean())
        print(f"Epoch {epoch}: train_loss={loss:.4f} precision={precision}")


if __name__ == "__main__":
    main()
