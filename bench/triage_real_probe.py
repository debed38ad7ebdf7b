"""Real tracebacks, produced now by the libraries installed here: a precision probe of triage (issue 18).

    python bench/triage_real_probe.py [--json OUT] [--python /path/to/python-with-torch]

Each probe is a small training-script-shaped program written to a temporary folder and run with this
interpreter; its stderr (the real traceback the library raises) goes to ``triage_text``. The expected
category is the one the field labels would give (``None``: unknown, no category in the table). Nothing is
vendored: the programs are ours, the tracebacks come from the installed versions of numpy, omegaconf,
Hydra, PyYAML, requests, huggingface_hub, pydantic, setuptools' pkg_resources and the standard library.
A probe whose library is not installed is skipped. Network access is not needed (offline failures are
among the probes).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from trainerd.triage.service import triage_text  # noqa: E402

# name -> (library needed, expected category or None, program)
PROBES: dict[str, tuple[str | None, str | None, str]] = {
    "omegaconf_unsupported_value": (
        "omegaconf",
        "config_error",
        "from omegaconf import OmegaConf\ncfg = OmegaConf.create({'train': {'augment': {1, 2}}})\n",
    ),
    "omegaconf_struct_missing_key": (
        "omegaconf",
        "config_error",
        "from omegaconf import OmegaConf\ncfg = OmegaConf.create({'lr': 0.1})\nOmegaConf.set_struct(cfg, True)\n"
        "print(cfg.batch_size)\n",
    ),
    "omegaconf_mandatory_missing": (
        "omegaconf",
        "config_error",
        "from omegaconf import OmegaConf\ncfg = OmegaConf.create({'data': {'root': '???'}})\nprint(cfg.data.root)\n",
    ),
    "omegaconf_interpolation": (
        "omegaconf",
        "config_error",
        "from omegaconf import OmegaConf\ncfg = OmegaConf.create({'out': '${paths.root}/run'})\nprint(cfg.out)\n",
    ),
    "hydra_override_unknown_key": (
        "hydra",
        "config_error",
        "import os, hydra\nos.makedirs('conf', exist_ok=True)\n"
        "open('conf/config.yaml', 'w').write('lr: 0.1\\n')\nimport sys\nsys.argv = ['train.py', 'epochs=3']\n"
        "@hydra.main(config_path='conf', config_name='config', version_base=None)\n"
        "def main(cfg):\n    print(cfg.lr)\n\nmain()\n",
    ),
    "yaml_config_syntax": (
        "yaml",
        "config_error",
        "import yaml\nopen('config.yaml', 'w').write('model: resnet: 50\\n')\ncfg = yaml.safe_load(open('config.yaml'))\n",
    ),
    "toml_config_syntax": (
        None,
        "config_error",
        "import tomllib\nopen('train.toml', 'w').write('lr = \\n')\ncfg = tomllib.load(open('train.toml', 'rb'))\n",
    ),
    "json_config_syntax": (
        None,
        "config_error",
        "import json\nopen('config.json', 'w').write('{\"lr\": 0.1,}')\ncfg = json.load(open('config.json'))\n",
    ),
    "argparse_required": (
        None,
        "config_error",
        "import argparse\np = argparse.ArgumentParser(prog='train.py')\np.add_argument('--data', required=True)\n"
        "args = p.parse_args([])\n",
    ),
    "argparse_bad_type": (
        None,
        "config_error",
        "import argparse\np = argparse.ArgumentParser(prog='train.py')\np.add_argument('--lr', type=float)\n"
        "args = p.parse_args(['--lr', 'fast'])\n",
    ),
    "pydantic_config_validation": (
        "pydantic",
        "config_error",
        "from pydantic import BaseModel\nclass TrainConfig(BaseModel):\n    lr: float\n    epochs: int\n"
        "cfg = TrainConfig(lr='fast', epochs=3)\n",
    ),
    "requests_name_resolution": (
        "requests",
        "environment",
        "import requests\nrequests.get('http://weights.invalid/model.bin', timeout=2)\n",
    ),
    "hf_hub_offline": (
        "huggingface_hub",
        "environment",
        "import os\nos.environ['HF_HUB_OFFLINE'] = '1'\nfrom huggingface_hub import hf_hub_download\n"
        "hf_hub_download('example-org/tiny-model', 'config.json', cache_dir='hf-cache')\n",
    ),
    "package_metadata_missing": (
        None,
        "import_error",
        "from importlib.metadata import version\nprint(version('flash-attn-probe'))\n",
    ),
    "pkg_resources_version_conflict": (
        "pkg_resources",
        "import_error",
        "import pkg_resources\npkg_resources.require('numpy>=999')\n",
    ),
    "module_missing": (None, "import_error", "import tiny_probe_models\n"),
    "numpy_matmul_shapes": (
        "numpy",
        "shape_mismatch",
        "import numpy as np\nw = np.ones((128, 64))\nx = np.ones((32, 100))\ny = x @ w\n",
    ),
    "numpy_reshape": ("numpy", "shape_mismatch", "import numpy as np\nx = np.ones(10).reshape(3, 3)\n"),
    "numpy_broadcast": (
        "numpy",
        "shape_mismatch",
        "import numpy as np\ny = np.ones((8, 3)) + np.ones((4, 5))\n",
    ),
    "data_file_missing": (None, "file_not_found", "rows = open('data/train.csv').read().splitlines()\n"),
    "env_var_missing": (None, "environment", "import os\nrank = int(os.environ['TRAINER_PROBE_RANK'])\n"),
    "permission_write": (
        None,
        "permission",
        "import os, stat\nos.makedirs('ro', exist_ok=True)\nos.chmod('ro', stat.S_IRUSR | stat.S_IXUSR)\n"
        "open('ro/ckpt.bin', 'wb').write(b'x')\n",
    ),
    "batch_key_missing": (
        None,
        "data_pipeline",
        "batches = [{'input_ids': [1, 2]}]\nfor batch in batches:\n    y = batch['labels']\n",
    ),
    # a `_target_` that cannot be imported: a wrong path, a wrong working directory or a missing package
    # (the field labels call a configured import path that fails unknown: setd pipnet, rlstarter)
    "hydra_instantiate_wrong_target": (
        "hydra",
        None,
        "from hydra.utils import instantiate\nmodel = instantiate({'_target_': 'models.TinyNett', 'width': 8})\n",
    ),
    # torch (run with --python pointing at an interpreter that has it, when this one does not)
    "torch_lstm_input_size": (
        "torch",
        "shape_mismatch",
        "import torch\nrnn = torch.nn.LSTM(input_size=32, hidden_size=16)\nx = torch.randn(5, 2, 40)\nout, _ = rnn(x)\n",
    ),
    "torch_layernorm_shape": (
        "torch",
        "shape_mismatch",
        "import torch\nnorm = torch.nn.LayerNorm(64)\nh = torch.randn(2, 10, 48)\ny = norm(h)\n",
    ),
    "torch_cat_sizes": (
        "torch",
        "shape_mismatch",
        "import torch\na = torch.randn(4, 8)\nb = torch.randn(5, 3)\nh = torch.cat([a, b], dim=1)\n",
    ),
    "torch_dataset_record_key": (
        "torch",
        "data_pipeline",
        "import torch\nfrom torch.utils.data import DataLoader, Dataset\nclass Pairs(Dataset):\n"
        "    rows = [{'text': 'a', 'label': 1}, {'text': 'b'}]\n    def __len__(self):\n        return 2\n"
        "    def __getitem__(self, i):\n        row = self.rows[i]\n        return row['text'], row['label']\n"
        "for batch in DataLoader(Pairs(), batch_size=2):\n    pass\n",
    ),
    "torch_collate_fn_value": (
        "torch",
        "data_pipeline",
        "import torch\nfrom torch.utils.data import DataLoader\ndef pad_collate(rows):\n"
        "    return torch.tensor([float(r) for r in rows])\n"
        "for batch in DataLoader(['1.5', 'n/a'], batch_size=2, collate_fn=pad_collate):\n    pass\n",
    ),
    "torch_random_split_lengths": (
        "torch",
        "data_pipeline",
        "import torch\nfrom torch.utils.data import random_split\ntrain, val = random_split(list(range(100)), [80, 30])\n",
    ),
    "torch_distributed_uninitialised": (
        "torch",
        "distributed",
        "import torch, torch.distributed as dist\nt = torch.ones(2)\ndist.all_reduce(t)\n",
    ),
    "torch_no_cuda": ("torch", "environment", "import torch\nx = torch.zeros(2).cuda()\n"),
    "torch_load_missing": ("torch", "file_not_found", "import torch\nstate = torch.load('ckpt/last.pt')\n"),
    "hf_config_local_dir_missing": (
        "transformers",
        "file_not_found",
        "import os\nos.environ['HF_HUB_OFFLINE'] = '1'\nfrom transformers import AutoConfig\n"
        "cfg = AutoConfig.from_pretrained('./checkpoints/run-7')\n",
    ),
    "hf_bf16_on_cpu": (
        "transformers",
        "environment",
        "from transformers import TrainingArguments\nargs = TrainingArguments(output_dir='out', bf16=True, use_cpu=False)\n",
    ),
    "accelerate_precision_mode": (
        "accelerate",
        "config_error",
        "from accelerate import Accelerator\nacc = Accelerator(mixed_precision='bf17')\n",
    ),
    "keras_input_shape": (
        "keras",
        "shape_mismatch",
        "import os\nos.environ['KERAS_BACKEND'] = 'torch'\nimport numpy as np, keras\n"
        "model = keras.Sequential([keras.Input(shape=(8,)), keras.layers.Dense(2)])\n"
        "model.compile(loss='mse')\nmodel.fit(np.ones((16, 5)), np.ones((16, 2)), epochs=1, verbose=0)\n",
    ),
    "lightning_no_training_step": (
        "lightning",
        None,
        "import torch, lightning as L\nfrom torch.utils.data import DataLoader, TensorDataset\n"
        "class Tiny(L.LightningModule):\n    def __init__(self):\n        super().__init__()\n"
        "        self.layer = torch.nn.Linear(2, 1)\n    def configure_optimizers(self):\n"
        "        return torch.optim.SGD(self.parameters(), lr=0.1)\n"
        "data = DataLoader(TensorDataset(torch.ones(4, 2), torch.ones(4, 1)), batch_size=2)\n"
        "L.Trainer(max_epochs=1, logger=False, enable_checkpointing=False, enable_progress_bar=False,"
        " accelerator='cpu').fit(Tiny(), data)\n",
    ),
    # code bugs and undecidable files: unknown is the right answer
    "torch_load_truncated": (
        "torch",
        None,
        "import torch\ntorch.save({'w': torch.ones(100)}, 'last.pt')\ndata = open('last.pt', 'rb').read()\n"
        "open('last.pt', 'wb').write(data[: len(data) // 2])\nstate = torch.load('last.pt')\n",
    ),
    "torch_embedding_index": (
        "torch",
        None,
        "import torch\nemb = torch.nn.Embedding(100, 8)\nids = torch.tensor([[3, 150]])\nh = emb(ids)\n",
    ),
    "torch_dtype_matmul": (
        "torch",
        None,
        "import torch\nlayer = torch.nn.Linear(4, 2)\nx = torch.randn(3, 4, dtype=torch.float64)\ny = layer(x)\n",
    ),
    "torch_item_many": ("torch", None, "import torch\nloss = torch.randn(3)\nprint(loss.item())\n"),
    "torch_numpy_requires_grad": (
        "torch",
        None,
        "import torch\nw = torch.randn(3, requires_grad=True)\narr = (w * 2).numpy()\n",
    ),
    # code bugs: no category in the table -- unknown is the right answer
    "hydra_instantiate_constructor_bug": (
        "hydra",
        None,
        "from hydra.utils import instantiate\nclass Tiny:\n    def __init__(self, width):\n"
        "        self.half = [0] * (width // 0)\n"
        "model = instantiate({'_target_': '__main__.Tiny', 'width': 8})\n",
    ),
    "pydantic_data_record": (
        "pydantic",
        None,
        "from pydantic import BaseModel\nclass Sample(BaseModel):\n    text: str\n    score: float\n"
        "rows = [{'text': 'ok', 'score': 'n/a'}]\nsamples = [Sample(**r) for r in rows]\n",
    ),
    "none_attribute": (None, None, "def load():\n    return None\nimg = load()\nh = img.shape[0]\n"),
    "zero_division_mean": (None, None, "losses = []\nmean = sum(losses) / len(losses)\n"),
    "user_index_bug": (None, None, "layers = [64, 128]\nwidth = layers[2]\n"),
    "child_process_failed": (
        None,
        None,
        "import subprocess, sys\nsubprocess.run([sys.executable, '-c', 'raise SystemExit(3)'], check=True)\n",
    ),
}


def run_probe(program: str, folder: Path, python: str) -> str:
    script = folder / "train.py"
    script.write_text(textwrap.dedent(program))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env["CUDA_VISIBLE_DEVICES"] = ""  # the no-CUDA probe must not find a GPU
    done = subprocess.run(
        [python, str(script)], cwd=folder, env=env, capture_output=True, text=True, timeout=120
    )
    return done.stderr


def has(python: str, lib: str) -> bool:
    if python == sys.executable:
        return importlib.util.find_spec(lib) is not None
    env = {**os.environ, "KERAS_BACKEND": os.environ.get("KERAS_BACKEND", "torch")}  # keras 3 without TF
    done = subprocess.run([python, "-c", f"import {lib}"], capture_output=True, timeout=120, env=env)
    return done.returncode == 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", type=Path)
    ap.add_argument("--python", default=sys.executable, help="the interpreter that runs the probe programs")
    args = ap.parse_args()
    rows = []
    present: dict[str, bool] = {}
    for name, (lib, want, program) in PROBES.items():
        if lib is not None and not present.setdefault(lib, has(args.python, lib)):
            rows.append({"probe": name, "skipped": f"{lib} not installed"})
            continue
        if name == "permission_write" and hasattr(os, "geteuid") and os.geteuid() == 0:
            rows.append({"probe": name, "skipped": "running as root: file modes do not stop root"})
            continue
        with tempfile.TemporaryDirectory(prefix="probe-") as tmp:
            stderr = run_probe(program, Path(tmp), args.python)
        report = triage_text(stderr)
        r = report.errors[report.root_cause] if report.root_cause is not None else None
        got = r.category if r is not None else None
        claimed = r is not None and r.kind in ("runtime", "logic")
        score = "right" if got == want and (claimed or want is None) else ("wrong" if claimed else "unknown")
        exc = r.exception.rsplit(".", 1)[-1] if r is not None else "-"
        rule = (r.details.get("rule") if r is not None else None) or "-"
        rows.append({"probe": name, "want": want, "got": got, "score": score, "exception": exc, "rule": rule})
    for row in rows:
        if "skipped" in row:
            print(f"skip  {row['probe']:32} ({row['skipped']})")
        else:
            print(
                f"{row['score']:7} {row['probe']:32} want {row['want']!s:15} got {row['got']!s:15} "
                f"{row['exception']:24} {row['rule']}"
            )
    scored = [r for r in rows if "skipped" not in r]
    counts = {k: sum(r["score"] == k for r in scored) for k in ("right", "unknown", "wrong")}
    print(
        f"{len(scored)} probes: {counts['right']} right, {counts['unknown']} unknown, {counts['wrong']} wrong"
    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
