"""Round 83 (docs/accuracy.md, after sets IQ-IT): a package's module run as a script ("attempted relative import
with no known parent package", Python 2's "Attempted relative import in non-package") is an import error whose cure
is how the file is run (python -m package.module), never a package to install. Texts written for this project."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text


@pytest.mark.parametrize(
    ("exception", "message"),
    [
        ("ImportError", "attempted relative import with no known parent package"),
        ("ValueError", "Attempted relative import in non-package"),
    ],
)
def test_a_module_run_as_a_script_is_told_to_run_as_a_module_not_to_install(exception, message):
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/ana/hgraph/tasks/train_venue.py", line 4, in <module>\n'
        "    from .layers import HeteroConv\n"
        f"{exception}: {message}\n"
    )
    report = triage_text(text)
    r = report.errors[report.root_cause]
    assert (r.kind, r.category) == ("runtime", "import_error")
    assert "python -m" in str(r.fix) and "pip install" not in str(r.fix)
    assert "not installed" not in r.explanation
