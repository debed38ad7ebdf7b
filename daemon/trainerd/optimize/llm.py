"""The parent's side of the LLM backends (``--model``): parsing the spec, replay files, and the
handler that answers the worker's ``complete`` requests. ``litellm`` calls happen in the worker.

Specs: ``manual`` (default), ``editor``, ``replay:<file>``, ``litellm:<provider/model>``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from trainerd.errors import TrainerError
from trainerd.optimize.client import RpcError
from trainerd.optimize.rpc import COMPLETER_FAILED, MANUAL_NEEDED, REPLAY_MISMATCH

REPLAY_FORMAT = "trainerd-replay"
BACKENDS = ("manual", "editor", "replay", "litellm")

# the editor backend's hook: (messages, max_tokens, want_json) -> the model's text
Completer = Callable[[list[dict[str, Any]], int, bool], str]


@attrs.define
class ModelSpec:
    backend: str
    model: str | None = None  # litellm model name
    replay_file: Path | None = None

    def describe(self) -> str:
        if self.backend == "litellm":
            return f"litellm:{self.model}"
        if self.backend == "replay":
            return f"replay:{self.replay_file}"
        return self.backend


def parse_model(spec: str | None, cwd: Path | None = None) -> ModelSpec:
    """Parse ``--model``; raise :class:`TrainerError` (field ``model``) naming what is wrong."""
    if not spec or spec == "manual":
        return ModelSpec("manual")
    if spec == "editor":
        return ModelSpec("editor")
    kind, sep, rest = spec.partition(":")
    if sep and kind == "litellm":
        if not rest.strip():
            raise TrainerError(
                "--model litellm: needs a model, e.g. litellm:openai/gpt-4o-mini", field="model"
            )
        return ModelSpec("litellm", model=rest.strip())
    if sep and kind == "replay":
        path = Path(rest).expanduser()
        if not path.is_absolute():
            path = (cwd or Path.cwd()) / path
        if not path.is_file():
            raise TrainerError(f"replay file not found: {path}", field="model")
        load_replay(path)  # validate now, before any work
        return ModelSpec("replay", replay_file=path.resolve())
    raise TrainerError(
        f"unknown model spec {spec!r}: use manual, editor, replay:<file> or litellm:<provider/model>",
        field="model",
    )


def prompt_sha256(messages: list[dict[str, Any]]) -> str:
    return hashlib.sha256(json.dumps(messages, sort_keys=True).encode("utf-8")).hexdigest()


def load_replay(path: Path) -> list[dict[str, Any]]:
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
    return {"format": REPLAY_FORMAT, "version": 1, "source": source, "turns": turns}


class Completions:
    """Answers the worker's ``complete`` requests for one run; counts turns for replay."""

    def __init__(self, spec: ModelSpec, completer: Completer | None, start_turn: int = 0) -> None:
        self.spec, self.completer = spec, completer
        self.turn = start_turn  # turns already answered in this run (resume continues after them)
        self.turns = load_replay(spec.replay_file) if spec.replay_file else []

    def __call__(self, params: dict[str, Any]) -> dict[str, Any]:
        messages = params.get("messages") or []
        backend = self.spec.backend
        if backend == "manual":
            raise RpcError(MANUAL_NEEDED, "no model is configured (--model manual)")
        if backend == "editor":
            if self.completer is None:
                raise RpcError(MANUAL_NEEDED, "the editor backend has no completer (no editor is connected)")
            try:
                text = self.completer(
                    messages, int(params.get("max_tokens") or 4096), bool(params.get("json"))
                )
            except Exception as exc:
                raise RpcError(MANUAL_NEEDED, f"the editor's model is unavailable: {exc}") from None
            if not isinstance(text, str):
                raise RpcError(COMPLETER_FAILED, "the editor's completer returned no text")
            return {"content": text}
        if backend == "replay":
            if self.turn >= len(self.turns):
                raise RpcError(
                    REPLAY_MISMATCH,
                    f"replay mismatch: the run asked for turn {self.turn + 1} but "
                    f"{self.spec.replay_file} records only {len(self.turns)}",
                )
            recorded = self.turns[self.turn]
            want, have = recorded.get("variables"), params.get("variables")
            if want is not None and have is not None and sorted(want) != sorted(have):
                raise RpcError(
                    REPLAY_MISMATCH,
                    f"replay mismatch at turn {self.turn + 1}: the recorded prompt had "
                    f"variables {want}, this run has {have}",
                )
            self.turn += 1
            return {"content": recorded["response"]}
        raise RpcError(MANUAL_NEEDED, f"backend {backend!r} does not answer through the parent")
