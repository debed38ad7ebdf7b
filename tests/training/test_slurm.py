"""Sessions on a real one-node Slurm cluster (scripts/slurm-cluster.sh): jobs that log and exit 0,
exit 3, are cancelled while running, ask for what the cluster cannot give, wait held in the queue,
are restarted in the same session, run the user's own batch script, and run two srun tasks."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.training.conftest import wait_until
from trainerd.errors import TrainerError
from trainerd.training import sessions
from trainerd.training.backends.slurm import SlurmBackend
from trainerd.training.slurm import SubmitOptions

PY = "python3"


def settled(root: Path, name: str):
    record = sessions.get_session(root, name)
    return record if record.state not in ("pending", "running") else None


def in_state(root: Path, name: str, state: str):
    record = sessions.get_session(root, name)
    return record if record.state == state else None


def held_record(root: Path, name: str):
    record = sessions.get_session(root, name)
    return record if record.job and record.job.reason == "JobHeldUser" else None


def scontrol(job_id: str) -> dict[str, str]:
    out = subprocess.run(
        ["scontrol", "-o", "show", "job", job_id], capture_output=True, text=True, check=True
    )
    return dict(re.findall(r"(\w+)=(\S*)", out.stdout))


def test_job_logs_and_exits_0(slurm_project: Path, slurm_cluster: str):
    command = f"{PY} toy_train.py --steps 8 --sleep 0.05"
    result = sessions.launch(command, slurm_project, backend="slurm", settle_seconds=0)
    record = result.session
    assert record.backend == "slurm" and record.command == command
    assert record.state in ("pending", "running")
    folder = slurm_project / ".trainer-workspace" / "training" / record.name
    on_disk = json.loads((folder / "session.json").read_text())
    job_id = on_disk["job"]["id"]
    assert job_id.isdigit() and on_disk["job"]["script"] == str(folder / "job-1.sbatch")
    script = (folder / "job-1.sbatch").read_text()
    assert script.startswith("#!/bin/bash\n")
    assert f"#SBATCH --job-name={record.name}\n" in script
    assert script.rstrip("\n").splitlines()[-1] == command  # the command exactly as confirmed, last
    assert "--wrap" not in " ".join(on_disk["job"]["sbatch_argv"])

    final = wait_until(lambda: settled(slurm_project, record.name), timeout=60)
    assert final.state == "exited" and final.exit_code == 0, final.message
    assert final.status == "exited 0"
    assert final.job.state == "COMPLETED" and final.job.nodes == slurm_cluster
    text = Path(final.log_path).read_text()
    assert "step 0 loss: 2.0000" in text and "step 7 loss:" in text and "done" in text
    # what the cluster itself says about the job
    job = scontrol(job_id)
    assert job["JobState"] == "COMPLETED" and job["StdOut"] == final.log_path
    assert job["WorkDir"] == str(slurm_project)


def test_exit_3_is_recorded_with_the_chosen_resources(slurm_project: Path):
    options = SubmitOptions(partition="debug", nodes=1, time="5:00", sbatch_args=["--mem=200M"])
    result = sessions.launch(
        f"{PY} toy_train.py --steps 3 --exit 3", slurm_project, slurm=options, settle_seconds=0
    )
    record = result.session
    assert record.backend == "slurm"  # Slurm options choose the backend
    script = Path(record.job.script).read_text()
    for line in (
        "#SBATCH --partition=debug",
        "#SBATCH --nodes=1",
        "#SBATCH --time=5:00",
        "#SBATCH --mem=200M",
    ):
        assert line + "\n" in script
    final = wait_until(lambda: settled(slurm_project, record.name), timeout=60)
    assert final.state == "exited" and final.exit_code == 3 and final.status == "exited 3"
    assert final.job.state == "FAILED"
    job = scontrol(record.job.id)
    assert job["ExitCode"] == "3:0" and job["TimeLimit"] == "00:05:00" and job["Partition"] == "debug"
    assert "mem=200M" in job["TRES"]


def test_bash_syntax_environment_and_cwd_reach_the_job(slurm_project: Path, monkeypatch):
    monkeypatch.setenv("TRAINERD_TEST_MARK", "from-the-launcher")
    (slurm_project / "sub").mkdir()
    command = 'if [[ -n "$TRAINERD_TEST_MARK" ]]; then echo "mark=$TRAINERD_TEST_MARK in $(pwd)"; fi'
    result = sessions.launch(
        command, slurm_project / "sub", root=slurm_project, backend="slurm", settle_seconds=0
    )
    final = wait_until(lambda: settled(slurm_project, result.session.name), timeout=60)
    assert final.exit_code == 0, Path(final.log_path).read_text()
    assert f"mark=from-the-launcher in {slurm_project / 'sub'}" in Path(final.log_path).read_text()


def test_cancelled_while_running(slurm_project: Path, slurm_cluster: str):
    pid_file = slurm_project / "job.pid"
    command = f"echo $$ > {pid_file}; exec {PY} toy_train.py --steps 100000 --sleep 0.05"
    result = sessions.launch(command, slurm_project, backend="slurm", settle_seconds=0)
    name = result.session.name
    running = wait_until(lambda: in_state(slurm_project, name, "running"), timeout=60)
    assert running.status == f"running on {slurm_cluster}"
    wait_until(lambda: "step 3 loss" in Path(running.log_path).read_text())
    pid = int(pid_file.read_text())
    assert Path(f"/proc/{pid}").exists()

    stopped = sessions.stop(slurm_project, name, grace_seconds=5)
    assert stopped.state == "killed" and stopped.status == "killed"
    assert "scancel" in stopped.message and stopped.job.state == "CANCELLED"
    wait_until(lambda: not Path(f"/proc/{pid}").exists(), timeout=20)  # the training process is gone
    assert scontrol(running.job.id)["JobState"] == "CANCELLED"
    assert sessions.get_session(slurm_project, name).state == "killed"


@pytest.mark.parametrize(
    ("options", "field", "words"),
    [
        (SubmitOptions(nodes=2), "nodes", "Node count specification invalid"),
        (SubmitOptions(gpus_per_node="1"), "gpus_per_node", "Invalid generic resource (gres) specification"),
        (SubmitOptions(partition="nosuchpart"), "partition", "(partitions here: debug)"),
        (
            SubmitOptions(sbatch_args=["--mem=100000G"]),
            "backend",
            "Memory specification can not be satisfied",
        ),
    ],
)
def test_impossible_resources_are_rejected_with_slurms_reason(
    slurm_project: Path, options: SubmitOptions, field: str, words: str
):
    with pytest.raises(TrainerError) as caught:
        sessions.launch(f"{PY} toy_train.py", slurm_project, slurm=options, settle_seconds=0)
    assert str(caught.value).startswith("Slurm rejected the job: ")
    assert words in str(caught.value)
    assert caught.value.field == field
    assert not list((slurm_project / ".trainer-workspace" / "training").glob("*"))  # nothing left behind


def test_a_job_that_cannot_start_is_pending_with_the_reason_then_stopped(slurm_project: Path):
    options = SubmitOptions(sbatch_args=["--hold"])
    result = sessions.launch(f"{PY} toy_train.py", slurm_project, slurm=options, settle_seconds=0)
    name = result.session.name
    held = wait_until(lambda: held_record(slurm_project, name), timeout=30)
    assert held.state == "pending" and held.status == "pending (JobHeldUser)"
    assert "will not start as submitted" in held.message and "held" in held.message
    assert [r.name for r in sessions.list_sessions(slurm_project)] == [name]
    with pytest.raises(TrainerError, match="still queued on the cluster: stop it first"):
        sessions.restart(slurm_project, name)  # a second job beside the queued one: refused
    stopped = sessions.stop(slurm_project, name, grace_seconds=1)
    assert stopped.state == "killed" and stopped.job.state == "CANCELLED"


def test_restart_resubmits_in_the_same_session_keeping_the_history(slurm_project: Path):
    result = sessions.launch(
        f"{PY} toy_train.py --steps 2 --exit 3", slurm_project, backend="slurm", settle_seconds=0,
        slurm=SubmitOptions(time="10:00"),
    )  # fmt: skip
    name, first_job = result.session.name, result.session.job.id
    first = wait_until(lambda: settled(slurm_project, name), timeout=60)
    assert first.exit_code == 3

    fixed = f"{PY} toy_train.py --steps 2 --exit 0"
    again = sessions.restart(slurm_project, name, command=fixed, settle_seconds=0)
    assert again.session.name == name and again.session.job.id != first_job
    assert [r.job_id for r in again.session.restarts] == [again.session.job.id]
    final = wait_until(lambda: settled(slurm_project, name), timeout=60)
    assert final.exit_code == 0 and final.command == fixed
    script = Path(final.job.script).read_text()
    assert Path(final.job.script).name == "job-2.sbatch" and "#SBATCH --time=10:00\n" in script
    assert script.rstrip("\n").splitlines()[-1] == fixed
    assert "#SBATCH --time=10:00" in (Path(final.session_dir) / "job-1.sbatch").read_text()
    log = Path(final.log_path).read_text()
    assert log.count("training for 2 steps") == 2  # the first run's output is kept, appended to
    tail = sessions.output_tail(final)
    assert tail.count("training for 2 steps") == 1 and "done" in tail


def test_the_users_own_batch_script_is_submitted_as_is(slurm_project: Path):
    script = slurm_project / "scripts" / "train.sbatch"
    script.parent.mkdir()
    script.write_text(
        "#!/bin/bash\n"
        "#SBATCH --job-name=my-own-job   # the name this lab uses\n"
        "#SBATCH --ntasks=1\n"
        'echo "job $SLURM_JOB_NAME with args: $*"\n'
        'python3 toy_train.py --steps 2 --exit "$1"\n'
    )
    command = "sbatch --time=3:00 scripts/train.sbatch 4"
    result = sessions.launch(command, slurm_project, settle_seconds=0)  # auto: an sbatch command
    record = result.session
    assert record.backend == "slurm" and record.job.source == str(script)
    assert Path(record.job.script).read_text() == script.read_text()
    final = wait_until(lambda: settled(slurm_project, record.name), timeout=60)
    log = Path(final.log_path).read_text()
    assert "job my-own-job with args: 4" in log  # its own #SBATCH lines were read by sbatch
    assert final.exit_code == 4
    assert scontrol(record.job.id)["TimeLimit"] == "00:03:00"


def test_two_srun_tasks_split_by_rank_and_the_failing_rank_is_named(slurm_project: Path):
    (slurm_project / "ranks.py").write_text(
        "import os, sys, time\n"
        "rank = int(os.environ['SLURM_PROCID'])\n"
        "print(f'rank {rank} of {os.environ[\"SLURM_NTASKS\"]} starting', flush=True)\n"
        "if rank == 1:\n"
        "    time.sleep(0.3)\n"
        "    shard = {'train-00': 10}\n"
        "    raise KeyError('train-01')\n"
        "time.sleep(1.5)\n"
        "print('rank 0 finished its steps', flush=True)\n"
    )
    options = SubmitOptions(nodes=1, ntasks_per_node=2)
    result = sessions.launch(f"srun --label {PY} -u ranks.py", slurm_project, slurm=options, settle_seconds=0)
    final = wait_until(lambda: settled(slurm_project, result.session.name), timeout=60)
    assert final.state == "exited" and final.exit_code == 1
    log = Path(final.log_path).read_text()
    assert "0: rank 0 of 2 starting" in log and "1: rank 1 of 2 starting" in log
    assert "1: KeyError: 'train-01'" in log

    from trainerd.triage import service

    report = service.triage_text(log, cwd=str(slurm_project))
    assert report.root_cause is not None, report.summary
    root = report.errors[report.root_cause]
    assert root.rank == 1 and root.exception.endswith("KeyError"), root
    assert root.frame is not None and Path(root.frame.file).name == "ranks.py" and root.frame.line == 7


def test_attach_follows_the_output_and_names_a_shell_in_the_allocation(slurm_project: Path):
    result = sessions.launch(
        f"{PY} toy_train.py --steps 100000 --sleep 0.05", slurm_project, backend="slurm", settle_seconds=0
    )
    name = result.session.name
    record = wait_until(lambda: in_state(slurm_project, name, "running"), timeout=60)
    assert sessions.attach_argv(slurm_project, name) == ["tail", "-n", "+1", "-F", record.log_path]
    hints = sessions.attach_hints(slurm_project, name)
    assert f"srun --jobid {record.job.id} --overlap --pty bash" in hints[0]
    # the hint works: a command inside the job's allocation
    inside = subprocess.run(
        ["srun", "--jobid", record.job.id, "--overlap", "bash", "-c", "echo $SLURM_JOB_ID"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert inside.stdout.strip() == record.job.id, inside.stderr
    sessions.stop(slurm_project, name, grace_seconds=1)


def test_sessions_asks_the_cluster_once_for_all_jobs(slurm_project: Path, tmp_path: Path, monkeypatch):
    names = [
        sessions.launch(
            f"{PY} toy_train.py --steps 100000", slurm_project, backend="slurm", settle_seconds=0
        ).session.name
        for _ in range(3)
    ]
    # a squeue on PATH that notes each call, then runs the real one
    shim = tmp_path / "shim"
    shim.mkdir()
    calls = tmp_path / "squeue-calls"
    real = subprocess.run(["bash", "-c", "command -v squeue"], capture_output=True, text=True).stdout.strip()
    (shim / "squeue").write_text(f'#!/bin/bash\necho "$*" >> {calls}\nexec {real} "$@"\n')
    (shim / "squeue").chmod(0o755)
    monkeypatch.setenv("PATH", f"{shim}:{os.environ['PATH']}")
    monkeypatch.setenv("TRAINERD_SLURM_POLL_SECONDS", "0")
    listed = sessions.list_sessions(slurm_project)
    assert sorted(r.name for r in listed) == sorted(names)
    assert all(r.state in ("pending", "running") for r in listed)
    lines = calls.read_text().splitlines()
    assert len(lines) == 1, lines
    assert all(r.job.id in lines[0] for r in listed)


def test_the_environment_table_shows_the_cluster(slurm_project: Path, slurm_cluster: str):
    from trainerd.training import environment

    env = environment.collect(slurm_project)
    assert env.cluster is not None and env.cluster.available
    (debug,) = env.cluster.partitions
    assert debug.name == "debug" and debug.default and debug.nodes == 1
    assert debug.cpus_per_node >= 8 and debug.gpus_per_node == 0 and debug.time_limit == "infinite"
    assert env.cluster.summary.startswith("debug (default): 1 node ")


def test_sessions_made_on_the_cluster_stay_as_recorded_where_slurm_is_missing(
    slurm_project: Path, tmp_path: Path, monkeypatch
):
    result = sessions.launch(
        f"{PY} toy_train.py --steps 100000", slurm_project, backend="slurm", settle_seconds=0
    )
    name = result.session.name
    wait_until(lambda: in_state(slurm_project, name, "running"), timeout=60)
    from tests.training.slurm_cluster import bin_without_slurm

    with monkeypatch.context() as patch:
        patch.setenv("PATH", str(bin_without_slurm(tmp_path / "bin")))
        listed = sessions.list_sessions(slurm_project)
        assert [(r.name, r.state) for r in listed] == [(name, "running")]  # as last recorded, not "lost"
        with pytest.raises(TrainerError, match="Slurm is not available here"):
            sessions.stop(slurm_project, name)
    assert sessions.stop(slurm_project, name, grace_seconds=1).state == "killed"


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_job_past_its_time_limit_is_timed_out(slurm_project: Path):
    # Slurm's limits are whole minutes and its timer looks every ~30 s: this takes 60-100 s
    command = f"trap 'echo caught SIGTERM at the limit; exit 0' TERM; {PY} toy_train.py --steps 1; while true; do sleep 1; done"
    result = sessions.launch(command, slurm_project, slurm=SubmitOptions(time="1"), settle_seconds=0)
    final = wait_until(lambda: settled(slurm_project, result.session.name), timeout=240, interval=1)
    assert final.state == "exited" and final.status == "timed out", final.message
    assert final.job.state == "TIMEOUT"
    log = Path(final.log_path).read_text()
    assert "DUE TO TIME LIMIT" in log and "caught SIGTERM at the limit" in log


def test_a_record_edited_to_name_another_job_cancels_nothing(slurm_project: Path):
    """session.json is a file on disk: pointing one session at another job of the user's must not get
    that job cancelled by stopping the first session (the job's output file is not the session's log)."""
    command = f"exec {PY} toy_train.py --steps 100000 --sleep 0.05"
    first = sessions.launch(command, slurm_project, backend="slurm", settle_seconds=0).session
    other = sessions.launch(command, slurm_project, backend="slurm", settle_seconds=0).session
    wait_until(lambda: in_state(slurm_project, other.name, "running"), timeout=60)

    record_file = Path(first.session_dir) / "session.json"
    data = json.loads(record_file.read_text())
    data["job"]["id"] = other.job.id
    record_file.write_text(json.dumps(data))

    stopped = sessions.stop(slurm_project, first.name, grace_seconds=1)
    assert stopped.state == "lost" and "another job" in stopped.message
    assert scontrol(other.job.id)["JobState"] == "RUNNING"
    forged = sessions.get_session(slurm_project, first.name)
    with pytest.raises(TrainerError, match="not the job trainerd submitted"):
        SlurmBackend().stop(forged, grace_seconds=1)  # the backend refuses too, whatever the record says
    assert scontrol(other.job.id)["JobState"] == "RUNNING"
    assert sessions.stop(slurm_project, other.name, grace_seconds=1).state == "killed"
