"""Round 74 (docs/accuracy.md, after sets HG-HJ): Windows' "[WinError 2]" raised by subprocess's _execute_child (in any
language) is round 67's missing program; tensorboardX's warning "NaN or Inf found in input tensor", printed while it
logs a histogram, is no error: the log gets the monitor's NaN flag (PaddlePaddle's check stopping with the same words
is still numerical); a conda environment's standard library on Windows (`E:\\conda\\envs\\name\\lib\\subprocess.py`) is
not the user's code, whatever the distribution's folder is called. Texts written for this project."""

from __future__ import annotations

import pytest

from trainerd.monitor import flags_for_text
from trainerd.triage.service import triage_text

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "words",
    ["The system cannot find the file specified", "Das System kann die angegebene Datei nicht finden"],
)
def test_windows_subprocess_that_finds_no_program_is_the_environment(words):
    text = (
        "Traceback (most recent call last):\n"
        '  File "C:\\Users\\li\\portrait\\app.py", line 41, in merge_audio\n'
        "    subprocess.run(cmd, check=True)\n"
        '  File "C:\\Users\\li\\miniconda3\\lib\\subprocess.py", line 548, in run\n'
        "    with Popen(*popenargs, **kwargs) as process:\n"
        '  File "C:\\Users\\li\\miniconda3\\lib\\subprocess.py", line 1456, in _execute_child\n'
        "    hp, ht, pid, tid = _winapi.CreateProcess(executable, args,\n"
        f"FileNotFoundError: [WinError 2] {words}\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")


def test_guard_winerror_2_opening_a_file_is_still_file_not_found():
    text = (
        "Traceback (most recent call last):\n"
        '  File "C:\\Users\\li\\portrait\\app.py", line 12, in <module>\n'
        "    cfg = open(args.config)\n"
        "FileNotFoundError: [WinError 2] The system cannot find the file specified: 'configs\\a.yaml'\n"
    )
    assert root(text).category == "file_not_found"


def test_tensorboardx_nan_warning_is_a_flag_not_an_error():
    text = "".join(
        f"2019-07-02 10:21:{i:02d},512 [MainThread] INFO Trainer - Training iteration {i}. Loss: "
        f"{'nan' if i > 5 else f'{1 / (i + 1):.4f}'}. Evaluation score: {'nan' if i > 5 else '0.61'}\n"
        + ("Warning: NaN or Inf found in input tensor.\n" if i > 5 else "")
        for i in range(10)
    )
    report = triage_text(text, monitor=flags_for_text)
    assert report.errors == []
    assert "nan_inf" in [f.kind for f in report.monitor_flags]


def test_guard_paddles_nan_check_is_still_numerical():
    text = (
        "Traceback (most recent call last):\n"
        '  File "tools/train.py", line 80, in <module>\n'
        "    loss = model(batch)\n"
        "RuntimeError: NaN or Inf found in input tensor of operator conv2d_grad\n"
    )
    assert root(text).category == "numerical"


def test_a_windows_conda_environments_standard_library_is_not_the_users_code():
    text = (
        "Traceback (most recent call last):\n"
        '  File "E:\\work\\talker\\render.py", line 267, in main\n'
        "    ffmpeg.run(stream)\n"
        '  File "E:\\tools\\conda\\envs\\talk\\lib\\subprocess.py", line 1456, in _execute_child\n'
        "    hp, ht, pid, tid = _winapi.CreateProcess(executable, args,\n"
        "FileNotFoundError: [WinError 2] The system cannot find the file specified\n"
    )
    r = root(text)
    assert (r.frame.file, r.frame.line) == ("E:\\work\\talker\\render.py", 267)
