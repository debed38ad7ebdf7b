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
only after the parser's rules were frozen: their figure is the first-sight figure.

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
]


def read(mirror: Path, repo: str, path: str) -> str | None:
    git_dir = mirror / repo.replace("/", "+") / "repo"
    if not git_dir.is_dir():
        return None
    proc = subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
        capture_output=True,
        text=True,
        errors="replace",
    )
    return proc.stdout if proc.returncode == 0 else None


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
    rows = []
    for case in chosen:
        text = read(mirror, case.repo, case.path)
        if text is None:
            rows.append((case, None, "not fetched (fetch github:" + case.repo + ")"))
            continue
        ok, why = check(case, text)
        results[case.held_out].append(ok)
        summary = slurm.parse_directives(text).summary if case.batch and ok else why
        rows.append((case, ok, summary))
    if args.markdown:
        print("| set | repository | file | shape | right? | what the parser read / what was wrong |")
        print("|---|---|---|---|---|---|")
        for case, ok, summary in rows:
            mark = "-" if ok is None else ("yes" if ok else "**no**")
            held = "held out" if case.held_out else "dev"
            print(f"| {held} | {case.repo} | `{case.path}` | {case.shape} | {mark} | {summary} |")
    else:
        for case, ok, summary in rows:
            mark = "SKIP" if ok is None else ("ok  " if ok else "FAIL")
            print(f"{mark} {'H' if case.held_out else 'D'} {case.repo}:{case.path}  {summary}")
    for held, label in ((False, "dev"), (True, "held out (first sight)")):
        if results[held]:
            print(f"{label}: {sum(results[held])}/{len(results[held])} right")


if __name__ == "__main__":
    main()
