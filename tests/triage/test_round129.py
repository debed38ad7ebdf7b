"""Round 129 (docs/accuracy.md, section 92, from the misses of sets WR-WY): XLA's GPU allocator refusing a request on
a device is an out of memory; Lightning's test asked for the "best" checkpoint with no ModelCheckpoint saving one is
the run's configuration; spaCy's pipeline package not downloaded is an import; a compiled extension's operator called
with another release's arguments ("scatter_add() expected at most 5 argument(s) but received 6") is the environment.
Texts written for this project."""

from __future__ import annotations

from .conftest import framed_traceback as _tb
from .conftest import root_answer as _answer
from .conftest import triage_root as root


def test_xla_refusing_an_allocation_on_a_device_is_an_out_of_memory():
    text = (
        "step 0: compiling train_step\n"
        "jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Failed to allocate request for 512.00MiB "
        "(536870912B) on device ordinal 0\n"
    )
    assert _answer(text) == ("runtime", "cuda_oom")


def test_testing_the_best_checkpoint_without_a_checkpoint_callback_is_the_configuration():
    text = _tb(
        ("run.py", 212, "main", 'trainer.test(model, datamodule=dm, ckpt_path="best")'),
        (
            "/opt/env/lib/python3.9/site-packages/pytorch_lightning/trainer/trainer.py",
            1380,
            "_run_test",
            "raise MisconfigurationException(",
        ),
        exc=(
            'pytorch_lightning.utilities.exceptions.MisconfigurationException: `.test(ckpt_path="best")` is set but '
            "`ModelCheckpoint` is not configured to save the best model."
        ),
    )
    assert _answer(text) == ("runtime", "config_error")


def test_spacy_pipeline_not_downloaded_is_an_import_and_no_pip_install_is_proposed():
    text = _tb(
        ("tokenize_corpus.py", 14, "<module>", 'nlp = spacy.load("en_core_web_md")'),
        (
            "/home/kim/env/lib/python3.10/site-packages/spacy/util.py",
            472,
            "load_model",
            "raise IOError(Errors.E050.format(name=name))",
        ),
        exc=(
            "OSError: [E050] Can't find model 'en_core_web_md'. It doesn't seem to be a Python package or a valid "
            "path to a data directory."
        ),
    )
    t = root(text)
    assert (t.kind, t.category) == ("runtime", "import_error")
    assert "No fix is offered" in t.fix and "pip install" not in t.fix


def test_an_extension_operator_given_another_releases_arguments_is_the_environment():
    text = _tb(
        ("layers/graph_conv.py", 61, "propagate", "out = scatter_add(msg, col, 0, out, n, 0)"),
        exc=(
            "RuntimeError: scatter_add() expected at most 5 argument(s) but received 6 argument(s). Declaration: "
            "scatter_add(Tensor src, Tensor index, int dim=-1, Tensor? out=None, int? dim_size=None) -> (Tensor)"
        ),
    )
    assert _answer(text) == ("runtime", "environment")
