"""One run's conversation with the configured model, whatever the backend."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from trainerd.llm.errors import FollowupNeeded, ReplayMismatch
from trainerd.llm.replay import load_replay
from trainerd.llm.spec import ModelSpec

# the editor backend's hook: (messages, max_tokens, want_json) -> the model's text
Completer = Callable[[list[dict[str, Any]], int, bool], str]
# how a litellm call is made from here: (model, messages, max_tokens, want_json) -> text
LiteLLMCall = Callable[[str, list[dict[str, Any]], int, bool], str]


class Model:
    """Answers prompts for one run. ``turn`` counts the answers given (a resumed run starts after the
    turns it already had, so a replay continues where it stopped)."""

    def __init__(
        self,
        spec: ModelSpec,
        completer: Completer | None = None,
        litellm: LiteLLMCall | None = None,
        start_turn: int = 0,
    ) -> None:
        self.spec, self.completer, self.litellm = spec, completer, litellm
        self.turn = start_turn
        self._turns = load_replay(spec.replay_file) if spec.replay_file else []

    def ask(
        self,
        messages: list[dict[str, Any]],
        max_tokens: int = 4096,
        want_json: bool = True,
        variables: list[str] | None = None,
    ) -> str:
        """The model's answer; :class:`FollowupNeeded` when nobody answers, :class:`ReplayMismatch`
        when a replay file does not fit."""
        backend = self.spec.backend
        if backend == "manual":
            raise FollowupNeeded("no model is configured (--model manual)")
        if backend == "replay":
            return self._replay(variables)
        if backend == "editor":
            completer = self.completer
            if completer is None:
                raise FollowupNeeded("the editor backend has no completer (no editor is connected)")
            text = self._call(lambda: completer(messages, max_tokens, want_json), "the editor's model")
        elif backend == "litellm":
            assert self.spec.model is not None
            from trainerd.llm.litellm_backend import complete

            call: LiteLLMCall = self.litellm or complete
            model = self.spec.model
            text = self._call(
                lambda: call(model, messages, max_tokens, want_json), f"LiteLLM model {model!r}"
            )
        else:  # pragma: no cover - parse_model admits no other backend
            raise FollowupNeeded(f"backend {backend!r} cannot answer")
        self.turn += 1
        return text

    @staticmethod
    def _call(fn: Callable[[], Any], who: str) -> str:
        try:
            text = fn()
        except FollowupNeeded:
            raise
        except Exception as exc:  # a completer's own failure: nobody answered
            raise FollowupNeeded(f"{who} is unavailable: {exc}") from None
        if not isinstance(text, str):
            raise FollowupNeeded(f"{who} returned no text")
        return text

    def _replay(self, variables: list[str] | None) -> str:
        if self.turn >= len(self._turns):
            raise ReplayMismatch(
                f"replay mismatch: the run asked for turn {self.turn + 1} but "
                f"{self.spec.replay_file} records only {len(self._turns)}"
            )
        recorded = self._turns[self.turn]
        want = recorded.get("variables")
        if want is not None and variables is not None and sorted(want) != sorted(variables):
            raise ReplayMismatch(
                f"replay mismatch at turn {self.turn + 1}: the recorded prompt had variables {want}, "
                f"this run has {variables}"
            )
        self.turn += 1
        return str(recorded["response"])
