"""Round 90 (docs/accuracy.md, after sets KY-LF): an extension's build that compiled and could not link -- GNU ld's
"collect2: error: ld returned 1 exit status", MSVC's LNK2001/LNK2019/LNK1120 -- is the environment's (a library of
another version, or none, where the linker looks); a frame line that a paste box joined to its code and to the next
frame, one space apart, is split so the deeper frame is read; PyTorch's dtype checks quoted without their type, a title
that opens with an exception's name, or is only one however cased ("keyerror"), are answered unknown with that line
rather than "no error found". Texts written for this project."""

from __future__ import annotations

from trainerd.triage.service import triage_text

from .conftest import triage_root as root


def test_a_build_that_gnu_ld_could_not_link_is_the_environments():
    text = (
        "[ 87%] Linking CXX executable ../bin/fuse_node\n"
        "/usr/bin/ld: CMakeFiles/fuse_node.dir/src/track.cpp.o: in function `Tracker::step()':\n"
        "track.cpp:(.text+0x1f4): undefined reference to `cv::cuda::GpuMat::upload(cv::_InputArray const&)'\n"
        "collect2: error: ld returned 1 exit status\n"
        "make[2]: *** [CMakeFiles/fuse_node.dir/build.make:212: ../bin/fuse_node] Error 1\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_a_build_that_msvc_could_not_link_is_the_environments():
    text = (
        'corr_kernel.obj : error LNK2001: unresolved external symbol "public: long * __cdecl at::TensorBase::'
        'data_ptr<long>(void)const "\n'
        "build\\lib.win-amd64-cpython-310\\corr_ext.cp310-win_amd64.pyd : fatal error LNK1120: 1 unresolved externals\n"
        "error: command 'C:\\\\Program Files\\\\MSVC\\\\bin\\\\link.exe' failed with exit code 1120\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_two_frames_joined_on_one_line_give_the_deeper_frame():
    text = (
        "Traceback (most recent call last):\n"
        'File "fit.py", line 40, in model = Detector(cfg)\n'
        'File "/srv/det/heads.py", line 61, in __init__ super().__init__(cfg) File "/srv/det/heads.py", line 19, in '
        "__init__ self.cls = nn.Linear(cfg.dim, cfg.classes)\n"
        'File "/opt/py/lib/python3.9/site-packages/torch/nn/modules/linear.py", line 96, in __init__ '
        "self.weight = Parameter(torch.empty((out_features, in_features), **factory_kwargs))\n"
        "TypeError: empty() received an invalid combination of arguments - got (tuple, dtype=NoneType, "
        "device=NoneType), but expected one of:\n"
    )
    r = root(text)
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("/srv/det/heads.py", 19)


def test_a_dtype_check_quoted_without_its_type_is_an_error_line_not_nothing():
    text = (
        "Inference never produces audio\n\n"
        "With fp16 on I get\n\n"
        '"expected mat1 and mat2 to have the same dtype, but got: float != c10::Half"\n'
    )
    report = triage_text(text)
    r = report.errors[report.root_cause]
    assert r.kind == "unknown" and "expected mat1 and mat2 to have the same dtype" in r.message


def test_a_title_that_opens_with_an_exception_name_is_a_reported_failure():
    text = "ValueError with the Dirichlet split\n\nscreenshot of the clients' setup attached\n"
    report = triage_text(text)
    assert report.root_cause is not None and report.errors[report.root_cause].kind == "unknown"


def test_a_title_that_is_only_a_lower_case_exception_name_is_a_reported_failure():
    text = "keyerror\n\nrunning train.py on my own images, screenshot attached\n"
    report = triage_text(text)
    assert report.root_cause is not None and report.errors[report.root_cause].kind == "unknown"


def test_guard_metric_lines_with_nan_and_no_error_still_get_only_the_monitors_flags():
    from trainerd.monitor import flags_for_text

    text = "NaN after warmup\n\nstep 100 loss 2.31 lr 0.001\nstep 200 loss nan lr 0.001\nstep 300 loss nan lr 0.001\n"
    report = triage_text(text, monitor=flags_for_text)
    assert report.root_cause is None and [f.kind for f in report.monitor_flags][:1] == ["nan_inf"]
