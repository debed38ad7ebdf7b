"""Each mechanical fix applied to a fixture project, then the project re-run; fixes.json; the two-fix stop."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from trainerd.errors import TrainerError
from trainerd.triage import service
from trainerd.triage.fixes import DISTRIBUTIONS

from .conftest import corpus_text


def run(project: Path, *argv: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *argv],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def crash_and_triage(project: Path, script: str = "train.py", env: dict | None = None, **kwargs):
    proc = run(project, script, env=env)
    assert proc.returncode != 0
    report = service.triage_text(proc.stdout + proc.stderr, cwd=project, **kwargs)
    return report.errors[report.root_cause]


def test_closest_existing_file(corpus_project):
    project = corpus_project("real_file_not_found_read")
    t = crash_and_triage(project)
    assert t.proposal["kind"] == "closest_path"
    assert t.fix == (
        "I'll fix it by pointing the path 'data/trian.csv' at 'data/train.csv', the closest file that exists. "
        "This changes train.py:7."
    )
    service.apply(t.proposal, project, triage=None)
    assert 'load("data/train.csv")' in (project / "train.py").read_text()
    assert run(project, "train.py").returncode == 0


def test_missing_output_directory(corpus_project):
    project = corpus_project("real_file_not_found_write")
    t = crash_and_triage(project)
    assert t.proposal["kind"] == "create_dir"
    assert "creates outputs/run1/" in t.fix
    before = (project / "train.py").read_text()
    service.apply(t.proposal, project)
    assert (project / "outputs/run1").is_dir()
    assert (project / "train.py").read_text() == before  # no source change
    assert run(project, "train.py").returncode == 0


def test_config_key_typo_in_the_config_file(corpus_project):
    project = corpus_project("real_config_key_typo")
    t = crash_and_triage(project)
    assert t.category == "config_error"
    assert t.proposal["kind"] == "config_key"
    assert "configs/base.yaml:1" in t.fix and "'learning_rat'" in t.fix
    service.apply(t.proposal, project)
    assert (project / "configs/base.yaml").read_text().startswith("learning_rate: 0.001")
    assert run(project, "train.py").returncode == 0


def test_config_key_typo_in_the_code(tmp_path: Path):
    project = tmp_path / "proj"
    (project / "configs").mkdir(parents=True)
    (project / "configs/train.json").write_text(
        '{"optimizer": {"learning_rate": 0.01, "weight_decay": 0.1}}\n'
    )
    (project / "train.py").write_text(
        textwrap.dedent("""
        import json

        cfg = json.load(open("configs/train.json"))["optimizer"]
        print("wd", cfg["weight_decay"], "lr", cfg["learning_rate"])
        lr = cfg["learnig_rate"]
    """).lstrip()
    )
    t = crash_and_triage(project)
    # the code misreads a key the rest of the code reads correctly: trainerd does not rewrite training
    # code to read another key; it says where the slip is and offers nothing
    assert t.category == "config_error" and t.proposal is None
    assert t.fix.startswith("No fix is offered: the code at train.py:5 reads 'learnig_rate'")
    assert "'learning_rate'" in t.fix and "I'll fix it" not in t.fix


def test_pip_install_uses_the_distribution_name(tmp_path: Path):
    report = service.triage_text(
        corpus_text("real_module_not_found.log"), command=f"{sys.executable} train.py", cwd=tmp_path
    )
    t = report.errors[0]
    assert t.proposal["command"] == [sys.executable, "-m", "pip", "install", "opencv-python"]
    assert t.proposal["verify"] == [sys.executable, "-c", "import cv2"]  # done only if the import works
    assert "provides `import cv2`" in t.fix
    assert (DISTRIBUTIONS["sklearn"], DISTRIBUTIONS["PIL"], DISTRIBUTIONS["yaml"]) == (
        "scikit-learn",
        "Pillow",
        "PyYAML",
    )


FAKE_TORCH = """
class Tensor:
    def __init__(self, device="cpu"):
        self.device = str(device)

    def to(self, device):
        return Tensor(device)


def cross_entropy(logits, target):
    if logits.device != target.device:
        raise RuntimeError(
            "Expected all tensors to be on the same device, but found at least two devices, "
            f"{logits.device} and {target.device}! (when checking argument for argument target in method "
            "wrapper_CUDA_nll_loss_forward)"
        )
    return 0.0
"""


def test_to_device_at_the_mixing_line(tmp_path: Path):
    # PyTorch's exact message, raised for real by a stand-in tensor (no GPU here)
    project = tmp_path / "proj"
    project.mkdir()
    lib = tmp_path / "lib" / "site-packages"  # a library, as torch would be
    lib.mkdir(parents=True)
    (lib / "faketorch.py").write_text(FAKE_TORCH)
    env = {"PYTHONPATH": str(lib)}
    (project / "train.py").write_text(
        textwrap.dedent("""
        from faketorch import Tensor, cross_entropy

        device = "cuda:0"


        def step(x, labels):
            logits = x.to(device)
            loss = cross_entropy(logits, labels)
            return loss


        step(Tensor(), Tensor())
    """).lstrip()
    )
    t = crash_and_triage(project, env=env)
    assert t.category == "device_mismatch"
    assert t.proposal["kind"] == "to_device"
    assert t.fix.endswith("This changes train.py:8.")
    service.apply(t.proposal, project)
    assert "loss = cross_entropy(logits.to(device), labels.to(device))" in (project / "train.py").read_text()
    assert run(project, "train.py", env=env).returncode == 0


def test_oom_keeps_the_effective_batch(corpus_project):
    import yaml

    project = corpus_project("gpu_cuda_oom_grad_accum")
    report = service.triage_text(
        corpus_text("gpu_cuda_oom_grad_accum.log"), cwd=project, command="python train.py"
    )
    t = report.errors[report.root_cause]
    assert t.proposal["kind"] == "oom_grad_accum"
    assert "effective batch stays 32" in t.fix and "configs/train.yaml:3" in t.fix
    before = yaml.safe_load((project / "configs/train.yaml").read_text())
    service.apply(t.proposal, project)
    after = yaml.safe_load((project / "configs/train.yaml").read_text())
    assert (after["batch_size"], after["gradient_accumulation_steps"]) == (8, 4)
    assert after["batch_size"] * after["gradient_accumulation_steps"] == (
        before["batch_size"] * before["gradient_accumulation_steps"]
    )
    assert {k: v for k, v in after.items() if k not in ("batch_size", "gradient_accumulation_steps")} == {
        k: v for k, v in before.items() if k not in ("batch_size", "gradient_accumulation_steps")
    }


def test_oom_fragmentation_changes_only_the_launch_command():
    report = service.triage_text(
        corpus_text("gpu_cuda_oom_fragmentation.log"), command="python train.py --bs 8"
    )
    t = report.errors[report.root_cause]
    assert t.proposal["kind"] == "oom_alloc_conf"
    assert (
        t.proposal["new_command"] == "PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True python train.py --bs 8"
    )
    assert not t.proposal["edits"]


def test_oom_without_accumulation_is_not_changed(tmp_path: Path):
    (tmp_path / "train.py").write_text("batch_size = 64\n")
    report = service.triage_text(corpus_text("gpu_cuda_oom_grad_accum.log"), cwd=tmp_path)
    t = report.errors[report.root_cause]
    assert t.proposal is None and "logic change" in t.fix


def test_oom_reads_a_settings_line_anywhere_in_a_config_and_skips_comments(tmp_path: Path):
    (tmp_path / "configs").mkdir()
    (tmp_path / "configs" / "run.yaml").write_text(
        "# batch_size: 128 was too much\nmodel: small\n"
        + "".join(f"note_{i}: x\n" for i in range(300))
        + "train:\n  batch_size: 24\n  gradient_accumulation_steps: 3\n"
    )
    report = service.triage_text(corpus_text("gpu_cuda_oom_grad_accum.log"), cwd=tmp_path)
    t = report.errors[report.root_cause]
    assert t.proposal["kind"] == "oom_grad_accum"
    assert "configs/run.yaml:304" in t.fix and "effective batch stays 72" in t.fix


def test_oom_does_not_read_a_data_file_kept_beside_the_configs(tmp_path: Path):
    # a COCO-style annotations file in the project root is data, not the run's configuration
    rows = ",".join(f'{{"id": {i}, "area": 1024}}' for i in range(60_000))
    big = '{"batch_size": 16, "gradient_accumulation_steps": 1, "images": [' + rows + "]}\n"
    assert len(big) > (1 << 20)
    (tmp_path / "annotations.json").write_text(big)
    report = service.triage_text(corpus_text("gpu_cuda_oom_grad_accum.log"), cwd=tmp_path)
    t = report.errors[report.root_cause]
    assert t.proposal is None and "annotations.json" not in (t.fix or "")
    # the same settings in a small config there are read
    (tmp_path / "annotations.json").unlink()
    (tmp_path / "run.json").write_text('{"batch_size": 16, "gradient_accumulation_steps": 1}\n')
    t = service.triage_text(corpus_text("gpu_cuda_oom_grad_accum.log"), cwd=tmp_path).errors[0]
    assert t.proposal["kind"] == "oom_grad_accum" and "run.json:1" in t.fix


def test_logic_errors_get_no_edit():
    for name in ("real_shape_matmul.log", "torch_target_out_of_bounds.log", "real_nan_loss_fpe.log"):
        t = service.triage_text(corpus_text(name)).errors[0]
        assert t.kind == "logic" and t.proposal is None and t.fix is None
        assert "logic change" in t.explanation


def test_two_fixes_for_the_same_signature_then_reassess(corpus_project, tmp_path: Path):
    project = corpus_project("gpu_cuda_oom_grad_accum")
    session = tmp_path / "session"
    session.mkdir()
    log = corpus_text("gpu_cuda_oom_grad_accum.log")
    sizes = []
    for _ in range(2):  # the same OOM comes back after each fix
        report = service.triage_text(log, cwd=project, session_dir=session)
        t = report.errors[report.root_cause]
        assert t.proposal is not None and t.reassess is None
        service.apply(t.proposal, project, triage=service_dict(t), session_dir=session)
        sizes.append(Path(project / "configs/train.yaml").read_text().splitlines()[2])
    assert sizes == ["batch_size: 8", "batch_size: 4"]
    history = json.loads((session / "fixes.json").read_text())["fixes"]
    assert len(history) == 2 and {h["signature"] for h in history} == {t.signature}
    report = service.triage_text(log, cwd=project, session_dir=session)
    t = report.errors[report.root_cause]
    assert t.proposal is None and t.fix is None
    assert "reassess" in t.reassess["message"] and len(t.reassess["history"]) == 2
    # a different error in the same session still gets its fix
    other = service.triage_text(corpus_text("real_module_not_found.log"), session_dir=session).errors[0]
    assert other.proposal is not None


def service_dict(t):
    from trainerd.data import to_plain

    return to_plain(t)


def test_stale_fix_is_refused(corpus_project):
    project = corpus_project("real_file_not_found_read")
    t = crash_and_triage(project)
    (project / "train.py").write_text("# rewritten meanwhile\n" * 10)
    with pytest.raises(TrainerError, match="changed since"):
        service.apply(t.proposal, project)
    assert (project / "train.py").read_text() == "# rewritten meanwhile\n" * 10


def test_corrupt_fixes_json_is_not_overwritten(tmp_path: Path):
    (tmp_path / "fixes.json").write_text("{not json")
    with pytest.raises(TrainerError, match="not readable JSON"):
        service.triage_text(corpus_text("real_module_not_found.log"), session_dir=tmp_path)
    assert (tmp_path / "fixes.json").read_text() == "{not json"


def test_port_in_use_gets_a_free_port_in_the_launch_command(tmp_path: Path):
    import re
    import socket

    log = corpus_text("gpu_address_in_use.log")
    t = service.triage_text(log, command="torchrun --nproc_per_node 2 train.py --bs 8").errors[0]
    assert t.category == "distributed" and t.proposal["kind"] == "master_port"
    new = t.proposal["new_command"]
    port = int(re.search(r"--master_port=(\d+)", new).group(1))
    assert new == f"torchrun --master_port={port} --nproc_per_node 2 train.py --bs 8"
    with socket.socket() as sock:
        sock.bind(("", port))  # free when proposed
    t2 = service.triage_text(log, command="torchrun --master-port 29500 train.py").errors[0]
    assert "--master-port 29500" not in t2.proposal["new_command"]
    session = tmp_path / "s"
    session.mkdir()
    record = service.apply(
        t.proposal, tmp_path, triage=service_dict(t), session_dir=session, command="torchrun x"
    )
    assert record["restart_command"] == new and record["ok"]


def test_project_file_edited_between_two_triages_is_read_again(tmp_path):
    """The fix builders keep project files between errors; an edit on disk since the last read is what they see."""
    from trainerd.triage.fixes.base import read_lines

    cfg = tmp_path / "train.yaml"
    cfg.write_text("batch_size: 32\n", encoding="utf-8")
    first = read_lines(cfg)
    assert first == ["batch_size: 32"]
    first.append("changed by a caller")  # a caller's list is its own
    assert read_lines(cfg) == ["batch_size: 32"]
    old = cfg.stat().st_mtime - 60
    os.utime(cfg, (old, old))  # an old file: kept between reads
    assert read_lines(cfg) == ["batch_size: 32"]
    cfg.write_text("batch_size: 16\n", encoding="utf-8")  # same size, edited just now
    assert read_lines(cfg) == ["batch_size: 16"]
    cfg.write_text("batch_size: 16\ngradient_accumulation_steps: 2\n", encoding="utf-8")
    assert read_lines(cfg) == ["batch_size: 16", "gradient_accumulation_steps: 2"]
    cfg.unlink()
    assert read_lines(cfg) is None
