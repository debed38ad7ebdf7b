"""Round 57 (docs/accuracy.md): the C library's and the shell's messages in the locales logs come in; torchvision's
renamed dataset attributes and a Cython extension built against another numpy are the environment; THC's bare
"cuda runtime error (2)" is out of memory; a KeyError is the configuration's only when the key is looked up in it
(or raised by the configuration library itself). Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import traceback_text
from .conftest import triage_root as root


@pytest.mark.parametrize(
    "line, category",
    [
        ("/var/spool/slurmd/job77/slurm_script: Zeile 9: ./run_case.sh: Keine Berechtigung", "permission"),
        ("./launch.sh: ligne 4: data/train.lst: Aucun fichier ou dossier de ce type", "file_not_found"),
        ("train.sh: строка 5: ./data/a.txt: Нет такого файла или каталога", "file_not_found"),
        ("./go.sh: linha 3: ./bin/solver: Permissão negada", "permission"),
        ("./go.sh: line 3: ./bin/solver: Permission denied", "permission"),
    ],
)
def test_a_shell_line_in_another_locale_is_read_as_in_english(line, category):
    r = root("## job fails at once\n\n```\n" + line + "\n```\n")
    assert (r.kind, r.category, r.exception) == ("runtime", category, "ShellError")


@pytest.mark.parametrize(
    "line",
    [
        "./setup.sh: Zeile 2: conda: Befehl nicht gefunden",
        "./fetch_data.sh: строка 3: wget2: команда не найдена",
    ],
)
def test_a_shell_command_missing_in_another_locale_is_an_unknown_shell_error(line):
    r = root(line + "\n")
    assert (r.kind, r.category, r.exception) == ("unknown", None, "ShellError")
    assert r.message.endswith(line.rsplit(": ", 2)[-2] + ": " + line.rsplit(": ", 1)[-1])


@pytest.mark.parametrize("words", ["No such file or directory", "Нет такого файла или каталога"])
def test_a_shebang_run_as_a_command_is_no_missing_path(words):
    r = root(f"./fit.sh: line 1: #!/bin/bash: {words}\n")
    assert r.kind == "unknown" and r.category is None


def test_a_lone_missing_path_in_german_is_reported_not_passed_over():
    from trainerd.triage.service import triage_text

    report = triage_text(
        "cp: der Aufruf von stat für „./base/run3“ ist nicht möglich: Datei oder Verzeichnis nicht gefunden\n"
    )
    assert report.root_cause is not None and report.errors[report.root_cause].kind == "unknown"


@pytest.mark.parametrize(
    "message",
    [
        "'CIFAR10' object has no attribute 'train_labels'",
        "'MNIST' object has no attribute 'targets'",
        "'CIFAR100' object has no attribute 'test_data'",
    ],
)
def test_torchvision_dataset_attributes_renamed_between_releases_are_the_environment(message):
    text = traceback_text(
        f"AttributeError: {message}",
        ("/home/kim/noisy/data/cifar.py", "build", "labels = np.asarray(ds.train_labels)"),
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_users_own_dataset_without_the_attribute_is_not_claimed():
    text = traceback_text(
        "AttributeError: 'LeafSet' object has no attribute 'train_labels'",
        ("/home/kim/noisy/data/leaf.py", "build", "labels = np.asarray(ds.train_labels)"),
    )
    assert root(text).category != "environment"


def test_an_extension_built_against_another_numpy_is_the_environment():
    r = root(
        "```\nfrom upliftlib.dataset import make_data\n```\nbreaks with ```ValueError: "
        "sklearn.tree._tree.Splitter size changed, may indicate binary incompatibility. Expected 96 from C header, "
        "got 88 from PyObject```\n"
    )
    assert (r.kind, r.category) == ("runtime", "environment")


@pytest.mark.parametrize(
    "message, category",
    [
        ("RuntimeError: cuda runtime error (2)", "cuda_oom"),
        (
            "RuntimeError: cuda runtime error (2) : out of memory at /opt/THC/THCCachingAllocator.cpp:510",
            "cuda_oom",
        ),
    ],
)
def test_thc_error_2_is_out_of_memory_with_or_without_its_words(message, category):
    assert root("# search crashes on one GPU\n\n" + message + "\n").category == category


@pytest.mark.parametrize(
    "code",
    [
        'model.load_state_dict(torch.load(os.path.join(args.out_dir, name))["net_state"])',
        "phones = [symbols[p] for p in g2p(args.text)]",
        "return F.conv2d(x, params['conv1.weight'])",
    ],
)
def test_a_keyerror_on_a_line_that_only_mentions_args_is_not_the_configuration(code):
    key = {"m": "'net_state'", "p": "'sh'", "r": "'conv1.weight'"}[code[0]]
    text = traceback_text(f"KeyError: {key}", ("/home/kim/proj/run.py", "main", code))
    assert root(text).category != "config_error"


@pytest.mark.parametrize(
    "code, key",
    [
        ("lr = cfg['optim']['lr']", "'optim'"),
        ("trainer = TRAINERS[args.trainer](model)", "'fastgan'"),
        ("steps = self.config.get('warmup')['steps']", "'steps'"),
    ],
)
def test_a_keyerror_looked_up_in_the_configuration_is_config_error(code, key):
    text = traceback_text(f"KeyError: {key}", ("/home/kim/proj/run.py", "main", code))
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "config_error")


def test_a_keyerror_raised_by_the_configuration_library_is_config_error():
    text = traceback_text(
        "KeyError: 'dist_params'",
        ("/home/kim/proj/tools/train.py", "main", "cfg.dist_params.nnodes = args.nnodes"),
        (
            "/opt/env/lib/python3.11/site-packages/mmengine/config/config.py",
            "__getattr__",
            "return self[name]",
        ),
        (
            "/opt/env/lib/python3.11/site-packages/mmengine/config/config.py",
            "__missing__",
            "raise KeyError(name)",
        ),
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "config_error")
