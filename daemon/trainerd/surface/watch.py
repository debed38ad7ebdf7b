"""Watch trainer workspaces' status files (inotify) so code lenses follow state changed on disk.

One thread blocks on one inotify descriptor; nothing polls while inotify can watch. For each source folder with an open
document we watch the folder (for ``.trainer-workspace`` to appear), ``.trainer-workspace`` (for a
code-name folder to appear) and each ``.trainer-workspace/<code-name>`` (for
``workflow-status.json`` being written, which ``workspace.files`` does by rename). Where inotify is
unavailable (not Linux, or the user's inotify instances or watches are used up -- an editor watching a
large tree can take them all) the folders that cannot be watched are polled instead: their status files
are stat'ed every :data:`POLL_INTERVAL_S`, so lenses still follow changes made by another process.
"""

from __future__ import annotations

import logging
import os
import select
import threading
from collections.abc import Callable
from pathlib import Path

from trainerd.project.layout import STATUS_FILENAME as STATUS
from trainerd.project.layout import WORKSPACE_DIRNAME

logger = logging.getLogger(__name__)
POLL_INTERVAL_S = 2.0


class StatusWatcher:
    def __init__(
        self,
        on_change: Callable[[Path], None],
        use_inotify: bool = True,
        poll_interval: float = POLL_INTERVAL_S,
    ) -> None:
        self._on_change = on_change
        self._lock = threading.Lock()
        self._roles: dict[int, tuple[str, Path]] = {}  # wd -> (role, folder)
        self._wds: dict[Path, int] = {}
        self._thread: threading.Thread | None = None
        self._poll_interval = poll_interval
        self._polled: dict[Path, tuple[tuple[str, int, int, int], ...]] = {}  # source folder -> last stamp
        self._poll_thread: threading.Thread | None = None
        self._poll_stop = threading.Event()
        self._inotify = None
        if not use_inotify:
            return
        try:
            from inotify_simple import INotify, flags

            self._flags = flags
            self._inotify = INotify()
            self._stop_r, self._stop_w = os.pipe()
        except (ImportError, OSError) as exc:  # not Linux, or out of inotify instances
            logger.warning("workspace watching unavailable (%s): status files are polled instead", exc)
            self._inotify = None

    @property
    def available(self) -> bool:
        return self._inotify is not None

    @property
    def polled(self) -> list[Path]:
        """The source folders whose status files are polled (those inotify could not watch)."""
        with self._lock:
            return list(self._polled)

    def close(self) -> None:
        """Stop watching: the threads wake on their stop signals, end, and the descriptors are closed."""
        self._poll_stop.set()
        if self._poll_thread is not None:
            self._poll_thread.join(timeout=5)
        if self._inotify is None:
            return
        os.write(self._stop_w, b"x")
        thread = self._thread
        if thread is not None:
            thread.join(timeout=5)
        if thread is None or not thread.is_alive():
            self._release()

    def _release(self) -> None:
        inotify, self._inotify = self._inotify, None
        for fd in (self._stop_r, self._stop_w):
            try:
                os.close(fd)
            except OSError:
                pass
        if inotify is not None:
            try:
                inotify.close()
            except OSError:
                pass

    def watch_source_dir(self, folder: Path) -> None:
        """Follow the workspaces of the targets in ``folder`` (idempotent)."""
        folder = folder.resolve()
        if self._inotify is None:
            self._poll(folder)
            return
        f = self._flags
        if not self._add(folder, "source", f.CREATE | f.MOVED_TO | f.ONLYDIR):
            self._poll(folder)
            return
        ws = folder / WORKSPACE_DIRNAME
        if ws.is_dir():
            self._watch_workspaces(ws)
        self._start()

    def _watch_workspaces(self, ws: Path) -> None:
        f = self._flags
        watched = self._add(ws, "workspaces", f.CREATE | f.MOVED_TO | f.ONLYDIR)
        try:
            children = [c for c in ws.iterdir() if c.is_dir()]
        except OSError:
            children = []
        for child in children:
            watched = self._add_workspace(child) and watched
        if not watched:
            self._poll(ws.parent)

    def _add_workspace(self, folder: Path) -> bool:
        f = self._flags
        return self._add(folder, "workspace", f.CLOSE_WRITE | f.MOVED_TO | f.CREATE | f.DELETE | f.ONLYDIR)

    def _add(self, folder: Path, role: str, mask: int) -> bool:
        """Watch ``folder``; False when inotify refused (out of watches) and it must be polled."""
        with self._lock:
            if folder in self._wds:
                return True
            if self._inotify is None:  # closed under us
                return False
            try:
                wd = self._inotify.add_watch(str(folder), mask)
            except OSError as exc:
                if not folder.is_dir():  # gone already, or a file: nothing to follow
                    return True
                logger.warning("cannot watch %s (%s): its status files are polled instead", folder, exc)
                return False
            self._wds[folder] = wd
            self._roles[wd] = (role, folder)
            return True

    def _poll(self, source_dir: Path) -> None:
        with self._lock:
            if source_dir in self._polled:
                return
            self._polled[source_dir] = _status_stamp(source_dir)
            if self._poll_thread is None:
                self._poll_thread = threading.Thread(
                    target=self._run_poll, name="trainerd-status-poll", daemon=True
                )
                self._poll_thread.start()

    def _run_poll(self) -> None:
        while not self._poll_stop.wait(self._poll_interval):
            with self._lock:
                folders = list(self._polled)
            for source_dir in folders:
                stamp = _status_stamp(source_dir)
                with self._lock:
                    changed = self._polled.get(source_dir) != stamp
                    self._polled[source_dir] = stamp
                if changed:
                    self._notify(source_dir)

    def _notify(self, source_dir: Path) -> None:
        try:
            self._on_change(source_dir)
        except Exception:  # a failing callback must not end the watch
            logger.exception("status change callback failed")

    def _start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="trainerd-status-watch", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        f = self._flags
        inotify = self._inotify
        while inotify is not None:
            try:
                ready, _, _ = select.select([inotify.fileno(), self._stop_r], [], [])  # blocks
                if self._stop_r in ready:
                    return
                events = inotify.read(timeout=0)
            except (OSError, ValueError) as exc:
                logger.warning("workspace watching stopped: %s", exc)
                return
            changed: set[Path] = set()
            for event in events:
                with self._lock:
                    role, folder = self._roles.get(event.wd, ("", Path()))
                    if event.mask & f.IGNORED:
                        self._roles.pop(event.wd, None)
                        self._wds.pop(folder, None)
                        continue
                if role == "source" and event.name == WORKSPACE_DIRNAME:
                    self._watch_workspaces(folder / WORKSPACE_DIRNAME)
                    changed.add(folder)
                elif role == "workspaces" and event.name:
                    if not self._add_workspace(folder / event.name):
                        self._poll(folder.parent)
                    changed.add(folder.parent)
                elif role == "workspace" and event.name == STATUS:
                    changed.add(folder.parent.parent)
            for source_dir in changed:
                self._notify(source_dir)


def _status_stamp(source_dir: Path) -> tuple[tuple[str, int, int, int], ...]:
    """What polling compares: each workspace's status file, its inode (a write by rename makes a new
    one), change time and size."""
    stamps = []
    try:
        children = sorted((source_dir / WORKSPACE_DIRNAME).iterdir())
    except OSError:
        return ()
    for child in children:
        try:
            st = (child / STATUS).stat()
        except OSError:
            continue
        stamps.append((child.name, st.st_ino, st.st_mtime_ns, st.st_size))
    return tuple(stamps)
