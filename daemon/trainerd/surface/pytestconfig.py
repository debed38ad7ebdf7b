"""A project's pytest configuration, read as pytest reads it (without importing pytest).

The root is pytest's *rootdir*: going up from the file, the first folder whose ``pytest.ini`` /
``.pytest.ini``, ``pyproject.toml`` (``[tool.pytest.ini_options]`` or ``[tool.pytest]``), ``tox.ini``
(``[pytest]``) or ``setup.cfg`` (``[tool:pytest]``) holds pytest settings; else the first with
``setup.py``; else the first with a ``pyproject.toml`` or ``.git``; else the file's folder. Test node
ids are relative to it and the feedback command runs there. In the editor the walk never goes above
the workspace folder that holds the file (a window on a sub-folder is a boundary, the rule the
training sessions use too).

The collection settings read: ``testpaths``, ``python_files``, ``python_classes``,
``python_functions``, ``norecursedirs``, ``pythonpath``, and ``--rootdir`` / ``--doctest-modules`` /
``-p`` in ``addopts``.
"""

from __future__ import annotations

import configparser
import fnmatch
import os
import shlex
from pathlib import Path
from typing import Any

import attrs

DEFAULT_NORECURSE = ("*.egg", ".*", "_darcs", "build", "CVS", "dist", "node_modules", "venv", "{arch}")
_INI_FILES = ("pytest.ini", ".pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg")


@attrs.define
class PytestConfig:
    rootdir: Path
    inifile: Path | None = None
    testpaths: list[str] = attrs.Factory(list)
    python_files: list[str] = attrs.Factory(lambda: ["test_*.py", "*_test.py"])
    python_classes: list[str] = attrs.Factory(lambda: ["Test"])
    python_functions: list[str] = attrs.Factory(lambda: ["test"])
    norecursedirs: list[str] = attrs.Factory(lambda: list(DEFAULT_NORECURSE))
    pythonpath: list[str] = attrs.Factory(list)
    doctest_modules: bool = False

    def is_test_file(self, name: str) -> bool:
        return name.endswith(".py") and any(fnmatch.fnmatch(name, g) for g in self.python_files)

    def is_test_function(self, name: str) -> bool:
        return _name_matches(name, self.python_functions)

    def is_test_class(self, name: str) -> bool:
        return _name_matches(name, self.python_classes)

    def recurse(self, name: str) -> bool:
        """Whether pytest descends into a folder called ``name``."""
        return not any(fnmatch.fnmatch(name, g) for g in self.norecursedirs)

    def search_roots(self) -> list[Path]:
        """Where test files are looked for: the ``testpaths`` (globs expanded) under the rootdir, else it."""
        roots: list[Path] = []
        for entry in self.testpaths:
            if any(c in entry for c in "*?["):
                roots.extend(sorted(p for p in self.rootdir.glob(entry) if p.exists()))
            elif (self.rootdir / entry).exists():
                roots.append(self.rootdir / entry)
        return roots or [self.rootdir]


def _name_matches(name: str, patterns: list[str]) -> bool:
    # pytest: a pattern with glob characters is matched as a glob, otherwise as a prefix
    for p in patterns:
        if any(c in p for c in "*?["):
            if fnmatch.fnmatch(name, p):
                return True
        elif name.startswith(p):
            return True
    return False


def _split(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, str):
        return value.split()
    return []


def _ini_section(path: Path) -> dict[str, Any] | None:
    """The pytest settings held by ``path``, or None when it holds none."""
    name = path.name
    try:
        if name == "pyproject.toml":
            import tomllib

            with open(path, "rb") as fh:
                data = tomllib.load(fh)
            tool = data.get("tool") or {}
            pytest_table = tool.get("pytest") if isinstance(tool, dict) else None
            if isinstance(pytest_table, dict):
                if isinstance(pytest_table.get("ini_options"), dict):
                    return dict(pytest_table["ini_options"])
                return {k: v for k, v in pytest_table.items() if k != "ini_options"}
            return None
        parser = configparser.ConfigParser(interpolation=None)
        parser.read(path, encoding="utf-8")
        section = {
            "pytest.ini": "pytest",
            ".pytest.ini": "pytest",
            "tox.ini": "pytest",
            "setup.cfg": "tool:pytest",
        }[name]
        if parser.has_section(section):
            return dict(parser.items(section))
        return {} if name in ("pytest.ini", ".pytest.ini") else None  # pytest.ini always counts
    except (OSError, ValueError, configparser.Error, UnicodeDecodeError):
        return None


def _ancestors(start: Path, boundary: Path | None) -> list[Path]:
    out = []
    for folder in (start, *start.parents):
        out.append(folder)
        if boundary is not None and folder == boundary:
            break
    return out


def find_config(start: Path, boundary: Path | None = None) -> PytestConfig:
    """The pytest configuration that applies to files in ``start`` (a folder), found upwards.

    ``boundary``: never look above this folder (the editor's workspace folder holding ``start``)."""
    start = Path(os.path.abspath(start))
    if boundary is not None:
        boundary = Path(os.path.abspath(boundary))
        if start != boundary and boundary not in start.parents:
            boundary = None
    folders = _ancestors(start, boundary)
    for folder in folders:
        for name in _INI_FILES:
            path = folder / name
            if path.is_file():
                section = _ini_section(path)
                if section is not None:
                    return _from_section(folder, path, section)
    for markers in (("setup.py",), ("pyproject.toml", ".git")):
        for folder in folders:
            if any((folder / m).exists() for m in markers):
                return PytestConfig(rootdir=folder)
    # no project around the file: its own folder (as pytest run there), or the editor's folder
    return PytestConfig(rootdir=folders[-1] if boundary is not None else start)


def _from_section(folder: Path, inifile: Path, section: dict[str, Any]) -> PytestConfig:
    config = PytestConfig(rootdir=folder, inifile=inifile)
    if "testpaths" in section:
        config.testpaths = _split(section["testpaths"])
    for key in ("python_files", "python_classes", "python_functions", "norecursedirs", "pythonpath"):
        if key in section and _split(section[key]):
            setattr(config, key, _split(section[key]))
    addopts = section.get("addopts")
    opts = addopts if isinstance(addopts, list) else shlex.split(str(addopts or ""), posix=True)
    for i, opt in enumerate(opts):
        if opt == "--doctest-modules":
            config.doctest_modules = True
        elif opt.startswith("--rootdir="):
            config.rootdir = (folder / opt.split("=", 1)[1]).resolve()
        elif opt == "--rootdir" and i + 1 < len(opts):
            config.rootdir = (folder / opts[i + 1]).resolve()
    return config


def project_root(file: Path, boundary: Path | None = None) -> Path:
    """The root test node ids are relative to for ``file``: pytest's rootdir (see the module doc)."""
    return find_config(Path(file).parent, boundary).rootdir
