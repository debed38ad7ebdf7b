"""Round 68 (docs/accuracy.md, after sets GQ-GT): HDF5 failing to open a file that is there but is not an HDF5 file,
or is cut short ("file signature not found", "truncated file"), is no missing path: it is found and left unknown. HDF5
naming errno 2 stays file_not_found. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "detail",
    [
        "file signature not found",
        "truncated file: eof = 20480, sblock->base_addr = 0, stored_eof = 96112",
    ],
)
def test_an_hdf5_file_that_is_there_but_unreadable_is_not_a_missing_path(detail):
    text = (
        "Traceback (most recent call last):\n"
        '  File "train_driving.py", line 61, in <module>\n'
        "    frames = h5py.File(episode_path, 'r')\n"
        '  File "/usr/local/lib/python3.9/site-packages/h5py/_hl/files.py", line 231, in make_fid\n'
        "    fid = h5f.open(name, flags, fapl=fapl)\n"
        '  File "h5py/h5f.pyx", line 106, in h5py.h5f.open\n'
        f"OSError: Unable to open file ({detail})\n"
    )
    r = root(text)
    assert (r.kind, r.category, r.exception) == ("unknown", None, "OSError")


def test_guard_hdf5_naming_errno_2_is_still_file_not_found():
    text = (
        "Traceback (most recent call last):\n"
        '  File "train_driving.py", line 61, in <module>\n'
        "    frames = h5py.File(episode_path, 'r')\n"
        '  File "h5py/h5f.pyx", line 106, in h5py.h5f.open\n'
        "OSError: Unable to open file (unable to open file: name = 'episodes/run_07.h5', errno = 2, "
        "error message = 'No such file or directory', flags = 0, o_flags = 0)\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "file_not_found")


def test_among_unknown_errors_the_one_that_says_something_is_the_root():
    # an old DataLoader's re-raise whose message (the worker's traceback) was cut, after the same error told with its
    # words in the first line: the told error, with the worker's frame, is reported
    text = (
        'File "h5py/h5f.pyx", line 106, in h5py.h5f.open OSError: Unable to open file (file signature not found)\n'
        "\n"
        "Same with both interpreters, any idea?\n"
        "\n"
        'File "run.py", line 300, in <module>\n'
        "    main()\n"
        '  File "run.py", line 210, in fit\n'
        "    for step, (frames, steer) in enumerate(loader):\n"
        '  File "/usr/lib/python3.6/site-packages/torch/utils/data/dataloader.py", line 623, in __next__\n'
        "    return self._process_next_batch(batch)\n"
        '  File "/usr/lib/python3.6/site-packages/torch/utils/data/dataloader.py", line 658, in _process_next_batch\n'
        "    raise batch.exc_type(batch.exc_msg)\n"
        "OSError: Traceback (most recent call last):\n"
        '  File "/usr/lib/python3.6/site-packages/torch/utils/data/dataloader.py", line 138, in _worker_loop\n'
        "    samples = collate_fn([dataset[i] for i in batch_indices])\n"
        '  File "/srv/drive/episodes.py", line 88, in __getitem__\n'
        "    with h5py.File(path, 'r') as f:\n"
        '  File "/usr/lib/python3.6/site-packages/h5py/_hl/files.py", line 394, in __init__\n'
        "    swmr=swmr)\n"
        '  File "/usr/lo\n'
    )
    r = root(text)
    assert (r.kind, r.exception) == ("unknown", "OSError")
    assert "signature" in r.message and r.frame.file.endswith("episodes.py")
