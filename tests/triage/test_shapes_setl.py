"""Shapes from the set-L round (first seen on set L, written here in this project's words and values): a launch
script's shell errors, a line in inline code, an ImportError a library raises itself, a library's arguments class
rejecting a keyword, a notebook kernel or a recipe's jobs that died, a signal 11, Chainer's device words."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


def test_a_launch_scripts_missing_file_in_inline_code_is_a_missing_file():
    text = (
        "- [ ] stage 4 stops:\n"
        "`./recipe.sh: line 412: feats/dev_clean/feats_type: No such file or directory`\n"
        ", and stage 1 says nothing\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "file_not_found")
    assert "feats/dev_clean/feats_type" in r.message


def test_a_launch_scripts_refused_write_is_a_permission_error():
    r = root("scripts/go.sh: line 9: /shared/out/run.log: Permission denied\n")
    assert (r.kind, r.category) == ("runtime", "permission")


def test_a_launch_scripts_unknown_command_stays_unknown():
    # a typo in the script or a tool missing from the machine: the words do not say which
    assert root("scripts/go.sh: line 3: deepspeedx: command not found\n").kind == "unknown"


LIBRARY_RAISES = """\
Traceback (most recent call last):
  File "/work/sql/train.py", line 58, in <module>
    model = build()
  File "/opt/env/lib/python3.11/site-packages/textkit/loading.py", line 904, in from_pretrained
    raise ImportError(
ImportError: Using `quantize=True` requires bitsandb
"""

IMPORT_CHAIN = """\
Traceback (most recent call last):
  File "/work/sql/train.py", line 3, in <module>
    import plots
  File "/opt/env/lib/python3.11/site-packages/sigkit/__init__.py", line 12, in <module>
    from ._inner import window
ImportError: /lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.31' not found
"""


def test_an_import_error_a_library_raises_itself_cut_off_is_unknown():
    # (round 52: an installed library's own ImportError in a function reads the same whether it checks for an optional
    # package or refuses a version -- 1 right, 3 wrong on the field corpus -- so, cut before its words settle it,
    # it is unknown with the lines read)
    assert (root(LIBRARY_RAISES).kind, root(LIBRARY_RAISES).category) == ("unknown", None)


def test_an_import_chain_failing_on_a_shared_library_is_not_read_as_a_missing_package():
    assert root(IMPORT_CHAIN).category == "environment"


@pytest.mark.parametrize(
    "line",
    [
        "TypeError: Seq2SeqTrainingArguments.__init__() got an unexpected keyword argument 'evaluation_strategy'",
        "TypeError: SFTConfig.__init__() got an unexpected keyword argument 'max_seq_length'",
    ],
)
def test_a_librarys_arguments_or_config_class_rejecting_a_keyword_is_the_installed_version(line):
    r = root(line + "\n")
    assert (r.kind, r.category) == ("runtime", "environment")


def test_the_users_config_splatted_into_its_own_class_stays_a_configuration_error():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/srv/fit/train.py", line 5, in <module>\n'
        "    cfg = RunConfig(**yaml_cfg)\n"
        "TypeError: RunConfig.__init__() got an unexpected keyword argument 'lr_decay'\n"
    )
    assert root(text).category == "config_error"


@pytest.mark.parametrize(
    "line",
    [
        "Jupyter said: The kernel appears to have died. It will restart automatically.",
        "run.pl: 12 / 12 failed, log is in exp/asr_stats/logdir/stats.*.log",
        "Crash!!! Handling signal 11",
        "Fatal Python error: Segmentation fault",
    ],
)
def test_a_process_that_died_without_its_cause_is_found_and_unknown(line):
    r = root("step 4 done\n" + line + "\n")
    assert (r.kind, r.category) == ("unknown", None)


def test_colab_out_of_ram_is_the_environment():
    r = root("Your session crashed after using all available RAM.\n")
    assert (r.kind, r.category) == ("runtime", "environment")


def test_chainers_words_for_cpu_and_gpu_arrays_mixed_are_a_device_mismatch():
    r = root("incompatible array types are mixed in the forward input (LinearFunction).\n")
    assert (r.kind, r.category) == ("runtime", "device_mismatch")
