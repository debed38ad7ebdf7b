import os
import torch
import torch.distributed as dist

dist.init_process_group("gloo")
rank = dist.get_rank()
if rank == 1:
    data = open("data/shard-1.bin", "rb").read()
dist.barrier()
dist.destroy_process_group()
