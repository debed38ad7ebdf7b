"""Round 73 (docs/accuracy.md, after sets HC-HF): exec's ENOENT printed with the program's name twice ("'java':
'java'", as some releases print an exec's filename) is the missing program of round 67; and Python's "Exception
ignored in: ..." (an exception it could not raise, a __del__ at exit) ends the message before it instead of being read
as its last line; a frame line retyped without the space after its comma (`",line 11`) is still a frame. Texts
written for this project."""

from __future__ import annotations

from .conftest import triage_root as root

TEXT = (
    "Traceback (most recent call last):\n"
    '  File "/home/ana/caps/evaluate.py", line 64, in __init__\n'
    '    (Meteor(), "METEOR"),\n'
    '  File "/home/ana/caps/coco_eval/meteor/meteor.py", line 25, in __init__\n'
    "    stderr=subprocess.PIPE)\n"
    '  File "/opt/conda/lib/python3.7/subprocess.py", line 800, in __init__\n'
    "    restore_signals, start_new_session)\n"
    '  File "/opt/conda/lib/python3.7/subprocess.py", line 1551, in _execute_child\n'
    "    raise child_exception_type(errno_num, err_msg, err_filename)\n"
    "FileNotFoundError: [Errno 2] No such file or directory: 'java': 'java'\n"
    "Exception ignored in: <function Meteor.__del__ at 0x7f31c0a2e8c0>\n"
    "Traceback (most recent call last):\n"
    '  File "/home/ana/caps/coco_eval/meteor/meteor.py", line 79, in __del__\n'
    "    self.lock.acquire()\n"
    "AttributeError: 'Meteor' object has no attribute 'lock'\n"
)


def test_a_program_named_twice_by_exec_is_the_environment():
    r = root(TEXT)
    assert (r.kind, r.category, r.exception) == ("runtime", "environment", "FileNotFoundError")


def test_exception_ignored_in_ends_the_message_before_it():
    assert root(TEXT).message == "[Errno 2] No such file or directory: 'java': 'java'"


def test_a_retyped_frame_line_without_its_space_is_read():
    text = (
        "Traceback (most recent call last):\n"
        'File "/media/lab/fuse/fuse_main.py",line 11, in <module>\n'
        "from recon_data import denormalize\n"
        "ModuleNotFoundError: No module named 'recon_data'\n"
    )
    r = root(text)
    assert (r.frame.file, r.frame.line) == ("/media/lab/fuse/fuse_main.py", 11)
