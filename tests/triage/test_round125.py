"""Round 125 (docs/accuracy.md, section 91, from the misses of sets VT-WA): TensorFlow's and Keras' logits and labels
of different shapes are a shape mismatch; a launcher's --local-rank refused by the script's parser, and a Slurm
variable missing from os.environ, are held unknown (the field corpus labels them four ways); NumPy's ufunc built
against another release, Triton finding no GPU driver and Deformable DETR's ops refusing to build without CUDA are
the environment; an out of memory told in words names CUDA's memory or a Chinese sentence's; a frame line retyped with two spaces
before "line" is a frame. Texts written for this
project."""

from __future__ import annotations

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root


def test_tensorflow_logits_and_labels_not_broadcastable_is_a_shape_mismatch():
    text = (
        "Epoch 1/3\n"
        "InvalidArgumentError:  logits and labels must be broadcastable: logits_size=[16,3] labels_size=[64,3]\n"
        "\t [[node categorical_crossentropy/softmax_cross_entropy_with_logits (defined at <ipython-input-4-1c2d>:9) ]]\n"
    )
    assert (root(text).kind, root(text).category) == ("logic", "shape_mismatch")


def test_keras_logits_and_labels_of_another_shape_is_a_shape_mismatch():
    text = _tb(
        ("fit_flood.py", 88, "<module>", "model.fit(x_tiles, y_tiles, epochs=20)"),
        exc="ValueError: logits and labels must have the same shape ((None, 1) vs (None, 64, 64, 1))",
    )
    assert (root(text).kind, root(text).category) == ("logic", "shape_mismatch")


def test_a_script_refusing_the_launchers_local_rank_is_held_unknown():
    text = (
        "usage: train_seg.py [-h] [--cfg CFG] [--local_rank LOCAL_RANK]\n"
        "train_seg.py: error: unrecognized arguments: --local-rank=1\n"
        "ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: 2) local_rank: 0 (pid: 811) of binary\n"
    )
    assert root(text).kind == "unknown"


def test_another_unrecognized_argument_is_still_the_command_lines():
    text = (
        "usage: train_seg.py [-h] [--cfg CFG] [--epochs EPOCHS]\n"
        "train_seg.py: error: unrecognized arguments: --epoch=30\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "config_error")


def test_a_slurm_variable_missing_from_the_environment_is_held_unknown():
    text = _tb(
        ("tools/dist_utils.py", 14, "init_slurm", "rank = int(os.environ['SLURM_PROCID'])"),
        ("/usr/lib/python3.9/os.py", 679, "__getitem__", "raise KeyError(key) from None"),
        exc="KeyError: 'SLURM_PROCID'",
    )
    assert root(text).kind == "unknown"


def test_numpy_ufunc_of_another_release_is_the_environment():
    text = (
        "Importing the tracker fails with\n\nValueError: numpy.ufunc has the wrong size, try recompiling.\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_triton_with_no_gpu_driver_is_the_environment():
    text = _tb(
        ("/content/plant/train_lm.py", 40, "<module>", "trainer.train()"),
        (
            "/usr/local/lib/python3.11/dist-packages/triton/runtime/driver.py",
            8,
            "_create_driver",
            "raise RuntimeError(",
        ),
        exc="RuntimeError: 0 active drivers ([]). There should only be one.",
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_deformable_ops_refusing_to_build_without_cuda_is_the_environment():
    text = _tb(
        ("models/ops/setup.py", 51, "get_extensions", "raise NotImplementedError('Cuda is not availabel')"),
        exc="NotImplementedError: Cuda is not availabel",
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_out_of_cuda_memory_told_in_words_is_cuda_oom():
    text = "With two GPUs under DDP the run keeps stopping with out of CUDA memory on the second card.\n"
    assert (root(text).kind, root(text).category) == ("runtime", "cuda_oom")


def test_out_of_memory_told_in_chinese_with_an_adverb_is_cuda_oom():
    text = "训练到第三个 epoch 的时候显存很快就溢出了，batch_size 已经是 2。\n"
    assert (root(text).kind, root(text).category) == ("runtime", "cuda_oom")


def test_a_frame_line_with_two_spaces_before_line_is_a_frame():
    text = (
        "Original Traceback (most recent call last):\n"
        '  File "/srv/proj/data/pairs.py",  line 88, in __getitem__\n'
        "    return self.rows[idx]\n"
        "IndexError: list index out of range\n"
    )
    r = root(text)
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("/srv/proj/data/pairs.py", 88)
