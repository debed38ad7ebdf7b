"""Round 53 (docs/accuracy.md): a library's warning that it goes on without an optional piece is no error, whatever
exception it quotes; TensorFlow's "failed call to cuInit" record is no error (it runs on the CPU); ``python -m`` given
a file's path is the command line's mistake. Texts written for this project."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text

from .conftest import triage_root as root


def root_or_none(text: str):
    """The root cause, or None when the text holds no error at all."""
    report = triage_text(text)
    return report.errors[report.root_cause] if report.root_cause is not None else None


@pytest.mark.parametrize("first", ["Warning", "arning"])  # (a paste that lost the warning's first letter)
def test_a_warning_that_goes_on_with_a_fallback_is_not_an_import_error(first):
    text = (
        "every step prints summary_loss = nan, and also:\n\n"
        f"{first}:  fused kernel is unavailable, possibly because the extension was built without --cuda_ext. "
        "Using Python fallback.  Original ImportError was: ModuleNotFoundError(\"No module named 'fused_C'\")\n"
    )
    r = root_or_none(text)
    assert r is None or r.category != "import_error"


def test_the_same_missing_module_as_the_error_is_still_an_import_error():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/rui/det/train.py", line 4, in <module>\n'
        "    import fused_C\n"
        "ModuleNotFoundError: No module named 'fused_C'\n"
    )
    assert root(text).category == "import_error"


def test_tensorflows_cuinit_record_is_not_the_environments_failure():
    text = (
        "2024-03-07 11:22:41.518204: E tensorflow/stream_executor/cuda/cuda_driver.cc:271] failed call to cuInit: "
        "CUDA_ERROR_NO_DEVICE: no CUDA-capable device is detected\n"
        "INFO:flwr:Starting Flower simulation, config: num_rounds=3\n"
    )
    r = root_or_none(text)
    assert r is None or r.category != "environment"


def test_no_cuda_capable_device_as_pytorchs_error_is_still_the_environment():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/rui/det/train.py", line 30, in <module>\n'
        "    model.cuda()\n"
        "RuntimeError: CUDA error: no CUDA-capable device is detected\n"
    )
    assert root(text).category == "environment"


@pytest.mark.parametrize(
    "target", ["speciesnet.scripts.run_model.py", "/content/drive/MyDrive/ColBERT-main/colbert.train"]
)
def test_python_dash_m_given_a_files_path_is_the_command_lines_mistake(target):
    text = (
        f"/usr/bin/python3: Error while finding module specification for '{target}' "
        "(ModuleNotFoundError: __path__ attribute not found on 'speciesnet.scripts.run_model' while trying to find "
        "'speciesnet.scripts.run_model.py')\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "config_error")


@pytest.mark.parametrize("indent", ["", "      "])
def test_spyders_frames_give_the_users_frame(indent):
    text = (
        "running train.py gives me the error below.\n\n"
        f"{indent}File ~/spoof/train.py:4 in <module>\n"
        f"{indent}    from attention import attention_model\n\n"
        f"{indent}File ~/spoof/attention.py:11 in <module>\n"
        f"{indent}    from backbone import Net\n\n"
        f"{indent}File /opt/conda/lib/python3.10/site-packages/torch/autograd/__init__.py:412 in grad\n"
        f"{indent}    result = Variable._execution_engine.run_backward(\n\n"
        f"{indent}RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn\n"
    )
    r = root(text)
    assert r.exception == "RuntimeError"
    assert (r.frame.file, r.frame.line, r.frame.code) == (
        "~/spoof/attention.py",
        11,
        "from backbone import Net",
    )
