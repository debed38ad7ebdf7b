"""Asking the configured model for specification cases, through the optimizer's own backend layer.

The spec (``--model``) is parsed by :func:`trainerd.llm.parse_model` and answered by
:class:`trainerd.llm.Model`, so ``manual``, ``editor`` and ``replay:<file>`` behave exactly as in an
optimization run (same replay file format, same editor bridge, same reasons for a manual follow-up).
``litellm:<provider/model>`` is called in the runner subprocess (:mod:`trainerd.llm.litellm_backend`),
so the daemon never imports LiteLLM.
"""

from __future__ import annotations

from pathlib import Path

from trainerd.llm import Completer, FollowupNeeded, Model, ModelSpec, ReplayMismatch, parse_model


class ManualFollowup(Exception):  # noqa: N818 - a branch of the flow, not a failure
    """No model answered; the reason says why. The caller writes the follow-up report."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_spec(model: str | None, base: Path | None = None) -> ModelSpec:
    """The parsed model spec (``manual`` when none); a bad one is a ``TrainerError`` on field ``model``."""
    return parse_model(model, cwd=base)


class Asker:
    """One stage's conversation with the model: each :meth:`ask` is one turn."""

    def __init__(
        self,
        spec: ModelSpec,
        completer: Completer | None = None,
        cwd: Path | None = None,
        interpreter: str | None = None,
    ) -> None:
        self.spec = spec
        self.cwd = cwd or Path.cwd()
        self.interpreter = interpreter
        self._model = Model(spec, completer)

    def ask(self, messages: list[dict[str, str]]) -> str:
        request = {"messages": messages, "max_tokens": 4096, "json": True}
        if self.spec.backend == "litellm":
            from trainerd.research.process import run_runner

            answer = run_runner(
                {"mode": "complete", "model": self.spec.model, **request},
                cwd=self.cwd,
                timeout_s=600.0,
                interpreter=self.interpreter,
            )
            if not answer.get("ok"):
                raise ManualFollowup(str(answer.get("message") or f"{self.spec.describe()} did not answer"))
            return str(answer["content"])
        try:
            return self._model.ask(messages, 4096, True)
        except (FollowupNeeded, ReplayMismatch) as exc:  # no model, no editor, or the replay ran out
            raise ManualFollowup(str(exc)) from None
