"""The one timestamp format of every file trainerd writes (the trainer-workspace contract's)."""

from __future__ import annotations

from datetime import UTC, datetime

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def utc_now() -> str:
    """Now, in UTC, as ``2026-12-03T13:06:51Z``."""
    return datetime.now(UTC).strftime(TIMESTAMP_FORMAT)


def parse_utc(text: str) -> datetime | None:
    """A timestamp written by :func:`utc_now` (``None`` when it is not one)."""
    try:
        return datetime.strptime(text, TIMESTAMP_FORMAT).replace(tzinfo=UTC)
    except (TypeError, ValueError):
        return None
