"""Warm workers kept by the daemon between commands: a run that stops at a follow-up leaves its worker
(pytest, its plugins, opto and the project's dependencies imported) for the answer that continues it.
Each evaluation runs in a fresh child of the worker, so reuse carries no state from one run to the
next. Idle workers are stopped after :data:`IDLE_S`; at most :data:`MAX_IDLE` are kept.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from trainerd.optimize.client import WorkerClient

IDLE_S = 600.0
MAX_IDLE = 2


class WorkerPool:
    def __init__(self, idle_s: float = IDLE_S, max_idle: int = MAX_IDLE) -> None:
        self.idle_s, self.max_idle = idle_s, max_idle
        self._lock = threading.Lock()
        self._idle: list[tuple[float, tuple[str, str], WorkerClient]] = []

    def acquire(
        self, python: str | None, project_root: Path, log_file: Path, test_timeout: float
    ) -> WorkerClient:
        key = (python or sys.executable, str(project_root))
        with self._lock:
            self._expire()
            for i, (_, k, worker) in enumerate(self._idle):
                if k == key and worker.alive:
                    del self._idle[i]
                    return worker
        return WorkerClient(python, project_root, log_file, test_timeout=test_timeout).start()

    def release(self, worker: WorkerClient, keep: bool) -> None:
        if not keep or not worker.alive:
            worker.stop()
            return
        key = (worker.python, str(worker.cwd))
        with self._lock:
            self._idle.append((time.monotonic(), key, worker))
            while len(self._idle) > self.max_idle:
                _, _, old = self._idle.pop(0)
                old.stop()
            self._expire()

    def _expire(self) -> None:
        now = time.monotonic()
        keep = []
        for item in self._idle:
            if now - item[0] > self.idle_s or not item[2].alive:
                item[2].stop()
            else:
                keep.append(item)
        self._idle = keep

    def close(self) -> None:
        """Stop every idle worker (the daemon shuts down)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for _, _, worker in idle:
            worker.stop()
