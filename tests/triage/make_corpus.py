"""Regenerate the REAL part of the triage corpus by running small programs that fail for real.

    python tests/triage/make_corpus.py            # numpy-only scenarios (python3 on PATH)
    python tests/triage/make_corpus.py --torch /path/to/python-with-torch   # adds the torch (CPU) ones

Each scenario is a tiny project written to a temp folder and run there; its combined output becomes
``corpus/<name>.log`` with the temp folder replaced by ``/home/user/proj`` so the logs are stable, and
its label goes to ``corpus/labels.json`` (hand-written GPU samples keep their labels there).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent / "corpus"
PROJ = "/home/user/proj"


def s(text: str) -> str:
    return textwrap.dedent(text).lstrip()


# name -> (files, argv (python is argv[0] placeholder "PY"), label)
NUMPY_SCENARIOS: dict[str, tuple[dict[str, str], list[str], dict]] = {
    "real_file_not_found_read": (
        {
            "train.py": s("""
            import numpy as np

            def load(path):
                return np.loadtxt(path, delimiter=",")

            def main():
                data = load("data/trian.csv")
                print(data.shape)

            main()
        """),
            "data/train.csv": "1,2\n3,4\n",
        },
        ["PY", "train.py"],
        {
            "kind": "runtime",
            "category": "file_not_found",
            "exception": "FileNotFoundError",
            "frame": "train.py:4",
            "fix": "closest_path",
        },
    ),
    "real_file_not_found_write": (
        {
            "train.py": s("""
            import numpy as np

            weights = np.zeros(3)
            for step in range(3):
                weights += 0.1
            np.save("outputs/run1/weights.npy", weights)
        """)
        },
        ["PY", "train.py"],
        {
            "kind": "runtime",
            "category": "file_not_found",
            "exception": "FileNotFoundError",
            "frame": "train.py:6",
            "fix": "create_dir",
        },
    ),
    "real_module_not_found": (
        {
            "train.py": s("""
            import numpy as np
            import cv2

            print(cv2.__version__)
        """)
        },
        ["PY", "train.py"],
        {
            "kind": "runtime",
            "category": "import_error",
            "exception": "ModuleNotFoundError",
            "frame": "train.py:2",
            "fix": "pip_install",
        },
    ),
    "real_config_key_typo": (
        {
            "train.py": s("""
            import yaml

            with open("configs/base.yaml") as fh:
                cfg = yaml.safe_load(fh)

            lr = cfg["learning_rate"]
            print("lr", lr)
        """),
            "configs/base.yaml": "learning_rat: 0.001\nbatch_size: 32\n",
        },
        ["PY", "train.py"],
        {
            "kind": "runtime",
            "category": "config_error",
            "exception": "KeyError",
            "frame": "train.py:6",
            "fix": "config_key",
        },
    ),
    "real_argparse_unrecognized": (
        {
            "train.py": s("""
            import argparse

            parser = argparse.ArgumentParser()
            parser.add_argument("--lr", type=float, default=1e-3)
            args = parser.parse_args()
        """)
        },
        ["PY", "train.py", "--learning-rate", "0.1"],
        {"kind": "runtime", "category": "config_error", "exception": "ArgumentError"},
    ),
    "real_yaml_scanner": (
        {
            "train.py": s("""
            import yaml

            with open("config.yaml") as fh:
                cfg = yaml.safe_load(fh)
        """),
            "config.yaml": "model:\n  name: tiny\n lr: 0.1\n  layers: [1, 2\n",
        },
        ["PY", "train.py"],
        {"kind": "runtime", "category": "config_error", "exception": "ParserError", "frame": "train.py:4"},
    ),
    "real_permission": (
        {
            "train.py": s("""
            def save_log(path, text):
                with open(path, "w") as fh:
                    fh.write(text)

            save_log("/sys/kernel/notes", "step 1 loss 0.5")
        """)
        },
        ["PY", "train.py"],
        {"kind": "runtime", "category": "permission", "exception": "PermissionError", "frame": "train.py:2"},
    ),
    "real_env_var_missing": (
        {
            "train.py": s("""
            import os

            api_key = os.environ["WANDB_API_KEY"]
        """)
        },
        ["PY", "train.py"],
        {"kind": "runtime", "category": "environment", "exception": "KeyError", "frame": "train.py:3"},
    ),
    "real_shape_matmul": (
        {
            "model.py": s("""
            import numpy as np

            def forward(x, w):
                return x @ w
        """),
            "train.py": s("""
            import numpy as np
            from model import forward

            x = np.ones((8, 16))
            w = np.ones((32, 4))
            out = forward(x, w)
        """),
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "shape_mismatch", "exception": "ValueError", "frame": "model.py:4"},
    ),
    "real_shape_broadcast": (
        {
            "train.py": s("""
            import numpy as np

            pred = np.zeros((32, 10))
            target = np.zeros((32,))
            loss = ((pred - target[:, None, None]) ** 2).mean()
            residual = pred + np.zeros((16, 10))
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "shape_mismatch", "exception": "ValueError", "frame": "train.py:6"},
    ),
    "real_shape_reshape": (
        {
            "train.py": s("""
            import numpy as np

            batch = np.arange(30)
            images = batch.reshape(4, 3, 3)
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "shape_mismatch", "exception": "ValueError", "frame": "train.py:4"},
    ),
    "real_nan_loss_fpe": (
        {
            "train.py": s("""
            import numpy as np

            np.seterr(all="raise")
            rng = np.random.default_rng(0)
            w = rng.normal(size=4)
            lr = 50.0
            for step in range(100):
                x = rng.normal(size=4)
                p = 1 / (1 + np.exp(-x @ w))
                loss = -np.log(p)
                w -= lr * (p - 1) * x * 100
                print(f"step {step} loss {loss:.4f}")
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "numerical", "exception": "FloatingPointError"},
    ),
    "real_nan_loss_check": (
        {
            "train.py": s("""
            import math
            import numpy as np

            w = np.array([1.0, 2.0])
            for step in range(20):
                w = w * 1e60
                loss = float(np.sum(w * w) - np.sum(w * w))
                if step > 3:
                    loss = float(np.inf - np.inf)
                if not math.isfinite(loss):
                    raise FloatingPointError(f"loss is nan at step {step}")
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "numerical", "exception": "FloatingPointError", "frame": "train.py:11"},
    ),
    "real_data_keyerror": (
        {
            "data.py": s("""
            class Dataset:
                def __init__(self):
                    self.rows = [{"text": "a", "labels": 0}, {"text": "b", "labels": 1}]

                def __getitem__(self, i):
                    row = self.rows[i]
                    return row["text"], row["label"]
        """),
            "train.py": s("""
            from data import Dataset

            ds = Dataset()
            for i in range(2):
                x, y = ds[i]
        """),
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "data_pipeline", "exception": "KeyError", "frame": "data.py:7"},
    ),
    "real_data_index": (
        {
            "train.py": s("""
            samples = [[0.1, 0.2], [0.3, 0.4]]

            def get_batch(i, size=2):
                return [samples[i * size + k] for k in range(size)]

            for i in range(3):
                batch = get_batch(i)
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "data_pipeline", "exception": "IndexError", "frame": "train.py:4"},
    ),
    "real_zero_division": (
        {
            "train.py": s("""
            losses = []
            mean = sum(losses) / len(losses)
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "numerical", "exception": "ZeroDivisionError", "frame": "train.py:2"},
    ),
    "real_chained_during_handling": (
        {
            "train.py": s("""
            import json

            def read_config(path):
                try:
                    with open(path) as fh:
                        return json.load(fh)
                except FileNotFoundError:
                    return defaults[path]

            read_config("conf/missing.json")
        """)
        },
        ["PY", "train.py"],
        {
            "kind": "runtime",
            "category": "file_not_found",
            "exception": "FileNotFoundError",
            "frame": "train.py:5",
            "shapes": ["chained"],
        },
    ),
    "real_multiprocessing_pool": (
        {
            "train.py": s("""
            import multiprocessing as mp

            def preprocess(path):
                with open(path) as fh:
                    return fh.read()

            if __name__ == "__main__":
                with mp.Pool(2) as pool:
                    pool.map(preprocess, ["shard-0.txt", "shard-1.txt"])
        """)
        },
        ["PY", "train.py"],
        {
            "kind": "runtime",
            "category": "file_not_found",
            "exception": "FileNotFoundError",
            "frame": "train.py:4",
        },
    ),
    "real_rich_traceback": (
        {
            "train.py": s("""
            from rich.traceback import install

            install(width=80)

            def load_checkpoint(path):
                with open(path, "rb") as fh:
                    return fh.read()

            state = load_checkpoint("checkpoints/last.ckpt")
        """),
            "checkpoints/last.ckpt.bak": "x",
        },
        ["PY", "train.py"],
        {
            "kind": "runtime",
            "category": "file_not_found",
            "exception": "FileNotFoundError",
            "frame": "train.py:6",
            "shapes": ["rich"],
            "fix": "closest_path",
        },
    ),
    "real_ipython_frames": (
        {
            "model.py": s("""
            import numpy as np

            def project(x, w):
                return np.dot(x, w)
        """)
        },
        [
            "PY",
            "-m",
            "IPython",
            "--colors=NoColor",
            "--no-banner",
            "--HistoryManager.enabled=False",
            "-c",
            "import numpy as np\nfrom model import project\nproject(np.ones((2, 3)), np.ones((4, 5)))",
        ],
        {
            "kind": "logic",
            "category": "shape_mismatch",
            "exception": "ValueError",
            "frame": "model.py:4",
            "shapes": ["ipython"],
        },
    ),
    "real_module_not_found_skimage": (
        {
            "train.py": s("""
            from skimage.metrics import structural_similarity

            print(structural_similarity)
        """)
        },
        ["PY", "train.py"],
        {
            "kind": "runtime",
            "category": "import_error",
            "exception": "ModuleNotFoundError",
            "frame": "train.py:1",
            "fix": "pip_install",
        },
    ),
    "real_cannot_import_name": (
        {
            "train.py": s("""
            from yaml import CSafeDumperV2

            print(CSafeDumperV2)
        """)
        },
        ["PY", "train.py"],
        {
            "kind": "runtime",
            "category": "import_error",
            "exception": "ImportError",
            "frame": "train.py:1",
            # no fix: the project pins no version of PyYAML, so nothing says an upgrade would have the name
        },
    ),
    "real_permission_makedirs": (
        {
            "train.py": s("""
            import os

            out_dir = "/sys/kernel/trainer-runs/run1"
            os.makedirs(out_dir, exist_ok=True)
        """)
        },
        ["PY", "train.py"],
        {"kind": "runtime", "category": "permission", "exception": "PermissionError", "frame": "train.py:4"},
    ),
    "real_unknown_none_attribute": (
        {
            "train.py": s("""
            def lookup(table, key):
                return table.get(key)

            emb = lookup({"a": [1, 2]}, "b")
            print(emb.shape)
        """)
        },
        ["PY", "train.py"],
        {"kind": "unknown", "category": None, "exception": "AttributeError", "frame": "train.py:5"},
    ),
    "real_unknown_unpack": (
        {
            "train.py": s("""
            def step(batch):
                x, y = batch
                return x

            step((1, 2, 3))
        """)
        },
        ["PY", "train.py"],
        {"kind": "unknown", "category": None, "exception": "ValueError", "frame": "train.py:2"},
    ),
    "real_unknown_assert": (
        {
            "train.py": s("""
            seen = {"train": 10, "val": 0}
            assert seen["val"] > 0, f"bad split sizes {seen}"
        """)
        },
        ["PY", "train.py"],
        {"kind": "unknown", "category": None, "exception": "AssertionError", "frame": "train.py:2"},
    ),
    "real_unknown_custom": (
        {
            "train.py": s("""
            class BudgetExceeded(Exception):
                pass

            def step(i):
                if i == 2:
                    raise BudgetExceeded("run budget exhausted after step 2")

            for i in range(5):
                step(i)
        """)
        },
        ["PY", "train.py"],
        {"kind": "unknown", "category": None, "exception": "BudgetExceeded", "frame": "train.py:6"},
    ),
}

TORCH_SCENARIOS: dict[str, tuple[dict[str, str], list[str], dict]] = {
    "torch_mat1_mat2": (
        {
            "train.py": s("""
            import torch
            from torch import nn

            model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(64, 2))
            x = torch.randn(4, 16)
            out = model(x)
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "shape_mismatch", "exception": "RuntimeError", "frame": "train.py:6"},
    ),
    "torch_target_out_of_bounds": (
        {
            "train.py": s("""
            import torch
            import torch.nn.functional as F

            logits = torch.randn(4, 3)
            labels = torch.tensor([0, 1, 2, 5])
            loss = F.cross_entropy(logits, labels)
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "loss", "exception": "IndexError", "frame": "train.py:6"},
    ),
    "torch_no_grad_fn": (
        {
            "train.py": s("""
            import torch

            w = torch.randn(3)
            loss = (w * 2).sum().detach()
            loss.backward()
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "loss", "exception": "RuntimeError", "frame": "train.py:5"},
    ),
    "torch_state_dict_keys": (
        {
            "train.py": s("""
            import torch
            from torch import nn

            saved = nn.Sequential(nn.Linear(4, 4), nn.Linear(4, 2)).state_dict()
            model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
            model.load_state_dict(saved)
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "architecture", "exception": "RuntimeError", "frame": "train.py:6"},
    ),
    "torch_empty_params": (
        {
            "train.py": s("""
            import torch

            params = [p for p in torch.nn.Linear(2, 2).parameters() if p.dim() > 2]
            opt = torch.optim.AdamW(params, lr=1e-3)
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "optimizer", "exception": "ValueError", "frame": "train.py:4"},
    ),
    "torch_invalid_lr": (
        {
            "train.py": s("""
            import torch

            model = torch.nn.Linear(2, 2)
            opt = torch.optim.SGD(model.parameters(), lr=-0.1)
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "hyperparameter", "exception": "ValueError", "frame": "train.py:4"},
    ),
    "torch_dataloader_worker": (
        {
            "train.py": s("""
            import torch
            from torch.utils.data import DataLoader, Dataset

            class Rows(Dataset):
                def __init__(self):
                    self.rows = [{"x": [1.0, 2.0], "labels": 0}] * 8

                def __len__(self):
                    return len(self.rows)

                def __getitem__(self, i):
                    row = self.rows[i]
                    return torch.tensor(row["x"]), row["label"]

            if __name__ == "__main__":
                for batch in DataLoader(Rows(), batch_size=4, num_workers=1):
                    pass
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "data_pipeline", "exception": "KeyError", "frame": "train.py:13"},
    ),
    "torch_collate_sizes": (
        {
            "train.py": s("""
            import torch
            from torch.utils.data import DataLoader

            items = [torch.zeros(3), torch.zeros(4)]
            for batch in DataLoader(items, batch_size=2):
                pass
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "data_pipeline", "exception": "RuntimeError", "frame": "train.py:5"},
    ),
    "torch_non_leaf_optimizer": (
        {
            "train.py": s("""
            import torch

            w = torch.randn(3, requires_grad=True) * 2
            opt = torch.optim.SGD([w], lr=0.1)
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "optimizer", "exception": "ValueError", "frame": "train.py:4"},
    ),
    "torch_invalid_beta": (
        {
            "train.py": s("""
            import torch

            model = torch.nn.Linear(2, 2)
            opt = torch.optim.Adam(model.parameters(), lr=1e-3, betas=(0.9, 1.5))
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "hyperparameter", "exception": "ValueError", "frame": "train.py:4"},
    ),
    "torch_state_dict_size_mismatch": (
        {
            "train.py": s("""
            import torch
            from torch import nn

            saved = nn.Linear(8, 4).state_dict()
            model = nn.Linear(16, 4)
            model.load_state_dict(saved)
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "architecture", "exception": "RuntimeError", "frame": "train.py:6"},
    ),
    "torch_multi_target": (
        {
            "train.py": s("""
            import torch
            import torch.nn.functional as F

            logits = torch.randn(4, 3)
            labels = torch.zeros(4, 3, dtype=torch.long)
            loss = F.nll_loss(F.log_softmax(logits, -1), labels)
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "loss", "exception": "RuntimeError", "frame": "train.py:6"},
    ),
    "torch_gloo_init_no_master": (
        {
            "train.py": s("""
            import os
            import torch.distributed as dist

            os.environ.pop("MASTER_ADDR", None)
            dist.init_process_group("gloo", init_method="env://", rank=0, world_size=2)
        """)
        },
        ["PY", "train.py"],
        {"kind": "runtime", "category": "distributed", "exception": "ValueError", "frame": "train.py:5"},
    ),
    "torch_nan_anomaly": (
        {
            "train.py": s("""
            import torch

            torch.autograd.set_detect_anomaly(True)
            x = torch.tensor([-1.0], requires_grad=True)
            y = torch.sqrt(x)
            y.backward()
        """)
        },
        ["PY", "train.py"],
        {"kind": "logic", "category": "numerical", "exception": "RuntimeError", "frame": "train.py:6"},
    ),
    "torch_torchrun_rank1_fails": (
        {
            "train.py": s("""
            import os
            import torch
            import torch.distributed as dist

            dist.init_process_group("gloo")
            rank = dist.get_rank()
            if rank == 1:
                data = open("data/shard-1.bin", "rb").read()
            dist.barrier()
            dist.destroy_process_group()
        """)
        },
        ["TORCHRUN", "--nproc_per_node", "2", "--master_port", "29611", "train.py"],
        {
            "kind": "runtime",
            "category": "file_not_found",
            "exception": "FileNotFoundError",
            "frame": "train.py:8",
            "rank": 1,
        },
    ),
}


def run(name: str, files: dict[str, str], argv: list[str], python: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "proj"
        for rel, content in files.items():
            p = root / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(content)
        cmd = [python if a == "PY" else a for a in argv]
        if cmd[0] == "TORCHRUN":
            cmd = [python, "-m", "torch.distributed.run", *cmd[1:]]
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, timeout=300, env=env)
        if proc.returncode == 0 and "Traceback" not in proc.stdout + proc.stderr:
            raise SystemExit(f"{name}: expected a failure, the program succeeded")
        text = proc.stdout + proc.stderr
        return text.replace(str(root.resolve()), PROJ).replace(str(root), PROJ)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--torch", metavar="PYTHON", help="an interpreter with torch (CPU) for the torch scenarios"
    )
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args()
    labels_path = HERE / "labels.json"
    labels = json.loads(labels_path.read_text()) if labels_path.exists() else {}
    todo = [(n, sc, args.python) for n, sc in NUMPY_SCENARIOS.items()]
    if args.torch:
        todo += [(n, sc, args.torch) for n, sc in TORCH_SCENARIOS.items()]
    for name, (files, argv, label), python in todo:
        text = run(name, files, argv, python)
        (HERE / f"{name}.log").write_text(text)
        project = HERE / "projects" / name
        for rel, content in files.items():
            p = project / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(content)
        labels[f"{name}.log"] = {**label, "origin": "real", "project": f"projects/{name}"}
        print(f"{name}: {len(text.splitlines())} lines")
    labels_path.write_text(json.dumps(dict(sorted(labels.items())), indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
