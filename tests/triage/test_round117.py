"""Round 117 (docs/accuracy.md, section 88, from the misses of sets TH-TO): a Cholesky factorization refused for a
matrix that is not positive definite is numerical; a Java library refused by a newer JDK's closed java.base is the
environment; vLLM refusing a --max-model-len above the model's is the run's configuration; "X is required but not
installed" is a missing package; a module missing where a pool worker unpickles its task is named by the pickled data,
not an install. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root


@pytest.mark.parametrize(
    "exc",
    [
        "torch._C._LinAlgError: linalg.cholesky: The factorization could not be completed because the input is not "
        "positive-definite (the leading minor of order 7 is not positive-definite).",
        "tensorflow.python.framework.errors_impl.InvalidArgumentError: Cholesky decomposition was not successful. "
        "The input might not be valid.",
        "ERROR: PosDefException: matrix is not positive definite; Cholesky factorization failed.",
    ],
)
def test_a_cholesky_factorization_of_a_matrix_not_positive_definite_is_numerical(exc):
    text = _tb(("gp/fit.py", 61, "fit", "L = chol(kernel(x, x) + noise)"), exc=exc)
    r = root(text)
    assert (r.kind, r.category) == ("logic", "numerical"), r.details.get("rule")


def test_a_java_library_refused_by_a_newer_jdk_is_the_environment():
    text = (
        'Exception in thread "main" java.lang.ExceptionInInitializerError\n'
        "\tat edu.metric.scorer.Main.main(Main.java:40)\n"
        "Caused by: java.lang.reflect.InaccessibleObjectException: Unable to make field private final byte[] "
        'java.lang.String.value accessible: module java.base does not "opens java.lang" to unnamed module @1a2b3c4d\n'
        "\tat java.base/java.lang.reflect.AccessibleObject.checkCanSetAccessible(AccessibleObject.java:354)\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


def test_vllm_refusing_a_longer_max_model_len_is_the_runs_configuration():
    text = _tb(
        ("eval/serve_judge.py", 33, "<module>", "llm = LLM(model=path, max_model_len=args.max_len)"),
        exc=(
            "ValueError: User-specified max_model_len (65536) is greater than the derived max_model_len "
            "(max_position_embeddings=16384 or model_max_length=None in model's config.json)."
        ),
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "config_error"), r.details.get("rule")


def test_a_package_required_but_not_installed_is_an_import_error():
    r = root("Policy training stopped: ImportError: 'einops' is required but not installed\n")
    assert (r.kind, r.category) == ("runtime", "import_error"), r.details.get("rule")


def test_a_module_missing_where_a_pool_worker_unpickles_its_task_is_not_an_install():
    text = (
        "Process SpawnPoolWorker-3:\n"
        "Traceback (most recent call last):\n"
        '  File "/opt/py/lib/python3.9/multiprocessing/process.py", line 315, in _bootstrap\n'
        "    self.run()\n"
        '  File "/opt/py/lib/python3.9/multiprocessing/pool.py", line 114, in worker\n'
        "    task = get()\n"
        '  File "/opt/py/lib/python3.9/multiprocessing/queues.py", line 358, in get\n'
        "    return _ForkingPickler.loads(res)\n"
        "ModuleNotFoundError: No module named 'compiled_model_5f2e9a01'\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("unknown", None), r.details.get("rule")


def test_a_module_missing_where_the_users_code_imports_it_stays_an_import_error():
    text = _tb(
        ("train.py", 4, "<module>", "import einops"),
        exc="ModuleNotFoundError: No module named 'einops'",
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "import_error")
