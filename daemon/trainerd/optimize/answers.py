"""Reading a model's (or a person's) answer to the optimizer's prompt into parameter values.

The answer is OptoPrime's JSON, ``{"reasoning": ..., "suggestion": {<variable>: <new value>}}``, or
the word ``TERMINATE``. Read here, in the engine, with the same leniency as OptoPrime (text around
the JSON, a broken object's key/value pairs), so no traced graph is needed to apply an answer; unlike
OptoPrime, suggested code is not reformatted (the written change stays minimal) and every dropped
suggestion is recorded with its reason.
"""

from __future__ import annotations

import ast
import json
import re
from typing import Any

import attrs

from trainerd.errors import TrainerError
from trainerd.optimize.edits import dedent_def
from trainerd.optimize.messages import Parameter


@attrs.define
class Rejection:
    key: str
    reason: str
    value: str | None = None


@attrs.define
class ParsedAnswer:
    terminated: bool
    proposal: dict[str, Any]  # parameter key -> new value
    rejected: list[Rejection]
    reasoning: str


def suggestion_of(response: str) -> dict[str, Any]:
    """OptoPrime's ``extract_llm_suggestion``: the ``suggestion`` object, found leniently."""
    suggestion: Any = {}
    text = response
    for _ in range(2):
        try:
            suggestion = json.loads(text)["suggestion"]
            break
        except json.JSONDecodeError:
            found = re.findall(r"{.*}", text, re.DOTALL)
            if found:
                text = found[0]
        except Exception:
            break
    if not isinstance(suggestion, dict):
        suggestion = {}
    if not suggestion:
        match = re.search(r'"suggestion"\s*:\s*\{(.*?)\}', response, re.DOTALL)
        if match:
            suggestion = dict(re.findall(r'"([a-zA-Z0-9_]+)"\s*:\s*"(.*)"', match.group(1), re.DOTALL))
    return {
        k: v for k, v in suggestion.items() if not ("__code" in k and isinstance(v, str) and not v.strip())
    }


def reasoning_of(response: str) -> str:
    try:
        data = json.loads(response)
        if isinstance(data, dict) and isinstance(data.get("reasoning"), str):
            return data["reasoning"]
    except json.JSONDecodeError:
        pass
    return response.strip()[:2000]


def def_signature(code: str) -> str | None:
    """``name(args)`` of the first function defined in ``code``; ``None`` when it does not parse."""
    try:
        tree = ast.parse(dedent_def(code))
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return f"{node.name}({ast.unparse(node.args)})"
    return None


def parse_answer(response: str, parameters: list[Parameter]) -> ParsedAnswer:
    """The values an answer proposes for ``parameters``, and why any suggestion was dropped."""
    reasoning = reasoning_of(response)
    if "TERMINATE" in response:  # OptoPrime drops the whole update then
        return ParsedAnswer(True, {}, [], reasoning)
    by_name = {p.py_name: p for p in parameters}
    proposal: dict[str, Any] = {}
    rejected: list[Rejection] = []
    for name, value in suggestion_of(response).items():
        param = by_name.get(name)
        if param is None:
            rejected.append(
                Rejection(name, f"the suggestion names {name!r}, which is not a variable of this target")
            )
            continue
        if param.kind == "code":
            text = str(value)
            try:
                compile(dedent_def(text), "<candidate>", "exec")
            except SyntaxError as exc:
                rejected.append(Rejection(param.key, f"syntax error at line {exc.lineno}: {exc.msg}", text))
                continue
            before, after = def_signature(str(param.value or "")), def_signature(text)
            if after is None:
                rejected.append(Rejection(param.key, "the suggested code defines no function", text))
                continue
            if before != after:
                rejected.append(Rejection(param.key, f"changed signature: {before} -> {after}", text))
                continue
            proposal[param.key] = text
            continue
        try:
            proposal[param.key] = _as_type_of(param.value, value)
        except (TypeError, ValueError):
            rejected.append(
                Rejection(param.key, f"cannot use {value!r} as a {type(param.value).__name__}", repr(value))
            )
    return ParsedAnswer(False, proposal, rejected, reasoning)


def _as_type_of(current: Any, value: Any) -> Any:
    """OptoPrime's conversion: the suggested value in the current value's type."""
    if current is None:
        return value
    if isinstance(current, bool):
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        raise ValueError(value)
    if isinstance(value, type(current)) and not isinstance(value, bool):
        return value
    if isinstance(current, list | dict) and isinstance(value, str):
        loaded = json.loads(value)
        if not isinstance(loaded, type(current)):
            raise ValueError(value)
        return loaded
    return type(current)(value)


def check_answer(text: str, variables: list[str]) -> None:
    """A person's answer (``trainerd answer``) must be OptoPrime's JSON naming known variables, or the
    word TERMINATE: :class:`TrainerError` (field ``response``) says what is wrong, before anything runs."""
    if text.strip() == "TERMINATE":
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TrainerError(
            f"the answer is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno} "
            '(expected {"reasoning": ..., "suggestion": {...}} or TERMINATE)',
            field="response",
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("suggestion"), dict):
        raise TrainerError('the answer must be a JSON object with a "suggestion" object', field="response")
    unknown = sorted(set(data["suggestion"]) - set(variables))
    if unknown:
        raise TrainerError(
            f"the answer names unknown variable(s) {', '.join(unknown)}; the prompt's variables are "
            f"{', '.join(variables) or 'none'}",
            field="response",
        )
