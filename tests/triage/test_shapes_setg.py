"""Shapes met in field set G (issue 18, eighth round), each one general behaviour in this project's words."""

from __future__ import annotations

from trainerd.triage.service import triage_text


def test_vs_codes_exception_report_is_read_as_the_traceback_python_would_print():
    text = (
        "Exception has occurred: KeyError\n"
        "'warmup_iters'\n"
        '  File "/srv/det/engine/schedule.py", line 41, in build_schedule\n'
        "    steps = cfg['warmup_iters']\n"
        '  File "/srv/det/tools/train.py", line 90, in main\n'
        "    sched = build_schedule(cfg)\n"
        '  File "/srv/det/tools/train.py", line 120, in <module>\n'
        "    main()\n"
    )
    report = triage_text(text)
    r = report.errors[report.root_cause]
    assert r.exception == "KeyError" and r.message == "'warmup_iters'"
    # VS Code lists the most recent call first: the failing line is the first frame it shows
    assert (r.frame.file, r.frame.line) == ("/srv/det/engine/schedule.py", 41)
    assert r.category == "config_error"


def test_vs_codes_exception_report_without_frames_is_the_exception_line():
    report = triage_text("Exception has occurred: ZeroDivisionError\ndivision by zero\n")
    r = report.errors[report.root_cause]
    assert (r.exception, r.message) == ("ZeroDivisionError", "division by zero")
