def build_model(cfg):
    raise NotImplementedError
