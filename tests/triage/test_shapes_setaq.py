"""Shapes met in sets AQ to AT (native extensions and compilers; 3D vision and scientific ML; experiment tracking
and hyperparameter search; tabular, time-series and audio models), one test per behaviour, in this project's own
words and values."""

from __future__ import annotations

from trainerd.triage.service import triage_text

from .conftest import triage_root as root

CUT_FRAMES = (
    "Traceback (most recent call last):\n"
    '  File "/opt/envs/snd/lib/python3.8/runpy.py", line 194, in _run_module_as_main\n'
    '    "__main__", mod_spec)\n'
    '  File "/opt/envs/snd/lib/python3.8/runpy.py", line 87, in _run_code\n'
    "    exec(code, run_globals)\n"
)


def test_a_cut_traceback_under_a_title_that_tells_out_of_memory_is_cuda_oom() -> None:
    r = root("GPU Out Of Memory\n\nRunning python -m vocoder.train --cuda it stops:\n" + CUT_FRAMES)
    assert (r.kind, r.category) == ("runtime", "cuda_oom")
    assert r.explanation.startswith("A traceback")
    assert "line 1 tells it in words" in r.explanation


def test_a_cut_traceback_with_no_told_end_stays_unknown() -> None:
    r = root("Training stops early\n\nRunning python -m vocoder.train it stops:\n" + CUT_FRAMES)
    assert r.kind == "unknown"


def test_a_notebook_traceback_cut_after_its_header_takes_the_message_the_prose_gives_for_its_type() -> None:
    text = (
        'Evaluation fails with "RuntimeError: The size of tensor a (256) must match the size of tensor b (7) at '
        'non-singleton dimension 1".\n\n'
        "---------------------------------------------------------------------------\n"
        "RuntimeError                              Traceback (most recent call last)\n"
        "Cell In[7], line 4\n"
        "      2 for epoch in range(3):\n"
        "----> 4     acc = evaluate(model, loader)\n"
    )
    r = root(text)
    assert r.exception == "RuntimeError" and r.message.startswith("The size of tensor a (256) must match")
    assert "exception_in_prose" in r.shapes
    # a sentence naming another type does not lend its message to the notebook's error
    other = text.replace('"RuntimeError: The size', '"ValueError: The size')
    assert "exception_in_prose" not in root(other).shapes


def test_python_2_ipythons_name_glued_to_traceback_is_the_exception() -> None:
    r = root(
        "ERROR:tensorflow:Model diverged with loss = NaN.\n\n"
        "NanLossDuringTrainingErrorTraceback (most recent call last)\n"
        "<ipython-input-5-0a1b2c3d4e5f> in <module>()\n"
        "---> 12 est.train(input_fn=train_input, steps=800)\n"
    )
    assert (r.exception, r.kind, r.category) == ("NanLossDuringTrainingError", "logic", "numerical")


def test_the_old_runtimes_launch_timeout_is_a_cuda_error() -> None:
    r = root(
        "RuntimeError: cuda runtime error (6) : the launch timed out and was terminated at "
        "/pytorch/aten/src/THC/THCReduceAll.cuh:327\n"
    )
    assert (r.kind, r.category) == ("runtime", "cuda_error")


def test_an_extension_not_compiled_with_gpu_support_in_lower_case_is_the_environment() -> None:
    r = root(
        "RuntimeError: roi align is not compiled with GPU support (roi_align_forward at ops/roi_align.cpp:40)\n"
    )
    assert (r.kind, r.category) == ("runtime", "environment")


def test_an_extension_with_an_undefined_symbol_is_the_environment_and_nothing_is_installed() -> None:
    text = (
        "Traceback (most recent call last):\n"
        '  File "/srv/lm/train.py", line 3, in <module>\n'
        "    import fused_attn_cuda\n"
        "ImportError: /opt/envs/lm/lib/python3.10/site-packages/fused_attn_cuda.cpython-310-x86_64-linux-gnu.so: "
        "undefined symbol: _ZN3c1017SymbolicShapeMetaD1Ev\n"
    )
    report = triage_text(text)
    r = report.errors[report.root_cause]
    assert (r.kind, r.category) == ("runtime", "environment")
    assert r.fix.startswith(
        "No fix is offered"
    )  # reinstalling is not offered: the build, not its absence, is the cause
    # told in a sentence, the same words
    said = root(
        "I keep getting (importerror: /fused_attn_cuda.cpython-310-x86_64-linux-gnu.so: undefined symbol)\n"
    )
    assert said.category == "environment"


def test_the_dynamic_linkers_symbol_lookup_error_is_the_environment() -> None:
    r = root(
        "python: symbol lookup error: /opt/envs/tab/lib/libblas_thread.so.3: undefined symbol: omp_get_max_levels\n"
    )
    assert (r.kind, r.category) == ("runtime", "environment")


def test_wandb_unable_to_start_a_run_in_time_is_the_environment() -> None:
    r = root(
        "wandb: Network error (ConnectTimeout), entering retry loop.\n"
        "wandb: ERROR Run initialization has timed out after 90.0 sec. Please try increasing the timeout with the "
        "`init_timeout` setting\n"
    )
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_librarys_exception_class_alone_on_a_line_is_an_error_answered_unknown() -> None:
    r = root("tuner.exceptions.NoTrialSucceeded\n\nanyone seen this with the random search?\n")
    assert (r.exception, r.kind) == ("tuner.exceptions.NoTrialSucceeded", "unknown")
    # a dotted name in a sentence is not one
    assert triage_text("I looked at tuner.exceptions.NoTrialSucceeded in the docs\n").root_cause is None


def test_out_of_memory_told_with_killed_is_the_host_not_the_gpu() -> None:
    r = root(
        "Validation crashes\n\nIt looks like OOM since the log only says killed. Two A6000 GPUs, 64 GB RAM.\n"
    )
    assert (r.kind, r.category) == ("runtime", "environment")


def test_omegaconfs_typed_value_of_another_type_is_a_config_error() -> None:
    r = root(
        "omegaconf.errors.ValidationError: Value '[2, 3]' of type 'list' could not be converted to Integer\n"
        "    full_key: trainer.devices\n"
    )
    assert (r.kind, r.category) == ("runtime", "config_error")


def test_a_batch_size_that_is_not_an_int_is_a_config_error() -> None:
    r = root("ERROR:root:batch_size should be a positive integer value, but got batch_size=32\n")
    assert (r.kind, r.category) == ("runtime", "config_error")
