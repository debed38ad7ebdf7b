"""Short shapes: a paste that stops right after Python's traceback header (no whole frame, no exception
line) -- Python prints the header only when an error happened, so triage reports an error it cannot name
(``unknown``) instead of "no traceback or error found", and steps aside for anything that says more; shells' job
lines for a killed process; a CUDA assertion in a lambda kernel; NCCL's "operations have failed or timed out".
Texts in this project's values."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text

WARNINGS = (
    "/opt/env/lib/python3.10/site-packages/lib/util.py:77: UserWarning: helper_x is deprecated.\n"
    "  _helper_x(\n"
    "2026-03-01 10:00:01 [INFO] starting run...\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "Traceback (most recent call last):\n",
        'Traceback (most recent call last):\n  File "/data/runs/fit.py", line 88, in\n',
        'Traceback (most recent call last):\n  File "C:\\Users\\kim\\env\\Lib\\site-packages\\torch\\autograd\\gra',
    ],
)
def test_a_paste_cut_after_the_header_is_an_unknown_error_not_nothing(tail):
    report = triage_text(WARNINGS + tail)
    assert report.root_cause is not None, "no error found"
    root = report.errors[report.root_cause]
    assert (root.kind, root.category) == ("unknown", None)
    assert "stops before its exception line" in root.explanation
    assert report.summary.startswith("Root cause: a traceback cut before its exception line")


def test_a_header_with_nothing_after_it_leaves_a_real_error_as_the_root_cause():
    text = (
        "Traceback (most recent call last):\n"
        "\n"
        "epoch 3 step 200\n"
        "RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 15.90 GiB total capacity)\n"
    )
    report = triage_text(text)
    assert len(report.errors) == 1
    assert report.errors[report.root_cause].category == "cuda_oom"


def test_the_exception_told_in_the_title_names_a_header_only_paste():
    text = (
        "ValueError: the batch has no labels\n\nI ran fit.py and got:\n\nTraceback (most recent call last):\n"
    )
    root = triage_text(text).errors[0]
    assert (root.exception.rsplit(".", 1)[-1], root.message) == ("ValueError", "the batch has no labels")


@pytest.mark.parametrize(
    "line",
    [
        "[1]    51234 killed     python fit.py --epochs 40",  # zsh's job line
        "[2]+  Killed                  python fit.py --epochs 40",  # bash's job line
    ],
)
def test_a_shells_job_line_for_a_killed_process_is_the_out_of_memory_killer(line):
    report = triage_text("step 900 loss 1.93\n" + line + "\n")
    root = report.errors[report.root_cause]
    assert (root.kind, root.category) == ("runtime", "environment")


def test_a_sentence_saying_killed_is_not_a_kill():
    # a failure the writer reports, not the out-of-memory killer's
    report = triage_text("my run got killed by this bug twice\n")
    root = report.errors[report.root_cause]
    assert (root.kind, root.category, root.exception) == ("unknown", None, "ReportedFailure")


def test_a_cuda_assertion_in_a_lambda_kernel_is_found():
    line = (
        "/src/aten/native/cuda/IndexKernel.cu:92: operator(): block: [3,0,0], thread: [7,0,0] Assertion "
        '`-sizes[i] <= index && index < sizes[i] && "index out of bounds"` failed.\n'
    )
    root = triage_text(line).errors[0]
    assert root.category == "cuda_error" and "index out of bounds" in root.message


def test_nccl_operations_failed_or_timed_out_is_distributed_and_an_echo_of_another_ranks_crash():
    alone = triage_text(
        "[E ProcessGroupNCCL.cpp:414] Some NCCL operations have failed or timed out. Due to the asynchronous "
        "nature of CUDA kernels, subsequent GPU operations might run on corrupted/incomplete data.\n"
    )
    assert alone.errors[alone.root_cause].category == "distributed"
    with_oom = triage_text(
        "[rank1]: Traceback (most recent call last):\n"
        '[rank1]:   File "/w/fit.py", line 9, in <module>\n'
        "[rank1]:     loss = net(x)\n"
        "[rank1]: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB.\n"
        "[rank0]:[E ProcessGroupNCCL.cpp:414] Some NCCL operations have failed or timed out.\n"
    )
    assert with_oom.errors[with_oom.root_cause].category == "cuda_oom"


@pytest.mark.parametrize(
    "after",
    [
        "(fit) kim@gpu-box:~/proj$ ",
        "kim@gpu-box:~/proj$",
        "C:\\Users\\kim\\proj>",
        "(base) C:\\Users\\kim\\proj>",
        "fit-1 exited with code 1",
    ],
)
def test_the_prompt_or_exit_line_after_a_traceback_is_not_part_of_its_message(after):
    text = (
        "Traceback (most recent call last):\n"
        '  File "fit.py", line 2, in <module>\n'
        "    import lightgbm\n"
        "ModuleNotFoundError: No module named 'lightgbm'\n" + after + "\n"
    )
    root = triage_text(text).errors[0]
    assert root.message == "No module named 'lightgbm'"


def test_a_notebook_traceback_whose_colour_codes_lost_their_escape_reads_as_the_plain_one():
    text = (
        "[0;31m------------------------------------------------------------[0m\n"
        "[0;31mIndexError[0m                       Traceback (most recent call last)\n"
        "Cell [0;32mIn[7], line 4[0m\n"
        "[1;32m      2[0m net [38;5;241m=[39m Tiny()\n"
        "[0;32m----> 4[0m loss [38;5;241m=[39m crit(net(x), y)\n"
        "\n"
        "[0;31mIndexError[0m: Target 11 is out of bounds.\n"
    )
    root = triage_text(text).errors[0]
    assert (root.exception, root.message, root.frame.line) == ("IndexError", "Target 11 is out of bounds.", 4)


def test_bracketed_text_that_is_not_a_colour_code_is_kept():
    text = "RuntimeError: bad window [5m] in schedule [0m]\n"
    assert triage_text(text).errors[0].message == "bad window [5m] in schedule [0m]"


def test_a_paste_that_stops_inside_a_traceback_header_is_a_cut_traceback_of_its_rank():
    text = "Total (val) images are : 412\n[rank3]: Traceback (most recent call la\n"
    report = triage_text(text)
    root = report.errors[report.root_cause]
    assert (root.kind, root.rank) == ("unknown", 3)
    assert root.explanation.startswith("A traceback stops before its exception line")
    # a header's first words inside a sentence are not a header
    assert triage_text("Traceback (most recent\nthen the frames I posted above\n").root_cause is None
