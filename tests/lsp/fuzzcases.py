"""What the daemon fuzz sends: every custom method and command, the standard methods trainerd serves,
each with params mutated at every depth, and malformed frames. Shared by
``tests/lsp/test_fuzz_daemon.py`` (bounded, in CI) and ``bench/fuzz_daemon.py`` (the long run).

A case starts from params that would be accepted and changes one to three places in them: a value
replaced by any JSON value or by a hostile string (NUL, lone surrogates, 10,000 characters, paths out
of the project, ``-``, pipes, ``/proc``), a key removed, a key added whose value looks like a
JSON-RPC message. Commands that would start processes keep harmless commands (``true``), so the
campaign checks answers, not the user's shell.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

COMMAND = "workspace/executeCommand"
SAFE_COMMANDS = ["true", "exit 3", "echo fuzz", "sleep 0"]


def baselines(project: Path) -> list[tuple[str, str, Any]]:
    """(kind, method or command, params) accepted as they are; kind: request | command | notify."""
    uri = (project / "stats.py").as_uri()
    target = {"path": "stats.py", "symbol": "median"}
    fix = {
        "kind": "edit",
        "title": "t",
        "edits": [{"file": str(project / "stats.py"), "line": 1, "start": 0, "end": 0, "old": "", "new": ""}],
    }
    position = {"line": 0, "character": 0}
    rng = {"start": position, "end": position}
    return [
        ("request", "trainer/resolveWorkspace", {**target, "create": False}),
        ("request", "trainer/surfaces", {"uri": uri}),
        ("request", "trainer/optimize", {**target, "model": "manual", "iterations": 1}),
        ("request", "trainer/cancel", {"runId": "no-such-run"}),
        ("request", "trainer/answerFollowup", {"runId": "no-such-run", "answer": "{}"}),
        ("request", "trainer/detectTraining", {"environment": False}),
        ("request", "trainer/launchTraining", {"command": "true", "settleSeconds": 0, "backend": "tmux"}),
        ("request", "trainer/sessions", {}),
        ("request", "trainer/sessionMetrics", {"name": "trainer-train-none"}),
        ("request", "trainer/stopTraining", {"name": "trainer-train-none", "graceSeconds": 0}),
        ("request", "trainer/restartTraining", {"name": "trainer-train-none", "settleSeconds": 0}),
        ("request", "trainer/triage", {"text": "Traceback (most recent call last):\nValueError: x\n"}),
        ("request", "textDocument/codeLens", {"textDocument": {"uri": uri}}),
        ("request", "codeLens/resolve", {"range": rng, "data": {"uri": uri, "symbol": "median"}}),
        (
            "request",
            "textDocument/codeAction",
            {"textDocument": {"uri": uri}, "range": rng, "context": {"diagnostics": []}},
        ),
        (
            "request",
            "textDocument/codeAction",
            {
                "textDocument": {"uri": uri},
                "range": rng,
                "context": {
                    "diagnostics": [
                        {
                            "range": rng,
                            "message": "m",
                            "source": "trainer",
                            "data": {
                                "kind": "triage",
                                "proposal": fix,
                                "proposalSeal": "0" * 64,
                                "cwd": str(project),
                            },
                        }
                    ]
                },
            },
        ),
        ("command", "trainer.createReview", target),
        ("command", "trainer.repairWorkspace", target),
        ("command", "trainer.optimize", {**target, "model": "manual"}),
        ("command", "trainer.answerFollowup", {"runId": "no-such-run", "answer": "{}"}),
        ("command", "trainer.showWorkspace", target),
        ("command", "trainer.cancel", {"runId": "no-such-run"}),
        ("command", "trainer.applyFix", {"fix": fix, "cwd": str(project), "editorApplied": True}),
        ("command", "trainer.research", target),
        ("command", "trainer.synthesize", {**target, "show": False, "maxCases": 1}),
        ("command", "trainer.approveDataset", target),
        (
            "notify",
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": "x = 1\n"}},
        ),
        (
            "notify",
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": "y = 2\n"}]},
        ),
        ("notify", "textDocument/didSave", {"textDocument": {"uri": uri}}),
        ("notify", "textDocument/didClose", {"textDocument": {"uri": uri}}),
        ("notify", "workspace/didChangeConfiguration", {"settings": {"trainer": {"iterations": 2}}}),
        ("notify", "$/cancelRequest", {"id": 1}),
    ]


def hostile_strings(project: Path, outside: Path) -> list[str]:
    """Strings that broke or could break a service: bad text, and paths that leave the project."""
    return [
        "",
        "\x00",
        "stats\x00.py",
        "\ud800",
        "a\udfffb",
        "x" * 10_000,
        "a/" + "b" * 300,
        "-",
        "file:-",
        "file:///",
        "file://host/share/x.py",
        "http://example.com/x.py",
        "/",
        "/proc/1",
        "/proc/self/fd/0",
        "/dev/zero",
        "/dev/stdin",
        "..",
        "../../../../etc/passwd",
        "~",
        "~/.bashrc",
        str(outside),
        str(outside / "secret.py"),
        (outside / "secret.py").as_uri(),
        str(outside / "secret.py") + "::median",
        "link-out.py::median",
        "pipe.log",
        str(project),
        "stats.py::",
        "stats.py::median::x",
        "::median",
        "trainer-train-x\n",
        "a\nb",
        "$(touch pwned)",
        "'; rm -rf x; '",
        "%s%s%n",
        "\u202e\u0000",
        "😀" * 100,
        '{"jsonrpc": "2.0", "method": "exit"}',
        "Content-Length: 5\r\n\r\n{}",
    ]


def json_values(strings: list[str]) -> st.SearchStrategy[Any]:
    """Any JSON value, with the hostile strings and message-shaped objects mixed in."""
    scalars = (
        st.none()
        | st.booleans()
        | st.integers(min_value=-(2**64), max_value=2**64)
        | st.sampled_from([0, -1, 1, 2**31, 2**63, -(2**63), 10**30])
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.sampled_from([1e308, -1e308, 0.5, 1e-300])
        | st.text(max_size=40)
        | st.sampled_from(strings)
    )
    message_like = st.fixed_dictionaries(
        {"jsonrpc": st.just("2.0")},
        optional={
            "id": scalars,
            "method": st.sampled_from(["exit", "shutdown", "initialize", "x"]),
            "params": scalars,
        },
    )
    return st.recursive(
        scalars | message_like,
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(
                st.text(max_size=10) | st.sampled_from(["jsonrpc", "id", "method", "uri", "path"]),
                children,
                max_size=4,
            )
        ),
        max_leaves=12,
    )


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in ``value`` (the root included) as a path of keys and indexes."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += _paths(child, (*prefix, i))
    return found


def _replace(value: Any, path: tuple, new: Any, delete: bool = False) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        copy = dict(value)
        if delete and not rest:
            copy.pop(head, None)
        else:
            copy[head] = _replace(value.get(head), rest, new, delete)
        return copy
    if isinstance(value, list) and isinstance(head, int) and head < len(value):
        copy = list(value)
        if delete and not rest:
            del copy[head]
        else:
            copy[head] = _replace(value[head], rest, new, delete)
        return copy
    return value


@st.composite
def mutated(draw: Any, params: Any, strings: list[str]) -> Any:
    """``params`` changed in one to three places (replace / delete / add a message-shaped key)."""
    values = json_values(strings)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        places = _paths(params)
        path = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if action == "replace":
            current = _get(params, path)
            if isinstance(current, str) and draw(st.integers(min_value=0, max_value=9)) < 7:
                new: Any = draw(st.sampled_from(strings))  # same type, hostile content: reaches the services
            elif isinstance(current, int | float) and not isinstance(current, bool) and draw(st.booleans()):
                new = draw(
                    st.sampled_from([0, -1, -(2**63), 2**63, 10**30, 1e308, -1e-300, 0.5, 3600 * 24 * 365])
                )
            else:
                new = draw(values)
            params = _replace(params, path, new)
        elif action == "delete" and path:
            params = _replace(params, path, None, delete=True)
        else:
            target = _get(params, path)
            if isinstance(target, dict):
                key = draw(st.sampled_from(["jsonrpc", "extra", "id", "method", "uri", "path", "command"]))
                params = _replace(params, (*path, key), draw(values))
    return params


def _get(value: Any, path: tuple) -> Any:
    for key in path:
        if isinstance(value, dict):
            value = value.get(key)
        elif isinstance(value, list) and isinstance(key, int) and key < len(value):
            value = value[key]
        else:
            return None
    return value


def _keep_harmless(method: str, params: Any) -> Any:
    """A command that would run keeps a harmless one (the fuzz checks answers, not the shell)."""
    if method in ("trainer/launchTraining", "trainer/restartTraining") and isinstance(params, dict):
        if "command" in params and not (
            isinstance(params["command"], str) and params["command"] in SAFE_COMMANDS
        ):
            params = {
                **params,
                "command": SAFE_COMMANDS[0] if isinstance(params["command"], str) else params["command"],
            }
    if method == "trainer.applyFix" and isinstance(params, dict) and isinstance(params.get("fix"), dict):
        fix = params["fix"]
        if "command" in fix:
            params = {**params, "fix": {**fix, "command": ["true"]}}
    if method in ("trainer/optimize", "trainer.optimize") and isinstance(params, dict):
        params = {**params, "model": "replay:/nonexistent.json"}  # never a real run from a fuzz case
    if (
        method in ("trainer/detectTraining",)
        and isinstance(params, dict)
        and params.get("command") is not None
    ):
        params = {**params, "command": 5}  # no pre-flight (it imports the project's modules)
    return params


@st.composite
def fuzz_case(draw: Any, project: Path, outside: Path) -> tuple[str, str, Any]:
    """(kind, method, params) with params mutated; commands wrapped as executeCommand params."""
    strings = hostile_strings(project, outside)
    kind, method, params = draw(st.sampled_from(baselines(project)))
    params = _keep_harmless(method, draw(mutated(params, strings)))
    if kind == "command":
        arguments = draw(st.sampled_from(["one"] * 8 + ["none", "two", "raw"]))
        if arguments == "one":
            wrapped: Any = [params]
        elif arguments == "none":
            wrapped = []
        elif arguments == "two":
            wrapped = [params, params]
        else:
            wrapped = params
        command: Any = method
        if draw(st.integers(min_value=0, max_value=19)) == 0:  # the command name itself
            command = draw(json_values(strings))
        return "request", COMMAND, {"command": command, "arguments": wrapped}
    return kind, method, params


def malformed_frames(valid_body: bytes) -> list[tuple[str, bytes]]:
    """Forty malformed frames, each named: (name, bytes). None of them carries a usable request."""
    frames = [
        ("negative Content-Length", b"Content-Length: -12\r\n\r\n"),
        ("non-numeric Content-Length", b"Content-Length: twelve\r\n\r\n"),
        ("Content-Length with a sign", b"Content-Length: +12\r\n\r\n{}"),
        ("Content-Length in exponent form", b"Content-Length: 1e2\r\n\r\n"),
        ("hex Content-Length", b"Content-Length: 0x10\r\n\r\n"),
        ("Content-Length 99999999999", b"Content-Length: 99999999999\r\n\r\n"),
        ("Content-Length of 25 digits", b"Content-Length: 1234567890123456789012345\r\n\r\n"),
        ("empty Content-Length", b"Content-Length: \r\n\r\n"),
        ("no Content-Length", b"Content-Type: application/vscode-jsonrpc\r\n\r\n{}"),
        ("two different lengths", b"Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}"),
        ("a header line without colon", b"Content-Length 12\r\n\r\n"),
        ("a header of 9000 bytes", b"X-Pad: " + b"p" * 9000 + b"\r\n\r\n"),
        ("a body without header", valid_body),
        ("a bare newline storm", b"\r\n" * 100 + b"{}"),
        ("binary garbage", bytes(range(256)) * 2),
        ("NUL bytes", b"\x00" * 64),
        ("a UTF-8 BOM before the header", b"\xef\xbb\xbfContent-Length: 2\r\n\r\n{}"),
        ("an HTTP request", b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("body not JSON", b"Content-Length: 9\r\n\r\n{not json"),
        ("body not UTF-8", b"Content-Length: 4\r\n\r\n\xff\xfe\xfd\xfc"),
        ("body truncated JSON", b'Content-Length: 12\r\n\r\n{"jsonrpc": '),
        ("body is a bare string", b'Content-Length: 5\r\n\r\n"abc"'),
        ("body is a number", b"Content-Length: 2\r\n\r\n42"),
        ("body is null", b"Content-Length: 4\r\n\r\nnull"),
        ("body is an empty batch", b"Content-Length: 2\r\n\r\n[]"),
        ("empty body", b"Content-Length: 0\r\n\r\n"),
        ("JSON nested 100,000 deep", b"Content-Length: 100000\r\n\r\n" + b"[" * 100_000),
        ("JSON with NaN", b"Content-Length: 36\r\n\r\n" + b'{"jsonrpc": "2.0", "method": NaN, }'.ljust(36)),
        ("two JSON values in one body", b"Content-Length: 4\r\n\r\n{}{}"),
        ("a length that says too much", b"Content-Length: 500\r\n\r\n{}"),
        ("a length that says too little", b"Content-Length: 5\r\n\r\n" + valid_body),
        ("lone surrogate escaped in JSON keys", _framed(b'{"\\ud800": 1}')),
        ("a Windows-1252 body", _framed('{"a": "caf\xe9"}'.encode("cp1252"))),
        ("overlong UTF-8", _framed(b'{"a": "\xc0\xaf"}')),
        ("CR-only line ends", b"Content-Length: 2\r\r{}"),
        ("a header split by a NUL", b"Content-\x00Length: 2\r\n\r\n{}"),
        ("a tab-only line as separator", b"Content-Length: 2\r\n\t\r\n{}"),
        (
            "a response with a malformed error",
            _framed(json.dumps({"jsonrpc": "2.0", "id": "nobody", "error": 5}).encode()),
        ),
        (
            "a response to nothing",
            _framed(json.dumps({"jsonrpc": "2.0", "id": "nobody", "result": 1}).encode()),
        ),
        (
            "a notification without jsonrpc",
            _framed(json.dumps({"method": "initialized", "params": {}}).encode()),
        ),
    ]
    assert len(frames) == 40
    return frames


def _framed(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


# --- running a campaign ----------------------------------------------------------------------------
def prepare(tmp: Path) -> tuple[Path, Path]:
    """A project (copy of examples/buggy_median with a symlink out and a named pipe) and a folder
    outside it holding a file to protect; returns (project, outside)."""
    import os

    from tests.conftest import copy_example

    project = copy_example("buggy_median", tmp)
    outside = tmp / "outside"
    outside.mkdir()
    (outside / "secret.py").write_text("def median(xs):\n    return 'not yours'\n", encoding="utf-8")
    (project / "link-out.py").symlink_to(outside / "secret.py")
    os.mkfifo(project / "pipe.log")
    return project, outside


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes (links and pipes are not followed)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


class Tally:
    """What a campaign saw: counts, and the cases that broke a rule (with the case)."""

    def __init__(self) -> None:
        self.requests = 0
        self.notifications = 0
        self.codes: dict[str, int] = {}
        self.unanswered: list[tuple[str, Any]] = []
        self.internal: list[tuple[str, Any, str]] = []

    def count(self, answer: dict[str, Any]) -> None:
        key = str(answer["error"]["code"]) if "error" in answer else "result"
        self.codes[key] = self.codes.get(key, 0) + 1


def run_requests(
    client: Any,
    project: Path,
    outside: Path,
    examples: int,
    tally: Tally,
    *,
    seed: int | None = None,
    timeout: float = 60.0,
    strict: bool = True,
) -> None:
    """Send ``examples`` fuzzed messages, one at a time, waiting for each request's answer.

    ``strict``: fail at the first unanswered request or ``-32603`` (hypothesis then shrinks the case);
    otherwise count them in ``tally`` and go on (the benchmark).
    """
    import hypothesis
    from hypothesis import HealthCheck, Phase, given, settings

    phases = [Phase.generate, Phase.shrink] if strict else [Phase.generate]

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=phases,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def one(data: Any) -> None:
        kind, method, params = data.draw(fuzz_case(project, outside), label="case")
        if kind == "notify":
            tally.notifications += 1
            client.notify(method, params)
            return
        tally.requests += 1
        msg_id = client.next_id()
        client.send({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params})
        try:
            answer = client.answer_to(msg_id, timeout)
        except TimeoutError:
            tally.unanswered.append((method, params))
            if strict:
                raise AssertionError(f"no answer to {method} {params!r:.500}") from None
            return
        tally.count(answer)
        if answer.get("error", {}).get("code") == -32603:
            tally.internal.append((method, params, answer["error"]["message"]))
            if strict:
                raise AssertionError(f"-32603 for {method} {params!r:.500}: {answer['error']['message']}")

    if seed is not None:
        one = hypothesis.seed(seed)(one)
    one()


def rss_kib(pid: int) -> int:
    """Resident memory of ``pid`` in KiB (``/proc/PID/status``)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise ValueError(f"no VmRSS for {pid}")
