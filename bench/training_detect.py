"""Benchmark: training-command detection on a generated 10,000-file project (goal <= 1 s).

The tree has 10,000 files detection must look at (a package of 200 modules x 49 files, configs,
scripts, a README, a Makefile) plus folders it must prune (.git, .venv, node_modules, data/, a
.gitignored outputs folder: another 6,000 files). Reports the median and worst of several runs of
``detect(root)`` (no environment probes), then one run of the environment probes alone.

Usage: python bench/training_detect.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from trainerd.training import environment
from trainerd.training.detect import detect


def build(root: Path) -> int:
    count = 0
    for pkg in range(200):
        folder = root / "src" / f"pkg{pkg:03d}"
        folder.mkdir(parents=True)
        for i in range(49):
            name = f"train_{i}.py" if i == 0 and pkg % 20 == 0 else f"module_{i}.py"
            (folder / name).write_text(f"import torch\n\ndef f{i}():\n    return {i}\n")
            count += 1
    for i in range(150):
        (root / "configs" / f"group{i % 10}").mkdir(parents=True, exist_ok=True)
        (root / "configs" / f"group{i % 10}" / f"opt{i}.yaml").write_text(f"lr: {i}\n")
        count += 1
    (root / "scripts").mkdir()
    for i in range(40):
        (root / "scripts" / f"job{i}.sh").write_text(f"python src/pkg000/train_0.py --seed {i}\n")
        count += 1
    (root / "train.py").write_text(
        "import hydra\n\n@hydra.main(config_path='configs', config_name='train')\ndef main(cfg):\n    pass\n\n"
        "if __name__ == '__main__':\n    main()\n"
    )
    (root / "README.md").write_text(
        "# x\n\n```\npython train.py group1=opt1\ntorchrun --nproc_per_node 8 train.py\n```\n"
    )
    (root / "Makefile").write_text("train:\n\tpython train.py\n")
    (root / ".gitignore").write_text("outputs/\n")
    count += 4
    while count < 10_000:
        (root / "docs").mkdir(exist_ok=True)
        (root / "docs" / f"page{count}.md").write_text("text\n")
        count += 1
    for pruned in (".git/objects", ".venv/lib", "node_modules/pkg", "data/shards", "outputs/run"):
        folder = root / pruned
        folder.mkdir(parents=True)
        for i in range(1200):
            (folder / f"train_{i}.py").write_text("")
    (root / ".venv" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = build(root)
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            result = detect(root)
            times.append(time.perf_counter() - started)
        print(f"tree: {files} files detection looks at, {result.files_scanned} seen after pruning")
        print(f"commands found: {len(result.commands)}, configs: {len(result.configs)}")
        print(f"detect: median {statistics.median(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms "
              f"({args.runs} runs)")  # fmt: skip
        started = time.perf_counter()
        env = environment.collect(root, entries=result.entries)
        print(f"environment probes (one run): {(time.perf_counter() - started) * 1000:.0f} ms; "
              f"python {env.python_version}, {env.cuda.summary}")  # fmt: skip


if __name__ == "__main__":
    main()
