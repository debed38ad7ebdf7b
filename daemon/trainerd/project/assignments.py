"""What plain assignments in the user's Python source bind, read from its AST (nothing is run).

The one reading of ``name = value`` that surface, workspace, research, training and the optimize
worker share; it imports nothing of trainerd, so the worker stays light.
"""

from __future__ import annotations

import ast


def assigned_names(stmt: ast.stmt) -> list[str]:
    """The bare names an assignment statement binds: each ``Name`` target of ``a = b = v``, and the
    target of ``a: T`` or ``a: T = v``.

    Unpacking (``a, b = v``), attribute and subscript targets, augmented assignment and every other
    statement bind nothing here; :func:`trainerd.surface.astutil.bound_by` is the fuller reading.
    """
    if isinstance(stmt, ast.Assign):
        targets = stmt.targets
    elif isinstance(stmt, ast.AnnAssign):
        targets = [stmt.target]
    else:
        return []
    return [t.id for t in targets if isinstance(t, ast.Name)]


def simple_assignment(stmt: ast.stmt) -> tuple[str, ast.expr] | None:
    """``name = value`` with one bare-name target (``name: T = value`` too): the
    name and the value node; None for anything else, ``a = b = v`` and a bare ``name: T`` included."""
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
        target, value = stmt.targets[0], stmt.value
    elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
        target, value = stmt.target, stmt.value
    else:
        return None
    return (target.id, value) if isinstance(target, ast.Name) else None
