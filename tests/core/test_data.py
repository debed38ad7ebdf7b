"""The one converter: strict types, both spellings of wire params, camelCase on the wire only."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from pygls.exceptions import JsonRpcInvalidParams

from trainerd import protocol
from trainerd.data import camel, snake, structure, to_plain, to_wire
from trainerd.errors import TrainerError


@attrs.define
class Inner:
    grace_seconds: float = 1.0


@attrs.define
class Outer:
    run_id: str | None = None
    settle_seconds: float = 2.0
    inner: Inner = attrs.Factory(Inner)
    series: dict[str, list[int]] = attrs.Factory(dict)


def test_names_round_trip():
    assert camel("feedback_command") == "feedbackCommand"
    assert snake("feedbackCommand") == "feedback_command"
    assert camel("uri") == "uri" and snake("uri") == "uri"


def test_wire_is_camel_for_fields_and_keeps_data_keys():
    value = Outer(run_id="r1", series={"eval_loss": [1, 2]})
    wire = to_wire(value)
    assert wire == {
        "runId": "r1",
        "settleSeconds": 2.0,
        "inner": {"graceSeconds": 1.0},
        "series": {"eval_loss": [1, 2]},
    }
    assert to_plain(value)["run_id"] == "r1"
    assert to_plain({"p": Path("/tmp/x")}) == {"p": "/tmp/x"}


def test_wire_params_accept_both_spellings_and_camel_wins():
    assert structure(Outer, {"runId": "a"}, wire=True).run_id == "a"
    assert structure(Outer, {"run_id": "b"}, wire=True).run_id == "b"
    assert structure(Outer, {"run_id": "old", "runId": "new"}, wire=True).run_id == "new"
    assert structure(Outer, {"runId": "new", "run_id": "old"}, wire=True).run_id == "new"


def test_errors_name_the_field_as_the_client_spelled_it():
    with pytest.raises(TrainerError, match="field 'settleSeconds'"):
        structure(Outer, {"settleSeconds": "soon"}, wire=True)
    with pytest.raises(TrainerError, match="field 'iterations': invalid value"):
        structure(protocol.OptimizeParams, {"iterations": "3"})
    with pytest.raises(TrainerError, match="must be an object, got list"):
        structure(Outer, [1])


def test_parse_params_answers_invalid_params_naming_the_wire_field():
    with pytest.raises(
        JsonRpcInvalidParams, match=r"trainer/optimize: invalid params: field 'feedbackCommand'"
    ):
        protocol.parse_params(protocol.OptimizeParams, {"feedbackCommand": 5}, "trainer/optimize")
    parsed = protocol.parse_params(
        protocol.OptimizeParams, {"feedback_command": "pytest -q"}, "trainer/optimize"
    )
    assert parsed.feedback_command == "pytest -q"
