"""Load the target module from a given text instead of the file on disk.

The run evaluates the snapshot it took when it started, and each candidate, without writing the
user's file: :class:`CandidateFinder` sits first on ``sys.meta_path``, asks the other finders where a
module comes from, and when that is the target file it hands over a loader that compiles the given
text under the file's own name (tracebacks, ``inspect.getsource`` and pytest's failure excerpts show
the evaluated lines). ``after`` runs on each fresh module (the worker wraps the target there).

Subprocesses of the tests (``python -m pkg``, ``subprocess.run([sys.executable, ...])``) load the same
text: :func:`overlay_env` writes the environment for :mod:`trainerd.optimize.worker.overlay`'s
``sitecustomize``, which calls :func:`install_from_env`. Standard library only: this module is
imported at the start-up of every such subprocess.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import linecache
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ENV = "TRAINERD_CANDIDATE"  # {"target": <file>, "source": <file holding the text>}
OVERLAY_DIR = str(Path(__file__).resolve().parent / "overlay")


def _real(path: str) -> str:
    try:
        return os.path.realpath(path)
    except OSError:
        return path


class CandidateLoader(importlib.abc.Loader):
    def __init__(self, finder: CandidateFinder, inner: Any) -> None:
        self.finder, self.inner = finder, inner

    def create_module(self, spec: Any) -> Any:
        return None  # the default module object

    def get_source(self, fullname: str) -> str:
        return self.finder.text

    def get_code(self, fullname: str) -> Any:  # runpy (``python -m``) asks for the code directly
        self.finder.cache_lines()
        return compile(self.finder.text, self.finder.filename, "exec", dont_inherit=True)

    def is_package(self, fullname: str) -> bool:
        return self.finder.is_package

    # what the module's own code asks its loader for (``pkgutil.get_data``, ``importlib.resources``):
    # the file's real loader answers (text-unidecode reads its table with pkgutil.get_data at import)
    def get_filename(self, fullname: str) -> str:
        return self.finder.filename

    def get_data(self, path: str) -> bytes:
        if self.inner is not None and hasattr(self.inner, "get_data"):
            return self.inner.get_data(path)
        with open(path, "rb") as fh:
            return fh.read()

    def get_resource_reader(self, fullname: str) -> Any:
        reader = getattr(self.inner, "get_resource_reader", None)
        return reader(fullname) if reader is not None else None

    def exec_module(self, module: ModuleType) -> None:
        exec(self.get_code(module.__name__), module.__dict__)
        if self.finder.after is not None:
            self.finder.after(module)


class CandidateFinder(importlib.abc.MetaPathFinder):
    """Serves ``text`` for the module whose file is ``target``, under whatever name it is imported."""

    def __init__(
        self, target: str | Path, text: str, after: Callable[[ModuleType], None] | None = None
    ) -> None:
        self.filename = str(target)
        self.real = _real(self.filename)
        self.text, self.after = text, after
        path = Path(self.filename)
        self.is_package = path.name == "__init__.py"
        self.stem = path.parent.name if self.is_package else path.stem
        self._busy = False

    def cache_lines(self) -> None:
        # mtime None: linecache.checkcache leaves the entry alone, so the evaluated lines stay shown
        linecache.cache[self.filename] = (len(self.text), None, self.text.splitlines(True), self.filename)

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname.rpartition(".")[2] != self.stem or self._busy:
            return None
        self._busy = True
        try:
            spec = None
            for finder in list(sys.meta_path):
                find = getattr(finder, "find_spec", None)
                if finder is self or find is None:
                    continue
                spec = find(fullname, path, target)
                if spec is not None:
                    break
        finally:
            self._busy = False
        if spec is None or not spec.origin or _real(spec.origin) != self.real:
            return None
        spec.loader = CandidateLoader(self, spec.loader)
        return spec


def install(
    target: str | Path, text: str, after: Callable[[ModuleType], None] | None = None
) -> CandidateFinder:
    finder = CandidateFinder(target, text, after)
    sys.meta_path.insert(0, finder)
    finder.cache_lines()
    return finder


def overlay_env(
    target: str | Path, source_file: str | Path, env: dict[str, str] | None = None
) -> dict[str, str]:
    """The environment that makes subprocesses load ``source_file`` for ``target``."""
    env = dict(os.environ if env is None else env)
    env[ENV] = json.dumps({"target": str(target), "source": str(source_file)})
    parts = [OVERLAY_DIR, *(p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p and p != OVERLAY_DIR)]
    env["PYTHONPATH"] = os.pathsep.join(parts)
    return env


def install_from_env() -> CandidateFinder | None:
    """Called by the overlay ``sitecustomize`` at interpreter start-up."""
    raw = os.environ.get(ENV)
    if not raw:
        return None
    data = json.loads(raw)
    with open(data["source"], encoding="utf-8") as fh:
        text = fh.read()
    return install(data["target"], text)
