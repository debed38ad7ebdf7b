"""Benchmark: training-command detection on generated trees, beside the floor measured in the same run.

Two trees (goal: issue 21):
* a 20,000-file monorepo with 55 ``.gitignore`` files (packages of modules, example folders with
  READMEs and scripts, configs, docs, notebooks, ignored output folders, a virtualenv and ``.git``):
  detection <= 2 s and <= 10x ``find ROOT -type f | wc -l``;
* a 1,500-file repository (a package, scripts, configs, a README): detection <= 1 s.

Each is timed several times (median and worst of ``detect(root)``, no environment probes) with the
floor (``find | wc -l``) timed in the same run, interleaved.

Usage: python bench/training_detect.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from trainerd.training.detect import detect

README = """# project

## Quick start

```bash
python data/prepare.py
torchrun --nproc_per_node 8 train.py experiment=base
```

Examples: {links}
"""
MODULE = "import torch\n\n\ndef f{i}(x):\n    return torch.relu(x) * {i}\n"
SCRIPT = (
    "import argparse\n\nimport torch\n\n\ndef main():\n    p = argparse.ArgumentParser()\n    p.add_argument('--lr')\n"
    "    model = torch.nn.Linear(2, 2)\n    opt = torch.optim.SGD(model.parameters(), lr=0.1)\n"
    "    model(torch.ones(1, 2)).sum().backward()\n    opt.step()\n\n\nif __name__ == '__main__':\n    main()\n"
)


def build_monorepo(root: Path, files: int = 20_000, gitignores: int = 55) -> int:
    """A tree of ``files`` files detection walks, ``gitignores`` of them .gitignore files."""
    count = 0
    links = []
    packages = 40
    for pkg in range(packages):
        folder = root / "src" / f"pkg{pkg:02d}"
        for sub in range(5):
            (folder / f"sub{sub}").mkdir(parents=True, exist_ok=True)
            for i in range(60):
                (folder / f"sub{sub}" / f"module_{i}.py").write_text(MODULE.format(i=i))
                count += 1
        (folder / "__init__.py").write_text("")
        (folder / "trainer.py").write_text("class Trainer:\n    def fit(self):\n        pass\n")
        count += 2
    for ex in range(50):
        folder = root / "examples" / f"ex{ex:02d}"
        folder.mkdir(parents=True)
        (folder / "README.md").write_text(f"# ex{ex}\n\n```bash\npython train.py --lr 0.{ex}\n```\n")
        (folder / "train.py").write_text(SCRIPT)
        (folder / "run.sh").write_text("python train.py --lr 1\n")
        (folder / "config.yaml").write_text("lr: 1\n")
        links.append(f"[ex{ex}](examples/ex{ex:02d}/README.md)")
        count += 4
    for i in range(300):
        (root / "configs" / f"group{i % 10}").mkdir(parents=True, exist_ok=True)
        (root / "configs" / f"group{i % 10}" / f"opt{i}.yaml").write_text(f"lr: {i}\n")
        count += 1
    for i in range(200):
        (root / "docs" / f"section{i % 8}").mkdir(parents=True, exist_ok=True)
        text = f"# Page {i}\n\n```bash\npython train.py experiment=e{i}\n```\n" if i % 20 == 0 else "text\n"
        (root / "docs" / f"section{i % 8}" / f"page{i}.md").write_text(text)
        count += 1
    (root / "train.py").write_text(
        "import hydra\n\n@hydra.main(config_path='configs', config_name='train')\ndef main(cfg):\n"
        "    cfg.model.fit()\n\nif __name__ == '__main__':\n    main()\n"
    )
    (root / "data").mkdir()
    (root / "data" / "prepare.py").write_text("print('prepare')\n")
    (root / "README.md").write_text(README.format(links=", ".join(links)))
    (root / "Makefile").write_text("train:\n\tpython train.py\n")
    count += 4
    made = 0
    for folder in sorted(p for p in root.rglob("*") if p.is_dir())[: gitignores - 1]:
        (folder / ".gitignore").write_text("*.ckpt\nwandb/\n__pycache__/\n*.log\n/tmp-*\n")
        made += 1
    (root / ".gitignore").write_text("outputs/\n*.pt\n")
    count += made + 1
    filler = root / "assets"
    filler.mkdir()
    while count < files:
        (filler / f"a{count}.txt").write_text("x\n")
        count += 1
    # what detection must skip: .git, a virtualenv, outputs/ (ignored), node_modules
    for pruned in (".git/objects", ".venv/lib", "node_modules/pkg", "outputs/run"):
        folder = root / pruned
        folder.mkdir(parents=True)
        for i in range(500):
            (folder / f"train_{i}.py").write_text("")
    (root / ".venv" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    return count


def build_repo(root: Path) -> int:
    """A 1,500-file repository: a package, scripts, configs, docs and a README."""
    count = 0
    for sub in range(12):
        folder = root / "lib" / f"part{sub}"
        folder.mkdir(parents=True)
        for i in range(100):
            (folder / f"m{i}.py").write_text(MODULE.format(i=i))
            count += 1
    for i in range(20):
        (root / "scripts").mkdir(exist_ok=True)
        (root / "scripts" / f"train_{i}.py").write_text(SCRIPT)
        count += 1
    for i in range(200):
        (root / "configs").mkdir(exist_ok=True)
        (root / "configs" / f"c{i}.yaml").write_text("lr: 1\n")
        count += 1
    (root / "README.md").write_text(README.format(links=""))
    (root / "train.py").write_text(SCRIPT)
    count += 2
    while count < 1500:
        (root / "docs").mkdir(exist_ok=True)
        (root / "docs" / f"p{count}.md").write_text("text\n")
        count += 1
    return count


def _find(root: Path) -> float:
    started = time.perf_counter()
    subprocess.run(f"find {root} -type f | wc -l", shell=True, check=True, capture_output=True)
    return time.perf_counter() - started


def measure(root: Path, runs: int) -> tuple[list[float], list[float], object]:
    times, floors = [], []
    result = None
    for _ in range(runs):
        floors.append(_find(root))
        started = time.perf_counter()
        result = detect(root)
        times.append(time.perf_counter() - started)
    return times, floors, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for label, builder, goal in (("20k-file monorepo, 55 .gitignore", build_monorepo, 2.0),
                                     ("1,500-file repository", build_repo, 1.0)):  # fmt: skip
            root = Path(tmp) / label.split()[0].replace(",", "")
            root.mkdir()
            files = builder(root)
            times, floors, result = measure(root, args.runs)
            median, floor = statistics.median(times), statistics.median(floors)
            print(f"{label}: {files} files to walk, {result.files_scanned} seen after pruning, "  # type: ignore[attr-defined]
                  f"{len(result.commands)} commands")  # type: ignore[attr-defined]  # fmt: skip
            print(f"  detect: median {median * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms ({args.runs} runs; "
                  f"goal <= {goal:g} s)")  # fmt: skip
            print(f"  floor `find | wc -l`: median {floor * 1000:.0f} ms -> ratio x{median / floor:.1f}")


if __name__ == "__main__":
    main()
