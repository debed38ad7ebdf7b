"""Round 108 (docs/accuracy.md, section 85): read from the misses of sets QF-QM -- the installed packages' own words
for releases that do not fit (mmcv's version check, protobuf's generated code, two OpenMP runtimes), a file read
with the platform's default codec, Horovod used before hvd.init(), and a check demanding a "non-NaN" value not read
as a value gone NaN. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root

SP = "/opt/venv/lib/python3.10/site-packages"


def test_mmcvs_own_version_check_is_the_environment():
    text = _tb(
        ("/data/u/seg3d/tools/train.py", 12, "<module>", "from mmseg.apis import train_segmentor"),
        (
            f"{SP}/mmseg/__init__.py",
            61,
            "<module>",
            "assert (mmcv_min_version <= mmcv_version < mmcv_max_version), \\",
        ),
        exc="AssertionError: MMCV==2.2.0 is used but incompatible. Please install mmcv>=2.0.0rc4, <2.2.0.",
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


@pytest.mark.parametrize(
    "exc",
    [
        "TypeError: Descriptors cannot not be created directly.\nIf this call came from a _pb2.py file, your "
        "generated code is out of date and must be regenerated with protoc >= 3.19.0.",
        "TypeError: Descriptors should not be created directly, but only retrieved from their parent.",
        "ImportError: cannot import name 'builder' from 'google.protobuf.internal' "
        f"({SP}/google/protobuf/internal/__init__.py)",
    ],
)
def test_protobufs_generated_code_against_another_runtime_is_the_environment(exc):
    text = _tb(
        ("/home/ana/hands/detect.py", 4, "<module>", "import mediapipe as mp"),
        (f"{SP}/mediapipe/framework/calculator_pb2.py", 33, "<module>", "_descriptor.FieldDescriptor("),
        exc=exc,
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


def test_two_openmp_runtimes_in_one_process_is_the_environment():
    text = (
        "Epoch 1/30 starting...\n"
        "OMP: Error #15: Initializing libiomp5md.dll, but found libiomp5md.dll already initialized.\n"
        "OMP: Hint This means that multiple copies of the OpenMP runtime have been linked into the program.\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


@pytest.mark.parametrize(
    "exc",
    [
        "UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 11: ordinal not in range(128)",
        "UnicodeDecodeError: 'charmap' codec can't decode byte 0x9d in position 2048: character maps to <undefined>",
    ],
)
def test_a_file_read_with_the_platforms_default_codec_is_the_environment(exc):
    text = _tb(
        ("C:\\work\\sql\\build_vocab.py", 30, "load", "for line in fh:"),
        (
            "C:\\Python37\\lib\\encodings\\cp1252.py",
            23,
            "decode",
            "return codecs.charmap_decode(input,self.errors,",
        ),
        exc=exc,
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


def test_horovod_used_before_init_is_distributed():
    text = _tb(
        ("/src/mrcnn/train_hvd.py", 88, "main", "opt = hvd.DistributedOptimizer(opt)"),
        (f"{SP}/horovod/common/basics.py", 151, "size", "raise ValueError("),
        exc="ValueError: Horovod has not been initialized; use hvd.init().",
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "distributed"), r.details.get("rule")


def test_a_check_demanding_a_non_nan_value_is_not_a_value_gone_nan():
    text = _tb(
        ("/home/k/voc/to_tfrecord.py", 9, "<module>", "np.set_printoptions(threshold=np.nan)"),
        (
            f"{SP}/numpy/core/arrayprint.py",
            95,
            "_make_options_dict",
            'raise ValueError("threshold must be numeric"',
        ),
        exc="ValueError: threshold must be numeric and non-NAN, try sys.maxsize for untruncated representation",
    )
    assert root(text).category != "numerical"


def test_a_value_gone_nan_is_still_numerical():
    text = _tb(
        ("/home/k/run/train.py", 71, "step", "raise ValueError(f'loss is nan at step {step}')"),
        exc="ValueError: loss is nan at step 3120",
    )
    r = root(text)
    assert (r.kind, r.category) == ("logic", "numerical"), r.details.get("rule")


# round 109 (from sets QN-QU)


def test_accelerates_config_clashing_with_a_deepspeed_config_file_is_config_error():
    text = (
        "[rank0]: ValueError: When using `deepspeed_config_file`, the following accelerate config variables will be "
        "ignored: ['gradient_accumulation_steps', 'gradient_clipping', 'zero_stage', 'mixed_precision'].\n"
        "[rank0]: Please specify them appropriately in the DeepSpeed config file.\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "config_error"), r.details.get("rule")


def test_a_cuda_checkpoint_on_a_machine_without_cuda_is_not_claimed():
    text = _tb(
        ("/home/ri/live/demo.py", 22, "<module>", "net.load_state_dict(torch.load('ckpt/render.pth'))"),
        (
            f"{SP}/torch/serialization.py",
            166,
            "validate_cuda_device",
            "raise RuntimeError('Attempting to deserialize",
        ),
        exc="RuntimeError: Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is False. "
        "If you are running on a CPU-only machine, please use torch.load with map_location=torch.device('cpu') to map "
        "your storages to the CPU.",
    )
    r = root(text)
    assert (r.kind, r.category) == ("unknown", None), r.details.get("rule")


@pytest.mark.parametrize("signal, index", [("SIGKILL", 0), ("SIGABRT", 1)])
def test_spawns_exit_names_the_process_that_died_as_the_rank(signal, index):
    text = f"torch.multiprocessing.spawn.ProcessExitedException: process {index} terminated with signal {signal}\n"
    assert root(text).rank == index


def test_spawns_raised_process_under_a_cut_child_traceback_is_the_rank():
    text = _tb(
        ("/home/lab/sgg/tools/train_net.py", 291, "<module>", "launch(main, args.num_gpus, args=(args,))"),
        (
            f"{SP}/torch/multiprocessing/spawn.py",
            150,
            "join",
            "raise ProcessRaisedException(msg, error_index, pid)",
        ),
        exc="torch.multiprocessing.spawn.ProcessRaisedException: ",
    )
    text += "\n-- Process 3 terminated with the following error:\nTraceback (most rece\n"
    assert root(text).rank == 3


def test_another_exception_naming_a_process_is_not_given_a_rank():
    text = "RuntimeError: process 2 terminated with exit code 1 while reading the shard\n"
    assert root(text).rank is None


# round 110 (from sets QV-RC)


@pytest.mark.parametrize(
    "exc",
    [
        "ModuleNotFoundError: No module named 'forecast.predict'; 'forecast' is not a package",
        "ModuleNotFoundError: No module named 'code.lstm_cell'; 'code' is not a package",
    ],
)
def test_a_submodule_of_a_plain_module_is_the_imports_fault_with_nothing_to_install(exc):
    r = root(_tb(("/home/ada/stocks/run.py", 3, "<module>", "from forecast.predict import Model"), exc=exc))
    assert (r.kind, r.category) == ("runtime", "import_error"), r.details.get("rule")
    assert r.proposal is None, r.proposal  # (no package to install: no mechanical fix)
    assert "shadows the package" in r.fix and "nothing is installed" in r.fix, r.fix


def test_a_well_known_packages_submodule_that_is_not_a_package_stays_unclaimed():
    exc = "ModuleNotFoundError: No module named 'torchaudio.backend.common'; 'torchaudio.backend' is not a package"
    r = root(_tb(("/home/ada/asr/infer.py", 9, "<module>", "import gigaam"), exc=exc))
    assert (r.kind, r.category) == ("unknown", None), r.details.get("rule")


def test_python_dash_m_from_another_directory_is_not_called_a_shadowing_import():
    text = (
        "/usr/bin/python3: Error while finding module specification for 'agents.train' (ModuleNotFoundError: "
        "No module named 'agents.train'; 'agents' is not a package)\n"
    )
    assert root(text).category != "import_error"


# round 111: the audit (entries right fewer than 3 times in 5 over at least 5 claims on the field corpus)


@pytest.mark.parametrize(
    "line",
    [
        "RuntimeError: CUDA error: invalid device ordinal",
        "RuntimeError: cuda runtime error (10) : invalid device ordinal at /pytorch/aten/src/THC/THCGeneral.cpp:51",
    ],
)
def test_pytorchs_invalid_device_ordinal_is_the_runs_gpu_index(line):
    assert (root(line + "\n").kind, root(line + "\n").category) == ("runtime", "config_error")


def test_the_bare_words_invalid_device_ordinal_are_not_the_runs_gpu_index():
    text = (
        "F0611 09:17:42.551203 20417 common.cpp:152] Check failed: error == cudaSuccess (10 vs. 0)  invalid device "
        "ordinal\n*** Check failure stack trace: ***\n"
    )
    assert root(text).category != "config_error"
