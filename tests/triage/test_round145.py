"""Round 145 (docs/accuracy.md, section 99, from the misses of sets ABO-ABV): a list index past the end on an
object's attribute (``node.tokens[0]``, ``self.data[key]``) is not read as the data pipeline's, only one on a local
name for the data (``items[6]``); a warning quoting a compiled extension's undefined symbol (PyG disabling
torch-scatter and going on) is not the run's error; dlib's missing model file is a missing path. Texts written for
this project."""

from __future__ import annotations

from .conftest import root_answer as _answer


def _index_error(code: str) -> str:
    return (
        "Traceback (most recent call last):\n"
        '  File "align.py", line 61, in <module>\n'
        "    main()\n"
        '  File "/srv/amr/models/pairs.py", line 249, in <listcomp>\n'
        f"    {code}\n"
        "IndexError: list index out of range\n"
    )


def test_a_list_index_past_the_end_on_an_objects_attribute_is_not_the_data():
    assert _answer(_index_error("or (head.tokens[0] < span[0] < tail.tokens[0])"))[0] == "unknown"
    assert _answer(_index_error("neg = self.data[key]['neg_ids'][idx]"))[0] == "unknown"


def test_a_list_index_past_the_end_on_the_datas_own_name_is_still_the_data():
    # control: the line indexes a local list of the data's records
    assert _answer(_index_error("words = items[6].split()")) == ("logic", "data_pipeline")


def test_a_warning_quoting_an_undefined_symbol_is_not_the_runs_error():
    text = (
        "Numbers do not match the paper, full output:\n"
        "/opt/conda/envs/dta/bin/python3 /srv/lena/dta/test.py\n"
        "/opt/conda/envs/dta/lib/python3.8/site-packages/torch_geometric/typing.py:86: UserWarning: An issue "
        "occurred while importing 'torch-scatter'. Disabling its usage. Stacktrace: /opt/conda/envs/dta/lib/"
        "python3.8/site-packages/torch_scatter/_version_cpu.so: undefined symbol: _ZN3c1017RegisterOperatorsD1Ev\n"
        "  warnings.warn(f\"An issue occurred while importing 'torch-scatter'. \"\n"
    )
    from trainerd.triage.service import triage_text

    report = triage_text(text)
    claimed = [e.category for e in report.errors if e.category]
    assert claimed == [], claimed


def test_dlibs_model_file_not_downloaded_is_a_missing_path():
    text = (
        "Installing dlib took a while, then clustering stops with\n"
        "**RuntimeError: Unable to open shape_predictor_5_face_landmarks.dat**\n"
    )
    assert _answer(text) == ("runtime", "file_not_found")
