"""Every capability on both faces: each custom LSP method and command has its CLI verb, and each CLI
verb its LSP method or command. A face that gains a capability the other lacks fails here."""

from __future__ import annotations

import argparse

from trainerd.cli import build_parser
from trainerd.server import create_server

# LSP method or command -> the CLI verb that does the same work
LSP_TO_CLI = {
    "trainer/resolveWorkspace": "status",
    "trainer.showWorkspace": "status",
    "trainer.repairWorkspace": "status",  # status --repair
    "trainer.createReview": "review",
    "trainer/surfaces": "surfaces",
    "trainer/optimize": "optimize",
    "trainer.optimize": "optimize",
    "trainer/cancel": "optimize",  # the CLI run is cancelled with Ctrl-C: its state is kept, resumable
    "trainer.cancel": "optimize",
    "trainer/answerFollowup": "answer",
    "trainer.answerFollowup": "answer",
    "trainer.exportReplay": "export-replay",
    "trainer.writeBack": "write-back",
    "trainer.research": "research",
    "trainer.synthesize": "synthesize",
    "trainer.approveDataset": "approve",
    "trainer/detectTraining": "detect",
    "trainer/launchTraining": "launch",
    "trainer/sessions": "sessions",
    "trainer/stopTraining": "stop",
    "trainer/restartTraining": "restart",
    "trainer/sessionMetrics": "watch",
    "trainer/triage": "triage",
    "trainer.applyFix": "apply-fix",
}
# CLI verbs whose editor twin is the client's own UI over a method above, or that only a terminal has
CLI_ONLY = {
    "serve": "starts the daemon itself",
    "attach": "the editor opens a terminal running the attach command that trainer/sessions returns",
    "monitor": "the editor's twin is the live session watch (trainer/sessionEvent, trainer/sessionMetrics)",
}


def _lsp_surface() -> set[str]:
    fm = create_server().protocol.fm
    methods = {name for name in fm.features if name.startswith("trainer/")}
    return methods | {name for name in fm.commands if name.startswith("trainer.")}


def _cli_verbs() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_every_lsp_method_and_command_has_its_cli_verb():
    lsp, verbs = _lsp_surface(), _cli_verbs()
    unmapped = sorted(lsp - LSP_TO_CLI.keys())
    assert unmapped == [], "add the CLI twin and map it in LSP_TO_CLI"
    missing_verbs = sorted({LSP_TO_CLI[m] for m in lsp} - verbs)
    assert missing_verbs == [], "the CLI lacks these verbs"


def test_every_cli_verb_has_its_editor_twin():
    lsp, verbs = _lsp_surface(), _cli_verbs()
    reached = {verb for method, verb in LSP_TO_CLI.items() if method in lsp}
    lacking = sorted(verbs - reached - CLI_ONLY.keys())
    assert lacking == [], "these verbs have no LSP method or command"
    assert sorted(m for m in LSP_TO_CLI if m not in lsp) == [], "mapped methods the server does not register"
