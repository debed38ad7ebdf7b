import yaml
import torch
from model import build_model


def main():
    cfg = yaml.safe_load(open("configs/train.yaml"))
    model = build_model(cfg).cuda()
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"])
    for step, batch in enumerate(loader(cfg)):
        batch = {k: v.cuda() for k, v in batch.items()}
        loss = model(**batch).loss
        loss = loss / cfg["gradient_accumulation_steps"]
        loss.backward()





main()
