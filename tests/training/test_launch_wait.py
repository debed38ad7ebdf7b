"""A launch waits for the first sign of life: the first metric line, a crash (triaged), the end, or a
bound — and says which, from the CLI and over LSP alike."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.training.test_cli_training import run_cli
from trainerd.training import service
from trainerd.training.firstsign import sign_of_life

CRASHER = """\
import time
print("loading data", flush=True)
time.sleep(0.5)
open("data/shards/train-000.bin", "rb")
"""


def test_running_once_the_first_metric_line_appears(project: Path):
    result = service.launch(
        "python3 toy_train.py --steps 100000 --sleep 0.05", cwd=project, backend="tmux", settle_seconds=0,
        wait_seconds=30,
    )  # fmt: skip
    first = result.first_sign
    assert first.outcome == "running"
    assert first.line.startswith("step 0 loss: 2.0000")
    assert first.summary.startswith("running: first metrics after ")
    assert result.session.state == "running"


@pytest.mark.parametrize("backend", ["tmux", "screen"])
def test_a_crash_seconds_after_launch_is_reported_with_its_triage(project: Path, backend: str):
    (project / "prepare_and_train.py").write_text(CRASHER)
    result = service.launch(
        "python3 prepare_and_train.py", cwd=project, backend=backend, settle_seconds=0, wait_seconds=30
    )
    first = result.first_sign
    assert first.outcome == "crashed"
    assert first.summary.startswith("crashed after ")
    where = project / "prepare_and_train.py"
    assert (
        f"(exited 1): Root cause: FileNotFoundError at {where}:4 (file_not_found, a runtime bug)"
        in first.summary
    )
    assert first.triage.errors[first.triage.root_cause].category == "file_not_found"
    assert (result.session.state, result.session.exit_code) == ("exited", 1)


def test_quiet_and_finished(project: Path):
    quiet = service.launch(
        f"{sys.executable} -c 'import time; time.sleep(30)'", cwd=project, backend="tmux", settle_seconds=0,
        wait_seconds=1,
    )  # fmt: skip
    assert quiet.first_sign.outcome == "quiet"
    assert quiet.first_sign.summary.startswith("running, no metric or progress line yet after 1 s")
    done = service.launch(
        "python3 toy_train.py --steps 1 --sleep 0", cwd=project, backend="tmux", wait_seconds=30
    )
    assert done.first_sign.outcome in ("finished", "running")  # a one-step run can print before it ends
    if done.first_sign.outcome == "finished":
        assert done.first_sign.summary.startswith("finished after ")


def test_cli_says_crashed_and_exits_1(capsys, project: Path):
    (project / "prepare_and_train.py").write_text(CRASHER)
    code, out, _ = run_cli(
        capsys, "launch", "python3 prepare_and_train.py", "--cwd", str(project), "--backend", "tmux", "--yes"
    )
    assert code == 1
    assert "crashed after " in out and "FileNotFoundError" in out
    code, out, _ = run_cli(
        capsys, "launch", "python3 toy_train.py --steps 100000", "--cwd", str(project), "--backend", "tmux",
        "--yes", "--json",
    )  # fmt: skip
    data = json.loads(out)
    assert code == 0
    assert data["first_sign"]["outcome"] == "running"
    assert data["first_sign"]["line"].startswith("step 0 loss:")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("loading\nstep 3 loss: 1.20 lr: 3e-4\n", "step 3 loss: 1.20 lr: 3e-4"),
        (
            "\rEpoch 0:   3%|▎   | 3/100 [00:01<00:40,  2.41it/s]",
            "Epoch 0:   3%|▎   | 3/100 [00:01<00:40,  2.41it/s]",
        ),
        ("{'loss': '3.968', 'grad_norm': 'nan', 'learning_rate': '5e-05', 'epoch': '0.1'}\n", None),
        ("Downloading shards: 100%|██████████| 2/2 [00:03<00:00,  1.50s/it]\nmodel loaded\n", None),
        ("[rank0]: iter 10: loss 2.31, time 40ms, mfu 1.2%\n", "iter 10: loss 2.31, time 40ms, mfu 1.2%"),
        ("Using device cuda\nloading checkpoint\n", None),
    ],
)
def test_what_counts_as_a_sign_of_life(text: str, line: str | None):
    found = sign_of_life(text)
    if text.startswith("{"):
        assert found == text.strip()
    elif text.startswith("Downloading"):
        assert found is not None and found.startswith("Downloading")  # a progress bar is progress too
    else:
        assert found == line
