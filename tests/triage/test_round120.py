"""Round 120 (docs/accuracy.md, section 89, from the misses of sets UF-UM): a file the run needed told missing in the
writer's words is a missing file (not a program's notice that it will download or create it); a TensorFlow graph
written by a newer release is the environment; lifelines' fit that did not converge is numerical; the host's RAM
told run out of is the environment. Texts written for this project."""

from __future__ import annotations

from trainerd.triage.service import triage_text

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root


def test_a_file_told_missing_in_a_sentence_is_a_missing_file():
    text = (
        "Training data folder\n"
        "\n"
        "Following the README, train_faces.py stops right away: data/faces/train_list.txt does not exist -- could you\n"
        "upload it, or say how it is made?\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "file_not_found"), r.details.get("rule")
    assert "train_list.txt" in r.message


def test_a_file_quoted_not_found_in_a_sentence_is_a_missing_file():
    text = 'Partway into epoch 1 it stopped with "val_split.txt not found", so I pointed val_list at the test file.\n'
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "file_not_found"), r.details.get("rule")


def test_a_programs_notice_that_it_will_download_a_file_is_not_a_missing_file():
    # (a control: the library says where it will fetch the file from, and goes on)
    text = (
        "04/02/2024 10:03:28 - INFO - loader -   https://models.example.org/base-vocab.txt not found in cache, "
        "downloading to /tmp/tmp1x2y\n"
        "epoch 1 | loss 3.21\n"
    )
    report = triage_text(text)
    assert report.root_cause is None or report.errors[report.root_cause].category != "file_not_found"


def test_a_tensorflow_graph_from_a_newer_release_is_the_environment():
    text = (
        "2024-05-01 10:00:00.000: E tensorflow/core/common_runtime/executor.cc:641] Executor failed to create kernel. "
        "Invalid argument: NodeDef mentions attr 'Truncate' not in Op<name=Cast; signature=x:SrcT -> y:DstT>; "
        "NodeDef: {{node Cast_3}}. (Check whether your GraphDef-interpreting binary is up to date with your "
        "GraphDef-generating binary.).\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


def test_a_survival_fit_that_did_not_converge_is_numerical():
    text = _tb(
        ("fit_risk.py", 51, "<module>", "model.fit(train_df, duration_col='months', event_col='died')"),
        (
            ".venv/lib/python3.10/site-packages/lifelines/fitters/__init__.py",
            1390,
            "_fit_model",
            "raise exceptions.ConvergenceError(",
        ),
        exc="lifelines.exceptions.ConvergenceError: Fitting did not converge. Try the following:",
    )
    r = root(text)
    assert (r.kind, r.category) == ("logic", "numerical"), r.details.get("rule")


def test_the_hosts_ram_told_run_out_of_is_the_environment():
    text = (
        "Training runs out of RAM\n"
        "\n"
        "On a 3090 (24 GB) with 32 GB of system memory, train_lora.py is running out of RAM about a minute in.\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")
