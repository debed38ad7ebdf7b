"""Shapes from the first sight of sets CM-CT (source separation, continual learning, tracking and re-identification,
OCR, pose, code models, remote sensing, spiking networks), in this project's own words and values: a worker's kill in
lower case without a space; an error out of a batch fetch or caught in a DataLoader worker is not read as the data's
(measured: 0 right, 6 wrong); an exception line printed inside a chain is not a sentence about its cut last block."""

from __future__ import annotations

from trainerd.triage.service import triage_text


def root(text: str):
    report = triage_text(text)
    return None if report.root_cause is None else report.errors[report.root_cause]


def test_a_worker_killed_by_signal_in_lower_case_is_the_hosts_memory():
    r = root("RuntimeError: Dataloader worker (pid 4410) is killed by signal:killed\n")
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_key_error_out_of_the_batch_loop_is_not_read_as_the_datas():
    for error in ("KeyError: 12", "IndexError: list index out of range", "TypeError: an integer is required"):
        text = (
            "Traceback (most recent call last):\n"
            '  File "/work/reid/train.py", line 61, in <module>\n'
            "    for batch in train_loader:\n" + error + "\n"
        )
        r = root(text)
        assert (r.kind, r.category) == ("unknown", None), error
    # the same key error caught in a worker
    r = root("KeyError: Caught KeyError in DataLoader worker process 0.\n")
    assert r.category != "data_pipeline"


def test_an_earlier_blocks_exception_line_is_not_lent_to_the_chains_cut_last_block():
    text = (
        "Traceback (most recent call last):\n"
        '  File "run.py", line 40, in load\n'
        "    feats = torch.load(cache)\n"
        "FileNotFoundError: [Errno 2] No such file or directory: 'cache/feats.bin'\n\n"
        "During handling of the above exception, another exception occurred:\n\n"
        "Traceback (most recent call last):\n"
        '  File "run.py", line 90, in <module>\n'
        "    main()\n"
        '  File "run.py", line 71, in main\n'
    )
    r = root(text)
    assert "exception_in_prose" not in r.shapes
    assert r.chain[-1]["message"] == ""  # the cut block keeps no message it never printed
    # a writer's sentence naming the exception still completes a cut traceback
    told = (
        "It fails with `KeyError: 'label'` here:\n\n" + text.split("During handling")[1].split("\n\n", 1)[1]
    )
    r = root(told)
    assert "exception_in_prose" in r.shapes and r.exception == "KeyError"


def test_a_packages_compiled_cython_frames_are_not_the_users():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/work/rl/train_bc.py", line 307, in train\n'
        "    data = h5py.File(path, 'r')\n"
        '  File "h5py/_objects.pyx", line 54, in h5py._objects.with_phil.wrapper\n'
        '  File "h5py/h5f.pyx", line 106, in h5py.h5f.open\n'
        "OSError: Unable to open file (file signature not found)\n"
    )
    r = root(text)
    assert (r.frame.file, r.frame.line) == ("/work/rl/train_bc.py", 307)
    # a project's own Cython module stays the user's
    own = text.replace('"h5py/h5f.pyx"', '"rank_cy.pyx"').replace("h5py.h5f.open", "rank_cy.eval")
    own = own.replace('  File "h5py/_objects.pyx", line 54, in h5py._objects.with_phil.wrapper\n', "")
    assert root(own).frame.file == "rank_cy.pyx"
