"""Pre-flight: the interpreter the command really runs, settings as the run will see them (entry
defaults, config files, overrides), checkpoints a fresh run overwrites, GPU-only code on a machine
without a GPU — warnings the user confirms past. Nothing is executed."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

from tests.training.conftest import FIXTURES
from trainerd.training import environment, preflight, service

NANO_TRAIN = """\
import os
import torch
out_dir = 'out'
wandb_log = False
init_from = 'scratch'
device = 'cuda'
exec(open('configurator.py').read())
if wandb_log:
    import wandb
    wandb.init(project='x')
model = torch.nn.Linear(2, 2).to(device)
torch.save(model.state_dict(), os.path.join(out_dir, 'ckpt.pt'))
"""


def checks(result) -> dict:
    return {c.name: c for c in result.checks}


def nano_project(tmp_path: Path) -> Path:
    (tmp_path / "train.py").write_text(NANO_TRAIN)
    (tmp_path / "configurator.py").write_text("# reads --key=value and config files\n")
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "train_small.py").write_text("out_dir = 'out-small'\nwandb_log = True\n")
    return tmp_path


def test_healthy_command(tmp_path: Path):
    shutil.copy(FIXTURES / "toy_train.py", tmp_path / "toy_train.py")
    result = preflight.run("python3 toy_train.py --steps 3", tmp_path, target_metric="loss < 0.1")
    found = checks(result)
    assert found["target_metric"].summary == "target: loss < 0.1"
    assert found["smoke_test"].ok is None
    assert found["resume"].summary == "starting from scratch (no checkpoint given or found)"
    assert found["output_dir"].ok is True and "no output setting found" in found["output_dir"].summary
    assert found["entry_imports"].summary.startswith("toy_train.py's imports load: argparse, math")
    assert result.ok is True and result.warnings == []
    assert result.questions == [
        "Have you run a smoke test (a few steps on a small batch)?",
        "Is wandb/tensorboard configured?",
    ]


def test_settings_as_the_run_sees_them_config_file_then_overrides(tmp_path: Path):
    root = nano_project(tmp_path)
    result = preflight.run("python train.py config/train_small.py", root)
    found = checks(result)
    # the config file turns wandb on and moves the output folder: not the entry's defaults
    assert found["logging"].summary == "logging: wandb (wandb_log = True in config/train_small.py)"
    assert (
        f"output {root / 'out-small'} (will be created) from out_dir = out-small (config/train_small.py)"
        in (found["output_dir"].summary)
    )
    assert result.config_files == ["config/train_small.py"]
    # an override on the command line wins over the config file
    result = preflight.run("python train.py config/train_small.py --wandb_log=False --out_dir=out-cli", root)
    found = checks(result)
    assert found["logging"].summary == "logging: none (wandb_log = False in the command line)"
    assert "from out_dir = out-cli (the command line)" in found["output_dir"].summary


def test_a_checkpoint_the_run_would_overwrite_is_a_warning(tmp_path: Path):
    root = nano_project(tmp_path)
    (root / "out-small").mkdir()
    (root / "out-small" / "ckpt.pt").write_bytes(b"weights")
    result = preflight.run("python train.py config/train_small.py", root)
    found = checks(result)
    assert found["checkpoint"].ok is False
    assert found["checkpoint"].summary.startswith("out-small/ckpt.pt exists (written ")
    assert found["checkpoint"].summary.endswith("and this run starts from scratch: it will overwrite them")
    assert found["checkpoint"].summary in result.warnings
    assert result.ok is False
    # resuming from it instead: no warning, and it says from where
    resumed = preflight.run("python train.py config/train_small.py --init_from=resume", root)
    found = checks(resumed)
    assert "checkpoint" not in found
    assert found["resume"].ok is True
    assert found["resume"].summary.startswith(f"resuming from the checkpoint in {root / 'out-small'}")


def test_cuda_default_on_a_machine_without_a_gpu_offers_the_docs_cpu_form(tmp_path: Path):
    root = nano_project(tmp_path)
    (root / "README.md").write_text(
        "## quick start\n\n```\npython train.py config/train_small.py\n```\n\nWithout a GPU:\n\n"
        "```\npython train.py config/train_small.py --device=cpu --compile=False\n```\n"
    )
    result = service.detect_with_preflight(
        root, environment=False, command="python train.py config/train_small.py"
    )
    device = checks(result.preflight).get("device")
    if environment.gpu_present():
        assert device is None  # a GPU here: nothing to warn about
        return
    assert device.ok is False
    assert device.summary == (
        "this machine has no GPU and the run uses CUDA (device = cuda (train.py)); the docs give a CPU form: "
        "`python train.py config/train_small.py --device=cpu --compile=False`"
    )
    cpu = service.detect_with_preflight(
        root, environment=False, command="python train.py config/train_small.py --device=cpu --compile=False"
    )
    assert checks(cpu.preflight)["device"].summary == "runs on the CPU (device = cpu, the command line)"


def test_hydra_config_groups_and_overrides(tmp_path: Path):
    root = tmp_path / "lh"
    shutil.copytree(FIXTURES / "lightning_hydra", root)
    plain = checks(preflight.run("python src/train.py", root))
    assert plain["logging"].summary == "logging: none (logger = none in configs/train.yaml defaults)"
    chosen = preflight.run("python src/train.py logger=wandb trainer=gpu", root)
    found = checks(chosen)
    assert found["logging"].summary == "logging: wandb (logger = wandb in configs/logger/wandb.yaml)"
    if not environment.gpu_present():
        assert found["device"].summary.startswith(
            "this machine has no GPU and the run uses CUDA (accelerator = gpu (configs/trainer/gpu.yaml))"
        )


def test_describes_the_python_the_command_runs_not_trainerds(tmp_path: Path):
    """Issue 20 bug 8: `python` resolved on the launch's PATH is the interpreter described and used."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text(f"home = {Path(sys.executable).parent}\n")
    (venv / "bin" / "python").symlink_to(sys.executable)
    (tmp_path / "fit.py").write_text("import json\nprint('fit')\n")
    result = preflight.run("python fit.py", tmp_path, interpreter=str(venv / "bin" / "python"))
    found = checks(result)
    assert result.interpreter == str(venv / "bin" / "python")
    assert found["interpreter"].summary.startswith(
        f"{venv / 'bin' / 'python'} (Python {sys.version.split()[0]}"
    )
    assert found["command"].summary == f"python: {venv / 'bin' / 'python'}"
    # without the setting, the first python on this process's PATH (never trainerd's own by default)
    plain = preflight.run("python fit.py", tmp_path)
    assert plain.interpreter == shutil.which("python")


def test_never_runs_the_entry(tmp_path: Path):
    marker = tmp_path / "ran.txt"
    (tmp_path / "train.py").write_text(f"import os\nopen({str(marker)!r}, 'w').write('ran')\n")
    result = preflight.run("python3 train.py", tmp_path)
    assert checks(result)["entry_imports"].ok is True
    assert not marker.exists()


def test_missing_import_and_a_previous_clean_run(tmp_path: Path):
    (tmp_path / "train.py").write_text("import json\nimport not_installed_pkg_xyz\n")
    folder = tmp_path / ".trainer-workspace" / "training" / "trainer-train-20240101-000000"
    folder.mkdir(parents=True)
    record = {"name": folder.name, "command": "python3 train.py", "state": "exited", "exit_code": 0,
              "started_at": "2024-01-01T00:00:00Z"}  # fmt: skip
    (folder / "session.json").write_text(json.dumps(record))
    result = preflight.run("python3 train.py --resume_from_checkpoint ckpt/last.pt", tmp_path, root=tmp_path)
    found = checks(result)
    assert "will fail at `import not_installed_pkg_xyz`" in found["entry_imports"].summary
    assert found["resume"].ok is False and "ckpt/last.pt does not exist" in found["resume"].summary
    assert (
        found["smoke_test"].ok is True
        and "a previous run of train.py exited 0" in found["smoke_test"].summary
    )
    assert set(result.warnings) == {found["entry_imports"].summary, found["resume"].summary}
    assert os.path.isdir(tmp_path)
