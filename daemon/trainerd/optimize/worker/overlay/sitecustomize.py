"""Start-up hook for subprocesses of the tests the optimization worker runs: load the candidate
being evaluated instead of the target file (see ``trainerd.optimize.worker.loader``), then run the
environment's own ``sitecustomize`` if it has one."""

import importlib.machinery
import importlib.util
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))

try:
    from trainerd.optimize.worker.loader import install_from_env

    install_from_env()
except Exception as exc:  # never break the user's subprocess
    sys.stderr.write(f"trainerd overlay: {type(exc).__name__}: {exc}\n")

_paths = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]
_spec = importlib.machinery.PathFinder.find_spec("sitecustomize", _paths)
if _spec is not None and _spec.loader is not None:
    _module = importlib.util.module_from_spec(_spec)
    sys.modules["sitecustomize"] = _module
    _spec.loader.exec_module(_module)
