"""Slurm as a session backend: the command runs as a batch job on the cluster.

* **Submit**: the confirmed command goes, exactly as confirmed, into a ``#!/bin/bash`` batch script
  with ``#SBATCH`` lines from the user's choices (never ``--wrap``, which runs ``/bin/sh``); a command
  that submits or runs the user's own batch script (``sbatch [opts] x.sh``, ``bash x.sh`` with
  ``#SBATCH`` lines) has that script submitted as is. sbatch gets ``--output``/``--error`` (the
  session's ``output.log``, appended, so a restart keeps the history) on its command line. A copy of
  what was submitted is kept as ``job-N.sbatch`` in the session folder; the job id, the script and the
  sbatch command are in ``session.json`` (``job``).
* **State**: from the cluster (:func:`trainerd.training.slurm.query`: one ``squeue`` for all jobs,
  ``sacct`` for jobs squeue forgot when the cluster keeps accounting). A job whose output file is not
  this session's log is another job that got the same id (a controller whose state was wiped).
* **Stop**: ``scancel`` (SIGTERM, then SIGKILL after the cluster's KillWait). **Restart**: submit the
  same script again (regenerated when the command changed). **Attach**: follow the output file; a
  shell on the job's node is ``srun --jobid ID --overlap --pty bash``.
"""

from __future__ import annotations

import time
from pathlib import Path

from trainerd.errors import TrainerError
from trainerd.project.clock import utc_now
from trainerd.training import slurm
from trainerd.training.backends.base import Backend, Probe, SessionRef, Stopped
from trainerd.workspace.files import atomic_write_text

# how long a stop waits, beyond the grace period, for the cluster to report the job ended
_STOP_SETTLE_SECONDS = 15.0


class SlurmBackend(Backend):
    name = "slurm"

    def __init__(self, options: slurm.SubmitOptions | None = None) -> None:
        self.options = options or slurm.SubmitOptions()

    @classmethod
    def available(cls) -> bool:
        return slurm.available()

    def exists(self, session: str) -> bool:
        return False  # sessions are trainerd's folders; Slurm job names need not be unique

    def start(
        self, session: str, command: str, cwd: str, log_path: Path, session_dir: Path
    ) -> slurm.SlurmJob:
        work, folder = Path(cwd), Path(session_dir)
        copy = folder / f"job-{1 + len(list(folder.glob('job-*.sbatch')))}.sbatch"
        user = slurm.user_script(command, work)
        if user is None:
            atomic_write_text(copy, slurm.batch_script(command, self.options, session))
            argv = slurm.sbatch_argv(copy, [], log_path, [])
            job_id = slurm.submit(argv, work, self.env)
            source = ""
        else:
            try:
                text = user.path.read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                raise TrainerError(
                    f"cannot read the batch script {user.path}: {exc}", field="command"
                ) from None
            argv = slurm.sbatch_argv(
                Path(user.script), user.args, log_path, [*user.sbatch_args, *self.options.argv()]
            )
            job_id = slurm.submit(argv, work, {**(self.env or {}), **user.env})
            atomic_write_text(copy, text)  # what sbatch read (it copies the script at submit time)
            source = str(user.path)
        return slurm.SlurmJob(
            id=job_id,
            script=str(copy),
            source=source,
            options=self.options,
            sbatch_argv=argv,
            submitted_at=utc_now(),
        )

    def restart(self, record: SessionRef, command: str) -> slurm.SlurmJob:
        if record.job is not None:
            self.options = record.job.options
        return self.start(record.name, command, record.cwd, Path(record.log_path), Path(record.session_dir))

    def probe(self, record: SessionRef) -> Probe:
        return self.probe_all([record])[record.session_dir]

    def probe_all(self, records: list[SessionRef], fresh: bool = False) -> dict[str, Probe]:
        """One cluster query for every session's job."""
        states = slurm.query([r.job.id for r in records if r.job is not None], fresh=fresh)
        return {r.session_dir: _probe(r, states.get(r.job.id) if r.job else None) for r in records}

    def stop(self, record: SessionRef, grace_seconds: float) -> Stopped:
        if record.job is None:
            raise TrainerError(f"session {record.name} has no Slurm job to cancel")
        if not self.owns(record):
            raise TrainerError(
                f"session {record.name}: Slurm job {record.job.id} does not write to this session's log,"
                " so it is not the job trainerd submitted for it; nothing was cancelled",
                field="name",
            )
        slurm.cancel(record.job.id)
        deadline = time.monotonic() + max(grace_seconds, 0) + _STOP_SETTLE_SECONDS
        probe = self.probe_all([record], fresh=True)[record.session_dir]
        while probe.exists and not probe.exit_known and time.monotonic() < deadline:
            time.sleep(0.1)
            probe = self.probe_all([record], fresh=True)[record.session_dir]
        how = "cancelled with scancel (Slurm sends SIGTERM, then SIGKILL after its KillWait)"
        if probe.exists and not probe.exit_known:
            how += f"; the cluster still reports it {probe.job.state if probe.job else 'running'}"
        return Stopped(
            probe.exit_code, probe.signal, f"stopped by trainerd: job {record.job.id} {how}", probe.job
        )

    def owns(self, record: SessionRef) -> bool:
        """A job is trainerd's when Slurm writes it to this session's log: a record edited to name
        another job of the user's must not get that job cancelled."""
        if record.job is None:
            return True
        state = slurm.query([record.job.id], fresh=True).get(record.job.id)
        return not _writes_elsewhere(record, state)

    def close(self, session: str) -> None:
        return None  # nothing is kept open for a batch job

    def attach_command(self, record: SessionRef) -> list[str]:
        return ["tail", "-n", "+1", "-F", record.log_path]

    def attach_hints(self, record: SessionRef) -> list[str]:
        if record.job is None:
            return []
        job = record.job.id
        return [
            f"a shell inside job {job}'s allocation: srun --jobid {job} --overlap --pty bash",
            f"the input/output of one of its srun steps: sattach {job}.0",
            f"its full record: scontrol show job {job}",
        ]

    def find_pid(self, session: str) -> int | None:
        return None  # the job's processes run on the cluster's nodes


def _writes_elsewhere(record: SessionRef, state: slurm.JobState | None) -> bool:
    """Does the cluster's job of this id write to another file than the session's log (another job)?"""
    return bool(state and state.stdout and Path(state.stdout) != Path(record.log_path))


def _probe(record: SessionRef, state: slurm.JobState | None) -> Probe:
    job_id = record.job.id if record.job else "?"
    if state is None:
        return Probe(
            exists=False,
            reason=(
                f"Slurm no longer knows job {job_id} (it forgets finished jobs after its MinJobAge"
                " and this cluster keeps no accounting, or the controller lost its state)"
            ),
        )
    if _writes_elsewhere(record, state):
        return Probe(
            exists=False,
            reason=f"job {job_id} on the cluster now is another job (its output goes to {state.stdout})",
        )
    probe = Probe(exists=True, reason=state.reason, where=state.nodes, job=state)
    if state.state in slurm.QUEUED:
        probe.queued = True
    elif state.state in slurm.ENDED:
        probe.exit_code, probe.signal, probe.exit_known = state.exit_code, state.signal, True
        probe.cancelled = state.state == "CANCELLED"
    elif state.state == "COMPLETING":
        probe.pending = True  # ended; Slurm reports how once its epilog is done
    else:  # RUNNING, SUSPENDED, STOPPED, SIGNALING, RESIZING, STAGE_OUT
        probe.alive = True
    return probe


def pending_message(job: slurm.SlurmJob, reason: str) -> str:
    """What a person reads about a job that waits: Slurm's reason, and whether waiting will help."""
    why = slurm.NEVER_STARTS.get(reason)
    if why:
        return (
            f"Slurm job {job.id} will not start as submitted: {reason} ({why}); stop it and launch again"
            " with other resources"
        )
    if not reason:
        return f"Slurm job {job.id} is queued (the scheduler has not placed it yet)"
    if reason in ("Resources", "Priority"):
        return f"Slurm job {job.id} is waiting for {'resources' if reason == 'Resources' else 'its turn'} ({reason})"
    return f"Slurm job {job.id} is pending: {reason}"
