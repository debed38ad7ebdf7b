"""A small Lightning classifier on synthetic data: tqdm or rich progress bar, CSVLogger and TensorBoard."""

from __future__ import annotations

import time

import lightning as L
import torch
from common import fault_arg
from lightning.pytorch.callbacks import RichProgressBar, TQDMProgressBar
from lightning.pytorch.loggers import CSVLogger, TensorBoardLogger

parser = fault_arg()
parser.add_argument("--bar", choices=["tqdm", "rich"], default="tqdm")
args = parser.parse_args()
L.seed_everything(0)

x = torch.randn(2048, 16)
y = (x[:, :4].sum(1) > 0).long()
train = torch.utils.data.TensorDataset(x[:1792], y[:1792])
val = torch.utils.data.TensorDataset(x[1792:], y[1792:])


class Net(L.LightningModule):
    def __init__(self):
        super().__init__()
        self.net = torch.nn.Sequential(torch.nn.Linear(16, 64), torch.nn.ReLU(), torch.nn.Linear(64, 2))
        self.lr = {"plateau": 0.0}.get(args.fault, 0.05)

    def training_step(self, batch, i):
        xb, yb = batch
        if args.fault == "nan" and self.global_step >= 60:
            xb = xb * float("nan")
        loss = torch.nn.functional.cross_entropy(self.net(xb), yb)
        if args.fault == "slow" and self.current_epoch >= 2:
            time.sleep(0.5)
        if args.fault == "hang" and self.global_step == 100:
            time.sleep(3600)
        self.log("train_loss", loss, prog_bar=True, on_step=True, on_epoch=False)
        return loss

    def validation_step(self, batch, i):
        xb, yb = batch
        self.log("val_loss", torch.nn.functional.cross_entropy(self.net(xb), yb), prog_bar=True)

    def configure_optimizers(self):
        opt = torch.optim.SGD(self.parameters(), lr=self.lr, momentum=0.9)
        if args.fault != "diverge":
            return opt
        ramp = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda step: 1.06**step
        )  # a schedule that climbs too far
        return {"optimizer": opt, "lr_scheduler": {"scheduler": ramp, "interval": "step"}}


# Lightning picks the rich bar by itself when rich is installed: ask for the one wanted
callbacks = [RichProgressBar() if args.bar == "rich" else TQDMProgressBar()]
trainer = L.Trainer(
    max_epochs=args.steps or 4,
    accelerator="cpu",
    devices=1,
    default_root_dir=args.out,
    logger=[CSVLogger(args.out), TensorBoardLogger(args.out)],
    log_every_n_steps=5,
    callbacks=callbacks,
    enable_model_summary=True,
)
trainer.fit(
    Net(),
    torch.utils.data.DataLoader(train, batch_size=32, shuffle=True),
    torch.utils.data.DataLoader(val, batch_size=64),
)
