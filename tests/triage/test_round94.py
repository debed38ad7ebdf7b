"""Round 94 (docs/accuracy.md, after sets ME-MT): Keras' other spellings of an input that does not fit a layer
("Input 0 is incompatible with layer model: expected shape=...", ": : expected min_ndim=4", "Error when checking :
expected"), TensorFlow 1's "logits and labels must be same size" are shape mismatches; ComfyUI's error report (type
and message as markdown list items, frames under "## Stack Trace") is read as the traceback it holds; TensorFlow
finding no cuDNN ("DNN library is not found", "could not find cudnnCreate in cudnn DSO") and a missing compiler
(nvcc) are the environment; Accelerate's gather of a CPU tensor is a device mismatch; the frames fixes read as the
user's are the frames the report calls the user's. Texts written for this project."""

from __future__ import annotations

import pytest

from trainerd.triage.clean import clean_lines
from trainerd.triage.service import triage_text

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "line",
    [
        "ValueError: Input 0 is incompatible with layer encoder: expected shape=(None, 96, 3), found shape=(32, 96, 4)",
        "ValueError: Input 0 of layer dense_2 is incompatible with the layer: : expected min_ndim=2, found ndim=1. "
        "Full shape received: (64,)",
        "ValueError: expected shape=(None, 200, 80), found shape=(None, 800, 80)",
        "ValueError: Error when checking : expected mel_input to have shape (None, 80) but got array with shape (16, 3)",
        "InvalidArgumentError (see above for traceback): logits and labels must be same size: logits_size=[20,5] "
        "labels_size=[32,5]",
    ],
)
def test_keras_and_tensorflow_shape_words_are_a_shape_mismatch(line):
    text = (
        "Traceback (most recent call last):\n"
        '  File "fit_tagger.py", line 77, in <module>\n'
        "    history = net.fit(x_train, y_train, epochs=12)\n"
        f"{line}\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("logic", "shape_mismatch")


COMFY_REPORT = (
    "Sampler node dies\n"
    "\n"
    "# ComfyUI Error Report\n"
    "## Error Details\n"
    "- **Node ID:** 14\n"
    "- **Node Type:** PoseAnimator\n"
    "- **Exception Type:** torch.OutOfMemoryError\n"
    "- **Exception Message:** CUDA out of memory. Tried to allocate 3.10 GiB. GPU 0 has a total capacity of 11.99 GiB\n"
    "## Stack Trace\n"
    "```\n"
    '  File "D:\\comfy\\ComfyUI\\execution.py", line 301, in execute\n'
    "    output_data = get_output_data(obj, inputs)\n"
    "\n"
    '  File "D:\\comfy\\ComfyUI\\custom_nodes\\pose-anim\\nodes.py", line 88, in animate\n'
    "    frames = self.pipe(pose, ref)\n"
    "\n"
    "```\n"
    "## System Information\n"
    "- **ComfyUI Version:** 0.3.10\n"
)


def test_a_comfyui_error_report_reads_as_the_traceback_it_holds():
    lines = [ln.text for ln in clean_lines(COMFY_REPORT)]
    assert "Traceback (most recent call last):" in lines
    exception_at = lines.index(
        "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 3.10 GiB. "
        "GPU 0 has a total capacity of 11.99 GiB"
    )
    assert lines[exception_at - 1].strip() == "frames = self.pipe(pose, ref)"
    report = triage_text(COMFY_REPORT)
    error = report.errors[report.root_cause]
    assert (error.kind, error.category) == ("runtime", "cuda_oom")
    assert error.frame is not None and error.frame.file.endswith("nodes.py") and error.frame.line == 88


def test_a_comfyui_report_cut_before_its_stack_still_gives_the_exception():
    text = COMFY_REPORT.split("## Stack Trace")[0]
    report = triage_text(text)
    assert report.errors[report.root_cause].category == "cuda_oom"


@pytest.mark.parametrize(
    "text",
    [
        "2024-03-02 10:11:12.000001: W tensorflow/core/framework/op_kernel.cc:1830] OP_REQUIRES failed at "
        "conv_ops.cc:1068 : UNIMPLEMENTED: DNN library is not found.\n",
        "F tensorflow/stream_executor/cuda/cuda_dnn.cc:90] Check failed: s.ok() could not find cudnnCreate in cudnn "
        "DSO\n",
        "error: command '/usr/local/cuda-11.8/bin/nvcc' failed: No such file or directory: "
        "'/usr/local/cuda-11.8/bin/nvcc'\n",
    ],
)
def test_no_cudnn_to_load_or_no_compiler_is_the_environment(text):
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_missing_data_file_is_still_file_not_found():
    # the compiler rule names the binary: a data file in a folder named like one stays the user's path
    text = "FileNotFoundError: [Errno 2] No such file or directory: '/data/gcc_logs/train.csv'\n"
    assert root(text).category == "file_not_found"


def test_accelerate_gathering_a_cpu_tensor_is_a_device_mismatch():
    text = (
        "RuntimeError: One or more of the tensors passed to `gather` were not on the GPU while the `Accelerator` is "
        "configured for CUDA. Please move it to the GPU before calling `gather`.\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "device_mismatch")


def test_the_user_frames_fixes_read_leave_out_a_libraries_checkout():
    # torchvision's checkout seen in the frames: its other folders (its references) are its too, in the frames fixes
    # read as in the frame the report names
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/ana/seg/train.py", line 30, in <module>\n'
        "    net = build(cfg)\n"
        '  File "/home/ana/src/torchvision/references/segmentation/utils.py", line 12, in build\n'
        "    return resnet.make(cfg)\n"
        '  File "/home/ana/src/torchvision/torchvision/models/resnet.py", line 200, in make\n'
        "    raise ValueError(cfg)\n"
        "ValueError: bad cfg\n"
    )
    report = triage_text(text)
    error = report.errors[report.root_cause]
    listed = [f["file"] for f in error.details["user_frames"]]
    assert listed == ["/home/ana/seg/train.py"]
    assert error.frame is not None and error.frame.file == listed[0]


def test_an_error_told_in_words_gives_way_to_its_rank_prefixed_traceback():
    # the sentence and the pasted lines are one failure; only the pasted lines say which rank printed it
    text = (
        "Fine-tuning on one card dies with CUDA out of memory right at the first optimizer step:\n"
        '[rank0]:   File "/opt/conda/lib/python3.10/site-packages/torch/optim/adamw.py", line 480, in _multi_tensor_adamw\n'
        "[rank0]:     exp_avg_sq_sqrt = torch._foreach_sqrt(device_exp_avg_sqs)\n"
        "[rank0]: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.50 GiB. GPU 0 has a total capacity\n"
        "\n"
        "Any way around it?\n"
    )
    report = triage_text(text)
    error = report.errors[report.root_cause]
    assert (error.category, error.rank) == ("cuda_oom", 0)


def test_a_lone_frame_line_cut_before_its_path_still_names_where():
    # the paste kept only the end of the last frame's line, its code and the exception
    text = (
        "RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!\n"
        "\n"
        '    inpaint/steps/fill.py", line 52, in fill_holes\n'
        "    out = mask * depth + (1 - mask) * pred\n"
        "RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!\n"
    )
    report = triage_text(text)
    error = report.errors[report.root_cause]
    assert error.category == "device_mismatch"
    assert error.frame is not None and (error.frame.file, error.frame.line) == ("inpaint/steps/fill.py", 52)
