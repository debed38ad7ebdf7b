"""The distributions a project declares it needs: requirements files, ``pyproject.toml``, ``setup.cfg``,
``setup.py`` and the pip part of a conda ``environment.yml``.

Read statically (nothing of the project runs). Each requirement keeps where it was declared, so that an
answer can say "requirements.txt:12 asks for it"."""

from __future__ import annotations

import ast
import configparser
import functools
import logging
import tomllib
from pathlib import Path

import attrs
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

log = logging.getLogger(__name__)

_MAX_BYTES = 1_000_000


@attrs.define(frozen=True)
class Declared:
    """One requirement as the project wrote it (``spec``: name, extras and version, no markers)."""

    name: str  # canonical (PEP 503) distribution name
    spec: str
    source: str  # "requirements.txt:12", "pyproject.toml", ...
    versioned: bool = False  # the spec names a version (``>=4.38``, ``==1.2``)


def _read(path: Path) -> str | None:
    try:
        if not path.is_file() or path.stat().st_size > _MAX_BYTES:
            return None
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _parse(text: str, source: str) -> Declared | None:
    text = text.split(" #", 1)[0].strip()
    if not text or text.startswith(("#", "-", "git+", "http:", "https:", "file:", ".", "/")):
        return None
    try:
        req = Requirement(text)
    except InvalidRequirement:
        return None
    if req.url:
        return None  # a direct reference installs from where it says, not by name
    extras = f"[{','.join(sorted(req.extras))}]" if req.extras else ""
    return Declared(
        canonicalize_name(req.name), f"{req.name}{extras}{req.specifier}", source, bool(req.specifier)
    )


def _requirements_files(root: Path) -> list[Path]:
    found = sorted(root.glob("requirements*.txt")) + sorted(root.glob("requirements/*.txt"))
    return [p for p in found if p.is_file()][:20]


def _from_requirements(path: Path, root: Path) -> list[Declared]:
    text = _read(path)
    if text is None:
        return []
    rel = path.relative_to(root).as_posix()
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        found = _parse(line, f"{rel}:{n}")
        if found is not None:
            out.append(found)
    return out


def _from_pyproject(root: Path) -> list[Declared]:
    text = _read(root / "pyproject.toml")
    return [] if text is None else list(_pyproject_declared(text))


# (keyed by the file's text, read each time: an edit is seen at once, and triaging many logs in one project parses
# its pyproject.toml once)
@functools.lru_cache(maxsize=16)
def _pyproject_declared(text: str) -> tuple[Declared, ...]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return ()
    project: dict = data["project"] if isinstance(data.get("project"), dict) else {}
    items: list[str] = [d for d in project.get("dependencies") or [] if isinstance(d, str)]
    optional = project.get("optional-dependencies") or {}
    if isinstance(optional, dict):
        items += [
            d for group in optional.values() if isinstance(group, list) for d in group if isinstance(d, str)
        ]
    poetry = data.get("tool", {}).get("poetry", {}) if isinstance(data.get("tool"), dict) else {}
    if isinstance(poetry, dict) and isinstance(poetry.get("dependencies"), dict):
        items += [
            name for name in poetry["dependencies"] if name.lower() != "python"
        ]  # poetry's ranges are not PEP 440
    return tuple(d for d in (_parse(item, "pyproject.toml") for item in items) if d is not None)


def _from_setup_cfg(root: Path) -> list[Declared]:
    text = _read(root / "setup.cfg")
    if text is None:
        return []
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text)
    except configparser.Error:
        return []
    raw = parser.get("options", "install_requires", fallback="")
    return [d for d in (_parse(line, "setup.cfg") for line in raw.splitlines()) if d is not None]


def _from_setup_py(root: Path) -> list[Declared]:
    text = _read(root / "setup.py")
    if text is None or "install_requires" not in text:
        return []
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return []
    items: list[str] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.keyword)
            and node.arg == "install_requires"
            and isinstance(node.value, ast.List)
        ):
            items += [
                e.value for e in node.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
    return [d for d in (_parse(item, "setup.py") for item in items) if d is not None]


def _from_environment_yml(root: Path) -> list[Declared]:
    import yaml

    out: list[Declared] = []
    for name in ("environment.yml", "environment.yaml"):
        text = _read(root / name)
        if text is None:
            continue
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError:
            continue
        deps = data.get("dependencies") if isinstance(data, dict) else None
        for dep in deps if isinstance(deps, list) else []:
            if isinstance(dep, dict) and isinstance(
                dep.get("pip"), list
            ):  # conda's own names may differ from pip's
                out += [d for d in (_parse(str(p), name) for p in dep["pip"]) if d is not None]
    return out


def project_root(start: Path, levels: int = 3) -> Path:
    """``start``, or the nearest folder above it (``levels`` at most) that holds a repository or a project
    file, where the requirements are declared."""
    here = start
    for _ in range(levels + 1):
        if any((here / marker).exists() for marker in (".git", "pyproject.toml", "setup.py", "setup.cfg")):
            return here
        if here.parent == here:
            break
        here = here.parent
    return start


def declared(start: Path) -> list[Declared]:
    """Every requirement the project around ``start`` declares (unreadable files are skipped)."""
    roots = list(dict.fromkeys([start, project_root(start)]))
    out: list[Declared] = []
    for root in roots:
        for path in _requirements_files(root):
            out += _from_requirements(path, root)
        out += (
            _from_pyproject(root) + _from_setup_cfg(root) + _from_setup_py(root) + _from_environment_yml(root)
        )
    return out


def find(start: Path, *names: str) -> Declared | None:
    """The project's own requirement for any of ``names`` (distribution names, any spelling), if declared."""
    wanted = {canonicalize_name(n) for n in names if n}
    return next((d for d in declared(start) if d.name in wanted), None)
