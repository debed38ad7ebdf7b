"""Trust (issue 13): in a workspace the client does not trust, nothing of the repository runs.

The project is booby-trapped the way a hostile repository would be: its ``.venv/bin/python``, the
modules its training entry imports, its test suite's ``conftest.py``, the target module itself and
the training command each leave a marker file when they run. An untrusted daemon gets every request
that could run one of them; no marker may appear, the refusals say why, and the daemon has no child
left. The same project trusted does leave a marker (so the traps work).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.lsp.rawclient import PROBE, Daemon, daemons

__all__ = ["daemons"]  # a fixture, used by name

COMMAND = "workspace/executeCommand"


def _marker(marks: Path, name: str) -> str:
    return f"open({str(marks / name)!r}, 'w').close()\n"


@pytest.fixture
def trapped(lsp_project: Path, tmp_path: Path) -> Path:
    """``lsp_project`` with traps; returns the folder the markers land in."""
    MARKS = tmp_path / "marks"  # noqa: N806 - one name for it in the shell script and the modules
    MARKS.mkdir()
    venv = lsp_project / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\n")
    python = venv / "bin" / "python"
    python.write_text(f'#!/bin/sh\ntouch {MARKS}/venv-python\nexec {sys.executable} "$@"\n')
    python.chmod(0o755)
    (lsp_project / "localmod.py").write_text(_marker(MARKS, "entry-import"))
    (lsp_project / "train.py").write_text("import localmod\nprint('training')\n")
    (lsp_project / "conftest.py").write_text("import os\n" + _marker(MARKS, "conftest"))
    stats = lsp_project / "stats.py"
    stats.write_text(_marker(MARKS, "target-import") + stats.read_text())
    return MARKS


def refused(answer: dict, what: str) -> None:
    assert "error" in answer, answer
    assert answer["error"]["code"] == -32803, answer
    assert answer["error"]["message"].startswith(f"{what}: refused: the workspace is not trusted"), answer


def _untrusted_requests(daemon: Daemon, lsp_project: Path, MARKS: Path) -> None:  # noqa: N803
    client = daemon.client
    target = {"path": "stats.py", "symbol": "median"}
    refusals = [
        ("trainer/optimize", target),
        ("trainer/answerFollowup", {**target, "answer": "{}"}),
        ("trainer/launchTraining", {"command": f"touch {MARKS}/launched"}),
        ("trainer/restartTraining", {"name": "trainer-train-x", "command": f"touch {MARKS}/restarted"}),
        ("trainer/detectTraining", {"command": "python train.py"}),
    ]
    for method, params in refusals:
        refused(client.request(method, params), method)
    for command, args in [
        ("trainer.optimize", target),
        ("trainer.answerFollowup", {**target, "answer": "{}"}),
        ("trainer.research", target),
        ("trainer.synthesize", target),
        ("trainer.approveDataset", target),
    ]:
        refused(client.request(COMMAND, {"command": command, "arguments": [args]}), command)
    fix = {"kind": "install", "title": "install", "command": ["sh", "-c", f"touch {MARKS}/fix-command"]}
    answer = client.request(
        COMMAND, {"command": "trainer.applyFix", "arguments": [{"fix": fix, "cwd": str(lsp_project)}]}
    )
    refused(answer, "workspace/executeCommand trainer.applyFix")
    # what reads files only still works, and says what it left out
    detected = client.request("trainer/detectTraining", {})["result"]
    assert detected["environment"] is None
    assert any("not trusted" in problem for problem in detected["problems"])
    assert any("train.py" in str(c) for c in detected["commands"])
    assert client.request("trainer/resolveWorkspace", target)["result"]["target"]["codeName"] == "stats"
    uri = (lsp_project / "stats.py").as_uri()
    text = (lsp_project / "stats.py").read_text()
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}},
    )
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert "result" in client.request("textDocument/codeLens", {"textDocument": {"uri": uri}})
    assert "result" in client.request("trainer/surfaces", {"uri": uri})
    assert client.request(COMMAND, {"command": "trainer.createReview", "arguments": [target]}).get("result")


@pytest.mark.parametrize("how", ["--untrusted", "workspaceTrusted: false"])
def test_an_untrusted_workspace_runs_nothing_of_the_repository(
    daemons, lsp_project: Path, trapped: Path, how: str
):
    if how == "--untrusted":
        daemon = daemons(PROBE, initialize=False, extra=["--untrusted"])
        daemon.client.initialize(lsp_project.as_uri(), {"workspaceTrusted": True})  # cannot undo the flag
    else:
        daemon = daemons(PROBE, initialize=False)
        daemon.client.initialize(
            lsp_project.as_uri(), {"workspaceTrusted": False, "trainer": {"logLevel": "debug"}}
        )
    _untrusted_requests(daemon, lsp_project, trapped)
    assert sorted(os.listdir(trapped)) == []  # not one trap ran
    assert daemon.client.request("test/children", {})["result"] == {"children": [], "zombies": []}
    daemon.finish()
    assert sorted(os.listdir(trapped)) == []


def test_an_invalid_trust_value_counts_as_untrusted(daemons, lsp_project: Path, trapped: Path):
    daemon = daemons(initialize=False)
    daemon.client.initialize(lsp_project.as_uri(), {"workspaceTrusted": "yes"})
    shown = daemon.client.wait_for(lambda m: m.get("method") == "window/showMessage")
    assert "workspaceTrusted must be true or false" in shown["params"]["message"]
    refused(daemon.client.request("trainer/optimize", {"path": "stats.py"}), "trainer/optimize")
    daemon.finish()


def test_the_same_project_trusted_springs_the_traps(daemons, lsp_project: Path, trapped: Path):
    daemon = daemons()
    detected = daemon.client.request("trainer/detectTraining", {"command": "python train.py"})["result"]
    assert detected["environment"] is not None
    daemon.finish()
    assert {"venv-python", "entry-import"} <= set(os.listdir(trapped))
