"""What the cluster tells trainerd, as typed records: a job's state groups (:data:`QUEUED`,
:data:`ENDED`), :class:`JobState` (one answer of ``squeue``/``sacct``), :class:`SlurmJob` (``session.json``'s
``job``) and :class:`ClusterFacts` (``sinfo``). No command runs here: reading a session record needs
these types and nothing of the cluster code (``trainerd sessions`` starts faster for it).
"""

from __future__ import annotations

import attrs

from trainerd.training.slurm.script import SubmitOptions

# JobState values, grouped by what they mean for a session
QUEUED = frozenset(
    {"PENDING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESV_DEL_HOLD", "SPECIAL_EXIT", "CONFIGURING"}
)
ENDED = frozenset(
    {
        "COMPLETED",
        "FAILED",
        "CANCELLED",
        "TIMEOUT",
        "OUT_OF_MEMORY",
        "NODE_FAIL",
        "PREEMPTED",
        "BOOT_FAIL",
        "DEADLINE",
        "REVOKED",
        "LAUNCH_FAILED",
    }
)
# how a person reads an end that is not simply "the command exited with code N"
END_WORDS = {
    "TIMEOUT": "timed out",
    "OUT_OF_MEMORY": "out of memory",
    "NODE_FAIL": "node failed",
    "PREEMPTED": "preempted",
    "BOOT_FAIL": "node boot failed",
    "DEADLINE": "deadline passed",
    "REVOKED": "revoked",
    "LAUNCH_FAILED": "launch failed",
}
# pending reasons that do not go away by waiting: the job will not start as submitted
NEVER_STARTS = {
    "PartitionConfig": "the partition cannot run a job of this shape",
    "PartitionNodeLimit": "it asks for more nodes than the partition allows",
    "PartitionTimeLimit": "its time limit is above the partition's",
    "PartitionDown": "the partition is down",
    "PartitionInactive": "the partition is inactive",
    "BadConstraints": "no node has the requested features",
    "InvalidAccount": "the account is not valid",
    "InvalidQOS": "the QOS is not valid",
    "ReqNodeNotAvail": "a requested node is not available",
    "DependencyNeverSatisfied": "its dependency can never be satisfied",
    "JobHeldAdmin": "an administrator holds it",
    "JobHeldUser": "it is held (scontrol release JOBID lets it start)",
    "AccountNotAllowed": "the account may not use this partition",
    "QOSNotAllowed": "the QOS may not use this partition",
    "InvalidReservation": "the reservation is not valid",
}


@attrs.define
class JobState:
    """A job as the cluster reports it now (an array job: its tasks folded into one)."""

    id: str
    state: str  # Slurm's JobState (PENDING, RUNNING, COMPLETED, FAILED, CANCELLED, TIMEOUT, …)
    reason: str = ""  # why it waits (or why it ended), Slurm's word
    nodes: str = ""
    exit_code: int | None = None
    signal: int | None = None
    start: str | None = None
    end: str | None = None
    stdout: str = ""


@attrs.define
class SlurmJob:
    """``session.json``'s ``job``: the Slurm job of a session's latest run, as submitted and as last read."""

    id: str
    script: str  # the batch script as submitted: its copy in the session folder
    source: str = ""  # the user's own batch script it came from ("" when trainerd wrote it)
    options: SubmitOptions = attrs.Factory(SubmitOptions)
    sbatch_argv: list[str] = attrs.Factory(list)  # the sbatch command trainerd ran
    submitted_at: str = ""
    state: str = "PENDING"  # Slurm's JobState when last read
    reason: str = ""  # Slurm's Reason (why it waits) when last read
    nodes: str = ""
    started_at: str | None = None
    ended_at: str | None = None

    def update(self, state: JobState) -> None:
        """Take the cluster's latest answer."""
        self.state, self.reason = state.state, state.reason
        self.nodes = state.nodes or self.nodes
        self.started_at = state.start if state.state not in QUEUED else None
        self.ended_at = state.end if state.state in ENDED else None


@attrs.define
class Partition:
    name: str
    default: bool
    available: str  # up | down | drain | inact
    nodes: int
    states: list[str]
    cpus_per_node: int | None
    memory_mb_per_node: int | None
    gpus_per_node: int
    gpu_type: str | None
    time_limit: str


@attrs.define
class ClusterFacts:
    """The cluster as ``sinfo`` shows it: its partitions (nodes, CPUs, memory, GPUs per node)."""

    available: bool
    partitions: list[Partition] = attrs.Factory(list)
    summary: str = ""
    problem: str | None = None
