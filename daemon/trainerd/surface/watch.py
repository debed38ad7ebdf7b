"""Watch trainer workspaces' status files (inotify) so code lenses follow state changed on disk.

One thread blocks on one inotify descriptor; nothing polls. For each source folder with an open
document we watch the folder (for ``.trainer-workspace`` to appear), ``.trainer-workspace`` (for a
code-name folder to appear) and each ``.trainer-workspace/<code-name>`` (for
``workflow-status.json`` being written, which ``workspace.files`` does by rename). Where inotify is
unavailable (not Linux) :attr:`StatusWatcher.available` is False and lenses fall back to a stat
check on each request.
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


class StatusWatcher:
    def __init__(self, on_change: Callable[[Path], None]) -> None:
        self._on_change = on_change
        self._lock = threading.Lock()
        self._roles: dict[int, tuple[str, Path]] = {}  # wd -> (role, folder)
        self._wds: dict[Path, int] = {}
        self._thread: threading.Thread | None = None
        try:
            from inotify_simple import INotify, flags

            self._flags = flags
            self._inotify = INotify()
            self._stop_r, self._stop_w = os.pipe()
        except (ImportError, OSError) as exc:  # not Linux, or out of inotify instances
            logger.info("workspace watching unavailable (%s): lenses re-check status files on request", exc)
            self._inotify = None

    @property
    def available(self) -> bool:
        return self._inotify is not None

    def close(self) -> None:
        """Stop watching: the thread wakes on its stop pipe, ends, and the descriptors are closed."""
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
        if self._inotify is None:
            return
        folder = folder.resolve()
        f = self._flags
        self._add(folder, "source", f.CREATE | f.MOVED_TO | f.ONLYDIR)
        ws = folder / WORKSPACE_DIRNAME
        if ws.is_dir():
            self._watch_workspaces(ws)
        self._start()

    def _watch_workspaces(self, ws: Path) -> None:
        f = self._flags
        self._add(ws, "workspaces", f.CREATE | f.MOVED_TO | f.ONLYDIR)
        try:
            children = [c for c in ws.iterdir() if c.is_dir()]
        except OSError:
            children = []
        for child in children:
            self._add(child, "workspace", f.CLOSE_WRITE | f.MOVED_TO | f.CREATE | f.DELETE | f.ONLYDIR)

    def _add(self, folder: Path, role: str, mask: int) -> None:
        with self._lock:
            if folder in self._wds:
                return
            try:
                wd = self._inotify.add_watch(str(folder), mask)
            except OSError as exc:
                logger.debug("cannot watch %s: %s", folder, exc)
                return
            self._wds[folder] = wd
            self._roles[wd] = (role, folder)

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
                    self._add(
                        folder / event.name,
                        "workspace",
                        f.CLOSE_WRITE | f.MOVED_TO | f.CREATE | f.DELETE | f.ONLYDIR,
                    )
                    changed.add(folder.parent)
                elif role == "workspace" and event.name == STATUS:
                    changed.add(folder.parent.parent)
            for source_dir in changed:
                try:
                    self._on_change(source_dir)
                except Exception:  # a failing callback must not end the watch
                    logger.exception("status change callback failed")
