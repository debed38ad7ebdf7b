"""Shapes read since sets O, P, Q and R (fixtures in this project's words; each test one general behaviour)."""

from __future__ import annotations

from trainerd.triage.service import triage_text


def answer(text: str) -> tuple | None:
    report = triage_text(text)
    if report.root_cause is None:
        return None
    r = report.errors[report.root_cause]
    return (r.kind, r.category, r.exception.rsplit(".", 1)[-1])


def test_nccl_watchdog_told_only_by_its_cpp_frames_or_its_heartbeat_is_distributed():
    frames = (
        "frame #2: c10d::ProcessGroupNCCL::WorkNCCL::checkTimeout(std::optional<std::chrono::duration<long>>) + 0x1c0"
        " (0x7f00aa in /opt/envs/t/lib/python3.11/site-packages/torch/lib/libtorch_cuda.so)\n"
        "frame #3: c10d::ProcessGroupNCCL::watchdogHandler() + 0x210 (0x7f00ab in libtorch_cuda.so)\n"
        "\n"
        "Exception raised from ncclCommWatchdog at ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1500 (most "
        "recent call first):\n"
        "frame #0: c10::Error::Error(c10::SourceLocation, std::string) + 0x90 (0x7f00ac in libc10.so)\n"
    )
    assert answer(frames)[:2] == ("runtime", "distributed")
    stuck = (
        "[rank3]:[E102 08:00:00.1 ProcessGroupNCCL.cpp:1700] [PG ID 0 Rank 3] ProcessGroupNCCL's watchdog got "
        "stuck for 600 seconds without making progress in monitoring enqueued collectives.\n"
    )
    assert answer(stuck)[:2] == ("runtime", "distributed")


def test_a_blank_line_between_frames_keeps_the_traceback_whole():
    text = (
        "Traceback (most recent call last):\n"
        "\n"
        '  File "fit.py", line 40, in <module>\n'
        "    run(cfg)\n"
        "\n"
        '  File "fit.py", line 31, in run\n'
        "    rows = open(cfg.rows).read()\n"
        "\n"
        "FileNotFoundError: [Errno 2] No such file or directory: 'rows/train.tsv'\n"
    )
    report = triage_text(text)
    r = report.errors[report.root_cause]
    assert (r.kind, r.category) == ("runtime", "file_not_found")
    assert r.frame is not None and r.frame.line == 31


def test_an_index_past_a_dimensions_size_is_not_a_shape_mismatch():
    # a label of 255 scattered into two classes: the index's fault (data, labels, a class count), not shapes
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/u/seg/onehot.py", line 7, in to_one_hot\n'
        "    out = torch.zeros(n, k, h, w).scatter_(1, t.view(n, 1, h, w), 1)\n"
        "RuntimeError: index 255 is out of bounds for dimension 1 with size 2\n"
    )
    got = answer(text)
    assert got is not None and got[1] != "shape_mismatch"


def test_dataparallel_weights_on_two_devices_is_a_device_mismatch():
    text = (
        "RuntimeError: module must have its parameters and buffers on device cuda:0 (device_ids[0]) but found one "
        "of them on device: cuda:2\n"
    )
    assert answer(text)[:2] == ("runtime", "device_mismatch")


def test_a_compiled_extension_without_a_symbol_of_its_library_is_the_environment():
    text = (
        "Traceback (most recent call last):\n"
        '  File "graph_fit.py", line 5, in <module>\n'
        "    import scatter_ext\n"
        '  File "/usr/lib/python3/dist-packages/torch/_ops.py", line 100, in load_library\n'
        "    ctypes.CDLL(path)\n"
        "OSError: /usr/lib/python3/dist-packages/scatter_ext/_ops_cuda.so: undefined symbol: _ZN3c104impl9wrap_dimE\n"
    )
    assert answer(text)[:2] == ("runtime", "environment")


def test_ptx_from_a_newer_toolkit_than_the_driver_is_the_environment():
    text = (
        "RuntimeError: INTERNAL: CustomCall failed: prng_kernels.cc:30: operation cudaGetLastError() failed: "
        "the provided PTX was compiled with an unsupported toolchain.\n"
    )
    assert answer(text)[:2] == ("runtime", "environment")


def test_nccl_refused_gpu_memory_is_cuda_oom():
    text = "node3:811:990 [1] alloc.cc:60 NCCL WARN Cuda failure 2 'out of memory'\n"
    assert answer(text)[:2] == ("runtime", "cuda_oom")


def test_kills_as_bash_reports_a_script_line_and_as_markdown_bold():
    assert answer("/var/spool/slurmd/job881/slurm_script: line 9: 4012 Killed \n")[:2] == (
        "runtime",
        "environment",
    )
    assert answer("iter 40: loss 0.61\n\n**Killed**\n")[:2] == ("runtime", "environment")
    # the word inside a sentence is not the shell's report
    assert answer("I think **Killed** processes are restarted by the scheduler?\n") is None


def test_glogs_failure_signal_handler_is_a_native_crash():
    text = (
        "W0101 10:00:00.100000  77 init.cc:230] The detail failure signal is:\n"
        "W0101 10:00:00.100100  77 init.cc:234] *** SIGSEGV (@0x0) received by PID 77 (TID 0x7f01) from PID 0; "
        "stack trace: ***\n"
    )
    assert answer(text) == ("unknown", None, "NativeCrash")


def test_a_rank_prefixed_line_wrapped_by_the_terminal_keeps_its_rank():
    rows = [
        "[rank5]:[E0102 08:00:00.1 ProcessGroupNCCL.cpp:1700] [PG ID 0 Rank 5] ProcessGroupNCCL'",
        "s watchdog got stuck for 480 seconds without making progress in monitoring enqueued colle",
        "ctives; this typically means a hang.",
    ]
    text = "".join(row.ljust(90) + "\n" for row in rows)
    report = triage_text(text)
    r = report.errors[report.root_cause]
    assert (r.category, r.rank) == ("distributed", 5)
    # lines of another length after a rank's line are not its continuation
    assert triage_text("[rank5]: step 10 loss 1.2\n" + rows[1] + "\n").errors[0].rank is None


HANDLED = (
    "A fast kernel library is not available, some optimizations will not be enabled\n"
    "Traceback (most recent call last):\n"
    '  File "/venv/lib/site-packages/fastops/__init__.py", line 40, in _probe\n'
    "    import fastops.kernels\n"
    "ModuleNotFoundError: No module named 'kernelc'\n"
    "step 1 loss 2.31\n"
)


def test_a_traceback_a_library_printed_and_went_on_from_is_not_the_crash():
    report = triage_text(HANDLED)
    r = report.errors[report.root_cause]
    assert (r.kind, r.category) == ("unknown", None)  # not "install kernelc"
    assert "went on" in r.explanation
    crash = (
        HANDLED + "Traceback (most recent call last):\n"
        '  File "/home/u/gen/fit.py", line 12, in <module>\n'
        "    open(cfg.clips)\n"
        "FileNotFoundError: [Errno 2] No such file or directory: 'clips/train'\n"
    )
    report = triage_text(crash)
    r = report.errors[report.root_cause]
    assert (r.kind, r.category, r.exception) == ("runtime", "file_not_found", "FileNotFoundError")
    # the same traceback without the announcement is the error
    assert triage_text(HANDLED.split("\n", 1)[1]).errors[0].category == "import_error"


def test_a_libraries_checkout_beside_the_project_is_not_the_users_code():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/u/seg/train_net.py", line 90, in <module>\n'
        "    cfg = setup(args)\n"
        '  File "/home/u/src/detectron2-0.6/tools/helpers.py", line 12, in setup\n'
        "    return get_cfg(args)\n"
        '  File "/home/u/src/detectron2-0.6/detectron2/config/config.py", line 200, in get_cfg\n'
        "    raise ValueError(bad)\n"
        "ValueError: the config names no model\n"
    )
    report = triage_text(text)
    frame = report.errors[report.root_cause].frame
    assert (frame.file, frame.line) == ("/home/u/seg/train_net.py", 90)
    # a project's own package laid out as repo/package stays the user's
    own = text.replace(
        "/home/u/src/detectron2-0.6/detectron2/config/config.py", "/home/u/segkit/segkit/cfg.py"
    )
    own = own.replace("/home/u/src/detectron2-0.6/tools/helpers.py", "/home/u/segkit/tools/helpers.py")
    report = triage_text(own)
    assert report.errors[report.root_cause].frame.file == "/home/u/segkit/segkit/cfg.py"


def test_nccl_info_records_are_not_errors():
    text = (
        "node7:4411:4411 [0] NCCL INFO NET/Plugin: Plugin load returned 2 : libnccl-net.so: cannot open shared "
        "object file: No such file or directory\n"
        "node7:4411:4411 [0] NCCL INFO Using network Socket\n"
        "[rank0]:[E0101 01:00:00.1 ProcessGroupNCCL.cpp:600] [Rank 0] Watchdog caught collective operation timeout: "
        "WorkNCCL(SeqNum=1, OpType=BROADCAST) ran for 1800000 milliseconds before timing out.\n"
    )
    assert answer(text)[:2] == ("runtime", "distributed")  # not "environment: cannot open shared object file"
    # the same words at an error's level are one
    assert answer("OSError: libcudart.so.12: cannot open shared object file: No such file or directory\n")[
        :2
    ] == (
        "runtime",
        "environment",
    )


def test_an_empty_path_is_a_setting_never_given():
    text = (
        "Traceback (most recent call last):\n"
        '  File "prep.py", line 9, in <module>\n'
        "    vocab = open(args.vocab).read()\n"
        "FileNotFoundError: [Errno 2] No such file or directory: ''\n"
    )
    assert answer(text)[:2] == ("runtime", "config_error")
    assert answer(text.replace("''", "'vocab.txt'"))[:2] == ("runtime", "file_not_found")


def test_gpu_allocations_refused_in_other_words_are_cuda_oom():
    ngp = (
        "ERROR    Uncaught exception: CUDA Error: cudaMalloc(&ptr, n_bytes) failed with error out of memory\n"
    )
    assert answer(ngp)[:2] == ("runtime", "cuda_oom")
    tf = (
        "tensorflow.python.framework.errors_impl.ResourceExhaustedError: {{function_node __wrapped__Add_device_/job:"
        "localhost/replica:0/task:0/device:GPU:0}} failed to allocate memory [Op:Add]\n"
    )
    assert answer(tf)[:2] == ("runtime", "cuda_oom")


def test_the_machine_and_the_cluster_in_their_own_words_are_the_environment():
    assert answer("RuntimeError: No HIP GPUs are available\n")[:2] == ("runtime", "environment")
    slurm = (
        "slurmstepd: error: Job 881 exceeded memory limit (90000000 > 80000000), being killed\n"
        "slurmstepd: error: *** JOB 881 ON n04 CANCELLED AT 2024-01-01T00:00:00 ***\n"
    )
    assert answer(slurm)[:2] == ("runtime", "environment")
    lightning = "TypeError: `model` must be a `LightningModule` or `torch._dynamo.OptimizedModule`, got `TinyLightningModule`\n"
    assert answer(lightning)[:2] == ("runtime", "environment")
    # a plain module given to the Trainer is the user's call, not two installs
    assert answer(lightning.replace("TinyLightningModule", "TinyNet"))[:2] != ("runtime", "environment")


def test_a_bare_assert_on_a_paths_existence_is_file_not_found():
    text = (
        "Traceback (most recent call last):\n"
        '  File "train.py", line 40, in <module>\n'
        "    assert os.path.isfile(opts.embeddings)\n"
        "AssertionError\n"
    )
    assert answer(text)[:2] == ("runtime", "file_not_found")
    assert answer(text.replace("os.path.isfile(opts.embeddings)", "len(rows) > 0"))[:2] != (
        "runtime",
        "file_not_found",
    )


def test_library_messages_that_name_their_category():
    assert answer("ValueError: Bad split: validation. Available splits: ['train']\n")[:2] == (
        "runtime",
        "config_error",
    )
    assert answer("ValueError: (InvalidArgument) NaN or Inf found in input tensor.\n")[:2] == (
        "logic",
        "numerical",
    )
    cast = (
        "ValueError: Couldn't cast\nimage: string\n"
        "to\n{'pixels': Sequence(feature=Value(dtype='float32'))}\nbecause column names don't match\n"
    )
    assert answer(cast)[:2] == ("logic", "data_pipeline")


def test_an_optional_dependency_missing_inside_a_library_is_an_import_error():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/u/tune/fit.py", line 30, in <module>\n'
        "    model = wrap(model)\n"
        '  File "/opt/venv/lib/python3.10/site-packages/adapters/lora.py", line 88, in wrap\n'
        "    if isinstance(layer, bnb.nn.Linear8bitLt):\n"
        "NameError: name 'bnb' is not defined\n"
    )
    assert answer(text)[:2] == ("runtime", "import_error")
    # in the user's own code the undefined name is the user's (a typo, a missing import of theirs)
    own = text.replace("/opt/venv/lib/python3.10/site-packages/adapters/lora.py", "/home/u/tune/lora.py")
    assert answer(own)[:2] != ("runtime", "import_error")


def test_c_assert_in_a_native_extension_is_a_native_crash():
    text = (
        "python3: /opt/ext/csrc/permute.cu:412: void launch(Args) [with T = float]: Assertion "
        "'args.out != nullptr' failed.\n"
    )
    assert answer(text) == ("unknown", None, "NativeCrash")


def test_a_sentence_naming_an_nccl_error_is_not_nccls_report():
    assert (
        answer("// on 2 GPUs: NCCL error, on 1 GPU it trains\n") is None
        or answer("// on 2 GPUs: NCCL error, on 1 GPU it trains\n")[1] != "distributed"
    )
    report = (
        "RuntimeError: NCCL error in: /opt/torch/csrc/ProcessGroupNCCL.cpp:1200, unhandled system error\n"
    )
    assert answer(report)[:2] == ("runtime", "distributed")


def test_the_watchdog_reporting_this_ranks_cuda_failure_is_the_root_cause():
    text = (
        "[rank1]:[E0101 00:00:00.0 ProcessGroupNCCL.cpp:1500] [PG ID 0 Rank 1] Process group watchdog thread "
        "terminated with exception: CUDA error: an illegal memory access was encountered\n"
        "[rank0]:[E0101 00:00:09.0 ProcessGroupNCCL.cpp:600] [Rank 0] Watchdog caught collective operation timeout: "
        "WorkNCCL(SeqNum=9, OpType=ALLREDUCE) ran for 600000 milliseconds before timing out.\n"
        "RuntimeError: the training loop stopped\n"
    )
    report = triage_text(text)
    r = report.errors[report.root_cause]
    assert (r.category, r.rank) == ("cuda_error", 1)


def test_an_issue_titles_words_give_way_to_the_error_its_body_shows():
    text = (
        "HIP out of memory. Tried to allocate 2.00 GiB on the second step\n"
        "\n"
        "Running the trainer on my card gives:\n"
        "RuntimeError: HIP error: no kernel image is available for execution on the device\n"
    )
    assert answer(text)[:2] == ("runtime", "environment")
    # the title alone, or the body agreeing with it: the title's words stand
    assert answer(text.split("\n\n")[0] + "\n")[:2] == ("runtime", "cuda_oom")


FAULT = (
    "Fatal Python error: Segmentation fault\n"
    "\n"
    "Current thread 0x00007f00aa11bb22 (most recent call first):\n"
    '  File "/opt/miniconda3/envs/x/lib/python3.10/site-packages/jax/_src/api.py", line 900 in pmap_f\n'
    '  File "/srv/shared/anaconda3/pkgs/flaxlib/core.py", line 40 in init\n'
    '  File "/home/u/nerf/train.py", line 296 in main\n'
    '  File "/home/u/nerf/train.py", line 334 in <module>\n'
)


def test_faulthandlers_stack_gives_the_crashs_frame_in_your_code():
    report = triage_text(FAULT)
    r = report.errors[report.root_cause]
    assert (r.kind, r.exception) == ("unknown", "NativeCrash")
    assert (r.frame.file, r.frame.line, r.frame.function) == ("/home/u/nerf/train.py", 296, "main")
    # told with a prefix, as a title or a log record: the same crash, not an exception named "Error"
    report = triage_text("Error: " + FAULT)
    r = report.errors[report.root_cause]
    assert (r.exception, r.frame.line) == ("NativeCrash", 296)


def test_set_s_and_t_library_words():
    assert answer("Loss is nan, stopping training\n")[:2] == ("logic", "numerical")
    assert answer("KeyError: 'WARMUP_ITERS is not a valid config key'\n")[:2] == ("runtime", "config_error")
    onecycle = "ValueError: Tried to step 1201 times. The specified number of total steps is 1200\n"
    assert answer(onecycle)[:2] == ("logic", "optimizer")


def test_a_loop_printing_its_loss_as_a_nan_tensor_is_flagged():
    from trainerd.monitor import flags_for_text

    text = "step 1\ntensor(0.6931, device='cuda:0')\ntensor(nan, device='cuda:0')\n"
    report = triage_text(text, monitor=flags_for_text)
    assert report.root_cause is None
    assert "nan_inf" in [f.kind for f in report.monitor_flags]


def test_platform_and_container_errors_are_the_environment():
    for text in (
        "docker: Error response from daemon: unknown or invalid runtime name: nvidia.\n",
        'docker: Error response from daemon: could not select device driver "" with capabilities: [[gpu]].\n',
        "ERROR: No supported GPU(s) detected to run this container\n",
        "UserWarning: NVIDIA RTX A4000 with CUDA capability sm_86 is not compatible with the current PyTorch "
        "installation.\n",
        '    "message": "The following quota metrics exceed quota limits: aiplatform.googleapis.com/custom_gpus",\n',
        "This step is in Failed state with this message: OOMKilled\n",
    ):
        assert answer(text)[:2] == ("runtime", "environment"), text
    # a hook's exit status on the same line as the words that say why: the words are the error
    hook = (
        'docker: Error response from daemon: OCI runtime create failed: running prestart hook 0 caused "error running '
        'hook: exit status 1, stdout: , stderr: nvidia-container-cli: initialization error: driver error"\n'
    )
    assert answer(hook)[:2] == ("runtime", "environment")


def test_set_u_and_v_library_words():
    assert answer("RuntimeError: No executable batch size found, reached zero.\n")[:2] == (
        "runtime",
        "cuda_oom",
    )
    thc = "THCudaCheck FAIL file=..\\aten\\src\\THC\\THCCachingHostAllocator.cpp line=265 error=2 : out of memory\n"
    assert answer(thc)[:2] == ("runtime", "cuda_oom")
    assert answer("Batch 40: Invalid loss, terminating training\n")[:2] == ("logic", "numerical")
    keras = "ValueError: Error when checking target: expected dense_2 to have shape (10,) but got array with shape (1,)\n"
    assert answer(keras)[:2] == ("logic", "shape_mismatch")


def test_a_retyped_builtin_name_and_a_full_width_colon_are_read():
    assert answer(
        "RunTimeError: stack expects each tensor to be equal size, but got [3, 4] at entry 0 and [3, 5] at entry 1\n"
    )[:2] == ("logic", "data_pipeline")
    assert answer("FileNotFoundError：[Errno 2] No such file or directory: 'spikes/train.npy'\n")[:2] == (
        "runtime",
        "file_not_found",
    )


def test_a_message_takes_the_frames_of_the_traceback_right_after_it():
    text = (
        "THCudaCheck FAIL file=..\\aten\\src\\THC\\THCCachingHostAllocator.cpp line=265 error=2 : out of memory\n"
        "Traceback (most recent call last):\n"
        '  File "C:\\Users\\u\\depth\\fit.py", line 88, in run_epoch\n'
        "    for batch in self.loader:\n"
        '  File "C:\\Python38\\lib\\site-packages\\torch\\utils\\data\\dataloader.py", line 435, in __next__\n'
        "    data = self._next_data()\n"
        "RuntimeError:\n"
    )
    report = triage_text(text)
    r = report.errors[report.root_cause]
    assert (r.category, r.frame.line) == ("cuda_oom", 88)


def test_set_w_spellings_of_known_messages():
    assert answer("RuntimeError:CUDA error : out of memory\n")[:2] == ("runtime", "cuda_oom")
    # found with its type; no longer classified (9 right / 11 wrong over the field corpus)
    assert answer("tensor a (45) must match the size of tensor b (46)\n") == ("unknown", None, "RuntimeError")


def test_a_paste_cut_inside_its_first_frame_line_keeps_that_frame():
    text = (
        '/data/u/music/utils/train_utils.py", line 252, in update_parameters\n'
        "      scaler.unscale_(optimizer)\n"
        '    File "/opt/env/lib/python3.8/site-packages/torch/amp/grad_scaler.py", line 337, in unscale_\n'
        "      raise ValueError('Attempting to unscale FP16 gradients.')\n"
        "  ValueError: Attempting to unscale FP16 gradients.\n"
    )
    report = triage_text(text)
    frame = report.errors[report.root_cause].frame
    assert (frame.file, frame.line) == ("/data/u/music/utils/train_utils.py", 252)


def test_a_rank_prefix_that_lost_its_first_bracket_still_names_the_rank():
    report = triage_text("rank5]: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB\n")
    r = report.errors[report.root_cause]
    assert (r.category, r.rank) == ("cuda_oom", 5)


def test_a_launchers_killed_line_naming_its_command_is_the_oom_killer():
    text = "Killed python3 ./lora/train.py --data shards/ --epochs 3\n"
    assert answer(text)[:2] == ("runtime", "environment")
    assert answer("Killed the old run before starting this one\n") is None or answer(
        "Killed the old run before starting this one\n"
    )[:2] != ("runtime", "environment")


def test_a_gan_loss_named_for_its_part_turning_nan_is_flagged():
    from trainerd.monitor import flags_for_text

    text = "[0] epoch 0, 0/90, g_loss 1.2 d_loss 0.7\n[10] epoch 0, 10/90, g_loss nan d_loss nan\n"
    assert "nan_inf" in [f.kind for f in flags_for_text(text)]
