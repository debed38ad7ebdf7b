"""Resolve ``path/to/file.py[::symbol]`` to a checked target and its workspace location."""

from __future__ import annotations

import ast
import io
import stat
import tokenize
from pathlib import Path

import attrs

from trainerd.errors import TargetError, TrainerError
from trainerd.project.assignments import assigned_names
from trainerd.project.confine import check_path_text, check_text
from trainerd.project.layout import WORKSPACE_DIRNAME


@attrs.frozen
class Target:
    """A checked optimization target."""

    file: Path  # absolute
    symbol: str | None
    repo_root: Path  # absolute; paths in the status file are relative to it

    @property
    def code_name(self) -> str:
        return code_name(self.file.name)

    @property
    def workspace_root(self) -> Path:
        return self.file.parent / WORKSPACE_DIRNAME / self.code_name

    def rel(self, path: Path | None) -> str | None:
        """``path`` relative to the repo root, POSIX style (the status file's convention)."""
        if path is None:
            return None
        try:
            return path.resolve().relative_to(self.repo_root).as_posix()
        except ValueError:
            return path.resolve().as_posix()

    def spec(self) -> str:
        rel = self.rel(self.file) or str(self.file)
        return f"{rel}::{self.symbol}" if self.symbol else rel


def code_name(filename: str) -> str:
    """The trainer contract's code name: strip ``.prompty``; else a final ``.md``; else the stem."""
    if filename.endswith(".prompty"):
        return filename[: -len(".prompty")]
    if filename.endswith(".md"):
        return filename[: -len(".md")]
    return Path(filename).stem


def find_repo_root(start: Path) -> Path:
    """Nearest ancestor holding ``.git``; else one with ``pyproject.toml``/``setup.py``; else ``start``."""
    start = start.resolve()
    candidates = [start, *start.parents]
    for marker_set in ((".git",), ("pyproject.toml", "setup.py", "setup.cfg")):
        for directory in candidates:
            if any((directory / m).exists() for m in marker_set):
                return directory
    return start


def split_spec(spec: str) -> tuple[str, str | None]:
    """``a/b.py::Cls.method`` -> (``a/b.py``, ``Cls.method``)."""
    path, sep, symbol = spec.partition("::")
    return path, (symbol or None) if sep else None


def symbols_in(source: str) -> dict[str, tuple[int, int]]:
    """Dotted names of the module's functions, classes, methods and module-level assignments.

    Maps each to its (first line, last line), decorators included.
    """
    tree = ast.parse(source)
    found: dict[str, tuple[int, int]] = {}

    def self_attributes(cls: ast.ClassDef, prefix: str) -> None:
        # self.x = ... in a method: Class.x names it (a trainable node set on the instance is a target)
        for method in cls.body:
            if not isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef) or not method.args.args:
                continue
            me = method.args.args[0].arg
            for stmt in ast.walk(method):
                if not isinstance(stmt, ast.Assign):
                    continue
                for t in stmt.targets:
                    if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == me:
                        found.setdefault(
                            f"{prefix}{cls.name}.{t.attr}", (stmt.lineno, stmt.end_lineno or stmt.lineno)
                        )

    def visit(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                start = min([d.lineno for d in node.decorator_list] + [node.lineno])
                found[prefix + node.name] = (start, node.end_lineno or node.lineno)
                if isinstance(node, ast.ClassDef):
                    visit(node.body, f"{prefix}{node.name}.")
                    self_attributes(node, prefix)
            else:
                for name in assigned_names(node):
                    found[prefix + name] = (node.lineno, node.end_lineno or node.lineno)

    visit(tree.body, "")
    return found


def source_encoding(data: bytes) -> str:
    """The encoding Python reads this source in: a BOM or a PEP 263 ``coding`` cookie, else UTF-8."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError:  # an unknown or malformed cookie: the decode below says what is wrong
        return "utf-8"
    return encoding


def read_source(path: Path) -> str:
    """The text of a Python file as Python reads it (its declared encoding, else UTF-8);
    :class:`TargetError` saying why when it cannot be read or decoded."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TargetError(f"target file cannot be read: {path}: {exc.strerror}", field="path") from None
    encoding = source_encoding(data)
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        where = f" ({exc.reason} at byte {exc.start})" if isinstance(exc, UnicodeDecodeError) else ""
        raise TargetError(
            f"target is not valid {encoding} text{where}: {path}; Python source is UTF-8 unless the file "
            "declares another encoding (# -*- coding: ... -*-)",
            field="path",
        ) from None


def resolve_target(spec: str | Path, symbol: str | None = None, cwd: Path | None = None) -> Target:
    """Check a target and return it, or raise :class:`TargetError` saying exactly what is wrong."""
    raw, spec_symbol = split_spec(str(spec))
    symbol = symbol or spec_symbol
    try:
        check_path_text(raw, "path")
        if symbol is not None:
            check_text(symbol, "symbol", max_bytes=1024)
    except TrainerError as exc:
        raise TargetError(str(exc), field=exc.field) from None
    path = Path(raw).expanduser()
    if not path.is_absolute():
        path = (cwd or Path.cwd()) / path
    path = path.resolve()
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise TargetError(f"target file not found: {path}", field="path") from None
    except OSError as exc:
        raise TargetError(f"target file cannot be read: {path}: {exc.strerror}", field="path") from None
    if stat.S_ISDIR(mode):
        raise TargetError(f"target is a directory, not a Python file: {path}", field="path")
    if not stat.S_ISREG(mode):  # a pipe or a device would block or never end when read
        raise TargetError(f"target is not a regular file: {path}", field="path")
    if path.suffix == ".ipynb":
        raise TargetError(
            f"target is a Jupyter notebook: {path}; optimize works on .py modules (snapshots, write-back and "
            "tests address files, and a notebook cell is not one). Move the code into a .py module next to "
            "the notebook and import it there; `trainerd surfaces` lists the notebook's surfaces.",
            field="path",
        )
    if path.suffix not in (".py", ".pyw"):
        raise TargetError(
            f"target is not a Python file ({path.suffix or 'no extension'}): {path}; "
            "trainerd optimizes Python code",
            field="path",
        )
    if symbol:
        source = read_source(path)
        try:
            known = symbols_in(source)
        except SyntaxError as exc:
            where = f" at line {exc.lineno}" if exc.lineno else ""  # a NUL byte has no line
            raise TargetError(
                f"cannot find symbol {symbol!r}: {path.name} has a syntax error{where}: {exc.msg}",
                field="symbol",
            ) from None
        if symbol not in known:
            close = sorted(n for n in known if n.split(".")[-1] == symbol.split(".")[-1]) or sorted(known)[:8]
            hint = (
                f"; symbols in the file include: {', '.join(close)}" if close else "; the file defines none"
            )
            raise TargetError(f"symbol {symbol!r} not found in {path.name}{hint}", field="symbol")
    return Target(file=path, symbol=symbol, repo_root=find_repo_root(path.parent))
