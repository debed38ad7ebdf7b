"""Detection on fixture projects shaped like public training repositories (written here, in our own
words): the command the docs tell a user to run comes first, with what to know about it."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.training.conftest import FIXTURES
from trainerd.errors import TrainerError
from trainerd.training.detect import detect


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
    (root / "outputs" / "2024-01-01").mkdir(parents=True)
    (root / "outputs" / "2024-01-01" / "train.py").write_text("print('a Hydra output copy')\n")
    return root


def table(result) -> list[tuple[str, str, str]]:
    return [(c.command, c.source, c.origin) for c in result.commands]


def by_command(result, command: str):
    return next(c for c in result.commands if c.command == command)


def where(row, root: Path) -> str:
    return os.path.relpath(row.cwd, root)


def test_nanogpt_like(tmp_path: Path):
    root = copy_project("nanogpt_like", tmp_path)
    (root / "out-shakespeare-char").mkdir()  # ignored by the project's .gitignore (out*/)
    (root / "out-shakespeare-char" / "run_resume.py").write_text("print('ignored')\n")
    result = detect(root)
    assert table(result)[:4] == [
        ("python train.py config/train_shakespeare_char.py", "readme", "README.md:18"),
        (
            "python train.py config/train_shakespeare_char.py --device=cpu --compile=False --eval_iters=20 --max_iters=2000",
            "readme",
            "README.md:24",
        ),
        ("torchrun --standalone --nproc_per_node=8 train.py config/train_gpt2.py", "readme", "README.md:30"),
        ("python train.py", "script", "train.py"),
    ]
    first = result.commands[0]
    # the data step the quick start gives before it
    assert [(s.command, s.origin) for s in first.prerequisites] == [
        ("python data/shakespeare_char/prepare.py", "README.md:12")
    ]
    assert "run first: `python data/shakespeare_char/prepare.py`" in first.notes
    assert first.configs == ["config/train_shakespeare_char.py"]
    torchrun = by_command(result, "torchrun --standalone --nproc_per_node=8 train.py config/train_gpt2.py")
    assert torchrun.notes == ["multi-GPU via torchrun (8 processes per node)", "uses torch"]
    assert torchrun.entry == "train.py"
    assert "runs on CPU" in result.commands[1].notes
    assert by_command(result, "python train.py").notes == [
        "uses torch",
        "config files passed as arguments override its globals",
        "multi-GPU via torchrun (DDP)",
        "no __main__ guard: it runs when imported too",
    ]
    # preparation and sampling come after every training command, in that order
    assert [(c.command, c.kind) for c in result.commands[4:]] == [
        ("python data/shakespeare_char/prepare.py", "prepare"),
        ("python sample.py --out_dir=out-shakespeare-char", "other"),
    ]
    assert [(c.path, c.used_by) for c in result.configs] == [
        ("config/finetune_shakespeare.py", []),
        ("config/train_gpt2.py", ["train.py"]),
        ("config/train_shakespeare_char.py", ["train.py"]),
    ]
    assert [e.path for e in result.entries] == ["train.py"]  # nothing from .git, venvs, data/, out*/, configs
    assert result.problems == []


def test_lightning_hydra_template(tmp_path: Path):
    root = copy_project("lightning_hydra", tmp_path)
    result = detect(root)
    assert table(result) == [
        ("python src/train.py trainer=cpu", "readme", "README.md:15"),
        ("python src/train.py trainer=gpu", "readme", "README.md:18"),
        ("python src/train.py experiment=example", "readme", "README.md:24"),
        ("python src/train.py", "script", "src/train.py"),
        (
            "make train",
            "makefile",
            "Makefile:train",
        ),  # the project's wrapper of a run, usable without install
        ("train_command", "console_script", "setup.py console_scripts"),
        ("bash scripts/schedule.sh", "shell", "scripts/schedule.sh"),
        ("make debug", "makefile", "Makefile:debug"),
        ("eval_command", "console_script", "setup.py console_scripts"),
    ]
    assert result.commands[0].notes[-1] == "+1 more documented variant(s) of this command"
    assert by_command(result, "python src/train.py trainer=gpu").configs == ["configs/trainer/gpu.yaml"]
    script = by_command(result, "python src/train.py")
    assert script.notes == [
        "uses lightning, torch",
        "Hydra app, overrides like `trainer=gpu`, `experiment=example`",
    ]
    assert script.configs == ["configs/train.yaml"]
    assert by_command(result, "make train").notes == ["recipe: python src/train.py"]
    assert by_command(result, "train_command").notes[0] == "console script -> src.train:main (src/train.py)"
    used = {c.path: c.used_by for c in result.configs}
    assert used["configs/trainer/gpu.yaml"] == ["src/train.py"]
    assert used["configs/eval.yaml"] == []  # eval.py's config, not train.py's
    assert not any(c.command in ("make help", "make clean", "make test") for c in result.commands)


def test_hf_accelerate_project(tmp_path: Path):
    root = copy_project("hf_accelerate", tmp_path)
    (root / "experiments").mkdir()  # ignored by .gitignore
    (root / "experiments" / "run_sweep.py").write_text("print('ignored')\n")
    result = detect(root)
    assert [c.command for c in result.commands[:3]] == [
        "accelerate launch train.py --config configs/default.yaml",
        "accelerate launch --multi_gpu --num_processes 2 train.py --config configs/default.yaml",
        "deepspeed --num_gpus 2 train.py --config configs/default.yaml",
    ]
    first = result.commands[0]
    assert first.notes == [
        "multi-GPU/mixed precision via accelerate (uses `accelerate config` settings)",
        "uses accelerate, torch, transformers",
    ]
    assert first.configs == ["configs/default.yaml"]
    assert by_command(result, "./scripts/train.sh").entry == "train.py"
    assert not any("run_sweep" in c.command for c in result.commands)


def test_console_script_subcommand_with_its_recipe_and_the_step_before_it(tmp_path: Path):
    root = copy_project("console_toolkit", tmp_path)
    result = detect(root)
    first = result.commands[0]
    assert (first.command, first.source, first.origin, first.kind) == (
        "tunekit train recipes/tiny-lora.yml", "readme", "README.md:17", "train",
    )  # fmt: skip
    assert first.notes[0] == "console script `tunekit` -> tunekit.cli:main (pyproject.toml [project.scripts])"
    assert first.configs == ["recipes/tiny-lora.yml"]
    assert [s.command for s in first.prerequisites] == ["tunekit fetch recipes"]
    assert "not on PATH: `pip install -e .` first" in first.notes
    kinds = {c.command: c.kind for c in result.commands}
    assert kinds["tunekit fetch recipes"] == "prepare"
    assert kinds["tunekit chat outputs/tiny-lora"] == "other"
    # a package's trainer.py that only defines the loop is last, and says what it is
    library = by_command(result, "python tunekit/trainer.py")
    assert result.commands[-2:] == [library, by_command(result, "python tunekit/commands/training.py")] or (
        result.commands[-1] is library
    )
    assert library.kind == "other"
    assert (
        library.notes[-1]
        == "library module: defines `Trainer`; running it does nothing (other code imports it)"
    )
    assert not any("importing it runs it" in n for c in result.commands for n in c.notes)


def test_commands_only_in_the_docs_the_readme_links_to(tmp_path: Path):
    root = copy_project("docs_only", tmp_path)
    result = detect(root)
    first = result.commands[0]
    assert first.command == (
        "PYTHONUNBUFFERED=1 python3 -m toypkg.trainer.main_fit data.path=$HOME/data/toy trainer.epochs=2 "
        "2>&1 | tee fit.log"
    )
    assert (first.source, first.origin, first.entry) == (
        "docs",
        "docs/start/quickstart.rst:20",
        "toypkg/trainer/main_fit.py",
    )
    assert "sets PYTHONUNBUFFERED=1" in first.notes
    assert [s.command for s in first.prerequisites] == ["python3 examples/prep/make_data.py --out ~/data/toy"]
    # the deprecated page the news section links to is not where a new user starts
    assert result.commands[1].origin == "docs/legacy.md:4"


def test_getting_started_with_cd_into_the_tools_folder(tmp_path: Path):
    root = copy_project("getting_started", tmp_path)
    result = detect(root)
    first = result.commands[0]
    assert (first.command, first.origin) == (
        "./train_net.py --num-gpus 8 --config-file ../configs/detection/base.yaml", "GETTING_STARTED.md:16",
    )  # fmt: skip
    assert where(first, root) == "tools"
    assert first.configs == ["configs/detection/base.yaml"]
    evaluate = next(c for c in result.commands if "--eval-only" in c.command)
    assert (evaluate.kind, evaluate.placeholders) == ("other", ["/path/to/model.pth"])
    demo = next(c for c in result.commands if c.command.startswith("python demo.py"))
    assert (where(demo, root), demo.kind) == ("demo", "other")


def test_env_prefixes_nohup_uv_run_and_python_m(tmp_path: Path):
    root = copy_project("launch_styles", tmp_path)
    result = detect(root)
    rows = {c.origin: c for c in result.commands}
    assert (
        rows["README.md:8"].command
        == "CUDA_VISIBLE_DEVICES=0 WANDB_MODE=offline python fit_model.py --epochs 3"
    )
    assert "sets CUDA_VISIBLE_DEVICES=0, WANDB_MODE=offline" in rows["README.md:8"].notes
    # nohup … > log 2>&1 & : the session keeps it alive and captures the output itself
    assert rows["README.md:14"].command == "python fit_model.py --epochs 100"
    assert (
        "the docs run it with nohup/&: a session keeps it running and captures its output"
        in rows["README.md:14"].notes
    )
    assert rows["README.md:20"].command == "uv run fit_model.py --epochs 3"
    assert rows["README.md:20"].entry == "fit_model.py"
    assert (rows["README.md:26"].command, rows["README.md:26"].entry) == (
        "python -m toolbox.train --steps 10", "toolbox/train.py",
    )  # fmt: skip
    assert result.commands[0].origin == "README.md:8"


def test_notebook_shell_lines(tmp_path: Path):
    (tmp_path / "fit.py").write_text(
        "import torch\nif __name__ == '__main__':\n    torch.ones(1).backward()\n"
    )
    cells = [
        {"cell_type": "markdown", "source": ["## Train the model\n"]},
        {"cell_type": "code", "source": ["!python fit.py --epochs 1\n", "x = 1\n"]},
        {"cell_type": "code", "source": ["%run fit.py --epochs 2\n"]},
        {"cell_type": "code", "source": ["%%bash\n", "python fit.py --epochs 3\n"]},
    ]
    (tmp_path / "walkthrough.ipynb").write_text(json.dumps({"cells": cells, "nbformat": 4}))
    result = detect(tmp_path)
    notebook = [(c.command, c.source, c.kind) for c in result.commands if c.source == "notebook"]
    assert notebook == [
        ("python fit.py --epochs 1", "notebook", "train"),
        ("python fit.py --epochs 2", "notebook", "train"),
        ("python fit.py --epochs 3", "notebook", "train"),
    ]


def test_sbatch_script_is_a_cluster_job_not_bash(tmp_path: Path):
    root = copy_project("cluster_jobs", tmp_path)
    result = detect(root)
    first = result.commands[0]
    assert (first.command, first.backend, first.script, first.entry) == (
        "sbatch scripts/pretrain.sbatch", "slurm", "scripts/pretrain.sbatch", "pretrain.py",
    )  # fmt: skip
    assert first.resources == {
        "job_name": "pretrain-small", "nodes": "2", "ntasks_per_node": "1", "gpus_per_node": "8",
        "cpus_per_task": "32", "time": "24:00:00", "partition": "gpu",
    }  # fmt: skip
    assert first.notes[0] == (
        "Slurm batch job: 2 nodes, 1 tasks/node, 32 CPUs/task, 8 GPUs/node, partition gpu, time 24:00:00"
    )
    assert not any(
        c.command in ("bash scripts/pretrain.sbatch", "./scripts/pretrain.sbatch") for c in result.commands
    )
    assert all(c.backend is None for c in result.commands[1:])


def test_placeholders_rank_below_a_concrete_command_and_say_fill_in(tmp_path: Path):
    root = copy_project("placeholders", tmp_path)
    result = detect(root)
    concrete, filled = result.commands[0], result.commands[1]
    assert concrete.command == "python train.py --model tiny --data-path sample_data --epochs 1"
    assert concrete.placeholders == []
    assert filled.command.startswith("torchrun --nnodes=1 --nproc_per_node=N train.py")
    assert filled.placeholders == ["/path/to/imagenet/train", "N"]
    assert filled.notes[0] == "fill in: /path/to/imagenet/train, N"


def test_research_scripts_found_by_content_library_demoted(tmp_path: Path):
    root = copy_project("research_projects", tmp_path)
    result = detect(root)
    assert [c.command for c in result.commands] == [
        "python projects/counting/counting.py",  # named first in the README
        "python projects/poetry/poetry.py",
        "python minilm/trainer.py",
    ]
    assert result.commands[-1].kind == "other"
    assert result.commands[-1].notes[-1].startswith("library module: defines `Trainer`")


def test_example_monorepo_runs_in_the_example_folder_and_missing_files_give_no_row(tmp_path: Path):
    root = copy_project("examples_monorepo", tmp_path)
    result = detect(root)
    first = result.commands[0]
    assert (first.command, first.origin, where(first, root)) == (
        "python main.py",
        "digits/README.md:5",
        "digits",
    )
    assert where(result.commands[1], root) == "sentiment"
    # the root README's old `python train.py` names a file this checkout does not have: no row for it
    assert not any("train.py" in c.command for c in result.commands)


def test_nothing_detectable_says_what_was_searched(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("hello\n")
    result = detect(tmp_path)
    assert result.commands == []
    assert "no training command found" in result.message
    assert "Python entry points by content" in result.message
    assert "type the command to run" in result.message
    assert result.files_scanned == 1


def test_unreadable_files_are_reported_not_fatal(tmp_path: Path):
    root = copy_project("hf_accelerate", tmp_path)
    (root / "train_broken.py").symlink_to(root / "gone.py")  # dangling link: not a file, skipped
    os.mkfifo(root / "run_fifo.py")  # reading a FIFO would block forever
    (root / "setup.cfg").write_text("[options.entry_points\nconsole_scripts = x\n")
    result = detect(root)
    assert any(p.startswith("setup.cfg: unreadable") for p in result.problems)
    assert result.commands[0].command == "accelerate launch train.py --config configs/default.yaml"


def test_bad_root(tmp_path: Path):
    with pytest.raises(TrainerError, match="does not exist") as info:
        detect(tmp_path / "missing")
    assert info.value.field == "root"
    (tmp_path / "file.txt").write_text("")
    with pytest.raises(TrainerError, match="not a folder"):
        detect(tmp_path / "file.txt")


def write_tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


LOOP = "import torch\nfor x in data:\n    loss = model(x)\n    loss.backward()\n    optimizer.step()\n"


def test_a_sentence_that_says_run_python_from_a_folder(tmp_path: Path):
    # a course project: no code blocks, one sentence names the folder and the file
    root = write_tree(tmp_path / "course", {
        "README.md": "# Seminar project\nDeadlines\n- proposal: March\n\nFrom the src folder, run python FIT.py\n"
                     "- you may need a GPU\n",
        "src/FIT.py": LOOP,
        "src/model_def.py": "class Net:\n    pass\n",
    })  # fmt: skip
    first = detect(root).commands[0]
    assert (first.command, where(first, root), first.origin) == ("python FIT.py", "src", "README.md:5")


def test_a_sentence_naming_a_file_that_is_not_there_gives_no_row(tmp_path: Path):
    root = write_tree(
        tmp_path / "p", {"README.md": "To begin, run python missing_script.py now.\n", "fit.py": LOOP}
    )
    assert [c.command for c in detect(root).commands] == ["python fit.py"]


def test_powershell_continuations_are_one_command(tmp_path: Path):
    root = write_tree(tmp_path / "tool", {
        "pyproject.toml": '[project]\nname = "tk"\n[project.scripts]\ntk = "tk.cli:app"\n',
        "tk/__init__.py": "",
        "tk/cli.py": "import typer\napp = typer.Typer()\n",
        "README.md": "# tk\n## CLI training\n```powershell\ntk fit `\n  --model small `\n  --steps 10\n```\n",
    })  # fmt: skip
    first = detect(root).commands[0]
    assert first.command == "tk fit --model small --steps 10"
    assert "`" not in first.command


def test_batch_script_whose_entry_sits_next_to_it_runs_from_its_folder(tmp_path: Path):
    root = write_tree(tmp_path / "lab", {
        "jobs/fit_job.sh": "#!/bin/bash\n#SBATCH --time=02:00:00\n#SBATCH --nodes=1\npython fit.py --epochs 3\n",
        "jobs/fit.py": LOOP,
        "helper.sh": "#!/bin/bash\npython -m venv .env\n",
    })  # fmt: skip
    rows = detect(root).commands
    job = next(c for c in rows if c.source == "sbatch")
    assert (job.command, where(job, root), job.entry, job.script) == (
        "sbatch fit_job.sh", "jobs", "jobs/fit.py", "jobs/fit_job.sh")  # fmt: skip
    assert "runs from jobs/ (the script's relative paths start there)" in job.notes
    # a script that only makes a virtualenv is not a training row
    assert not any(c.origin == "helper.sh" and c.kind == "train" for c in rows)


def test_make_lines_for_targets_the_makefile_lacks_give_no_row(tmp_path: Path):
    root = write_tree(tmp_path / "yolo", {
        "Makefile": "PY := python\nCFG ?= cfg/a.yaml\n.PHONY: fit\nfit:  # Usage: make fit CFG=...\n"
                    "\t$(PY) -m src.fit --cfg $(CFG)\nexport_model:\n\t$(PY) tools/export.py\n",
        "src/__init__.py": "",
        "src/fit.py": "import argparse\n" + LOOP.replace("import torch\n", "import torch\np = argparse.ArgumentParser()\n"),
        "tools/export.py": "print('export')\n",
        "cfg/a.yaml": "epochs: 1\n",
        "README.md": "# Deer\nModels are trained with `make go CFG=cfg/a.yaml`.\n\n"
                     "After training, `make go export_model` writes the model.\n",
    })  # fmt: skip
    rows = detect(root).commands
    assert not any(c.command.startswith("make go") for c in rows)  # `make` would stop: no rule for `go`
    # the project's own wrapper of the run comes before the bare script it runs
    assert rows[0].command == "make fit"


def test_makefile_line_for_an_existing_export_target_is_not_a_training_row(tmp_path: Path):
    root = write_tree(tmp_path / "m", {
        "Makefile": "fit:\n\tpython fit.py\nexport_model:\n\tpython export.py\n",
        "fit.py": LOOP, "export.py": "print('x')\n",
        "README.md": "# M\nTrain with `make fit`. After training, `make bundle export_model` exports it.\n",
    })  # fmt: skip
    s = "fit:\n\tpython fit.py\nbundle:\n\ttar c out\nexport_model:\n\tpython export.py\n"
    (root / "Makefile").write_text(s)
    result = detect(root)
    assert result.commands[0].command == "make fit"
    # `bundle` says nothing about what the line does; `export_model` does: not a training run
    assert by_command(result, "make bundle export_model").kind == "other"


def test_module_level_setup_does_not_make_a_package_module_a_script(tmp_path: Path):
    root = write_tree(tmp_path / "kit", {
        "kit/__init__.py": "",
        "kit/engine/__init__.py": "",
        "kit/engine/train_loop.py": "import multiprocessing as mp\nimport os\nimport torch\n"
                                    "os.environ.pop('SOME_FLAG', None)\n_CTX = mp.get_context('spawn')\n\n\n"
                                    "def _setup_devices_early():\n    pass\n\n\n_setup_devices_early()\n\n\n"
                                    "def run(model, data, optimizer):\n    for x in data:\n        loss = model(x)\n"
                                    "        loss.backward()\n        optimizer.step()\n",
        "fit.py": "from kit.engine.train_loop import run\n\nif __name__ == '__main__':\n    run(None, [], None)\n",
    })  # fmt: skip
    rows = detect(root).commands
    assert rows[0].command == "python fit.py"
    module = [c for c in rows if c.origin == "kit/engine/train_loop.py"]
    assert all(c.kind == "other" for c in module)
    assert not any("no __main__ guard" in n for c in module for n in c.notes)


def test_a_command_repeated_across_a_docs_site_names_three_places_then_counts(tmp_path: Path):
    pages = {
        f"docs/guide/page{i}.md": f"# Page {i}\n```bash\npython fit.py --steps 5\n```\n" for i in range(6)
    }
    root = write_tree(tmp_path / "site", {**pages, "fit.py": LOOP, "README.md": "# S\nSee docs/guide.\n"})
    row = by_command(detect(root), "python fit.py --steps 5")
    places = [n for n in row.notes if n.startswith("also ")]
    assert len(places) == 4 and places[-1] == "also in 2 more place(s)"


# a script that trains: a main guard, a parser and a training loop
FIT = "import argparse\n" + LOOP + "if __name__ == '__main__':\n    argparse.ArgumentParser()\n"


def test_a_readme_sentence_pointing_at_an_example_script_that_runs_the_projects_scripts(tmp_path: Path):
    # the README only says where the examples are; the example runs `bash fit.sh …` then `bash check.sh …`
    root = write_tree(tmp_path / "lifelong", {
        "README.md": "# Lifelong tasks\n## Setup\n1. Copy `env.example` to `env`.\n\n### Examples\n\n"
                     "See examples in `three_tasks.sh`.\n",
        "three_tasks.sh": "A=alpha\nB=beta\nbash fit.sh --seed 7 --tasks $A $B\nwait\nbash check.sh --tasks $A $B\n",
        "fit.sh": "source ./env\npython fit.py --data_dir $DATA \"$@\"\n",
        "check.sh": "source ./env\npython check.py --data_dir $DATA \"$@\"\n",
        "fit.py": FIT,
        "check.py": "print('scores')\n",
        "second_pass.sh": "bash eval.sh --tasks alpha\n", "eval.sh": "python check.py\n",
    })  # fmt: skip
    rows = detect(root).commands
    assert (rows[0].command, rows[0].origin, rows[0].kind) == ("bash three_tasks.sh", "README.md:7", "train")
    # a script whose only run is an evaluation script says so
    assert next(c for c in rows if c.origin == "second_pass.sh").kind == "other"


def test_module_helpers_are_not_scripts_and_a_script_that_reads_argv_is_not_a_library(tmp_path: Path):
    root = write_tree(tmp_path / "helpers", {
        "fit.py": FIT,
        # an example kept in a string, a tuple of types, a chained assignment, a stdout wrapper: definitions
        "scaler.py": "import torch\n\nclass Scaler:\n    def step(self, optimizer):\n        optimizer.step()\n\n"
                     '"""\nOld example:\nif __name__ == "__main__":\n    Scaler().step(opt)\n"""\n',
        "halfprec.py": "import torch\nKINDS = (torch.FloatTensor, torch.cuda.FloatTensor)\n\n"
                       "def scale(loss, optimizer):\n    loss.backward()\n    optimizer.step()\n",
        "penalties.py": "import torch\nfrom fit import opts\nNAMES = {'a': 1}\nopts.KEYS = KEYS = list(NAMES.keys())\n\n"
                        "def fit(loss, optimizer):\n    loss.backward()\n    optimizer.step()\n",
        "common.py": "import io\nimport sys\nimport torch\nsys.stdout = io.TextIOWrapper(sys.stdout.buffer)\n\n"
                     "def fit(loss, optimizer):\n    loss.backward()\n    optimizer.step()\n",
        # no main guard, but it reads its command line at module level: running it does the work
        "svm/fit_svm.py": "import sys\n\ndef main(c):\n    print(c)\n\nif len(sys.argv) > 1:\n    main(sys.argv[1])\n"
                          "else:\n    main(1)\n",
    })  # fmt: skip
    rows = detect(root).commands
    assert rows[0].command == "python fit.py"
    helpers = [c for c in rows if c.origin in ("scaler.py", "halfprec.py", "penalties.py", "common.py")]
    assert helpers == []
    svm = by_command(detect(root), "python svm/fit_svm.py")
    assert not any(n.startswith("library module") for n in svm.notes)


def test_accelerate_module_launch_with_the_module_after_the_launchers_options(tmp_path: Path):
    stage = "import accelerate\n" + FIT
    root = write_tree(tmp_path / "talk", {
        "README.md": "# Talking heads\n## Inference\n```bash\npython jobs/infer.py --image a.png\n```\n"
                     "## Training\nStart training with:\n```shell\naccelerate launch -m \\\n  --config_file acc.yaml \\\n"
                     "  --num_processes 4 \\\n  jobs.fit_stage_a --config ./cfg/stage_a.yaml\n```\n",
        "acc.yaml": "mixed_precision: bf16\n", "cfg/stage_a.yaml": "lr: 1\n",
        "jobs/infer.py": "print('infer')\n",
        **{f"jobs/fit_stage_{s}.py": stage for s in "abc"},
    })  # fmt: skip
    first = detect(root).commands[0]
    assert (first.origin, first.entry) == ("README.md:9", "jobs/fit_stage_a.py")
    assert first.configs == ["acc.yaml", "cfg/stage_a.yaml"]


def test_a_tutorial_script_linked_from_the_readme_above_a_design_proposals_examples(tmp_path: Path):
    tutorial = ('#!/bin/bash\nDATA=$HOME/toy\nkwtool make-toy --dst "$DATA"\npython -m kit.tasks.fusion fit --config "\n'
                "data:\n    train: $DATA\n\"\npython -m kit.tasks.fusion.predict --data \"$DATA\"\n")  # fmt: skip
    root = write_tree(tmp_path / "kit", {
        "README.rst": "Kit\n===\n\nTutorials\n---------\n\n* Tutorial 1: `Toy model <docs/manual/tutorial/t1_toy.sh>`_\n"
                      "\n* Tutorial 2: `Predict only <docs/manual/tutorial/t2_predict.sh>`_\n\nDocs\n----\n\n"
                      "* `Layout proposal <docs/manual/misc/layout_proposal.md>`_\n",
        "docs/manual/tutorial/t1_toy.sh": tutorial,
        "docs/manual/tutorial/t2_predict.sh": "python -m kit.tasks.fusion.predict --data x\n",
        "docs/manual/misc/layout_proposal.md": "# Layout\n## Examples\n```bash\n"
                                               "python -m kit.tasks.fusion.fit --config fit_v9.yml\n```\n",
        "kit/__init__.py": "", "kit/tasks/__init__.py": "",
        "kit/tasks/fusion/__init__.py": "", "kit/tasks/fusion/__main__.py": "print('fusion cli')\n",
        "kit/tasks/fusion/fit.py": FIT,
        "kit/tasks/fusion/predict.py": "print('predict')\n",
    })  # fmt: skip
    rows = detect(root).commands
    assert (rows[0].command, rows[0].origin, rows[0].kind) == (
        "bash docs/manual/tutorial/t1_toy.sh", "README.rst:7", "train")  # fmt: skip


def test_a_design_proposals_example_invocations_rank_below_the_usage_guide(tmp_path: Path):
    root = write_tree(tmp_path / "kit2", {
        "README.md": "# Kit\n* [Running it](docs/run.md)\n* [Package layout proposal](docs/misc/layout_proposal.md)\n",
        "docs/run.md": "# Run\n```bash\npython -m kit.fit --config cfg/small.yml\n```\n",
        "docs/misc/layout_proposal.md": "# Layout\n## Training examples\nInvocations may look like:\n```bash\n"
                                        "python -m kit.fit --config fit_v9.yml\n```\n",
        "cfg/small.yml": "lr: 1\n", "kit/__init__.py": "", "kit/fit.py": FIT,
    })  # fmt: skip
    assert detect(root).commands[0].command == "python -m kit.fit --config cfg/small.yml"


def test_a_command_written_as_a_plain_list_item_and_a_log_analysis_tool_is_not_training(tmp_path: Path):
    root = write_tree(tmp_path / "mnist", {
        "README.md": "# Clothes classifier\n## Setup\n```shell\npip install -e .\n```\n"
                     "You can now train the models. Sample train command:\n\n- python code/main.py --mode train --epochs 4\n",
        "code/main.py": "import train\nif __name__ == '__main__':\n    train.train(None)\n",
        "code/train.py": "import tensorflow\n\ndef train(args):\n    model.fit(x)\n",
        "notebooks/walk.ipynb": json.dumps({"cells": [{"cell_type": "code", "source": ["%run ../code/opts.py\n"]}]}),
        "code/opts.py": "def parse():\n    pass\n",
    })  # fmt: skip
    first = detect(root).commands[0]
    assert (first.command, first.origin, first.kind) == (
        "python code/main.py --mode train --epochs 4",
        "README.md:8",
        "train",
    )

    root = write_tree(tmp_path / "det", {
        "README.md": "# Det\nSee [existing data](docs/existing.md) and [tools](docs/tools.md).\n",
        "docs/existing.md": "# Train\n```shell\npython tools/fit.py ${CONFIG_FILE} [optional arguments]\n```\n",
        "docs/tools.md": "# Tools\n- Compute the average training speed.\n\n    ```shell\n"
                         "    python tools/analysis/analyze_logs.py cal_train_time log.json\n    ```\n",
        "tools/fit.py": FIT,
        "tools/analysis/analyze_logs.py": "import argparse\nif __name__ == '__main__':\n    argparse.ArgumentParser()\n",
    })  # fmt: skip
    rows = detect(root).commands
    assert rows[0].command == "python tools/fit.py ${CONFIG_FILE} [optional arguments]"
    assert (
        by_command(detect(root), "python tools/analysis/analyze_logs.py cal_train_time log.json").kind
        == "other"
    )


def test_a_script_named_in_a_sentence_ranks_below_the_documents_command_line(tmp_path: Path):
    root = write_tree(tmp_path / "det2", {
        "README.md": "# Training\nRun the training script:\n```bash\n"
                     "sh fit.sh --config path/to/config.yaml\n```\n## Queue\n"
                     "To queue several training runs, you can use the `queue_runs.sh` script.\n",
        "fit.sh": "nohup python -u fit.py $@ > fit.log 2>&1 &\n",
        "queue_runs.sh": "for c in $1/*.yaml; do\n  python -u fit.py --config $c\ndone\n",
        "fit.py": FIT,
    })  # fmt: skip
    rows = detect(root).commands
    assert [c.command for c in rows[:2]] == ["sh fit.sh --config path/to/config.yaml", "bash queue_runs.sh"]
