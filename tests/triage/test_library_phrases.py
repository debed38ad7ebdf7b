"""Library messages common in training issues whose words name the cause: each settles its category
(written from the libraries' own messages, in this project's values), and the near-misses that must not."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text


def answer(text: str) -> tuple[str, str | None]:
    report = triage_text(text + "\n")
    assert report.root_cause is not None, "no error found"
    r = report.errors[report.root_cause]
    return r.kind, r.category


@pytest.mark.parametrize(
    ("line", "category"),
    [
        # transformers older than the checkpoint or the tokenizer it names
        (
            "ValueError: Tokenizer class QwenTokenizerFast does not exist or is not currently imported.",
            "environment",
        ),
        (
            "ValueError: The checkpoint you are trying to load has model type `mixtral` but Transformers does not "
            "recognize this architecture. This could be because of an issue with the checkpoint.",
            "environment",
        ),
        ("AttributeError: module 'numpy' has no attribute 'object'.", "environment"),
        ("RuntimeError: FlashAttention only supports Ampere GPUs or newer.", "environment"),
        ("RuntimeError: Error building extension 'cpu_adam'", "environment"),
        (
            "RuntimeError: Input and parameter tensors are not at the same device, found input tensor at cuda:1 "
            "and parameter tensor at cpu",
            "device_mismatch",
        ),
        (
            "RuntimeError: Tensor for argument #1 'input' is on CPU, but expected it to be on GPU (while checking "
            "arguments for cudnn_batch_norm)",
            "device_mismatch",
        ),
        (
            "RuntimeError: unscale_() has already been called on this optimizer since the last update().",
            "optimizer",
        ),
        (
            "RuntimeError: Timed out initializing process group in store based barrier on rank: 3, for key: "
            "store_based_barrier_key:1 (world_size=4, worker_count=3, timeout=0:30:00)",
            "distributed",
        ),
        (
            "RuntimeError: Expected 4-dimensional input for 4-dimensional weight [16, 1, 5, 5], but got "
            "3-dimensional input of size [1, 28, 28] instead",
            "shape_mismatch",
        ),
        (
            "RuntimeError: The expanded size of the tensor (12) must match the existing size (6) at non-singleton "
            "dimension 2.  Target sizes: [2, 3, 12].  Tensor sizes: [2, 3, 6]",
            "shape_mismatch",
        ),
    ],
)
def test_a_library_message_that_names_its_cause_settles_the_category(line, category):
    assert answer(line)[1] == category


@pytest.mark.parametrize(
    "line",
    [
        # the repository's own module lacking a name is a code bug, not an installed version
        "AttributeError: module 'helpers' has no attribute 'float'",
        # numpy's real attributes missing for another reason: not the removed aliases
        "AttributeError: module 'numpy' has no attribute 'fancy_mean'",
    ],
)
def test_near_misses_of_those_messages_claim_nothing(line):
    assert answer(line)[1] is None


def test_a_missing_class_is_not_a_missing_file():
    kind, category = answer(
        "ValueError: Tokenizer class SpanTok does not exist or is not currently imported."
    )
    assert category != "file_not_found"


@pytest.mark.parametrize(
    "text",
    [
        "RuntimeError: CUDA error: CUDA driver version is insufficient for CUDA runtime version",
        "RuntimeError: No CUDA GPUs are available",
        "checking devices...\nERROR: cudaGetDeviceCount no CUDA-capable device is detected\n",
        'CUDA error at src/probe.cu:88 code=35(cudaErrorInsufficientDriver) "cudaSetDevice(0)"',
        "RuntimeError: CUDA error: no kernel image is available for execution on the device",
    ],
)
def test_no_usable_gpu_or_driver_is_the_environment_not_a_kernel(text):
    assert answer(text) == ("runtime", "environment")


def test_a_cuda_tensor_given_to_numpy_without_its_type_is_a_device_mismatch():
    text = "训练后评估时报错 can't convert cuda:1 device type tensor to numpy. Use Tensor.cpu() first"
    assert answer(text) == ("runtime", "device_mismatch")


def test_json_that_does_not_parse_is_a_configuration_only_when_the_code_reads_one():
    def frames(code: str) -> str:
        return (
            "Traceback (most recent call last):\n"
            '  File "/w/prep/run.py", line 12, in <module>\n'
            f"    {code}\n"
            '  File "/usr/lib/python3.10/json/__init__.py", line 293, in load\n'
            "    return loads(fp.read())\n"
            "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)"
        )

    assert answer(frames("boxes = json.load(open(label_path))")) == ("unknown", None)
    assert answer(frames("cfg.update(json.load(open(cfg.extra)))"))[1] == "config_error"
