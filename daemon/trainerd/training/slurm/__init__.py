"""Slurm as trainerd reads and writes it.

``script``: ``#SBATCH`` directives (:func:`parse_directives`, what detection calls), the user's choices
(:class:`SubmitOptions`), the ``#!/bin/bash`` batch script written around a confirmed command, and the
commands that submit the user's own batch script. ``cluster``: submit / cancel, and the cluster's
answers (``squeue``, ``sacct``, ``sinfo``) parsed from their text output; :func:`cluster_facts` for the
environment table. Nothing here knows about sessions: ``training/backends/slurm.py`` adapts it to the
session backend interface. What is submitted and read back: ``docs/cluster.md``.

``jobs`` holds the typed records alone. Names are imported on first use, so that reading a session
record (which holds a :class:`SlurmJob`) does not load the cluster code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainerd import lazy

if TYPE_CHECKING:
    from trainerd.training.slurm.cluster import (
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
    from trainerd.training.slurm.jobs import (
        END_WORDS,
        ENDED,
        NEVER_STARTS,
        QUEUED,
        ClusterFacts,
        JobState,
        Partition,
        SlurmJob,
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

_WHERE = {
    "END_WORDS": "jobs",
    "ENDED": "jobs",
    "NEVER_STARTS": "jobs",
    "QUEUED": "jobs",
    "ClusterFacts": "jobs",
    "JobState": "jobs",
    "Partition": "jobs",
    "SlurmJob": "jobs",
    "available": "cluster",
    "cancel": "cluster",
    "cluster_facts": "cluster",
    "has_accounting": "cluster",
    "missing_message": "cluster",
    "parse_sacct": "cluster",
    "parse_sinfo": "cluster",
    "parse_squeue": "cluster",
    "poll_seconds": "cluster",
    "query": "cluster",
    "sbatch_argv": "cluster",
    "submit": "cluster",
    "Directive": "script",
    "Resources": "script",
    "SbatchScript": "script",
    "SubmitOptions": "script",
    "UserScript": "script",
    "batch_script": "script",
    "check_sbatch_arg": "script",
    "describe": "script",
    "gpus_from_gres": "script",
    "is_batch_script": "script",
    "parse_directives": "script",
    "user_script": "script",
}

__all__ = [
    "ClusterFacts",
    "Directive",
    "ENDED",
    "END_WORDS",
    "JobState",
    "NEVER_STARTS",
    "Partition",
    "QUEUED",
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


__getattr__ = lazy.attributes(__name__, _WHERE)
