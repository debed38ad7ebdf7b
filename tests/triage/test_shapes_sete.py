"""Shapes met in field set E (issue 18, fourth round): each test is one general behaviour, written in this
project's own words; ``test_field.py`` measures them on the rewritten threads."""

from __future__ import annotations

import pytest

from trainerd.triage.classify import classify_text
from trainerd.triage.service import triage_text


def root(text: str):
    results = classify_text(text)
    roots = [r for r in results if r.root_cause]
    assert len(roots) == 1
    return roots[0]


def test_rich_traceback_box_cut_above_its_first_frame_is_read_not_missed():
    text = (
        "│ fit                                                          │\n"
        "│                                                              │\n"
        "│   210 │   │   self.prepare()                                 │\n"
        "│ ❱ 211 │   │   state = self._restore(load_dir,                │\n"
        "│                                                              │\n"
        "│ /home/me/proj/engine/restore.py:88 in                        │\n"
        "│ _restore                                                     │\n"
        "│                                                              │\n"
        "│    87 │   if not self.universal:                             │\n"
        "│ ❱  88 │   │   self.load_mod                                  │\n"
        "next question: what went wrong?\n"
    )
    report = triage_text(text)
    assert report.root_cause is not None  # not "No traceback or error found"
    r = report.errors[report.root_cause]
    assert (r.kind, r.exception) == ("unknown", "UnknownError")
    assert (r.frame.file, r.frame.line, r.frame.function) == (
        "/home/me/proj/engine/restore.py",
        88,
        "_restore",
    )


def test_a_table_drawn_with_box_lines_is_not_a_traceback():
    text = "│ name │ value │\n│ lr   │ 0.1   │\n"
    assert triage_text(text).errors == []


def test_frame_lines_a_mail_client_wrapped_after_the_comma_stay_one_traceback():
    text = (
        "Traceback (most recent call last):\n"
        '  File "fit.py", line 77, in <module>\n'
        "    history = model.fit(gen, validation_data=val_gen)\n"
        '  File "/opt/py/lib/python3.9/site-packages/keras/engine/training.py",\n'
        "line 1401, in fit\n"
        "    raise ValueError('When using data tensors as input, '\n"
        "ValueError: When using a generator for validation data, you must specify a\n"
        "value for `validation_steps`.\n"
    )
    r = root(text)
    assert (r.category, r.exception, r.frame.line) == ("config_error", "ValueError", 77)
    assert len(classify_text(text)) == 1


def test_a_bare_error_heading_above_a_paste_is_not_an_error():
    text = (
        "Error:\n\n"
        "> Traceback (most recent call last):\n"
        '>   File "/home/me/seg/train.py", line 40, in __init__\n'
        ">     wandb.init(project=args.project)\n"
        "> NameError: name 'wandb' is not defined\n"
    )
    results = classify_text(text)
    assert [r.exception for r in results] == ["NameError"]
    assert results[0].frame.line == 40


def test_a_worker_traceback_escaped_inside_the_message_is_the_root_cause():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/srv/cap/train.py", line 50, in <module>\n'
        "    batch = loader.next_batch()\n"
        '  File "/usr/lib/python2.7/dist-packages/torch/utils/data/dataloader.py", line 307, in _process_next_batch\n'
        "    raise batch.exc_type(batch.exc_msg)\n"
        "KeyError: 'Traceback (most recent call last):\\n  File \"/usr/lib/python2.7/dist-packages/torch/utils/data/"
        'dataloader.py", line 57, in _worker_loop\\n    samples = collate_fn([dataset[i] for i in idx])\\n  File '
        "\"/srv/cap/data.py\", line 12, in __getitem__\\n    w = self.meta[\\'imgs\\'][k][\\'width\\']\\n"
        "KeyError: \\'width\\'\\n'\n"
    )
    r = root(text)
    # (a KeyError in the dataset's frame is not claimed for the data since round 94: the worker's own error and
    # frame are what this asserts)
    assert (r.exception, r.message, r.frame.file, r.frame.line) == (
        "KeyError",
        "'width'",
        "/srv/cap/data.py",
        12,
    )


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("OSError: Can't load tokenizer for './ckpt/final'", "file_not_found"),
        ("OSError: Can't load config for 'C:\\\\runs\\\\best'", "file_not_found"),
        (
            "OSError: Can't load tokenizer for 'roberta-base'. If you were trying to load it from "
            "'https://huggingface.co/models', make sure you don't have a local directory with the same name. "
            "Otherwise, make sure 'roberta-base' is the correct path to a directory containing all relevant "
            "files for a RobertaTokenizer tokenizer.",
            None,  # a hub id: offline, shadowed by a folder, or misspelt -- the message does not say which
        ),
        (
            "OSError: Can't load tokenizer for 'acme/tiny-lm'. ... make sure 'acme/tiny-lm' is the correct path",
            None,
        ),
        ("IndexError: index out of range in self", None),  # an id past an embedding table
        # a lone list index: the data's or the model code's (sixth round: needs the line indexing the data)
        ("IndexError: list index out of range", None),
        ("wandb.errors.UsageError: Error communicating with wandb process", "environment"),
        (
            "ValueError: Some specified arguments are not used by the HfArgumentParser: ['--lr_sched', 'cos']",
            "config_error",
        ),
        (
            "ValueError: The config file at /home/me/.cache/huggingface/accelerate/default_config.yaml had "
            "unknown keys (['new_key']), please try upgrading your `accelerate` version or fix (and potentially "
            "remove) these keys from your config file.",
            "environment",
        ),
    ],
)
def test_library_phrases(line, category):
    assert root(line + "\n").category == category


def test_messages_printed_without_a_type_in_a_sentence_or_a_log_prefix():
    for text in (
        "训练过程被杀死DataLoader process (pid 4172) exited is killed by signal: Killed，怎么解决\n",
        "2026-03-02 10:22:13,480 (worker_5) : wandb: ERROR Error communicating with wandb process\n",
    ):
        assert root(text).category == "environment", text


def test_a_console_script_shim_in_bin_is_not_the_users_frame():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/opt/conda/envs/gen/bin/accelerate", line 8, in <module>\n'
        "    sys.exit(main())\n"
        '  File "/opt/conda/envs/gen/lib/python3.10/site-packages/accelerate/commands/launch.py", line 9, in m\n'
        "    x()\n"
        "TypeError: __init__() got an unexpected keyword argument 'gpu_ids'\n"
    )
    assert root(text).frame is None
    user = text.replace("/opt/conda/envs/gen/bin/accelerate", "/home/me/proj/bin/launch.py")
    assert root(user).frame.line == 8  # a .py file under a bin/ folder is still the user's
