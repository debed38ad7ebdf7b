import os
import torch.distributed as dist

os.environ.pop("MASTER_ADDR", None)
dist.init_process_group("gloo", init_method="env://", rank=0, world_size=2)
