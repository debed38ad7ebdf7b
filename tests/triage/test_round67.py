"""Round 67 (docs/accuracy.md, before sets GQ-GT): a program the code runs through subprocess that is not installed
or not on PATH is the environment's, not a missing data file: exec's ENOENT names the bare program. A path, or a bare
name with no subprocess frame and no program's name, stays file_not_found. Texts written for this project."""

from __future__ import annotations

from .conftest import triage_root as root


def test_a_program_subprocess_could_not_run_is_the_environment():
    text = (
        "Traceback (most recent call last):\n"
        '  File "fit_symbolic.py", line 12, in <module>\n'
        "    model.fit(features, target)\n"
        '  File "/opt/conda/lib/python3.10/site-packages/symfit/backend.py", line 88, in start\n'
        "    proc = subprocess.Popen([self.binary, '--project', project])\n"
        '  File "/opt/conda/lib/python3.10/subprocess.py", line 971, in __init__\n'
        "    self._execute_child(args, executable, preexec_fn, close_fds,\n"
        '  File "/opt/conda/lib/python3.10/subprocess.py", line 1863, in _execute_child\n'
        "    raise child_exception_type(errno_num, err_msg, err_filename)\n"
        "FileNotFoundError: [Errno 2] No such file or directory: 'symsolve'\n"
    )
    r = root(text)
    assert (r.kind, r.category, r.exception) == ("runtime", "environment", "FileNotFoundError")
    assert "PATH" in r.explanation


def test_a_known_program_named_alone_is_the_environment():
    text = "# decoding crashes\n\nFileNotFoundError: [Errno 2] No such file or directory: 'ffmpeg'\n"
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")


def test_guard_a_script_path_subprocess_could_not_run_is_still_file_not_found():
    text = (
        "Traceback (most recent call last):\n"
        '  File "prepare.py", line 20, in <module>\n'
        "    subprocess.run(['./scripts/split_corpus.sh', corpus], check=True)\n"
        '  File "/usr/lib/python3.8/subprocess.py", line 493, in run\n'
        "    with Popen(*popenargs, **kwargs) as process:\n"
        '  File "/usr/lib/python3.8/subprocess.py", line 858, in __init__\n'
        "    self._execute_child(args, executable, preexec_fn, close_fds,\n"
        '  File "/usr/lib/python3.8/subprocess.py", line 1704, in _execute_child\n'
        "    raise child_exception_type(errno_num, err_msg, err_filename)\n"
        "FileNotFoundError: [Errno 2] No such file or directory: './scripts/split_corpus.sh'\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "file_not_found")


def test_guard_a_bare_data_name_opened_by_the_script_is_still_file_not_found():
    text = (
        "Traceback (most recent call last):\n"
        '  File "train.py", line 40, in <module>\n'
        "    images = os.listdir(args.domain)\n"
        "FileNotFoundError: [Errno 2] No such file or directory: 'photos_a'\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "file_not_found")
