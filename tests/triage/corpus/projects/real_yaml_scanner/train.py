import yaml

with open("config.yaml") as fh:
    cfg = yaml.safe_load(fh)
