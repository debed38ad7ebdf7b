"""A trainable method's code defined as its class would define it.

opto's bundle defines a trainable function by ``exec`` of its source at module level. For a method that
loses two things the class body gives: private names (``self.__order`` is ``self._LRUCache__order``
inside ``class LRUCache``) and the ``__class__`` cell of a zero-argument ``super()``. The method then
fails in the prompt's traced run while it passes in the plain runs, and the engine calls its tests
flaky (found on cachetools' ``LRUCache.__getitem__``). :func:`define_in_class` compiles the code with
the class's name mangling and ``super()`` bound to the class; :func:`in_class` makes a bundle use it.

Also here: :class:`SignatureRe`, so opto accepts a signature written over several lines.
"""

from __future__ import annotations

import ast
import re
from typing import Any

OWNER = "__trainerd_owner__"


def _private(name: str) -> bool:
    return name.startswith("__") and not name.endswith("__") and "." not in name


class _Mangler(ast.NodeTransformer):
    """Private names as the compiler writes them in ``class <owner>``; ``super()`` with its arguments."""

    def __init__(self, owner: str, top: ast.AST) -> None:
        self.prefix = "_" + owner.lstrip("_")
        self.mangle = bool(owner.lstrip("_"))
        self.top = top
        first = top.args.posonlyargs + top.args.args  # type: ignore[attr-defined]
        self.first = first[0].arg if first else None

    def _m(self, name: str | None) -> str | None:
        return self.prefix + name if (self.mangle and name and _private(name)) else name

    def visit_Name(self, node: ast.Name) -> ast.AST:
        node.id = self._m(node.id) or node.id
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        self.generic_visit(node)
        node.attr = self._m(node.attr) or node.attr
        return node

    def visit_arg(self, node: ast.arg) -> ast.AST:
        self.generic_visit(node)
        node.arg = self._m(node.arg) or node.arg
        return node

    def visit_keyword(self, node: ast.keyword) -> ast.AST:
        self.generic_visit(node)
        node.arg = self._m(node.arg)
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        if node is not self.top:  # the method's own name stays: it is looked up by that name
            node.name = self._m(node.name) or node.name
        self.generic_visit(node)
        return node

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        if (
            isinstance(node.func, ast.Name)
            and node.func.id == "super"
            and not node.args
            and not node.keywords
            and self.first is not None
        ):
            node.args = [ast.Name(OWNER, ast.Load()), ast.Name(self._m(self.first) or self.first, ast.Load())]
        return node


def define_in_class(code: str, owner: type, namespace: dict[str, Any]) -> Any:
    """The function ``code`` defines, compiled as a method of ``owner`` with ``namespace`` as globals."""
    tree = ast.parse(code)
    top = next(n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef))
    tree = ast.fix_missing_locations(_Mangler(owner.__name__, top).visit(tree))
    local: dict[str, Any] = {}
    exec(
        compile(tree, f"<trainable {owner.__qualname__}.{top.name}>", "exec"),
        {**namespace, OWNER: owner},
        local,
    )
    return local[top.name]


def in_class(bundle: Any, owner: type) -> None:
    """Make ``bundle`` (an opto FunModule of a method of ``owner``) define its code in the class; code
    that does not compile that way goes through opto's own path, which reports the error its way."""
    base = type(bundle)
    original = base.fun

    class MethodModule(base):  # type: ignore[misc, valid-type]
        @property
        def fun(self) -> Any:
            if self.parameter is None:
                return self._fun
            code = self.parameter._data
            if not re.search(r"\s*def\s+\w+", code):
                return original.fget(self)
            try:
                namespace = {**self._fun.__globals__, **self._ldict}
                return define_in_class(code, owner, namespace)
            except Exception:
                return original.fget(self)

    MethodModule.__name__ = MethodModule.__qualname__ = base.__name__
    bundle.__class__ = MethodModule


# --- a signature written over several lines ------------------------------------------------------------
ONE_LINE_SIGNATURE = r"\s*(def.*:)"


def _header(source: str) -> str | None:
    """``def name(...) -> ...:`` as written in ``source``, over as many lines as it takes."""
    import textwrap

    try:
        tree = ast.parse(textwrap.dedent(source))
    except SyntaxError:
        return None
    fn = next((n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)), None)
    if fn is None or not fn.body:
        return None
    lines = source.splitlines()
    text = "\n".join(lines[fn.lineno - 1 : max(fn.body[0].lineno - 1, fn.lineno)])
    start, end = text.find("def "), text.rfind(":")
    return text[start : end + 1] if 0 <= start < end else None


class SignatureRe:
    """``re`` for opto's bundle module: it reads a trainable function's signature with
    ``re.search(r"\\s*(def.*:)", source)``, one line only, and failed on a signature black split over
    several lines (uritemplate's ``URIVariable._string_expansion``); this answers with the whole header.
    Everything else is :mod:`re`."""

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)

    @staticmethod
    def search(pattern: Any, string: str, flags: int = 0) -> Any:
        found = re.search(pattern, string, flags)
        if found is None and pattern == ONE_LINE_SIGNATURE:
            header = _header(string)
            if header is not None:
                found = re.search(r"\s*(" + re.escape(header) + ")", string)
        return found


def accept_long_signatures() -> None:
    """Install :class:`SignatureRe` in opto's bundle module (once per process)."""
    import sys

    bundle_module = sys.modules.get("opto.trace.bundle")
    if bundle_module is not None and not isinstance(getattr(bundle_module, "re", None), SignatureRe):
        bundle_module.re = SignatureRe()  # type: ignore[attr-defined]
