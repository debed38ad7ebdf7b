"""One LiteLLM completion. LiteLLM is imported here and nowhere else, only when a ``litellm:`` model
asks, and only in a process that may pay for it (the optimization worker's child, the research runner).

Every provider failure (no key, rate limit, timeout, connection refused, an empty answer) is a
:class:`FollowupNeeded`: the run stops at a manual follow-up instead of failing.
"""

from __future__ import annotations

import os
from typing import Any

from trainerd.llm.errors import FollowupNeeded

TIMEOUT_ENV = "TRAINERD_LLM_TIMEOUT"
DEFAULT_TIMEOUT_S = 120.0


def complete(
    model: str, messages: list[dict[str, Any]], max_tokens: int = 4096, want_json: bool = True
) -> str:
    """Ask ``model`` (a LiteLLM model name, e.g. ``openai/gpt-4o-mini``) and return the text."""
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # no network at import
    import litellm

    kwargs: dict[str, Any] = {
        "model": model,
        "messages": messages,
        "max_tokens": max_tokens,
        "timeout": float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT_S)),
        "num_retries": 0,
    }
    if want_json:
        kwargs["response_format"] = {"type": "json_object"}
    try:
        reply = litellm.completion(**kwargs)
    except Exception as exc:  # every provider failure is a follow-up, not a crash
        raise FollowupNeeded(
            f"LiteLLM model {model!r} is unavailable ({type(exc).__name__}): {str(exc)[:600]}"
        ) from None
    content = reply.choices[0].message.content
    if not isinstance(content, str) or not content.strip():
        raise FollowupNeeded(f"LiteLLM model {model!r} returned an empty answer")
    return content
