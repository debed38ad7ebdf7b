"""Training sessions: launch the confirmed command in screen/tmux or as a Slurm job, keep a registry on
disk, control it.

Each session has a folder ``<root>/.trainer-workspace/training/<name>/`` holding ``session.json``
(this module's, written atomically under the folder's lock), ``output.log`` (appended by screen /
tmux, never by trainerd), and files other parts add (``events.jsonl``, ``fixes.json`` by the monitor;
``exit-status`` by the tmux hook; ``screenrc``; ``job-N.sbatch`` for Slurm). The registry is the set
of these folders, so it survives a daemon restart; the live state is read from the backend (screen,
tmux, the Slurm cluster) and reconciled on every read: a session that vanished without trainerd
stopping it becomes ``lost``. A Slurm job is ``pending`` until the cluster starts it.

(About 700 lines: the record, its reconciliation, launch, stop and restart for the three backends
read best together; closing finished sessions is in :mod:`.closing`, the launch environment in
:mod:`.environment`, the wait for a run's first sign of life in :mod:`.firstsign`.)
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shlex
import shutil
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import attrs

from trainerd.data import converter
from trainerd.errors import TrainerError
from trainerd.project import layout
from trainerd.project.clock import utc_now
from trainerd.project.confine import refuse_linked_workspace
from trainerd.training import backends
from trainerd.training.environment import SessionEnvironment
from trainerd.training.slurm import END_WORDS, SlurmJob, SubmitOptions
from trainerd.workspace.files import atomic_write_json, locked

TRAINING_DIR = Path(layout.WORKSPACE_DIRNAME) / layout.TRAINING_DIRNAME
SESSION_FILE = layout.SESSION_FILE
LOG_FILE = layout.LOG_FILE
NAME_PREFIX = layout.SESSION_NAME_PREFIX
# \Z, not $: "$" also matches before a final newline ("name\n" would pass)
_NAME_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}\Z")
STATES = ("pending", "running", "exited", "killed", "lost")


@attrs.define
class Restart:
    """One restart in the same session: when, with which command, and where the log stood."""

    at: str
    command: str
    log_offset: int
    job_id: str | None = None  # the Slurm job this run became


@attrs.define
class SessionRecord:
    """``session.json``: one training session. ``status`` is the state as a person reads it."""

    name: str
    command: str
    cwd: str
    backend: str
    root: str
    session_dir: str
    log_path: str
    started_at: str
    state: str = "running"  # pending (Slurm: queued) | running | exited | killed | lost
    status: str = (
        "running"  # "running", "exited 0", "exited (code unknown)", "killed", "lost", "pending (Resources)"
    )
    exit_code: int | None = None
    signal: int | None = None
    ended_at: str | None = None
    pid: int | None = None
    attach_command: str = ""
    message: str = ""
    restarts: list[Restart] = attrs.Factory(list)
    stop_requested_at: str | None = None  # set before the interrupt: the end that follows is "killed"
    job: SlurmJob | None = None  # the Slurm job of the latest run (backend "slurm")
    # the interpreter, PATH, virtualenv/conda env and variables the command got: restart and fixes
    # run in exactly this (None in records from before it was kept)
    environment: SessionEnvironment | None = None
    closed_at: str | None = None  # when trainerd closed the ended screen/tmux session (log and record stay)
    schema_version: int = 1

    @property
    def log_offset(self) -> int:
        return self.restarts[-1].log_offset if self.restarts else 0


@attrs.define
class LaunchResult:
    """What ``launch``/``restart`` return: the session, its first output and how long confirmation took."""

    session: SessionRecord
    output_tail: str
    confirmed_ms: float
    # how the first seconds went (trainerd.training.firstsign.FirstSign), when the caller waited for them
    first_sign: object | None = None


@attrs.define
class Transition:
    """A state change found while reconciling (the daemon turns it into ``trainer/sessionEvent``)."""

    session: SessionRecord
    kind: str  # started | running (a Slurm job left the queue) | pending | exited | killed | lost


def training_dir(root: Path) -> Path:
    return layout.training_dir(Path(root))


def session_dir(root: Path, name: str) -> Path:
    return training_dir(root) / name


def _status_text(record: SessionRecord) -> str:
    job = record.job
    if record.state == "pending":
        return f"pending ({job.reason})" if job and job.reason else "pending"
    if record.state == "running" and job and job.nodes:
        return f"running on {job.nodes}"
    if record.state == "exited" and job and job.state in END_WORDS:
        return END_WORDS[job.state]
    if record.state == "exited":
        if record.exit_code is not None:
            return f"exited {record.exit_code}"
        if record.signal is not None:
            return f"exited (signal {record.signal})"
        return "exited (code unknown)"
    return record.state


def _save(record: SessionRecord) -> None:
    record.status = _status_text(record)
    atomic_write_json(Path(record.session_dir) / SESSION_FILE, converter.unstructure(record))


def _load(path: Path) -> SessionRecord:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        record = converter.structure(data, SessionRecord)
        record.session_dir = str(path.parent)  # where the record is, whatever it says (it may be forged)
        return record
    except (OSError, ValueError) as exc:
        raise TrainerError(f"cannot read {path}: {exc}") from None
    except Exception as exc:  # cattrs: a field with the wrong type
        raise TrainerError(f"{path} is not a valid session record: {exc}") from None


def _tail(path: Path, offset: int = 0, max_bytes: int = 8192) -> str:
    try:
        with open(path, "rb") as fh:
            size = fh.seek(0, os.SEEK_END)
            fh.seek(max(offset, size - max_bytes))
            return fh.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def output_tail(record: SessionRecord, max_bytes: int = 8192) -> str:
    """The end of the command's output since its last (re)start, terminal line ends normalised and
    screen's own "=== Command terminated ... ===" line left out (it is screen's, not the command's)."""
    text = _tail(Path(record.log_path), record.log_offset, max_bytes).replace("\r\n", "\n")
    if record.backend == "screen":
        text = re.sub(r"\n*\r?=== Command [^\n]*===\s*$", "\n", text)
    return text


# --- reconcile ----------------------------------------------------------------------------------
def _apply_probe(record: SessionRecord, probe: backends.Probe) -> str | None:
    """Update ``record`` from the backend's view; return the transition kind, if any."""
    if record.state == "exited" and record.exit_code is None and record.signal is None and probe.exit_known:
        record.exit_code, record.signal = probe.exit_code, probe.signal  # reported late: fill it in
        record.message = f"{_status_text(record)}; the log is {record.log_path}"
        return None
    if record.state not in ("running", "pending") or probe.pending:
        return None
    if record.job is not None and probe.job is not None:
        record.job.update(probe.job)
    if probe.queued:  # waiting for the cluster (again, when Slurm requeued it)
        if record.job is not None:
            record.message = backends.pending_message(record.job, probe.reason)
        if record.state == "pending":
            return None
        record.state = "pending"
        return "pending"
    if probe.alive:
        if probe.pid and probe.pid != record.pid:
            record.pid = probe.pid
        if record.state == "pending":
            record.state = "running"
            record.message = f"running on {probe.where}" if probe.where else "running"
            return "running"
        return None
    if record.stop_requested_at or probe.cancelled:  # stopped by trainerd, or cancelled on the cluster
        record.state = "killed"
        record.exit_code, record.signal = probe.exit_code, probe.signal
        record.ended_at = utc_now()
        record.message = (
            "stopped by trainerd" if record.stop_requested_at else "cancelled on the cluster, not by trainerd"
        )
        return "killed"
    if probe.exists or probe.exit_known:
        record.state = "exited"
        record.exit_code = probe.exit_code
        record.signal = probe.signal
        record.ended_at = utc_now()
        if probe.exit_known:
            how = _status_text(record)
            record.message = f"{how}; the log is {record.log_path}"
        else:
            record.message = (
                f"the command ended but {record.backend} did not report its exit code"
                " (use the tmux backend to have it recorded every time)"
            )
        return "exited"
    record.state = "lost"
    record.ended_at = utc_now()
    record.message = probe.reason or (
        f"the {record.backend} session {record.name} is gone and trainerd did not stop it"
        " (killed outside trainerd, or the machine restarted)"
    )
    return "lost"


LATE_EXIT_CODE_SECONDS = 60  # how long an ended session's unknown exit code is asked for again


def _unsettled(record: SessionRecord) -> bool:
    if record.state in ("running", "pending"):
        return True
    if record.state != "exited" or record.exit_code is not None or record.signal is not None:
        return False
    try:  # screen may still report the code a moment later; stop asking after a minute
        ended = datetime.strptime(record.ended_at or "", "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return False
    return (datetime.now(UTC) - ended).total_seconds() < LATE_EXIT_CODE_SECONDS


def reconcile(record: SessionRecord, probe: backends.Probe | None = None) -> Transition | None:
    """Read the live state of a running session (or one whose exit code is still unknown) and
    persist any change (``probe``: the backend's answer, when already asked)."""
    if not _unsettled(record):
        return None
    if probe is None:
        probe = backends.get(record.backend).probe(record)
        if (
            record.backend in ("screen", "tmux")
            and record.state == "running"
            and not (probe.exists or probe.exit_known)
        ):
            # "gone" is final (lost): ask once more before saying it — a busy machine can make
            # screen -ls miss a live session for a moment
            time.sleep(0.2)
            probe = backends.get(record.backend).probe(record)
    with locked(Path(record.session_dir)):
        current = _load(Path(record.session_dir) / SESSION_FILE)
        if not _unsettled(current):  # someone else (stop, another process) got there first
            attrs_copy(current, record)
            return None
        if len(current.restarts) != len(record.restarts):  # restarted since we probed: ask again later
            attrs_copy(current, record)
            return None
        before = attrs.asdict(current)
        kind = _apply_probe(current, probe)
        if attrs.asdict(current) == before:
            return None
        _save(current)
    attrs_copy(current, record)
    from trainerd.training.closing import close_finished

    close_finished(record)
    return Transition(record, kind) if kind else None


def attrs_copy(source: SessionRecord, dest: SessionRecord) -> None:
    for field in attrs.fields(SessionRecord):
        setattr(dest, field.name, getattr(source, field.name))


def _records(root: Path) -> list[SessionRecord]:
    base = training_dir(root)
    if not base.is_dir():
        return []
    found = []
    for folder in sorted(base.iterdir()):
        file = folder / SESSION_FILE
        if file.is_file():
            try:
                found.append(_load(file))
            except TrainerError:
                continue  # a damaged record is reported by get_session, never overwritten here
    found.sort(key=lambda r: r.started_at, reverse=True)
    return found


def list_sessions_with_changes(root: Path) -> tuple[list[SessionRecord], list[Transition]]:
    """Every session under ``root`` reconciled with its backend, newest first, and what changed
    (each backend is asked once for all its sessions: one ``squeue`` for every Slurm job)."""
    records = _records(Path(root))
    probes: dict[str, backends.Probe] = {}
    silent: set[str] = set()
    for name in {r.backend for r in records if _unsettled(r)}:
        group = [r for r in records if r.backend == name and _unsettled(r)]
        try:
            probes.update(backends.get(name).probe_all(list(group)))
        except (TrainerError, OSError):
            silent.add(name)  # its backend is gone or does not answer: shown as last recorded
    changes = []
    for record in records:
        if record.backend in silent:
            continue
        try:
            change = reconcile(record, probes.get(record.session_dir))
        except (TrainerError, OSError):
            continue  # its backend is gone or its folder unreadable: shown as last recorded
        if change:
            changes.append(change)
        else:
            _close_ended(record)
    return records, changes


def _close_ended(record: SessionRecord) -> None:
    """Close the screen/tmux session of a run that ended earlier but is still open: it ended before
    trainerd closed sessions, or closing had to wait then (screen still copying its last output)."""
    if record.closed_at is None and record.backend in ("screen", "tmux") and not _unsettled(record):
        from trainerd.training.closing import close_finished

        close_finished(record)


def list_sessions(root: Path) -> list[SessionRecord]:
    """Every session under ``root``, newest first, with its live state."""
    return list_sessions_with_changes(root)[0]


def get_session(root: Path, name: str) -> SessionRecord:
    """One session, reconciled; ``TrainerError`` naming ``name`` when it does not exist."""
    return get_session_with_change(root, name)[0]


def get_session_with_change(root: Path, name: str) -> tuple[SessionRecord, Transition | None]:
    """:func:`get_session` plus the state change reconciling found, if any."""
    file = session_dir(Path(root), name) / SESSION_FILE
    if not _NAME_OK.match(name or "") or not file.is_file():
        known = ", ".join(r.name for r in _records(Path(root))) or "none"
        raise TrainerError(
            f"no training session named {name!r} under {Path(root)} (sessions: {known})", field="name"
        )
    record = _load(file)
    change = reconcile(record)
    if change is None:
        _close_ended(record)
    return record, change


# --- launch -------------------------------------------------------------------------------------
def default_name(now: float | None = None) -> str:
    return NAME_PREFIX + time.strftime("%Y%m%d-%H%M%S", time.localtime(now))


@contextlib.contextmanager
def _names_taken_one_at_a_time(backend: backends.Backend) -> Iterator[None]:
    """Hold this user's machine-wide launch lock while a screen/tmux session name is checked and
    taken (screen even starts a second session under a name in use). The lock lives in
    ``$XDG_RUNTIME_DIR`` (else ``~/.cache/trainerd``); a file system without locks launches unlocked."""
    if backend.name not in ("screen", "tmux"):
        yield
        return
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    folder = (
        Path(runtime) / "trainerd"
        if runtime and Path(runtime).is_dir()
        else Path.home() / ".cache" / "trainerd"
    )
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fh = open(folder / "launch.lock", "a+")  # noqa: SIM115 - held across the yield
    except OSError:
        yield
        return
    with fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        except OSError:
            pass  # e.g. NFS without locks: launch as before
        yield


def _check_free(root: Path, name: str, backend: backends.Backend) -> str | None:
    if session_dir(root, name).exists():
        return f"a training session named {name} already exists in {training_dir(root)}"
    for other in backends.BACKENDS.values():
        if other.available() and other().exists(name):
            return f"a {other.name} session named {name} is already running"
    return None


def _wait_confirmed(
    backend: backends.Backend, record: SessionRecord, timeout: float = 12.0
) -> backends.Probe:
    """The backend's first probe that sees the session or how it ended, or the last one after
    ``timeout`` (bounded so that a launch whose session died on its way up still answers in time)."""
    deadline = time.monotonic() + timeout
    while True:
        probe = backend.probe(record)
        if probe.exists or probe.exit_known or time.monotonic() > deadline:
            return probe
        time.sleep(0.005)


def _settle(backend: backends.Backend, record: SessionRecord, settle_seconds: float) -> None:
    """Watch a just-started command for ``settle_seconds``: one that exits at once is reported as such."""
    deadline = time.monotonic() + settle_seconds
    while record.state in ("running", "pending") and time.monotonic() < deadline:
        time.sleep(0.05)
        reconcile(record)
    _await_screen_code(record)


def settle(result: LaunchResult, settle_seconds: float) -> tuple[LaunchResult, list[Transition]]:
    """:func:`launch`/:func:`restart` with ``settle_seconds=0``, then this, outside any lock: watch the
    new command for ``settle_seconds`` so one that exits at once is returned as such. Returns the
    refreshed result and the transitions this call recorded (the caller reports those; a watcher
    that records one first reports it itself: each is reported once)."""
    record = result.session
    changes: list[Transition] = []
    deadline = time.monotonic() + settle_seconds
    while record.state == "running" and time.monotonic() < deadline:
        time.sleep(0.05)
        change = reconcile(record)
        if change is not None:
            changes.append(change)
    _await_screen_code(record)
    return attrs.evolve(result, session=record, output_tail=output_tail(record)), changes


def _await_screen_code(record: SessionRecord) -> None:
    if record.state == "exited" and record.backend == "screen" and record.exit_code is None:
        # screen writes its exit message a moment after the command ends; give it that moment
        end = time.monotonic() + 1.0
        while time.monotonic() < end:
            code, sig, known = backends._screen_exit_from_log(Path(record.session_dir), record.log_offset)
            if known:
                with locked(Path(record.session_dir)):
                    record.exit_code, record.signal = code, sig
                    record.message = f"{_status_text(record)}; the log is {record.log_path}"
                    _save(record)
                break
            time.sleep(0.05)


def launch(
    command: str,
    cwd: str | Path,
    root: str | Path | None = None,
    backend: str | None = None,
    name: str | None = None,
    settle_seconds: float = 1.0,
    slurm: SubmitOptions | None = None,
    env: dict[str, str] | None = None,
) -> LaunchResult:
    """Start ``command`` exactly as given in a new screen/tmux session, or submit it as a Slurm job,
    and register it.

    ``root`` is the project whose ``.trainer-workspace/training/`` holds the session (default: the
    project root above ``cwd``). Waits ``settle_seconds`` so a command that dies at once is returned
    as exited, with its output and exit code. ``slurm``: the job's resources (partition, nodes, …;
    they imply the slurm backend). ``env``: the environment the command runs with (default: this
    process's); it is recorded in ``session.json`` and every restart uses it again.
    """
    if not isinstance(command, str) or not command.strip():
        raise TrainerError("the command is empty: give the exact command line to run", field="command")
    if "\n" in command.strip():
        raise TrainerError("the command must be one line (put several steps in a script)", field="command")
    work = Path(os.path.expanduser(str(cwd)))
    if not work.exists():
        raise TrainerError(f"the working directory {work} does not exist", field="cwd")
    if not work.is_dir():
        raise TrainerError(f"the working directory {work} is not a directory", field="cwd")
    work = work.resolve()
    project = Path(root).resolve() if root else find_root(work)
    chosen = backends.choose(backend, command, slurm)
    # screen/tmux names are machine-wide (another project, another window may launch in the same
    # second): a name is chosen and taken by one launch at a time
    with _names_taken_one_at_a_time(chosen):
        if name is not None:
            if not _NAME_OK.match(name):
                raise TrainerError(
                    f"session name {name!r}: use letters, digits, '-' and '_' (at most 80 characters)",
                    field="name",
                )
            problem = _check_free(project, name, chosen)
            if problem:
                raise TrainerError(f"name collision: {problem}; choose another name", field="name")
        else:
            base = default_name()
            name = base
            counter = 2
            while _check_free(project, name, chosen):  # two launches in one second: suffix, never reuse
                name = f"{base}-{counter}"
                counter += 1
        folder = session_dir(project, name)
        try:
            refuse_linked_workspace(folder)  # a repository-shipped .trainer-workspace link is not followed
            training_dir(project).mkdir(parents=True, exist_ok=True)
            folder.mkdir(mode=0o700, exist_ok=False)  # session.json keeps the launch's environment variables
        except FileExistsError:
            raise TrainerError(f"name collision: {folder} appeared while launching", field="name") from None
        except OSError as exc:
            raise TrainerError(f"cannot create the session folder {folder}: {exc}", field="cwd") from None
        log = folder / LOG_FILE
        log.touch()
        record = SessionRecord(
            name=name,
            command=command,
            cwd=str(work),
            backend=chosen.name,
            root=str(project),
            session_dir=str(folder),
            log_path=str(log),
            started_at=utc_now(),
            message=f"launched in {chosen.name} session {name}",
        )
        record.attach_command = shlex.join(chosen.attach_command(record))
        launch_env = dict(os.environ) if env is None else dict(env)
        chosen.env = launch_env
        started = time.perf_counter()
        # session.json appears only once the backend runs the command: a registry reader (the daemon's
        # watcher, another CLI) must never see a "running" record whose session does not exist yet
        try:
            record.job = chosen.start(name, command, str(work), log, folder)
        except TrainerError:
            shutil.rmtree(folder, ignore_errors=True)  # nothing was launched: leave nothing behind
            raise
        if record.job is not None:
            record.state = "pending"  # until the cluster says it runs
            record.message = f"submitted as Slurm job {record.job.id}"
        record.pid = chosen.find_pid(name)
    probe = _wait_confirmed(chosen, record)
    confirmed_ms = (time.perf_counter() - started) * 1000
    from trainerd.training.environment import capture, command_variables

    record.environment = capture(command, work, launch_env, command_variables(command))
    with locked(folder):
        _apply_probe(record, probe)
        _save(record)
        (folder / SESSION_FILE).chmod(0o600)
    _settle(chosen, record, settle_seconds)
    return LaunchResult(session=record, output_tail=output_tail(record), confirmed_ms=round(confirmed_ms, 1))


def find_root(start: Path) -> Path:
    """The project root of a session run in ``start`` without an editor window (the root rule of
    :mod:`trainerd.training.service`)."""
    from trainerd.training.service import resolve_root

    return resolve_root(start)


# --- control ------------------------------------------------------------------------------------
def stop(root: Path, name: str, grace_seconds: float = 10.0) -> SessionRecord:
    """Interrupt the command (SIGINT to its process group, as Ctrl-C), kill it after
    ``grace_seconds``, close the screen/tmux session (a Slurm job: ``scancel``); state ``killed``
    (or ``exited`` when it had already ended)."""
    record = get_session(root, name)
    backend = backends.get(record.backend)
    if record.state in ("running", "pending"):
        with locked(Path(record.session_dir)):
            current = _load(Path(record.session_dir) / SESSION_FILE)
            current.stop_requested_at = utc_now()
            _save(current)
        record.stop_requested_at = current.stop_requested_at
        stopped = backend.stop(record, grace_seconds)
        with locked(Path(record.session_dir)):
            current = _load(Path(record.session_dir) / SESSION_FILE)
            if current.state in ("running", "pending", "killed"):  # a watcher may have recorded "killed"
                current.state = "killed"
                current.exit_code = stopped.exit_code
                current.signal = stopped.signal
                current.ended_at = current.ended_at or utc_now()
                current.message = stopped.message
                if current.job is not None and stopped.job is not None:
                    current.job.update(stopped.job)
                _save(current)
            record = current
    elif backends.unowned_process(backend, record) is not None:
        # an ended session whose name now belongs to someone else's live process: not ours to close
        return record
    if record.backend not in ("screen", "tmux"):
        backend.close(name)
    elif backend.owns(record):
        from trainerd.training.closing import wait_output_copied

        wait_output_copied(record)  # the command's last words (its KeyboardInterrupt) reach the log
        backend.close(name)
    if record.state not in ("running", "pending") and record.closed_at is None:
        with locked(Path(record.session_dir)):
            current = _load(Path(record.session_dir) / SESSION_FILE)
            current.closed_at = utc_now()
            _save(current)
            record = current
    return record


def restart(root: Path, name: str, command: str | None = None, settle_seconds: float = 1.0) -> LaunchResult:
    """Run the session's command again (or ``command``, e.g. after a fix) in the same session:
    same name, folder and log (appended; ``restarts[-1].log_offset`` marks where it starts)."""
    record = get_session(root, name)
    if record.state in ("running", "pending"):
        what = "running" if record.state == "running" else "queued on the cluster"
        raise TrainerError(
            f"session {name} is still {what}: stop it first (trainerd stop {name})", field="name"
        )
    new_command = command if command is not None else record.command
    if not new_command.strip() or "\n" in new_command.strip():
        raise TrainerError("the command must be one non-empty line", field="command")
    if not Path(record.cwd).is_dir():
        raise TrainerError(f"the working directory {record.cwd} no longer exists", field="cwd")
    backend = backends.get(record.backend)
    if not backend.available():
        raise TrainerError(f"{record.backend} is not installed any more", field="backend")
    folder = Path(record.session_dir)
    log = Path(record.log_path)
    offset = log.stat().st_size if log.exists() else 0
    started = time.perf_counter()
    # the record says "running" only once the new command runs (a reader in between sees the old end)
    from trainerd.training.environment import session_environment

    backend.env = session_environment(record).variables  # exactly the environment it was launched with
    job = backend.restart(record, new_command)
    with locked(folder):
        record = _load(folder / SESSION_FILE)
        record.restarts.append(
            Restart(at=utc_now(), command=new_command, log_offset=offset, job_id=job.id if job else None)
        )
        record.command = new_command
        record.state, record.exit_code, record.signal, record.ended_at = "running", None, None, None
        record.stop_requested_at = None
        record.closed_at = None
        record.pid = backend.find_pid(name)
        record.message = f"restarted in {record.backend} session {name}"
        if job is not None:
            record.job = job
            record.state = "pending"
            record.message = f"resubmitted as Slurm job {job.id}"
        _save(record)
    probe = _wait_confirmed(backend, record)
    confirmed_ms = (time.perf_counter() - started) * 1000
    with locked(folder):
        _apply_probe(record, probe)
        _save(record)
    _settle(backend, record, settle_seconds)
    return LaunchResult(session=record, output_tail=output_tail(record), confirmed_ms=round(confirmed_ms, 1))


def attach_argv(root: Path, name: str) -> list[str]:
    """The terminal command that attaches to the session (``screen -r NAME`` / ``tmux attach -t NAME``;
    a Slurm job: ``tail -F`` of its output)."""
    record = get_session(root, name)
    if record.state in ("killed", "lost"):
        raise TrainerError(f"session {name} is {record.state}: there is nothing to attach to", field="name")
    if record.closed_at is not None:
        raise TrainerError(
            f"session {name} ended ({record.status}) and its {record.backend} session is closed: "
            f"its output is in {record.log_path}",
            field="name",
        )
    return backends.get(record.backend).attach_command(record)


def attach_hints(root: Path, name: str) -> list[str]:
    """Other ways into the session, for a person to read (Slurm: a shell in the job's allocation)."""
    record = get_session(root, name)
    return backends.get(record.backend).attach_hints(record) if record.state in ("running", "pending") else []
