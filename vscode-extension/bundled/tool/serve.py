"""Start the trainerd daemon bundled with the VS Code extension, with the selected interpreter.

The bundle (``bundled/libs``: trainerd and its pure-Python dependencies) goes first on ``sys.path``, so
the daemon never depends on what the interpreter has installed; the optimization worker and the
training sessions still run in this interpreter (the project's), which must have ``trace-opt`` and
``pytest`` to optimize. Same as ``python -m trainerd serve ARGS``.
"""

import os
import runpy
import sys

LIBS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "libs")

if __name__ == "__main__":
    if sys.version_info < (3, 11):
        sys.stderr.write(f"trainerd needs Python >= 3.11; {sys.executable} is {sys.version.split()[0]}\n")
        raise SystemExit(3)
    sys.path.insert(0, LIBS)
    sys.argv = ["trainerd", "serve", *sys.argv[1:]]
    runpy.run_module("trainerd", run_name="__main__", alter_sys=True)
