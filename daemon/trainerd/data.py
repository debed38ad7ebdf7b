"""Plain data across every seam: one strict cattrs converter, the JSON-ready forms, error wording.

pygls-free: services, the CLI and the LSP layer all use it. Two JSON forms exist on purpose:
:func:`to_plain` keeps the attrs field names (snake_case: the CLI's ``--json`` and files on disk) and
:func:`to_wire` turns attrs field names into camelCase (the LSP wire). Keys of plain mappings are data
(metric names, file paths, the trainer-workspace contract's keys) and are never renamed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs
import cattrs

from trainerd.errors import TrainerError

converter = cattrs.Converter(forbid_extra_keys=False)


def _strict(kind: type, name: str):
    # cattrs coerces by default (str(5) == "5", int("3") == 3): a wrong type must be an error instead
    def hook(value: Any, _type: Any) -> Any:
        if isinstance(value, bool) and kind is not bool:
            raise TypeError(f"expected {name}, got bool")
        if kind is float and isinstance(value, int):
            return float(value)
        if not isinstance(value, kind):
            raise TypeError(f"expected {name}, got {type(value).__name__}")
        return value

    return hook


converter.register_structure_hook(str, _strict(str, "string"))
converter.register_structure_hook(int, _strict(int, "integer"))
converter.register_structure_hook(float, _strict(float, "number"))
converter.register_structure_hook(bool, _strict(bool, "boolean"))

T = TypeVar("T")

_CAMEL_BOUNDARY = re.compile(r"_([a-z0-9])")
_SNAKE_BOUNDARY = re.compile(r"(?<=[a-z0-9])([A-Z])")


def camel(name: str) -> str:
    """``feedback_command`` -> ``feedbackCommand`` (a leading underscore is kept)."""
    head = "_" if name.startswith("_") else ""
    return head + _CAMEL_BOUNDARY.sub(lambda m: m.group(1).upper(), name.lstrip("_"))


def snake(name: str) -> str:
    """``feedbackCommand`` -> ``feedback_command``."""
    return _SNAKE_BOUNDARY.sub(lambda m: "_" + m.group(1).lower(), name)


def _convert(value: Any, rename: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if hasattr(value, "_asdict"):  # namedtuple (pygls' form of untyped custom params)
        return {k: _convert(v, rename) for k, v in value._asdict().items()}
    if attrs.has(type(value)):
        return {rename(k): _convert(v, rename) for k, v in attrs.asdict(value, recurse=False).items()}
    if isinstance(value, Mapping):
        return {str(k): _convert(v, rename) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_convert(v, rename) for v in value]
    if hasattr(value, "__fspath__"):
        return str(value)
    return value


def to_plain(value: Any) -> Any:
    """JSON-ready data with attrs field names as they are (snake_case): the CLI and disk form."""
    return _convert(value, str)


def to_wire(value: Any) -> Any:
    """JSON-ready data with attrs field names in camelCase: the LSP wire form."""
    return _convert(value, camel)


def describe_error(exc: BaseException, rename: Any = str) -> str:
    """One line naming each bad field, e.g. ``field 'iterations': expected integer, got string``.

    ``rename`` maps a Python field name to the name the caller used (``camel`` on the wire).
    """
    if isinstance(exc, cattrs.BaseValidationError):
        problems = cattrs.transform_error(exc, path="params")
        parts = []
        for line in problems:
            # cattrs: "invalid value for type, expected int @ params.iterations"
            message, _, where = line.partition(" @ ")
            field = where.removeprefix("params.").removeprefix("params") or "params"
            shown = ".".join(rename(part) if part.isidentifier() else part for part in field.split("."))
            parts.append(f"field '{shown}': {message}")
        return "; ".join(parts)
    return str(exc)


def structure(cls: type[T], data: Any, what: str = "params", wire: bool = False) -> T:
    """Structure ``data`` into the attrs class ``cls``; :class:`TrainerError` names the bad field.

    With ``wire``, top-level keys may be camelCase or snake_case (camelCase wins when both are
    given) and errors name the camelCase field.
    """
    plain = to_plain(data)
    if plain is None:
        plain = {}
    if not isinstance(plain, dict):
        raise TrainerError(f"{what} must be an object, got {type(plain).__name__}")
    spelled: dict[str, str] = {}
    if wire and attrs.has(cls):
        plain = _accept_both_spellings(cls, plain, spelled)
    try:
        return converter.structure(plain, cls)
    except Exception as exc:  # cattrs raises several types; all mean the data is bad

        def shown(name: str) -> str:  # a field is named as the caller spelled it
            return spelled.get(name) or (camel(name) if wire else name)

        raise TrainerError(f"invalid {what}: {describe_error(exc, shown)}", field=None) from None


def _accept_both_spellings(cls: type, data: dict[str, Any], spelled: dict[str, str]) -> dict[str, Any]:
    names = {f.name for f in attrs.fields(cls)}
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = snake(key) if key not in names else key
        if name in names and name != key:
            out[name] = value  # the camelCase spelling wins over a snake_case twin
            spelled[name] = key
        elif name in names:
            if name not in out:
                out[name] = value
                spelled[name] = key
        else:
            out[key] = value
    return out
