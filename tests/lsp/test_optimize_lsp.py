"""Runs in the editor against the real daemon and the real worker. The only double is the model:
this test client plays the editor's model (``trainer/complete``) with the example's recorded answer."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pytest_lsp import LanguageClient

from tests.conftest import copy_example
from tests.lsp.helpers import raw_request, request, shutdown, stop, wait_for_diagnostics
from tests.lsp.optimize_client import (
    SERVER,
    capabilities,
    field,
    initialize,
    replay_answer,
    states_of,
    wait_for_state,
    wait_until,
)

FIX = "(ordered[middle - 1] + ordered[middle]) / 2"
FINAL = {"written_back", "conflict", "failed", "done", "cancelled", "blocked"}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_example("buggy_median", tmp_path)


@pytest.fixture
def reviewed(project: Path) -> Path:
    """The example with its engineering review written (the review is the only blocker it has)."""
    from trainerd.workspace import service

    service.create_review(str(project / "stats.py"), "median")
    return project


def editor_settings(**extra) -> dict:
    return {"trainer": {"model": "editor", "iterations": 1, **extra}}


@pytest_lsp.fixture(config=SERVER)
async def vscode(lsp_client: LanguageClient, project: Path):
    """VS Code's capabilities plus ``experimental.trainerComplete``; the editor's model in the settings."""
    await initialize(lsp_client, project, capabilities(), editor_settings())
    yield
    await shutdown(lsp_client)


@pytest.fixture
def second_project(tmp_path: Path) -> Path:
    """Another copy of the example, reviewed: a second workspace folder beside ``project``."""
    from trainerd.workspace import service

    second = copy_example("buggy_median", tmp_path / "second")
    service.create_review(str(second / "stats.py"), "median")
    return second


@pytest_lsp.fixture(config=SERVER)
async def two_folders(lsp_client: LanguageClient, project: Path, second_project: Path):
    """VS Code with two workspace folders, at most two runs at a time."""
    settings = editor_settings(maxConcurrentRuns=2)
    await initialize(lsp_client, project, capabilities(), settings, more_folders=(second_project,))
    yield
    await shutdown(lsp_client)


@pytest_lsp.fixture(config=SERVER)
async def neovim(lsp_client: LanguageClient, project: Path):
    """Neovim's capabilities: no ``trainerComplete``; the editor's model in the settings all the same."""
    await initialize(lsp_client, project, capabilities("neovim", complete=False), editor_settings())
    yield
    await shutdown(lsp_client)


def open_document(client: LanguageClient, path: Path, text: str | None = None, version: int = 1) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri,
                language_id="python",
                version=version,
                text=path.read_text() if text is None else text,
            )
        )
    )
    return uri


def apply_text_edit(text: str, edit: types.TextEdit) -> str:
    lines = text.splitlines(keepends=True)
    start = sum(len(x) for x in lines[: edit.range.start.line]) + edit.range.start.character
    end = sum(len(x) for x in lines[: edit.range.end.line]) + edit.range.end.character
    return text[:start] + edit.new_text + text[end:]


def example_tests_pass(project: Path) -> bool:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode == 0


def status_of(project: Path) -> dict:
    return json.loads((project / ".trainer-workspace/stats/workflow-status.json").read_text())


def pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    try:
        return stat.read_text().split()[2] != "Z"
    except OSError:
        return False


async def wait_dead(pid: int, timeout: float = 10) -> bool:
    """Poll an external process with a deadline (no event to wait on for another process's death)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while pid_alive(pid) and loop.time() < deadline:
        await asyncio.sleep(0.05)
    return not pid_alive(pid)


# --- no worker needed -----------------------------------------------------------------------------
async def test_blockers_come_back_instead_of_a_run(vscode: LanguageClient, project: Path):
    uri = (project / "stats.py").as_uri()
    result = await request(vscode, "trainer/optimize", {"uri": uri, "symbol": "median", "model": "manual"})
    assert result.runId is None
    assert result.state == "blocked"
    assert [b.code for b in result.blockers] == ["review_missing"]
    diags = await wait_for_diagnostics(vscode, uri, lambda ds: any(d.code == "review_missing" for d in ds))
    assert [d.source for d in diags if d.code == "review_missing"] == ["trainer"]
    # the work-done progress that began while checking ended and said why
    ends = [r for reports in vscode.progress_reports.values() for r in reports if r.kind == "end"]
    assert ends and "Blocked" in ends[-1].message
    # no worker ran: no iteration exists
    assert not (project / ".trainer-workspace/stats/iterations/iteration-1").exists()


async def test_no_tests_for_the_target_is_a_blocker(vscode: LanguageClient, reviewed: Path):
    (reviewed / "lonely.py").write_text("def lonely(x):\n    return x\n")
    from trainerd.workspace import service

    service.create_review(str(reviewed / "lonely.py"), "lonely")
    result = await request(vscode, "trainer/optimize", {"path": "lonely.py", "symbol": "lonely"})
    assert result.runId is None
    assert [b.code for b in result.blockers] == ["no_feedback_signal"]


BAD_PARAMS = [
    ({"symbol": "median"}, "uri"),
    ({"path": "stats.py", "iterations": "3"}, "iterations"),
    ({"path": "stats.py", "iterations": 0}, "iterations"),
    ({"path": "stats.py", "model": "gpt-who"}, "model"),
    ({"path": "stats.py", "model": "replay:missing.json"}, "model"),
    ({"path": "stats.py", "feedbackCommand": 7}, "feedbackCommand"),
    ({"path": "stats.py", "symbol": "mean"}, "symbol"),
    ({"path": "nowhere.py"}, "path"),
    ({"uri": "https://example.com/stats.py"}, "uri"),
]


async def test_bad_params_name_the_field(vscode: LanguageClient):
    for params, field_name in BAD_PARAMS:  # one daemon for all cases: each is a quick refusal
        with pytest.raises(JsonRpcInvalidParams) as info:
            await request(vscode, "trainer/optimize", params)
        assert info.value.code == -32602, params
        assert f"'{field_name}'" in info.value.message, (params, info.value.message)
    with pytest.raises(JsonRpcInvalidParams) as info:
        await vscode.workspace_execute_command_async(
            types.ExecuteCommandParams(command="trainer.optimize", arguments=[])
        )
    assert "expected one argument" in info.value.message


async def test_cancel_and_answer_need_a_run(vscode: LanguageClient, reviewed: Path):
    with pytest.raises(JsonRpcInvalidParams) as info:
        await request(vscode, "trainer/cancel", {"runId": "run-nope"})
    assert "runId" in info.value.message
    with pytest.raises(JsonRpcInvalidParams) as info:
        await request(vscode, "trainer/answerFollowup", {"runId": "run-x", "answer": "a", "file": "b"})
    assert "answer" in info.value.message and "file" in info.value.message
    with pytest.raises(JsonRpcInvalidParams) as info:  # nothing waits for an answer in this workspace
        await request(
            vscode, "trainer/answerFollowup", {"path": "stats.py", "symbol": "median", "answer": "{}"}
        )
    assert "no run waiting" in info.value.message


async def test_show_workspace_command(vscode: LanguageClient, project: Path):
    result = await vscode.workspace_execute_command_async(
        types.ExecuteCommandParams(
            command="trainer.showWorkspace", arguments=[{"path": "stats.py", "symbol": "median"}]
        )
    )
    assert field(result, "workspace")["root"] == ".trainer-workspace/stats"
    assert any("Next:" in m.message for m in vscode.messages)


# --- real runs ------------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.timeout(400)
async def test_full_run_from_the_lens_to_the_applied_edit(vscode: LanguageClient, reviewed: Path):
    """The code lens's command starts a run; the editor's model (this client) answers the optimizer;
    the validated winner comes back as a versioned workspace/applyEdit that fixes the bug."""
    target = reviewed / "stats.py"
    original = target.read_text()
    uri = open_document(vscode, target)
    vscode.completions.append(replay_answer(reviewed))
    lenses = await raw_request(
        vscode,
        types.TEXT_DOCUMENT_CODE_LENS,
        types.CodeLensParams(text_document=types.TextDocumentIdentifier(uri=uri)),
    )
    lens = next(lens for lens in lenses if (lens.get("command") or {}).get("command") == "trainer.optimize")
    assert lens["command"]["arguments"] == [{"uri": uri, "symbol": "median"}]
    started = await vscode.workspace_execute_command_async(
        types.ExecuteCommandParams(command="trainer.optimize", arguments=lens["command"]["arguments"])
    )
    run_id = started["runId"]
    assert started["state"] == "running" and started["progressToken"] and started["model"] == "editor"
    final = await wait_for_state(vscode, run_id, FINAL, timeout=150)
    assert final["state"] == "written_back", final
    # the optimizer's prompt went to the editor's model, as chat messages wanting JSON
    [asked] = vscode.complete_requests
    assert asked["runId"] == run_id and asked["json"] is True
    assert "median" in json.dumps(asked["messages"])
    states = states_of(vscode, run_id)
    assert states.index("candidate_ready") < states.index("validated") < states.index("written_back")
    # the diff preview names the winner's file and the original it was made from
    candidate = final["candidate"]
    assert FIX in Path(candidate["candidateFile"]).read_text()
    assert Path(candidate["snapshotFile"]).read_text() == original
    # write-back went to the editor as an undoable edit of the open version; the disk is untouched
    [applied] = vscode.applied_edits
    [doc_edit] = applied.edit.document_changes
    assert doc_edit.text_document.uri == uri and doc_edit.text_document.version == 1
    new_text = apply_text_edit(original, doc_edit.edits[0])
    assert FIX in new_text and target.read_text() == original
    target.write_text(new_text)  # the user saves
    assert example_tests_pass(reviewed)
    # progress: begun at once, reported per step with the tests passing, ended with the outcome
    reports = vscode.progress_reports[started["progressToken"]]
    assert reports[0].kind == "begin" and reports[0].cancellable
    assert any("tests passing" in (r.message or "") for r in reports if r.kind == "report")
    assert reports[-1].kind == "end" and "written back" in reports[-1].message
    assert status_of(reviewed)["write_back"]["decision"] == "written"
    assert "workspace/applyEdit" in (reviewed / ".trainer-workspace/stats/decision.md").read_text()


@pytest.mark.slow
@pytest.mark.timeout(400)
async def test_editor_model_refused_becomes_manual_followup_then_answer_meets_unsaved_changes(
    neovim: LanguageClient, reviewed: Path
):
    """A client without trainerComplete turns the editor model into a manual follow-up; the answer
    (a file) continues the run over LSP; the winner is not written over unsaved changes."""
    target = reviewed / "stats.py"
    original = target.read_text()
    started = await request(neovim, "trainer/optimize", {"path": "stats.py", "symbol": "median"})
    run_id = started.runId
    paused = await wait_for_state(neovim, run_id, FINAL | {"followup_needed"}, timeout=150)
    assert paused["state"] == "followup_needed", paused
    assert neovim.complete_requests == []  # never asked: the capability was not declared
    followup = paused["followup"]
    # one update says the run waits, and it carries the follow-up (issue 20, bug 1: a second one with
    # empty follow-up fields replaced the prompt in the client)
    waiting = [u for u in neovim.run_updates if u["runId"] == run_id and u["state"] == "followup_needed"]
    assert len(waiting) == 1 and all(
        waiting[0]["followup"][k] for k in ("promptFile", "reportFile", "reason")
    )
    assert "trainerComplete" in followup["reason"]
    assert "median" in Path(followup["promptFile"]).read_text()
    assert json.loads(Path(followup["reportFile"]).read_text())["mode"] == "manual_followup"
    assert any("follow-up" in m.message for m in neovim.messages)  # told without custom UI
    # the user edits the target in the editor and does not save
    open_document(neovim, target, text=original + "\n# work in progress\n")
    (reviewed / "answer.json").write_text(replay_answer(reviewed))
    resumed = await neovim.workspace_execute_command_async(
        types.ExecuteCommandParams(
            command="trainer.answerFollowup", arguments=[{"runId": run_id, "file": "answer.json"}]
        )
    )
    assert resumed["runId"] == run_id and resumed["state"] == "running"
    final = await wait_for_state(neovim, run_id, FINAL, timeout=150)
    assert final["state"] == "conflict", final
    assert "unsaved changes" in final["conflict"]["reason"]
    assert FIX in Path(final["conflict"]["candidateFile"]).read_text()
    assert target.read_text() == original and neovim.applied_edits == []
    status = status_of(reviewed)
    assert (
        status["write_back"]["decision"] == "refused" and "unsaved" in status["write_back"]["justification"]
    )


GATE_TEST = """
import time
from pathlib import Path

from stats import median


def test_median_waits_at_the_gate():
    deadline = time.monotonic() + 240  # the test that wrote this kills the worker long before
    while not Path(__file__).with_name("gate").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert median([5]) == 5
"""


@pytest.mark.slow
@pytest.mark.timeout(400)
async def test_side_by_side_runs_cancel_and_a_dying_worker(
    two_folders: LanguageClient, reviewed: Path, second_project: Path
):
    """Two targets run side by side (limit 2): a second run on a busy target and a third target are
    refused; a killed worker fails only its own run; cancelling the progress of the other, which
    waits on the editor's model mid-iteration, stops its worker; trainer/cancel stops a starting run."""
    vscode, second = two_folders, second_project
    (reviewed / "other.py").write_text("def double(x):\n    return x * 2\n")
    # the second run's worker is held inside one of its tests until the test kills it: the kill
    # cannot race the run to its follow-up, however loaded the machine is
    (second / "tests" / "test_gate.py").write_text(GATE_TEST)
    vscode.hold_completions = asyncio.Event()
    one = await request(vscode, "trainer/optimize", {"path": "stats.py", "symbol": "median"})
    two = await request(
        vscode, "trainer/optimize", {"uri": (second / "stats.py").as_uri(), "symbol": "median"}
    )
    with pytest.raises(JsonRpcInvalidParams) as busy:
        await request(vscode, "trainer/optimize", {"path": "stats.py", "symbol": "median"})
    assert "already active" in busy.value.message and one.runId in busy.value.message
    with pytest.raises(JsonRpcInvalidParams) as limit:
        await request(vscode, "trainer/optimize", {"path": "other.py"})
    assert "maxConcurrentRuns" in limit.value.message

    await wait_until(
        vscode,
        lambda: any(
            u["runId"] == two.runId and "test_median_waits_at_the_gate" in str(u) for u in vscode.run_updates
        ),
        timeout=300,
    )
    await wait_until(vscode, lambda: one.runId in {r["runId"] for r in vscode.complete_requests}, timeout=300)
    worker_one = status_of(reviewed)["run"]["worker_pid"]
    worker_two = status_of(second)["run"]["worker_pid"]
    assert pid_alive(worker_one) and pid_alive(worker_two)
    os.kill(worker_two, 9)  # one run's worker dies...
    failed = await wait_for_state(vscode, two.runId, FINAL | {"followup_needed"})
    (second / "tests" / "gate").touch()  # lets the orphaned test process end now
    assert failed["state"] == "failed" and "SIGKILL" in failed["error"], failed
    # ...and the other run, waiting on the model mid-iteration, goes on
    running = await request(vscode, "trainer/resolveWorkspace", {"path": "stats.py", "symbol": "median"})
    assert running.optimization.status == "running" and pid_alive(worker_one)

    vscode.protocol.notify(
        types.WINDOW_WORK_DONE_PROGRESS_CANCEL, types.WorkDoneProgressCancelParams(token=one.progressToken)
    )
    cancelled = await wait_for_state(vscode, one.runId, FINAL | {"followup_needed"})
    assert cancelled["state"] == "cancelled", cancelled
    assert await wait_dead(worker_one)
    assert status_of(reviewed)["run"]["state"] == "cancelled"
    assert vscode.progress_reports[one.progressToken][-1].message == "Cancelled"
    vscode.hold_completions.set()

    # the daemon serves on; a run that is just starting is stopped by trainer/cancel
    again = await request(vscode, "trainer/optimize", {"path": "stats.py", "symbol": "median"})
    stopping = await request(vscode, "trainer/cancel", {"runId": again.runId})
    assert stopping.state == "cancelling"
    stopped = await wait_for_state(vscode, again.runId, FINAL | {"followup_needed"}, timeout=150)
    assert stopped["state"] == "cancelled", stopped
    with pytest.raises(JsonRpcInvalidParams) as nothing:
        await request(vscode, "trainer/cancel", {"runId": again.runId})
    assert "nothing to cancel" in nothing.value.message


@pytest.mark.slow
@pytest.mark.timeout(400)
async def test_sigkill_of_the_daemon_mid_run_then_resume(reviewed: Path):
    """SIGKILL the daemon while step 2 waits on the model: the worker dies with it, a new daemon
    reports the run interrupted at its last completed step, and trainer/optimize resumes it without
    repeating step 1 or losing its artifacts."""
    it = reviewed / ".trainer-workspace/stats/iterations/iteration-1"
    first = await SERVER.start()
    await initialize(first, reviewed, capabilities(), editor_settings(iterations=2))
    first.completions.append(replay_answer(reviewed, "replay-breaks-empty.json"))  # step 1: not good enough
    first.hold_completions = asyncio.Event()  # step 2: the model is slow...
    started = await request(first, "trainer/optimize", {"path": "stats.py", "symbol": "median"})
    await wait_until(first, lambda: len(first.complete_requests) == 2, timeout=150)
    run = status_of(reviewed)["run"]
    assert run["last_completed_step"] == "step-1:evaluated"
    assert run["pid"] != os.getpid() and pid_alive(run["pid"]) and pid_alive(run["worker_pid"])
    step_one = {p: p.stat().st_mtime_ns for p in it.rglob("*") if p.is_file() and "step-1" in str(p)}
    step_one[it / "optimize/baseline/run-1.json"] = (it / "optimize/baseline/run-1.json").stat().st_mtime_ns
    os.kill(run["pid"], 9)  # ...and the daemon is SIGKILLed
    assert await wait_dead(run["worker_pid"])  # its worker went with it
    first.hold_completions.set()
    with contextlib.suppress(Exception):
        await stop(first)

    second = await SERVER.start()
    try:
        await initialize(second, reviewed, capabilities(), editor_settings(iterations=2))
        contract = await request(second, "trainer/resolveWorkspace", {"path": "stats.py", "symbol": "median"})
        assert contract.optimization.status == "interrupted"
        assert contract.optimization.lastCompletedStep == "step-1:evaluated"
        assert "Resume" in contract.nextAction
        second.completions.append(replay_answer(reviewed))  # step 2 gets the real fix
        resumed = await request(second, "trainer/optimize", {"path": "stats.py", "symbol": "median"})
        final = await wait_for_state(second, resumed.runId, FINAL, timeout=150)
        assert final["state"] == "written_back", final
        assert len(second.complete_requests) == 1  # only step 2 was asked: step 1 was not repeated
        assert {p: p.stat().st_mtime_ns for p in step_one} == step_one  # nor its artifacts rewritten
        manifest = json.loads((it / "candidates/candidates.json").read_text())
        assert sorted(manifest["candidates"]) == ["step-1", "step-2"]
        assert not (it.parent / "iteration-2").exists()  # the same iteration went on
        assert final["candidate"]["name"] == "step-2"
        [applied] = second.applied_edits
        assert FIX in applied.edit.document_changes[0].edits[0].new_text
        assert started.runId != resumed.runId
        await shutdown(second)
    finally:
        await stop(second)


@pytest.mark.slow
@pytest.mark.timeout(400)
async def test_cancel_while_a_run_waits_for_its_follow_up(neovim: LanguageClient, reviewed: Path):
    """Issue 20, bug 3: "Cancel Optimization Run" on a run waiting for its follow-up cancels it (it
    said no run was active); the prompt is kept, and optimizing again asks the same step again."""
    started = await request(neovim, "trainer/optimize", {"path": "stats.py", "symbol": "median"})
    paused = await wait_for_state(neovim, started.runId, FINAL | {"followup_needed"}, timeout=150)
    assert paused["state"] == "followup_needed", paused
    cancelled = await neovim.workspace_execute_command_async(
        types.ExecuteCommandParams(command="trainer.cancel", arguments=[{"runId": started.runId}])
    )
    assert cancelled["state"] == "cancelled"
    update = await wait_for_state(neovim, started.runId, {"cancelled"})
    assert update["event"] == "cancelled"
    assert status_of(reviewed)["run"]["state"] == "cancelled"
    with pytest.raises(JsonRpcInvalidParams) as nothing:
        await request(neovim, "trainer/answerFollowup", {"runId": started.runId, "answer": "{}"})
    assert "not waiting" in nothing.value.message or "no run waiting" in nothing.value.message
    again = await request(neovim, "trainer/optimize", {"path": "stats.py", "symbol": "median"})
    resumed = await wait_for_state(neovim, again.runId, FINAL | {"followup_needed"}, timeout=150)
    assert resumed["state"] == "followup_needed" and resumed["followup"]["step"] == 1
    assert resumed["iterationDir"] == "iteration-1"  # the same run went on
