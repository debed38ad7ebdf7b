"""Confinement: every path a request or command names stays inside the project, checked in one place.

An editor's language server acts on the user's files and processes, so a request must not reach
outside the workspace folders the client opened: targets (after resolving symlinks and a
``::symbol`` suffix), fix edits, created folders, session folders, launch roots and working
directories, triage inputs. The LSP features and the CLI both call these checks; they raise
:class:`~trainerd.errors.TrainerError` naming the field (``-32602`` over LSP, exit 2 in the CLI).

Also here: the text checks every path-like string passes first (NUL bytes, lone surrogates,
length), the rule that ``.trainer-workspace`` is written only as a real directory (a symlink shipped
in a repository would send trainerd's writes elsewhere), and the process rule (a pid is signalled
only when it is still the process trainerd recorded). pygls-free.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from trainerd.errors import TrainerError
from trainerd.project.layout import WORKSPACE_DIRNAME

MAX_PATH_BYTES = 4096  # PATH_MAX on Linux
MAX_COMPONENT_BYTES = 255  # NAME_MAX
MAX_TEXT_BYTES = 1 << 20  # a name, a command, a symbol: anything but free text

_SURROGATE = re.compile("[\ud800-\udfff]")


class OutsideWorkspace(TrainerError):
    """A path that resolves outside every workspace folder."""


def check_text(value: str, field: str, *, max_bytes: int = MAX_TEXT_BYTES, nul: bool = False) -> str:
    """``value`` if it is text trainerd can pass to the system; else :class:`TrainerError` naming ``field``."""
    if not nul and "\x00" in value:
        raise TrainerError(f"contains a NUL byte at character {value.index(chr(0))}", field=field)
    surrogate = _SURROGATE.search(value)
    if surrogate is not None:
        raise TrainerError(
            f"contains a lone UTF-16 surrogate at character {surrogate.start()} (not text)", field=field
        )
    size = len(value.encode("utf-8"))
    if size > max_bytes:
        raise TrainerError(f"is {size} bytes long; at most {max_bytes} are accepted", field=field)
    return value


def check_path_text(value: str, field: str) -> str:
    """:func:`check_text` with the file system's limits (whole path, each component)."""
    check_text(value, field, max_bytes=MAX_PATH_BYTES)
    for part in value.split("/"):
        if len(part.encode("utf-8")) > MAX_COMPONENT_BYTES:
            raise TrainerError(
                f"has a path component of {len(part.encode('utf-8'))} bytes; at most "
                f"{MAX_COMPONENT_BYTES} are accepted",
                field=field,
            )
    return value


def _kind(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except OSError:
        return "missing"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


@attrs.frozen
class Confinement:
    """The folders a client opened (resolved); every path must resolve inside one of them."""

    roots: tuple[Path, ...]
    what: str = "the workspace folders"  # how messages name the roots ("the project" in the CLI)

    @classmethod
    def of(cls, roots: Iterable[Path | str], what: str = "the workspace folders") -> Confinement:
        resolved: list[Path] = []
        for root in roots:
            path = Path(root).resolve()
            if path not in resolved:
                resolved.append(path)
        return cls(tuple(resolved), what)

    @property
    def base(self) -> Path | None:
        """What relative paths are taken against: the first folder."""
        return self.roots[0] if self.roots else None

    def root_of(self, path: Path) -> Path | None:
        """The folder that holds ``path`` (already resolved), else None."""
        for root in self.roots:
            if path == root or root in path.parents:
                return root
        return None

    def check(self, path: Path, field: str) -> Path:
        """``path`` resolved (symlinks followed); :class:`OutsideWorkspace` unless inside a folder."""
        check_path_text(str(path), field)
        resolved = path.resolve()
        if self.root_of(resolved) is None:
            if not self.roots:
                raise OutsideWorkspace(
                    f"{path}: no workspace folder is open; trainerd acts only inside one", field=field
                )
            shown = ", ".join(str(r) for r in self.roots)
            via = f" (a symbolic link to {resolved})" if resolved != Path(os.path.abspath(path)) else ""
            raise OutsideWorkspace(f"{path}{via} is outside {self.what} ({shown})", field=field)
        return resolved

    def resolve(
        self,
        given: str | Path,
        field: str,
        *,
        base: Path | None = None,
        kind: str = "any",
        must_exist: bool = True,
    ) -> Path:
        """A path a request names, as a resolved path inside a workspace folder.

        Relative paths are taken against ``base`` (default: the first folder), ``~`` is expanded.
        ``kind`` ``file`` accepts only a regular file (no directory, pipe, socket or device),
        ``dir`` only a directory; ``must_exist=False`` allows a path that does not exist yet.
        """
        text = check_path_text(str(given), field)
        path = Path(os.path.expanduser(text))
        if not path.is_absolute():
            anchor = base or self.base
            if anchor is None:
                raise OutsideWorkspace(
                    f"{text}: a relative path needs a workspace folder, and none is open", field=field
                )
            path = anchor / path
        resolved = self.check(path, field)
        found = _kind(resolved)
        if found == "missing":
            if must_exist:
                raise TrainerError(f"{path}: no such file or directory", field=field)
            return resolved
        if kind == "file" and found != "file":
            raise TrainerError(f"{path} is a {found}, not a regular file", field=field)
        if kind == "dir" and found != "directory":
            raise TrainerError(f"{path} is a {found}, not a directory", field=field)
        return resolved

    def target(self, spec: str, field: str, *, base: Path | None = None) -> tuple[Path, str | None]:
        """``file.py[::symbol]`` as (resolved regular file inside a folder, symbol): the ``::symbol``
        suffix is split off before the path is resolved, so a symlinked file is followed too."""
        raw, sep, symbol = str(spec).partition("::")
        path = self.resolve(raw, field, base=base, kind="file")
        return path, (symbol or None) if sep else None

    def directory(self, path: Path, field: str) -> Path:
        """Create ``path`` (and missing parents) inside a folder; no created component is a symlink.

        Refuses when an existing component on the way is a symlink that leads outside, and when a
        ``.trainer-workspace`` on the way is a symlink at all.
        """
        resolved = self.check(path, field)
        refuse_linked_workspace(path)
        root = self.root_of(resolved)
        assert root is not None  # check() passed
        current = root
        for part in resolved.relative_to(root).parts:
            current = current / part
            try:
                os.mkdir(current)
            except FileExistsError:
                if not current.is_dir():
                    raise TrainerError(f"{current} exists and is not a directory", field=field) from None
        return resolved


def check_fix(conf: Confinement, fix: Any, cwd: Path, field: str = "fix") -> None:
    """The paths a triage fix proposal names: each edit's file (a regular file) and each folder it
    would create, relative ones against ``cwd``; all inside a workspace folder."""
    if not isinstance(fix, dict):
        raise TrainerError("must be an object (a fix proposal from triage)", field=field)
    edits = fix.get("edits") or []
    if not isinstance(edits, list):
        raise TrainerError("must be a list of edits", field=f"{field}.edits")
    for i, edit in enumerate(edits):
        where = f"{field}.edits[{i}].file"
        if not isinstance(edit, dict) or not isinstance(edit.get("file"), str):
            raise TrainerError("must be the path of the file to edit", field=where)
        conf.resolve(edit["file"], where, base=cwd, kind="file")
    folders = fix.get("create_dirs", fix.get("createDirs")) or []
    if not isinstance(folders, list):
        raise TrainerError("must be a list of folders", field=f"{field}.createDirs")
    for i, folder in enumerate(folders):
        where = f"{field}.createDirs[{i}]"
        if not isinstance(folder, str):
            raise TrainerError("must be the path of a folder", field=where)
        conf.resolve(folder, where, base=cwd, must_exist=False)


def refuse_linked_workspace(path: Path) -> None:
    """Raise when ``.trainer-workspace`` on ``path``'s way, or anything between it and ``path``, is a
    symbolic link.

    trainerd creates that folder and everything in it itself, as real directories and files; a link
    there (a repository can ship one) would send session logs, status files, locks and fixes
    wherever it points.
    """
    chain = (path, *path.parents)
    for i, ancestor in enumerate(chain):
        if ancestor.name != WORKSPACE_DIRNAME:
            continue
        for inner in reversed(chain[: i + 1]):
            if inner.is_symlink():
                raise TrainerError(
                    f"{inner} is a symbolic link (to {os.readlink(inner)}); trainerd writes its "
                    f"workspace only into real directories inside the project: remove the link",
                    field="path",
                )
        return


def inside_any(path: Path, roots: Sequence[Path]) -> bool:
    """True when ``path`` (resolved here) lies in one of ``roots`` (resolved here)."""
    return Confinement.of(roots).root_of(path.resolve()) is not None
