"""The editor's model: ``trainer/complete``, a request from the daemon to the client.

LSP-free: the LSP feature gives :class:`EditorBridge` a function that sends the request (and one that
says whether the client declared it answers). Every caller (optimization runs, research) gets the same
timeout and the same reasons for a manual follow-up.
"""

from __future__ import annotations

import concurrent.futures
import threading
import time
from collections.abc import Callable
from typing import Any

from trainerd.llm.errors import FollowupNeeded

COMPLETE_TIMEOUT_S = 600.0  # the client's model may think for a while; the user can cancel the run
POLL_S = 0.25
CAPABILITY = "trainerComplete"  # ClientCapabilities.experimental.trainerComplete: true

# params -> a future of the client's result (``{"content": str}``)
Send = Callable[[dict[str, Any]], "concurrent.futures.Future[Any]"]


class EditorBridge:
    """Asks the client's model; one instance per server connection."""

    def __init__(
        self, send: Send, declared: Callable[[], bool], timeout_s: float = COMPLETE_TIMEOUT_S
    ) -> None:
        self.send, self.declared, self.timeout_s = send, declared, timeout_s

    def completer(
        self,
        run_id: str | None = None,
        cancel: threading.Event | None = None,
        alive: Callable[[], bool] | None = None,
    ) -> Callable[[list[dict[str, Any]], int, bool], str]:
        """A completer for one run: it gives up (a follow-up) when ``cancel`` is set or ``alive()`` turns
        false (the process that needs the answer died)."""

        def complete(messages: list[dict[str, Any]], max_tokens: int, want_json: bool) -> str:
            return self.ask(messages, max_tokens, want_json, run_id, cancel, alive)

        return complete

    def ask(
        self,
        messages: list[dict[str, Any]],
        max_tokens: int = 4096,
        want_json: bool = True,
        run_id: str | None = None,
        cancel: threading.Event | None = None,
        alive: Callable[[], bool] | None = None,
    ) -> str:
        if not self.declared():
            raise FollowupNeeded(f"the client did not declare capabilities.experimental.{CAPABILITY}")
        params: dict[str, Any] = {"messages": messages, "maxTokens": max_tokens, "json": bool(want_json)}
        if run_id is not None:
            params["runId"] = run_id
        try:
            future = self.send(params)
        except Exception as exc:
            raise FollowupNeeded(f"trainer/complete could not be sent to the client: {exc}") from None
        deadline = time.monotonic() + self.timeout_s
        while True:
            try:
                result = future.result(timeout=POLL_S)
                break
            except (TimeoutError, concurrent.futures.TimeoutError):
                if cancel is not None and cancel.is_set():
                    raise FollowupNeeded(
                        "the run was cancelled while waiting for the editor's model"
                    ) from None
                if alive is not None and not alive():
                    raise FollowupNeeded("the worker died while the editor's model was asked") from None
                if time.monotonic() > deadline:
                    raise FollowupNeeded(
                        f"the editor's model did not answer within {self.timeout_s:.0f} s"
                    ) from None
            except concurrent.futures.CancelledError:
                raise FollowupNeeded("the trainer/complete request was cancelled") from None
            except Exception as exc:
                raise FollowupNeeded(f"the client answered trainer/complete with an error: {exc}") from None
        content = _content(result)
        if content is None:
            raise FollowupNeeded("the client's trainer/complete answer has no 'content' string")
        return content


def _content(result: Any) -> str | None:
    if isinstance(result, str):
        return result
    if isinstance(result, dict):
        value = result.get("content")
    else:  # pygls hands untyped results over as namedtuple-like objects
        value = getattr(result, "content", None)
    return value if isinstance(value, str) else None
