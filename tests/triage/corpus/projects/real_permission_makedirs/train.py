import os

out_dir = "/sys/kernel/trainer-runs/run1"
os.makedirs(out_dir, exist_ok=True)
