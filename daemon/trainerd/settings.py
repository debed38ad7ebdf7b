"""Typed settings, from LSP initialization options, ``workspace/didChangeConfiguration`` or the CLI.

Invalid values never crash the daemon: each bad setting is reported by name and replaced by its
default (see :func:`structure_settings`).
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from trainerd.protocol import converter, to_plain

LogLevel = Literal["debug", "info", "warning", "error"]
SessionBackend = Literal["auto", "screen", "tmux"]


@attrs.define
class MonitorSettings:
    """Thresholds of the training log monitor."""

    silence_seconds: float = 600.0
    plateau_window: int = 50
    plateau_tolerance: float = 0.01
    checkpoint_interval_seconds: float = 3600.0
    throughput_drop_ratio: float = 0.5


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
    monitor: MonitorSettings = attrs.Factory(MonitorSettings)


_ALIASES = {  # camelCase as editors send them -> our field names
    "feedbackCommand": "feedback_command",
    "sessionBackend": "session_backend",
    "logLevel": "log_level",
    "maxConcurrentRuns": "max_concurrent_runs",
    "testTimeoutSeconds": "test_timeout_seconds",
    "silenceSeconds": "silence_seconds",
    "plateauWindow": "plateau_window",
    "plateauTolerance": "plateau_tolerance",
    "checkpointIntervalSeconds": "checkpoint_interval_seconds",
    "throughputDropRatio": "throughput_drop_ratio",
}


def _normalise(raw: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in raw.items():
        out[_ALIASES.get(key, key)] = _normalise(value) if isinstance(value, dict) else value
    return out


def _structure_fields(cls: type, raw: dict[str, Any], prefix: str, problems: list[str]) -> Any:
    kwargs: dict[str, Any] = {}
    known = {f.name: f for f in attrs.fields(cls)}
    for key, value in raw.items():
        field = known.get(key)
        if field is None:
            problems.append(f"unknown setting 'trainer.{prefix}{key}' ignored")
            continue
        if attrs.has(field.type) if isinstance(field.type, type) else False:
            if not isinstance(value, dict):
                problems.append(f"setting 'trainer.{prefix}{key}' must be an object; using the default")
                continue
            kwargs[key] = _structure_fields(field.type, value, f"{prefix}{key}.", problems)
            continue
        if value is None and field.default is not None and not isinstance(field.default, attrs.Factory):
            continue  # an editor sends null for "unset": keep the default quietly
        try:
            kwargs[key] = converter.structure(value, field.type)
        except Exception:
            default = field.default.factory() if isinstance(field.default, attrs.Factory) else field.default
            problems.append(
                f"invalid value {value!r} for setting 'trainer.{prefix}{key}'; using the default {default!r}"
            )
    return cls(**kwargs)


def structure_settings(raw: Any) -> tuple[TrainerSettings, list[str]]:
    """Structure raw settings into :class:`TrainerSettings`; return it and the problems found.

    Accepts ``{"trainer": {...}}`` or the bare ``{...}``.
    """
    problems: list[str] = []
    data = to_plain(raw)
    if data is None:
        return TrainerSettings(), problems
    if not isinstance(data, dict):
        return TrainerSettings(), [f"settings must be an object, got {type(data).__name__}; using defaults"]
    if isinstance(data.get("trainer"), dict):
        data = data["trainer"]
    settings = _structure_fields(TrainerSettings, _normalise(data), "", problems)
    for name, minimum in (("iterations", 1), ("max_concurrent_runs", 1)):
        if getattr(settings, name) < minimum:
            problems.append(f"setting 'trainer.{name}' must be >= {minimum}; using the default")
            setattr(settings, name, attrs.fields_dict(TrainerSettings)[name].default)
    return settings, problems
