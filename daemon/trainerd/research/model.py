"""Asking the configured model for specification cases, with the optimizer's four backends.

``replay:<file>`` (recorded responses, taken in order), ``manual`` (stop at a resumable follow-up
whose answer continues the stage), ``editor`` (the editor's model, through a ``complete`` callable the
LSP feature supplies: ``{"messages", "max_tokens", "json"} -> str``, the same request shape the
optimization worker sends), and ``litellm:<provider/model>`` (LiteLLM, called in the runner
subprocess so the daemon never imports it). A model that is unavailable turns into a manual
follow-up, as in the optimizer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from trainerd.errors import TrainerError

Complete = Callable[[dict[str, Any]], str]
KINDS = ("manual", "editor", "replay:<file>", "litellm:<provider/model>")


class ManualFollowup(Exception):  # noqa: N818 - a branch of the flow, not a failure
    """No model answered; the reason says why. The caller writes the follow-up report."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_spec(model: str | None, base: Path | None = None) -> str:
    """The model spec, checked: ``manual`` when none; a bad one is a :class:`TrainerError`."""
    model = (model or "manual").strip()
    if model in ("manual", "editor"):
        return model
    if model.startswith("litellm:") and len(model) > len("litellm:"):
        return model
    if model.startswith("replay:"):
        path = Path(model.removeprefix("replay:")).expanduser()
        if not path.is_absolute() and base is not None:
            path = base / path
        if not path.is_file():
            raise TrainerError(f"replay file not found: {path}", field="model")
        load_replay(path)  # fails now, with the reason, rather than mid-stage
        return f"replay:{path.resolve()}"
    raise TrainerError(f"{model!r} is not a model spec; use one of {', '.join(KINDS)}", field="model")


def load_replay(path: Path) -> list[str]:
    """Recorded responses: a JSON list, ``{"responses": [...]}``, or JSON Lines; each item a string or
    an object with ``content`` (or ``response``)."""
    text = path.read_text(encoding="utf-8")
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError:
        try:
            data = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise TrainerError(f"replay file {path.name} is neither JSON nor JSON Lines: {exc.msg} "
                               f"(line {exc.lineno})", field="model") from None
    if isinstance(data, dict):
        data = data.get("responses")
    if not isinstance(data, list):
        raise TrainerError(f"replay file {path.name} must hold a list of responses", field="model")
    out = []
    for i, item in enumerate(data):
        if isinstance(item, dict):
            item = item.get("content", item.get("response"))
        if not isinstance(item, str):
            raise TrainerError(f"replay file {path.name}: response {i} is not a string (or {{content: string}})",
                               field="model")
        out.append(item)
    return out


class Asker:
    """One stage's conversation with the model: each :meth:`ask` is one turn."""

    def __init__(self, model: str, complete: Complete | None = None, cwd: Path | None = None,
                 interpreter: str | None = None) -> None:
        self.model = model
        self.complete = complete
        self.cwd = cwd or Path.cwd()
        self.interpreter = interpreter
        self._replay = load_replay(Path(model.removeprefix("replay:"))) if model.startswith("replay:") else None
        self._next = 0

    def ask(self, messages: list[dict[str, str]]) -> str:
        if self.model == "manual":
            raise ManualFollowup("no model is configured (model 'manual'): answer the prompt by hand")
        if self._replay is not None:
            if self._next >= len(self._replay):
                raise ManualFollowup(f"the replay file has no response left (it holds {len(self._replay)})")
            self._next += 1
            return self._replay[self._next - 1]
        request = {"messages": messages, "max_tokens": 4096, "json": True}
        if self.model == "editor":
            if self.complete is None:
                raise ManualFollowup("the 'editor' model is only reachable from an editor session")
            try:
                return self.complete(request)
            except ManualFollowup:
                raise
            except Exception as exc:  # the editor's model failing is a follow-up, as in the optimizer
                raise ManualFollowup(f"the editor's model did not answer: {exc}") from None
        from trainerd.research.process import run_runner

        answer = run_runner({"mode": "complete", "model": self.model.removeprefix("litellm:"), **request},
                            cwd=self.cwd, timeout_s=600.0, interpreter=self.interpreter)
        if not answer.get("ok"):
            raise ManualFollowup(f"{self.model} is unavailable: {answer.get('message')}")
        return str(answer["content"])
