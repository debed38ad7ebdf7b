"""Shapes met in field set D (issue 18, third round): each test is one general behaviour, written in this
project's own words; ``test_field.py`` measures them on the rewritten threads."""

from __future__ import annotations

from trainerd.triage.classify import classify_text
from trainerd.triage.service import triage_text


def root(text: str):
    results = classify_text(text)
    roots = [r for r in results if r.root_cause]
    assert len(roots) == 1
    return roots[0]


LAUNCH_FRAMES = (
    "Traceback (most recent call last):\n"
    '  File "/opt/env/bin/torchrun", line 8, in <module>\n'
    "    sys.exit(main())\n"
    '  File "/opt/env/lib/python3.11/site-packages/torch/distributed/launcher/api.py", line 263, in launch_agent\n'
    "    raise ChildFailedError(\n"
)


def test_launcher_exception_without_the_childs_error_is_unknown_not_distributed():
    for tail in (
        "torch.distributed.elastic.multiprocessing.errors.ChildFailedError\nany idea why?\n",
        "torch.distributed.elastic.multiprocessing.errors.ChildFailedError:\n"
        "======================\nfit.py FAILED\n----------------------\nFailures:\n[1]:\n  time      : 2025-01-02_10:11:12\n",
    ):
        r = root(LAUNCH_FRAMES + tail)
        assert (r.kind, r.category) == ("unknown", None)
        assert "own error is not in this log" in r.explanation


def test_launcher_exit_by_sigkill_is_still_environment():
    text = (
        "E0102 10:11:12.000000 77 torch/distributed/elastic/multiprocessing/api.py:869] failed (exitcode: -9) "
        "local_rank: 2 (pid: 80) of binary: /opt/env/bin/python\n" + LAUNCH_FRAMES + "ChildFailedError:\n"
    )
    assert root(text).category == "environment"


def test_no_module_named_inside_a_wrongly_built_module_path_is_not_an_install():
    text = (
        "Traceback (most recent call last):\n"
        '  File "tools/fit.py", line 12, in <module>\n'
        "    cfg = importlib.import_module(name, package='proj')\n"
        "ModuleNotFoundError: No module named 'proj.configs.small.'; 'proj.configs.small' is not a package\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("unknown", None)
    report = triage_text(text)
    assert report.errors[report.root_cause].proposal is None  # no pip install offered


def test_python_dash_m_run_from_the_wrong_directory_is_not_an_install():
    text = (
        "/usr/bin/python3: Error while finding module specification for 'jobs.fit' "
        "(ModuleNotFoundError: No module named 'jobs')\n"
    )
    assert root(text).kind == "unknown"


def test_a_tensor_repr_in_a_message_is_not_a_shape_error():
    text = (
        "Traceback (most recent call last):\n"
        '  File "fit.py", line 40, in step\n'
        "    out = net(x)\n"
        'AssertionError: Could not compute output Tensor("Head/Identity:0", shape=(None, 12), dtype=float32)\n'
    )
    assert root(text).kind == "unknown"


def test_native_crash_and_critical_log_lines_are_reported_as_unknown_errors():
    for text in (
        "epoch 3 step 120 loss 0.41\nSegmentation fault (core dumped)\n",
        "It runs for a while, then prints `Segmentation fault (core dumped)` and stops.\n",
        "CRITICAL fit.py: 88: batch loader failed\nINFO loader.py: 12: Stopping thread\n",
        "step 9 loss 1.1\nAborted (core dumped)\n",
    ):
        report = triage_text(text)
        assert report.root_cause is not None, text
        r = report.errors[report.root_cause]
        assert (r.kind, r.category) == ("unknown", None)
        assert r.details.get("looked_at")


def test_a_python_error_printed_before_a_native_crash_is_the_root_cause():
    text = (
        "Traceback (most recent call last):\n"
        '  File "fit.py", line 3, in <module>\n'
        "    open(path)\n"
        "FileNotFoundError: [Errno 2] No such file or directory: 'data/train.bin'\n"
        "Segmentation fault (core dumped)\n"
    )
    assert root(text).category == "file_not_found"


def test_exception_name_in_markdown_emphasis_counts_as_reported():
    r = root("After resuming it fails with **FileNotFoundError** in the log.\n")
    assert (r.category, r.exception) == ("file_not_found", "FileNotFoundError")


def test_traceback_indented_by_the_paste_ends_at_its_exception_line():
    text = (
        "Traceback (most recent call last):\n"
        '    File "D:\\\\work\\\\fit.py", line 50, in step\n'
        "      emb = batch[\n"
        "            ^^^^^^\n"
        "  KeyError: 'pooled_text'\n"
        "  Saving checkpoint models/last.safetensors\n"
    )
    r = root(text)
    assert (r.exception, r.message) == ("KeyError", "'pooled_text'")
    assert r.frame.line == 50


def test_library_words_for_non_finite_values_and_failed_cuda_allocations():
    assert root("ValueError: matrix contains invalid numeric entries\n").category == "numerical"
    text = "it says: cuda failed with error 2 out of memory. use CUDA_LAUNCH_BLOCKING=1 to get correct traceback.\n"
    assert root(text).category == "cuda_oom"
