"""Targets in a declared source encoding (issue 13): ``trainerd surfaces`` read them, status and review
refused them as "not UTF-8". Python reads a file in the encoding its BOM or coding cookie declares;
so do target resolution and the review."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from trainerd.errors import TargetError
from trainerd.workspace.target import read_source, resolve_target

LATIN1 = '# -*- coding: latin-1 -*-\n"""Café statistics."""\n\n\ndef median(xs):\n    """Le médian."""\n    return sorted(xs)[len(xs) // 2]\n'


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "stats.py").write_bytes(LATIN1.encode("latin-1"))
    (tmp_path / "bom.py").write_bytes(b"\xef\xbb\xbfdef f():\n    return '\xc3\xa9'\n")
    return tmp_path


def test_a_declared_encoding_is_read_as_python_reads_it(project: Path):
    assert read_source(project / "stats.py") == LATIN1
    assert resolve_target(project / "stats.py", "median").symbol == "median"
    assert read_source(project / "bom.py").startswith("def f():")


def test_status_and_review_accept_it(project: Path):
    for verb in ("status", "review"):
        done = subprocess.run(
            [sys.executable, "-m", "trainerd", verb, "stats.py::median", "--json"],
            cwd=project, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode in (0, 1), done.stderr  # 2: refused as bad input
        assert "not UTF-8" not in done.stdout + done.stderr
    review = (project / ".trainer-workspace" / "stats" / "engineer-prompt" / "review.md").read_text()
    assert "could not be read" not in review and "`median`" in review


def test_text_that_is_not_in_its_declared_encoding_is_a_clear_error(project: Path):
    (project / "bad.py").write_bytes(b"x = '\xe9'\n")  # no cookie: UTF-8, and this is not
    with pytest.raises(TargetError, match=r"not valid utf-8 text \(invalid continuation byte at byte 5\)"):
        resolve_target(project / "bad.py", "x")
    (project / "nul.py").write_bytes(b"def f():\n    return 1\x00\n")
    with pytest.raises(TargetError) as caught:
        resolve_target(project / "nul.py", "f")
    assert "line None" not in str(caught.value) and "null bytes" in str(caught.value)
