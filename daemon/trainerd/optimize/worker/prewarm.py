"""What the warm parent imports once so its children need not.

1. pytest's plugins, the way pytest itself imports them (setuptools entry points, through its
   assertion-rewriting import hook), and every package pytest marks for rewriting with them: a child's
   pytest then finds them already imported *by a rewriting hook* and neither warns nor rewrites them
   again (a plugin package imported any other way before pytest starts makes pytest warn, and
   ``filterwarnings = error`` turns that warning into a collection error);
2. ``opto.trace``;
3. the project's third-party dependencies (what the target and its tests import at module level).

No module of the project itself is imported here (its modules load fresh in every child): a project
that is itself a pytest plugin gets no plugin step, and the dependency step runs only after the
plugin step imported every package pytest would rewrite (so no dependency can import one first).
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import importlib.util
import os
import sys
import sysconfig
from pathlib import Path

# never imported ahead: LiteLLM loads only for litellm:, black (through opto.optimizers) imports a
# package with a pytest plugin, and the optimizer stand-ins are installed only after a prompt's tests
NEVER = {"litellm", "black", "opto", "openai", "pytest", "_pytest", "trainerd"}
STDLIB = set(sys.stdlib_module_names)
PLUGINS = "pytest plugins"


def dependencies(project_root: Path, files: list[Path]) -> list[str]:
    """Top-level third-party modules the target and its tests import at module level."""
    found: list[str] = []
    paths = sysconfig.get_paths()
    libs = {os.path.realpath(p) for p in (paths.get("purelib"), paths.get("platlib")) if p}
    root = os.path.realpath(project_root) + os.sep
    for file in files:
        try:
            tree = ast.parse(file.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in tree.body:
            names = []
            if isinstance(node, ast.Import):
                names = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module.split(".")[0]]
            for name in names:
                if name in found or name in NEVER or name in STDLIB:
                    continue
                try:
                    spec = importlib.util.find_spec(name)
                except (ImportError, ValueError):
                    continue
                origin = spec.origin if spec else None
                if not origin or origin in ("built-in", "frozen"):
                    continue
                real = os.path.realpath(origin)
                if not real.startswith(root) and any(real.startswith(p + os.sep) for p in libs):
                    found.append(name)
    return found


def _import_plugins() -> None:
    """pytest's own plugin loading, without the project's configuration or conftest files."""
    import _pytest.config
    from _pytest.assertion.rewrite import AssertionRewritingHook

    before = list(sys.meta_path)
    try:
        with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
            _pytest.config._prepareconfig(
                ["-c", os.devnull, "--noconftest", "-s", "-p", "no:cacheprovider"], None
            )
        hooks = [f for f in sys.meta_path if isinstance(f, AssertionRewritingHook)]
        for hook in hooks:
            for name in sorted(getattr(hook, "_must_rewrite", ())):
                if "." not in name and name not in sys.modules and name not in NEVER:
                    with contextlib.suppress(BaseException):
                        importlib.import_module(name)
    finally:
        sys.meta_path[:] = [f for f in sys.meta_path if f in before]


def plugins_outside(project_root: Path) -> bool:
    """No pytest plugin of the environment is a module of the project."""
    import importlib.metadata

    root = os.path.realpath(project_root) + os.sep
    for dist in importlib.metadata.distributions():
        try:
            points = [ep for ep in dist.entry_points if ep.group == "pytest11"]
        except Exception:
            continue
        for ep in points:
            try:
                spec = importlib.util.find_spec(ep.value.split(":")[0].split(".")[0])
            except (ImportError, ValueError):
                continue
            origin = spec.origin if spec else None
            if origin and os.path.realpath(origin).startswith(root):
                return False
    return True


def run(project_root: Path, target: Path, tests: list[Path]) -> list[str]:
    """Import what children share; returns the steps done."""
    done: list[str] = []
    if os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD") or not plugins_outside(project_root):
        return done
    try:
        _import_plugins()
    except BaseException:
        return done
    done.append(PLUGINS)
    for name in ["opto.trace", *dependencies(project_root, [target, *tests])]:
        with contextlib.suppress(BaseException):
            importlib.import_module(name)
            done.append(name)
    return done
