"""Round 137 (docs/accuracy.md, section 96, from the misses of sets ZD-ZK and an audit of the hyperparameter rule): a
divisibility or positivity check naming no model setting (a batch against the GPU count, an image size, a kernel's
own batch check) is no hyperparameter; transformers' missing tokenizer class is not claimed as its release (in
test_library_phrases); Playwright without its browsers is the environment; subprocess's "died with
<Signals.SIGKILL: 9>" is a child killed by the host. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import framed_traceback as _tb
from .conftest import root_answer as _answer


@pytest.mark.parametrize(
    "exc",
    [
        "AssertionError: Global batch size (6) must be divisible by the number of gpus (4)",
        "ValueError: crop size must be divisible by 8",
        "RuntimeError: batch size must be positive",
    ],
)
def test_a_check_naming_no_model_setting_is_not_a_hyperparameter(exc):
    text = _tb(("train.py", 57, "main", "trainer.fit(model, loader)"), exc=exc)
    assert _answer(text) != ("logic", "hyperparameter")


def test_a_models_width_against_its_heads_is_still_a_hyperparameter():
    # control: the setting the check names is the model's own
    text = _tb(
        (
            "models/encoder.py",
            31,
            "__init__",
            "assert d_model % n_heads == 0, 'd_model must be divisible by n_heads'",
        ),
        exc="AssertionError: d_model must be divisible by n_heads",
    )
    assert _answer(text) == ("logic", "hyperparameter")


def test_playwright_without_its_browsers_is_the_environment():
    text = (
        "Starting the web-agent benchmark after a fresh install:\n\n"
        "playwright._impl._errors.Error: BrowserType.launch: Executable doesn't exist at "
        "/home/ana/.cache/ms-playwright/chromium-1105/chrome-linux/chrome\n"
        "Looks like Playwright was just installed or updated.\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_a_child_that_died_with_sigkill_is_the_host():
    text = (
        "Training stopped at step 4100 with:\n\n"
        "subprocess.CalledProcessError: Command '['/opt/envs/vid/bin/python', 'train_vid.py', '--resume']' died with "
        "<Signals.SIGKILL: 9>.\n"
    )
    assert _answer(text) == ("runtime", "environment")
