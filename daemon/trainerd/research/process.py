"""Starting the runner subprocess (``python -m trainerd.research.runner``) and reading its answer."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from trainerd.errors import TrainerError

PACKAGE_PARENT = str(Path(__file__).resolve().parents[2])  # the folder holding the trainerd package


def interpreter_for(interpreter: str | None = None, root: Path | None = None) -> str:
    """The project's interpreter, by the rule the optimize worker follows
    (:func:`trainerd.project.interpreter.resolve`): the one given (or ``$TRAINERD_PYTHON``), else the
    project's virtualenv under ``root``, else trainerd's own — never a ``python3`` found on PATH."""
    from trainerd.project.interpreter import resolve

    setting = interpreter or os.environ.get("TRAINERD_PYTHON")
    return resolve(root, setting=setting, use_path=False).path


def run_runner(
    request: dict[str, Any], cwd: Path, timeout_s: float, interpreter: str | None = None
) -> dict[str, Any]:
    """Send one request to a fresh runner; its JSON answer, or ``{"ok": False, ...}`` saying what broke."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    # the project's interpreter may not have trainerd installed: the runner comes from this checkout
    env["PYTHONPATH"] = os.pathsep.join(p for p in (PACKAGE_PARENT, env.get("PYTHONPATH")) if p)
    python = interpreter_for(interpreter, Path(cwd))
    try:
        proc = subprocess.run(
            [python, "-m", "trainerd.research.runner"],
            input=json.dumps(request).encode("utf-8"),
            cwd=cwd,
            env=env,
            capture_output=True,
            timeout=timeout_s,
            start_new_session=True,
        )
    except subprocess.TimeoutExpired as exc:
        tail = (exc.stderr or b"").decode("utf-8", "replace")[-2000:]
        return {
            "ok": False,
            "error": "timeout",
            "message": f"the runner did not finish within {timeout_s:g} s",
            "stderr": tail,
        }
    except OSError as exc:
        raise TrainerError(
            f"cannot start the project's interpreter {python!r}: {exc.strerror}",
            field="interpreter",
        ) from None
    stderr = proc.stderr.decode("utf-8", "replace")
    try:
        answer = json.loads(proc.stdout.decode("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        return {
            "ok": False,
            "error": "runner_crashed",
            "message": f"the runner exited with code {proc.returncode} without an answer",
            "returncode": proc.returncode,
            "stderr": stderr[-2000:],
            "interpreter": python,
        }
    if isinstance(answer, dict):
        answer.setdefault("stderr", stderr[-2000:])
        answer.setdefault("interpreter", python)
    return answer


def explain_failure(answer: dict[str, Any], interpreter: str | None = None) -> str:
    """A runner failure in words, naming the package to install when one is missing."""
    import re

    text = f"{answer.get('message') or ''}\n{answer.get('stderr') or ''}"
    missing = re.search(r"No module named '([\w.]+)'", text)
    if missing and missing.group(1).split(".")[0] in ("coverage", "pytest", "hypothesis", "trainerd"):
        name = missing.group(1).split(".")[0]
        python = answer.get("interpreter") or interpreter_for(interpreter)
        return f"{name} is not installed in the project's interpreter ({python}): `{python} -m pip install {name}`"
    return str(answer.get("message") or "the runner failed")
