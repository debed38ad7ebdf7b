"""Parsing ``--model`` / ``trainer.model``."""

from __future__ import annotations

from pathlib import Path

import attrs

from trainerd.errors import TrainerError

BACKENDS = ("manual", "editor", "replay", "litellm")
SPEC_HELP = "manual, editor, replay:<file> or litellm:<provider/model>"


@attrs.frozen
class ModelSpec:
    backend: str  # one of BACKENDS
    model: str | None = None  # the LiteLLM model name
    replay_file: Path | None = None  # absolute

    def describe(self) -> str:
        """The spec as the user writes it (also what run records store)."""
        if self.backend == "litellm":
            return f"litellm:{self.model}"
        if self.backend == "replay":
            return f"replay:{self.replay_file}"
        return self.backend


def parse_model(spec: str | None, cwd: Path | None = None) -> ModelSpec:
    """Parse a model spec; raise :class:`TrainerError` (field ``model``) naming what is wrong.

    A relative replay path is taken from ``cwd`` (default: the current directory); the replay file is
    checked now, before any work.
    """
    from trainerd.llm.replay import load_replay

    if spec is None or not spec.strip() or spec.strip() == "manual":
        return ModelSpec("manual")
    spec = spec.strip()
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
        if not rest.strip():
            raise TrainerError("--model replay: needs a file, e.g. replay:runs/replay.json", field="model")
        path = Path(rest.strip()).expanduser()
        if not path.is_absolute():
            path = (cwd or Path.cwd()) / path
        if not path.is_file():
            raise TrainerError(f"replay file not found: {path}", field="model")
        load_replay(path)
        return ModelSpec("replay", replay_file=path.resolve())
    raise TrainerError(f"unknown model spec {spec!r}: use {SPEC_HELP}", field="model")
