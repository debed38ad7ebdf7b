"""The last resort: a pasted log with no traceback and no known phrase, whose lines report an error the way
programs print one, is answered ``unknown`` with those lines, not "No traceback or error found"."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainerd.training import watch
from trainerd.triage.render import print_report
from trainerd.triage.service import triage_text

from .conftest import watched_session


def root(text: str):
    report = triage_text(text)
    return None if report.root_cause is None else report.errors[report.root_cause]


@pytest.mark.parametrize(
    "text, line",
    [
        # a logger's record at level ERROR, among INFO records
        (
            "[09:14:02] [prefetch] [INFO] 12 shards listed\n"
            "[09:14:03] [prefetch] [ERROR] shard 0005 has no header, dropped\n"
            "[09:14:03] [prefetch] [INFO] reader thread stopped\n",
            2,
        ),
        ("2025-02-11 08:00:00,100 - ERROR - the sampler returned nothing for bucket 3\n", 1),
        ("epoch 3 | step 100\n| ERROR | writer queue closed early\n", 2),
        # glog's error record (a C++ data loader)
        (
            "I0301 10:00:00.000001  901 reader.cc:40] opened\nE0301 10:00:01.500000  901 reader.cc:77] bad record 18\n",
            2,
        ),
        # a tool's "fatal:" / "error:" opening the line
        ("$ ./prepare.sh\nfatal: destination 'vocab_cache' already exists and is not empty\n", 2),
        ("make: *** [all] stopped\ncc1: error: unrecognised option '-mavx9'\n", 2),
        # the C library's words, in English and translated
        ("cp: невозможно выполнить stat для './runs/r7': Нет такого файла или каталога\n", 1),
        (
            "open /var/lib/runs/r7.log: no such file\nread /var/lib/runs/r7.log: No such file or directory\n",
            2,
        ),
        # a scheduler's verdict
        ("   JobId=118 JobName=pretrain\n   JobState=FAILED Reason=NonZeroExitCode Dependency=(null)\n", 2),
        # a program's own "an unexpected error occurred"
        ("Step 4/9 : RUN setup\nAn unexpected error occurred while running the step: 0x80070002\n", 2),
        ("Loading index...\nFailed in part 2 of 4\nMODULE 30 skipped\n", 2),
        # R's report of an error in a call
        ("> fit <- ets(y)\nError in etsmodel(y, errortype, trendtype,  : \n  optimisation failed\n", 2),
    ],
)
def test_an_error_told_in_words_is_unknown_with_its_line(text, line):
    r = root(text)
    assert r is not None, "an error line was there: not 'no error found'"
    assert (r.kind, r.category) == ("unknown", None)
    assert r.log_lines["start"] == line
    assert "error_words" in r.shapes
    assert "No traceback was found" in r.explanation and "unknown rather than guessed" in r.explanation


@pytest.mark.parametrize(
    "text",
    [
        "step 10 loss 1.92\nstep 20 loss 1.80\nstep 30 loss 1.77\n",
        "INFO: 3 errors were corrected by the tokenizer\n",
        # a run's metric lines, a printed tensor and code are the program's, not a report of a failure
        "iteration 3110/200000 | lm loss: 2.41 | grad norm: 0.83 | number of nan iterations: 0 |\n",
        "step 1\ntensor(0.6931, device='cuda:0')\n",
        "    except Exception as exc:\n        self.errors.append(exc)\n",
        "The second run finished without any errors.\n",
    ],
)
def test_no_error_line_no_error(text):
    report = triage_text(text)
    assert report.root_cause is None
    assert report.summary.startswith("No traceback or error found")


@pytest.mark.parametrize(
    "text, line, said",
    [
        # the writer's own sentences about an error are not a program's report: no error line, but a failure
        (
            "I get an error when the second epoch starts, any idea?\nIt fails to load the weights.\n",
            1,
            "I get an",
        ),
        ("Why does it say failed to open the file?\n", 1, "Why does"),
        ("# Training hangs after the first epoch\n\nNothing is printed after that.\n", 1, "# Training hangs"),
        ("step 10 loss 1.92\nstep 20 loss 1.80\n\nthe loss becomes nan right after this\n", 4, "the loss"),
        ("训练到第三轮就卡住了\n", 1, "训练到"),
        ("With the new config it stops at step 300 with no error at all.\n", 1, "With the new"),
    ],
)
def test_a_failure_reported_only_in_words_is_unknown_with_the_line_quoted(text, line, said):
    report = triage_text(text)
    r = report.errors[report.root_cause]
    assert (r.kind, r.category, r.fix) == ("unknown", None, None)
    assert "failure_words" in r.shapes and "error_words" not in r.shapes
    assert r.log_lines["start"] == line and r.message.startswith(said)
    assert r.explanation.startswith(
        f"No traceback or error line was found; line {line} reports a failure in words"
    )
    assert report.summary.startswith("Root cause: a failure reported in words, with no error line (unknown).")
    assert r.details["looked_at"]["lines"] == [line, line]


def test_a_version_statement_does_not_settle_a_failure_reported_only_in_words():
    r = root("Training crashes at the first checkpoint.\n\nDowngrading torch to 2.1 fixed it for me.\n")
    assert (r.kind, r.category) == ("unknown", None)


def test_a_live_runs_watch_does_not_read_the_writers_words():
    from trainerd.triage.extract import extract

    assert extract("Training hangs after the first epoch\n", words=False) == []


def test_a_known_phrase_or_traceback_wins_over_error_words():
    text = (
        "[11:00:00] [main] [ERROR] step failed\n"
        "Traceback (most recent call last):\n"
        '  File "/home/u/proj/fit.py", line 12, in <module>\n'
        "    open(cfg.data)\n"
        "FileNotFoundError: [Errno 2] No such file or directory: 'shards/a.bin'\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "file_not_found")
    assert "error_words" not in r.shapes


def test_at_most_three_lines_are_named_and_the_span_covers_them():
    text = "".join(f"[ERROR] worker {i} gave up\n" for i in range(6))
    r = root(text)
    assert r.log_lines["start"] == 1 and r.log_lines["end"] == 3
    assert r.message.count("[ERROR]") == 3


def test_a_live_runs_watch_does_not_read_an_error_record_as_a_crash(tmp_path: Path):
    log = "step 1 loss 2.0\n[ERROR] could not reach the metrics server, retrying\nstep 2 loss 1.9\n"
    events = watched_session(tmp_path, log).consume()
    assert not [e for e in events if isinstance(e, watch.TriageUpdate) or getattr(e, "kind", "") == "crash"]
    # the same text pasted into triage is answered with the line
    assert root(log).log_lines["start"] == 2


def test_the_cli_answer_names_it_in_words():
    from io import StringIO

    from rich.console import Console

    report = triage_text("fatal: the shard index is unreadable\n")
    out = StringIO()
    print_report(Console(file=out, width=100), report)
    assert "an error reported in words" in out.getvalue()
    assert "ErrorLine" not in out.getvalue().splitlines()[2]
    assert report.summary.startswith("Root cause: an error reported in words (unknown)")


def test_a_failure_reported_in_words_is_shown_without_a_frame_placeholder():
    import io

    from rich.console import Console

    out = io.StringIO()
    print_report(Console(file=out, width=100), triage_text("# Training hangs after the first epoch\n"))
    shown = out.getvalue()
    assert "a failure reported in words, with no error line" in shown
    assert "no frame in your code" not in shown
