"""Code lenses, codeLens/resolve, refresh on workspace changes, surface diagnostics and their code
actions, and trainer/surfaces -- over the real daemon."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pytest_lsp import LanguageClient

from tests.conftest import copy_example
from tests.lsp.conftest import SERVER, initialize
from tests.lsp.helpers import TIMEOUT, raw_request, request, shutdown, wait_for_diagnostics
from trainerd.data import to_plain

FIXTURES = Path(__file__).parent.parent / "surface" / "fixtures"


def open_doc(client: LanguageClient, path: Path, text: str | None = None, version: int = 1) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri,
                language_id="python" if path.suffix == ".py" else "json",
                version=version,
                text=path.read_text() if text is None else text,
            )
        )
    )
    return uri


def change_doc(client: LanguageClient, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


async def lenses(client: LanguageClient, uri: str) -> list[dict]:
    return await raw_request(
        client,
        types.TEXT_DOCUMENT_CODE_LENS,
        types.CodeLensParams(text_document=types.TextDocumentIdentifier(uri=uri)),
    )


def state_lenses(items: list[dict]) -> list[dict]:
    return [lens for lens in items if lens.get("data", {}).get("kind") == "state"]


async def lenses_once(client: LanguageClient, uri: str, shown: Callable[[list[dict]], object]) -> list[dict]:
    """The file's lenses once they show what ``shown`` looks for, read again after each refresh the server asks for
    (an earlier change's refresh may arrive first); fails after TIMEOUT."""
    deadline = asyncio.get_running_loop().time() + TIMEOUT
    while True:
        got = await lenses(client, uri)
        if shown(got):
            return got
        remaining = deadline - asyncio.get_running_loop().time()
        if remaining <= 0:
            raise AssertionError(f"lenses never showed what was expected; last: {titled(got)}")
        await asyncio.wait_for(client.lens_refreshes.get(), remaining)


async def resolve(client: LanguageClient, lens: dict) -> types.Command:
    """codeLens/resolve with the lens exactly as the server sent it (its data round-trips); the command."""
    typed = client.protocol._converter.structure(lens, types.CodeLens)
    resolved = await request(client, types.CODE_LENS_RESOLVE, typed)
    return resolved.command


def titled(items: list[dict]) -> list[tuple[int, str, str]]:
    return [
        (lens["range"]["start"]["line"], lens["command"]["title"], lens["command"]["command"])
        for lens in items
        if lens.get("command")
    ]


def surface_diags(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    return [d for d in client.diagnostics.get(uri, []) if d.code not in ("review_missing",)]


@pytest_lsp.fixture(config=SERVER)
async def vscode(lsp_client: LanguageClient, lsp_project: Path):
    """A VS Code client (it supports workspace/codeLens/refresh) that counts refresh requests."""
    lsp_client.lens_refreshes = asyncio.Queue()

    @lsp_client.feature(types.WORKSPACE_CODE_LENS_REFRESH)
    def on_refresh(client: LanguageClient, params: None) -> None:
        client.lens_refreshes.put_nowait(True)

    await initialize(lsp_client, lsp_project, "visual-studio-code")
    yield
    await shutdown(lsp_client)


def accept_refresh(client: LanguageClient) -> None:
    """The shared fixture's client has no workspace/codeLens/refresh handler; VS Code's has one."""
    if types.WORKSPACE_CODE_LENS_REFRESH not in client.protocol.fm.features:
        client.feature(types.WORKSPACE_CODE_LENS_REFRESH)(lambda *_: None)


async def test_lens_and_resolve_on_a_tested_function(client: LanguageClient, lsp_project: Path):
    accept_refresh(client)
    uri = open_doc(client, lsp_project / "stats.py")
    got = await lenses(client, uri)
    assert titled(got) == [(3, "Optimize with Trace", "trainer.optimize")]
    optimize = got[0]["command"]
    assert optimize["arguments"] == [{"uri": uri, "symbol": "median"}]
    unresolved = [lens for lens in got if not lens.get("command")]
    assert [lens["data"]["kind"] for lens in unresolved] == ["tests"]
    resolved = await resolve(client, unresolved[0])
    assert resolved.title == "Tests: tests/test_stats.py"
    assert resolved.tooltip == "Feedback command: python -m pytest -q tests/test_stats.py"
    assert await lenses(client, uri) == got  # same version: the cached answer


async def test_lenses_follow_edits_and_survive_syntax_errors(client: LanguageClient, lsp_project: Path):
    accept_refresh(client)
    path = lsp_project / "agent.py"
    path.write_text((FIXTURES / "spell_names.py").read_text())
    uri = open_doc(client, path)
    assert [(line, title) for line, title, _ in titled(await lenses(client, uri))] == [
        (3, "Optimize with Trace"),
        (8, "Optimize with Trace"),
        (11, "Optimize with Trace"),  # self.labels = node(..., trainable=True): Classifier.labels
        (13, "Optimize with Trace"),
    ]
    text = path.read_text() + "\n\n@B(trainable=True)\ndef added(x):\n    return x\n"
    change_doc(client, uri, text, 2)
    got = titled(await lenses(client, uri))
    assert got[-1][0] == 18 and len(got) == 5
    assert (await lenses(client, uri))[-1]["command"]["arguments"][0]["symbol"] == "added"
    change_doc(client, uri, text + "\ndef half_typed(:\n", 3)
    assert len(titled(await lenses(client, uri))) == 5  # the last good analysis stays
    diags = await wait_for_diagnostics(client, uri, lambda ds: any(d.code == "syntax_error" for d in ds))
    syntax = [d for d in diags if d.code == "syntax_error"]
    assert len(syntax) == 1 and syntax[0].severity == types.DiagnosticSeverity.Error
    assert syntax[0].range.start.line == 22
    change_doc(client, uri, text, 4)
    await wait_for_diagnostics(client, uri, lambda ds: not any(d.code == "syntax_error" for d in ds))


async def test_hidden_dependency_diagnostics_and_code_actions(vscode: LanguageClient, lsp_project: Path):
    client = vscode
    path = lsp_project / "hidden.py"
    path.write_text((FIXTURES / "hidden.py").read_text())
    uri = open_doc(client, path)
    diags = await wait_for_diagnostics(
        client, uri, lambda ds: any(d.code == "hidden_dependencies" for d in ds)
    )
    hidden = [d for d in diags if d.code == "hidden_dependencies"]
    assert [(d.range.start.line, d.data["names"]) for d in hidden] == [
        (17, ["regex"]),
        (18, ["Counter"]),
        (19, ["json"]),
        (19, ["LIMIT"]),
        (19, ["helper"]),
        (19, ["undefined_name"]),
        (39, ["_cache"]),
        (48, ["prefix"]),
        (54, ["json"]),
    ]
    assert all(d.source == "trainer" and d.severity == types.DiagnosticSeverity.Warning for d in hidden)
    regex = hidden[0]
    actions = await raw_request(
        client,
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=regex.range,
            context=types.CodeActionContext(diagnostics=[regex]),
        ),
    )
    # the optimize feature adds its override ("Optimize anyway") to the same diagnostic
    assert "Optimize anyway (I checked the hidden dependencies)" in [a["title"] for a in actions]
    actions = [a for a in actions if not a["title"].startswith("Optimize anyway")]
    assert [a["title"] for a in actions] == [
        "Import `regex` inside `parse` (import re as regex)",
        "Allow external dependencies (add allow_external_dependencies=True; confirm the comment)",
    ]
    edit = actions[0]["edit"]["documentChanges"][0]
    assert edit["textDocument"] == {"uri": uri, "version": 1}
    (text_edit,) = edit["edits"]
    assert text_edit["newText"] == "    import re as regex\n"
    lines = path.read_text().splitlines(keepends=True)
    lines.insert(text_edit["range"]["start"]["line"], text_edit["newText"])
    change_doc(client, uri, "".join(lines), 2)
    after = await wait_for_diagnostics(
        client, uri, lambda ds: ds and not any(d.data and d.data.get("names") == ["regex"] for d in ds)
    )
    assert ["Counter"] in [d.data["names"] for d in after if d.code == "hidden_dependencies"]
    # an action computed for an older version is not offered: its edits would land in the wrong place
    stale = await raw_request(
        client,
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=regex.range,
            context=types.CodeActionContext(diagnostics=[regex]),
        ),
    )
    # (the optimize feature's "Optimize anyway" is a command, not an edit: it does not go stale)
    assert [a for a in stale if not a["title"].startswith("Optimize anyway")] == []


async def test_breadth_and_import_diagnostics(vscode: LanguageClient, lsp_project: Path):
    client = vscode
    path = lsp_project / "product.py"
    path.write_text((FIXTURES / "leak_product.py").read_text())
    uri = open_doc(client, path)
    await wait_for_diagnostics(client, uri, lambda ds: any(d.code == "trace_import_leak" for d in ds))
    leaks = [d for d in surface_diags(client, uri) if d.code == "trace_import_leak"]
    assert [d.range.start.line for d in leaks] == [14, 28]  # plain code in a module that runs no optimization
    broad = lsp_project / "broad.py"
    broad.write_text((FIXTURES / "broad.py").read_text())
    uri = open_doc(client, broad)
    diags = await wait_for_diagnostics(client, uri, lambda ds: any(d.code == "surface_too_broad" for d in ds))
    assert sorted(d.data["surface"] for d in diags if d.code == "surface_too_broad") == [
        "Assistant",
        "WHOLE",
        "branchy",
        "long_bundle",
    ]


async def test_trainer_surfaces_request(vscode: LanguageClient, lsp_project: Path):
    client = vscode
    spam = copy_example("spam_model", lsp_project)
    result = await request(client, "trainer/surfaces", {"path": "spam_model/spam.py"})
    surfaces = [(s.qualname, s.kind, s.trainable, s.startLine) for s in result.surfaces]
    assert surfaces == [
        ("SpamFilter", "model", True, 8),
        ("SpamFilter.__init__", "candidate", False, 10),  # every test builds a SpamFilter
        ("SpamFilter.threshold", "node", True, 11),
        ("SpamFilter.score", "bundle", True, 14),
        ("SpamFilter.decide", "bundle", False, 20),
        ("SpamFilter.is_spam", "candidate", False, 25),
    ]
    assert result.findings == []  # score reads SPAM_WORDS and says so (allow_external_dependencies=True)
    raw = to_plain(await raw_request(client, "trainer/surfaces", {"path": "spam_model/spam.py"}))
    first = raw["surfaces"][0]  # the LSP wire is camelCase; plain data keys (options) are kept as written
    assert {"startLine", "nameLine", "feedbackCommand", "hiddenDependencies"} <= set(first)
    assert "start_line" not in first and raw["findings"] == []
    uri = open_doc(
        client, spam / "spam.py", text="from opto import trace\nX = trace.node(1, trainable=True)\n"
    )
    result = await request(client, "trainer/surfaces", {"uri": uri})
    assert result.version == 1
    assert [s.qualname for s in result.surfaces] == ["X"]  # the open document's text, not the file


BAD_PARAMS = [
    ({"path": 5}, "path"),
    ({"uri": "https://example.com/a.py"}, "uri"),
    ({}, "uri"),
    ({"path": "missing.py"}, "path"),
    ({"path": "/etc/hostname"}, "path"),
]


async def test_trainer_surfaces_bad_params_get_32602_naming_the_field(
    vscode: LanguageClient, lsp_project: Path
):
    (lsp_project / "latin.py").write_bytes("NAME = 'caf\xe9'\n".encode("latin-1"))
    for params, field in [*BAD_PARAMS, ({"path": "latin.py"}, "path")]:
        with pytest.raises(JsonRpcInvalidParams) as info:
            await request(vscode, "trainer/surfaces", params)
        assert info.value.code == -32602 and field in info.value.message, (params, info.value.message)
    assert (await request(vscode, "trainer/surfaces", {"path": "stats.py"})).surfaces[0].qualname == "median"
    folder = await request(vscode, "trainer/surfaces", {"path": "."})  # a folder: every module in it
    assert [Path(f.path).name for f in folder.files] == ["stats.py"]
    assert "test_stats.py" in [Path(s.path).name for s in folder.skipped]


async def test_notebooks_and_huge_files_are_explained_plainly(vscode: LanguageClient, lsp_project: Path):
    client = vscode
    path = lsp_project / "explore.ipynb"
    path.write_text((FIXTURES / "notebook.ipynb").read_text())
    uri = open_doc(client, path)
    diags = await wait_for_diagnostics(client, uri, lambda ds: any(d.code == "notebook" for d in ds))
    (note,) = diags
    assert note.severity == types.DiagnosticSeverity.Information
    assert "`answer` (bundle, cell 2)" in note.message
    assert await lenses(client, uri) == []
    huge = lsp_project / "generated.py"
    huge.write_text("from opto import trace\n" + "X = trace.node(1, trainable=True)\n" * 25_000)
    uri = open_doc(client, huge)
    diags = await wait_for_diagnostics(client, uri, lambda ds: any(d.code == "file_too_large" for d in ds))
    assert [d.code for d in diags] == ["file_too_large"]
    assert "25,002 lines" in diags[0].message
    assert await lenses(client, uri) == []


async def test_state_lens_and_refresh_when_the_workspace_changes_on_disk(
    vscode: LanguageClient, lsp_project: Path
):
    client = vscode
    uri = open_doc(client, lsp_project / "stats.py")
    assert [lens.get("data", {}).get("kind") for lens in await lenses(client, uri)] == [None, "tests"]
    # another process creates the workspace: the daemon notices the status file and asks for a refresh
    subprocess.run(
        [sys.executable, "-m", "trainerd", "status", "stats.py::median"],
        cwd=lsp_project,
        capture_output=True,
        timeout=60,
    )
    state = state_lenses(await lenses_once(client, uri, state_lenses))
    assert len(state) == 1 and state[0]["range"]["start"]["line"] == 3
    resolved = await resolve(client, state[0])
    assert resolved.title == "Trace: review pending · blocked: review missing"
    while not client.lens_refreshes.empty():
        client.lens_refreshes.get_nowait()
    subprocess.run(
        [sys.executable, "-m", "trainerd", "review", "stats.py::median"],
        cwd=lsp_project,
        capture_output=True,
        timeout=60,
        check=True,
    )
    await asyncio.wait_for(client.lens_refreshes.get(), TIMEOUT)
    state = state_lenses(await lenses(client, uri))
    assert (await resolve(client, state[0])).title == "Trace: ready to optimize"


async def test_new_test_in_an_open_editor_makes_a_candidate(vscode: LanguageClient, lsp_project: Path):
    client = vscode
    (lsp_project / "extra.py").write_text("def triple(x):\n    return 3 * x\n")
    uri = open_doc(client, lsp_project / "extra.py")
    assert await lenses(client, uri) == []
    test_path = lsp_project / "tests" / "test_extra.py"
    test_path.write_text("")
    open_doc(
        client,
        test_path,
        text="from extra import triple\n\n\ndef test_triple():\n    assert triple(2) == 6\n",
    )
    got = await lenses_once(client, uri, lambda items: bool(titled(items)))
    assert titled(got) == [(0, "Optimize with Trace", "trainer.optimize")]
    resolved = await resolve(client, next(lens for lens in got if not lens.get("command")))
    assert resolved.title == "Tests: tests/test_extra.py::test_triple"


async def test_untitled_buffers_get_diagnostics_but_no_lenses(vscode: LanguageClient):
    uri = "untitled:Untitled-1"
    vscode.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="python", version=1, text=(FIXTURES / "star_and_leak.py").read_text()
            )
        )
    )
    diags = await wait_for_diagnostics(vscode, uri, lambda ds: any(d.code == "trace_star_import" for d in ds))
    assert sorted(d.code for d in diags) == ["trace_star_import"]
    assert await lenses(vscode, uri) == []


async def test_the_lens_command_reaches_the_optimizer(vscode: LanguageClient, lsp_project: Path):
    uri = open_doc(vscode, lsp_project / "stats.py")
    (optimize,) = [lens["command"] for lens in await lenses(vscode, uri) if lens.get("command")]
    result = await asyncio.wait_for(
        vscode.workspace_execute_command_async(
            types.ExecuteCommandParams(command=optimize["command"], arguments=optimize["arguments"])
        ),
        TIMEOUT,
    )
    # blockers come first: without the review checkpoint nothing runs, and the answer says so
    assert result["state"] == "blocked"
    assert [b["code"] for b in result["blockers"]] == ["review_missing"]
    assert result["contract"]["target"]["symbol"] == "median"
    # the workspace that answer created shows up as the state lens
    state = state_lenses(await lenses_once(vscode, uri, state_lenses))
    assert (await resolve(vscode, state[0])).title == "Trace: review pending · blocked: review missing"
