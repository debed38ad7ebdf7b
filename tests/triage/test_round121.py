"""Round 121 (docs/accuracy.md, section 89, from the misses of sets UN-UU): NLTK's data never downloaded on the
machine is the environment; llama-cpp-python's prompt longer than the context the model was loaded with is the
run's configuration; NumPy's random generators named bare ("mtrand.pyx") and the temporary copies TensorFlow's
AutoGraph writes are not the user's frames. Texts written for this project."""

from __future__ import annotations

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root


def test_nltk_data_never_downloaded_is_the_environment():
    text = _tb(
        ("prepare_corpus.py", 22, "split_sentences", "return nltk.sent_tokenize(doc)"),
        (
            ".venv/lib/python3.11/site-packages/nltk/data.py",
            583,
            "find",
            "raise LookupError(resource_not_found)",
        ),
        exc=(
            "LookupError: \n"
            "**********************************************************************\n"
            "  Resource punkt_tab not found.\n"
            "  Please use the NLTK Downloader to obtain the resource:\n"
            "\n"
            "  >>> import nltk\n"
            "  >>> nltk.download('punkt_tab')\n"
            "**********************************************************************"
        ),
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


def test_a_prompt_longer_than_the_loaded_context_is_the_runs_configuration():
    text = _tb(
        ("answer.py", 40, "<module>", "out = llm(prompt, max_tokens=256)"),
        (
            ".venv/lib/python3.11/site-packages/llama_cpp/llama.py",
            1076,
            "_create_completion",
            "raise ValueError(",
        ),
        exc="ValueError: Requested tokens (733) exceed context window of 512",
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "config_error"), r.details.get("rule")


def test_numpys_random_generator_named_bare_is_not_the_users_frame():
    text = _tb(
        (
            "/srv/work/pix/cyclegan/data_loader.py",
            40,
            "load_batch",
            "batch = np.random.choice(paths, size=bs)",
        ),
        ("mtrand.pyx", 1126, "mtrand.RandomState.choice", ""),
        exc="ValueError: 'a' cannot be empty unless no samples are taken",
    )
    r = root(text)
    assert r.frame is not None and (r.frame.file, r.frame.line) == (
        "/srv/work/pix/cyclegan/data_loader.py",
        40,
    )


def test_autographs_generated_copy_of_a_function_is_not_the_users_frame():
    text = _tb(
        ("fit_model.py", 57, "<module>", "trainer.train(train_ds, epochs=20)"),
        (
            "/tmp/__autograph_generated_filek2r8xq1m.py",
            14,
            "tf__train_one_step",
            "loss = ag__.converted_call(...)",
        ),
        exc="ValueError: Dimensions must be equal, but are 3 and 4",
    )
    r = root(text)
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("fit_model.py", 57)
