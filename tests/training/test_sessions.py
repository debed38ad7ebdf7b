"""Sessions on real screen and tmux: launch a toy training script, read its log, see it end with its
exit code, crash, be stopped, be killed behind our back, be restarted; and bad input."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.training.conftest import screen_quit, wait_until
from trainerd.errors import TrainerError
from trainerd.training import sessions

BACKENDS = ["tmux", "screen"]
PY = "python3"


def _unique() -> str:
    """A suffix no other test (this run's other worker, another run on the machine) uses: screen and
    tmux names are machine-wide, and pytest's tmp folder names repeat across workers."""
    return uuid.uuid4().hex[:10]


def ended(root: Path, name: str):
    record = sessions.get_session(root, name)
    return record if record.state != "running" else None


def log_text(record) -> str:
    return Path(record.log_path).read_text(errors="replace")


@pytest.mark.parametrize("backend", BACKENDS)
def test_launch_logs_metrics_and_records_exit_code(project: Path, backend: str):
    command = f"{PY} toy_train.py --steps 20 --sleep 0.05 --exit 3"
    result = sessions.launch(command, project, backend=backend, settle_seconds=0)
    record = result.session
    assert record.state == "running"
    assert re.fullmatch(r"trainer-train-\d{8}-\d{6}(-\d+)?", record.name)
    assert record.command == command  # exactly as confirmed
    assert record.backend == backend
    assert record.cwd == str(project)
    folder = project / ".trainer-workspace" / "training" / record.name
    assert Path(record.session_dir) == folder and Path(record.log_path) == folder / "output.log"
    on_disk = json.loads((folder / "session.json").read_text())
    assert on_disk["state"] == "running" and on_disk["command"] == command
    attach = "tmux attach -t " if backend == "tmux" else "screen -r "
    assert record.attach_command == attach + record.name

    final = wait_until(lambda: ended(project, record.name))
    text = log_text(final)
    assert "step 0 loss: 2.0000" in text and "step 19 loss:" in text and "done" in text
    assert final.state == "exited"
    assert final.exit_code == 3, final.message
    assert final.status == "exited 3"
    assert json.loads((folder / "session.json").read_text())["status"] == "exited 3"


@pytest.mark.parametrize("backend", BACKENDS)
def test_crash_traceback_lands_in_log(project: Path, backend: str):
    result = sessions.launch(
        f"{PY} toy_train.py --steps 15 --crash", project, backend=backend, settle_seconds=0
    )
    final = wait_until(lambda: ended(project, result.session.name))
    text = log_text(final)
    assert "Traceback (most recent call last):" in text
    assert 'toy_train.py", line' in text
    assert "RuntimeError: shape mismatch in layer1: expected (4, 8), got (8, 4)" in text
    assert final.exit_code == 1, final.message


@pytest.mark.parametrize("backend", BACKENDS)
def test_command_that_exits_at_once_is_reported_with_output_and_code(project: Path, backend: str):
    # the launch watches the command until it ends (bounded: a generous minute for a loaded machine)
    # and says so itself
    result = sessions.launch("echo 'no data at /data/x'; exit 4", project, backend=backend, settle_seconds=60)
    assert result.session.state == "exited"
    assert result.session.exit_code == 4, result.session.message
    assert result.session.status == "exited 4"
    assert "no data at /data/x" in result.output_tail


@pytest.mark.parametrize(
    ("command", "status"),
    [("exit 4", "exited 4"), ("kill -TERM $$", "exited (signal 15)"), ("true", "exited 0")],
)
def test_screen_reports_the_end_of_a_command_that_ends_at_once(project: Path, command: str, status: str):
    """screen used to see the terminal close before the exit status of a command that ended quickly
    ("detached from window", code unknown): the window's terminal is now held from its first instant."""
    result = sessions.launch(command, project, backend="screen", settle_seconds=0)
    final = wait_until(lambda: (r := sessions.get_session(project, result.session.name)).closed_at and r)
    assert final.status == status, final.message


def test_screen_command_gets_default_signal_dispositions(project: Path):
    """The terminal holder runs before the command (then execs it): nothing it ignores leaks into it."""
    command = f"grep SigIgn /proc/self/status; : {_unique()}"
    result = sessions.launch(command, project, backend="screen", settle_seconds=0)
    final = wait_until(lambda: (r := sessions.get_session(project, result.session.name)).closed_at and r)
    [line] = [x for x in log_text(final).splitlines() if x.startswith("SigIgn:")]
    ignored = int(line.split()[1], 16)
    assert not ignored & (1 << (13 - 1)), f"SIGPIPE ignored in the command: {line}"
    # and the holder is gone with the command
    wait_until(lambda: not [c for c in _cmdlines() if "ttyhold" in c and command in c])


def test_screen_command_gets_the_launch_environment_unchanged(project: Path):
    """The terminal holder is Python, which sets LC_CTYPE=C.UTF-8 under a C locale (PEP 538): the
    command still gets the launch's environment, without it (or with the launch's own value)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env["LANG"] = "C"
    command = 'echo "lc=${LC_CTYPE-unset}"'
    result = sessions.launch(command, project, backend="screen", settle_seconds=60, env=env)
    assert "lc=unset" in result.output_tail.splitlines()
    again = sessions.restart(project, result.session.name, settle_seconds=60)  # the recorded environment
    assert "lc=unset" in again.output_tail.splitlines()
    env["LC_CTYPE"] = "C"
    other = sessions.launch(command, project, backend="screen", settle_seconds=60, env=env)
    assert "lc=C" in other.output_tail.splitlines()


def _cmdlines(with_pid: bool = False) -> list[str]:
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                line = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            found.append(f"{proc.name} {line}" if with_pid else line)
    return found


@pytest.mark.parametrize("backend", BACKENDS)
def test_stop_interrupts_then_closes_the_session(project: Path, backend: str):
    result = sessions.launch(
        f"{PY} toy_train.py --steps 100000 --sleep 0.05", project, backend=backend, settle_seconds=0
    )
    name = result.session.name
    wait_until(lambda: "step 2 " in log_text(result.session))
    record = sessions.stop(project, name, grace_seconds=60)  # returns once it ended; a bound only
    assert record.state == "killed"
    assert record.status == "killed"
    assert "interrupted" in record.message
    assert "KeyboardInterrupt" in log_text(record)  # Ctrl-C reached the script, which unwound
    assert not _backend_has(backend, name)
    assert not _alive(result.session.pid)
    again = sessions.list_sessions(project)
    assert [(r.name, r.state) for r in again] == [(name, "killed")]


def test_stop_kills_after_grace_when_interrupt_is_ignored(project: Path):
    result = sessions.launch(
        f"{PY} toy_train.py --steps 100000 --sleep 0.05 --ignore-sigint",
        project,
        backend="tmux",
        settle_seconds=0,
    )
    wait_until(lambda: "step 2 " in log_text(result.session))
    record = sessions.stop(project, result.session.name, grace_seconds=0.5)
    assert record.state == "killed"
    assert "killed after 0.5 s" in record.message
    assert not _alive(result.session.pid)


@pytest.mark.parametrize("backend", BACKENDS)
def test_session_killed_outside_trainerd_is_lost(project: Path, backend: str):
    result = sessions.launch(
        f"{PY} toy_train.py --steps 100000 --sleep 0.05", project, backend=backend, settle_seconds=0
    )
    name = result.session.name
    if backend == "tmux":
        subprocess.run(["tmux", "kill-session", "-t", f"={name}"], check=True)
    else:
        screen_quit(name)
        wait_until(lambda: not _backend_has("screen", name))
    [record] = sessions.list_sessions(project)
    assert record.name == name
    assert record.state == "lost"
    assert "did not stop it" in record.message
    assert json.loads((Path(record.session_dir) / "session.json").read_text())["state"] == "lost"


@pytest.mark.parametrize("backend", BACKENDS)
def test_restart_in_the_same_session_after_a_fix(project: Path, backend: str):
    result = sessions.launch(
        f"{PY} toy_train.py --steps 3 --crash", project, backend=backend, settle_seconds=0
    )
    name = result.session.name
    first = wait_until(lambda: ended(project, name))
    assert first.exit_code == 1, first.message
    size = Path(first.log_path).stat().st_size
    (project / "toy_train.py").write_text(
        (project / "toy_train.py").read_text().replace("if args.crash:", "if False:")
    )
    restarted = sessions.restart(project, name, settle_seconds=0)
    assert restarted.session.name == name
    assert restarted.session.state == "running"
    assert restarted.session.restarts[-1].log_offset == size
    final = wait_until(lambda: ended(project, name))
    assert final.exit_code == 0, final.message
    text = log_text(final)
    assert text.count("training for 3 steps") == 2  # the first run's output is kept, the rerun appended
    assert "done" in text[size:]
    assert len(sessions.list_sessions(project)) == 1


def test_restart_refuses_a_running_session(project: Path):
    result = sessions.launch(f"{PY} toy_train.py --steps 100000", project, backend="tmux", settle_seconds=0)
    with pytest.raises(TrainerError, match="still running") as info:
        sessions.restart(project, result.session.name)
    assert info.value.field == "name"


def test_missing_cwd_is_refused(project: Path):
    with pytest.raises(TrainerError, match="does not exist") as info:
        sessions.launch(f"{PY} toy_train.py", project / "nope", backend="tmux")
    assert info.value.field == "cwd"
    assert not (project / ".trainer-workspace").exists()


def test_empty_command_is_refused(project: Path):
    with pytest.raises(TrainerError) as info:
        sessions.launch("   ", project, backend="tmux")
    assert info.value.field == "command"


@pytest.mark.parametrize("backend", BACKENDS)
def test_name_collision_is_refused(project: Path, backend: str):
    # a name of this test's own: names are machine-wide, and other test runs share the machine
    first = sessions.launch(
        f"{PY} toy_train.py --steps 100000",
        project,
        backend=backend,
        name=f"trainer-train-mine-{_unique()}",
    )
    with pytest.raises(TrainerError, match="name collision") as info:
        sessions.launch(f"{PY} toy_train.py", project, backend=backend, name=first.session.name)
    assert info.value.field == "name"
    # a session of that name started outside trainerd is a collision too
    outside = "trainer-train-outside-" + _unique()
    subprocess.run(["tmux", "new-session", "-d", "-s", outside, "sleep 60"], check=True)
    try:
        with pytest.raises(TrainerError, match="already running"):
            sessions.launch(f"{PY} toy_train.py", project, backend=backend, name=outside)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", f"={outside}"])


def test_automatic_names_never_collide(project: Path):
    a = sessions.launch(f"{PY} toy_train.py --steps 100000", project, backend="tmux", settle_seconds=0)
    b = sessions.launch(f"{PY} toy_train.py --steps 100000", project, backend="tmux", settle_seconds=0)
    assert a.session.name != b.session.name
    assert {r.name for r in sessions.list_sessions(project)} == {a.session.name, b.session.name}


def test_neither_backend_installed(project: Path, monkeypatch, tmp_path: Path):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(TrainerError, match="neither screen nor tmux is installed") as info:
        sessions.launch("python3 toy_train.py", project)
    assert info.value.field == "backend"


def test_unknown_session_name(project: Path):
    with pytest.raises(TrainerError, match="no training session named 'ghost'"):
        sessions.get_session(project, "ghost")


def test_damaged_record_is_reported_not_overwritten(project: Path):
    folder = project / ".trainer-workspace" / "training" / "trainer-train-broken"
    folder.mkdir(parents=True)
    (folder / "session.json").write_text("{not json")
    assert sessions.list_sessions(project) == []
    with pytest.raises(TrainerError, match="cannot read"):
        sessions.get_session(project, "trainer-train-broken")
    assert (folder / "session.json").read_text() == "{not json"


def _backend_has(backend: str, name: str) -> bool:
    from trainerd.training import backends

    return backends.get(backend).exists(name)


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as fh:
        return fh.read().rsplit(")", 1)[-1].split()[0] != "Z"


@pytest.mark.parametrize("backend", BACKENDS)
def test_command_gets_the_launchers_environment_unchanged(project: Path, backend: str, monkeypatch):
    # a tmux server started earlier holds an older environment: the command must still see ours
    holder = f"env-holder-{_unique()}"
    subprocess.run(["tmux", "new-session", "-d", "-s", holder, "sleep 30"])
    try:
        monkeypatch.setenv("TRAINERD_TEST_MARKER", "from the launcher")
        command = (
            f"{PY} -c \"import os; print('marker=' + os.environ.get('TRAINERD_TEST_MARKER', 'missing'))\""
        )
        result = sessions.launch(command, project, backend=backend, settle_seconds=0)
        wait_until(lambda: "marker=" in log_text(result.session))
        assert "marker=from the launcher" in log_text(result.session)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", f"={holder}"])


def test_a_stop_from_another_process_is_recorded_as_killed(project: Path):
    """The daemon's watcher and a CLI stop race: the stop intent on disk makes the end 'killed'."""
    result = sessions.launch(
        f"{PY} toy_train.py --steps 100000 --sleep 0.05", project, backend="tmux", settle_seconds=0
    )
    name = result.session.name
    wait_until(lambda: "step 1 " in log_text(result.session))
    stopper = subprocess.Popen(
        ["trainerd", "stop", name, "--root", str(project), "--grace", "60"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    seen = set()
    while stopper.poll() is None:  # a concurrent reader reconciling the whole time
        seen.add(sessions.get_session(project, name).state)
    assert stopper.returncode == 0, stopper.stderr.read()
    assert seen <= {"running", "killed"}
    assert sessions.get_session(project, name).state == "killed"


def test_auto_backend_is_screen_then_tmux(project: Path, monkeypatch, tmp_path: Path):
    result = sessions.launch(f"{PY} toy_train.py --steps 100000", project, settle_seconds=0)
    assert result.session.backend == "screen"  # both are installed: screen, as the trainer skills launch
    assert result.session.attach_command == f"screen -r {result.session.name}"
    only_tmux = tmp_path / "only-tmux"
    only_tmux.mkdir()
    (only_tmux / "tmux").symlink_to(shutil.which("tmux"))
    (only_tmux / "python3").symlink_to(sys.executable)
    monkeypatch.setenv("PATH", str(only_tmux))
    fallback = sessions.launch(f"{PY} toy_train.py --steps 100000", project, settle_seconds=0)
    assert fallback.session.backend == "tmux"


@pytest.mark.parametrize("backend", BACKENDS)
def test_project_path_with_spaces_hash_and_dollar(tmp_path: Path, backend: str):
    root = tmp_path / "my proj #1 $HOME"
    root.mkdir()
    (root / ".git").mkdir()
    shutil.copy(Path(__file__).parent / "fixtures" / "toy_train.py", root / "toy_train.py")
    try:
        result = sessions.launch(
            f"{PY} toy_train.py --steps 3 --exit 6", root, backend=backend, settle_seconds=0
        )
        assert result.session.session_dir.startswith(str(root))
        final = wait_until(lambda: ended(root, result.session.name))
        assert final.status == "exited 6"
        assert "step 2 loss:" in log_text(final)
        # and, finished, its screen/tmux session is closed (it is recognised as this record's)
        wait_until(lambda: sessions.get_session(root, result.session.name).closed_at)
        assert not _backend_has(backend, result.session.name)
    finally:
        from tests.training.conftest import close_backend_sessions

        close_backend_sessions(root)


def test_sessions_live_at_the_project_root_whatever_the_cwd(project: Path):
    sub = project / "src" / "pkg"
    (sub / ".trainer-workspace" / "model").mkdir(parents=True)  # an optimization workspace, deeper down
    result = sessions.launch(f"{PY} -c 'print(1)'", sub, backend="tmux", settle_seconds=0)
    assert result.session.root == str(project)
    assert result.session.cwd == str(sub)
    assert sessions.find_root(sub) == project


def test_listing_survives_a_backend_that_is_gone(project: Path, monkeypatch, tmp_path: Path):
    result = sessions.launch(f"{PY} toy_train.py --steps 100000", project, backend="screen", settle_seconds=0)
    empty = tmp_path / "no-tools"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # screen uninstalled since the launch
    [record] = sessions.list_sessions(project)
    assert (record.name, record.state) == (result.session.name, "running")  # as last recorded
    with pytest.raises(TrainerError, match="screen is not installed"):
        sessions.stop(project, result.session.name, grace_seconds=1)


def test_root_rule_a_window_on_a_sub_folder_is_the_boundary(tmp_path: Path):
    """A window opened on a sub-folder of a git repository keeps its sessions inside that folder;
    without a window the nearest registry, then the nearest project marker, decides."""
    from trainerd.training.service import resolve_root

    repo = tmp_path / "repo"
    window = repo / "experiments" / "vision"
    deeper = window / "runs" / "a"
    deeper.mkdir(parents=True)
    (repo / ".git").mkdir()
    assert resolve_root(deeper, [window]) == window  # the editor: the window folder
    assert resolve_root(window, [tmp_path / "elsewhere", window]) == window
    assert resolve_root(deeper) == repo  # the CLI with no registry yet: the git root
    (window / ".trainer-workspace" / "training").mkdir(parents=True)
    assert resolve_root(deeper) == window  # ... and once the editor made one there, that registry
    outside = tmp_path / "scratch"
    outside.mkdir()
    assert resolve_root(outside, [window]) == outside  # no window holds it, no marker: itself


def test_closing_a_screen_session_never_closes_a_longer_named_one(project: Path):
    """`screen -S NAME` also matches NAME-2 (another project's session of the next second): closing a
    session that is already gone must leave that one running."""
    from trainerd.training import backends

    name = f"trainer-train-close-{_unique()}"
    subprocess.run(["screen", "-dmS", f"{name}-2", "sleep", "120"], check=True)
    try:
        backends.ScreenBackend().close(name)
        assert _backend_has("screen", f"{name}-2")
    finally:
        screen_quit(f"{name}-2")


def test_concurrent_launches_in_several_projects_take_distinct_names(tmp_path: Path):
    """Session names are machine-wide and default to the launch second: launches at the same moment
    from several projects (windows, CLIs) each get a name of their own, one screen session each."""
    from concurrent.futures import ThreadPoolExecutor

    roots = []
    for i in range(3):
        root = tmp_path / f"p{i}"
        (root / ".git").mkdir(parents=True)
        roots.append(root)

    def launch_two(root: Path) -> list[str]:
        return [
            sessions.launch("sleep 60", root, backend="screen", settle_seconds=0).session.name
            for _ in range(2)
        ]

    try:
        with ThreadPoolExecutor(3) as pool:
            names = [n for pair in pool.map(launch_two, roots) for n in pair]
        assert len(set(names)) == 6
        listing = subprocess.run(["screen", "-ls"], capture_output=True, text=True).stdout
        for name in names:
            assert len(re.findall(rf"\d+\.{re.escape(name)}\s", listing)) == 1, listing
    finally:
        from tests.training.conftest import close_backend_sessions

        for root in roots:
            close_backend_sessions(root)


def test_tmux_log_filter_not_yet_started_is_not_taken_for_drained(project: Path, tmp_path: Path):
    """A command that ends at once can have its pane die before tmux has started the log filter (on a
    busy machine): no filter process then means "not yet", not "done", until the filter has run."""
    from trainerd.training import backends
    from trainerd.training.backends import base

    session_dir = tmp_path / "session"
    session_dir.mkdir()
    # an older trainerd's filter script (a session restarted after an upgrade) is replaced by one that leaves the mark
    (session_dir / base.LOG_FILTER_FILE).write_text("while (<STDIN>) { print; }\n")
    base.log_filter(session_dir / "output.log", session_dir)  # writes the filter script, starts nothing
    assert "$ARGV[0]" in (session_dir / base.LOG_FILTER_FILE).read_text()
    assert not backends.filter_drained(session_dir)
    (session_dir / base.LOG_FILTER_STARTED_FILE).touch()  # what the filter writes once it runs
    assert backends.filter_drained(session_dir)
    # a real session's filter leaves the mark
    result = sessions.launch("echo 'marked'; exit 3", project, backend="tmux", settle_seconds=60)
    assert (Path(result.session.session_dir) / base.LOG_FILTER_STARTED_FILE).is_file()
    assert result.session.exit_code == 3 and "marked" in result.output_tail


def test_tmux_end_is_recorded_once_the_last_output_is_in_the_log(project: Path, monkeypatch):
    """tmux marks the pane dead before its log filter has written the last output (a traceback) on a
    busy machine: the session says "exited" only once that output is in the log."""
    import signal

    from trainerd.training.backends import tmux

    monkeypatch.setattr(tmux, "OUTPUT_COPY_WAIT_SECONDS", 3600.0)  # the bound is not what is tested here
    command = "while [ ! -e go ]; do sleep 0.05; done; echo 'last words'; exit 5"
    result = sessions.launch(command, project, backend="tmux", settle_seconds=0)
    name = result.session.name
    script = str(Path(result.session.session_dir) / "logfilter.pl")
    # the filter itself (argv[0] perl), not the shell tmux starts it from (it execs perl)
    [filter_pid] = wait_until(
        lambda: [
            int(c.split()[0]) for c in _cmdlines(with_pid=True) if c.split()[1:2] == ["perl"] and script in c
        ]
    )
    os.kill(filter_pid, signal.SIGSTOP)  # the filter is not scheduled: the output waits in its pipe
    try:
        (project / "go").touch()
        wait_until(lambda: tmux.TmuxBackend()._panes(name)[0][:1] == ["1"])  # the pane is dead
        assert sessions.get_session(project, name).state == "running"  # its last words are not logged yet
    finally:
        os.kill(filter_pid, signal.SIGCONT)
    final = wait_until(lambda: ended(project, name))
    assert final.exit_code == 5, final.message
    assert "last words" in sessions.output_tail(final)
