"""Errors the services raise for bad input; both the CLI and the server turn them into clear messages.

The server maps :class:`TrainerError` to a JSON-RPC ``-32602`` (invalid params) naming the field in
``field`` when set; the CLI prints ``trainerd: error: …`` and exits 2.
"""

from __future__ import annotations


class TrainerError(Exception):
    """A user-facing error: bad target, missing file, refused operation."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class TargetError(TrainerError):
    """The target does not exist, is a directory, is not Python, or names an unknown symbol."""


class WorkspaceCorrupt(TrainerError):
    """``workflow-status.json`` cannot be read; never silently overwritten."""
