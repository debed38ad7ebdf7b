"""Detection on fixture projects shaped like common layouts: exact expected tables, pruning, bad input."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.training.conftest import FIXTURES
from trainerd.errors import TrainerError
from trainerd.training.detect import detect, makefile_targets, readme_commands


def copy_project(name: str, dest: Path) -> Path:
    """A copy of a fixture project, plus the folders detection must prune (git cannot hold them)."""
    root = dest / name
    shutil.copytree(FIXTURES / name, root)
    (root / ".git" / "hooks").mkdir(parents=True)
    (root / ".git" / "hooks" / "run_hook.py").write_text("print('git internals')\n")
    venv = root / ".venv"
    (venv / "lib" / "python3.11" / "site-packages" / "pkg").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (venv / "lib" / "python3.11" / "site-packages" / "pkg" / "train.py").write_text("print('a dependency')\n")
    myenv = root / "myenv"  # a virtualenv under any name
    (myenv / "bin").mkdir(parents=True)
    (myenv / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (myenv / "bin" / "run_env.py").write_text("print('venv')\n")
    (root / "node_modules" / "x").mkdir(parents=True)
    (root / "node_modules" / "x" / "main.py").write_text("print('node')\n")
    (root / "__pycache__").mkdir()
    (root / "__pycache__" / "train.cpython-311.py").write_text("")
    (root / "outputs" / "2024-01-01").mkdir(parents=True)
    (root / "outputs" / "2024-01-01" / "train.py").write_text("print('a Hydra output copy')\n")
    return root


def table(result) -> list[tuple[str, str, str]]:
    return [(c.command, c.source, c.origin) for c in result.commands]


def by_command(result, command: str):
    return next(c for c in result.commands if c.command == command)


def test_nanogpt_like(tmp_path: Path):
    root = copy_project("nanogpt_like", tmp_path)
    (root / "out-shakespeare-char").mkdir()  # ignored by the project's .gitignore (out*/)
    (root / "out-shakespeare-char" / "run_resume.py").write_text("print('ignored')\n")
    result = detect(root)
    assert table(result) == [
        ("python train.py config/train_shakespeare_char.py", "readme", "README.md:18"),
        (
            "python train.py config/train_shakespeare_char.py --device=cpu --compile=False --eval_iters=20 --max_iters=2000",
            "readme",
            "README.md:24",
        ),
        ("torchrun --standalone --nproc_per_node=8 train.py config/train_gpt2.py", "readme", "README.md:30"),
        ("python train.py", "script", "train.py"),
        ("python data/shakespeare_char/prepare.py", "readme", "README.md:12"),
        ("python sample.py --out_dir=out-shakespeare-char", "readme", "README.md:33"),
    ]
    torchrun = by_command(result, "torchrun --standalone --nproc_per_node=8 train.py config/train_gpt2.py")
    assert torchrun.notes == ["multi-GPU via torchrun (8 processes per node)", "uses torch"]
    assert torchrun.configs == ["config/train_gpt2.py"]
    assert torchrun.entry == "train.py"
    assert {c.cwd for c in result.commands} == {str(root)}
    assert by_command(result, "python train.py config/train_shakespeare_char.py --device=cpu --compile=False "
                      "--eval_iters=20 --max_iters=2000").notes == ["runs on CPU", "uses torch"]  # fmt: skip
    assert by_command(result, "python train.py").notes == [
        "uses torch",
        "config files passed as arguments override its globals",
        "multi-GPU via torchrun (DDP)",
        "no __main__ guard: importing it runs it",
    ]
    assert [(c.path, c.format, c.used_by) for c in result.configs] == [
        ("config/finetune_shakespeare.py", "python", []),
        ("config/train_gpt2.py", "python", ["train.py"]),
        ("config/train_shakespeare_char.py", "python", ["train.py"]),
    ]
    assert [e.path for e in result.entries] == ["train.py"]  # nothing from .git, venvs, data/, out*/ ...
    assert result.problems == []


def test_lightning_hydra_template(tmp_path: Path):
    root = copy_project("lightning_hydra", tmp_path)
    result = detect(root)
    assert table(result) == [
        ("python src/train.py trainer=cpu", "readme", "README.md:15"),
        ("python src/train.py trainer=gpu", "readme", "README.md:18"),
        ("python src/train.py experiment=example", "readme", "README.md:24"),
        ("python src/train.py trainer.max_epochs=20 data.batch_size=64", "readme", "README.md:30"),
        ("python src/train.py", "script", "src/train.py"),
        ("make train", "makefile", "Makefile:train"),
        ("train_command", "console_script", "setup.py console_scripts"),
        ("make debug", "makefile", "Makefile:debug"),
        ("bash scripts/schedule.sh", "shell", "scripts/schedule.sh"),
        ("eval_command", "console_script", "setup.py console_scripts"),
    ]
    script = by_command(result, "python src/train.py")
    assert script.notes == [
        "uses lightning, torch",
        "Hydra app, overrides like `trainer=gpu`, `experiment=example`",
    ]
    assert script.configs == ["configs/train.yaml"]
    assert by_command(result, "python src/train.py trainer=gpu").configs == ["configs/trainer/gpu.yaml"]
    assert by_command(result, "make train").notes == ["recipe: python src/train.py"]
    assert by_command(result, "make debug").notes == ["recipe: python -m pdb src/train.py debug=default"]
    assert by_command(result, "train_command").notes[0] == "console script -> src.train:main"
    assert by_command(result, "bash scripts/schedule.sh").notes == [
        "runs `python src/train.py trainer.max_epochs=5 logger=csv` (+1 more)",
        "not executable: run with bash",
    ]
    used = {c.path: c.used_by for c in result.configs}
    assert used["configs/trainer/gpu.yaml"] == ["src/train.py"]
    assert used["configs/train.yaml"] == ["src/train.py"]
    assert used["configs/eval.yaml"] == []  # eval.py's config, not train.py's
    assert len(result.configs) == 10
    # Makefile help/clean/format/test are not ways to train
    assert not any(
        c.command in ("make help", "make clean", "make test", "make format") for c in result.commands
    )


def test_hf_accelerate_project(tmp_path: Path):
    root = copy_project("hf_accelerate", tmp_path)
    (root / "experiments").mkdir()  # ignored by .gitignore
    (root / "experiments" / "run_sweep.py").write_text("print('ignored')\n")
    result = detect(root)
    assert table(result) == [
        ("accelerate launch train.py --config configs/default.yaml", "readme", "README.md:10"),
        ("deepspeed --num_gpus 2 train.py --config configs/default.yaml", "readme", "README.md:13"),
        (
            "accelerate launch --multi_gpu --num_processes 2 train.py --config configs/default.yaml",
            "readme",
            "README.md:18",
        ),
        ("python train.py", "script", "train.py"),
        ("./scripts/train.sh", "shell", "scripts/train.sh"),
        ("hf-train", "console_script", "pyproject.toml [project.scripts]"),
    ]
    first = result.commands[0]
    assert first.notes == [
        "multi-GPU/mixed precision via accelerate (uses `accelerate config` settings)",
        "uses accelerate, torch, transformers",
    ]
    assert first.configs == ["configs/default.yaml"]
    assert by_command(result, "python train.py").notes == [
        "uses accelerate, torch, transformers",
        "takes --config FILE (default configs/default.yaml)",
        "multi-GPU/mixed precision via `accelerate launch`",
    ]
    assert by_command(result, "./scripts/train.sh").configs == [
        "configs/accelerate_fsdp.yaml",
        "configs/default.yaml",
    ]
    assert [(c.path, c.used_by) for c in result.configs] == [
        ("configs/accelerate_fsdp.yaml", ["scripts/train.sh"]),
        ("configs/deepspeed_zero2.json", []),
        ("configs/default.yaml", ["train.py", "scripts/train.sh"]),
    ]


def test_nothing_detectable_says_what_was_searched(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("hello\n")
    result = detect(tmp_path)
    assert result.commands == []
    assert "no training command found" in result.message
    assert "train*.py, run*.py, main*.py" in result.message
    assert "type the command to run" in result.message
    assert result.files_scanned == 1


def test_unreadable_files_are_reported_not_fatal(tmp_path: Path):
    root = copy_project("hf_accelerate", tmp_path)
    (root / "train_broken.py").symlink_to(root / "gone.py")  # dangling link
    os.mkfifo(root / "run_fifo.py")  # reading a FIFO would block forever
    (root / "setup.cfg").write_text("[options.entry_points\nconsole_scripts = x\n")
    result = detect(root)
    assert "train_broken.py: unreadable (No such file or directory)" in result.problems
    assert "run_fifo.py: not a regular file, not read" in result.problems
    assert any(p.startswith("setup.cfg: unreadable") for p in result.problems)
    assert result.commands[0].command == "accelerate launch train.py --config configs/default.yaml"


def test_bad_root(tmp_path: Path):
    with pytest.raises(TrainerError, match="does not exist") as info:
        detect(tmp_path / "missing")
    assert info.value.field == "root"
    (tmp_path / "file.txt").write_text("")
    with pytest.raises(TrainerError, match="not a folder"):
        detect(tmp_path / "file.txt")


def test_readme_usage_lines():
    text = "\n".join(
        [
            "Run `python train.py --lr 3e-4` or:",
            "```bash",
            "$ torchrun --nproc_per_node 4 \\",
            "    train.py --batch 64",
            "pip install -e .",
            "python -m pip install foo",
            "make train",
            "make install",
            "```",
            "> accelerate launch fit.py",
            "make sure the data is downloaded, then python will pick it up",
            "    deepspeed ds_train.py --deepspeed ds.json",
        ]
    )
    assert readme_commands(text) == [
        (1, "python train.py --lr 3e-4"),
        (3, "torchrun --nproc_per_node 4 train.py --batch 64"),
        (7, "make train"),
        (12, "deepspeed ds_train.py --deepspeed ds.json"),
    ]


def test_makefile_targets_with_recipes():
    text = "VAR := 1\n.PHONY: train\ntrain: data ## go\n\tpython train.py\n\t@echo done\n\nlint:\n\truff .\nquick: ; python t.py\n"
    assert makefile_targets(text) == [
        ("train", ["python train.py", "echo done"], 3),
        ("lint", ["ruff ."], 7),
        ("quick", ["python t.py"], 9),
    ]
