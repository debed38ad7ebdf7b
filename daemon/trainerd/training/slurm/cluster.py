"""The cluster's side: submit, cancel, and read jobs and partitions back from ``squeue``, ``sacct``
and ``sinfo`` text output (stable across versions; 22.05's ``squeue --json`` ignores ``-j`` and
reports raw wait statuses, ``scontrol --json`` does not exist, ``sacct --json`` misreports exit codes).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path

import attrs

from trainerd.errors import TrainerError
from trainerd.training.slurm.jobs import ENDED, QUEUED, ClusterFacts, JobState, Partition
from trainerd.training.slurm.script import gpus_from_gres

logger = logging.getLogger(__name__)

_CMD_TIMEOUT = 20
# how long a job's state read from the cluster is reused (squeue every poll would load a busy
# controller; see docs/cluster.md): ``TRAINERD_SLURM_POLL_SECONDS`` raises it on a shared cluster
POLL_SECONDS = 1.0

# --- the cluster's answers -----------------------------------------------------------------------------
# squeue -O fields, "|" after each (NodeList and paths never hold one; the job name could, so it is
# not asked for); StdOut is last so a path is never cut
_SQUEUE_FIELDS = ("JobID", "ArrayJobID", "State", "Reason", "NodeList", "Exit_Code", "StartTime", "EndTime")


def _exit(text: str) -> tuple[int | None, int | None]:
    """(code, signal) from ``3:0`` (scontrol/sacct) or a raw wait status ``768`` (squeue -O Exit_Code)."""
    text = text.strip()
    if ":" in text:
        code, _, sig = text.partition(":")
        if not (code.isdigit() and sig.isdigit()):
            return None, None
        return (int(code), None) if int(sig) == 0 else (None, int(sig))
    if not text.isdigit():
        return None, None
    raw = int(text)
    if raw & 0x7F:
        return None, raw & 0x7F
    return (raw >> 8) & 0xFF, None


def _time(text: str) -> str | None:
    text = text.strip()
    return None if text in ("", "N/A", "None", "Unknown") else text


def parse_squeue(text: str) -> dict[str, JobState]:
    """``squeue -h -O JobID:|,ArrayJobID:|,State:|,…,StdOut:|`` output, by (array) job id."""
    rows: dict[str, list[JobState]] = {}
    for line in text.splitlines():
        fields = line.rstrip("\n").split("|")
        if len(fields) < len(_SQUEUE_FIELDS) + 1:
            continue
        job, array, state, reason, nodes, exit_raw, start, end = fields[: len(_SQUEUE_FIELDS)]
        stdout = "|".join(fields[len(_SQUEUE_FIELDS) :]).removesuffix("|")
        code, sig = _exit(exit_raw)
        key = array.strip() if array.strip().isdigit() else job.strip().split("_")[0]
        rows.setdefault(key, []).append(
            JobState(
                id=key,
                state=state.strip().split()[0] if state.strip() else "UNKNOWN",
                reason="" if reason.strip() in ("None", "(null)") else reason.strip(),
                nodes="" if nodes.strip() in ("(null)", "None Assigned") else nodes.strip(),
                exit_code=code,
                signal=sig,
                start=_time(start),
                end=_time(end),
                stdout=stdout.strip(),
            )
        )
    return {key: fold(states) for key, states in rows.items()}


def fold(states: list[JobState]) -> JobState:
    """One state for the tasks of an array job: running while any runs, pending while any waits, else
    the first task that did not complete (or the last one)."""
    if len(states) == 1:
        return states[0]
    running = [s for s in states if s.state not in QUEUED and s.state not in ENDED]
    queued = [s for s in states if s.state in QUEUED]
    failed = [s for s in states if s.state in ENDED and s.state != "COMPLETED"]
    pick = (running or queued or failed or states)[0]
    nodes = ",".join(sorted({s.nodes for s in states if s.nodes}))
    return attrs.evolve(pick, nodes=nodes)


def parse_sacct(text: str) -> dict[str, JobState]:
    """``sacct -X -n -P -o JobID,State,ExitCode,NodeList,Start,End`` output, by (array) job id."""
    rows: dict[str, list[JobState]] = {}
    for line in text.splitlines():
        fields = line.split("|")
        if len(fields) < 6:
            continue
        job, state, exit_text, nodes, start, end = fields[:6]
        code, sig = _exit(exit_text)
        key = job.strip().split("_")[0].split(".")[0]
        rows.setdefault(key, []).append(
            JobState(
                id=key,
                state=state.split()[0] if state.strip() else "UNKNOWN",  # "CANCELLED by 0"
                nodes="" if nodes in ("None assigned", "(null)") else nodes,
                exit_code=code,
                signal=sig,
                start=_time(start),
                end=_time(end),
            )
        )
    return {key: fold(states) for key, states in rows.items()}


def _run(
    argv: list[str], cwd: Path | str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            argv,
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=_CMD_TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        raise TrainerError(
            f"{argv[0]} did not answer within {_CMD_TIMEOUT} s (is the Slurm controller reachable?)"
        ) from exc
    except FileNotFoundError:
        raise TrainerError(missing_message(), field="backend") from None


def available() -> bool:
    """True when Slurm's client commands are on PATH (a cluster's login node, or scripts/slurm-cluster.sh)."""
    return all(shutil.which(exe) for exe in ("sbatch", "squeue", "scancel"))


def missing_message() -> str:
    return (
        "Slurm is not available here: sbatch, squeue and scancel must be on PATH (they are on a cluster's"
        " login node; for a one-node test cluster see scripts/slurm-cluster.sh). Use the screen or tmux"
        " backend to run on this machine."
    )


def _clean_errors(stderr: str) -> str:
    lines = [
        re.sub(r"^(sbatch|squeue|scancel|sacct|sinfo): (error|fatal): ", "", ln).strip()
        for ln in stderr.splitlines()
    ]
    return "; ".join(ln for ln in lines if ln)


def sbatch_argv(script: Path, script_args: list[str], log_path: Path, sbatch_args: list[str]) -> list[str]:
    """The sbatch command trainerd runs: the job id printed alone, the output appended to the log."""
    return [
        "sbatch",
        "--parsable",
        f"--output={log_path}",
        f"--error={log_path}",
        "--open-mode=append",
        *sbatch_args,
        str(script),
        *script_args,
    ]


def submit(argv: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run ``argv`` (from :func:`sbatch_argv`) in ``cwd``; the job id.

    The job gets this process's environment (plus ``env``), as a terminal's command would.
    ``TrainerError`` with Slurm's own reason when the cluster refuses the job."""
    proc = _run(argv, cwd=cwd, env={**os.environ, **(env or {})})
    if proc.returncode != 0:
        reason = _clean_errors(proc.stderr) or proc.stdout.strip() or f"sbatch exited {proc.returncode}"
        raise TrainerError(f"Slurm rejected the job: {reason}{_hint(reason)}", field=_field_of(reason))
    out = proc.stdout.strip()
    job_id = out.splitlines()[-1].split(";")[0].strip() if out else ""
    if not job_id.isdigit():
        raise TrainerError(f"sbatch answered without a job id: {out!r} {proc.stderr.strip()!r}")
    logger.info("submitted job %s: %s", job_id, " ".join(argv))
    return job_id


def _field_of(reason: str) -> str:
    low = reason.lower()
    for needle, field in (
        ("partition", "partition"),
        ("gres", "gpus_per_node"),
        ("node count", "nodes"),
        ("time limit", "time"),
        ("account", "sbatch_args"),
    ):
        if needle in low:
            return field
    return "backend"


def _hint(reason: str) -> str:
    if "partition" in reason.lower():
        facts = cluster_facts()
        if facts.partitions:
            return " (partitions here: " + ", ".join(p.name for p in facts.partitions) + ")"
    return ""


def cancel(job_id: str) -> None:
    """``scancel JOB``: Slurm sends SIGTERM to the job's processes, SIGKILL after its KillWait."""
    proc = _run(["scancel", job_id])
    if proc.returncode != 0 and "already completing or completed" not in proc.stderr:
        raise TrainerError(f"scancel {job_id} failed: {_clean_errors(proc.stderr) or proc.returncode}")


_cache_lock = threading.Lock()
_cache: dict[str, tuple[float, JobState | None]] = {}
_accounting: bool | None = None


def poll_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get("TRAINERD_SLURM_POLL_SECONDS", POLL_SECONDS)))
    except ValueError:
        return POLL_SECONDS


def query(job_ids: list[str], fresh: bool = False) -> dict[str, JobState | None]:
    """The cluster's state of each job in ``job_ids`` (``None``: the cluster does not know it).

    ONE ``squeue`` call for all of them; jobs it no longer lists are asked from ``sacct`` in one more
    call when the cluster keeps accounting. Answers are reused for :func:`poll_seconds` unless ``fresh``."""
    ids = sorted({j for j in job_ids if j})
    now = time.monotonic()
    with _cache_lock:
        if not fresh and all(j in _cache and now - _cache[j][0] < poll_seconds() for j in ids):
            return {j: _cache[j][1] for j in ids}
    if not ids:
        return {}
    proc = _run(
        [
            "squeue",
            "-h",
            "-t",
            "all",
            "-j",
            ",".join(ids),
            "-O",
            ",".join(f"{f}:|" for f in (*_SQUEUE_FIELDS, "StdOut")),
        ]
    )
    if proc.returncode != 0 and "Invalid job id" not in proc.stderr:
        raise TrainerError(f"squeue failed: {_clean_errors(proc.stderr) or proc.returncode}")
    found: dict[str, JobState | None] = dict(parse_squeue(proc.stdout))
    missing = [j for j in ids if j not in found]
    if missing and has_accounting():
        acct = _run(
            [
                "sacct",
                "-X",
                "-n",
                "-P",
                "-j",
                ",".join(missing),
                "-o",
                "JobID,State,ExitCode,NodeList,Start,End",
            ]
        )
        if acct.returncode == 0:
            found.update(parse_sacct(acct.stdout))
    answer = {j: found.get(j) for j in ids}
    with _cache_lock:
        for j, state in answer.items():
            _cache[j] = (now, state)
    return answer


def has_accounting() -> bool:
    """Whether ``sacct`` can answer (the cluster stores accounting); asked once per process."""
    global _accounting
    if _accounting is None:
        try:
            proc = _run(["scontrol", "show", "config"])
            match = re.search(r"^AccountingStorageType\s*=\s*(\S+)", proc.stdout, re.M)
            _accounting = bool(match) and match.group(1) != "accounting_storage/none"  # type: ignore[union-attr]
        except TrainerError:
            _accounting = False
    return _accounting


def parse_sinfo(text: str) -> list[Partition]:
    """``sinfo -h -o '%P|%a|%D|%c|%m|%G|%l|%t'`` output (several rows per partition), one per partition."""
    parts: dict[str, Partition] = {}
    for line in text.splitlines():
        fields = line.split("|")
        if len(fields) < 8:
            continue
        name, avail, count, cpus, mem, gres, limit, state = (f.strip() for f in fields[:8])
        default = name.endswith("*")
        name = name.rstrip("*")
        gpus = gpus_from_gres(gres) if gres not in ("(null)", "") else None
        gpu_type = None
        if gres.startswith("gpu:") and len(gres.split("(")[0].split(":")) > 2:
            gpu_type = gres.split(":")[1]
        part = parts.setdefault(name, Partition(name, default, avail, 0, [], None, None, 0, gpu_type, limit))
        part.nodes += int(count) if count.isdigit() else 0
        if state not in part.states:
            part.states.append(state)
        if cpus.rstrip("+").isdigit():
            part.cpus_per_node = max(part.cpus_per_node or 0, int(cpus.rstrip("+")))
        if mem.rstrip("+").isdigit():
            part.memory_mb_per_node = max(part.memory_mb_per_node or 0, int(mem.rstrip("+")))
        if gpus and gpus.isdigit():
            part.gpus_per_node = max(part.gpus_per_node, int(gpus))
    return list(parts.values())


def cluster_facts() -> ClusterFacts:
    """What the environment table shows about the cluster; never raises."""
    if not shutil.which("sinfo"):
        return ClusterFacts(available=False, summary="no Slurm here (sinfo is not on PATH)")
    try:
        proc = _run(["sinfo", "-h", "-o", "%P|%a|%D|%c|%m|%G|%l|%t"])
    except TrainerError as exc:
        return ClusterFacts(available=False, summary="Slurm does not answer", problem=str(exc))
    if proc.returncode != 0:
        problem = _clean_errors(proc.stderr) or f"sinfo exited {proc.returncode}"
        return ClusterFacts(available=False, summary="Slurm does not answer", problem=f"sinfo: {problem}")
    partitions = parse_sinfo(proc.stdout)
    lines = []
    for p in partitions:
        gpu = f"{p.gpus_per_node} GPU{'s' if p.gpus_per_node != 1 else ''}/node" + (
            f" ({p.gpu_type})" if p.gpu_type else ""
        )
        mem = f"{p.memory_mb_per_node // 1024} GiB" if p.memory_mb_per_node else "? GiB"
        lines.append(
            f"{p.name}{' (default)' if p.default else ''}: {p.nodes} node{'s' if p.nodes != 1 else ''}"
            f" {'/'.join(p.states)}, {p.cpus_per_node or '?'} CPUs, {mem}, "
            f"{gpu if p.gpus_per_node else 'no GPUs'}, limit {p.time_limit}"
        )
    return ClusterFacts(available=True, partitions=partitions, summary="; ".join(lines) or "no partitions")
