"""A second opinion from the configured model on an error trainerd reports as ``unknown``.

Only for ``unknown`` root causes, only when a model is configured (``--model`` / ``trainer.model``:
``editor``, ``litellm:…``, ``replay:…``), and always labelled as the model's: it is shown beside the
explanation, never turned into a fix or an edit. With no model (``manual``) nothing is asked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from trainerd.llm.errors import FollowupNeeded, ReplayMismatch
from trainerd.llm.model import Completer, Model
from trainerd.llm.spec import parse_model
from trainerd.triage.classify import WORDS_SHAPES, Triage

LABEL = "The model's opinion (not checked by trainerd; nothing is changed from it)"
_SYSTEM = (
    "You read an error from a machine-learning training run that an automatic classifier could not "
    "place. In at most five sentences: the most likely cause, whether it is a runtime problem (environment, "
    "data files, configuration, installation) or a change to the training logic, and what the user should "
    "check first. Say so when the lines do not show enough. Do not invent file contents."
)


CONTEXT_CHARS = 6000  # of the pasted text shown beside the error (a thread's replies often say what it was)


def context_of(error: Triage, text: str, first_line: int = 1) -> str:
    """The part of ``text`` (whose first line is log line ``first_line``) the model is shown with ``error``: all of it
    for an error told in words (the rest of the paste is all there is to read), else the lines around the error; at
    most ``CONTEXT_CHARS``, its head and tail kept."""
    lines = text.splitlines()
    if any(s in error.shapes for s in WORDS_SHAPES):
        first, last = 0, len(lines)
    else:
        start = int(error.log_lines.get("start") or first_line) - first_line
        end = int(error.log_lines.get("end") or error.log_lines.get("start") or first_line) - first_line
        first, last = max(0, start - 20), min(len(lines), max(end, start) + 1 + 40)
    excerpt = "\n".join(lines[first:last])
    if len(excerpt) > CONTEXT_CHARS:
        half = CONTEXT_CHARS // 2
        excerpt = excerpt[:half] + "\n[...]\n" + excerpt[-half:]
    return excerpt


def _prompt(error: Triage, context: str | None = None) -> str:
    looked = error.details.get("looked_at", {})
    frames = "\n".join(looked.get("frames", [])) or "(no frames)"
    chain = "\n".join(looked.get("exceptions", [])) or f"{error.exception}: {error.message[:500]}"
    prompt = f"Exception(s):\n{chain}\n\nFrames (outermost first):\n{frames}\n\nFull message:\n{error.message[:2000]}"
    if context:
        prompt += f"\n\nThe text it was found in (as pasted; replies may say what it was):\n{context}"
    return prompt


def second_opinion(
    error: Triage, ask: Callable[[list[dict[str, Any]]], str], context: str | None = None
) -> dict[str, Any]:
    """The model's reading of ``error`` (with ``context``, the text around it) as a labelled note (``text``), or why
    there is none (``note``)."""
    messages = [{"role": "system", "content": _SYSTEM}, {"role": "user", "content": _prompt(error, context)}]
    try:
        text = ask(messages)
    except (FollowupNeeded, ReplayMismatch) as exc:
        return {"by": "model", "label": LABEL, "text": None, "note": f"no second opinion: {exc}"}
    return {"by": "model", "label": LABEL, "text": text.strip()[:2000], "note": None}


def ask_with(
    model: str, cwd: Path | None = None, completer: Completer | None = None
) -> Callable[[list[dict[str, Any]]], str]:
    """An ``ask(messages) -> text`` for the model spec (the editor's model needs ``completer``)."""
    spec = parse_model(model, cwd)
    backend = Model(spec, completer=completer)

    def ask(messages: list[dict[str, Any]]) -> str:
        return backend.ask(messages, max_tokens=600, want_json=False)

    return ask
