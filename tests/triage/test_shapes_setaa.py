"""Shapes met in sets AA to AD (data and checkpoints; TensorFlow 1, PaddlePaddle, JAX, MXNet, TensorRT; robotics
simulators; 2024-2026 LLM tools), one test per behaviour, in this project's own words and values."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text

from .conftest import triage_root as root


def test_tensorflow_1s_see_above_for_traceback_line_is_an_exception_line() -> None:
    r = root(
        "OOM while training the tagger\n\n"
        "ResourceExhaustedError (see above for traceback): OOM when allocating tensor of shape [512000,256] and "
        "type float\n"
        '\t [[Node: emb/Adam/Initializer/zeros = Const[dtype=DT_FLOAT, _device="/job:localhost/replica:0/task:0/'
        'device:GPU:0"]()]]\n'
    )
    assert (r.exception, r.category) == ("ResourceExhaustedError", "cuda_oom")


def test_tensorflow_oom_on_the_host_is_not_the_gpu() -> None:
    r = root(
        "ResourceExhaustedError (see above for traceback): OOM when allocating tensor of shape [512000,256] and "
        "type float\n"
        '\t [[Node: emb/Adam/Initializer/zeros = Const[dtype=DT_FLOAT, _device="/job:localhost/replica:0/task:0/'
        'device:CPU:0"]()]]\n'
    )
    assert r.category != "cuda_oom"


def test_paddles_allocator_out_of_memory_among_warning_records() -> None:
    r = root(
        "W0412 08:01:02.000100  2201 operator.cc:242] conv2d raises an exception "
        "paddle::memory::allocation::BadAlloc, ResourceExhaustedError: \n\n"
        "Out of memory error on GPU 1. Cannot allocate 88.500000MB memory on GPU 1, 15.100000GB memory has been "
        "allocated and available memory is only 20.250000MB.\n"
        "Please check whether there is any other process using GPU 1.\n"
    )
    assert (r.kind, r.category) == ("runtime", "cuda_oom")


def test_a_cudnn_older_than_the_framework_was_built_with() -> None:
    r = root(
        "CUDA backend failed to initialize: Found cuDNN version 8300, but JAX was built against version 8600, "
        "which is newer. The copy of cuDNN that is installed must be at least as new as the version against "
        "which JAX was built.\n"
    )
    assert r.category == "environment"


def test_tensorflows_checkpoint_lookup_matching_no_files() -> None:
    r = root(
        "resuming from the last checkpoint\n"
        "ERROR:tensorflow:Couldn't match files for checkpoint /runs/ocr/model.ckpt-1200\n"
        "Traceback (most recent call last):\n"
        '  File "fit.py", line 88, in main\n'
        "    saver.restore(sess, ckpt)\n"
        "ValueError: Can't load save_path when it is None.\n"
    )
    assert r.category == "file_not_found"


def test_bce_target_and_logits_of_different_shapes_is_a_shape_mismatch() -> None:
    r = root(
        "Traceback (most recent call last):\n"
        '  File "fit_seg.py", line 61, in step\n'
        "    loss = criterion(logits, masks)\n"
        '  File "/opt/venv/lib/python3.10/site-packages/torch/nn/functional.py", line 3160, in '
        "binary_cross_entropy_with_logits\n"
        '    raise ValueError(f"Target size ({target.size()}) must be the same as input size ({input.size()})")\n'
        "ValueError: Target size (torch.Size([2, 19, 128, 128])) must be the same as input size "
        "(torch.Size([2, 7, 128, 128]))\n"
    )
    assert (r.kind, r.category) == ("logic", "shape_mismatch")


def test_a_compilers_error_line_is_read_as_an_error() -> None:
    # a kernel compiled at run time (NVRTC, MSVC): "source(line): error: ..." -- unknown, with the line, not "no error"
    r = root(
        "building the engine, this may take a while...\n"
        'kernel_17(52): error: identifier "nanf_" is undefined\n'
        "      acc = acc * nanf_;\n"
    )
    assert r.kind == "unknown" and 'identifier "nanf_" is undefined' in r.message


def test_a_traceback_cut_before_it_said_anything_gives_way_to_an_error_that_names_itself() -> None:
    r = root(
        # the first traceback glued to a warning and flattened, its exception lost in the frame's code
        "[10:02:11] src/engine.cc:91: advisory: built against an older library.Traceback (most recent call last):"
        '  File "fit_face.py", line 88, in <module>    sched = Warmup(base=0.1, warm=0.01)TypeError: __init__() '
        "got an unexpected keyword argument 'warm'\n"
        "\nthen, after removing that argument:\n\n"
        # the second traceback flattened onto one line by the paste
        'Traceback (most recent call last):  File "fit_face.py", line 120, in <module>    sched.step(i, epoch)\n'
        "TypeError: step() takes 2 positional arguments but 3 were given\n"
    )
    assert r.exception == "TypeError"


@pytest.mark.parametrize(
    "reply",
    [
        "maintainer: recent facekit releases changed the scheduler in ways that break this example.",
        "Hi, I think it is a version problem, please try another facekit version.",
    ],
)
def test_a_reply_putting_the_error_on_releases(reply: str) -> None:
    r = root(
        "Traceback (most recent call last):\n"
        '  File "fit_face.py", line 120, in <module>\n'
        "    sched.step(i, epoch)\n"
        "TypeError: step() takes 2 positional arguments but 3 were given\n\n" + reply + "\n"
    )
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_flattened_tracebacks_exception_glued_to_its_last_frames_code() -> None:
    r = root(
        'Traceback (most recent call last):  File "fit_face.py", line 88, in <module>    '
        "sched = Warmup(base=0.1, mode='linear')TypeError: __init__() got an unexpected keyword argument 'mode'\n"
    )
    assert (r.exception, r.frame.line) == ("TypeError", 88)
    assert r.message == "__init__() got an unexpected keyword argument 'mode'"


def test_an_exception_line_after_its_cut_frames_takes_their_frame() -> None:
    # the frame and the exception line pasted with blank lines between them: one error, in the user's loader
    r = root(
        "hit this in epoch 4:\n\n"
        'File "/srv/scan/data/volume_set.py", line 77, in __getitem__\n\n'
        "    return image, boxes\n\n"
        "UnboundLocalError: local variable 'boxes' referenced before assignment\n"
    )
    assert r.exception == "UnboundLocalError"
    assert (r.frame.file, r.frame.line) == ("/srv/scan/data/volume_set.py", 77)


def test_zshs_words_for_a_fatal_signal_are_a_native_crash() -> None:
    # macOS' shell names the signal before the command it ran; what caused it is not said: unknown, not "no error"
    r = root("zsh: illegal hardware instruction  python fit_masks.py --data ./faces\n")
    assert (r.kind, r.exception) == ("unknown", "NativeCrash")


def test_nccls_bootstrap_connection_refused_between_nodes() -> None:
    r = root(
        "with two nodes it stops at start-up:\n"
        "socketPollConnect: connect to 10.8.0.12<40211> returned Connection refused, exceeded error retry count (35)\n"
    )
    assert (r.kind, r.category) == ("runtime", "distributed")


@pytest.mark.parametrize(
    "text, category",
    [
        # PhysX's GPU allocator in a simulator-driven RL run
        (
            "+++ Using GPU PhysX\nPxgCudaDeviceMemoryAllocator fail to allocate memory 268435456 bytes!! Result = 2\n",
            "cuda_oom",
        ),
        # the dynamic loader refusing a plugin built against a newer glibc
        (
            "[Error] [carb] [Plugin: libsim.plugin.so] Could not load the dynamic library from /opt/sim/libsim.plugin.so. "
            "Error: /lib64/libm.so.6: version `GLIBC_2.29' not found (required by /opt/sim/libsim.plugin.so)\n",
            "environment",
        ),
        (
            "training stops at once with: **FlashAttention only supports Ampere GPUs or newer**\n",
            "environment",
        ),
        ("xid 48 on gpu 3: uncorrectable ECC error, the job went down\n", "cuda_error"),
        # an extension built without its GPU kernels; Apple's backend without float64
        ("RuntimeError: Not compiled with CUDA support\n", "environment"),
        (
            "TypeError: Cannot convert a MPS Tensor to float64 dtype as the MPS framework doesn't support float64. "
            "Please use float32 instead.\n",
            "environment",
        ),
        # a policy's Gaussian with a NaN standard deviation: the run's numbers went non-finite
        (
            "    return torch.normal(mu, sigma)\nRuntimeError: normal expects all elements of std >= 0.0\n",
            "numerical",
        ),
    ],
)
def test_library_words_for_the_machine(text: str, category: str) -> None:
    assert root(text).category == category


def test_pythons_call_message_without_its_type() -> None:
    r = root(
        "Every run of tune_adapter.sh ends with Block.forward() takes 2 positional arguments but 3 were given.\n"
    )
    assert (r.kind, r.exception) == ("unknown", "TypeError")


def test_an_optional_import_a_warning_reported_is_not_the_error() -> None:
    r = root(
        "Warning: physics-based tasks failed to import. Set SIMKIT_QUIET=1 to suppress this message.\n"
        "No module named 'simkit_mj'\n"
        "loading the kitchen config\n"
        "Segmentation fault (core dumped)\n"
    )
    assert (r.kind, r.exception) == ("unknown", "NativeCrash")


def test_optunas_failed_trial_record_names_the_exception() -> None:
    r = root(
        "[I 2025-03-02 10:00:01,000] A new study created in memory with name: td3_search\n"
        "[W 2025-03-02 10:00:09,500] Trial 3 failed with parameters: {'lr': 0.4} because of the following error: "
        "ValueError('Expected parameter loc (Tensor of shape (1, 6)) of distribution Normal')\n"
    )
    assert r.exception == "ValueError"
    assert r.message.startswith("Expected parameter loc")


def test_a_librarys_warning_that_it_found_nans_in_the_loss_is_flagged() -> None:
    from trainerd.monitor import flags_for_text

    text = "Train Epoch 0:   0%| 1/320 [00:09<48:00]\nWARNING:root:Found nans while computing loss\n"
    assert "nan_inf" in [f.kind for f in flags_for_text(text)]


def test_a_sampler_over_no_samples_is_found_and_left_unknown() -> None:
    # (round 52: an empty dataset's "num_samples=0" is a data path in the config, a file extension the loader does
    # not look for or the data itself -- 3 right, 4 wrong as data_pipeline on the field corpus)
    r = root(
        "Traceback (most recent call last):\n"
        '  File "fed/split.py", line 80, in build\n'
        "    loaders[c] = DataLoader(part, batch_size=1, shuffle=True)\n"
        '  File "/opt/conda/lib/python3.10/site-packages/torch/utils/data/sampler.py", line 107, in __init__\n'
        '    raise ValueError("num_samples should be a positive integer "\n'
        "ValueError: num_samples should be a positive integer value, but got num_samples=0\n"
    )
    assert (r.kind, r.category, r.exception) == ("unknown", None, "ValueError")


def test_windows_own_python_install_is_not_the_users_code() -> None:
    r = root(
        "Traceback (most recent call last):\n"
        '  File "C:\\Python312\\Lib\\runpy.py", line 198, in _run_module_as_main\n'
        "    return _run_code(code, main_globals, None,\n"
        '  File "D:\\work\\fc\\fit.py", line 40, in <module>\n'
        "    main()\n"
        '  File "C:\\Python312\\Lib\\json\\__init__.py", line 293, in load\n'
        "    return loads(fp.read(),\n"
        "ValueError: bad input\n"
    )
    assert (r.frame.file, r.frame.line) == ("D:\\work\\fc\\fit.py", 40)


def test_frames_listed_most_recent_call_first_are_read_in_order() -> None:
    # an IDE's paste: the innermost frame first, runpy's (always the outermost) last
    r = root(
        '  File "D:\\q\\fit_tft.py", line 88, in train\n'
        "    trainer.fit(model, loader)\n"
        '  File "D:\\q\\fit_tft.py", line 140, in <module>\n'
        "    train()\n"
        '  File "C:\\Python313\\Lib\\runpy.py", line 88, in _run_code\n'
        "    exec(code, run_globals)\n"
        '  File "C:\\Python313\\Lib\\runpy.py", line 198, in _run_module_as_main (Current frame)\n'
        "    return _run_code(code, main_globals, None,\n"
        "RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn\n"
    )
    assert r.frame.line == 88


def test_typographic_quotes_around_a_frames_path() -> None:
    r = root(
        "Traceback (most recent call last):\n"
        "  File \u201cfit_graph.py\u201d, line 5, in <module>\n"
        "    import graphkit\n"
        "ModuleNotFoundError: No module named 'graphkit'\n"
    )
    assert (r.frame.file, r.frame.line) == ("fit_graph.py", 5)


def test_horovods_time_stamped_rank_tag_is_a_rank_prefix() -> None:
    text = "".join(
        f"Fri Mar 05 10:00:0{k} 2021[2]<stderr>:{line}\n"
        for k, line in enumerate(
            [
                "Traceback (most recent call last):",
                '  File "/job/fit.py", line 12, in <module>',
                "    connect()",
                "OSError: Timed out trying to connect to 'tcp://10.0.0.4:8786' after 10 s",
            ]
        )
    )
    assert root(text).rank == 2


def test_a_chained_traceback_cut_after_its_header_keeps_the_exception_before_it() -> None:
    text = "".join(
        f"[{rank}]<stderr>:{line}\n"
        for rank, line in [
            (0, "Traceback (most recent call last):"),
            (0, '  File "/job/fit.py", line 12, in <module>'),
            (0, "    connect()"),
            (0, "OSError: Timed out trying to connect to 'tcp://10.0.0.4:8786' after 10 s"),
            (0, ""),
            (0, "During handling of the above exception, another exception occurred:"),
            (0, ""),
            (0, "Traceback (most recent call last):"),
            (1, "Traceback (most recent call last):"),
            (1, '  File "/job/fit.py", line 12, in <module>'),
            (1, "    connect()"),
            (1, "OSError: Timed out trying to connect to 'tcp://10.0.0.4:8786' after 10 s"),
        ]
    )
    report = triage_text(text)
    assert {e.rank for e in report.errors} == {0, 1}
    assert report.errors[report.root_cause].rank == 0


def test_a_dll_windows_could_not_load_is_the_install() -> None:
    r = root(
        "Traceback (most recent call last):\n"
        '  File "C:\\work\\gtext\\main.py", line 13, in <module>\n'
        "    import graphlib_native\n"
        '  File "C:\\Users\\ana\\anaconda3\\lib\\ctypes\\__init__.py", line 382, in __init__\n'
        "    self._handle = _dlopen(self._name, mode)\n"
        "FileNotFoundError: Could not find module 'C:\\Users\\ana\\anaconda3\\lib\\site-packages\\graphlib_native\\"
        "gn.dll' (or one of its dependencies). Try using the full path with constructor syntax.\n"
    )
    assert r.category == "environment"


def test_a_module_named_by_pickled_data_is_no_import_to_install() -> None:
    # told in the title, then pasted with its frames: the frames' source line unpickles
    r = root(
        "ModuleNotFoundError: No module named 'graphkit.batched'\n\n"
        "Traceback (most recent call last):\n"
        '  File "/home/u/nav/api.py", line 46, in __init__\n'
        "    self.params = pickle.load(open('PARAMS.prms', 'rb'))\n"
        "ModuleNotFoundError: No module named 'graphkit.batched'\n"
    )
    assert r.category != "import_error"
    assert r.frame is not None


@pytest.mark.parametrize(
    "text, category",
    [
        ("KeyError: 'Non-existent config key: train.sampler_kind'\n", "config_error"),
        (
            "RuntimeError: invalid argument 0: Sizes of tensors must match except in dimension 1. Got 41 and 40\n",
            "shape_mismatch",
        ),
        (
            "RuntimeError: cuda runtime error (2) : out of memory at /pytorch/torch/lib/THC/generic/THCStorage.cu:66\n",
            "cuda_oom",
        ),
        # a wrapper logging its child's C++ error record at level INFO: the child's record is read
        (
            "2021-05-02 10:00:01:geo.backend.tf_det: INFO - 2021-05-02 10:00:01.211837: E tensorflow/stream_executor/"
            "cuda/cuda_driver.cc:903] failed to allocate 5.12M (5368832 bytes) from device: CUDA_ERROR_OUT_OF_MEM\n",
            "cuda_oom",
        ),
        # PyTorch's own diagnosis of a worker's bus error, wrapped after "killed by signal:"
        (
            "DataLoader worker (pid 4411) is killed by signal: \nBus error. It is possible that dataloader's workers "
            "are out of shared memory. \nPlease try to raise your shared memory limit.\n",
            "environment",
        ),
    ],
)
def test_more_library_words(text: str, category: str) -> None:
    assert root(text).category == category


def test_tensorflows_warning_that_an_optional_library_is_absent_is_not_the_error() -> None:
    r = root(
        "I0922 08:14:12.864847 140112804587328 logging_writer.py:35] [9] steps_per_sec=0.061103\n"
        "2022-09-22 08:14:29.105530: W external/org_tensorflow/tensorflow/stream_executor/platform/default/"
        "dso_loader.cc:64] Could not load dynamic library 'libcupti.so.11.2'; dlerror: libcupti.so.11.2: cannot open "
        "shared object file: No such file or directory\n"
        "Fatal Python error: Segmentation fault\n"
    )
    assert (r.kind, r.exception) == ("unknown", "NativeCrash")


def test_a_cuda_plugin_that_did_not_build_is_the_toolchain_not_an_install() -> None:
    r = root("Training warns every step: ImportError: No module named 'upfirdn2d_plugin'\n")
    assert r.category == "environment"


@pytest.mark.parametrize(
    "code",
    [
        'print(f"step {step}: loss {loss:.3f}")',
        "def batches(arrays, *, size=None, shuffle=True):",
    ],
)
def test_code_for_a_newer_python_refused_as_invalid_syntax(code: str) -> None:
    r = root(f'  File "fit_nerf.py", line 471\n    {code}\n          ^\nSyntaxError: invalid syntax\n')
    assert r.category == "environment"


def test_a_syntax_error_in_plain_code_is_not_put_on_the_python_version() -> None:
    r = root('  File "fit_nerf.py", line 12\n    if x = 3:\n         ^\nSyntaxError: invalid syntax\n')
    assert r.category != "environment"


def test_metric_keys_right_after_cjk_text_and_full_width_colons_are_read() -> None:
    from trainerd.monitor import flags_for_text

    text = "".join(f"训练次数：{k * 100}, Loss：{'nan' if k > 3 else 1.5 - k / 10}\n" for k in range(1, 7))
    text += "整体测试集上的Loss: nan\n"
    assert "nan_inf" in [f.kind for f in flags_for_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the path exists: a folder where the checkpoint file was wanted (the run's arguments)
        "OSError: Unable to create file (unable to open file: name = '/data/ck/', errno = 21, error message = "
        "'Is a directory', flags = 13, o_flags = 242)\n",
        "IsADirectoryError: [Errno 21] Is a directory: 'runs/ckpt'\n",
        # HDF5 naming a network file system's error, not a missing file
        "OSError: Unable to create file (unable to open file: name = 'models/w256', errno = 70, error message = "
        "'communication error on send', flags = 13, o_flags = 242)\n",
    ],
)
def test_a_path_that_exists_is_not_a_missing_file(text: str) -> None:
    assert root(text).category != "file_not_found"


@pytest.mark.parametrize(
    "text",
    [
        "both training and testing stop with **not implemented for CPU ONLY build.**\n",
        "NotImplementedError: Could not run 'aten::empty.memory_format' with arguments from the 'SparseMPS' backend.\n",
    ],
)
def test_a_build_or_backend_without_the_operation(text: str) -> None:
    assert root(text).category == "environment"


def test_hydras_composition_error_is_the_config() -> None:
    r = root(
        "> hydra.errors.ConfigCompositionException: policy/config/task appears more than once in the final defaults "
        "list\n"
    )
    assert (r.kind, r.category) == ("runtime", "config_error")


def test_a_title_naming_nccls_aborted_communicator() -> None:
    r = root(
        "# Timeout Error: NCCL communicator was aborted on rank 5\n\n## Environment\n\n8 GPUs, CUDA 12.1\n"
    )
    assert (r.kind, r.category) == ("runtime", "distributed")
