"""Shapes met in field set F (issue 18, fifth round): errors pasted without a Python traceback that
triage used to answer with "No traceback or error found". Each test is one general behaviour, written
in this project's own words; ``test_field.py`` measures them on the rewritten threads."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text

from .conftest import triage_root as root


def test_an_exception_glued_to_text_in_a_script_without_spaces_is_found():
    r = root("训练到第三轮时报错ValueError: too many values to unpack (expected 2)请问如何解决\n")
    assert (r.exception, r.kind) == ("ValueError", "unknown")
    assert r.message.startswith("too many values to unpack")


@pytest.mark.parametrize(
    "line",
    [
        "all workers get killed at the second stage and the launcher exits with return code = -9",
        "the job died with exit code 137 after two hours",
    ],
)
def test_a_sigkill_exit_told_in_words_is_the_environment(line):
    r = root(line + "\n")
    assert (r.kind, r.category) == ("runtime", "environment")
    assert "SIGKILL" in r.message


def test_a_windows_crash_status_is_named_and_left_unknown():
    r = root("train.py ends: Process finished with exit code -1073741819 (0xC0000005)\n")
    assert r.kind == "unknown"
    assert "access violation" in r.message


@pytest.mark.parametrize(
    "text",
    [
        "Process finished with exit code 0\n",
        "epoch 3 | loss 0.412\nworker exited with code 0\n",
    ],
)
def test_a_clean_exit_is_not_an_error(text):
    assert triage_text(text).errors == []


def test_an_exit_code_after_a_traceback_does_not_hide_the_traceback():
    text = (
        "Traceback (most recent call last):\n"
        '  File "C:\\work\\seg\\fit.py", line 40, in <module>\n'
        "    run(cfg)\n"
        "KeyError: 'lr_steps'\n"
        "\n"
        "Process finished with exit code 1\n"
    )
    r = root(text)
    assert r.exception == "KeyError"


def test_the_old_torchrun_summary_without_first_observed_failure_is_read():
    text = (
        "‘scripts/fit.py FAILED\n"
        "==============================\n"
        "Root Cause:\n"
        "[0]:\n"
        "  time: 2024-05-01_10:00:00\n"
        "  rank: 2 (local_rank: 2)\n"
        "  exitcode: 1 (pid: 5511)\n"
        "  error_file: <N/A>\n"
        '  msg: "Process failed with exitcode 1"\n'
        "==============================\n"
    )
    r = root(text)
    assert r.kind == "unknown"
    assert "exitcode 1" in r.message
    assert r.rank == 2


def test_the_open_file_limit_in_any_case_is_the_environment():
    r = root("[ERROR] loader worker 3: too many open files, giving up\n")
    assert (r.kind, r.category) == ("runtime", "environment")


@pytest.mark.parametrize(
    ("line", "category"),
    [
        (
            "XlaRuntimeError: INTERNAL: kernel launch failed: CUDA_ERROR_ILLEGAL_ADDRESS: illegal access",
            "cuda_error",
        ),
        ("cupy error: CUDA_ERROR_OUT_OF_MEMORY: out of memory while allocating 2 GiB", "cuda_oom"),
    ],
)
def test_the_cuda_driver_api_error_names_settle_a_category(line, category):
    r = root(line + "\n")
    assert (r.kind, r.category) == ("runtime", category)


@pytest.mark.parametrize(
    "text",
    [
        "step 12 reward=3.1\n2024-02-02 09:00:01.000123: F xla/service/gpu/compiler.cc:512] Non-OK-status: compile failed\n",
        "F0202 09:00:01.000123 4242 engine.cc:88] Check failed: batch_ > 0\n",
        "  what():  runtime_client.cc:77 : Check failed: handle != nullptr (Session 12 is not found.)\n",
    ],
)
def test_a_native_fatal_line_is_found_and_left_unknown(text):
    r = root(text)
    assert r.kind == "unknown"
    assert r.category is None


def test_the_interpreters_message_without_its_type_is_found():
    r = root("since the upgrade it only prints\n'Runner' object has no attribute 'fit_loop'\nany hints?\n")
    assert (r.exception, r.kind) == ("AttributeError", "unknown")
    assert "fit_loop" in r.message


@pytest.mark.parametrize(
    "text",
    [
        "GET /metrics returned with status 200\nepoch 2 | loss 0.31\n",
        "eval finished with status 1 of 3 shards uploaded\n",
    ],
)
def test_a_status_that_is_not_a_process_exit_is_not_an_error(text):
    assert triage_text(text).errors == []
