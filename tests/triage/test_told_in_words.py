"""A run's end told only in the writer's words -- out of memory, or killed -- with no line the program printed:
the GPU's or the host's memory as the words say, never a claim when they say neither; and never over an error the
program did print. Texts written for this project."""

from __future__ import annotations

import pytest

from trainerd.triage.extract import extract
from trainerd.triage.service import triage_text


def root(text: str):
    report = triage_text(text)
    return report.errors[report.root_cause] if report.root_cause is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "OOM while finetuning the 7B checkpoint\n\nFour A100s, 40GB each, micro batch 2.\n",
        "Training stops with cuda_out_of_memory after the first eval\n\nany idea?\n",
        "About the out of memory problem\n\nOn my RTX 3090 it dies in epoch 2.\n",
        "A question: the run ends in OOM on 8 GPUs even with ZeRO-3.\n",
        # other words for it: the device's memory exhausted, and Chinese's video-card memory overflowing
        "Training crashes because the GPU's memory is exhausted at batch 64.\n",
        "# cuda memory out\n\nwith batch size 16 it stops at once\n",
        "用 4 张卡做蒸馏训练时显存溢出，bs=1 也一样\n",
    ],
)
def test_out_of_memory_told_with_a_gpu_named_is_cuda_oom(text):
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "cuda_oom")
    assert "told" in r.shapes
    assert "tells it in words" in r.explanation


@pytest.mark.parametrize(
    "text",
    [
        "The sweep causes a slurm OOM error\n\n```\nsbatch --gres=gpu:1 sweep.sh\n```\n",
        "At 02:10 the node gpu-pool-3 ran out of memory and the job vanished.\n",
    ],
)
def test_out_of_memory_told_on_the_host_is_the_environment(text):
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")
    assert "host memory" in r.message


@pytest.mark.parametrize(
    "text",
    [
        "Training gets killed after epoch 3\n\nNo message, the shell just returns.\n",
        "Killed!!\n\nmemory keeps growing during the run\n",
        "训练进程被 killed 的问题\n",
        'Crash in fold 2\n\nOn our cluster it reaches 74% of the first fold and then stops with the "Killed" error.\n',
        # the launcher's exit code told in words
        "deepspeed 训练返回错误码 -9 是什么意思\n",
        "Fine-tuning on the board ends with error code -9 after the first layers load.\n",
    ],
)
def test_a_run_told_killed_is_the_out_of_memory_killer(text):
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")
    assert "SIGKILL" in r.message and "told" in r.shapes


@pytest.mark.parametrize(
    "text",
    [
        # memory named with no device: GPU or host, the words do not say
        "OOM during evaluation\n\nhow do I fix it\n",
        # out of memory denied, or asked how to avoid
        "With gradient checkpointing on there is no OOM any more on the GPU, but it is slow.\n",
        "How do I avoid OOM when training on a GPU with 12GB?\n",
        # an out of memory the writer says is behind them (first sight of set CU)
        "Thanks, the OOM was solved by a smaller batch; now the GPU run exits during init.\n",
        "多谢。oom 解决之后又碰到一个问题: 程序在 GPU 初始化阶段直接退出了\n",
        # killed by the user or the scheduler's clock
        "The job was killed by me with ctrl-c after the loss flattened\n",
        "My job got killed because of the walltime limit on the cluster\n",
    ],
)
def test_words_that_do_not_tell_a_memory_death_claim_nothing(text):
    r = root(text)
    assert r is None or r.kind == "unknown"


def test_an_error_the_program_printed_is_read_before_the_words():
    text = (
        "OOM on 4 GPUs?\n\n"
        "Traceback (most recent call last):\n"
        '  File "/srv/lm/train.py", line 12, in <module>\n'
        "    loss = model(batch)\n"
        "RuntimeError: CUDA error: device-side assert triggered\n"
    )
    r = root(text)
    assert r.category == "cuda_error" and "told" not in r.shapes


def test_a_live_runs_output_is_not_read_for_told_words():
    # a running job's own log saying "killed" in a sentence is not the writer's report of its end
    assert extract("worker 3 is being killed and restarted by the pool\n", words=False) == []
    assert extract("OOM on the GPU, retrying with a smaller batch\n", words=False) == []


@pytest.mark.parametrize(
    "text",
    [
        "# NCCL timeout on multi-gpu\n\nThe run starts on 4 GPUs and stops after 30 minutes.\n",
        "Time out at NCCL work:1147\n\n(screenshot)\n",
    ],
)
def test_a_collective_timeout_told_in_words_is_distributed(text):
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "distributed")
    assert "told" in r.shapes


@pytest.mark.parametrize(
    "text",
    [
        "Kernel appears to have died on fitting the model\n",
        "On Kaggle the jupyter kernel dies while the libraries are imported.\n",
    ],
)
def test_a_notebook_kernel_told_dead_is_reported_not_classified(text):
    # (round 113: a dead kernel with no reply settling why was labelled the environment 5 times in 11)
    r = root(text)
    assert r.kind == "unknown" and r.category is None
    assert "kernel died" in r.message and "told" in r.shapes


def test_a_question_about_the_kernel_or_a_timeout_setting_claims_nothing():
    assert root("Should the kernel restart after each epoch?\n") is None
    r = root("How do I raise the NCCL timeout setting for long evals?\n")
    assert r is None or r.category is None


def test_a_launchers_exit_line_cut_from_its_head_gives_the_killed_rank():
    text = (
        "[>>>>>>>>>>>>>>>>>>>>>>>>>          ] 4630/6019, 6.5 task/s, elapsed: 712s, ETA:   214s\n"
        " (exitcode: -9) local_rank: 2 (pid: 40817) of binary: /opt/env/bin/python\n"
    )
    r = root(text)
    assert (r.category, r.rank) == ("environment", 2)
