"""Round 58 (docs/accuracy.md): PyTorch's 0-dim index message in its older wording; the kernel's older "Out of
memory: Kill process" line; bash's killed-command line behind a logging prefix; out of memory asked about is not
out of memory told; a templated kernel's assertion lines; the CUDA driver's description of its out-of-memory error.
Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import traceback_text
from .conftest import triage_root as root


def test_the_older_0_dim_index_message_is_code_written_for_an_older_pytorch():
    text = traceback_text(
        "IndexError: invalid index of a 0-dim tensor. Use tensor.item() to convert a 0-dim tensor to a Python number",
        ("/home/ravi/gomoku/net.py", "train_step", "return loss.data[0], entropy.data[0]"),
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


@pytest.mark.parametrize(
    "line",
    [
        "[Tue Mar 02 14:22:51 2021] Out of memory: Kill process 51877 (python) score 968 or sacrifice child",
        "[88412.1] Killed process 51877 (python) total-vm:88412340kB, anon-rss:63502112kB, file-rss:87240kB",
    ],
)
def test_the_kernels_oom_killer_lines_are_the_host_running_out_of_memory(line):
    r = root("the run dies after an hour:\n\n" + line + "\n")
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_killed_command_behind_a_logging_prefix_is_a_kill():
    r = root(
        "`2021-01-09 22:41:07.311 - 31s - loss: 6.2081\n\n2021-01-09 22:44:52.940 /bin/bash: line 31: 507 Killed sh go.sh`\n"
    )
    assert (r.kind, r.category, r.exception) == ("runtime", "environment", "LauncherExit")


def test_out_of_memory_asked_about_in_a_reply_is_not_told():
    text = (
        "test_net.bin crashes for me on the GPU\n"
        "> A crash like this can be almost anything. Did it run out of memory? If so, lower the batch and see.\n"
    )
    from trainerd.triage.service import triage_text

    report = triage_text(text)
    assert report.root_cause is None or report.errors[report.root_cause].category != "cuda_oom"


def test_out_of_memory_told_in_a_sentence_is_still_read():
    r = root("It runs out of memory on the GPU after epoch 3. Any idea?\n")
    assert r.category == "cuda_oom"


def test_a_templated_kernels_assertion_lines_are_a_device_side_assert():
    line = (
        "/opt/pt/aten/src/THCUNN/BCECriterion.cu:57: void bce_functor<Dtype, Acctype>::operator()(const Dtype *, "
        "Dtype *) [with Dtype = float, Acctype = float]: block: [0,0,0], thread: [{t},0,0] Assertion "
        "`*input >= 0. && *input <= 1.` failed."
    )
    r = root("RuntimeError when training\n\n" + "\n".join(line.format(t=t) for t in range(3)) + "\n")
    assert (r.kind, r.category) == ("runtime", "cuda_error")
    assert "*input >= 0. && *input <= 1." in r.message


@pytest.mark.parametrize(
    "line",
    [
        "Unhandled exception. ManagedCuda.CudaException: ErrorOutOfMemory: The API call failed because it was unable "
        "to allocate enough memory to perform the requested operation.",
        "ERROR: LoadError: Out of GPU memory trying to allocate 27.000 MiB",
    ],
)
def test_other_runtimes_words_for_gpu_out_of_memory(line):
    r = root(line + "\n")
    assert (r.kind, r.category) == ("runtime", "cuda_oom")


def test_faulthandlers_current_thread_is_read_past_other_threads_stacks():
    text = (
        "Fatal Python error: Segmentation fault\n"
        "\n"
        "Thread 0x00007f3c2a1fe700 (most recent call first):\n"
        '  File "/usr/lib/python3.10/threading.py", line 320 in wait\n'
        "\n"
        "Current thread 0x00007f3d71b42180 (most recent call first):\n"
        '  File "/home/ana/words/src/coding.py", line 76 in components\n'
        '  File "/home/ana/words/src/eval.py", line 83 in evaluate\n'
        '  File "train.py", line 109 in <module>\n'
    )
    r = root(text)
    assert r.exception == "NativeCrash"
    assert (r.frame.file, r.frame.line) == ("/home/ana/words/src/coding.py", 76)
