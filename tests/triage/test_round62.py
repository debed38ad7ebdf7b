"""Round 62 (docs/accuracy.md): the CUDA runtime's own words for an illegal address, whoever prints them (a C++
CHECK, a simulator's plugin), are a kernel fault; a native library's "CUDA Error: out of memory" is out of
memory whatever the case of its "Error"; old PyTorch's THCudaCheck line alone (a title, a cut paste) is an
error found, not "no error". Texts written for this project."""

from __future__ import annotations

from .conftest import triage_root as root


def test_a_cpp_check_on_an_illegal_address_is_a_kernel_fault():
    text = (
        "I1102 10:04:51.118 20211 solver.cpp:61] Solver setup done.\n"
        "F1102 10:04:53.402 20211 permuto_layer.cu:142] Check failed: error == cudaSuccess (77 vs. 0)  "
        "an illegal memory access was encountered\n"
        "*** Check failure stack trace: ***\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "cuda_error")


def test_a_simulator_plugins_illegal_address_before_a_segfault_is_a_kernel_fault():
    text = (
        "PhysX Internal CUDA error. Simulation cannot continue!\n"
        "[Error] [sim.plugin] cuda error: an illegal memory access was encountered: src/physx_step.cpp: 871\n"
        "Segmentation fault (core dumped)\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "cuda_error")


def test_a_native_librarys_cuda_error_out_of_memory_is_out_of_memory():
    text = (
        "terminate called after throwing an instance of 'ImgCudaException'\n"
        "  what():  ImgException: CUDA Error: out of memory\n"
        "      where: /opt/imgutil/include/devmem.h | DeviceBuffer:77\n"
        "Aborted (core dumped)\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "cuda_oom")


def test_a_thcudacheck_line_alone_is_an_error_found_and_left_unknown():
    r = root("# THCudaCheck FAIL file=/pytorch/aten/src/THC/THCGeneral.cpp line=405 error=11 : invalid argument\n\n"
             "Seen with CUDA 10 and an older build. Is it my setup?\n")  # fmt: skip
    assert r.kind == "unknown"
    assert "error=11 : invalid argument" in r.message


def test_a_thcudacheck_line_before_its_traceback_leaves_the_traceback_the_root():
    text = (
        "THCudaCheck FAIL file=torch/csrc/cuda/Module.cpp line=51 error=30 : unknown error\n"
        "Traceback (most recent call last):\n"
        '  File "fit.py", line 33, in <module>\n'
        "    torch.cuda.set_device(args.gpu)\n"
        "RuntimeError: cuda runtime error (30) : unknown error at torch/csrc/cuda/Module.cpp:51\n"
    )
    r = root(text)
    assert r.exception == "RuntimeError"
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("fit.py", 33)
