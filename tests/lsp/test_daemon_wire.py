"""The daemon answers every request whatever the bytes (issue 13): malformed frames, invalid
envelopes, params that look like messages, the lifecycle's edges, blocked service calls, crashes.

Each test drives a real ``trainerd serve`` (or ``probe_server.py``, the same daemon plus test-only
requests) over raw bytes, and ends by checking that every byte on its stdout belongs to a frame.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.lsp.rawclient import PROBE, SERVE, TIMEOUT, Daemon, RawClient, daemons, frame, parse_frames

__all__ = ["daemons"]  # a fixture, used by name


def _request_bytes(msg_id: int) -> bytes:
    return json.dumps(
        {"jsonrpc": "2.0", "id": msg_id, "method": "trainer/resolveWorkspace", "params": {"path": "stats.py"}}
    ).encode()


def _headed(header: bytes, msg_id: int) -> bytes:
    body = _request_bytes(msg_id)
    return header % len(body) + body


# (bytes sent, whether they carry a request that must be answered as such (with its id), or garbage
# that gets one -32700 with "id": null)
ACCEPTED = {
    "lowercase header name": lambda i: _headed(b"content-length: %d\r\n\r\n", i),
    "LF-only line ends": lambda i: _headed(b"Content-Length: %d\n\n", i),
    "trailing spaces": lambda i: _headed(b"Content-Length: %d   \r\n\r\n", i),
    "Content-Type first": lambda i: _headed(
        b"Content-Type: application/vscode-jsonrpc\r\nContent-Length: %d\r\n\r\n", i
    ),
}
GARBAGE = {
    "negative Content-Length": b"Content-Length: -12\r\n\r\n",
    "non-numeric Content-Length": b"Content-Length: 12abc\r\n\r\n",
    "no Content-Length": b"Content-Type: application/json\r\n\r\n{}",
    "a body without a header": _request_bytes(5000),
    "binary garbage": bytes(range(256)) * 4,
    "Content-Length: 99999999999": b"Content-Length: 99999999999\r\n\r\n",
    "a body that is not JSON": b"Content-Length: 9\r\n\r\n{not json",
    "a body that is not UTF-8": b"Content-Length: 4\r\n\r\n\xff\xfe\xfd\xfc",
    "a Content-Length that says too little": b"Content-Length: 20\r\n\r\n" + _request_bytes(5001),
    "a Content-Length that says too much": b"Content-Length: 300\r\n\r\n{}",
    "JSON nested 100,000 deep": b"Content-Length: 100000\r\n\r\n" + b"[" * 100_000,
}


def test_every_malformed_frame_gets_an_answer_and_the_next_request_its_result(daemons):
    daemon = daemons()
    client = daemon.client
    for name, make in ACCEPTED.items():
        msg_id = client.next_id()
        client.send_raw(make(msg_id))
        answer = client.answer_to(msg_id)
        assert answer["result"]["target"]["codeName"] == "stats", name
    expected_errors = 0
    for name, garbage in GARBAGE.items():
        client.send_raw(garbage)
        daemon.alive()  # resynchronised on the next header: the request after the garbage is answered
        expected_errors += 1
        errors = client.wait_for_null_id_errors(expected_errors)
        assert errors[-1]["error"]["code"] == -32700, (name, errors[-1])
    assert len(client.null_id_errors()) == len(GARBAGE)  # one answer per malformed frame, no more
    messages = [e["error"]["message"] for e in client.null_id_errors()]
    assert "99999999999 bytes exceeds the limit" in " ".join(messages)
    daemon.finish()


def test_an_oversized_request_is_answered_with_its_id_and_the_limit_is_configurable(daemons):
    daemon = daemons(extra=["--max-message-bytes", "4096"])
    client = daemon.client
    client.send({"jsonrpc": "2.0", "id": 77, "method": "trainer/triage", "params": {"text": "x" * 10_000}})
    error = client.answer_to(77)["error"]
    assert error["code"] == -32600
    assert "10" in error["message"] and "exceeds the limit of 4096 bytes" in error["message"]
    daemon.alive()
    daemon.finish()


def test_params_holding_a_jsonrpc_key_at_any_depth_are_answered(daemons):
    daemon = daemons()
    client = daemon.client
    nested = {"jsonrpc": "2.0", "id": 1, "method": "x", "params": {}}
    cases = [
        {"text": "x", "extra": {"jsonrpc": "2.0"}},
        {"text": "no traceback here", "a": [{"b": {"jsonrpc": "2.0", "method": "exit"}}]},
        {"text": "x", "extra": nested},
    ]
    for params in cases:
        answer = client.request("trainer/triage", params)
        assert answer.get("result", {}).get("errors") == [], answer
    # and a command argument that looks like an exit notification does not stop the daemon
    answer = client.request(
        "workspace/executeCommand",
        {"command": "trainer.showWorkspace", "arguments": [{"jsonrpc": "2.0", "method": "exit"}]},
    )
    assert answer["error"]["code"] == -32602
    daemon.alive()
    daemon.finish()


@pytest.mark.parametrize(
    "message, code, answered_id",
    [
        ({"id": 41, "method": "trainer/resolveWorkspace", "params": {}}, -32600, 41),  # no jsonrpc
        ({"jsonrpc": "1.0", "id": 42, "method": "shutdown"}, -32600, 42),
        ({"jsonrpc": "2.0", "id": {"nested": 1}, "method": "shutdown"}, -32600, None),  # object id
        ({"jsonrpc": "2.0", "id": [43], "method": "shutdown"}, -32600, None),
        ({"jsonrpc": "2.0", "id": True, "method": "shutdown"}, -32600, None),
        ([{"jsonrpc": "2.0", "id": 44, "method": "shutdown"}], -32600, None),  # a batch
        ({"jsonrpc": "2.0", "id": 45, "method": 12}, -32600, 45),
        ({"jsonrpc": "2.0", "id": 46}, -32600, 46),  # no method, not a response to anything
        (
            {"jsonrpc": "2.0", "id": 47, "method": "trainer/resolveWorkspace", "params": "stats.py"},
            -32602,
            47,
        ),
        (
            {"jsonrpc": "2.0", "id": 48, "method": "trainer/triage", "params": {"text": "a\ud800b"}},
            -32602,
            48,
        ),
    ],
)
def test_invalid_requests_get_the_right_error_with_the_right_id(daemons, message, code, answered_id):
    daemon = daemons()
    client = daemon.client
    client.send(message)
    if answered_id is None:
        answer = client.wait_for_null_id_errors(1)[0]
    else:
        answer = client.answer_to(answered_id)
    assert answer["error"]["code"] == code, answer
    assert "data" not in answer["error"]
    daemon.alive()  # and shutdown was not taken from any of them
    daemon.finish()


def test_lone_surrogates_are_named_in_requests_and_replaced_in_document_text(daemons, lsp_project: Path):
    daemon = daemons()
    client = daemon.client
    answer = client.request("trainer/resolveWorkspace", {"path": "stats\ud800.py"})
    assert answer["error"]["code"] == -32602 and "field 'path'" in answer["error"]["message"]
    uri = (lsp_project / "stats.py").as_uri()
    text = (lsp_project / "stats.py").read_text() + "# \udc00\n"
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}},
    )
    lenses = client.request("textDocument/codeLens", {"textDocument": {"uri": uri}})
    assert "result" in lenses, lenses  # the document was opened (with U+FFFD in place of the surrogate)
    daemon.alive()
    daemon.finish()


def test_the_lifecycle_edges_are_answered(daemons, lsp_project: Path):
    daemon = daemons(initialize=False)
    client = daemon.client
    before = client.request("trainer/resolveWorkspace", {"path": "stats.py"})
    assert before["error"]["code"] == -32002
    assert "result" in client.initialize(lsp_project.as_uri())
    again = client.request("initialize", {"processId": None, "rootUri": "file:///", "capabilities": {}})
    assert again["error"]["code"] == -32600 and "already" in again["error"]["message"]
    daemon.alive()  # still rooted where the first initialize said
    assert client.request("shutdown")["result"] is None
    after = client.request("trainer/resolveWorkspace", {"path": "stats.py"})
    assert after["error"]["code"] == -32600 and "after shutdown" in after["error"]["message"]
    assert client.request("shutdown")["error"]["code"] == -32600
    client.notify("exit")
    assert daemon.proc.wait(TIMEOUT) == 0
    parse_frames(bytes(client.raw))


def test_no_service_reads_the_daemons_stdin(daemons):
    daemon = daemons()
    client = daemon.client
    answer = client.request("trainer/triage", {"uri": "file:-"})
    assert "error" in answer or answer["result"]["errors"] == []
    for _ in range(3):  # every later message still reaches the daemon
        daemon.alive()
    daemon.finish()


def test_blocked_service_calls_starve_neither_other_requests_nor_shutdown(daemons):
    from trainerd.transport import SERVICE_THREADS

    daemon = daemons(PROBE)
    client = daemon.client
    # five blocked calls stopped service requests before, six stopped shutdown
    blocked = [client.next_id() for _ in range(SERVICE_THREADS - 1)]
    for i, msg_id in enumerate(blocked):
        client.send({"jsonrpc": "2.0", "id": msg_id, "method": "test/block", "params": {"key": f"k{i}"}})
    daemon.alive()  # a service request still gets a thread
    client.notify("test/release", {"key": "k0"})
    assert client.answer_to(blocked[0]).get("result") == {"released": "k0"}, client.answer_to(blocked[0])
    # more blocked calls than threads: the rest wait their turn, can be cancelled, and shutdown is answered
    more = [client.next_id() for _ in range(4)]
    for i, msg_id in enumerate(more):
        client.send({"jsonrpc": "2.0", "id": msg_id, "method": "test/block", "params": {"key": f"m{i}"}})
    client.notify("$/cancelRequest", {"id": more[-1]})
    assert client.answer_to(more[-1])["error"]["code"] == -32800
    assert client.request("textDocument/codeAction", _code_action_params(daemon))["result"] == []
    assert client.request("shutdown")["result"] is None
    client.notify("exit")
    assert daemon.proc.wait(TIMEOUT) == 0  # the blocked threads do not hold the process
    parse_frames(bytes(client.raw))


def test_shutdown_with_a_command_still_running_is_answered(daemons):
    # pygls cancels every other pending request at shutdown while walking its dict of them; cancelling a command's
    # future (a generator's, a thread future) answers it at once, which removed it from that dict mid-walk: the
    # shutdown got an internal error "dictionary changed size during iteration" (a CI run's surfaces test)
    daemon = daemons(PROBE)
    client = daemon.client
    running = client.next_id()
    client.send(
        {
            "jsonrpc": "2.0",
            "id": running,
            "method": "workspace/executeCommand",
            "params": {"command": "trainer.test.blockCommand", "arguments": ["c0"]},
        }
    )
    daemon.alive()  # the command has started
    answer = client.request("shutdown")
    assert answer.get("result", "missing") is None and "error" not in answer, answer
    client.notify("test/release", {"key": "c0"})
    client.notify("exit")
    assert daemon.proc.wait(TIMEOUT) == 0
    parse_frames(bytes(client.raw))


def _code_action_params(daemon: Daemon) -> dict:
    return {
        "textDocument": {"uri": "file:///nowhere/x.py"},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": []},
    }


def test_an_internal_error_is_answered_without_a_traceback_which_goes_to_the_log(daemons):
    daemon = daemons(PROBE)
    client = daemon.client
    error = client.request("test/crash", {})["error"]
    assert error == {"code": -32603, "message": "RuntimeError: probe crash"}
    daemon.alive()
    daemon.finish()
    log = daemon.log.read_text()
    assert "Traceback" in log and 'raise RuntimeError("probe crash")' in log


def test_commands_and_document_events_leave_no_future_behind(daemons, lsp_project: Path):
    daemon = daemons(PROBE)
    client = daemon.client
    uri = (lsp_project / "stats.py").as_uri()
    text = (lsp_project / "stats.py").read_text()
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}},
    )
    for version in range(2, 40):
        client.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
        )
        answer = client.request(
            "workspace/executeCommand",
            {"command": "trainer.showWorkspace", "arguments": [{"uri": uri, "symbol": "median"}]},
        )
        assert "result" in answer, answer
    assert client.request("test/pending", {})["result"] == {"futures": 0}
    daemon.finish()


def test_the_same_answers_over_tcp(lsp_project: Path, tmp_path: Path):

    from tests.lsp.test_daemon_process import _free_port

    port = _free_port()
    log = tmp_path / "stderr.log"
    proc = subprocess.Popen(
        [*SERVE, "--tcp", f"127.0.0.1:{port}"], cwd=lsp_project, stdout=subprocess.PIPE, stderr=log.open("wb")
    )
    try:
        sock = _connect(port, proc, log)
        with sock:
            client = RawClient.over_socket(sock)
            client.initialize(lsp_project.as_uri())
            client.send_raw(b"Content-Length: nope\r\n\r\n")
            assert client.wait_for_null_id_errors(1)[0]["error"]["code"] == -32700
            client.send_raw(_headed(b"content-length: %d\n\n", 900))
            assert client.answer_to(900)["result"]["target"]["codeName"] == "stats"
            assert client.request("shutdown")["result"] is None
            client.notify("exit")
            assert proc.wait(TIMEOUT) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(TIMEOUT)


def _connect(port: int, proc: subprocess.Popen, log: Path):
    import socket
    import time

    deadline = time.monotonic() + TIMEOUT
    while True:  # an external process: poll until it listens, bounded
        try:
            return socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        except ConnectionRefusedError:
            assert proc.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "the daemon never listened"
            time.sleep(0.05)


def test_frame_helper_round_trips():
    assert parse_frames(frame({"jsonrpc": "2.0", "id": 1, "result": None}))[0][0]["id"] == 1


def test_a_malformed_answer_to_the_servers_own_request_fails_that_request(daemons, lsp_project: Path):
    daemon = daemons(initialize=False)
    client = daemon.client
    client.request(
        "initialize",
        {
            "processId": None,
            "rootUri": lsp_project.as_uri(),
            "capabilities": {"workspace": {"configuration": True}},
        },
    )
    client.notify("initialized", {})
    client.notify("workspace/didChangeConfiguration", {"settings": None})  # the pull model: the server asks
    asked = client.wait_for(lambda m: m.get("method") == "workspace/configuration")
    client.send({"jsonrpc": "2.0", "id": asked["id"], "result": 5})  # not a list of settings
    logged = client.wait_for(
        lambda m: (
            m.get("method") == "window/logMessage"
            and "workspace/configuration failed" in m["params"]["message"]
        )
    )
    assert "keeping the current settings" in logged["params"]["message"]
    daemon.alive()
    daemon.finish()


def test_code_action_data_the_client_changed_gives_no_action_and_no_error(daemons, lsp_project: Path):
    daemon = daemons()
    uri = (lsp_project / "stats.py").as_uri()
    rng = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}}
    broken = [
        {"kind": "triage", "proposal": {"edits": [{"line": "one", "file": 5}]}},
        {"kind": "triage", "proposal": {"edits": "not a list"}},
        {"kind": "triage", "proposal": ["not", "an", "object"]},
    ]
    for data in broken:
        diagnostic = {"range": rng, "message": "m", "source": "trainer", "data": data}
        answer = daemon.client.request(
            "textDocument/codeAction",
            {"textDocument": {"uri": uri}, "range": rng, "context": {"diagnostics": [diagnostic]}},
        )
        assert answer.get("result") == [], answer  # was -32603
    daemon.finish()


@pytest.mark.parametrize(
    "method", ["trainer/stopTraining", "trainer/restartTraining", "trainer/sessionMetrics"]
)
def test_a_session_name_longer_than_a_file_name_is_named(daemons, method: str):
    # found by bench/fuzz_daemon.py (seed 1): "File name too long" came back as -32603
    daemon = daemons()
    error = daemon.client.request(method, {"name": "😀" * 100})["error"]
    assert error["code"] == -32602 and "field 'name'" in error["message"], error
    daemon.alive()
    daemon.finish()


@pytest.mark.parametrize("bad_id", [[1], {"n": 1}, None, True, 1.5])
def test_a_cancel_whose_id_is_no_request_id_is_dropped_and_the_daemon_goes_on(daemons, bad_id):
    # (a list id made pygls look it up in a dict and the TypeError ended the daemon: found by the fuzz campaign)
    daemon = daemons(PROBE)
    client = daemon.client
    client.notify("$/cancelRequest", {"id": bad_id})
    daemon.alive()  # the next request gets its real answer
    assert daemon.proc.poll() is None
    daemon.finish()
    assert "$/cancelRequest" in daemon.log.read_text()  # what was dropped is said in the log
