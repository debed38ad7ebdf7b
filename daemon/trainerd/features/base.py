"""The shape of an LSP feature: one class per concern, its handlers and its lifecycle hooks.

A feature registers its requests, notifications, commands and code-action providers in
:meth:`LanguageFeature.register`; the server calls the hooks at the matching moments of the session,
so no feature needs a thread that waits for the server to be ready. Hooks may be coroutines; one that
fails is logged and the others still run.
"""

from __future__ import annotations

import inspect
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lsprotocol import types

    from trainerd.server import TrainerServer

logger = logging.getLogger(__name__)

HOOKS = (
    "initialize",
    "initialized",
    "shutdown",
    "did_open",
    "did_change",
    "did_save",
    "did_close",
    "did_change_workspace_folders",
)


class LanguageFeature:
    """Base of every feature. Override :meth:`register` and whichever hooks the feature needs."""

    name = "feature"

    def __init__(self, server: TrainerServer) -> None:
        self.server = server

    def register(self) -> None:
        """Register the feature's handlers on ``self.server``."""

    # lifecycle hooks: each gets the notification's params (``initialize`` the InitializeParams)
    def initialize(self, params: types.InitializeParams) -> Any:
        """``initialize`` was received; settings are applied, workspace folders known."""

    def initialized(self) -> Any:
        """The client said ``initialized``: requests to the client may be sent from now on."""

    def shutdown(self) -> Any:
        """``shutdown``: stop threads, watchers and child processes the feature owns."""

    def did_open(self, params: types.DidOpenTextDocumentParams) -> Any: ...

    def did_change(self, params: types.DidChangeTextDocumentParams) -> Any: ...

    def did_save(self, params: types.DidSaveTextDocumentParams) -> Any: ...

    def did_close(self, params: types.DidCloseTextDocumentParams) -> Any: ...

    def did_change_workspace_folders(self, params: types.DidChangeWorkspaceFoldersParams) -> Any: ...


def overrides(feature: LanguageFeature, hook: str) -> bool:
    """Does ``feature`` implement ``hook`` itself (not the base's no-op)?"""
    return getattr(type(feature), hook) is not getattr(LanguageFeature, hook)


async def run_hook(features: list[LanguageFeature], hook: str, *args: Any) -> None:
    """Call ``hook`` on every feature that implements it, in registration order."""
    for feature in features:
        if not overrides(feature, hook):
            continue
        try:
            result = getattr(feature, hook)(*args)
            if inspect.isawaitable(result):
                await result
        except Exception:
            logger.exception("%s: the %s hook failed", feature.name, hook)
