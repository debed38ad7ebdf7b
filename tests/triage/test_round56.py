"""Round 56 (docs/accuracy.md): NCCL's check that two ranks share one GPU is a distributed error told in NCCL's
own words, with or without its log prefix. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "line",
    [
        "gpu7:4410:4410 [1] init.cc:488 NCCL WARN Duplicate GPU detected : rank 1 and rank 0 both on CUDA device 4f000",
        "Duplicate GPU detected : rank 2 and rank 3 both on CUDA device 1a000",
    ],
)
def test_two_ranks_on_one_gpu_is_distributed(line):
    r = root("## multi-GPU training fails\n\n" + line + "\n")
    assert (r.kind, r.category) == ("runtime", "distributed")


def test_a_question_about_duplicate_gpus_is_not_an_error():
    from trainerd.triage.service import triage_text

    assert (
        triage_text("How do I avoid a duplicate GPU detected warning when I run two jobs?\n").root_cause
        is None
    )
