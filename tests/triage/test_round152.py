"""Round 152 (docs/accuracy.md, section 101, from the first sight of sets ACU-ADJ): Slurm refusing a job for what
its script asks -- a partition, account or QOS that does not exist, more CPUs or memory than a node has, a script
without its "#!" line -- is the job's configuration; Slurm's controller out of reach when a job is submitted, and a
container asking the NVIDIA toolkit for GPUs it has no device specification (CDI) for, are the environment;
TensorFlow's grouped convolution given an input whose channels are not a multiple of the filter's is a shape
mismatch. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import root_answer as _answer


@pytest.mark.parametrize(
    "log",
    [
        "$ sbatch pretrain.slurm\nsbatch: error: invalid partition specified: gpu-big\n"
        "sbatch: error: Batch job submission failed: Invalid partition name specified\n",
        "sbatch: error: CPU count per node can not be satisfied\n"
        "sbatch: error: Batch job submission failed: Requested node configuration is not available\n",
        "sbatch: error: Batch job submission failed: Invalid account or account/partition combination specified\n",
        "sbatch: error: This does not look like a batch script.  The first\n"
        "sbatch: error: line must start with #! followed by the path to an interpreter.\n",
        "srun: error: Unable to allocate resources: Requested time limit is invalid (missing or exceeds some limit)\n",
    ],
)
def test_slurm_refusing_what_the_job_script_asks_is_the_configuration(log):
    assert _answer(log) == ("runtime", "config_error")


@pytest.mark.parametrize(
    "log",
    [
        "Traceback (most recent call last):\n"
        '  File "/srv/queue/submit.py", line 58, in launch\n'
        '    raise Exception("submission failed:\\n%s" % err)\n'
        "Exception: submission failed:\n"
        "sbatch: error: Batch job submission failed: Unable to contact slurm controller (connect failure)\n",
        "$ docker run --gpus all -it trainer:2.1 bash\n"
        "Error response from daemon: failed to create task for container: could not apply required modification to "
        "OCI specification: error modifying OCI spec: failed to inject CDI devices: unresolvable CDI devices "
        "nvidia.com/gpu=all\n",
    ],
)
def test_a_cluster_or_container_runtime_out_of_reach_is_the_environment(log):
    assert _answer(log) == ("runtime", "environment")


def test_a_grouped_convolution_given_the_wrong_channels_is_a_shape_mismatch():
    text = (
        "Traceback (most recent call last):\n"
        '  File "train_imu.py", line 88, in <module>\n'
        "    model = build_stem(inputs)\n"
        '  File "/opt/venv/lib/python3.9/site-packages/tensorflow/python/framework/ops.py", line 1969, in _create_c_op\n'
        "    raise ValueError(e.message)\n"
        'ValueError: Exception encountered when calling layer "conv1d_2" (type Conv1D).\n\n'
        "Depth of input must be a multiple of depth of filter: 4 vs 8 for '{{node conv1d_2/Conv1D}} = Conv2D[T=DT_FLOAT]"
        "(conv1d_2/Conv1D/ExpandDims, conv1d_2/Conv1D/ExpandDims_1)' with input shapes: [?,1,50,4], [1,3,8,32].\n"
    )
    assert _answer(text) == ("logic", "shape_mismatch")


def test_slurm_output_that_refuses_nothing_is_not_the_configuration():
    log = "sbatch: Submitted batch job 88123\nsrun: error: node17: task 3: Exited with exit code 1\n"
    assert _answer(log)[1] != "config_error"


@pytest.mark.parametrize(
    "module", ["sklearn.linear_model.logistic", "sklearn.externals.joblib", "sklearn.ensemble.forest"]
)
def test_a_module_scikit_learns_installed_release_lacks_is_the_environment(module):
    text = (
        "Traceback (most recent call last):\n"
        '  File "score_posts.py", line 9, in <module>\n'
        "    clf = pickle.load(fh)\n"
        f"ModuleNotFoundError: No module named '{module}'\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_scikit_learn_not_installed_at_all_is_still_a_package_to_install():
    text = (
        "Traceback (most recent call last):\n"
        '  File "score_posts.py", line 3, in <module>\n'
        "    from sklearn.metrics import f1_score\n"
        "ModuleNotFoundError: No module named 'sklearn'\n"
    )
    assert _answer(text) == ("runtime", "import_error")
