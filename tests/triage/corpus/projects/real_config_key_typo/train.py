import yaml

with open("configs/base.yaml") as fh:
    cfg = yaml.safe_load(fh)

lr = cfg["learning_rate"]
print("lr", lr)
