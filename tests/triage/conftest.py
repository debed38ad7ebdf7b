"""Fixtures of the triage tests: the labelled corpus and copies of its small projects."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
LABELS = json.loads((CORPUS / "labels.json").read_text())


def triage_root(text: str):
    """The root cause ``trainerd triage`` reports for ``text``; fails the test when it finds no error."""
    from trainerd.triage.service import triage_text

    report = triage_text(text)
    assert report.root_cause is not None, "no error found"
    return report.errors[report.root_cause]


def root_answer(text: str) -> tuple[str, str | None]:
    """The root cause's kind and category (see :func:`triage_root`)."""
    t = triage_root(text)
    return t.kind, t.category


def watched_session(folder: Path, log: str, command: str = "python fit.py"):
    """The live watcher over a session folder under ``folder`` whose run was launched with ``command`` and has
    written ``log`` so far (the watcher has not read it yet)."""
    from trainerd.monitor import MonitorSettings
    from trainerd.training import watch

    session = folder / "trainer-train-1"
    session.mkdir()
    (session / watch.SESSION_FILE).write_text(json.dumps({"command": command, "cwd": str(folder)}))
    (session / watch.LOG_FILE).write_text(log)
    return watch.SessionTail(session, folder, lambda: MonitorSettings())


def framed_traceback(*frames: tuple[str, int, str, str], exc: str) -> str:
    """A traceback in our own words from (path, line, function, source line) frames, outermost first, and its
    exception line."""
    lines = ["Traceback (most recent call last):"]
    for path, line, fn, code in frames:
        lines += [f'  File "{path}", line {line}, in {fn}', f"    {code}"]
    return "\n".join([*lines, exc]) + "\n"


def traceback_text(exc_line: str, *frames: tuple[str, str, str]) -> str:
    """A traceback in our own words: frames are (file, function, source line), outermost first."""
    body = "".join(
        f'  File "{f}", line {10 + i}, in {fn}\n    {code}\n' for i, (f, fn, code) in enumerate(frames)
    )
    return f"Traceback (most recent call last):\n{body}{exc_line}\n"


def classified_root(text: str):
    """The root cause the classifier alone (no report, no monitor) finds in ``text``."""
    from trainerd.triage.classify import classify_text

    return next(r for r in classify_text(text) if r.root_cause)


def corpus_text(name: str) -> str:
    with open(CORPUS / name, encoding="utf-8", newline="") as fh:  # keep "\r" progress updates as written
        return fh.read()


@pytest.fixture
def corpus_project(tmp_path: Path):
    """Copy ``corpus/projects/<name>`` into a temp folder and return its path."""

    def make(name: str) -> Path:
        dest = tmp_path / name
        shutil.copytree(CORPUS / "projects" / name, dest)
        return dest

    return make
