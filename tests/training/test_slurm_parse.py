"""Slurm text, read and written without a cluster: #SBATCH directives as detection sees them, the
sbatch command lines trainerd accepts or refuses, the batch script it writes, the cluster's answers
(squeue, sacct, sinfo) parsed from text shaped like Slurm's, and launching where Slurm is absent."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.training.conftest import wait_until
from trainerd.errors import TrainerError
from trainerd.training import backends, sessions, slurm
from trainerd.training.slurm import SubmitOptions

MULTI_NODE = """#!/bin/bash
# a two-node language-model run (this lab's template)
#SBATCH -J lm-pretrain
#SBATCH --partition gpu-long
#SBATCH -N 2
#SBATCH --ntasks-per-node=4   # one task per GPU
#SBATCH --gres=gpu:a100:4
#SBATCH --cpus-per-task=8
#SBATCH --mem=0
#SBATCH -t 2-00:00:00
#SBATCH --exclusive

module load cuda
#SBATCH --qos=high
srun torchrun --nnodes 2 --nproc_per_node 4 train.py
"""


def test_directives_and_resources_of_a_multi_node_script():
    parsed = slurm.parse_directives(MULTI_NODE)
    assert parsed is not None
    options = [(d.option, d.value) for d in parsed.directives]
    assert options == [
        ("job-name", "lm-pretrain"),
        ("partition", "gpu-long"),
        ("nodes", "2"),
        ("ntasks-per-node", "4"),
        ("gres", "gpu:a100:4"),
        ("cpus-per-task", "8"),
        ("mem", "0"),
        ("time", "2-00:00:00"),
        ("exclusive", None),
    ]
    res = parsed.resources
    assert (res.partition, res.nodes, res.ntasks_per_node, res.gpus_per_node) == ("gpu-long", "2", "4", "4")
    assert res.gpu_type == "a100"
    assert res.time == "2-00:00:00" and res.job_name == "lm-pretrain"
    assert parsed.summary == (
        "2 nodes, 4 tasks/node, 8 CPUs/task, 4 GPUs/node (a100), memory 0, partition gpu-long, time 2-00:00:00"
    )
    # sbatch stops reading directives at the first command: the late one is reported, not used
    assert parsed.problems == [
        "line 14: '#SBATCH --qos=high' comes after the first command: sbatch ignores it"
    ]
    assert res.qos is None


def test_placeholders_and_typed_gpu_counts():
    parsed = slurm.parse_directives(
        "#!/bin/bash\n#SBATCH --ntasks=4\n#SBATCH --gpus-per-task=l40s:1\n"
        "#SBATCH --partition=your-partition\n#SBATCH --account=<account>\nsrun python main.py\n"
    )
    res = parsed.resources
    assert (res.ntasks, res.gpus_per_task, res.gpu_type) == ("4", "1", "l40s")
    assert parsed.summary == "4 tasks, 1 GPU/task (l40s), partition your-partition, account <account>"
    assert parsed.problems == [
        "line 4: --partition=your-partition looks like a placeholder: fill it in",
        "line 5: --account=<account> looks like a placeholder: fill it in",
    ]


def test_template_values_and_unexpanded_variables_are_left_to_fill_in():
    parsed = slurm.parse_directives(
        "#!/bin/bash\n#SBATCH --nodes={{ node_count }}\n#SBATCH --gres=gpu:{{ per_node }}\n"
        "#SBATCH --ntasks=$WORLD\n#SBATCH -p xyz-queue\npython train.py\n"
    )
    res = parsed.resources
    assert (res.nodes, res.gpus_per_node, res.ntasks, res.partition) == (
        "{{ node_count }}",
        "{{ per_node }}",
        "$WORLD",
        "xyz-queue",
    )
    assert len(parsed.problems) == 4 and all("fill" in p for p in parsed.problems)
    assert "sbatch does not expand variables" in parsed.problems[2]


def test_a_script_without_directives_is_not_a_batch_script(tmp_path: Path):
    assert slurm.parse_directives("#!/bin/bash\npython train.py\n") is None
    plain = tmp_path / "run.sh"
    plain.write_text("#!/bin/bash\n# SBATCH is mentioned in prose only\npython train.py\n")
    assert not slurm.is_batch_script(plain)
    template = tmp_path / "launcher.py"  # writes batch scripts; is not one
    template.write_text(
        'import sys\nSCRIPT = """#!/bin/bash\n#SBATCH --nodes={nodes}\nsrun python train.py\n"""\n'
    )
    assert not slurm.is_batch_script(template)
    job = tmp_path / "job.sh"
    job.write_text("#!/bin/bash\n#SBATCH --gpus=2\npython train.py\n")
    assert slurm.is_batch_script(job)
    assert slurm.parse_directives(job.read_text()).summary == "2 GPUs"


def test_the_generated_script_is_bash_with_the_chosen_lines_and_the_command_verbatim():
    command = """FOO=1 python train.py --name "run a" 2>&1 | tee -a out.txt && [[ -f done ]]"""
    options = SubmitOptions(partition="gpu", nodes=2, ntasks_per_node=4, gpus_per_node="a100:4", time="1:00:00",
                            sbatch_args=["--account=proj7", "--mem 64G"])  # fmt: skip
    text = slurm.batch_script(command, options.check(), "trainer-train-1")
    assert text.splitlines() == [
        "#!/bin/bash",
        "#SBATCH --job-name=trainer-train-1",
        "#SBATCH --partition=gpu",
        "#SBATCH --nodes=2",
        "#SBATCH --ntasks-per-node=4",
        "#SBATCH --gpus-per-node=a100:4",
        "#SBATCH --time=1:00:00",
        "#SBATCH --account=proj7",
        "#SBATCH --mem 64G",
        "# Written by trainerd for training session trainer-train-1. The next line is the command as it was",
        "# confirmed; the output file (--output/--error, appended) is given to sbatch on its command line.",
        command,
    ]
    # read back by the same parser detection uses
    parsed = slurm.parse_directives(text)
    assert parsed.resources.account == "proj7" and parsed.resources.mem == "64G"
    assert options.argv()[-3:] == ["--account=proj7", "--mem", "64G"]


@pytest.mark.parametrize(
    ("options", "field", "words"),
    [
        (SubmitOptions(partition="gpu; rm -rf /"), "partition", "a partition name"),
        (SubmitOptions(nodes=0), "nodes", "whole number"),
        (SubmitOptions(ntasks_per_node=True), "ntasks_per_node", "whole number"),  # type: ignore[arg-type]
        (SubmitOptions(gpus_per_node="lots"), "gpus_per_node", "type:count"),
        (SubmitOptions(time="soon"), "time", "Slurm's format"),
        (SubmitOptions(sbatch_args=["--output=x.log"]), "sbatch_args", "the session's log"),
        (SubmitOptions(sbatch_args=["--wrap=python x.py"]), "sbatch_args", "#!/bin/bash"),
        (SubmitOptions(sbatch_args=["-W"]), "sbatch_args", "block until the job ends"),
        (SubmitOptions(sbatch_args=["account=x"]), "sbatch_args", "one sbatch option per argument"),
        (SubmitOptions(sbatch_args=["--mem=1G --time=5"]), "sbatch_args", "one sbatch option per argument"),
    ],
)
def test_bad_options_name_the_field(options: SubmitOptions, field: str, words: str):
    with pytest.raises(TrainerError) as caught:
        options.check()
    assert caught.value.field == field and words in str(caught.value)


def test_commands_that_submit_the_users_own_script(tmp_path: Path):
    (tmp_path / "jobs").mkdir()
    batch = tmp_path / "jobs" / "train.slurm"
    batch.write_text('#!/bin/bash\n#SBATCH -N 1\npython train.py "$@"\n')
    plain = tmp_path / "run.sh"
    plain.write_text("#!/bin/bash\npython train.py\n")

    user = slurm.user_script(
        "WANDB_MODE=offline sbatch -p gpu --time 10 jobs/train.slurm --lr 3e-4", tmp_path
    )
    assert user is not None and user.path == batch
    assert user.sbatch_args == ["-p", "gpu", "--time", "10"] and user.args == ["--lr", "3e-4"]
    assert user.env == {"WANDB_MODE": "offline"}
    # running the batch script directly submits it too; a script without directives is a plain command
    assert slurm.user_script("bash jobs/train.slurm 5", tmp_path).args == ["5"]
    assert slurm.user_script("./jobs/train.slurm", tmp_path).path == batch
    assert slurm.user_script("bash run.sh", tmp_path) is None
    assert slurm.user_script("python train.py", tmp_path) is None
    with pytest.raises(TrainerError, match="names no batch script"):
        slurm.user_script("sbatch --wrap=true", tmp_path)
    with pytest.raises(TrainerError, match="block until the job ends"):
        slurm.user_script("sbatch --wait jobs/train.slurm", tmp_path)
    with pytest.raises(TrainerError, match="does not exist"):
        slurm.user_script("sbatch jobs/missing.slurm", tmp_path)


# squeue -h -t all -O JobID:|,ArrayJobID:|,State:|,Reason:|,NodeList:|,Exit_Code:|,StartTime:|,EndTime:|,StdOut:|
# (values in the shapes 22.05 prints: Exit_Code is the raw wait status)
SQUEUE = """\
41|41|PENDING|Resources||0|2030-01-01T10:00:00|N/A|/w/a/output.log|
42|42|RUNNING|None|gpu-[01-02]|0|2030-01-01T09:00:00|N/A|/w/b/output.log|
43|43|FAILED|NonZeroExitCode|gpu-03|768|2030-01-01T08:00:00|2030-01-01T08:10:00|/w/c/output.log|
44|44|CANCELLED|None|gpu-04|15|2030-01-01T08:00:00|2030-01-01T08:01:00|/w/d|out.log|
45|45|TIMEOUT|TimeLimit|gpu-05|15|2030-01-01T07:00:00|2030-01-01T08:00:00|/w/e/output.log|
46|46|OUT_OF_MEMORY|OutOfMemory|gpu-06|0|2030-01-01T07:00:00|2030-01-01T07:30:00|/w/f/output.log|
48|47|COMPLETED|None|cpu-1|0|N/A|N/A|/w/g/output.log|
47|47|FAILED|NonZeroExitCode|cpu-2|512|N/A|N/A|/w/g/output.log|
49|47|COMPLETED|None|cpu-1|0|N/A|N/A|/w/g/output.log|
"""


def test_squeue_rows_become_job_states():
    jobs = slurm.parse_squeue(SQUEUE)
    assert set(jobs) == {"41", "42", "43", "44", "45", "46", "47"}
    assert (jobs["41"].state, jobs["41"].reason, jobs["41"].nodes) == ("PENDING", "Resources", "")
    assert (jobs["42"].state, jobs["42"].reason, jobs["42"].nodes) == ("RUNNING", "", "gpu-[01-02]")
    assert (jobs["43"].exit_code, jobs["43"].signal, jobs["43"].end) == (3, None, "2030-01-01T08:10:00")
    assert (jobs["44"].exit_code, jobs["44"].signal, jobs["44"].stdout) == (None, 15, "/w/d|out.log")
    assert jobs["45"].state == "TIMEOUT" and jobs["46"].state == "OUT_OF_MEMORY"
    # an array job's tasks fold into one: the failed task stands for it
    assert (jobs["47"].state, jobs["47"].exit_code, jobs["47"].nodes) == ("FAILED", 2, "cpu-1,cpu-2")


def test_sacct_rows_become_job_states():
    text = "7|COMPLETED|0:0|n1|2030-01-01T00:00:00|2030-01-01T01:00:00\n8|CANCELLED by 1000|0:15|n2|x|y\n9|FAILED|3:0|n3|x|y\n"
    jobs = slurm.parse_sacct(text)
    assert (jobs["7"].state, jobs["7"].exit_code) == ("COMPLETED", 0)
    assert (jobs["8"].state, jobs["8"].signal) == ("CANCELLED", 15)
    assert jobs["9"].exit_code == 3


def test_sinfo_partitions_with_gpus():
    text = (
        "gpu*|up|6|64|512000|gpu:h100:8(S:0-1)|2-00:00:00|mix\n"
        "gpu*|up|2|64|512000|gpu:h100:8(S:0-1)|2-00:00:00|idle\n"
        "cpu|up|10|128|256000|(null)|infinite|idle\n"
    )
    parts = {p.name: p for p in slurm.parse_sinfo(text)}
    gpu, cpu = parts["gpu"], parts["cpu"]
    assert gpu.default and gpu.nodes == 8 and gpu.states == ["mix", "idle"]
    assert (gpu.gpus_per_node, gpu.gpu_type, gpu.cpus_per_node, gpu.time_limit) == (
        8,
        "h100",
        64,
        "2-00:00:00",
    )
    assert not cpu.default and cpu.gpus_per_node == 0 and cpu.memory_mb_per_node == 256000


def test_pending_reasons_say_whether_waiting_helps():
    job = slurm.SlurmJob(id="12", script="x")
    assert backends.pending_message(job, "Resources") == "Slurm job 12 is waiting for resources (Resources)"
    never = backends.pending_message(job, "PartitionTimeLimit")
    assert "will not start as submitted" in never and "above the partition's" in never
    assert "queued" in backends.pending_message(job, "")


def test_without_slurm_a_clear_message_and_the_other_backends_work(tmp_path: Path, path_without_slurm: Path):
    project = tmp_path / "proj"
    (project / ".git").mkdir(parents=True)
    for attempt in (
        lambda: sessions.launch("python3 -c 'print(1)'", project, backend="slurm"),
        lambda: sessions.launch("sbatch train.sbatch", project),  # an sbatch command asks for Slurm
        lambda: sessions.launch("python3 -c 'print(1)'", project, slurm=SubmitOptions(partition="gpu")),
    ):
        with pytest.raises(TrainerError) as caught:
            attempt()
        assert caught.value.field == "backend"
        assert str(caught.value).startswith("Slurm is not available here: sbatch, squeue and scancel")
    assert not (project / ".trainer-workspace" / "training").exists() or not any(
        (project / ".trainer-workspace" / "training").iterdir()
    )
    assert slurm.cluster_facts().summary == "no Slurm here (sinfo is not on PATH)"
    if not shutil.which("tmux"):
        pytest.skip("tmux is not installed")
    result = sessions.launch("python3 -c 'print(\"still here\")'", project, backend="tmux", settle_seconds=0)
    try:
        final = wait_until(
            lambda: (r := sessions.get_session(project, result.session.name)).state == "exited" and r
        )
        assert final.exit_code == 0 and "still here" in Path(final.log_path).read_text()
    finally:
        backends.get("tmux").close(result.session.name)
