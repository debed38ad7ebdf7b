"""Finished screen/tmux sessions are closed once their exit code is recorded; the log and the record
stay. (Issue 16; issue 20 bug 9: finished sessions stayed detached and piled up.)"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.training.conftest import wait_until
from trainerd.errors import TrainerError
from trainerd.training import sessions


def backend_has(backend: str, name: str) -> bool:
    if backend == "tmux":
        return subprocess.run(["tmux", "has-session", "-t", f"={name}"], capture_output=True).returncode == 0
    listing = subprocess.run(["screen", "-ls"], capture_output=True, text=True).stdout
    return any(
        line.split("\t")[1].split(".", 1)[-1] == name
        for line in listing.splitlines()
        if line.startswith("\t")
    )


@pytest.mark.parametrize("backend", ["tmux", "screen"])
def test_a_finished_session_is_closed_and_its_log_stays(project: Path, backend: str):
    result = sessions.launch(
        "python3 toy_train.py --steps 3 --exit 4", project, backend=backend, settle_seconds=0
    )
    name = result.session.name
    record = wait_until(lambda: (r := sessions.get_session(project, name)).closed_at is not None and r)
    assert record.status == "exited 4"
    assert not backend_has(backend, name)
    assert "step 2 loss:" in Path(record.log_path).read_text(errors="replace")
    assert (
        json.loads((Path(record.session_dir) / "session.json").read_text())["closed_at"] == record.closed_at
    )
    with pytest.raises(TrainerError, match="is closed: its output is in"):
        sessions.attach_argv(project, name)
    # and it can still be run again in the same session folder
    again = sessions.restart(project, name, command="python3 toy_train.py --steps 2", settle_seconds=0)
    assert again.session.closed_at is None
    final = wait_until(lambda: (r := sessions.get_session(project, name)).closed_at is not None and r)
    assert final.status == "exited 0"


def test_sessions_left_open_by_an_older_trainerd_are_closed_on_the_next_listing(project: Path):
    result = sessions.launch("python3 toy_train.py --steps 1", project, backend="tmux", settle_seconds=0)
    name = result.session.name

    def pane_dead() -> bool:
        out = subprocess.run(
            ["tmux", "list-panes", "-t", f"={name}", "-F", "#{pane_dead}"], capture_output=True, text=True
        )
        return out.stdout.strip() == "1"

    wait_until(pane_dead)  # ended; nothing has read the registry since
    # what an older trainerd left: the end recorded, the tmux session still open, no closed_at
    folder = Path(result.session.session_dir)
    data = json.loads((folder / "session.json").read_text())
    data.update(state="exited", status="exited 0", exit_code=0, ended_at="2026-01-01T00:00:00Z")
    data.pop("closed_at")
    (folder / "session.json").write_text(json.dumps(data))
    [listed] = sessions.list_sessions(project)
    assert listed.closed_at is not None
    assert not backend_has("tmux", name)


def test_a_session_of_the_same_name_from_another_project_is_never_closed(project: Path, tmp_path: Path):
    result = sessions.launch("python3 toy_train.py --steps 1", project, backend="tmux", settle_seconds=0)
    name = result.session.name
    wait_until(lambda: sessions.get_session(project, name).closed_at is not None)
    # the name is free again: another project's launch takes it
    other = subprocess.run(["tmux", "new-session", "-d", "-s", name, "sleep 60"], capture_output=True)
    assert other.returncode == 0
    try:
        folder = Path(result.session.session_dir)
        data = json.loads((folder / "session.json").read_text())
        data.pop("closed_at")
        (folder / "session.json").write_text(json.dumps(data))
        sessions.list_sessions(project)
        sessions.stop(project, name, grace_seconds=1)  # stopping our ended session closes nothing else
        assert backend_has("tmux", name)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", f"={name}"], capture_output=True)


def test_session_logs_have_lf_line_ends_and_keep_progress_redraws(project: Path):
    """Issue 20 bug 9: the terminal's CRLF is not written to output.log; a bar's lone \\r is kept.
    (tmux: its pipe goes through the filter; screen writes its log itself, see the backend's notes.)"""
    backend = "tmux"
    (project / "bar.py").write_text(
        "import sys\nprint('epoch 1', flush=True)\n"
        "for i in range(3):\n    sys.stdout.write(f'\\r{i + 1}/3 |###| 2.5it/s'); sys.stdout.flush()\n"
        "print()\nprint('done', flush=True)\n"
    )
    result = sessions.launch("python3 bar.py", project, backend=backend, settle_seconds=0)
    record = wait_until(lambda: (r := sessions.get_session(project, result.session.name)).closed_at and r)
    data = Path(record.log_path).read_bytes()
    assert b"epoch 1\n" in data and b"done\n" in data
    assert b"\r\n" not in data
    assert b"\r1/3 |###| 2.5it/s\r2/3 |###| 2.5it/s\r3/3 |###| 2.5it/s\n" in data
