"""Round 144 (docs/accuracy.md, section 99, from the misses of sets ABG-ABN): the exception Hydra's instantiate
wrapped, printed as its repr after "Error in call to target", is read as that exception; a record at level DEBUG is
no error (a library's lookups of optional config files it did not find); PyTorch 0.4's "Expected object of backend
CPU but got backend CUDA" is tensors on two devices. Texts written for this project."""

from __future__ import annotations

from .conftest import root_answer as _answer

_HYDRA_JOB = (
    "(synth) C:\\work\\synth>python fit.py name=horn data.root=../takes\n"
    "[2024-01-09 10:02:11,118][lightning.seed][INFO] - Seed set to 7\n"
    'Error executing job with overrides: ["name=horn", "data.root=../takes"]\n'
    "Error in call to target 'voicelab.data.ClipDataset':\n"
    "{cause}\n"
    "full_key: data\n"
    "\n"
    "Set the environment variable HYDRA_FULL_ERROR=1 for a complete stack trace.\n"
)


def test_a_driver_missing_inside_hydras_instantiate_is_the_environment():
    cause = "RuntimeError('Found no NVIDIA driver on your system. Please check that you have an NVIDIA GPU.')"
    assert _answer(_HYDRA_JOB.format(cause=cause)) == ("runtime", "environment")


def test_a_missing_path_inside_hydras_instantiate_is_file_not_found():
    cause = "FileNotFoundError(2, 'No such file or directory')"
    assert _answer(_HYDRA_JOB.format(cause=cause)) == ("runtime", "file_not_found")


def test_a_missing_config_key_inside_hydras_instantiate_is_the_config():
    cause = "ConfigAttributeError('Missing key clip_seconds\\n    full_key: data.clip_seconds\\n    object_type=dict')"
    assert _answer(_HYDRA_JOB.format(cause=cause)) == ("runtime", "config_error")


def test_a_hydra_job_error_with_no_cause_shown_stays_unknown():
    # control: with the wrapped exception cut away, nothing says what went wrong
    text = _HYDRA_JOB.split("Error in call")[0]
    assert _answer(text)[0] == "unknown"


def test_debug_records_of_optional_config_files_are_no_error():
    text = (
        "Launching the sweep fails, no idea why:\n"
        "```\n"
        "$ sweeper -vv run -n decay17\n"
        "DEBUG:sweeper.io.config:[Errno 2] No such file or directory: '/etc/xdg/sweeper/sweeper.yaml'\n"
        "DEBUG:sweeper.io.config:[Errno 2] No such file or directory: '/opt/conda/share/sweeper/sweeper.yaml'\n"
        "DEBUG:sweeper.core.experiment:Creating experiment decay17\n"
        "INFO:sweeper.core.builder:{'name': 'decay17', 'max_trials': 40}\n"
        "```\n"
    )
    assert _answer(text)[0] == "unknown"


def test_pytorch_04s_backend_words_are_a_device_mismatch():
    text = (
        "    correct += preds.eq(y.data).cpu().sum()\n"
        "RuntimeError: Expected object of backend CPU but got backend CUDA for argument #2 'other'\n"
    )
    assert _answer(text) == ("runtime", "device_mismatch")


def test_a_hydra_cause_that_is_not_a_python_literal_is_read_as_the_job_error():
    # a paste that broke the repr's quotes: nothing is guessed from it, and nothing crashes
    cause = "RuntimeError('Found no NVIDIA driver on your system"
    assert _answer(_HYDRA_JOB.format(cause=cause))[0] == "unknown"


def test_a_hydra_cause_that_cannot_be_evaluated_is_read_as_the_job_error():
    # a literal Python refuses to build (a dict keyed by a list): nothing is guessed from it, and nothing crashes
    cause = "ValueError({['lr']: 0.1})"
    assert _answer(_HYDRA_JOB.format(cause=cause))[0] == "unknown"
