"""The two ways a model can fail to answer."""

from __future__ import annotations


class FollowupNeeded(Exception):  # noqa: N818 - a supported branch of the flow, not a failure
    """No model answered (none configured, no editor, the editor or provider unavailable, a timeout):
    the caller stops at a manual follow-up. ``reason`` says why, in words a user can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ReplayMismatch(Exception):
    """The replay file does not fit the run (more turns asked than recorded, other variables)."""
