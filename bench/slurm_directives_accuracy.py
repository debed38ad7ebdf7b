"""Benchmark: does the ``#SBATCH`` parser read real batch scripts as sbatch would?

The sample is batch scripts (and a few look-alikes that are not batch scripts) from public training
repositories and cluster guides. Nothing of theirs is kept in this repository: each repository is
fetched at evaluation time (the search tool's ``fetch github:OWNER/NAME`` brings a snapshot to
``/work/.mirror/OWNER+NAME``; any bare git mirror laid out the same way works) and the file is read
from its newest commit. For each file the expected answer was written by reading the script as a
person would: whether sbatch reads directives from it, and what it asks for (fields not listed are
not asked for). A case is right when :func:`trainerd.training.slurm.is_batch_script` and every field
of ``parse_directives(...).resources`` match, and the placeholders it flags are the ones expected.

``held_out`` cases were chosen by a hash of ``repo path`` before any of them was read and labelled
only after the parser's rules were frozen; the first run on them (the first-sight figure, kept in
``docs/accuracy.md``) came before the rules were revised for what they showed.

Usage: python bench/slurm_directives_accuracy.py [--set dev|held_out|all] [--markdown] [--mirror DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

import attrs

from trainerd.training import slurm

FIELDS = (
    "partition",
    "account",
    "nodes",
    "ntasks",
    "ntasks_per_node",
    "cpus_per_task",
    "gpus",
    "gpus_per_node",
    "gpus_per_task",
    "gpu_type",
    "mem",
    "time",
    "job_name",
    "array",
)


@attrs.define
class Case:
    repo: str
    path: str
    shape: str
    batch: bool = True
    expect: dict[str, str] = attrs.Factory(dict)
    placeholders: int = 0  # values the parser should flag as "fill it in"
    held_out: bool = False


SAMPLE = [
    # --- dev: read while the rules were written ------------------------------------------------------
    Case(
        "pytorch/torchtitan",
        "multinode_trainer.slurm",
        "multi-node torchrun, licence header first",
        expect={
            "job_name": "torchtitan_multi_node",
            "ntasks": "4",
            "nodes": "4",
            "gpus_per_task": "8",
            "cpus_per_task": "96",
            "partition": "train",
        },
    ),
    Case(
        "bigscience-workshop/Megatron-DeepSpeed",
        "examples/pretrain_gpt3_175B.sh",
        "one directive line with a <SLURM OPTIONS> gap to fill",
        expect={"nodes": "128", "ntasks_per_node": "8", "job_name": "megatron_gpt3_175b"},
    ),
    Case(
        "mila-iqia/mila-docs",
        "docs/examples/distributed/multi_node/job.sh",
        "cluster guide: typed GPUs per task",
        expect={
            "ntasks": "4",
            "ntasks_per_node": "2",
            "cpus_per_task": "4",
            "gpus_per_task": "1",
            "gpu_type": "l40s",
            "time": "00:15:00",
        },
    ),
    Case(
        "mila-iqia/mila-docs",
        "docs/examples/distributed/single_gpu/job.sh",
        "cluster guide: one GPU, ## comments",
        expect={
            "ntasks": "1",
            "ntasks_per_node": "1",
            "cpus_per_task": "4",
            "gpus_per_task": "1",
            "gpu_type": "l40s",
            "time": "00:15:00",
        },
    ),
    Case(
        "PrincetonUniversity/multi_gpu_training",
        "02_pytorch_ddp/job.slurm",
        "DDP, trailing comments, --gres",
        expect={
            "job_name": "ddp-torch",
            "nodes": "2",
            "ntasks_per_node": "2",
            "cpus_per_task": "8",
            "mem": "32G",
            "gpus_per_node": "2",
            "time": "00:05:00",
        },
    ),
    Case(
        "PrincetonUniversity/multi_gpu_training",
        "03_pytorch_lightning/multi/job.slurm",
        "Lightning multi-GPU",
        expect={
            "job_name": "lightning",
            "nodes": "1",
            "ntasks_per_node": "2",
            "cpus_per_task": "8",
            "time": "00:02:00",
            "gpus_per_node": "2",
        },
    ),
    Case(
        "stas00/ml-engineering",
        "network/benchmarks/all_reduce_bench_pyxis.sbatch",
        "pyxis container benchmark",
        expect={
            "job_name": "all_reduce_bench_pyxis",
            "nodes": "2",
            "ntasks_per_node": "1",
            "gpus_per_node": "8",
            "time": "01:00:00",
        },
    ),
    Case(
        "volcengine/verl",
        "examples/slurm/ray_on_slurm.slurm",
        "Ray on Slurm, your-partition/your-account",
        expect={
            "job_name": "verl-ray-on-slurm",
            "nodes": "2",
            "ntasks_per_node": "1",
            "mem": "200G",
            "partition": "your-partition",
            "time": "01:00:00",
            "account": "your-account",
            "gpus_per_node": "4",
            "cpus_per_task": "64",
        },
        placeholders=2,
    ),
    Case("pytorch/torchtitan", "run_train.sh", "torchrun wrapper, not a batch script", batch=False),
    Case(
        "foundation-model-stack/fms-fsdp",
        "scripts/train.sh",
        "the script srun runs, not a batch script",
        batch=False,
    ),
    Case("huggingface/nanotron", "slurm_launcher.py", "Python that writes #SBATCH templates", batch=False),
    # --- held out: labelled after the rules were frozen ------------------------------------------------
    Case(
        "foundation-model-stack/fms-fsdp",
        "scripts/train.slurm",
        "16 nodes, --gres, ##SBATCH disabled line",
        expect={"nodes": "16", "gpus_per_node": "8", "cpus_per_task": "64", "ntasks_per_node": "1"},
        held_out=True,
    ),
    Case(
        "huggingface/alignment-handbook",
        "recipes/launch.slurm",
        "recipe launcher, args after the script",
        expect={
            "job_name": "handbook",
            "ntasks_per_node": "1",
            "gpus_per_node": "8",
            "partition": "hopper-prod",
            "time": "3-00:00:00",
        },
        held_out=True,
    ),
    Case(
        "huggingface/open-r1",
        "slurm/evaluate.slurm",
        "evaluation job, no job name",
        expect={
            "ntasks_per_node": "1",
            "gpus_per_node": "8",
            "partition": "hopper-prod",
            "time": "1-00:00:00",
        },
        held_out=True,
    ),
    Case(
        "huggingface/open-r1",
        "slurm/generate.slurm",
        "two-node generation, --gpus-per-node",
        expect={
            "job_name": "deepseek-r1-generation",
            "partition": "hopper-prod",
            "nodes": "2",
            "gpus_per_node": "8",
            "time": "04-00:00:00",
        },
        held_out=True,
    ),
    Case(
        "huggingface/picotron",
        "template/base_job.slurm",
        "Jinja template: {{ nodes }} values",
        expect={
            "job_name": "job-picotron",
            "time": "00:30:00",
            "partition": "hopper-prod",
            "nodes": "{{ nodes }}",
            "gpus_per_node": "{{ n_proc_per_node }}",
            "ntasks_per_node": "1",
            "cpus_per_task": "96",
        },
        placeholders=5,
        held_out=True,
    ),
    Case(
        "axolotl-ai-cloud/axolotl",
        "examples/slurm/axolotl.slurm",
        "--nodes=$NUM_NODES (sbatch does not expand it)",
        expect={
            "job_name": "axolotl-slurm-multinode",
            "ntasks_per_node": "1",
            "nodes": "$NUM_NODES",
            "gpus_per_task": "8",
            "cpus_per_task": "128",
        },
        placeholders=1,
        held_out=True,
    ),
    Case(
        "bigscience-workshop/Megatron-DeepSpeed",
        "examples/run_evalharness_deepspeed.slurm",
        "'--time 20:00:00' with a space, account with @",
        expect={
            "job_name": "eval-harness-deepspeed",
            "nodes": "1",
            "ntasks_per_node": "1",
            "cpus_per_task": "40",
            "gpus_per_node": "1",
            "time": "20:00:00",
            "account": "six@gpu",
        },
        held_out=True,
    ),
    Case(
        "karpathy/llm.c",
        "scripts/multi_node/run_gpt2_124M_fs.sbatch",
        "long trailing comments, tasks and nodes",
        expect={
            "job_name": "llmc-multinode",
            "partition": "llmc",
            "ntasks": "16",
            "nodes": "2",
            "ntasks_per_node": "8",
            "gpus_per_node": "8",
        },
        held_out=True,
    ),
    Case(
        "lewtun/orpo",
        "recipes/Qwen1.5-7B/v0.1.slurm",
        "recipe, '--err=' (an abbreviated option)",
        expect={"ntasks_per_node": "1", "gpus_per_node": "8", "partition": "hopper-prod"},
        held_out=True,
    ),
    Case(
        "mlfoundations/open_clip",
        "docs/script_examples/stability_example.sh",
        "'--nodes 30' with a space",
        expect={
            "partition": "g40423",
            "job_name": "testopenclip",
            "nodes": "30",
            "ntasks_per_node": "8",
            "cpus_per_task": "12",
        },
        held_out=True,
    ),
    Case(
        "pytorch/examples",
        "distributed/ddp-tutorial-series/slurm/sbatch_run.sh",
        "tutorial: GPUs per task",
        expect={
            "job_name": "multinode-example",
            "nodes": "4",
            "ntasks": "4",
            "gpus_per_task": "1",
            "cpus_per_task": "4",
        },
        held_out=True,
    ),
    Case(
        "stas00/ml-engineering",
        "orchestration/slurm/example.slurm",
        "guide example, partition xyz-cluster",
        expect={
            "job_name": "example-job",
            "nodes": "2",
            "ntasks_per_node": "1",
            "cpus_per_task": "96",
            "gpus_per_node": "8",
            "time": "0:10:00",
            "partition": "xyz-cluster",
        },
        placeholders=1,
        held_out=True,
    ),
    Case(
        "stas00/ml-engineering",
        "orchestration/slurm/launchers/accelerate-launcher.slurm",
        "accelerate launcher, EDIT comments, partition xyz-cluster",
        expect={
            "job_name": "accelerate-launcher",
            "nodes": "2",
            "ntasks_per_node": "1",
            "cpus_per_task": "96",
            "gpus_per_node": "8",
            "time": "0:10:00",
            "partition": "xyz-cluster",
        },
        placeholders=1,
        held_out=True,
    ),
    Case(
        "huggingface/nanotron",
        "examples/mamba/run_multinode.sh",
        "directives after a long comment header",
        expect={
            "job_name": "smolm2-bench",
            "time": "00:02:00",
            "partition": "hopper-prod",
            "nodes": "2",
            "ntasks_per_node": "1",
            "cpus_per_task": "60",
            "gpus_per_node": "8",
        },
        held_out=True,
    ),
    Case(
        "karpathy/llm.c",
        "scripts/run_gpt2_124M.sh",
        "a training script for one machine, not a batch script",
        batch=False,
        held_out=True,
    ),
]


def read(mirror: Path, repo: str, path: str) -> tuple[str, str] | None:
    """(the file at the mirror's newest commit, that commit's short id), or ``None``."""
    git_dir = mirror / repo.replace("/", "+") / "repo"
    if not git_dir.is_dir():
        return None
    git = ["git", f"--git-dir={git_dir}"]
    proc = subprocess.run([*git, "show", f"HEAD:{path}"], capture_output=True, text=True, errors="replace")
    commit = subprocess.run([*git, "rev-parse", "--short=10", "HEAD"], capture_output=True, text=True).stdout
    return (proc.stdout, commit.strip()) if proc.returncode == 0 else None


def check(case: Case, text: str) -> tuple[bool, str]:
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / Path(case.path).name
        file.write_text(text)
        batch = slurm.is_batch_script(file)
    if batch != case.batch:
        return False, f"batch script: {batch}, expected {case.batch}"
    if not case.batch:
        return True, ""
    parsed = slurm.parse_directives(text)
    assert parsed is not None
    wrong = []
    for field in FIELDS:
        got, want = getattr(parsed.resources, field), case.expect.get(field)
        if got != want:
            wrong.append(f"{field}: {got!r} (expected {want!r})")
    flagged = sum("placeholder" in p for p in parsed.problems)
    if flagged != case.placeholders:
        wrong.append(f"placeholders flagged: {flagged} (expected {case.placeholders})")
    return not wrong, "; ".join(wrong)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", choices=("dev", "held_out", "all"), default="all")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--mirror", default="/work/.mirror")
    args = parser.parse_args()
    mirror = Path(args.mirror)
    chosen = [c for c in SAMPLE if args.set == "all" or (c.held_out == (args.set == "held_out"))]
    results: dict[bool, list[bool]] = {False: [], True: []}
    rows: list[tuple[Case, bool | None, str, str]] = []
    for case in chosen:
        found = read(mirror, case.repo, case.path)
        if found is None:
            rows.append((case, None, "", "not fetched (fetch github:" + case.repo + ")"))
            continue
        text, commit = found
        ok, why = check(case, text)
        results[case.held_out].append(ok)
        summary = slurm.parse_directives(text).summary if case.batch and ok else why
        rows.append((case, ok, commit, summary or "not a batch script"))
    if args.markdown:
        print("| set | repository @ commit | file | shape | right? | what the parser read / what was wrong |")
        print("|---|---|---|---|---|---|")
        for case, right, commit, summary in rows:
            mark = "-" if right is None else ("yes" if right else "**no**")
            which = "held out" if case.held_out else "dev"
            print(f"| {which} | {case.repo} @ {commit} | `{case.path}` | {case.shape} | {mark} | {summary} |")
    else:
        for case, right, _commit, summary in rows:
            mark = "SKIP" if right is None else ("ok  " if right else "FAIL")
            print(f"{mark} {'H' if case.held_out else 'D'} {case.repo}:{case.path}  {summary}")
    for held, label in ((False, "dev"), (True, "held out")):
        if results[held]:
            print(f"{label}: {sum(results[held])}/{len(results[held])} right")


if __name__ == "__main__":
    main()
