"""Round 96 (docs/accuracy.md, after sets MU-NB): an exception line that happens to be as long as a terminal's width
no longer swallows the log record after it as the rest of a wrapped line -- torchelastic's "failed (exitcode: 1)
local_rank: 3" stays the launcher's line, and names the rank that printed the traceback. Texts written for this
project."""

from __future__ import annotations

from trainerd.triage.service import triage_text


def test_a_log_record_after_an_exception_line_of_a_terminals_width_is_not_its_wrapped_rest():
    exception = "FileNotFoundError: [Errno 2] No such file or directory: './data/lanes_infos_train.pkl'"
    exception += " " * (120 - len(exception))  # a line as long as a 120-column terminal's
    text = (
        "Traceback (most recent call last):\n"
        '  File "./tools/train.py", line 231, in main\n'
        "    datasets = [build_dataset(cfg.data.train)]\n"
        f"{exception}\n"
        "ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: 1) local_rank: 3 (pid: 40211) of "
        "binary: /opt/env/bin/python\n"
    )
    report = triage_text(text)
    error = report.errors[report.root_cause]
    assert error.category == "file_not_found"
    assert "local_rank" not in error.message
    assert error.rank == 3


def test_pytorchs_earlier_matmul_words_are_a_shape_mismatch():
    text = (
        "Traceback (most recent call last):\n"
        '  File "heads/classify.py", line 40, in forward\n'
        "    return self.fc(x)\n"
        "RuntimeError: mat1 dim 1 must match mat2 dim 0\n"
    )
    report = triage_text(text)
    error = report.errors[report.root_cause]
    assert (error.kind, error.category) == ("logic", "shape_mismatch")
