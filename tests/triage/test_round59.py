"""Round 59 (docs/accuracy.md): a script's own NaN check raised as a bare Exception is numerical; a command-line
argument read by position that was not given is config_error, with its own cure; wget's 404 on a download is a
missing file, in its locales. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import traceback_text
from .conftest import triage_root as root


def test_a_scripts_own_nan_check_raised_as_exception_is_numerical():
    text = traceback_text(
        "Exception: NaN detected",
        ("/home/lea/flows/train.py", "main", "loss = model.step(batch)"),
        ("/home/lea/flows/nn/ops.py", "check", 'raise Exception("NaN detected")'),
    )
    assert (root(text).kind, root(text).category) == ("logic", "numerical")


def test_a_bare_exception_without_nan_words_is_not_claimed():
    text = traceback_text(
        "Exception: worker pool closed", ("/home/lea/flows/train.py", "main", "pool.map(f, xs)")
    )
    assert root(text).kind == "unknown"


def test_sys_argv_read_by_position_without_the_argument_is_config_error_with_its_cure():
    from trainerd.triage.service import triage_text

    text = traceback_text(
        "IndexError: list index out of range",
        ("C:\\work\\hwr\\train_32.py", "main", "epochs = int(sys.argv[1])"),
    )
    report = triage_text(text)
    r = report.errors[report.root_cause]
    assert (r.kind, r.category) == ("runtime", "config_error")
    assert "command-line argument by position" in r.explanation
    assert "running the script with the arguments it reads" in (r.fix or "")


@pytest.mark.parametrize(
    "code",
    ["label = labels[idx]", "first = sys.argv", "name = parts[sys.argv.index('--x') + 1]"],
)
def test_an_index_error_elsewhere_is_not_the_command_line(code):
    text = traceback_text("IndexError: list index out of range", ("/home/lea/x/run.py", "main", code))
    assert root(text).category != "config_error"


@pytest.mark.parametrize(
    "line",
    [
        "2024-03-12 09:44:52 ERROR 404: Not Found.",
        "2024-06-03 15:07:46 错误 404：Not Found。",
    ],
)
def test_wgets_404_on_a_download_is_a_missing_file(line):
    text = (
        "bash get_data.sh\n"
        "--2024-03-12 09:44:51--  https://data.example.org/msmarco/corpus.tsv\n"
        "HTTP request sent, awaiting response... 404 Not Found\n" + line + "\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "file_not_found")


def test_pyjnius_cython_include_frames_are_the_librarys():
    text = traceback_text(
        "jnius.JavaException: JVM exception occurred: java.lang.ClassCastException",
        ("/data/ltr/run_ltr.py", "<module>", "pipe.fit(train, qrels)"),
        ("jnius/jnius_export_class.pxi", "jnius.JavaMethod.__call__", "return self.call_method(args)"),
        ("jnius/jnius_jvm_dlopen.pxi", "jnius.create_jnienv", "raise SystemError('JVM failed')"),
    )
    r = root(text)
    assert (r.frame.file, r.frame.line) == ("/data/ltr/run_ltr.py", 10)


@pytest.mark.parametrize(
    "message", ["Exception: ring buffer overflow in reader", "Exception: divide by zero in rate"]
)
def test_a_bare_exception_with_other_numerical_words_is_not_claimed(message):
    text = traceback_text(message, ("/home/lea/flows/train.py", "main", "batch = reader.next()"))
    assert root(text).kind == "unknown"
