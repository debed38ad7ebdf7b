"""The monitor's thresholds and what it may do on its own (``trainer.monitor.*`` settings)."""

from __future__ import annotations

import attrs


@attrs.define
class MonitorSettings:
    """Thresholds of the training monitor, and how it acts on what it finds."""

    silence_seconds: float = 600.0
    plateau_window: int = 50  # loss readings; the stall must also cover a quarter of the run so far
    plateau_tolerance: float = 0.01  # relative improvement under which the loss counts as flat
    checkpoint_interval_seconds: float = 3600.0
    throughput_drop_ratio: float = 0.5  # flag when throughput falls under this share of the run's median
    divergence_ratio: float = 3.0  # flag when the smoothed loss exceeds this multiple of its best
    auto_stop: bool = False  # stop the run on NaN/divergence without asking (the editor asks otherwise)
    notify_command: str | None = None  # run with the event as JSON on stdin when a run ends or crashes


attrs.resolve_types(MonitorSettings)
