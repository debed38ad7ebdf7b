"""The model backends as a run and the research runner use them (no worker, no network)."""

from __future__ import annotations

import concurrent.futures
import json
import threading
from pathlib import Path

import pytest

from trainerd.errors import TrainerError
from trainerd.llm import FollowupNeeded, Model, ReplayMismatch, parse_model
from trainerd.llm.editor import EditorBridge

PROMPT = [{"role": "user", "content": "p"}]


def replay(tmp_path: Path, *turns: dict) -> Path:
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"format": "trainerd-replay", "version": 1, "turns": list(turns)}))
    return path


def test_replay_answers_in_order_and_a_mismatch_is_an_error(tmp_path: Path) -> None:
    spec = parse_model(
        f"replay:{replay(tmp_path, {'variables': ['__code0'], 'response': 'one'}, {'variables': ['__code0'], 'response': 'two'})}"
    )
    model = Model(spec)
    assert model.ask(PROMPT, variables=["__code0"]) == "one"
    with pytest.raises(ReplayMismatch, match=r"variables \['__code0'\], this run has \['__code1'\]"):
        model.ask(PROMPT, variables=["__code1"])
    assert model.ask(PROMPT, variables=["__code0"]) == "two"
    with pytest.raises(ReplayMismatch, match="asked for turn 3 but .* records only 2"):
        model.ask(PROMPT, variables=["__code0"])


def test_a_resumed_replay_continues_after_the_answered_turns(tmp_path: Path) -> None:
    spec = parse_model(f"replay:{replay(tmp_path, {'response': 'one'}, {'response': 'two'})}")
    assert Model(spec, start_turn=1).ask(PROMPT, variables=["x"]) == "two"


def test_manual_a_missing_editor_and_a_failing_completer_ask_for_a_followup() -> None:
    with pytest.raises(FollowupNeeded, match="no model is configured"):
        Model(parse_model(None)).ask(PROMPT)
    with pytest.raises(FollowupNeeded, match="no editor is connected"):
        Model(parse_model("editor")).ask(PROMPT)

    def broken(messages, max_tokens, want_json):
        raise ConnectionError("no model in this editor")

    with pytest.raises(FollowupNeeded, match="no model in this editor"):
        Model(parse_model("editor"), broken).ask(PROMPT)
    seen = []
    ok = Model(parse_model("editor"), lambda m, n, j: seen.append((m, n, j)) or "answer")
    assert ok.ask(PROMPT, 10) == "answer" and seen == [(PROMPT, 10, True)] and ok.turn == 1


def test_litellm_calls_go_through_the_given_call_and_its_failure_is_a_followup() -> None:
    calls = []
    model = Model(parse_model("litellm:ollama/llama3"), litellm=lambda *a: calls.append(a) or "text")
    assert model.ask(PROMPT, 7, False) == "text" and calls == [("ollama/llama3", PROMPT, 7, False)]

    def refused(*_):
        raise OSError("connection refused")

    with pytest.raises(
        FollowupNeeded, match="LiteLLM model 'ollama/llama3' is unavailable: connection refused"
    ):
        Model(parse_model("litellm:ollama/llama3"), litellm=refused).ask(PROMPT)


def test_model_specs_are_checked(tmp_path: Path) -> None:
    assert parse_model("litellm:ollama/llama3").model == "ollama/llama3"
    assert parse_model("  ").backend == "manual"
    with pytest.raises(TrainerError, match="needs a model"):
        parse_model("litellm:")
    with pytest.raises(TrainerError, match="unknown model spec"):
        parse_model("openai")
    with pytest.raises(TrainerError, match="replay file not found"):
        parse_model("replay:nope.json", cwd=tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "trainerd-replay", "turns": [{"variables": []}]}')
    with pytest.raises(TrainerError, match="turn 1 has no text 'response'"):
        parse_model(f"replay:{bad}")
    (tmp_path / "rel.json").write_text('{"format": "trainerd-replay", "turns": []}')
    assert parse_model("replay:rel.json", cwd=tmp_path).replay_file == tmp_path / "rel.json"


def test_the_editor_bridge_answers_and_names_each_reason_for_a_followup() -> None:
    sent: list[dict] = []

    def answering(params: dict) -> concurrent.futures.Future:
        sent.append(params)
        future: concurrent.futures.Future = concurrent.futures.Future()
        future.set_result({"content": "the answer"})
        return future

    bridge = EditorBridge(answering, lambda: True)
    assert bridge.completer("run-1")(PROMPT, 100, True) == "the answer"
    assert sent == [{"messages": PROMPT, "maxTokens": 100, "json": True, "runId": "run-1"}]

    with pytest.raises(FollowupNeeded, match="did not declare capabilities.experimental.trainerComplete"):
        EditorBridge(answering, lambda: False).ask(PROMPT)

    def failing(params: dict) -> concurrent.futures.Future:
        future: concurrent.futures.Future = concurrent.futures.Future()
        future.set_exception(RuntimeError("no language model available"))
        return future

    with pytest.raises(FollowupNeeded, match="answered trainer/complete with an error: no language model"):
        EditorBridge(failing, lambda: True).ask(PROMPT)

    def no_content(params: dict) -> concurrent.futures.Future:
        future: concurrent.futures.Future = concurrent.futures.Future()
        future.set_result({"text": "x"})
        return future

    with pytest.raises(FollowupNeeded, match="has no 'content' string"):
        EditorBridge(no_content, lambda: True).ask(PROMPT)

    pending: list[concurrent.futures.Future] = []

    def never(params: dict) -> concurrent.futures.Future:
        pending.append(concurrent.futures.Future())
        return pending[-1]

    cancel = threading.Event()
    cancel.set()
    with pytest.raises(FollowupNeeded, match="cancelled while waiting"):
        EditorBridge(never, lambda: True).ask(PROMPT, cancel=cancel)
    with pytest.raises(FollowupNeeded, match="worker died"):
        EditorBridge(never, lambda: True).ask(PROMPT, alive=lambda: False)
    with pytest.raises(FollowupNeeded, match="did not answer within 0 s"):
        EditorBridge(never, lambda: True, timeout_s=0.0).ask(PROMPT)
