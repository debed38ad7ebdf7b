"""One command line taken apart, and usage lines read out of documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainerd.training.detect import commands, docs, rank
from trainerd.training.detect.packaging import makefile_targets, read_shell


@pytest.mark.parametrize(
    ("line", "program", "launcher", "script", "module", "subcommand", "env"),
    [
        ("python train.py --lr 3e-4", "python", None, "train.py", None, None, {}),
        ("CUDA_VISIBLE_DEVICES=0,1 torchrun --nproc_per_node 2 train.py", "torchrun", "torchrun", "train.py", None, None,
         {"CUDA_VISIBLE_DEVICES": "0,1"}),
        ("python -m torch.distributed.launch --nproc_per_node=8 main_dino.py --arch vit", "python",
         "torch.distributed.launch", "main_dino.py", None, None, {}),
        ("accelerate launch --config_file a.yaml --num_processes 2 sft.py --config b.yaml", "accelerate", "accelerate",
         "sft.py", None, None, {}),
        ("deepspeed --module pkg.cli.train_sft --max_len 4096", "deepspeed", "deepspeed", None, "pkg.cli.train_sft",
         None, {}),
        ("torchrun --standalone --nproc_per_node=8 -m scripts.base_train -- --depth=20", "torchrun", "torchrun", None,
         "scripts.base_train", None, {}),
        ("uv run train.py --epochs 2", "python", None, "train.py", None, None, {}),
        ("ray job submit --address=x -- python3 -m pkg.train_ppo k=v", "ray", "ray", None, "pkg.train_ppo", None, {}),
        ("srun --nodes 2 python -u train.py", "srun", "srun", "train.py", None, None, {}),
        ("sbatch --job-name=x -N 2 job.sbatch model sft", "sbatch", "sbatch", "job.sbatch", None, None, {}),
        ("tool train recipes/x.yml", "tool", None, None, None, "train", {}),
        ("make train", "make", None, None, None, "train", {}),
        ("./train_net.py --num-gpus 8", "./train_net.py", None, "./train_net.py", None, None, {}),
        ("python ./deepy.py train.py configs/a.yml", "python", "./deepy.py", "./deepy.py", None, None, {}),
        # `-m` as the launcher's own flag, its options after it: the module is the first positional word
        ("accelerate launch -m --config_file acc.yaml --num_processes 4 jobs.fit_one --config c.yaml", "accelerate",
         "accelerate", None, "jobs.fit_one", None, {}),
        ("torchrun --module --nnodes 1 tools.fit", "torchrun", "torchrun", None, "tools.fit", None, {}),
    ],
)  # fmt: skip
def test_what_a_command_runs(line, program, launcher, script, module, subcommand, env):
    parsed = commands.parse(line, {"tool"})
    assert parsed is not None
    assert (parsed.program, parsed.launcher, parsed.script, parsed.module, parsed.subcommand, parsed.env) == (
        program, launcher, script, module, subcommand, env,
    )  # fmt: skip


def test_background_chains_and_pipes():
    parsed = commands.parse("nohup python train.py --epochs 100 > train.log 2>&1 &")
    assert (parsed.text, parsed.background) == ("python train.py --epochs 100", True)
    parsed = commands.parse("cd examples/mnist && python main.py")
    assert (parsed.cd, parsed.text, parsed.script) == ("examples/mnist", "python main.py", "main.py")
    parsed = commands.parse("X=1 python3 -m pkg.main a=1 2>&1 | tee run.log")
    assert parsed.text == "X=1 python3 -m pkg.main a=1 2>&1 | tee run.log"
    assert commands.parse("pip install -e .").program == "pip"
    assert commands.parse("export A=1 && python t.py").env == {"A": "1"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "torchrun --nproc_per_node=N train.py --data-path /path/to/imagenet/train",
            ["/path/to/imagenet/train", "N"],
        ),
        ("python x.py --model <model> --out {output_dir}", ["<model>", "{output_dir}"]),
        ("python main.py -a resnet18 [imagenet-folder]", ["[imagenet-folder]"]),
        ("python t.py --key YOUR_API_KEY", ["YOUR_API_KEY"]),
        ("python t.py --tags ['a','b'] 2>&1 > log", []),
        ("python t.py --template $'U: {}'", []),
    ],
)
def test_placeholders(text, expected):
    assert commands.placeholders(text) == expected


def test_markdown_usage_lines_with_context():
    text = "\n".join(
        [
            "# Project",  # 1
            "## Install",
            "```bash",
            "pip install -e .",
            "```",
            "## Training",  # 6
            "Run `python train.py --lr 3e-4` or:",
            "```bash",
            "cd tools/",
            "# train the small model",  # 10
            "$ torchrun --nproc_per_node 4 \\",
            "    train_net.py --batch 64",
            'FLAGS="--a 1 --b 2"',
            "```",
            "- see `python other.py` too",  # 15
            "    deepspeed ds_train.py --deepspeed ds.json",
            "make sure the data is downloaded, then python will pick it up",
            "## License",
            "```",
            "python late.py",  # 20
            "```",
        ]
    )
    usages = {u.text: u for u in docs.markdown(text)}
    assert list(usages) == [
        "pip install -e .", "python train.py --lr 3e-4", "torchrun --nproc_per_node 4 train_net.py --batch 64",
        "python other.py", "python late.py",
    ]  # fmt: skip
    torchrun = usages["torchrun --nproc_per_node 4 train_net.py --batch 64"]
    assert (torchrun.line, torchrun.headings, torchrun.comment, torchrun.cd) == (
        11, ["Project", "Training"], "train the small model", ["tools/"],
    )  # fmt: skip
    assert usages["python train.py --lr 3e-4"].inline and not usages["python train.py --lr 3e-4"].listed
    assert usages["python other.py"].listed
    assert usages["python late.py"].appendix and not torchrun.appendix
    assert usages["python late.py"].variables == {"FLAGS": (13, "--a 1 --b 2")}


def test_rst_code_blocks_literal_blocks_and_headings():
    text = "\n".join(
        [
            "Quickstart",
            "==========",
            "",
            "Step 1: data",
            "------------",
            "",
            ".. code-block:: bash",
            "",
            "   python3 prep.py \\",
            "      --out ~/data",
            "",
            "Then run::",
            "",
            "   python3 -m pkg.fit a=1",
            "",
            ".. code-block:: python",
            "",
            "   import pkg",
        ]
    )
    usages = docs.rst(text)
    assert [(u.line, u.text, u.headings) for u in usages] == [
        (9, "python3 prep.py --out ~/data", ["Quickstart", "Step 1: data"]),
        (14, "python3 -m pkg.fit a=1", ["Quickstart", "Step 1: data"]),
    ]


def test_shell_scripts_and_sbatch_requests():
    script = read_shell(
        "#!/bin/bash\n#SBATCH --nodes=2\n#SBATCH -p gpu\n#SBATCH --gres=gpu:a100:4  # four\n"
        "export X=1\nsrun python train.py \\\n  --steps 10\necho done\n"
    )
    assert script.sbatch == {"nodes": "2", "partition": "gpu", "gpus_per_node": "4", "gpu_type": "a100"}
    assert script.sbatch_summary == "2 nodes, 4 GPUs/node (a100), partition gpu"
    assert script.runs == [(6, "srun python train.py --steps 10")]


def test_makefile_targets_with_recipes():
    text = "VAR := 1\n.PHONY: train\ntrain: data ## go\n\tpython train.py\n\t@echo done\n\nlint:\n\truff .\nquick: ; python t.py\n"
    assert makefile_targets(text) == [
        ("train", ["python train.py", "echo done"], 3),
        ("lint", ["ruff ."], 7),
        ("quick", ["python t.py"], 9),
    ]


def test_walk_tests_ignore_rules_of_ancestor_folders_on_wanted_paths_only(tmp_path: Path):
    """The walker detection uses: a .gitignore applies below its own folder only; want_path filters
    by path before the ignore test (detection's 'only the files it would read')."""
    from trainerd.project.walk import GitIgnore, walk

    for rel in ("a/b/c/x.log", "a/x.log", "a/b/keep.py", "a/b/c/deep.py", "z/notes.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("")
    (tmp_path / "a" / "b" / ".gitignore").write_text("*.log\nc/deep.py\n")
    (tmp_path / ".gitignore").write_text("z/\n")
    result = walk(tmp_path)
    assert result.files == [".gitignore", "a/b/.gitignore", "a/b/keep.py", "a/x.log"]
    asked: list[str] = []
    only = walk(tmp_path, want_path=lambda rel: asked.append(rel) or rel.endswith(".py"))
    assert only.files == ["a/b/keep.py"]
    assert "z/notes.md" not in asked  # an ignored folder is never entered
    rules = GitIgnore(tmp_path)
    rules.load(tmp_path / "a" / "b", [])
    assert rules.ignored("a/b/c/x.log") and not rules.ignored("a/x.log") and not rules.ignored("x.log")


def test_makefile_defines_every_target_or_says_it_cannot_tell():
    from trainerd.training.detect.packaging import makefile_defines

    text = "PY := python\nCFG ?= a.yaml\n.PHONY: fit\nfit eval: deps\n\t$(PY) fit.py\ndeps:\n\techo\n"
    assert makefile_defines(text) == {".PHONY", "fit", "eval", "deps"}
    assert makefile_defines("include common.mk\nfit:\n\tpython fit.py\n") is None
    assert makefile_defines("%.o: %.c\n\tcc $<\n") is None


def test_prose_and_powershell_usage_lines():
    found = docs.markdown(
        "Run `python a.py` in the `tools` directory.\n\nFrom src folder, run python TRAIN.py\n\n"
        "We ran python old.txt once.\n\n```powershell\ntool fit `\n  --steps 3\n```\n"
    )
    assert [(u.text, u.cd) for u in found] == [
        ("python a.py", ["tools"]),
        ("python TRAIN.py", ["src"]),
        ("tool fit --steps 3", []),
    ]


def test_an_indented_block_right_under_a_heading_and_commands_written_as_plain_lines():
    found = docs.markdown(
        "# Demo\n#### Two GPUs:\n    deepspeed --num_gpus 2 demo.py --ds\n\n"  # no blank line after the heading
        "1. to fit only:\n\n   bash fit_only.sh\n\n"  # a list item's indented paragraph
        "Example command:\n\n- python src/run.py --mode train --epochs 3\n"  # a list item after a colon
        "- python src/run.py --help\n"
        "Then python src/run.py does the rest.\n"  # a sentence, not a command
        "python src/run.py builds the model and we are happy with it\n"  # neither listed, indented nor after ':'
        "- python src/run.py trains the small model\n"  # a list item that is a sentence
        "| python src/run.py | fits it |\n"  # a table row
    )
    assert [(u.line, u.text, u.inline) for u in found] == [
        (3, "deepspeed --num_gpus 2 demo.py --ds", False),
        (7, "bash fit_only.sh", True),
        (11, "python src/run.py --mode train --epochs 3", True),
    ]


def test_a_shell_script_named_after_a_verb_or_linked_is_a_pointer_to_run_it():
    found = docs.markdown(
        "See the examples in `demo_all.sh`.\n\nThe file `notes.sh` lists helpers.\n\n"
        "* Part 1: [toy run](guides/part1.sh)\n* [site](https://example.org/x.sh)\n"
    )
    assert [(u.text, u.mention, u.listed) for u in found] == [
        ("bash demo_all.sh", True, False),
        ("bash guides/part1.sh", True, True),
    ]
    found = docs.rst("Guides\n======\n\n* Part 1: `toy run <guides/part1.sh>`_\n")
    assert [(u.text, u.mention, u.listed) for u in found] == [("bash guides/part1.sh", True, True)]


def test_a_script_that_runs_another_of_the_projects_scripts():
    script = read_shell("A=x\nbash fit.sh --tasks $A\nwait\nsh ./check.sh --tasks $A\nbash -c 'echo hi'\n")
    assert script.runs == [(2, "bash fit.sh --tasks $A"), (4, "sh ./check.sh --tasks $A")]


def test_a_mode_option_that_says_train():
    assert rank.flag_intent("python main.py --mode train --epochs 3") == "train"
    assert rank.flag_intent("python main.py --mode=train") == "train"
    assert rank.flag_intent("python main.py --mode predict") is None
