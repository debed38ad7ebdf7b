"""Pastes that stop right after Python's traceback header: no whole frame, no exception line. Python prints
the header only when an error happened, so triage reports an error it cannot name (``unknown``) instead of
"no traceback or error found" -- and steps aside for anything that says more. Texts in this project's values."""

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
