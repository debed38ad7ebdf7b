"""Structured metric files a run writes: HF ``trainer_state.json``, Lightning ``metrics.csv``, TensorBoard.

Session-scoped: a :class:`StructuredSources` reads only files under the run's own output directories
and, when ``since`` is given, only files written after the session started, so an older run's files
elsewhere in the project are never cited. Reading is incremental: each poll returns the readings that
are new since the last one (``trainer_state.json`` by step, ``metrics.csv`` by row, TensorBoard by
the loader's file position).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import math
import os
import re
from pathlib import Path
from typing import Any

from trainerd.monitor.rules import Point

logger = logging.getLogger(__name__)

Reading = tuple[str, Point, dict[str, float]]  # metric, point, the other values of the same entry
_TRAINER_STATE = re.compile(r"^trainer_state\.json$")
_METRICS_CSV = re.compile(r"^metrics\.csv$")
_TFEVENTS = re.compile(r"events\.out\.tfevents\.")
_SKIP_DIRS = {"node_modules", "__pycache__", ".git", ".venv", "venv", ".trainer-workspace", "wandb"}
CHECKPOINT_FILE = re.compile(
    r"\.(?:ckpt|pt|pth|safetensors|bin|pkl|h5|keras)$|^checkpoint|^ckpt|^pytorch_model|^model"
)


def metric_of_key(key: str) -> str | None:
    """The canonical metric of a structured file's key / TensorBoard tag."""
    k = key.strip().lower().replace("-", "_")
    for prefix in ("train/", "training/"):
        if k.startswith(prefix):
            k = "train_" + k[len(prefix) :]
    if k in ("loss", "train_loss", "train_loss_step", "train_train_loss"):
        return "loss"
    if k in (
        "eval_loss",
        "eval/loss",
        "val_loss",
        "val/loss",
        "validation_loss",
        "valid_loss",
        "val_loss_epoch",
    ):
        return "eval_loss"
    if k in ("grad_norm", "train_grad_norm", "gnorm"):
        return "grad_norm"
    if k in ("learning_rate", "train_learning_rate", "lr") or k.startswith("lr_"):
        return "lr"
    if k in ("epoch", "train_epoch"):
        return "epoch"
    return None


def walk(
    directory: Path, pattern: re.Pattern[str], since: float | None, depth: int = 5, limit: int = 200
) -> list[Path]:
    """Files under ``directory`` whose name matches, modified at or after ``since``."""
    found: list[Path] = []
    base = str(directory).rstrip(os.sep).count(os.sep)
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS and not d.startswith("."))
        if dirpath.count(os.sep) - base >= depth:
            dirnames[:] = []
        for name in filenames:
            if not pattern.search(name):
                continue
            path = Path(dirpath) / name
            try:
                if since is not None and path.stat().st_mtime < since:
                    continue
            except OSError:
                continue
            found.append(path)
        if len(found) >= limit:
            break
    return found


def recent_checkpoint(directories: list[Path], since: float) -> Path | None:
    """A checkpoint file or folder under the run's output directories written at or after ``since``."""
    for directory in directories:
        for path in walk(directory, CHECKPOINT_FILE, since, depth=4, limit=50):
            return path
    return None


_CHECKPOINT_STEP = re.compile(r"checkpoint-(\d+)$")


def _written_order(path: Path) -> tuple[int, int]:
    """Newest first by the second it was written; files of the same second (a copied output folder,
    a fresh clone) by their ``checkpoint-N`` step, so the longest history wins."""
    found = _CHECKPOINT_STEP.search(path.parent.name)
    return int(path.stat().st_mtime), int(found.group(1)) if found else -1


class StructuredSources:
    """The structured files of one run (see the module docstring)."""

    def __init__(self, directories: list[Path], since: float | None = None) -> None:
        self.directories = [Path(d) for d in directories]
        self.since = since
        self._state_step: dict[str, float] = {}
        self._csv_rows: dict[str, int] = {}
        self._tb_loaders: dict[str, Any] = {}
        self._tb_index: dict[str, int] = {}
        self._mtimes: dict[str, float] = {}

    def _changed(self, path: Path) -> bool:
        try:
            mtime = path.stat().st_mtime
        except OSError:
            return False
        key = str(path)
        if self._mtimes.get(key) == mtime:
            return False
        self._mtimes[key] = mtime
        return True

    def poll(self) -> list[tuple[str, list[Reading]]]:
        """``(source, new readings)`` for every structured file with something new."""
        out: list[tuple[str, list[Reading]]] = []
        for directory in self.directories:
            if not directory.is_dir():
                continue
            for reader in (self._trainer_state, self._metrics_csv, self._tensorboard):
                try:
                    out += reader(directory)
                except Exception:  # a half-written or foreign file: read it again next time
                    logger.debug("structured source under %s not readable yet", directory, exc_info=True)
        return out

    def _trainer_state(self, directory: Path) -> list[tuple[str, list[Reading]]]:
        files = walk(directory, _TRAINER_STATE, self.since)
        if not files:
            return []
        newest = max(files, key=_written_order)
        if not self._changed(newest):
            return []
        state = json.loads(newest.read_text(encoding="utf-8"))  # Python's json reads HF's NaN/Infinity
        run = str(newest.parent.parent)  # checkpoint-N/ folders of one output dir are one history
        last = self._state_step.get(run, -math.inf)
        readings: list[Reading] = []
        for idx, entry in enumerate(state.get("log_history", [])):
            if not isinstance(entry, dict) or "train_runtime" in entry:
                continue
            step = entry.get("step", idx + 1)
            if not isinstance(step, int | float) or step <= last and "eval_loss" not in entry:
                continue
            values = {
                m: float(v)
                for k, v in entry.items()
                if (m := metric_of_key(k)) and isinstance(v, int | float)
            }
            cite = {"source": str(newest), "line": None, "entry": idx, "text": json.dumps(entry)[:300]}
            for metric, value in values.items():
                if metric == "eval_loss" and step <= last:
                    continue
                readings.append((metric, Point(int(step), value, cite), values))
            self._state_step[run] = max(self._state_step.get(run, -math.inf), step)
        return [(str(newest), readings)] if readings else []

    def _metrics_csv(self, directory: Path) -> list[tuple[str, list[Reading]]]:
        out = []
        for path in walk(directory, _METRICS_CSV, self.since, limit=10):
            if not self._changed(path):
                continue
            key = str(path)
            text = path.read_text(encoding="utf-8")
            rows = list(csv.DictReader(io.StringIO(text)))
            done = self._csv_rows.get(key, 0)
            if len(rows) < done:  # rewritten from scratch: a new run in the same folder
                done = 0
            readings: list[Reading] = []
            for row_no, row in enumerate(rows[done:], done + 2):
                try:
                    step = int(float(row.get("step") or row_no - 1))
                except ValueError:
                    continue
                values: dict[str, float] = {}
                for k, v in row.items():
                    metric = metric_of_key(k or "")
                    if metric and v not in (None, ""):
                        try:
                            values.setdefault(metric, float(v))
                        except ValueError:
                            continue
                cite = {
                    "source": key,
                    "line": row_no,
                    "text": ",".join(f"{k}={v}" for k, v in row.items() if v)[:300],
                }
                readings += [(m, Point(step, v, cite), values) for m, v in values.items() if m != "epoch"]
            self._csv_rows[key] = len(rows)
            if readings:
                out.append((key, readings))
        return out

    def _tensorboard(self, directory: Path) -> list[tuple[str, list[Reading]]]:
        files = walk(directory, _TFEVENTS, self.since, limit=20)
        if not files:
            return []
        from tensorboard.backend.event_processing.event_file_loader import EventFileLoader

        out = []
        for path in sorted(files):
            key = str(path)
            if not self._changed(path):
                continue
            loader = self._tb_loaders.get(key)
            if loader is None:
                loader = self._tb_loaders[key] = EventFileLoader(key)
            readings: list[Reading] = []
            for event in loader.Load():  # resumes where the last call stopped
                if not event.HasField("summary"):
                    continue
                for value in event.summary.value:
                    metric = metric_of_key(value.tag)
                    number = _scalar(value)
                    if metric is None or number is None:
                        continue
                    cite = {
                        "source": str(path.parent),
                        "line": None,
                        "tag": value.tag,
                        "step": event.step,
                        "text": f"{value.tag}={number}",
                    }
                    readings.append((metric, Point(int(event.step), number, cite), {}))
            readings.sort(key=lambda r: r[1].step)
            if readings:
                out.append((str(path.parent), readings))
        return out


def _scalar(value: Any) -> float | None:
    """A summary value's number: ``simple_value``, or the one-element tensor the loader migrates it to."""
    if value.HasField("simple_value"):
        return float(value.simple_value)
    if value.HasField("tensor") and not value.tensor.tensor_shape.dim:
        for field in (value.tensor.float_val, value.tensor.double_val):
            if len(field) == 1:
                return float(field[0])
    return None
