"""Round 141 (docs/accuracy.md, section 98, from the misses of sets AAI-AAP): a Python warning whose file name a
paste cut to its last letters is still a warning, not the run's error; NetworkX code written before 2.4
(Graph.node), and TensorFlow placing an op on a GPU it cannot see, are the environment; ArrayFire running out of
device memory is an out-of-memory error. Texts written for this project."""

from __future__ import annotations

from .conftest import framed_traceback as _tb
from .conftest import root_answer as _answer


def test_a_warning_with_its_file_name_cut_is_not_taken_for_the_error():
    text = (
        "Running the generator script ends like this:\n\n"
        "py:219: RuntimeWarning: numpy.dtype size changed, may indicate binary incompatibility. Expected 96, got 88\n"
        "  return f(*args, **kwds)\n"
        + _tb(
            ("gan/build.py", 30, "<module>", "g = build_generator(cfg)"),
            ("gan/nets.py", 88, "build_generator", "x = layers.Conv2D(64, 3)(inp)"),
            exc="KeyError: 'kernel_init'",
        )
    )
    assert _answer(text) != ("runtime", "environment")


def test_networkx_code_written_before_2_4_is_the_environment():
    text = _tb(
        ("graphs/prepare.py", 52, "node_features", "feats = [g.node[v]['x'] for v in g]"),
        exc="AttributeError: 'DiGraph' object has no attribute 'node'",
    )
    assert _answer(text) == ("runtime", "environment")


def test_tensorflow_placing_an_op_on_a_gpu_it_cannot_see_is_the_environment():
    text = _tb(
        ("train_gan.py", 140, "main", "sess.run(init_op)"),
        exc="tensorflow.python.framework.errors_impl.InvalidArgumentError: Cannot assign a device for operation "
        "'disc/d_h1/w/Adam': Operation was explicitly assigned to /device:GPU:0 but available devices are "
        "[ /job:localhost/replica:0/task:0/cpu:0 ]. Make sure the device specification refers to a valid device.",
    )
    assert _answer(text) == ("runtime", "environment")


def test_arrayfire_out_of_device_memory_is_out_of_memory():
    text = (
        "The conformer recipe dies at the first big batch:\n"
        "terminate called after throwing an instance of 'af::exception'\n"
        "  what():  ArrayFire Exception (Device out of memory:101):\n"
        "In function void* MemoryManager::alloc(bool, unsigned int, dim_t*, unsigned int)\n"
    )
    assert _answer(text) == ("runtime", "cuda_oom")


def test_a_graph_attribute_the_code_never_had_is_not_called_the_environment():
    # control: only the attribute NetworkX removed ("node") is read as the release's
    text = _tb(
        ("graphs/prepare.py", 60, "edges", "w = g.weights[u]"),
        exc="AttributeError: 'Graph' object has no attribute 'weights'",
    )
    assert _answer(text) != ("runtime", "environment")


def test_a_chain_whose_last_traceback_was_cut_is_answered_by_the_cause_above_it():
    from trainerd.triage.service import triage_text

    text = (
        "multiprocessing.pool.RemoteTraceback: \n"
        '"""\n'
        "Traceback (most recent call last):\n"
        '  File "/opt/py/lib/python3.11/multiprocessing/pool.py", line 125, in worker\n'
        "    result = (True, func(*args, **kwds))\n"
        '  File "/work/sweep/workers/fit_one.py", line 47, in fit_one\n'
        "    model = Ranker(cfg, tokenizer=tok)\n"
        "TypeError: Ranker.__init__() got an unexpected keyword argument 'tokenizer'\n"
        '"""\n'
        "\n"
        "The above exception was the direct cause of the following exception:\n"
        "\n"
        "Traceback (most recent call last):\n"
        '  File "/work/sweep/run_all.py", line 88, in <module>\n'
        "    results = pool.starmap(fit_one, jobs)\n"
        '  File "/opt/py/lib/python3.11/multip\n'
    )
    report = triage_text(text)
    root = report.errors[report.root_cause]
    assert root.exception.endswith("TypeError"), root.exception
    assert root.frame is not None and root.frame.file.endswith("fit_one.py") and root.frame.line == 47
