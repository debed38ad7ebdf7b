"""The training services the CLI and the language server share (one call per user action).

Root rule (one for sessions, pre-flight and detection; the editor and the CLI alike):

* a relative path in a request is taken against the first workspace folder, never the daemon's cwd;
* in the editor, a session's root (where ``.trainer-workspace/training/`` lives) is the workspace
  folder that contains its ``cwd``: a window opened on a sub-folder of a git repository keeps its
  sessions, its pre-flight and its detection inside that folder, never in the git root above it;
* without a window (the CLI, or a ``cwd`` outside every workspace folder): the nearest folder at or
  above ``cwd`` that already holds a session registry, else the nearest one with a project marker
  (``.git``, ``pyproject.toml``, ``setup.py``, ``setup.cfg``), else ``cwd`` itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from trainerd.errors import TrainerError
from trainerd.project import layout

PROJECT_MARKERS = (".git", "pyproject.toml", "setup.py", "setup.cfg")
REGISTRY = Path(layout.WORKSPACE_DIRNAME) / layout.TRAINING_DIRNAME


def _resolved(paths: Iterable[str | Path]) -> list[Path]:
    return [Path(p).expanduser().resolve() for p in paths]


def against(folders: Sequence[str | Path], given: str | Path) -> Path:
    """``given`` as an absolute path: a relative one is relative to the first workspace folder."""
    path = Path(given).expanduser()
    if path.is_absolute() or not folders:
        return path.resolve()
    return (Path(folders[0]) / path).resolve()


def containing_folder(path: str | Path, folders: Sequence[str | Path]) -> Path | None:
    """The innermost workspace folder that contains ``path`` (or is it)."""
    target = Path(path).expanduser().resolve()
    inside = [f for f in _resolved(folders) if f == target or f in target.parents]
    return max(inside, key=lambda f: len(f.parts)) if inside else None


def resolve_root(cwd: str | Path, folders: Sequence[str | Path] = ()) -> Path:
    """The project root of a session run in ``cwd`` (the rule in this module's docstring)."""
    start = Path(cwd).expanduser().resolve()
    window = containing_folder(start, folders)
    if window is not None:
        return window
    chain = (start, *start.parents)
    for folder in chain:
        if (folder / REGISTRY).is_dir():
            return folder
    for folder in chain:
        if any((folder / marker).exists() for marker in PROJECT_MARKERS):
            return folder
    return start


def request_root(given: str | Path | None, folders: Sequence[str | Path], field: str = "root") -> Path:
    """The folder a request is about: ``given`` (relative to the first folder), else the first folder."""
    if given:
        return against(folders, given)
    if not folders:
        raise TrainerError("required when the client has no workspace folder", field=field)
    return Path(folders[0]).resolve()


def session_root(
    name: str, root: str | Path | None, roots: Sequence[str | Path], folders: Sequence[str | Path] = ()
) -> Path:
    """The root whose registry holds session ``name``: ``root`` when given (relative to the first
    workspace folder), else the first of ``roots`` that has it (else the first root, so the error
    names where it looked)."""
    from trainerd.training import sessions

    if root:
        return against(folders, root)
    candidates = sorted(set(_resolved(roots)))
    for candidate in candidates:
        if (sessions.session_dir(candidate, name) / sessions.SESSION_FILE).is_file():
            return candidate
    if not candidates:
        raise TrainerError("required when the client has no workspace folder", field="root")
    return candidates[0]


# --- detection ----------------------------------------------------------------------------------
def detect_with_preflight(
    root: str | Path | None,
    environment: bool = True,
    command: str | None = None,
    cwd: str | Path | None = None,
    target_metric: str | None = None,
    smoke_test: bool | None = None,
    interpreter: str | None = None,
    folders: Sequence[str | Path] = (),
) -> Any:
    """Detection (and environment facts) of ``root`` (default: the first workspace folder), plus a
    pre-flight for ``command`` when one is given."""
    from trainerd.training import preflight
    from trainerd.training.detect import detect

    result = detect(request_root(root, folders), environment=environment, interpreter=interpreter)
    if command is not None:
        result.preflight = preflight.run(
            command,
            against(folders, cwd) if cwd else result.root,
            target_metric=target_metric,
            smoke_test=smoke_test,
            interpreter=interpreter,
            root=result.root,
            cpu_command=cpu_form(result, command),
        )
    return result


def preflight_for(
    command: str,
    cwd: str | Path,
    root: str | Path,
    target_metric: str | None = None,
    interpreter: str | None = None,
) -> Any:
    """The pre-flight of ``command`` alone (the CLI's launch prompt): detection runs too, without the
    environment probes, only so the docs' CPU form of the command can be offered."""
    from trainerd.training import preflight
    from trainerd.training.detect import detect

    try:
        cpu = cpu_form(detect(root), command)
    except Exception:  # detection is a nicety here: the pre-flight stands without it
        cpu = None
    return preflight.run(
        command, cwd, target_metric=target_metric, interpreter=interpreter, root=root, cpu_command=cpu
    )


def cpu_form(result: Any, command: str) -> str | None:
    """The docs' CPU form of ``command``: a detected row running the same entry that says it runs on
    the CPU (``python train.py … --device=cpu``, ``trainer=cpu``)."""
    from trainerd.training.detect.commands import parse

    parsed = parse(command)
    target = parsed.target if parsed else None
    if not target:
        return None
    for row in result.commands:
        if "runs on CPU" in row.notes and row.entry and row.entry.endswith(target.lstrip("./")):
            return str(row.command)
    return None


# --- sessions -----------------------------------------------------------------------------------
def launch(
    command: str,
    cwd: str | Path | None = None,
    root: str | Path | None = None,
    folders: Sequence[str | Path] = (),
    backend: str | None = None,
    name: str | None = None,
    settle_seconds: float = 1.0,
    slurm: Any = None,
    interpreter: str | None = None,
    wait_seconds: float = 0.0,
) -> Any:
    """Launch ``command`` in ``cwd`` (default: ``root``, else the first workspace folder); the
    session's root is ``root`` when given, else the one the root rule gives. ``slurm``: the
    :class:`trainerd.training.slurm.SubmitOptions` of a Slurm job. ``interpreter``: the editor's
    selected Python: its virtualenv / conda env is activated for the command (its ``bin`` first on
    PATH), as in the editor's terminal, so ``python`` in the command is that interpreter.
    ``wait_seconds``: wait up to this long for the first sign of life and say how it went
    (``result.first_sign``, :mod:`trainerd.training.firstsign`)."""
    import time

    from trainerd.training import sessions
    from trainerd.training.environment import activated

    begin = time.monotonic()
    if cwd:
        work = against(folders, cwd)
    else:
        work = request_root(root, folders, field="cwd")
    project = against(folders, root) if root else resolve_root(work, folders)
    result = sessions.launch(
        command, work, root=project, backend=backend, name=name, settle_seconds=settle_seconds, slurm=slurm,
        env=activated(interpreter) if interpreter else None,
    )  # fmt: skip
    if wait_seconds > 0:
        result.first_sign = wait_first_sign(result.session.root, result.session.name, wait_seconds, begin)
        refresh_launch(result)
    return result


def wait_first_sign(root: str | Path, name: str, wait_seconds: float, started: float | None = None) -> Any:
    """Wait for session ``name``'s first sign of life (a metric or progress line), its end, or
    ``wait_seconds``; a crash comes back triaged (:class:`trainerd.training.firstsign.FirstSign`)."""
    from trainerd.training import firstsign

    return firstsign.wait(Path(root), name, wait_seconds, started)


def refresh_launch(result: Any) -> None:
    """The launch result with the session's state and output as they are after the wait."""
    from trainerd.training import sessions

    result.session = sessions.get_session(Path(result.session.root), result.session.name)
    result.output_tail = sessions.output_tail(result.session)


def restart_session(
    name: str,
    root: str | Path | None = None,
    roots: Sequence[str | Path] = (),
    command: str | None = None,
    settle_seconds: float = 1.0,
    folders: Sequence[str | Path] = (),
    wait_seconds: float = 0.0,
) -> Any:
    """Run session ``name``'s command (or ``command``) again in the same session, in the environment
    it was launched with; ``wait_seconds`` as for :func:`launch`."""
    import time

    from trainerd.training import sessions

    begin = time.monotonic()
    result = sessions.restart(
        session_root(name, root, roots, folders), name, command=command, settle_seconds=settle_seconds
    )
    if wait_seconds > 0:
        result.first_sign = wait_first_sign(result.session.root, name, wait_seconds, begin)
        refresh_launch(result)
    return result


def list_sessions(roots: Iterable[str | Path]) -> tuple[list[Any], list[Any]]:
    """Every session under ``roots`` (newest first) and the state changes reading them found."""
    from trainerd.training import sessions

    found: list[Any] = []
    changes: list[Any] = []
    for root in sorted(set(_resolved(roots))):
        records, changed = sessions.list_sessions_with_changes(root)
        found += records
        changes += changed
    found.sort(key=lambda r: r.started_at, reverse=True)
    return found, changes


def stop_session(
    name: str,
    root: str | Path | None = None,
    roots: Sequence[str | Path] = (),
    grace_seconds: float = 10.0,
    folders: Sequence[str | Path] = (),
) -> tuple[Any, Any, Any]:
    """Stop session ``name``: (its record before, the change reading it found, its record after)."""
    from trainerd.training import sessions

    where = session_root(name, root, roots, folders)
    before, change = sessions.get_session_with_change(where, name)
    return before, change, sessions.stop(where, name, grace_seconds=grace_seconds)
