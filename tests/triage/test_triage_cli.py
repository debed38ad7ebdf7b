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
    text = (CORPUS / "real_shape_broadcast.log").read_text()
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
