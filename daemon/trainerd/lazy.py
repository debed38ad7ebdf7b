"""Names of a package imported on first use (a module ``__getattr__``, PEP 562): for packages whose
light part is read at start-up or by a short CLI verb while the rest loads only when it is used."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def attributes(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package`` that takes ``name`` from its submodule ``where[name]``
    (and keeps it, so the next use is a plain attribute)."""

    def lookup(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return lookup
