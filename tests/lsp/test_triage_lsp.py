"""Triage over LSP against the real daemon: trainer/triage, live diagnostics at the user's frame from a
session whose output.log a real process appends to, the fix code action, and a real tmux session."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from tests.lsp import helpers
from tests.lsp.helpers import shutdown
from tests.training.conftest import close_backend_sessions
from tests.triage.conftest import CORPUS
from trainerd.data import to_plain

SERVER = ClientServerConfig(
    server_command=[sys.executable, "-m", "trainerd", "serve", "--log-level", "debug"]
)
TIMEOUT = 30

TRAIN = textwrap.dedent("""
    import json

    def load(path):
        with open(path) as fh:
            return json.load(fh)

    print({"loss": 0.9, "grad_norm": 0.3, "epoch": 0.1}, flush=True)
    cfg = load("configs/trian.json")
""").lstrip()


@pytest.fixture
def project(tmp_path: Path):
    root = tmp_path / "proj"
    (root / "configs").mkdir(parents=True)
    (root / "configs" / "train.json").write_text('{"lr": 0.1}\n')
    (root / "train.py").write_text(TRAIN)
    (root / ".git").mkdir()
    yield root
    close_backend_sessions(root)


async def _initialize(lsp_client: LanguageClient, project: Path, capabilities: str) -> None:
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(capabilities),
            root_uri=project.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=project.as_uri(), name=project.name)],
        )
    )


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, project: Path):
    await _initialize(lsp_client, project, "visual-studio-code")
    yield
    await shutdown(lsp_client)


@pytest_lsp.fixture(config=SERVER, params=["visual-studio-code", "neovim"])
async def editor(lsp_client: LanguageClient, project: Path, request):
    """The live-diagnostics path with each editor's capability set."""
    await _initialize(lsp_client, project, request.param)
    yield
    await shutdown(lsp_client)


async def raw(client: LanguageClient, method: str, params, timeout: float = TIMEOUT):
    return to_plain(await helpers.raw_request(client, method, params, timeout=timeout))


def expect_event(client: LanguageClient, kind: str, session: str | None = None):
    async def waiter():
        while True:
            params = await client.protocol.wait_for_notification_async("trainer/sessionEvent")
            if params.kind == kind and (session is None or params.session == session):
                return to_plain(params)

    return asyncio.ensure_future(asyncio.wait_for(waiter(), TIMEOUT))


async def wait_diagnostics(client: LanguageClient, uri: str, predicate) -> list[types.Diagnostic]:
    async def waiter():
        while not predicate(client.diagnostics.get(uri, [])):
            await client.protocol.wait_for_notification_async(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        return client.diagnostics[uri]

    return await asyncio.wait_for(waiter(), TIMEOUT)


def make_session(root: Path, name: str) -> Path:
    d = root / ".trainer-workspace" / "training" / name
    d.mkdir(parents=True)
    (d / "session.json").write_text(
        json.dumps(
            {
                "name": name,
                "command": "python train.py",
                "cwd": str(root),
                "backend": "tmux",
                "state": "running",
                "log_path": str(d / "output.log"),
                "session_dir": str(d),
                "root": str(root),
                "restarts": [],
            }
        )
    )
    (d / "output.log").write_text("")
    return d


async def test_triage_request_classifies_text(client: LanguageClient, project: Path):
    text = (CORPUS / "gpu_multirank_oom_watchdog.log").read_text()
    result = await raw(client, "trainer/triage", {"text": text})
    root = result["errors"][result["rootCause"]]
    assert (root["kind"], root["category"], root["rank"]) == ("runtime", "cuda_oom", 1)
    assert result["summary"].startswith("Root cause: OutOfMemoryError")
    shutil.copy(
        CORPUS / "real_shape_matmul.log", project / "matmul.log"
    )  # triage reads inside the workspace only
    by_path = await raw(client, "trainer/triage", {"path": "matmul.log"})
    assert by_path["errors"][0]["kind"] == "logic"
    # publish: a pasted traceback shows up at the user's own file as a diagnostic
    proc = subprocess.run(
        [sys.executable, "train.py"], cwd=project, capture_output=True, text=True, timeout=60
    )
    uri = (project / "train.py").as_uri()
    pasted = await raw(client, "trainer/triage", {"text": proc.stderr, "publish": True})
    assert pasted["errors"][0]["proposal"]["kind"] == "closest_path"
    diags = await wait_diagnostics(client, uri, lambda ds: any(d.code == "file_not_found" for d in ds))
    assert diags[0].range.start.line == 3 and diags[0].severity == types.DiagnosticSeverity.Error


BAD_PARAMS = [
    ({}, "text"),
    ({"text": 5}, "text"),
    ({"text": "x", "cwd": "/does/not/exist"}, "cwd"),
    ({"text": "x", "session": "../etc"}, "session"),
    ({"text": "x", "session": "nope"}, "session"),
    ({"path": "missing.log"}, "path"),
    ({"text": "x", "publish": "yes"}, "publish"),
]


async def test_triage_bad_params_name_the_field(client: LanguageClient):
    for params, field in BAD_PARAMS:
        with pytest.raises(JsonRpcInvalidParams, match=f"'{field}'"):
            await raw(client, "trainer/triage", params)
    result = await raw(client, "trainer/triage", {"text": "nothing wrong here\n"})  # still serving
    assert result["errors"] == []


async def test_live_session_crash_diagnostic_and_fix(editor: LanguageClient, project: Path):
    client = editor
    session = make_session(project, "trainer-train-20260101-120000")
    crashed = expect_event(client, "crash", session.name)
    with open(session / "output.log", "ab") as log:  # a real process appends to the session's log
        rc = subprocess.run(
            [sys.executable, "train.py"], cwd=project, stdout=log, stderr=subprocess.STDOUT, timeout=60
        )
    assert rc.returncode != 0
    event = await crashed
    assert set(event) >= {"session", "kind", "message", "logPath", "sessionDir", "details"}
    assert event["details"]["triage"]["category"] == "file_not_found"
    uri = (project / "train.py").as_uri()
    diags = await wait_diagnostics(client, uri, lambda ds: any(d.code == "file_not_found" for d in ds))
    [diag] = [d for d in diags if d.code == "file_not_found"]
    assert diag.severity == types.DiagnosticSeverity.Error and diag.source == "trainer"
    assert diag.range.start.line == 3  # `with open(path)`: the deepest frame in the user's code
    assert "The error is FileNotFoundError" in diag.message and "configs/train.json" in diag.message
    [related] = diag.related_information
    assert related.location.uri == (session / "output.log").as_uri()
    log_lines = (session / "output.log").read_text().splitlines()
    assert log_lines[related.location.range.start.line].startswith("FileNotFoundError")
    actions = await raw(
        client,
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diag.range,
            context=types.CodeActionContext(diagnostics=[diag]),
        ),
    )
    [action] = [a for a in actions if a["title"].startswith("trainerd:")]
    assert action["kind"] == "quickfix"
    [(edit_uri, [edit])] = action["edit"]["changes"].items()
    assert edit_uri == uri and edit["newText"] == "configs/train.json"
    # the client applies the WorkspaceEdit, then runs the command, which records the fix
    source = (project / "train.py").read_text().split("\n")
    row = source[edit["range"]["start"]["line"]]
    source[edit["range"]["start"]["line"]] = (
        row[: edit["range"]["start"]["character"]]
        + edit["newText"]
        + row[edit["range"]["end"]["character"] :]
    )
    (project / "train.py").write_text("\n".join(source))
    record = await raw(
        client,
        types.WORKSPACE_EXECUTE_COMMAND,
        types.ExecuteCommandParams(
            command=action["command"]["command"], arguments=action["command"]["arguments"]
        ),
    )
    assert record["ok"] and record["restart_command"] == "python train.py"
    fixes = json.loads((session / "fixes.json").read_text())["fixes"]
    assert [f["fix"]["kind"] for f in fixes] == ["closest_path"]
    assert fixes[0]["signature"] == event["details"]["triage"]["signature"]
    assert (
        subprocess.run([sys.executable, "train.py"], cwd=project, capture_output=True, timeout=60).returncode
        == 0
    )


async def test_apply_fix_command_creates_a_directory(client: LanguageClient, project: Path):
    (project / "save.py").write_text("open('runs/exp1/metrics.json', 'w').write('{}')\n")
    session = make_session(project, "trainer-train-20260101-130000")
    proc = subprocess.run(
        [sys.executable, "save.py"], cwd=project, capture_output=True, text=True, timeout=60
    )
    result = await raw(client, "trainer/triage", {"text": proc.stderr, "session": session.name})
    t = result["errors"][0]
    assert t["proposal"]["kind"] == "create_dir"
    args = {"fix": t["proposal"], "cwd": str(project), "session_dir": str(session), "triage": t}
    record = await raw(
        client,
        types.WORKSPACE_EXECUTE_COMMAND,
        types.ExecuteCommandParams(command="trainer.applyFix", arguments=[args]),
    )
    assert record["ok"] and (project / "runs" / "exp1").is_dir()
    assert json.loads((session / "fixes.json").read_text())["fixes"][0]["signature"] == t["signature"]
    assert subprocess.run([sys.executable, "save.py"], cwd=project, timeout=60).returncode == 0


async def test_apply_fix_command_bad_args(client: LanguageClient, project: Path):
    with pytest.raises(JsonRpcInvalidParams, match="'cwd'"):
        await raw(
            client,
            types.WORKSPACE_EXECUTE_COMMAND,
            types.ExecuteCommandParams(command="trainer.applyFix", arguments=[{"fix": {"kind": "x"}}]),
        )
    with pytest.raises(JsonRpcInvalidParams, match="'fix'"):
        await raw(
            client,
            types.WORKSPACE_EXECUTE_COMMAND,
            types.ExecuteCommandParams(
                command="trainer.applyFix", arguments=[{"fix": {}, "cwd": str(project)}]
            ),
        )


@pytest.mark.slow
async def test_crash_in_a_real_tmux_session(client: LanguageClient, project: Path):
    result = await raw(
        client,
        "trainer/launchTraining",
        {"command": "python3 train.py", "backend": "tmux", "settle_seconds": 0},
    )
    name = result["session"]["name"]
    event = await expect_event(client, "crash", name)
    assert event["details"]["triage"]["exception"] == "FileNotFoundError"
    assert event["details"]["triage"]["frame"]["line"] == 4
    events = (Path(result["session"]["sessionDir"]) / "events.jsonl").read_text()
    assert '"kind": "crash"' in events
