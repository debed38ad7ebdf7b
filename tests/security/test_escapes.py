"""Escapes (issue 13): no request reaches outside the workspace folders the client opened, reads
anything but a regular file where it reads a file, or writes through a ``.trainer-workspace`` link.

Each test asks a real daemon for something outside the project, checks the -32602 names the field,
and checks on disk that nothing outside changed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.lsp.rawclient import Daemon, daemons

__all__ = ["daemons"]  # a fixture, used by name

COMMAND = "workspace/executeCommand"


def error_of(answer: dict, field: str) -> str:
    assert "error" in answer, answer
    assert answer["error"]["code"] == -32602, answer
    message = answer["error"]["message"]
    assert f"field '{field}'" in message, message
    return message


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def daemon(daemons) -> Daemon:
    started = daemons()
    yield started
    if started.proc.poll() is None:
        started.finish()


def test_a_target_outside_the_workspace_is_refused(daemon: Daemon, outside: Path):
    client = daemon.client
    before = snapshot(outside)
    for params, field in [
        ({"path": str(outside / "secret.py"), "symbol": "median"}, "path"),
        ({"path": "../outside/secret.py"}, "path"),
        ({"uri": (outside / "secret.py").as_uri()}, "uri"),
    ]:
        assert "outside the workspace folders" in error_of(
            client.request("trainer/resolveWorkspace", params), field
        )
    answer = client.request(
        COMMAND, {"command": "trainer.createReview", "arguments": [{"path": str(outside / "secret.py")}]}
    )
    error_of(answer, "path")
    assert snapshot(outside) == before  # no review, no .trainer-workspace written there


def test_a_symlink_to_a_file_outside_is_refused_with_and_without_a_symbol(
    daemon: Daemon, lsp_project: Path, outside: Path
):
    (lsp_project / "link.py").symlink_to(outside / "secret.py")
    client = daemon.client
    before = snapshot(outside)
    for params in ({"path": "link.py"}, {"path": "link.py::median"}, {"path": "link.py", "symbol": "median"}):
        message = error_of(client.request("trainer/resolveWorkspace", params), "path")
        assert "a symbolic link to" in message and str(outside / "secret.py") in message
    answer = client.request(
        COMMAND, {"command": "trainer.createReview", "arguments": [{"path": "link.py::median"}]}
    )
    error_of(answer, "path")
    assert snapshot(outside) == before


def test_triage_reads_only_regular_files_inside_the_workspace(
    daemon: Daemon, lsp_project: Path, outside: Path
):
    client = daemon.client
    (outside / "train.log").write_text("Traceback (most recent call last):\nValueError: x\n")
    os.mkfifo(lsp_project / "pipe.log")
    cases = [
        ({"uri": "file:-"}, "uri", "absolute file: URI"),
        ({"path": "-"}, "path", "no such file"),
        ({"path": str(outside / "train.log")}, "path", "outside the workspace folders"),
        ({"path": "pipe.log"}, "path", "named pipe, not a regular file"),
        ({"path": "."}, "path", "directory, not a regular file"),
        ({"path": "/dev/zero"}, "path", "outside the workspace folders"),
        ({"text": "x", "cwd": str(outside)}, "cwd", "outside the workspace folders"),
    ]
    for params, field, why in cases:
        assert why in error_of(client.request("trainer/triage", params), field), params
    daemon.alive()  # none of them blocked a thread or read the protocol's input


def _fix(file: Path, **extra) -> dict:
    return {
        "kind": "edit",
        "title": "t",
        "edits": [{"file": str(file), "line": 1, "start": 0, "end": 3, "old": "def", "new": "DEF"}],
        **extra,
    }


def test_apply_fix_neither_edits_nor_creates_nor_records_outside(
    daemon: Daemon, lsp_project: Path, outside: Path
):
    client = daemon.client
    before = snapshot(outside)
    inside = lsp_project / "stats.py"
    cases = [
        ({"fix": _fix(outside / "secret.py"), "cwd": str(lsp_project)}, "fix.edits[0].file"),
        (
            {"fix": _fix(inside, create_dirs=[str(outside / "made")]), "cwd": str(lsp_project)},
            "fix.createDirs[0]",
        ),
        ({"fix": _fix(inside), "cwd": str(lsp_project), "sessionDir": str(outside)}, "sessionDir"),
        ({"fix": _fix(inside), "cwd": str(outside)}, "cwd"),
        ({"fix": _fix(lsp_project), "cwd": str(lsp_project)}, "fix.edits[0].file"),  # a directory
    ]
    source = inside.read_bytes()
    for args, field in cases:
        error_of(client.request(COMMAND, {"command": "trainer.applyFix", "arguments": [args]}), field)
    assert snapshot(outside) == before and not (outside / "made").exists()
    assert inside.read_bytes() == source  # refused before any edit


def test_apply_fix_on_a_binary_file_is_a_clear_error(daemon: Daemon, lsp_project: Path):
    blob = lsp_project / "model.bin"
    blob.write_bytes(b"\x80\x81\x82\xff" * 10)
    answer = daemon.client.request(
        COMMAND, {"command": "trainer.applyFix", "arguments": [{"fix": _fix(blob), "cwd": str(lsp_project)}]}
    )
    assert answer["error"]["code"] == -32602, answer
    assert blob.read_bytes() == b"\x80\x81\x82\xff" * 10


def test_training_roots_and_cwds_stay_inside(daemon: Daemon, outside: Path):
    client = daemon.client
    before = snapshot(outside)
    cases = [
        ("trainer/launchTraining", {"command": "echo hi", "cwd": str(outside)}, "cwd"),
        ("trainer/launchTraining", {"command": "echo hi", "root": str(outside)}, "root"),
        ("trainer/launchTraining", {"command": "echo hi", "cwd": "/"}, "cwd"),
        ("trainer/detectTraining", {"root": "/"}, "root"),
        ("trainer/detectTraining", {"root": str(outside)}, "root"),
        ("trainer/sessions", {"root": str(outside)}, "root"),
        ("trainer/stopTraining", {"name": "x", "root": str(outside)}, "root"),
        ("trainer/restartTraining", {"name": "x", "root": str(outside)}, "root"),
    ]
    for method, params, field in cases:
        assert "outside the workspace folders" in error_of(client.request(method, params), field), method
    assert snapshot(outside) == before and not (outside / ".trainer-workspace").exists()


def test_a_repository_shipped_trainer_workspace_link_is_never_written_through(
    daemon: Daemon, lsp_project: Path, outside: Path
):
    (lsp_project / ".trainer-workspace").symlink_to(outside)
    client = daemon.client
    answer = client.request("trainer/resolveWorkspace", {"path": "stats.py", "symbol": "median"})
    assert answer["error"]["code"] == -32602, answer
    assert "symbolic link" in answer["error"]["message"]
    answer = client.request(
        COMMAND, {"command": "trainer.createReview", "arguments": [{"path": "stats.py::median"}]}
    )
    assert "symbolic link" in answer["error"]["message"]
    assert sorted(p.name for p in outside.iterdir()) == ["secret.py"]


def test_a_link_inside_the_trainer_workspace_is_not_followed_either(
    daemon: Daemon, lsp_project: Path, outside: Path
):
    (lsp_project / ".trainer-workspace").mkdir()
    (lsp_project / ".trainer-workspace" / "stats").symlink_to(outside)
    answer = daemon.client.request("trainer/resolveWorkspace", {"path": "stats.py", "symbol": "median"})
    assert "symbolic link" in answer["error"]["message"]
    assert sorted(p.name for p in outside.iterdir()) == ["secret.py"]


def test_a_target_that_is_a_pipe_is_refused_without_blocking(daemon: Daemon, lsp_project: Path):
    os.mkfifo(lsp_project / "pipe.py")
    message = error_of(daemon.client.request("trainer/resolveWorkspace", {"path": "pipe.py::f"}), "path")
    assert "not a regular file" in message
    daemon.alive()


@pytest.mark.parametrize(
    "value, why",
    [
        ("stats\x00.py", "NUL byte"),
        ("x" * 5000 + ".py", "at most 4096 are accepted"),
        ("a/" + "b" * 300 + ".py", "component of 303 bytes"),
    ],
)
def test_bad_path_text_is_named_in_every_kind_of_request(daemon: Daemon, value: str, why: str):
    client = daemon.client
    requests = [
        ("trainer/resolveWorkspace", {"path": value}, "path"),
        ("trainer/surfaces", {"path": value}, "path"),
        ("trainer/triage", {"path": value}, "path"),
        ("trainer/detectTraining", {"root": value}, "root"),
        ("trainer/sessions", {"root": value}, "root"),
        (COMMAND, {"command": "trainer.createReview", "arguments": [{"path": value}]}, "path"),
        (COMMAND, {"command": "trainer.showWorkspace", "arguments": [{"path": value}]}, "path"),
        (
            COMMAND,
            {"command": "trainer.research", "arguments": [{"path": value, "symbol": "median"}]},
            "path",
        ),
    ]
    for method, params, field in requests:
        assert why in error_of(client.request(method, params), field), (method, params)
    daemon.alive()


def test_the_cli_applies_no_fix_outside_the_project(tmp_path: Path):
    import subprocess
    import sys

    project, outside = tmp_path / "proj", tmp_path / "outside"
    (project / "data").mkdir(parents=True)
    (project / ".git").mkdir()
    outside.mkdir()
    (project / "data" / "train.csv").write_text("a,b\n")
    (outside / "lib.py").write_text('def load():\n    return open("data/trian.csv").read()\n')
    (project / "train.py").write_text(
        'import sys\nsys.path.insert(0, "../outside")\nimport lib\nlib.load()\n'
    )
    crash = subprocess.run(
        [sys.executable, "train.py"], cwd=project, capture_output=True, text=True, timeout=60
    )
    (project / "crash.log").write_text(crash.stderr)
    before = (outside / "lib.py").read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "trainerd", "apply-fix", "crash.log", "--yes"],
        cwd=project, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2, done.stdout + done.stderr
    assert "is outside the project" in done.stderr
    assert (outside / "lib.py").read_bytes() == before  # the traceback's frame there was not edited


def test_a_follow_up_answer_is_read_only_from_a_regular_file_inside(
    daemon: Daemon, lsp_project: Path, outside: Path
):
    (outside / "answer.json").write_text("{}")
    os.mkfifo(lsp_project / "answer.pipe")
    client = daemon.client
    for file, why in [
        (str(outside / "answer.json"), "outside the workspace folders"),
        ("answer.pipe", "named pipe"),
    ]:
        answer = client.request(
            "trainer/answerFollowup", {"path": "stats.py", "symbol": "median", "file": file}
        )
        assert why in error_of(answer, "file")
    daemon.alive()  # the pipe did not block the daemon


def test_a_fix_that_runs_a_command_must_be_one_the_daemon_proposed(
    daemons, lsp_project: Path, tmp_path: Path
):
    # the project's interpreter is a stub that leaves a marker: whatever runs it is seen
    venv = lsp_project / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (venv / "bin" / "python").write_text(f'#!/bin/sh\necho "$@" >> {tmp_path}/ran\nexit 3\n')
    (venv / "bin" / "python").chmod(0o755)
    (lsp_project / "train.py").write_text("import yaml\n")
    log = (
        "Traceback (most recent call last):\n"
        f'  File "{lsp_project}/train.py", line 1, in <module>\n    import yaml\n'
        "ModuleNotFoundError: No module named 'yaml'\n"
    )
    daemon = daemons()
    client = daemon.client
    error = client.request("trainer/triage", {"text": log, "cwd": str(lsp_project)})["result"]["errors"][0]
    proposal, seal = error["proposal"], error["proposalSeal"]
    assert proposal["command"][0] == str(venv / "bin" / "python")

    def apply(fix: dict, seal: str | None) -> dict:
        args = {"fix": fix, "cwd": str(lsp_project), "seal": seal}
        return client.request(COMMAND, {"command": "trainer.applyFix", "arguments": [args]})

    forged = {**proposal, "command": ["sh", "-c", f"touch {tmp_path}/forged"]}
    for fix, sealed in [(forged, seal), (forged, None), (proposal, None), (proposal, "0" * 64)]:
        assert "must be one this daemon proposed" in error_of(apply(fix, sealed), "seal")
    assert not (tmp_path / "ran").exists() and not (tmp_path / "forged").exists()
    ran = apply(proposal, seal)  # the proposal as the daemon made it runs (here: the stub, which fails)
    assert ran["result"]["ok"] is False, ran
    assert "-m pip install PyYAML" in (tmp_path / "ran").read_text()
    daemon.finish()
