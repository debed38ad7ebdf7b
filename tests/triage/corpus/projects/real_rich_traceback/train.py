from rich.traceback import install

install(width=80)

def load_checkpoint(path):
    with open(path, "rb") as fh:
        return fh.read()

state = load_checkpoint("checkpoints/last.ckpt")
