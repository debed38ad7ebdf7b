"""Round 85 (docs/accuracy.md, after sets JC-JJ): a relative import that fails inside an installed package (its
module loaded as a top-level one, its folder on sys.path) is not the user's module run as a script: no `python -m`
advice and nothing to install -- unknown. PyTables' "``path`` does not exist" is a missing file, and its compiled
modules' frames ("tables/hdf5extension.pyx") are the library's, not the user's. Texts written for this project."""

from __future__ import annotations

from trainerd.triage.service import triage_text

from .conftest import triage_root as root

_INSTALLED = (
    "Traceback (most recent call last):\n"
    '  File "<frozen importlib._bootstrap>", line 1007, in _find_and_load\n'
    '  File "/opt/venvs/ocr/lib/python3.10/site-packages/transformers/deepspeed.py", line 28, in <module>\n'
    "    from .integrations.deepspeed import HfDeepSpeedConfig\n"
    "ImportError: attempted relative import with no known parent package\n"
)


def test_a_relative_import_failing_inside_an_installed_package_is_unknown():
    report = triage_text(_INSTALLED)
    r = report.errors[report.root_cause]
    assert r.kind == "unknown"
    assert "python -m" not in str(r.fix) and "pip install" not in str(r.fix)


def test_guard_the_users_own_module_run_as_a_script_still_gets_python_m():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/ana/ocrkit/train/run_ocr.py", line 5, in <module>\n'
        "    from .heads import CtcHead\n"
        "ImportError: attempted relative import with no known parent package\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "import_error")
    assert "python -m" in str(root(text).fix)


def test_pytables_missing_path_is_file_not_found_at_the_users_frame():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/content/work/beats/prep.py", line 31, in load_split\n'
        "    arr = h5load('cache/valid.h5')\n"
        '  File "/usr/local/lib/python3.10/dist-packages/tables/file.py", line 294, in open_file\n'
        "    return File(filename, mode, title, root_uep, filters, **kwargs)\n"
        '  File "tables/hdf5extension.pyx", line 371, in tables.hdf5extension.File._g_new\n'
        '  File "/usr/local/lib/python3.10/dist-packages/tables/utils.py", line 140, in check_file_access\n'
        '    raise OSError(f"``{path}`` does not exist")\n'
        "OSError: ``/content/work/beats/cache/valid.h5`` does not exist\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "file_not_found")
    assert r.frame is not None and r.frame.file.endswith("prep.py")
