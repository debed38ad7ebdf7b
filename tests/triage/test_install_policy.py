"""A missing package is installed only when the name is certainly right: the project declares the
distribution (then as it declares it), or it is a well-known package whose PyPI name is certain. Names a
plain ``pip install`` gets wrong (apex, flash-attn, PyTorch's builds) and names nobody vouches for get the
reason and no command."""

from __future__ import annotations

import sys
from pathlib import Path

from trainerd.project import requirements
from trainerd.triage import service


def missing(project: Path, line: str):
    text = f'Traceback (most recent call last):\n  File "{project}/train.py", line 3, in <module>\n    x\n{line}\n'
    report = service.triage_text(text, cwd=project, command=f"{sys.executable} train.py")
    return report.errors[report.root_cause]


def test_an_undeclared_unknown_name_is_not_installed(tmp_path: Path):
    t = missing(tmp_path, "ModuleNotFoundError: No module named 'fastlogz'")
    assert t.category == "import_error" and t.proposal is None
    assert "does not declare a distribution for it" in t.fix and "pip install" not in t.fix


def test_a_well_known_package_is_installed_by_its_pypi_name(tmp_path: Path):
    t = missing(tmp_path, "ModuleNotFoundError: No module named 'einops'")
    assert t.proposal["command"] == [sys.executable, "-m", "pip", "install", "einops"]
    t = missing(tmp_path, "ModuleNotFoundError: No module named 'hydra'")
    assert t.proposal["command"][-1] == "hydra-core"


def test_names_pip_gets_wrong_say_what_to_do_instead(tmp_path: Path):
    t = missing(tmp_path, "ModuleNotFoundError: No module named 'apex'")
    assert t.proposal is None and "github.com/NVIDIA/apex" in t.fix
    t = missing(tmp_path, "ModuleNotFoundError: No module named 'flash_attn'")
    assert t.proposal is None and "--no-build-isolation" in t.fix
    # declared or not, PyTorch's build is not chosen by name
    (tmp_path / "requirements.txt").write_text("torch>=2.1\n")
    t = missing(tmp_path, "ModuleNotFoundError: No module named 'torch'")
    assert t.proposal is None and "pytorch.org" in t.fix


def test_a_declared_distribution_is_installed_as_the_project_declares_it(tmp_path: Path):
    (tmp_path / "requirements.txt").write_text(
        "# training\nnumpy>=1.26\nfastlogz[cli]>=0.4,<1  # our logger\n"
    )
    t = missing(tmp_path, "ModuleNotFoundError: No module named 'fastlogz'")
    assert t.proposal["command"] == [sys.executable, "-m", "pip", "install", "fastlogz[cli]<1,>=0.4"]
    assert "as requirements.txt:3 declares it" in t.fix
    assert t.proposal["verify"] == [sys.executable, "-c", "import fastlogz"]


def test_cannot_import_name_upgrades_only_to_the_version_the_project_pins(tmp_path: Path):
    line = "ImportError: cannot import name 'LoraPlus' from 'peft' (/venv/lib/python3.11/site-packages/peft/__init__.py)"
    t = missing(tmp_path, line)
    assert t.proposal is None and "pins no version" in t.fix
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\ndependencies = ["peft>=0.12"]\n')
    t = missing(tmp_path, line)
    assert t.proposal["command"] == [sys.executable, "-m", "pip", "install", "--upgrade", "peft>=0.12"]


def test_requirements_are_read_from_every_place_a_project_declares_them(tmp_path: Path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "setup.py").write_text(
        "from setuptools import setup\nsetup(name='x', install_requires=['ujson>=5', 'tqdm'])\n"
    )
    (tmp_path / "setup.cfg").write_text("[options]\ninstall_requires =\n    lmdb==1.4.1\n")
    (tmp_path / "environment.yml").write_text(
        "name: x\ndependencies:\n  - python=3.11\n  - pip:\n    - jsonlines>=4\n"
    )
    (tmp_path / "requirements").mkdir()
    (tmp_path / "requirements" / "train.txt").write_text("-r base.txt\ngit+https://example.org/a.git\nsoxr\n")
    sub = tmp_path / "scripts"
    sub.mkdir()
    found = {d.name: (d.spec, d.source) for d in requirements.declared(sub)}
    assert found["ujson"] == ("ujson>=5", "setup.py")
    assert found["lmdb"] == ("lmdb==1.4.1", "setup.cfg")
    assert found["jsonlines"] == ("jsonlines>=4", "environment.yml")
    assert found["soxr"] == ("soxr", "requirements/train.txt:3")
    assert "python" not in found and len(found) == 5
