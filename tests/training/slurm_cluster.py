"""A real one-node Slurm cluster for the tests (``scripts/slurm-cluster.sh``), shared by every test
process: CI starts it before the tests (``.ci/run``); otherwise the first test that needs it starts it
and the last process using it stops it (each pytest-xdist worker registers itself in a folder of this
user's, so a worker that finishes early never stops it under another one's feet).

Slurm tests are skipped only outside CI, when the Debian packages are not installed or this user
cannot start daemons; under CI (``CI`` or ``TRAINERD_REQUIRE_SLURM`` set, as ``.ci/run`` does) those
are failures.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCRIPT = REPO / "scripts" / "slurm-cluster.sh"
# the tests' own bookkeeping (lock, users, who started the cluster): writable by this user
BOOK = Path(tempfile.gettempdir()) / f"trainerd-slurm-tests-{os.getuid()}"
COMMANDS = ("sbatch", "squeue", "scancel", "sinfo", "scontrol", "srun")
SLURM_COMMANDS = {*COMMANDS, "sacct", "salloc", "sattach", "sbcast", "sstat", "sprio", "sshare"}


def installed() -> bool:
    return all(shutil.which(c) for c in COMMANDS) and Path("/usr/sbin/slurmctld").exists()


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") or os.environ.get("TRAINERD_REQUIRE_SLURM"):
        pytest.fail(f"the Slurm tests must run under CI: {reason}")
    pytest.skip(reason)


@contextlib.contextmanager
def _cluster_lock() -> Iterator[None]:
    BOOK.mkdir(parents=True, exist_ok=True)
    with open(BOOK / "tests.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _users() -> Path:
    folder = BOOK / "users"
    folder.mkdir(parents=True, exist_ok=True)
    for entry in folder.iterdir():  # a test process that died without saying so
        if entry.name.isdigit() and not Path(f"/proc/{entry.name}").exists():
            entry.unlink(missing_ok=True)
    return folder


def _script(verb: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(SCRIPT), verb], capture_output=True, text=True, timeout=180)


class ClusterUnavailable(RuntimeError):
    """Slurm is not installed here, or this user cannot start the test cluster."""


@contextlib.contextmanager
def cluster_in_use() -> Iterator[str]:
    """The test cluster, up while this block runs (started here when it is not up, stopped after the
    last process using it when a test process started it); yields the node name. Benchmarks use it
    too, so a test run that ends meanwhile does not stop the cluster under them."""
    if not installed():
        raise ClusterUnavailable(
            "Slurm is not installed (apt-get install slurmctld slurmd slurm-client munge; .ci/run does)"
        )
    with _cluster_lock():
        if _script("status").returncode != 0:
            if os.geteuid() != 0:
                raise ClusterUnavailable(
                    "the test cluster needs root to start (munged, slurmd): sudo scripts/slurm-cluster.sh start"
                )
            started = _script("start")
            if started.returncode != 0:
                raise RuntimeError(
                    f"scripts/slurm-cluster.sh start failed:\n{started.stderr}{started.stdout}"
                )
            (BOOK / "started-by-tests").touch()
        (_users() / str(os.getpid())).touch()
    try:
        yield socket.gethostname().split(".")[0]
    finally:
        with _cluster_lock():
            (_users() / str(os.getpid())).unlink(missing_ok=True)
            if not any(_users().iterdir()) and (BOOK / "started-by-tests").exists():
                _script("stop")
                (BOOK / "started-by-tests").unlink(missing_ok=True)


@pytest.fixture(scope="session")
def slurm_cluster() -> Iterator[str]:
    """The cluster's node name, once ``sinfo`` shows it idle (see :func:`cluster_in_use`)."""
    stack = contextlib.ExitStack()
    try:
        node = stack.enter_context(cluster_in_use())
    except ClusterUnavailable as exc:
        _unavailable(str(exc))
    except RuntimeError as exc:
        pytest.fail(str(exc))
    with stack:
        yield node


def cancel_jobs(root: Path) -> None:
    """``scancel`` the Slurm job of every session under ``root`` (a test's jobs never outlive it)."""
    ids = []
    for record_file in (root / ".trainer-workspace" / "training").glob("*/session.json"):
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            job = json.loads(record_file.read_text()).get("job")
            if job:
                ids.append(job["id"])
    if ids and shutil.which("scancel"):
        subprocess.run(["scancel", *ids], capture_output=True, timeout=30)


@pytest.fixture
def slurm_project(tmp_path: Path, slurm_cluster: str) -> Iterator[Path]:
    """A project root with ``toy_train.py``; its jobs are cancelled afterwards."""
    root = tmp_path / "proj"
    root.mkdir()
    (root / ".git").mkdir()
    shutil.copy(FIXTURES / "toy_train.py", root / "toy_train.py")
    yield root
    cancel_jobs(root)


def bin_without_slurm(folder: Path) -> Path:
    """``folder`` holding a link to every executable on PATH except Slurm's commands."""
    folder.mkdir(parents=True, exist_ok=True)
    for directory in os.environ["PATH"].split(os.pathsep):
        if not os.path.isdir(directory):
            continue
        for entry in os.scandir(directory):
            target = folder / entry.name
            if entry.name in SLURM_COMMANDS or target.exists() or not os.access(entry.path, os.X_OK):
                continue
            target.symlink_to(entry.path)
    return folder


@pytest.fixture
def path_without_slurm(tmp_path: Path, monkeypatch) -> Path:
    """PATH as it is, less Slurm's commands (every other executable is linked into one folder)."""
    folder = bin_without_slurm(tmp_path / "bin-without-slurm")
    monkeypatch.setenv("PATH", str(folder))
    assert shutil.which("sbatch") is None
    return folder
