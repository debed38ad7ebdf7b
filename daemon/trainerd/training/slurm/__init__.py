"""Slurm as trainerd reads and writes it.

``script``: ``#SBATCH`` directives (:func:`parse_directives`, what detection calls), the user's choices
(:class:`SubmitOptions`), the ``#!/bin/bash`` batch script written around a confirmed command, and the
commands that submit the user's own batch script. ``cluster``: submit / cancel, and the cluster's
answers (``squeue``, ``sacct``, ``sinfo``) parsed from their text output; :func:`cluster_facts` for the
environment table. Nothing here knows about sessions: ``training/backends/slurm.py`` adapts it to the
session backend interface. What is submitted and read back: ``docs/cluster.md``.
"""

from __future__ import annotations

from trainerd.training.slurm.cluster import (
    END_WORDS,
    ENDED,
    NEVER_STARTS,
    QUEUED,
    ClusterFacts,
    JobState,
    Partition,
    SlurmJob,
    available,
    cancel,
    cluster_facts,
    has_accounting,
    missing_message,
    parse_sacct,
    parse_sinfo,
    parse_squeue,
    poll_seconds,
    query,
    sbatch_argv,
    submit,
)
from trainerd.training.slurm.script import (
    Directive,
    Resources,
    SbatchScript,
    SubmitOptions,
    UserScript,
    batch_script,
    check_sbatch_arg,
    describe,
    gpus_from_gres,
    is_batch_script,
    parse_directives,
    user_script,
)

__all__ = [
    "ENDED",
    "END_WORDS",
    "NEVER_STARTS",
    "QUEUED",
    "ClusterFacts",
    "Directive",
    "JobState",
    "Partition",
    "Resources",
    "SbatchScript",
    "SlurmJob",
    "SubmitOptions",
    "UserScript",
    "available",
    "batch_script",
    "cancel",
    "check_sbatch_arg",
    "cluster_facts",
    "describe",
    "gpus_from_gres",
    "has_accounting",
    "is_batch_script",
    "missing_message",
    "parse_directives",
    "parse_sacct",
    "parse_sinfo",
    "parse_squeue",
    "poll_seconds",
    "query",
    "sbatch_argv",
    "submit",
    "user_script",
]
