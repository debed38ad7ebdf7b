"""The daemon as a process: a clean stdout, shutdown/exit codes, bad requests survived, --tcp."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.lsp.rawclient import TIMEOUT, RawClient, frame, parse_frames

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SERVE = [sys.executable, "-m", "trainerd", "serve"]


def start(cmd: list[str], cwd: Path, stderr_path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        cmd, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr_path.open("wb")
    )


@pytest.fixture
def procs():
    started: list[subprocess.Popen] = []
    yield started
    for proc in started:  # only if a test failed half-way: never leave a daemon behind
        if proc.poll() is None:
            proc.kill()
            proc.wait(TIMEOUT)


def test_stdout_carries_only_framed_jsonrpc_while_the_daemon_prints(lsp_project: Path, tmp_path: Path, procs):
    stderr_path = tmp_path / "stderr.log"
    proc = start(
        [sys.executable, str(HERE / "noisy_server.py"), "--log-level", "debug"], lsp_project, stderr_path
    )
    procs.append(proc)
    client = RawClient.over_process(proc)

    assert "capabilities" in client.initialize(lsp_project.as_uri())["result"]
    assert client.request("test/noise", {})["result"] == {"noisy": True}
    contract = client.request("trainer/resolveWorkspace", {"path": "stats.py", "symbol": "median"})["result"]
    assert contract["blockers"][0]["code"] == "review_missing"
    assert client.request("trainer/resolveWorkspace", {"path": 5})["error"]["code"] == -32602
    assert client.request("test/noise", {})["result"] == {"noisy": True}
    assert client.request("shutdown")["result"] is None
    client.notify("exit")

    assert proc.wait(TIMEOUT) == 0
    client.wait_closed()
    # every byte the daemon wrote to stdout belongs to a well-formed frame
    messages, consumed = parse_frames(bytes(client.raw))
    assert consumed == len(client.raw)
    methods = {m.get("method") for m in messages}
    assert {"textDocument/publishDiagnostics", "window/logMessage"} <= methods
    # and the noise went to stderr, every kind of it
    noise = stderr_path.read_text(errors="replace")
    for kind in ("print", "sys.stdout.write", "sys.__stdout__", "os.write(1)", "libc puts"):
        for where in ("create_server", "handler", "thread"):
            assert f"NOISE-FROM-DAEMON {kind} {where}" in noise
    assert "NOISE-FROM-DAEMON child process" in noise


def test_exit_after_shutdown_is_0_and_without_shutdown_is_1(lsp_project: Path, tmp_path: Path, procs):
    codes = []
    for with_shutdown in (True, False):
        proc = start(SERVE, lsp_project, tmp_path / f"stderr-{with_shutdown}.log")
        procs.append(proc)
        client = RawClient.over_process(proc)
        client.initialize(lsp_project.as_uri())
        if with_shutdown:
            assert client.request("shutdown") == {"jsonrpc": "2.0", "id": 2, "result": None}
        client.notify("exit")
        codes.append(proc.wait(TIMEOUT))
        parse_frames(bytes(client.raw))
    assert codes == [0, 1]  # the LSP spec's exit codes


def test_the_daemon_survives_every_kind_of_bad_message(lsp_project: Path, tmp_path: Path, procs):
    proc = start(SERVE, lsp_project, tmp_path / "stderr.log")
    procs.append(proc)
    client = RawClient.over_process(proc)
    client.initialize(lsp_project.as_uri())

    def alive() -> None:
        result = client.request("trainer/resolveWorkspace", {"path": "stats.py"})["result"]
        assert result["target"]["codeName"] == "stats"

    client.send_raw(b"Content-Length: 9\r\n\r\n{not json")
    parse_error = client.wait_for(lambda m: "error" in m and m.get("id") is None)
    assert parse_error["error"]["code"] == -32700 and "not JSON" in parse_error["error"]["message"]
    alive()
    client.send_raw(
        frame({"jsonrpc": "2.0", "id": 900, "method": "trainer/resolveWorkspace", "params": "stats.py"})
    )
    assert client.wait_for(lambda m: m.get("id") == 900)["error"]["code"] == -32602
    alive()
    assert client.request("trainer/noSuchMethod", {})["error"]["code"] == -32601
    alive()
    client.notify("trainer/noSuchNotification", {"x": 1})
    client.notify("workspace/didChangeConfiguration", {"settings": "not an object"})
    shown = client.wait_for(
        lambda m: m.get("method") == "window/showMessage" and "settings must be" in m["params"]["message"]
    )
    assert shown["params"]["message"] == "trainerd: settings must be an object, got str; using the defaults"
    alive()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": "file:///nowhere/x.py"}})  # missing fields
    alive()
    bad_action = client.request("textDocument/codeAction", {"textDocument": {"uri": "file:///x.py"}})
    assert "error" in bad_action
    alive()
    error = client.request(
        "workspace/executeCommand", {"command": "trainer.createReview", "arguments": [{"path": 3}]}
    )
    assert error["error"]["code"] == -32602 and "path" in error["error"]["message"]
    alive()
    assert client.request("shutdown")["result"] is None
    client.notify("exit")
    assert proc.wait(TIMEOUT) == 0
    client.wait_closed()
    parse_frames(bytes(client.raw))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_tcp_serves_lsp_on_loopback(lsp_project: Path, tmp_path: Path, procs):
    port = _free_port()
    proc = subprocess.Popen(
        [*SERVE, "--tcp", f"127.0.0.1:{port}"],
        cwd=lsp_project,
        stdout=subprocess.PIPE,
        stderr=(tmp_path / "stderr.log").open("wb"),
    )
    procs.append(proc)
    deadline = time.monotonic() + TIMEOUT
    while True:  # an external process: poll until it listens, bounded
        try:
            sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
            break
        except ConnectionRefusedError:
            assert proc.poll() is None, (tmp_path / "stderr.log").read_text()
            assert time.monotonic() < deadline, "the daemon never listened"
            time.sleep(0.05)
    with sock:
        client = RawClient.over_socket(sock)
        assert client.initialize(lsp_project.as_uri())["result"]["serverInfo"]["name"] == "trainerd"
        contract = client.request("trainer/resolveWorkspace", {"path": "stats.py"})["result"]
        assert contract["workspace"]["root"] == ".trainer-workspace/stats"
        assert client.request("shutdown")["result"] is None
        client.notify("exit")
        assert proc.wait(TIMEOUT) == 0
    assert proc.stdout.read() == b""  # nothing printed on stdout in TCP mode either
    assert f"listening on 127.0.0.1:{port}" in (tmp_path / "stderr.log").read_text()


@pytest.mark.parametrize("spec", ["localhost", "127.0.0.1:http", ":8080"])
def test_tcp_needs_host_and_port(spec: str):
    proc = subprocess.run([*SERVE, "--tcp", spec], capture_output=True, text=True, timeout=TIMEOUT)
    assert proc.returncode == 2
    assert f"trainerd: error: --tcp expects HOST:PORT, got {spec!r}" in proc.stderr


def test_stdio_flag_that_clients_append_is_accepted(lsp_project: Path, tmp_path: Path, procs):
    proc = start([*SERVE, "--stdio"], lsp_project, tmp_path / "stderr.log")
    procs.append(proc)
    client = RawClient.over_process(proc)
    client.initialize(lsp_project.as_uri())
    assert client.request("shutdown") == {"jsonrpc": "2.0", "id": 2, "result": None}
    client.notify("exit")
    assert proc.wait(TIMEOUT) == 0
    parse_frames(bytes(client.raw))


def test_tcp_and_stdio_exclude_each_other():
    proc = subprocess.run(
        [*SERVE, "--stdio", "--tcp", "127.0.0.1:0"], capture_output=True, text=True, timeout=TIMEOUT
    )
    assert proc.returncode == 2
    assert "--tcp and --stdio exclude each other" in proc.stderr
