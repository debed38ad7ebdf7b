"""Document events: every feature's listener runs, a failing one does not stop the others."""

from __future__ import annotations

import asyncio
import logging

import pytest

from trainerd.features.common import DocumentEvents


def test_listeners_run_in_order_sync_and_async_and_survive_a_failure(caplog):
    events = DocumentEvents()
    seen: list[str] = []

    def broken(server, params):
        raise RuntimeError("listener bug")

    def sync_listener(server, params):
        seen.append(f"sync {params}")

    async def async_listener(server, params):  # a coroutine: dispatch must await it
        seen.append(f"async {params}")

    for listener in (broken, sync_listener, async_listener):
        events.add("save", listener)
    events.add("open", sync_listener)

    with caplog.at_level(logging.ERROR, logger="trainerd"):
        asyncio.run(events.dispatch(object(), "save", "a.py"))

    assert seen == ["sync a.py", "async a.py"]
    assert "listener bug" in caplog.text


def test_unknown_event_is_refused():
    with pytest.raises(ValueError, match="unknown document event 'rename'"):
        DocumentEvents().add("rename", lambda server, params: None)
