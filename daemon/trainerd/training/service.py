"""The training services the CLI and the language server share (one call per user action)."""

from __future__ import annotations

from pathlib import Path

from trainerd.training import preflight
from trainerd.training.detect import DetectionResult, detect


def detect_with_preflight(
    root: str | Path,
    environment: bool = True,
    command: str | None = None,
    cwd: str | Path | None = None,
    target_metric: str | None = None,
    smoke_test: bool | None = None,
    interpreter: str | None = None,
) -> DetectionResult:
    """Detection (and environment facts), plus a pre-flight for ``command`` when one is given."""
    result = detect(root, environment=environment, interpreter=interpreter)
    if command is not None:
        result.preflight = preflight.run(
            command,
            cwd or result.root,
            target_metric=target_metric,
            smoke_test=smoke_test,
            interpreter=interpreter,
            root=result.root,
        )
    return result
