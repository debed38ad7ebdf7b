"""Shapes from the set-N round (first seen on set N, written here in this project's words and values): a cluster's
module system and MPI install, ROCm's and the CUDA driver API's faults, a CUDA assertion without its file, arrays
that do not fit while a data generator builds a batch, VS Code's innermost-first frames, a release named as what
made it work."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ('> Lmod has detected the following error: Cannot load module "cuda/12.2" without\n', "environment"),
        ("environment: /usr/share/lmod/lmod/libexec/lmod: No such file or directory\n", "environment"),
        (
            "Sorry!  You were supposed to get help about:\n    opal_init:startup:internal-failure\n",
            "environment",
        ),
        (
            "Memory access fault by GPU node-1 (Agent handle: 0x55d0) on address 0x7f10. Reason: Page not present.\n",
            "cuda_error",
        ),
        (
            'DriverError(CUDA_ERROR_NOT_SUPPORTED, "operation not supported") while training on WSL2\n',
            "cuda_error",
        ),
        ("/opt/lua/nn/THNN.lua:109: inconsistent tensor size at MSECriterion.c:17\n", "shape_mismatch"),
        ("FileExistsError: ../prompts/ does not exist or is not a folder\n", "file_not_found"),
    ],
)
def test_cluster_gpu_and_old_framework_words(text, category):
    assert root(text).category == category


def test_a_cuda_assertion_without_its_file_prefix_is_a_cuda_error_with_its_condition():
    r = root("`gatherKernel: block: [9,0,0], thread: [12,0,0] Assertion idx < srcDimSize failed.`\n")
    assert r.category == "cuda_error" and "idx < srcDimSize" in r.message


GENERATOR = """\
Exception in thread Thread-2:
Traceback (most recent call last):
  File "/opt/py/lib/python3.8/threading.py", line 932, in _bootstrap_inner
    self.run()
  File "/opt/py/lib/python3.8/site-packages/kit/engine/training.py", line 431, in data_generator_task
    generator_output = next(self._generator)
  File "/srv/sr/img_utils.py", line 216, in image_pairs
    batch_x[i] = lo
ValueError: could not broadcast input array from shape (21,21,3) into shape (32,32,3)
"""

MODEL = GENERATOR.replace("data_generator_task", "predict_step").replace("img_utils.py", "model.py")


def test_arrays_that_do_not_fit_while_a_generator_builds_a_batch_are_unknown_since_round_98():
    # generic words in a dataset's or a generator's frame: 2 right, 4 wrong on the field corpus
    assert (root(GENERATOR).kind, root(GENERATOR).category) == ("unknown", None)


def test_the_same_words_outside_a_data_generator_are_not_the_data_pipeline():
    assert root(MODEL).category != "data_pipeline"


def test_vs_codes_innermost_first_frames_give_the_failing_line():
    text = (
        "Exception has occurred: KeyError       (note: full exception trace is shown but execution is paused at: "
        "_run_module_as_main)\n"
        "'caption'\n"
        '  File "/srv/cap/train.py", line 77, in step\n'
        '    y = batch["caption"]\n'
        '  File "/srv/cap/train.py", line 120, in main\n'
        "    step(b)\n"
        '  File "/srv/cap/train.py", line 140, in <module>\n'
        "    main()\n"
    )
    assert root(text).frame.line == 77


def test_installing_the_latest_release_named_as_what_made_it_work_is_the_environment():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/srv/tt/run.py", line 12, in <module>\n'
        "    fit()\n"
        "AssertionError: some buffers were not found\n\n"
        "Works again! I installed the latest [gradkit](https://example.org/gradkit), ran the demo, and it works.\n"
    )
    assert root(text).category == "environment"
