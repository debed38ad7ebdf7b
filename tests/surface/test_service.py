"""The surface service: documents by version, bad input, the workspace record, the state summary, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainerd import cli
from trainerd.errors import TrainerError
from trainerd.surface import check_target, optimizable
from trainerd.surface.documents import DocumentStore
from trainerd.surface.service import MAX_LINES, read_source
from trainerd.workspace import service as ws_service
from trainerd.workspace.summary import state_summary

FIXTURES = Path(__file__).parent / "fixtures"
BUNDLE = "from opto import trace\n\n\n@trace.bundle(trainable=True)\ndef f(x):\n    return x\n"


def test_document_store_caches_by_version_and_keeps_the_last_good_analysis(tmp_path: Path):
    store = DocumentStore()
    uri = (tmp_path / "m.py").as_uri()
    first = store.analyze(uri, None, BUNDLE, 1)
    assert store.analyze(uri, None, BUNDLE, 1) is first
    assert [s.qualname for s in first.analysis.surfaces] == ["f"] and first.problem is None
    broken = store.analyze(uri, None, BUNDLE + "def g(:\n", 2)
    assert broken.stale and broken.analysis.surfaces == first.analysis.surfaces
    assert broken.problem.code == "syntax_error" and broken.problem.start_line == 7
    assert "line 7" in broken.problem.message
    fixed = store.analyze(uri, None, BUNDLE.replace("def f", "def h"), 3)
    assert not fixed.stale and fixed.problem is None
    assert [s.qualname for s in fixed.analysis.surfaces] == ["h"]


def test_partial_code_before_any_good_analysis(tmp_path: Path):
    result = DocumentStore().analyze("file:///x.py", None, "@trace.bundle(trainable=True)\ndef f(", 1)
    assert result.analysis is None and result.problem.code == "syntax_error"


def test_huge_file_is_refused_plainly():
    text = "x = 1\n" * (MAX_LINES + 5)
    result = DocumentStore().analyze("file:///big.py", None, text, 1)
    assert result.problem.code == "file_too_large"
    assert f"{MAX_LINES + 6:,} lines" in result.problem.message


def test_non_utf8_and_coding_cookie(tmp_path: Path):
    latin = tmp_path / "latin.py"
    latin.write_bytes("# -*- coding: latin-1 -*-\nNAME = 'caf\xe9'\n".encode("latin-1"))
    assert "café" in read_source(latin)
    bad = tmp_path / "bad.py"
    bad.write_bytes(b"NAME = '\xff\xfe'\n")
    with pytest.raises(TrainerError, match=r"is not valid utf-8 text \(byte 8: invalid start byte\)"):
        read_source(bad)
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(TrainerError, match="not a Python file or notebook"):
        read_source(tmp_path / "notes.txt")


def test_notebook_through_the_document_store():
    text = (FIXTURES / "notebook.ipynb").read_text()
    result = DocumentStore().analyze("file:///n.ipynb", Path("/nonexistent/n.ipynb"), text, 1)
    assert result.problem.code == "notebook"
    assert "`answer` (bundle, cell 2)" in result.problem.message
    not_a_notebook = DocumentStore().analyze("file:///n.ipynb", None, "{}", 1)
    assert not_a_notebook.analysis is None
    assert "is not a Jupyter notebook (no 'cells' list in its JSON)" in not_a_notebook.problem.message


def test_state_summary_reads_the_workspace_without_writing(median_project: Path):
    target = median_project / "stats.py"
    assert state_summary(target) is None
    ws_service.resolve(str(target), "median")
    status_file = median_project / ".trainer-workspace" / "stats" / "workflow-status.json"
    before = status_file.read_bytes()
    summary = state_summary(target)
    assert summary.title == "Trace: review pending · blocked: review missing"
    assert summary.symbol == "median"
    assert status_file.read_bytes() == before
    ws_service.create_review(str(target), "median")
    data = json.loads(status_file.read_text())
    data["run"] = {"iteration": 2, "tests": {"passed": 7, "total": 9}, "state": "running", "pid": 0}
    status_file.write_text(json.dumps(data))
    assert state_summary(target).title == "Trace: iteration 2 · 7/9 tests · running"


def test_review_describes_the_trainable_surface(median_project: Path):
    (median_project / "agent.py").write_text((FIXTURES / "spell_names.py").read_text())
    result = ws_service.create_review(str(median_project / "agent.py"), "Classifier")
    review = (median_project / result.review_path).read_text()
    assert "- `Classifier`: model (lines 9-16)" in review
    assert "- `Classifier.classify`: bundle (lines 14-16)" in review


def test_target_check_refusals_for_a_whole_file_and_hidden_dependencies(median_project: Path):
    (median_project / "hidden.py").write_text((FIXTURES / "hidden.py").read_text())
    check = check_target(median_project / "hidden.py", "remember")
    assert [(r.code, r.overridable) for r in check.refusals] == [("hidden_dependencies", True)]
    assert check.ok and optimizable(median_project / "hidden.py", "remember") is None
    assert check_target(median_project / "stats.py", "median").refusals == []
    (median_project / "plain.py").write_text("X = 1\n")
    (undefined,) = check_target(median_project / "plain.py", None).refusals
    assert undefined.code == "surface_undefined" and not undefined.overridable
    (whole,) = check_target(median_project / "stats.py", None).refusals  # a whole module of plain code
    assert whole.code == "surface_too_broad" and "functions: median." in whole.fix and not whole.overridable


def run_cli(capsys, *argv) -> tuple[int, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code, out.out + out.err


def test_cli_surfaces_file_json_and_table(capsys, median_project: Path):
    code, out = run_cli(capsys, "surfaces", str(median_project / "stats.py"), "--json")
    assert code == 0
    data = json.loads(out)
    assert [(s["qualname"], s["kind"], s["tests"]) for s in data["surfaces"]] == [
        ("median", "candidate", ["tests/test_stats.py"])
    ]
    code, out = run_cli(capsys, "surfaces", str(FIXTURES / "hidden.py"))
    assert code == 0
    assert "parse" in out and "hidden_dependencies" in out and "outer.<locals>.inner" in out


def test_cli_surfaces_folder_and_bad_input(capsys, tmp_path: Path, median_project: Path):
    (median_project / "broken.py").write_text("def x(:\n")
    code, out = run_cli(capsys, "surfaces", str(median_project), "--json")
    assert code == 0
    data = json.loads(out)
    assert [Path(f["path"]).name for f in data["files"]] == ["stats.py"]
    assert [(Path(s["path"]).name, s["reason"].split(":")[0]) for s in data["skipped"]] == [
        ("broken.py", "syntax error at line 1"),
        ("conftest.py", "test file"),
        ("test_stats.py", "test file"),
    ]
    code, out = run_cli(capsys, "surfaces", str(median_project / "broken.py"))
    assert code == 1 and "Syntax error: invalid syntax (line 1)" in out
    code, out = run_cli(capsys, "surfaces", str(tmp_path / "missing.py"))
    assert code == 2 and "trainerd: error: path not found" in out
    (tmp_path / "bin.py").write_bytes(b"\xff\xfe\x00")
    code, out = run_cli(capsys, "surfaces", str(tmp_path / "bin.py"))
    assert code == 2 and "is not valid utf-8 text" in out


def test_cli_surfaces_notebook(capsys):
    code, out = run_cli(capsys, "surfaces", str(FIXTURES / "notebook.ipynb"), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["notebook"] is True
    assert [(s["qualname"], s["cell"], s["start_line"]) for s in data["surfaces"]] == [("answer", 2, 1)]


def test_first_lenses_do_not_wait_for_a_slow_test_index(monkeypatch, median_project: Path):
    import threading

    from trainerd.surface import documents

    monkeypatch.setattr(documents, "FIRST_INDEX_WAIT_S", 0)  # as if the project were huge
    store = DocumentStore()
    ready = threading.Event()
    store.on_index_change = ready.set
    path = median_project / "stats.py"
    first = store.analyze(path.as_uri(), path, path.read_text(), 1)
    assert ready.wait(30)
    assert first.generation == -1 or [s.kind for s in first.analysis.surfaces] == ["candidate"]
    later = store.analyze(path.as_uri(), path, path.read_text(), 1)
    assert [(s.qualname, s.kind, s.tests) for s in later.analysis.surfaces] == [
        ("median", "candidate", ["tests/test_stats.py"])
    ]


def test_status_watcher_reports_a_new_workspace_and_stops_when_closed(tmp_path: Path):
    import threading

    from trainerd.surface.watch import StatusWatcher

    changed: list[Path] = []
    seen = threading.Event()

    def on_change(folder: Path) -> None:
        changed.append(folder)
        seen.set()

    watcher = StatusWatcher(on_change)
    assert watcher.available  # Linux: inotify_simple is a dependency there
    watcher.watch_source_dir(tmp_path)
    (tmp_path / ".trainer-workspace").mkdir()
    assert seen.wait(10) and changed[0] == tmp_path
    thread = watcher._thread
    watcher.close()
    assert thread is not None and not thread.is_alive()


def test_status_watcher_polls_where_inotify_cannot_watch(tmp_path: Path):
    """Out of inotify instances (or not on Linux): another process's status writes still reach the editor."""
    import threading

    from trainerd.surface.watch import StatusWatcher
    from trainerd.workspace.files import atomic_write_json

    changes = threading.Semaphore(0)
    watcher = StatusWatcher(lambda folder: changes.release(), use_inotify=False, poll_interval=0.02)
    assert not watcher.available
    watcher.watch_source_dir(tmp_path)
    assert watcher.polled == [tmp_path.resolve()]
    status = tmp_path / ".trainer-workspace" / "stats" / "workflow-status.json"
    status.parent.mkdir(parents=True)
    atomic_write_json(status, {"state": "review pending"})
    assert changes.acquire(timeout=10)  # the workspace appeared
    atomic_write_json(status, {"state": "ready"})
    assert changes.acquire(timeout=10)  # the same file rewritten by rename
    thread = watcher._poll_thread
    watcher.close()
    assert thread is not None and not thread.is_alive()
