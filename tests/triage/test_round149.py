"""Round 149 (docs/accuracy.md, section 100, from sets ACP, ACQ, ACA and ACT at first sight): Faiss's GPU allocator
refused ("Failed to cudaMalloc N bytes on device 0 (error 2 out of memory") is out of GPU memory; a numerical model's
own guards -- MPAS's "NaN Detected in state", WRF's "points exceeded cfl=2 in domain" -- are numerical; librosa's
resample() and pandas' concat() given by position what their newer releases take by keyword, and protobuf's
"Parameter to MergeFrom() must be instance of same class" naming one class twice, are the installed releases (the
environment). Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import root_answer as _answer


def test_faiss_refused_gpu_memory_is_out_of_memory():
    text = (
        "Traceback (most recent call last):\n"
        '  File "build_datastore.py", line 73, in <module>\n'
        "    index.add_with_ids(keys, ids)\n"
        '  File "/opt/venv/lib/python3.8/site-packages/faiss/swigfaiss.py", line 5756, in add_with_ids\n'
        "    return _swigfaiss.GpuIndex_add_with_ids(self, n, x, ids)\n"
        "RuntimeError: Error in virtual void* faiss::gpu::StandardGpuResourcesImpl::allocMemory(const "
        "faiss::gpu::AllocRequest&) at faiss/gpu/StandardGpuResources.cpp:443: Error: 'err == cudaSuccess' failed: "
        "Failed to cudaMalloc 1073741824 bytes on device 1 (error 2 out of memory\n"
    )
    assert _answer(text) == ("runtime", "cuda_oom")


@pytest.mark.parametrize(
    "log",
    [
        " ERROR: NaN Detected in state see below for which field contained a NaN.\n"
        "   -- Statistics information for block fields\n"
        " ERROR: Critical error encountered; writing restart and aborting.\n",
        "d01 2021-07-14_03:00:00  Timing for main: time 2021-07-14_03:00:00 on domain   1:    4.1 elapsed seconds\n"
        "d01 2021-07-14_03:01:00         5120  points exceeded cfl=2 in domain d01 at time 2021-07-14_03:01:00 hours\n"
        "d01 2021-07-14_03:01:00  MAX AT i,j,k:  14  30  22  vert_cfl,w,d(eta)=   4512.7  -1.2E+05  2.9E-02\n"
        "Program received signal SIGSEGV: Segmentation fault - invalid memory reference.\n",
    ],
)
def test_a_numerical_models_own_guard_is_numerical(log):
    assert _answer(log) == ("logic", "numerical")


@pytest.mark.parametrize(
    "call, message",
    [
        (
            "    wav = librosa.resample(wav, rate, 16000)",
            "TypeError: resample() takes 1 positional argument but 3 were given",
        ),
        (
            "    table = pd.concat((table, coords), 1)",
            "TypeError: concat() takes 1 positional argument but 2 were given",
        ),
        (
            "    graph_def.MergeFrom(other)",
            "TypeError: Parameter to MergeFrom() must be instance of same class: expected tensorflow.NodeDef got "
            "tensorflow.NodeDef.",
        ),
    ],
)
def test_a_newer_release_refusing_the_old_call_is_the_environment(call, message):
    text = f'Traceback (most recent call last):\n  File "prep_audio.py", line 30, in <module>\n{call}\n{message}\n'
    assert _answer(text) == ("runtime", "environment")


def test_a_method_of_ones_own_given_an_argument_too_many_is_not_claimed():
    text = (
        "Traceback (most recent call last):\n"
        '  File "prep_audio.py", line 30, in <module>\n'
        "    store.load(path)\n"
        "TypeError: load() takes 1 positional argument but 2 were given\n"
    )
    assert _answer(text) != ("runtime", "environment")


def test_merge_from_given_another_class_is_not_put_on_the_release():
    # the phrase needs one class named twice: two different classes are the code's own mix-up
    text = (
        "Traceback (most recent call last):\n"
        '  File "prep_audio.py", line 30, in <module>\n'
        "    graph_def.MergeFrom(node)\n"
        "TypeError: Parameter to MergeFrom() must be instance of same class: expected tensorflow.GraphDef got "
        "tensorflow.NodeDef.\n"
    )
    assert _answer(text) != ("runtime", "environment")
