"""Which names in a file are bound to Trace, in every spelling users write.

A *binding* maps a visible name to the canonical dotted name of the opto object it refers to
(``opto.trace.bundle``, ``opto.trace.nodes.ParameterNode``, ``opto.optimizers.OptoPrime``, …).
Imports bind (``from opto import trace``, ``import opto.trace as t``, ``from opto.trace import
bundle as b``, star imports), and so do assignments of a Trace object to a name:

- an alias: ``bundle = trace.bundle``, ``PN = trace.nodes.ParameterNode``;
- a partial: ``tb = functools.partial(trace.bundle, trainable=True)`` (still a factory: ``@tb()``);
- a called factory: ``trainable = trace.bundle(trainable=True)`` (the decorator itself: ``@trainable``).

Partials and called factories carry *preset* options, kept in :class:`Presets` and referred to by
a ``@<n>`` suffix on the canonical name (``opto.trace.bundle@0``).
"""

from __future__ import annotations

import ast
from typing import Any

import attrs

BUNDLE = frozenset({"opto.trace.bundle", "opto.trace.bundle.bundle"})
NODE = frozenset({"opto.trace.node", "opto.trace.nodes.node"})
# ParameterNode(value, *, trainable=True, ...): a trainable node unless told otherwise
PARAMETER_NODE = frozenset(
    {"opto.trace.nodes.ParameterNode", "opto.trace.modules.ParameterNode", "opto.trace.ParameterNode"}
)
MODEL = frozenset({"opto.trace.model", "opto.trace.modules.model"})
MODULE_BASE = frozenset(
    {
        "opto.trace.Module",
        "opto.trace.modules.Module",
        "opto.trace.modules.ParameterContainer",
        "opto.trace.ParameterContainer",
    }
)
# opto.trace.__all__ (trace-opt 0.1.3.8): what `from opto.trace import *` binds
TRACE_ALL = (
    "node",
    "stop_tracing",
    "GRAPH",
    "Node",
    "bundle",
    "ExecutionError",
    "Module",
    "NodeContainer",
    "model",
    "apply_op",
    "propagators",
)
BUNDLE_POSITIONAL = (
    "description",
    "traceable_code",
    "_process_inputs",
    "trainable",
    "catch_execution_error",
    "allow_external_dependencies",
    "overwrite_python_recursion",
)
NODE_POSITIONAL = ("data", "name", "trainable", "description", "constraint")
PARAMETER_NODE_POSITIONAL = ("data",)  # the rest of ParameterNode's parameters are keyword-only

# the optimization harness: code that uses these runs an optimization (the training loop, a rollout,
# an evaluation); Trace belongs there as much as in the trainable surface itself
HARNESS_PREFIXES = (
    "opto.optimizers",
    "opto.trainer",
    "opto.utils",
    "opto.trace.GRAPH",
    "opto.trace.nodes.GRAPH",
    "opto.trace.utils",
    "opto.trace.stop_tracing",
    "opto.trace.propagators",
)
HARNESS_METHODS = frozenset({"backward", "zero_feedback", "propose"})


def base(canonical: str | None) -> str | None:
    """The canonical name without its preset marker."""
    return canonical.split("@", 1)[0] if canonical else canonical


def is_harness(canonical: str | None) -> bool:
    c = base(canonical) or ""
    return any(c == p or c.startswith(p + ".") for p in HARNESS_PREFIXES)


@attrs.define
class Preset:
    options: dict[str, Any]
    called: bool  # a factory already called: the value is the decorator


class Presets:
    """Options fixed by partials and called factories, one entry per binding statement."""

    def __init__(self) -> None:
        self.items: list[Preset] = []

    def add(self, canonical: str, options: dict[str, Any], called: bool) -> str:
        self.items.append(Preset(options, called))
        return f"{base(canonical)}@{len(self.items) - 1}"

    def of(self, canonical: str | None) -> Preset | None:
        if not canonical or "@" not in canonical:
            return None
        try:
            return self.items[int(canonical.split("@", 1)[1].split(".", 1)[0])]
        except (ValueError, IndexError):
            return None


def literal(node: ast.expr) -> Any:
    """A literal option value, or ``{"expr": source}`` for anything computed."""
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return {"expr": ast.unparse(node)}


def call_options(call: ast.Call, positional: tuple[str, ...]) -> dict[str, Any]:
    """The literal options of a call (positional arguments named as the callee names them)."""
    options: dict[str, Any] = {}
    for name, arg in zip(positional, call.args, strict=False):
        options[name] = literal(arg)
    for kw in call.keywords:
        if kw.arg is not None:
            options[kw.arg] = literal(kw.value)
        else:
            options["**"] = {"expr": ast.unparse(kw.value)}
    return options


def apply_import(
    stmt: ast.Import | ast.ImportFrom,
    bindings: dict[str, str],
    bound_anywhere: set[str],
    star_imports: list[ast.ImportFrom],
) -> None:
    """Update ``bindings`` for one import statement (names bound elsewhere are dropped)."""
    if isinstance(stmt, ast.Import):
        for alias in stmt.names:
            if alias.asname:
                name, canonical = alias.asname, alias.name
            else:
                name = canonical = alias.name.split(".")[0]
            if canonical == "opto" or canonical.startswith("opto."):
                bindings[name] = canonical
                bound_anywhere.add(name)
            else:
                bindings.pop(name, None)
        return
    module = stmt.module or ""
    from_opto = stmt.level == 0 and (module == "opto" or module.startswith("opto."))
    for alias in stmt.names:
        if alias.name == "*":
            if from_opto and all(other is not stmt for other in star_imports):
                star_imports.append(stmt)
            if from_opto and module == "opto.trace":
                for n in TRACE_ALL:
                    bindings[n] = f"opto.trace.{n}"
                    bound_anywhere.add(n)
            continue
        name = alias.asname or alias.name
        if from_opto:
            bindings[name] = f"{module}.{alias.name}"
            bound_anywhere.add(name)
        else:
            bindings.pop(name, None)


def resolve(expr: ast.expr, bindings: dict[str, str]) -> tuple[str | None, ast.Name | None]:
    """The canonical opto name an expression refers to, and its root Name node."""
    parts: list[str] = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if not isinstance(expr, ast.Name) or expr.id not in bindings:
        return None, None
    return ".".join([bindings[expr.id], *reversed(parts)]), expr


_FACTORIES = BUNDLE | MODEL | NODE | PARAMETER_NODE


def _is_partial(func: ast.expr, partial_names: set[str]) -> bool:
    if isinstance(func, ast.Name):
        return func.id in partial_names
    return (
        isinstance(func, ast.Attribute) and func.attr == "partial" and ast.unparse(func.value) == "functools"
    )


def alias_value(
    value: ast.expr | None, bindings: dict[str, str], presets: Presets, partial_names: set[str]
) -> tuple[str, ast.Name] | None:
    """(canonical, root Name) when ``value`` is a Trace object worth binding: an alias, a partial of a
    Trace factory, or a called bundle factory (the decorator). None otherwise."""
    if value is None:
        return None
    if isinstance(value, ast.Name | ast.Attribute):
        canonical, root = resolve(value, bindings)
        if canonical is not None and root is not None:
            return canonical, root
        return None
    if not isinstance(value, ast.Call):
        return None
    if _is_partial(value.func, partial_names) and value.args:
        canonical, root = resolve(value.args[0], bindings)
        if canonical is None or root is None or base(canonical) not in _FACTORIES:
            return None
        earlier = presets.of(canonical)
        options = dict(earlier.options) if earlier else {}
        for kw in value.keywords:
            if kw.arg is not None:
                options[kw.arg] = literal(kw.value)
        return presets.add(canonical, options, called=bool(earlier and earlier.called)), root
    canonical, root = resolve(value.func, bindings)
    if canonical is None or root is None:
        return None
    if base(canonical) in BUNDLE:  # trace.bundle(trainable=True) bound to a name: the decorator
        earlier = presets.of(canonical)
        if earlier is not None and earlier.called:
            return None  # calling the decorator wraps a function: not an alias
        options = dict(earlier.options) if earlier else {}
        options.update(call_options(value, BUNDLE_POSITIONAL))
        return presets.add(canonical, options, called=True), root
    return None
