"""The live path: a real process appends to a session's output.log; inotify delivers it; events follow."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import attrs
import pytest

from trainerd.monitor import MonitorSettings
from trainerd.training.supervisor import SessionSupervisor
from trainerd.training.watch import SessionEvent, TriageUpdate

TIMEOUT = 20

FAILING = textwrap.dedent("""
    import sys, time
    for step in range(1, 4):
        print({"loss": 1.0 / step, "grad_norm": float("nan") if step == 3 else 0.5, "epoch": step / 10}, flush=True)
    with open("data/trian.csv") as fh:
        fh.read()
""").lstrip()


def make_session(root: Path, name: str, command: str = "python train.py") -> Path:
    d = root / ".trainer-workspace" / "training" / name
    d.mkdir(parents=True)
    record = {
        "name": name,
        "command": command,
        "cwd": str(root),
        "backend": "tmux",
        "state": "running",
        "log_path": str(d / "output.log"),
        "session_dir": str(d),
        "root": str(root),
        "restarts": [],
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    (d / "session.json").write_text(json.dumps(record))
    return d


def run_into_log(project: Path, session: Path) -> int:
    """Run the project's train.py for real, appending its output to the session's output.log."""
    with open(session / "output.log", "ab") as log:
        return subprocess.run(
            [sys.executable, "train.py"], cwd=project, stdout=log, stderr=subprocess.STDOUT, timeout=60
        ).returncode


class Recorder:
    """The supervisor's one listener: events as the wire carries them, triage updates as given."""

    def __init__(self) -> None:
        self.events: queue.Queue = queue.Queue()
        self.triage: queue.Queue = queue.Queue()

    def __call__(self, obj) -> None:
        if isinstance(obj, SessionEvent):
            self.events.put(json.loads(json.dumps(attrs.asdict(obj), default=str)))
        elif isinstance(obj, TriageUpdate):
            self.triage.put((obj.session, list(obj.results)))

    def wait_event(self, kind: str) -> dict:
        while True:
            event = self.events.get(timeout=TIMEOUT)
            if event["kind"] == kind:
                return event


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "proj"
    (root / "data").mkdir(parents=True)
    (root / "data" / "train.csv").write_text("1,2\n")
    (root / "train.py").write_text(FAILING)
    return root


def start(root: Path, rec: Recorder, registry: bool = False, **settings) -> SessionSupervisor:
    w = SessionSupervisor(
        [root], settings=lambda: MonitorSettings(**settings), tick_seconds=0.1, registry=registry
    )
    w.add_listener(rec)
    w.start()
    assert w.ready.wait(TIMEOUT)
    return w


def test_new_session_real_process_crash_and_flag(project: Path):
    rec = Recorder()
    watcher = start(project, rec)
    try:
        session = make_session(project, "trainer-train-20260101-000001")  # appears after the watcher started
        (session / "output.log").write_text("")
        assert run_into_log(project, session) != 0
        flag = rec.wait_event("flag")
        assert flag["details"]["flag"]["kind"] == "nan_inf" and "grad_norm" in flag["message"]
        crash = rec.wait_event("crash")
        assert set(crash) >= {"session", "kind", "message", "log_path", "session_dir", "details"}
        assert crash["session"] == session.name and crash["session_dir"] == str(session)
        t = crash["details"]["triage"]
        assert t["category"] == "file_not_found" and t["frame"]["line"] == 4
        assert t["log_lines"]["exception"] == len((session / "output.log").read_text().splitlines())
        assert t["proposal"]["kind"] == "closest_path"
        name, results = rec.triage.get(timeout=TIMEOUT)
        assert name == session.name and results[0].root_cause
        kinds = [json.loads(line)["kind"] for line in (session / "events.jsonl").read_text().splitlines()]
        assert kinds == ["flag", "crash"]
    finally:
        watcher.stop()


class LateWatch(SessionSupervisor):
    """A supervisor whose watch on .trainer-workspace lands just after training/<session> was made."""

    session_name = "trainer-train-20260101-000009"

    def _add_watch(self, path: Path, kind: str, mask: int) -> None:
        if kind.startswith("ancestor:") and path.name == ".trainer-workspace" and path not in self._watched:
            root = Path(kind.split(":", 1)[1])
            session = make_session(root, self.session_name)
            assert run_into_log(root, session) != 0
        super()._add_watch(path, kind, mask)


def test_session_made_while_the_watch_is_being_placed_is_still_seen(project: Path):
    """The folders of a new session appear in a burst: one made before its parent is watched is not lost."""
    rec = Recorder()
    watcher = LateWatch([project], settings=lambda: MonitorSettings(), tick_seconds=0.1, registry=False)
    watcher.add_listener(rec)
    watcher.start()
    try:
        assert watcher.ready.wait(TIMEOUT)
        (project / ".trainer-workspace").mkdir()
        crash = rec.wait_event("crash")
        assert crash["session"] == LateWatch.session_name
        assert crash["details"]["triage"]["exception"] == "FileNotFoundError"
    finally:
        watcher.stop()


def test_reattach_on_start_without_repeating_events(project: Path):
    session = make_session(project, "trainer-train-20260101-000002")
    assert run_into_log(project, session) != 0  # the run crashed while no daemon was watching
    rec = Recorder()
    watcher = start(project, rec)
    try:
        assert rec.wait_event("crash")["details"]["triage"]["exception"] == "FileNotFoundError"
    finally:
        watcher.stop()
    lines = (session / "events.jsonl").read_text().splitlines()
    rec2 = Recorder()
    watcher = start(project, rec2)
    try:
        _, results = rec2.triage.get(timeout=TIMEOUT)  # diagnostics come back after a restart...
        assert results and results[0].category == "file_not_found"
        assert rec2.events.empty()  # ...but the events were already sent
        assert (session / "events.jsonl").read_text().splitlines() == lines
    finally:
        watcher.stop()


def test_restart_forgets_the_previous_run(project: Path):
    session = make_session(project, "trainer-train-20260101-000003")
    assert run_into_log(project, session) != 0
    rec = Recorder()
    watcher = start(project, rec)
    try:
        rec.wait_event("crash")
        rec.triage.get(timeout=TIMEOUT)
        (project / "train.py").write_text("print({'loss': 0.5})\n")
        offset = (session / "output.log").stat().st_size
        record = json.loads((session / "session.json").read_text())
        record["restarts"] = [
            {"at": "2026-01-01T00:00:00Z", "command": "python train.py", "log_offset": offset}
        ]
        tmp = session / "session.json.tmp"
        tmp.write_text(json.dumps(record))
        tmp.replace(session / "session.json")  # written atomically, as the training sessions do
        _, results = rec.triage.get(timeout=TIMEOUT)
        assert results == []  # the old crash's diagnostics are cleared
        assert run_into_log(project, session) == 0
    finally:
        watcher.stop()


def test_silence_is_flagged_while_running(project: Path):
    session = make_session(project, "trainer-train-20260101-000004")
    (session / "output.log").write_text("step=1 loss=0.9\n")
    rec = Recorder()
    watcher = start(project, rec, silence_seconds=0.3)
    try:
        flag = rec.wait_event("flag")
        assert flag["details"]["flag"]["kind"] == "silence"
        assert flag["details"]["flag"]["cites"][0]["line"] == 1
    finally:
        watcher.stop()


def test_structured_sources_of_a_live_run(project: Path):
    session = make_session(project, "trainer-train-20260101-000005")
    (session / "output.log").write_text("starting\n")
    rec = Recorder()
    w = SessionSupervisor(
        [project], settings=MonitorSettings, tick_seconds=0.1, structured_seconds=0.1, registry=False
    )
    w.add_listener(rec)
    w.start()
    try:
        assert w.ready.wait(TIMEOUT)
        ckpt = project / "outputs" / "checkpoint-20"
        ckpt.mkdir(parents=True)
        history = [
            {"loss": 1.0, "grad_norm": 0.5, "step": 10},
            {"loss": 0.9, "grad_norm": float("nan"), "step": 20},
        ]
        (ckpt / "trainer_state.json").write_text(json.dumps({"log_history": history}))
        flag = rec.wait_event("flag")["details"]["flag"]
        assert flag["kind"] == "nan_inf" and flag["step"] == 20
        assert flag["cites"][0]["source"].endswith("trainer_state.json") and flag["cites"][0]["entry"] == 1
    finally:
        w.stop()


def test_custom_exception_name_without_error_in_it(project: Path):
    # "BudgetExceeded: ..." has no trigger word: the open traceback itself keeps the triage going
    (project / "train.py").write_text(
        "class BudgetExceeded(Exception):\n    pass\n\n\ndef step():\n    raise BudgetExceeded('run budget used up')\n\n\nstep()\n"
    )
    proc = subprocess.run(
        [sys.executable, "train.py"], cwd=project, capture_output=True, text=True, timeout=60
    )
    *head, last = proc.stderr.splitlines()
    assert last.startswith("BudgetExceeded:")
    session = make_session(project, "trainer-train-20260101-000006")
    (session / "output.log").write_text("")
    rec = Recorder()
    watcher = start(project, rec)
    try:
        with open(session / "output.log", "a") as log:
            log.write("\n".join(head) + "\n")
        state_dir = session.resolve()
        deadline = time.monotonic() + TIMEOUT
        while not (state_dir in watcher.tails and watcher.tails[state_dir].total_lines == len(head)):
            assert time.monotonic() < deadline, "the watcher never read the first part"
            time.sleep(0.01)
        assert rec.events.empty()
        with open(session / "output.log", "a") as log:
            log.write(last + "\n")
        t = rec.wait_event("crash")["details"]["triage"]
        assert t["exception"] == "BudgetExceeded" and t["kind"] == "unknown" and t["frame"]["line"] == 6
    finally:
        watcher.stop()


@pytest.mark.parametrize("stopped_by_trainerd", [True, False])
def test_the_interrupt_of_a_stop_is_not_a_crash(project: Path, stopped_by_trainerd: bool):
    (project / "interrupted.py").write_text("def step():\n    raise KeyboardInterrupt\n\n\nstep()\n")
    session = make_session(project, f"trainer-train-20260101-00001{int(stopped_by_trainerd)}")
    if stopped_by_trainerd:  # `trainerd stop` records its intent before it sends the interrupt
        record = json.loads((session / "session.json").read_text())
        record["stop_requested_at"] = "2026-01-01T00:00:10Z"
        (session / "session.json").write_text(json.dumps(record))
    (session / "output.log").write_text("")
    rec = Recorder()
    watcher = start(project, rec)
    try:
        with open(session / "output.log", "ab") as log:  # a real interrupt's traceback...
            subprocess.run(
                [sys.executable, "interrupted.py"],
                cwd=project,
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=60,
            )
        assert run_into_log(project, session) != 0  # ...then a real crash after it, in the same log
        crashes = []
        while not crashes or crashes[-1]["details"]["triage"]["exception"] != "FileNotFoundError":
            crashes.append(rec.wait_event("crash"))
        exceptions = [c["details"]["triage"]["exception"] for c in crashes]
        expected = (
            ["FileNotFoundError"] if stopped_by_trainerd else ["KeyboardInterrupt", "FileNotFoundError"]
        )
        assert exceptions == expected
    finally:
        watcher.stop()
