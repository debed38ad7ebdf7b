"""One walker over a project's files: the folders no project keeps its own code in are pruned, and
the project's ``.gitignore`` rules (root and nested, git semantics) are honoured.

Ignore rules are tested only where they can change the answer: on every folder (cheap: few) and on
the files the caller wants (``want``), never on every file of the tree.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

import attrs

# tools, VCS, virtualenvs, caches and build output: never the project's own code, tests or data
PRUNE_DIRS = frozenset(
    {
        ".git", ".hg", ".svn", ".venv", "venv", "env", ".env", "node_modules", "__pycache__",
        ".mypy_cache", ".pytest_cache", ".ruff_cache", ".tox", ".nox", ".cache", ".eggs",
        ".ipynb_checkpoints", "site-packages", "build", "dist", ".trainer-workspace", ".idea",
        ".vscode", ".hypothesis",
    }
)  # fmt: skip
# what training runs write: pruned when looking for code, kept when looking for data
RUN_OUTPUT_DIRS = frozenset(
    {
        "outputs", "output", "out", "wandb", "lightning_logs", "runs", "checkpoints", "logs",
        "multirun", "mlruns", "tb_logs",
    }
)  # fmt: skip
DATA_DIRS = frozenset({"data", "datasets", "dataset"})


def is_virtualenv(path: Path) -> bool:
    """A virtualenv or conda env folder, whatever its name (False for a folder that cannot be read:
    ``Path.is_file`` raises PermissionError rather than answering)."""
    try:
        return (path / "pyvenv.cfg").is_file() or (path / "conda-meta").is_dir()
    except OSError:
        return False


def pruned(name: str, path: Path, extra: Iterable[str] = (), hidden: bool = False) -> bool:
    """Is the folder ``name`` (at ``path``) one to skip? Hidden folders are skipped unless ``hidden``."""
    if name in PRUNE_DIRS or name in extra or name.endswith(".egg-info"):
        return True
    if name.startswith(".") and not hidden:
        return True
    return is_virtualenv(path)


class GitIgnore:
    """The ``.gitignore`` files met while walking, matched with pathspec's git semantics."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._specs: dict[str, list[object]] = {}  # "" or "sub/dir/" -> the specs of that folder's file

    def load(self, directory: Path, problems: list[str]) -> None:
        """Read ``directory/.gitignore`` if there is one (call it before testing paths below it)."""
        file = directory / ".gitignore"
        try:
            text = file.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return
        except OSError as exc:
            problems.append(f"{file.relative_to(self.root).as_posix()}: unreadable ({exc.strerror})")
            return
        import pathspec

        prefix = "" if directory == self.root else directory.relative_to(self.root).as_posix() + "/"
        self._specs.setdefault(prefix, []).append(pathspec.GitIgnoreSpec.from_lines(text.splitlines()))

    def ignored(self, rel: str, is_dir: bool = False) -> bool:
        """Is the root-relative posix path ``rel`` ignored? Only the ``.gitignore`` files of its own
        ancestor folders are consulted (a dictionary look-up per ancestor, not a scan of every file)."""
        if not self._specs:
            return False
        start = 0
        while True:
            prefix = rel[:start]
            for spec in self._specs.get(prefix, ()):
                sub = rel[start:]
                if spec.match_file(sub + "/" if is_dir else sub):  # type: ignore[attr-defined]
                    return True
            slash = rel.find("/", start)
            if slash < 0:
                return False
            start = slash + 1


@attrs.define
class WalkResult:
    files: list[str]  # root-relative posix paths, sorted
    seen: int  # every file met, wanted or not
    problems: list[str]


def walk(
    root: Path,
    want: Callable[[str], bool] | None = None,
    prune: Iterable[str] = (),
    hidden: bool = False,
    gitignore: bool = True,
    max_files: int | None = None,
    want_path: Callable[[str], bool] | None = None,
) -> WalkResult:
    """The files below ``root`` that ``want`` accepts (``want`` gets the file name; all when
    ``None``) and then ``want_path`` (the root-relative path), skipping pruned folders
    (:data:`PRUNE_DIRS`, virtualenvs, ``prune``, hidden ones unless ``hidden``) and what the
    project's ``.gitignore`` files ignore. Unreadable folders are listed in ``problems``, never
    fatal. Stops after ``max_files`` wanted files."""
    extra = frozenset(prune)
    ignore = GitIgnore(root) if gitignore else None
    problems: list[str] = []
    prefix_len = len(str(root)) + 1
    files: list[str] = []
    seen = 0
    stack = [root]
    while stack:
        directory = stack.pop()
        if ignore is not None:
            ignore.load(directory, problems)
        try:
            entries = list(os.scandir(directory))
        except OSError as exc:
            rel_dir = str(directory)[prefix_len:] or "."
            problems.append(f"{rel_dir}/: unreadable ({exc.strerror})")
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
                is_file = not is_dir and entry.is_file(follow_symlinks=False)
            except OSError:
                continue
            rel = entry.path[prefix_len:]  # slicing: Path.relative_to per file is the slow part
            if is_dir:
                if pruned(entry.name, Path(entry.path), extra, hidden):
                    continue
                if ignore is not None and ignore.ignored(rel, True):
                    continue
                stack.append(Path(entry.path))
            elif is_file:
                seen += 1
                if want is not None and not want(entry.name):
                    continue
                if want_path is not None and not want_path(rel):
                    continue
                if ignore is not None and ignore.ignored(rel, False):
                    continue
                files.append(rel)
                if max_files is not None and len(files) >= max_files:
                    stack.clear()
                    break
    files.sort()
    return WalkResult(files=files, seen=seen, problems=problems)
