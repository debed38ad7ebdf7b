"""Round 89 (docs/accuracy.md, after sets KQ-KX): PyTorch before 1.0's "cuda runtime error (N) : <name>" is a CUDA
call that failed when no earlier phrase settled it (out of memory, no kernel image, an invalid ordinal); torchvision's
old ImageFolder over a folder with no class subfolders, MXNet's file system and py-lmdb naming a path that is not
there are missing files; madmom's compiled modules ("madmom/audio/comb_filters.pyx") are the library's frames. Texts written for this project."""

from __future__ import annotations

from .conftest import triage_root as root


def test_an_old_thc_runtime_error_is_a_cuda_error():
    text = (
        "THCudaCheck FAIL file=/opt/torch-src/aten/src/THC/THCGeneral.cpp line=51 error=3 : initialization error\n"
        "RuntimeError: cuda runtime error (3) : initialization error at /opt/torch-src/aten/src/THC/THCGeneral.cpp:51\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "cuda_error")


def test_guard_an_old_thc_out_of_memory_is_still_out_of_memory():
    text = "RuntimeError: cuda runtime error (2) : out of memory at /opt/torch-src/aten/src/THC/generic/THCStorage.cu:58\n"
    assert (root(text).kind, root(text).category) == ("runtime", "cuda_oom")


def test_guard_an_old_thc_missing_kernel_image_is_still_the_environments():
    text = (
        "RuntimeError: cuda runtime error (48) : no kernel image is available for execution on the device at "
        "/opt/torch-src/aten/src/THC/generic/THCTensorMath.cu:15\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_an_image_folder_without_class_subfolders_is_a_missing_file():
    text = (
        "Traceback (most recent call last):\n"
        '  File "train_cls.py", line 61, in <module>\n'
        "    train_set = datasets.ImageFolder(os.path.join(args.data, 'train'), transform)\n"
        "RuntimeError: Found 0 files in subfolders of: /scratch/imnet/train\n"
        "Supported extensions are: .jpg,.jpeg,.png,.ppm,.bmp,.pgm,.tif\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "file_not_found")


def test_mxnets_file_system_naming_a_missing_path_is_a_missing_file():
    text = (
        "mxnet.base.MXNetError: [09:14:22] src/io/local_filesys.cc:209: Check failed: allow_null:  "
        'LocalFileSystem::Open "weights/line_rec_v2.params": No such file or directory\n'
    )
    assert (root(text).kind, root(text).category) == ("runtime", "file_not_found")


def test_lmdb_naming_a_missing_path_is_a_missing_file():
    text = "Training stops at once: lmdb.Error: TextDataset: LmdbLoader: data/synth90k/label.lmdb: No such file or directory\n"
    assert (root(text).kind, root(text).category) == ("runtime", "file_not_found")


def test_madmoms_compiled_module_is_not_the_users_frame():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/jo/beats/track.py", line 4, in <module>\n'
        "    import madmom\n"
        '  File "/opt/env/lib/python3.9/site-packages/madmom/audio/__init__.py", line 27, in <module>\n'
        "    from . import comb_filters, filters, signal, spectrogram, stft\n"
        '  File "madmom/audio/comb_filters.pyx", line 1, in init madmom.audio.comb_filters\n'
        "ValueError: numpy.ndarray size changed, may indicate binary incompatibility. Expected 96 from C header, got 88 "
        "from PyObject\n"
    )
    r = root(text)
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("/home/jo/beats/track.py", 4)
