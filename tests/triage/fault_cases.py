"""Fault injection on small real training scripts (``tests/triage/faults/``: numpy loops laid out like
nanoGPT, a Hugging Face Trainer script and a Lightning+Hydra template). Each case breaks a copy of a
project the way users break theirs, runs the command for real, triages its output, applies the fix
trainerd proposes (if any) in the session's environment, and runs the command it says to restart with.

A case's ``expect_fix`` is the fix kind that is correct, or ``None`` when offering no fix is correct
(a change that could alter the experiment, a typo in the training code itself).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

FAULTS = Path(__file__).resolve().parent / "faults"


@attrs.define
class Case:
    name: str
    shape: str  # the project in faults/
    fault: str  # what was broken, in words
    command: str  # {py} is the interpreter
    category: str
    expect_fix: str | None
    setup: Callable[[Path], None] | None = None
    env: Callable[[Path], dict[str, str]] | None = None  # the session's environment variables


def _write(rel: str, text: str) -> Callable[[Path], None]:
    def apply(project: Path) -> None:
        (project / rel).write_text(text)

    return apply


def _both(*steps: Callable[[Path], None]) -> Callable[[Path], None]:
    def apply(project: Path) -> None:
        for step in steps:
            step(project)

    return apply


def _replace(rel: str, old: str, new: str) -> Callable[[Path], None]:
    def apply(project: Path) -> None:
        path = project / rel
        text = path.read_text()
        assert old in text, (rel, old)
        path.write_text(text.replace(old, new, 1))

    return apply


def _fixture_wheel(project: Path) -> dict[str, str]:
    """A local distribution (``tinylogger``) pip installs from a folder: the session's environment
    points pip there (no index) and Python at a site folder, as a real virtualenv would."""
    wheels = project.parent / "wheels"
    wheels.mkdir(exist_ok=True)
    info = "tinylogger-1.0.dist-info"
    files = {
        "tinylogger/__init__.py": "def log(**kw):\n    print('logged', sorted(kw))\n",
        f"{info}/METADATA": "Metadata-Version: 2.1\nName: tinylogger\nVersion: 1.0\n",
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: trainerd-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    with zipfile.ZipFile(wheels / "tinylogger-1.0-py3-none-any.whl", "w") as whl:
        for name, content in files.items():
            whl.writestr(name, content)
        whl.writestr(f"{info}/RECORD", "".join(f"{n},,\n" for n in files) + f"{info}/RECORD,,\n")
    site = project.parent / "site"
    env = dict(os.environ)
    env.update(
        PIP_NO_INDEX="1",
        PIP_FIND_LINKS=str(wheels),
        PIP_TARGET=str(site),
        PYTHONPATH=str(site),
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    return env


CASES: list[Case] = [
    Case(
        "nanogpt_key_typo_on_command_line",
        "nanogpt_style",
        "--learnig_rate=0.01 on the command line",
        "{py} train.py config/train_tiny.py --learnig_rate=0.01",
        "config_error",
        "command_key",
    ),
    Case(
        "nanogpt_dataset_typo_on_command_line",
        "nanogpt_style",
        "--dataset=tiny_char (the folder is tiny_chars)",
        "{py} train.py --dataset=tiny_char",
        "file_not_found",
        "command_path",
    ),
    Case(
        "nanogpt_unknown_setting_not_a_typo",
        "nanogpt_style",
        "--eval_step=5 (no setting is spelled like it)",
        "{py} train.py --eval_step=5",
        "config_error",
        None,
    ),
    Case(
        "hf_missing_output_dir",
        "hf_style",
        'output_dir "runs/exp1" does not exist',
        "{py} train.py",
        "file_not_found",
        "create_dir",
        _replace("configs/train.json", '"outputs"', '"runs/exp1"'),
    ),
    Case(
        "hf_config_key_typo_in_config",
        "hf_style",
        'the config spells "warmup_step"; the code reads "warmup_steps"',
        "{py} train.py",
        "config_error",
        "config_key",
        _replace("configs/train.json", '"warmup_steps"', '"warmup_step"'),
    ),
    Case(
        "hf_key_missing_only_other_key_near",
        "hf_style",
        'the config lacks "eval_steps" (it has "max_steps")',
        "{py} train.py",
        "config_error",
        None,
        _replace("configs/train.json", '  "eval_steps": 20,\n', ""),
    ),
    Case(
        "hf_local_module_typo",
        "hf_style",
        "from modle import TinyModel (the project's module is model.py)",
        "{py} train.py",
        "import_error",
        "rename_import",
        _replace("train.py", "from model import TinyModel", "from modle import TinyModel"),
    ),
    Case(
        "hf_missing_package_in_session_env",
        "hf_style",
        "import tinylogger, declared in requirements.txt but not installed in the session's environment",
        "{py} train.py",
        "import_error",
        "pip_install",
        _both(
            _replace("train.py", "import numpy as np\n", "import numpy as np\nimport tinylogger\n"),
            _write("requirements.txt", "numpy>=1.26\ntinylogger>=1.0\n"),
        ),
        _fixture_wheel,
    ),
    Case(
        "hydra_override_typo",
        "lightning_hydra_style",
        "trainer.max_epoch=3 override (the key is max_epochs)",
        "{py} train.py trainer.max_epoch=3",
        "config_error",
        "command_key",
    ),
    Case(
        "hydra_data_path_typo_in_yaml",
        "lightning_hydra_style",
        "data.path: data/trian.csv in conf/config.yaml",
        "{py} train.py",
        "file_not_found",
        "closest_path",
        _replace("conf/config.yaml", "data/train.csv", "data/trian.csv"),
    ),
    Case(
        "hydra_code_reads_misspelt_key",
        "lightning_hydra_style",
        "the code reads cfg.trainer.precison (config and other code: precision)",
        "{py} train.py",
        "config_error",
        None,
        _replace(
            "train.py",
            "w -= cfg.optim.lr * grad",
            "w -= cfg.optim.lr * grad * (1 if cfg.trainer.precison else 1)",
        ),
    ),
]


def run(project: Path, command: str, env: dict[str, str] | None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command.replace("{py}", sys.executable),
        shell=True,
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def play(case: Case, workdir: Path) -> dict[str, Any]:
    """Break, run, triage, apply, restart: the row of the fault-injection table."""
    from trainerd.triage import service

    project = workdir / case.shape
    shutil.copytree(FAULTS / case.shape, project, ignore=shutil.ignore_patterns("__pycache__", "outputs"))
    (project / "outputs").mkdir(exist_ok=True)
    if case.setup:
        case.setup(project)
    env = case.env(project) if case.env else None
    session = project / ".trainer-workspace" / "training" / "trainer-train-fault"
    session.mkdir(parents=True)
    command = case.command.replace("{py}", sys.executable)
    record = {"name": session.name, "command": command, "cwd": str(project)}
    if env is not None:
        record["environment"] = {"interpreter": sys.executable, "variables": env}
    (session / "session.json").write_text(json.dumps(record))
    first = run(project, command, env)
    report = service.triage_request(
        text=first.stdout + first.stderr, root=project, session="trainer-train-fault"
    )
    root = report.errors[report.root_cause] if report.root_cause is not None else None
    row: dict[str, Any] = {
        "case": case.name,
        "shape": case.shape,
        "fault": case.fault,
        "crashed": first.returncode != 0,
        "category": root.category if root else None,
        "fix": (root.proposal or {}).get("kind") if root else None,
        "fix_text": root.fix if root else None,
        "applied": None,
        "restarted_ok": None,
    }
    row["correct"] = row["category"] == case.category and row["fix"] == case.expect_fix
    if root is not None and root.proposal:
        applied = service.apply(root.proposal, project, triage=root, session_dir=session, command=command)
        row["applied"] = bool(applied["ok"])
        again = applied.get("restart_command") or command
        row["restart_command"] = again
        second = run(project, again, env)
        row["restarted_ok"] = second.returncode == 0
        row["restart_output"] = (second.stdout + second.stderr)[-400:]
    return row
