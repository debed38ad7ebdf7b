"""The monitor's faces on real tmux sessions: ``trainerd watch`` / ``monitor SESSION`` / ``sessions``,
acting on a flag (automatic stop when the setting says so) and the ``notifyCommand`` hook."""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from trainerd.monitor import MonitorSettings
from trainerd.training import sessions
from trainerd.training.supervisor import SessionSupervisor
from trainerd.training.watch import SessionEvent

from ..training.conftest import close_backend_sessions

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux (installed by .ci/run)")
TIMEOUT = 60

NAN_RUN = textwrap.dedent("""
    import os, sys, time
    deadline = time.monotonic() + 60
    while "--wait" in sys.argv and not os.path.exists("go") and time.monotonic() < deadline:
        time.sleep(0.02)  # the test says when to start
    for step in range(1, 41):
        loss = float("nan") if step >= 30 else 2.0 / step
        print(f"step {step} | loss {loss:.4f} | lr 1.00e-03", flush=True)
    if "--hang" in sys.argv:
        time.sleep(600)
""").lstrip()


@pytest.fixture
def project(tmp_path: Path):
    root = tmp_path / "proj"
    root.mkdir()
    (root / ".git").mkdir()
    (root / "train.py").write_text(NAN_RUN)
    yield root
    close_backend_sessions(root)


def cli(*args: str, cwd: Path, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "trainerd", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "COLUMNS": "120"},
    )


def launch(project: Path, command: str) -> str:
    name = f"trainer-train-monitor-{uuid.uuid4().hex[:10]}"  # tests of several people share one tmux
    result = sessions.launch(
        command, str(project), root=str(project), backend="tmux", name=name, settle_seconds=0
    )
    return result.session.name


def test_watch_streams_flags_and_the_end_then_sessions_shows_them(project: Path):
    name = launch(project, f"{sys.executable} train.py --wait")
    watch = subprocess.Popen(
        [sys.executable, "-m", "trainerd", "watch", name, "--json", "--root", str(project)],
        cwd=project,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert watch.stdout is not None
    first = json.loads(watch.stdout.readline())
    assert first == {"kind": "watching", "session": name, "state": "running"}
    (project / "go").write_text("")
    lines = [json.loads(line) for line in watch.stdout]
    assert watch.wait(timeout=TIMEOUT) == 0
    kinds = [line["kind"] for line in lines]
    flag = next(line for line in lines if line["kind"] == "flag")
    assert flag["details"]["flag"]["kind"] == "nan_inf" and flag["details"]["actions"] == ["stop"]
    assert "exited" in kinds and kinds[-1] == "metrics"
    metrics = lines[-1]
    assert metrics["state"] == "exited" and [f["kind"] for f in metrics["flags"]] == ["nan_inf"]
    assert metrics["series"]["loss"][0] == [1, 2.0] and metrics["series"]["loss"][-1][1] is None
    # the flag is the session's, for the CLI and the editor alike
    listed = json.loads(cli("sessions", "--json", "--root", str(project), cwd=project).stdout)
    [row] = listed["sessions"]
    assert row["name"] == name and [f["kind"] for f in row["flags"]] == ["nan_inf"]
    table = cli("sessions", "--root", str(project), cwd=project).stdout
    assert "Open flags" in table and "nan_inf" in table


def test_monitor_session_reads_the_current_run_and_its_silence(project: Path):
    name = launch(project, f"{sys.executable} train.py --hang")
    log = sessions.session_dir(project, name) / "output.log"
    deadline = time.monotonic() + TIMEOUT
    while "step 40" not in (log.read_text(errors="replace") if log.exists() else ""):
        assert time.monotonic() < deadline, "the run never printed its last step"
        time.sleep(0.05)
    old = time.time() - 3600  # nothing written for an hour: the run looks hung
    os.utime(log, (old, old))
    run = cli("monitor", name, "--json", "--root", str(project), cwd=project)
    assert run.returncode == 1, run.stderr
    result = json.loads(run.stdout)
    assert {f["kind"] for f in result["flags"]} == {"nan_inf", "silence"}
    silence = next(f for f in result["flags"] if f["kind"] == "silence")
    assert "No output for 60 min (limit 10 min)" in silence["message"]
    assert result["state"] == "running"


def test_auto_stop_on_nan_and_notify_command(project: Path, tmp_path: Path):
    out = tmp_path / "notified.jsonl"
    hook = f"{sys.executable} -c \"import sys; open({str(out)!r}, 'a').write(sys.stdin.read() + chr(10))\""
    settings = MonitorSettings(auto_stop=True, notify_command=hook)
    events: queue.Queue = queue.Queue()
    supervisor = SessionSupervisor([project], settings=lambda: settings, tick_seconds=0.2)
    supervisor.add_listener(lambda obj: events.put(obj) if isinstance(obj, SessionEvent) else None)
    supervisor.start()
    try:
        assert supervisor.ready.wait(TIMEOUT)
        name = launch(project, f"{sys.executable} train.py --hang")
        seen = []
        while not seen or seen[-1].kind not in ("killed", "exited", "lost"):
            seen.append(events.get(timeout=TIMEOUT))
        kinds = [e.kind for e in seen if e.session == name]
        assert "flag" in kinds and kinds[-1] == "killed"
        assert sessions.get_session(project, name).state == "killed"
        deadline = time.monotonic() + TIMEOUT
        while not out.exists() or not out.read_text().strip():
            assert time.monotonic() < deadline, "notifyCommand never ran"
            time.sleep(0.05)
        notified = json.loads(out.read_text().splitlines()[0])
        assert notified["session"] == name and notified["kind"] == "killed"
    finally:
        supervisor.stop()


def test_unknown_session_is_a_usage_error(project: Path):
    run = cli("watch", "trainer-train-nope", "--root", str(project), cwd=project)
    assert run.returncode == 2 and "no training session named" in run.stderr
    run = cli("monitor", "trainer-train-nope", "--root", str(project), cwd=project)
    assert run.returncode == 2 and "no training session named" in run.stderr


def test_monitor_a_recorded_log_from_the_command_line(tmp_path: Path):
    logs = Path(__file__).resolve().parent / "logs"
    run = cli(
        "monitor", str(logs / "hf5_nan.log"), "--source-dir", str(logs / "hf5_nan"), "--json", cwd=tmp_path
    )
    assert run.returncode == 1, run.stderr
    result = json.loads(run.stdout)
    assert [f["kind"] for f in result["flags"]] == ["nan_inf"] and result["metrics"]["loss"] > 0
    table = cli("monitor", str(logs / "hf5_healthy.log"), cwd=tmp_path)
    assert table.returncode == 0 and "0 flags from" in table.stdout


def test_live_view_frame_shows_metrics_chart_flags_and_keys():
    from rich.console import Console

    from trainerd.training.live import render
    from trainerd.training.supervisor import SessionMetrics

    metrics = SessionMetrics(
        name="trainer-train-x",
        state="running",
        series={
            "loss": [[i, 3.0 / i] for i in range(1, 60)],
            "throughput": [[i, 10.0] for i in range(1, 60)],
        },
        units={"throughput": "it/s"},
        flags=[
            {
                "kind": "nan_inf",
                "severity": "error",
                "message": "grad_norm is NaN at step 35",
                "step": 35,
                "line": 36,
            }
        ],
        crash=None,
        log_path="/tmp/x/output.log",
    )
    con = Console(width=120, record=True, color_system=None)
    con.print(render(metrics, [], ["step 59 | loss 0.0508"], 120))
    text = con.export_text()
    assert "trainer-train-x" in text and "running" in text
    assert "loss 0.05085" in text and "throughput 10 it/s" in text
    assert "nan_inf: grad_norm is NaN at step 35" in text
    assert "s: stop the run" in text and "step 59 | loss 0.0508" in text
    assert "█" in text and "step 1 .. 59" in text  # the loss chart was drawn
