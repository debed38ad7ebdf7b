"""Round 140 (docs/accuracy.md, section 98, from the misses of sets AAA-AAH): byte code compiled by another Python
than the one importing it, and ROCm finding no GPU to run on, are the environment; Intel's oneCCL failing a
collective is a distributed failure, as NCCL's is. Texts written for this project."""

from __future__ import annotations

from .conftest import framed_traceback as _tb
from .conftest import root_answer as _answer


def test_byte_code_from_another_python_is_the_environment():
    text = _tb(
        ("lesson3/train_digits.py", 4, "<module>", "from helpers import plotting"),
        exc="ImportError: bad magic number in 'helpers': b'U\\r\\r\\n'",
    )
    assert _answer(text) == ("runtime", "environment")


def test_rocm_without_a_gpu_it_can_see_is_the_environment():
    text = (
        "Inside the pod the training script dies before the first step:\n"
        "terminate called after throwing an instance of 'c10::Error'\n"
        "  what():  HIP error: no ROCm-capable device is detected\n"
        "HIP kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be "
        "incorrect.\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_oneccl_failing_is_a_distributed_failure():
    text = (
        "Two XPU workers, torch-ccl 2.1, the first all_reduce never returns and then:\n"
        "2026:03:02-10:41:07:(5521) |CCL_ERROR| worker.cpp:338 ccl_worker_func: worker 0 caught internal exception\n"
        "RuntimeError: oneCCL: global.cpp:148 init: EXCEPTION: failed to start worker # 1\n"
    )
    assert _answer(text) == ("runtime", "distributed")


def test_a_checkpoint_that_is_not_one_is_not_called_the_environment():
    # control: TensorFlow's "not an sstable (bad magic number)" is a file given where a checkpoint was asked for
    text = _tb(
        ("restore.py", 18, "main", "saver.restore(sess, args.ckpt)"),
        exc="tensorflow.python.framework.errors_impl.DataLossError: Unable to open table file ./runs/model.h5: "
        "Data loss: not an sstable (bad magic number): perhaps your file is in a different file format and you "
        "need to use a different restore operator?",
    )
    assert _answer(text) != ("runtime", "environment")
