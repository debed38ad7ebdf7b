"""``trainerd triage FILE|- [--json]`` and ``trainerd monitor LOG [--json]`` through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import CORPUS


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "trainerd", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def test_triage_file_json():
    proc = cli("triage", str(CORPUS / "real_module_not_found.log"), "--json")
    assert proc.returncode == 1  # errors found
    data = json.loads(proc.stdout)
    root = data["errors"][data["root_cause"]]
    assert root["kind"] == "runtime" and root["category"] == "import_error"
    assert root["frame"]["line"] == 2
    assert root["proposal"]["command"][-1] == "opencv-python"
    assert root["explanation"].startswith("The error is ModuleNotFoundError")


def test_triage_stdin_for_people():
    text = (CORPUS / "torch_mat1_mat2.log").read_text()
    proc = cli("triage", "-", stdin=text)
    assert proc.returncode == 1
    assert "ROOT CAUSE" in proc.stdout and "logic / shape_mismatch" in proc.stdout


def test_triage_clean_log_exits_zero():
    proc = cli("triage", "-", "--json", stdin="step 1 loss 0.5\nstep 2 loss 0.4\n")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["errors"] == []


def test_triage_missing_file_is_a_usage_error(tmp_path):
    proc = cli("triage", str(tmp_path / "nope.log"))
    assert proc.returncode == 2
    assert proc.stderr.startswith("trainerd: error:") and "no such file" in proc.stderr
    proc = cli("triage", str(tmp_path))
    assert proc.returncode == 2 and "is a directory" in proc.stderr


def test_monitor_log_json_and_text():
    log = CORPUS / "monitor" / "hf_nan_early.log"
    proc = cli("monitor", str(log), "--json", "--command", "python train.py --fp16")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    kinds = [f["kind"] for f in data["flags"]]
    assert kinds == ["nan_inf", "pitfall_fp16"]
    assert data["flags"][0]["cites"][0]["line"] == 2
    proc = cli("monitor", str(log))
    assert "nan_inf" in proc.stdout and "log lines 2" in proc.stdout
    proc = cli("monitor", str(log.parent / "missing.log"))
    assert proc.returncode == 2 and "trainerd: error:" in proc.stderr


def crashed_log(project, tmp_path):
    proc = subprocess.run(
        [sys.executable, "train.py"], cwd=project, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode != 0
    log = tmp_path / "output.log"
    log.write_text(proc.stdout + proc.stderr)
    return log


def test_apply_fix_asks_first_and_changes_nothing_unconfirmed(corpus_project, tmp_path):
    project = corpus_project("real_file_not_found_read")
    log = crashed_log(project, tmp_path)
    before = (project / "train.py").read_text()
    proc = cli("apply-fix", str(log), "--cwd", str(project))  # stdin is not a terminal: no confirmation
    assert proc.returncode == 1
    assert "data/train.csv" in proc.stdout and "--yes" in proc.stderr
    assert (project / "train.py").read_text() == before


def test_apply_fix_in_a_session_records_it_and_the_rerun_passes(corpus_project, tmp_path):
    project = corpus_project("real_file_not_found_read")
    session = project / ".trainer-workspace" / "training" / "trainer-train-20260101-000000"
    session.mkdir(parents=True)
    (session / "session.json").write_text(
        json.dumps({"name": session.name, "command": "python train.py", "cwd": str(project)})
    )
    log = crashed_log(project, tmp_path)
    proc = cli("apply-fix", str(log), "--session", session.name, "--root", str(project), "--yes", "--json")
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["ok"] and record["fix"]["kind"] == "closest_path"
    assert json.loads((session / "fixes.json").read_text())["fixes"][0]["signature"] == record["signature"]
    assert 'load("data/train.csv")' in (project / "train.py").read_text()
    rerun = subprocess.run([sys.executable, "train.py"], cwd=project, capture_output=True, timeout=60)
    assert rerun.returncode == 0


def test_apply_fix_without_a_fix_says_so(tmp_path):
    log = tmp_path / "shape.log"
    log.write_text((CORPUS / "real_shape_broadcast.log").read_text())
    proc = cli("apply-fix", str(log), "--yes", "--json")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["applied"] is False
    proc = cli("apply-fix", str(log), "--error", "7", "--yes")
    assert proc.returncode == 2 and "no error 7" in proc.stderr


def replay_file(tmp_path, *responses: str):
    path = tmp_path / "replay.json"
    turns = [{"turn": i + 1, "variables": [], "response": r} for i, r in enumerate(responses)]
    path.write_text(json.dumps({"format": "trainerd-replay", "version": 1, "turns": turns}))
    return path


def test_unknown_gets_the_models_second_opinion_labelled_never_a_fix(tmp_path):
    log = tmp_path / "u.log"
    log.write_text('Traceback (most recent call last):\n  File "x.py", line 2, in f\nFooBarError: odd\n')
    replay = replay_file(
        tmp_path, "Probably the project's own validation; check where FooBarError is raised."
    )
    proc = cli("triage", str(log), "--model", f"replay:{replay}", "--json")
    root = json.loads(proc.stdout)["errors"][0]
    assert root["kind"] == "unknown" and root["proposal"] is None
    assert root["opinion"]["text"].startswith("Probably the project's own validation")
    assert root["opinion"]["label"].startswith("The model's opinion (not checked by trainerd")
    proc = cli("triage", str(log), "--model", f"replay:{replay}")
    assert "The model's opinion" in proc.stdout


def test_a_classified_error_asks_no_model(tmp_path):
    replay = replay_file(tmp_path)  # no answers: asking would fail
    proc = cli("triage", str(CORPUS / "torch_mat1_mat2.log"), "--model", f"replay:{replay}", "--json")
    root = json.loads(proc.stdout)["errors"][0]
    assert root["kind"] == "logic" and root["opinion"] is None


def test_apply_fix_restart_runs_the_corrected_command_in_the_session(tmp_path):
    import shutil

    from tests.training.conftest import close_backend_sessions, wait_until
    from trainerd.training import sessions

    from .fault_cases import FAULTS

    root = tmp_path / "proj"
    shutil.copytree(FAULTS / "nanogpt_style", root)
    (root / ".git").mkdir()
    command = f"{sys.executable} train.py --dataset=tiny_char"
    name = "trainer-train-restart-test"
    try:
        sessions.launch(command, cwd=root, root=root, name=name)
        log = root / ".trainer-workspace" / "training" / name / "output.log"

        def ended() -> bool:
            return sessions.get_session(root, name).state != "running"

        wait_until(ended, timeout=60)
        proc = cli(
            "apply-fix", str(log), "--session", name, "--root", str(root), "--yes", "--restart", "--json"
        )
        assert proc.returncode == 0, proc.stderr
        record = json.loads(proc.stdout)
        assert record["fix"]["kind"] == "command_path"
        assert record["restart_command"].endswith("--dataset=tiny_chars")
        assert record["restarted"]["session"] == name
        wait_until(ended, timeout=60)
        final = sessions.get_session(root, name)
        assert final.exit_code == 0 and final.restarts[-1].command.endswith("--dataset=tiny_chars")
        assert "saved" in log.read_text()
    finally:
        close_backend_sessions(root)
