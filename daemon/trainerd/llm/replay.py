"""Replay files: recorded model answers, for reproducible reruns (``--model replay:<file>``).

``{"format": "trainerd-replay", "version": 1, "source": ..., "turns": [{"turn": N, "variables":
[...], "response": "..."}]}``. ``trainerd export-replay`` (and the ``trainer.exportReplay`` command)
make one from a recorded run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from trainerd.errors import TrainerError

REPLAY_FORMAT = "trainerd-replay"


def load_replay(path: Path) -> list[dict[str, Any]]:
    """The turns of a replay file; a :class:`TrainerError` (field ``model``) says what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise TrainerError(f"cannot read replay file {path}: {exc}", field="model") from None
    except json.JSONDecodeError as exc:
        raise TrainerError(
            f"replay file {path} is not JSON: {exc.msg} at line {exc.lineno}", field="model"
        ) from None
    if (
        not isinstance(data, dict)
        or data.get("format") != REPLAY_FORMAT
        or not isinstance(data.get("turns"), list)
    ):
        raise TrainerError(
            f'{path} is not a trainerd replay file (expected {{"format": "{REPLAY_FORMAT}", '
            '"turns": [...]}}; make one with `trainerd export-replay`)',
            field="model",
        )
    for i, turn in enumerate(data["turns"], 1):
        if not isinstance(turn, dict) or not isinstance(turn.get("response"), str):
            raise TrainerError(f"replay file {path}: turn {i} has no text 'response'", field="model")
    return data["turns"]


def make_replay(turns: list[dict[str, Any]], source: str | None = None) -> dict[str, Any]:
    """A replay document from ``[{"turn", "variables", "response"}]``."""
    return {"format": REPLAY_FORMAT, "version": 1, "source": source, "turns": turns}
