"""The training monitor: metrics from a run's log and structured files, and the flags an engineer raises.

- :mod:`.parse` reads one log line into canonical metrics (the formats people run today);
- :mod:`.sources` reads HF ``trainer_state.json``, Lightning ``metrics.csv`` and TensorBoard events,
  session-scoped (the run's own output directories, files written after the session started);
- :mod:`.rules` raises the flags (NaN/inf, divergence, warmup spike, plateau, throughput drop);
- :mod:`.core` is the incremental :class:`Monitor` (live feed, fast catch-up, the clock checks);
- :mod:`.settings` holds :class:`MonitorSettings` (``trainer.monitor.*``).

:func:`monitor_file` runs it over a log file, :func:`flags_for_text` over a pasted text.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from trainerd import lazy

if TYPE_CHECKING:
    from trainerd.monitor.core import Monitor, MonitorResult, Series
    from trainerd.monitor.parse import parse_metrics
    from trainerd.monitor.rules import Flag, Point, duration
    from trainerd.monitor.settings import MonitorSettings

# lazy: the daemon's settings import ``trainerd.monitor.settings`` at start-up, and only that
_LAZY = {
    "Monitor": "core",
    "MonitorResult": "core",
    "Series": "core",
    "parse_metrics": "parse",
    "Flag": "rules",
    "Point": "rules",
    "duration": "rules",
    "MonitorSettings": "settings",
}

__all__ = [
    "Flag",
    "Monitor",
    "MonitorResult",
    "MonitorSettings",
    "Point",
    "Series",
    "duration",
    "flags_for_text",
    "monitor_file",
    "parse_metrics",
]


__getattr__ = lazy.attributes(__name__, _LAZY)


def monitor_file(
    log: str | Path,
    command: str | None = None,
    source_dir: str | Path | None = None,
    settings: MonitorSettings | None = None,
    config_text: str | None = None,
) -> MonitorResult:
    """Run the monitor over a finished (or current) log file, and the structured files of ``source_dir``."""
    from trainerd.errors import TrainerError

    path = Path(log)
    if not path.is_file():
        raise TrainerError(f"{log}: no such log file", field="log")
    if source_dir is not None and not Path(source_dir).is_dir():
        raise TrainerError(f"{source_dir} is not a directory", field="source_dir")
    from trainerd.monitor.core import Monitor

    mon = Monitor(
        settings,
        command=command,
        config_text=config_text,
        log_name=str(path),
        output_dirs=[Path(source_dir)] if source_dir is not None else None,
    )
    mon.poll_structured()
    with open(path, "rb") as fh:
        mon.catch_up(fh)
    mon.finish_offline()
    return mon.result()


def flags_for_text(
    text: str, command: str | None = None, settings: MonitorSettings | None = None
) -> list[Flag]:
    """The monitor's flags for a pasted log text (every line read; no clock or file checks)."""
    from trainerd.monitor.core import Monitor

    mon = Monitor(settings, command=command, log_name="pasted text")
    mon.feed_text(text)
    mon.finish_offline()
    return list(mon.flags)
