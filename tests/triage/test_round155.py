"""Round 155 (docs/accuracy.md, section 102, from the first sight of sets ADS-AEN): a package installed at a release
another package's requirement excludes (pkg_resources' VersionConflict) is the environment, not a missing package;
pip unable to install versions that fit together, a library refusing the installed release of another ("needs NumPy
2.0 or less"), and Keras's removed predict_classes are the environment; vLLM asked for a context longer than its KV
cache holds is its configuration. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import root_answer as _answer


def test_an_installed_release_another_package_excludes_is_the_environment():
    text = (
        "File ~/miniconda3/envs/ts/lib/python3.10/site-packages/pkg_resources/__init__.py:830, in WorkingSet.resolve\n"
        "    828     dependent_req = required_by[req]\n"
        "--> 830     raise VersionConflict(dist, req).with_context(dependent_req)\n\n"
        "ContextualVersionConflict: (scipy 1.9.3 (/home/ana/miniconda3/envs/ts/lib/python3.10/site-packages), "
        "Requirement.parse('scipy>=1.11'), {'motiflib'})\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_a_package_not_installed_at_all_stays_an_import_error():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/ana/proj/run.py", line 3, in <module>\n'
        "    version = pkg_resources.get_distribution('motiflib').version\n"
        '  File "/usr/lib/python3/dist-packages/pkg_resources/__init__.py", line 771, in resolve\n'
        "    raise DistributionNotFound(req, requirers)\n"
        "pkg_resources.DistributionNotFound: The 'motiflib' distribution was not found and is required by the "
        "application\n"
    )
    assert _answer(text) == ("runtime", "import_error")


@pytest.mark.parametrize(
    "log",
    [
        "$ pip install -r requirements.txt\n"
        "ERROR: Cannot install -r requirements.txt (line 4) and pandas==1.1.5 because these package versions have "
        "conflicting dependencies.\n\n"
        "The conflict is caused by:\n    The user requested pandas==1.1.5\n    featurekit 0.9 depends on pandas>=1.3\n\n"
        "ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/\n",
        "Traceback (most recent call last):\n"
        '  File "/work/sast/bench.py", line 2, in <module>\n'
        "    import numba\n"
        '  File "/opt/py/lib/python3.12/site-packages/numba/__init__.py", line 59, in _ensure_critical_deps\n'
        "    raise ImportError(msg)\n"
        "ImportError: Numba needs NumPy 2.0 or less. Got NumPy 2.2.\n",
        "Traceback (most recent call last):\n"
        '  File "app/predict.py", line 41, in classify_leaf\n'
        "    label = model.predict_classes(batch)\n"
        "AttributeError: 'Sequential' object has no attribute 'predict_classes'\n",
    ],
)
def test_versions_that_do_not_fit_together_are_the_environment(log):
    assert _answer(log) == ("runtime", "environment")


def test_a_context_longer_than_the_kv_cache_holds_is_vllms_configuration():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/srv/rag/serve.py", line 22, in <module>\n'
        "    llm = LLM(model=args.model, gpu_memory_utilization=0.45)\n"
        '  File "/opt/venv/lib/python3.11/site-packages/vllm/worker/worker.py", line 482, in raise_if_cache_size_invalid\n'
        "    raise ValueError(\n"
        "ValueError: The model's max seq len (65536) is larger than the maximum number of tokens that can be stored in "
        "KV cache (22400). Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the "
        "engine.\n"
    )
    assert _answer(text) == ("runtime", "config_error")


def test_a_run_after_which_nothing_else_happens_is_a_failure_told_not_no_error():
    from .conftest import triage_root

    text = (
        "Fine-tuning on my own drawings\n\n"
        "I set the data folders in the config and launched train.py. It prints the model summary and the dataset "
        "sizes, and then nothing else happens: no new lines and no checkpoint, for hours.\n"
    )
    root = triage_root(text)
    assert (root.kind, root.category) == ("unknown", None)
    assert "nothing else happens" in root.message
