"""The parent's side of the model backends and the pipe framing (no worker needed)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from trainerd.errors import TrainerError
from trainerd.optimize.client import RpcError
from trainerd.optimize.llm import Completions, parse_model
from trainerd.optimize.rpc import (
    MANUAL_NEEDED,
    REPLAY_MISMATCH,
    ConnectionClosed,
    read_message,
    write_message,
)


def replay(tmp_path: Path, *turns: dict) -> Path:
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"format": "trainerd-replay", "version": 1, "turns": list(turns)}))
    return path


def ask(c: Completions, variables: list[str]) -> str:
    return c(
        {
            "messages": [{"role": "user", "content": "p"}],
            "max_tokens": 10,
            "json": True,
            "variables": variables,
        }
    )["content"]


def test_replay_answers_in_order_and_a_mismatch_is_an_error(tmp_path: Path) -> None:
    spec = parse_model(
        f"replay:{replay(tmp_path, {'variables': ['__code0'], 'response': 'one'}, {'variables': ['__code0'], 'response': 'two'})}"
    )
    c = Completions(spec, None)
    assert ask(c, ["__code0"]) == "one"
    with pytest.raises(RpcError) as exc:
        ask(c, ["__code1"])
    assert exc.value.code == REPLAY_MISMATCH and "variables ['__code0'], this run has ['__code1']" in str(
        exc.value
    )
    assert ask(c, ["__code0"]) == "two"
    with pytest.raises(RpcError, match="asked for turn 3 but .* records only 2"):
        ask(c, ["__code0"])


def test_resumed_replay_continues_after_the_answered_turns(tmp_path: Path) -> None:
    spec = parse_model(f"replay:{replay(tmp_path, {'response': 'one'}, {'response': 'two'})}")
    assert ask(Completions(spec, None, start_turn=1), ["x"]) == "two"


def test_manual_and_a_failing_editor_completer_ask_for_a_followup() -> None:
    with pytest.raises(RpcError) as manual:
        ask(Completions(parse_model(None), None), [])
    assert manual.value.code == MANUAL_NEEDED

    def broken(messages, max_tokens, want_json):
        raise ConnectionError("no model in this editor")

    with pytest.raises(RpcError) as editor:
        ask(Completions(parse_model("editor"), broken), [])
    assert editor.value.code == MANUAL_NEEDED and "no model in this editor" in str(editor.value)
    seen = []
    ok = Completions(parse_model("editor"), lambda m, n, j: seen.append((m, n, j)) or "answer")
    assert ask(ok, []) == "answer" and seen == [([{"role": "user", "content": "p"}], 10, True)]


def test_model_specs_are_checked(tmp_path: Path) -> None:
    assert parse_model("litellm:ollama/llama3").model == "ollama/llama3"
    with pytest.raises(TrainerError, match="needs a model"):
        parse_model("litellm:")
    with pytest.raises(TrainerError, match="unknown model spec"):
        parse_model("openai")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "trainerd-replay", "turns": [{"variables": []}]}')
    with pytest.raises(TrainerError, match="turn 1 has no text 'response'"):
        parse_model(f"replay:{bad}")


def test_framing_round_trip_and_garbage() -> None:
    buf = io.BytesIO()
    write_message(buf, {"jsonrpc": "2.0", "id": 1, "result": {"x": "é"}})
    buf.seek(0)
    assert read_message(buf) == {"jsonrpc": "2.0", "id": 1, "result": {"x": "é"}}
    with pytest.raises(ConnectionClosed, match="stream ended"):
        read_message(buf)
    with pytest.raises(ConnectionClosed, match="not a framed JSON-RPC message"):
        read_message(io.BytesIO(b"hello from print()\n"))
