"""Typed settings, from LSP initialization options, ``workspace/didChangeConfiguration`` or the CLI.

Invalid values never crash the daemon: each bad setting is reported by name and replaced by its
default (see :func:`structure_settings`).
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from trainerd.data import converter, to_plain
from trainerd.monitor.settings import MonitorSettings

LogLevel = Literal["debug", "info", "warning", "error"]
SessionBackend = Literal["auto", "screen", "tmux", "slurm"]
ValidationScope = Literal["affected", "suite"]
OverridableBlocker = Literal["hidden_dependencies", "surface_too_broad"]


@attrs.define
class TrainerSettings:
    """Every setting trainerd reads; names match the ``trainer.*`` settings of the VS Code client."""

    model: str | None = None
    interpreter: str | None = None
    feedback_command: str | None = None
    iterations: int = 3
    optimizer: str = "OptoPrime"
    session_backend: SessionBackend = "auto"
    log_level: LogLevel = "info"
    max_concurrent_runs: int = 2
    test_timeout_seconds: float = 60.0
    determinism_repeats: int = 5  # extra runs of the unchanged tests before the model is asked
    validation_scope: ValidationScope = "affected"  # what must stay green before write-back
    allow_blockers: list[OverridableBlocker] = attrs.Factory(list)  # surface blockers the user accepted
    monitor: MonitorSettings = attrs.Factory(MonitorSettings)


# the annotations are strings (``from __future__ import annotations``); cattrs needs the real types
attrs.resolve_types(TrainerSettings)

_ALIASES = {  # camelCase as editors send them -> our field names
    "feedbackCommand": "feedback_command",
    "sessionBackend": "session_backend",
    "logLevel": "log_level",
    "maxConcurrentRuns": "max_concurrent_runs",
    "testTimeoutSeconds": "test_timeout_seconds",
    "determinismRepeats": "determinism_repeats",
    "validationScope": "validation_scope",
    "allowBlockers": "allow_blockers",
    "silenceSeconds": "silence_seconds",
    "plateauWindow": "plateau_window",
    "plateauTolerance": "plateau_tolerance",
    "checkpointIntervalSeconds": "checkpoint_interval_seconds",
    "throughputDropRatio": "throughput_drop_ratio",
    "divergenceRatio": "divergence_ratio",
    "autoStop": "auto_stop",
    "notifyCommand": "notify_command",
}


_MINIMUMS = {
    "iterations": 1,
    "max_concurrent_runs": 1,
    "test_timeout_seconds": 0.001,
    "determinism_repeats": 1,
}


def _structure_fields(defaults: Any, raw: dict[str, Any], prefix: str, problems: list[str]) -> Any:
    """``defaults`` with the valid values of ``raw``; each bad one named (as the user spelled it)."""
    cls = type(defaults)
    kwargs: dict[str, Any] = {}
    known = {f.name: f for f in attrs.fields(cls)}
    for key, value in raw.items():
        name = _ALIASES.get(key, key)
        shown = f"trainer.{prefix}{key}"
        field = known.get(name)
        if field is None:
            problems.append(f"unknown setting '{shown}' ignored")
            continue
        default = getattr(defaults, name)
        if attrs.has(type(default)):
            if not isinstance(value, dict):
                problems.append(f"setting '{shown}' must be an object; using the defaults")
                continue
            kwargs[name] = _structure_fields(default, value, f"{prefix}{key}.", problems)
            continue
        if value is None and default is not None:
            continue  # an editor sends null for "unset": keep the default quietly
        try:
            structured = converter.structure(value, field.type)
        except Exception:
            problems.append(f"invalid value {value!r} for setting '{shown}'; using the default {default!r}")
            continue
        minimum = _MINIMUMS.get(name)
        if minimum is not None and structured < minimum:
            problems.append(
                f"setting '{shown}' must be >= {minimum:g}, got {value!r}; using the default {default!r}"
            )
            continue
        kwargs[name] = structured
    return attrs.evolve(defaults, **kwargs)


def structure_settings(
    raw: Any, defaults: TrainerSettings | None = None
) -> tuple[TrainerSettings, list[str]]:
    """Structure raw settings into :class:`TrainerSettings`; return it and the problems found.

    Accepts ``{"trainer": {...}}`` or the bare ``{...}``, keys in camelCase (as editors send them) or
    snake_case. Settings absent or invalid keep their value in ``defaults`` (the built-in defaults
    when omitted).
    """
    defaults = defaults or TrainerSettings()
    data = to_plain(raw)
    if data is None:
        return defaults, []
    if not isinstance(data, dict):
        return defaults, [f"settings must be an object, got {type(data).__name__}; using the defaults"]
    if isinstance(data.get("trainer"), dict):
        data = data["trainer"]
    problems: list[str] = []
    return _structure_fields(defaults, data, "", problems), problems
