"""Round 143 (docs/accuracy.md, section 99, from the misses of sets AAY-ABF): Chainer 2's refusal of the train= and
volatile= arguments, a package's own check of another's version at import, Windows' loader failing on a native
library's DLL, and PaddlePaddle finding no cuDNN are the environment the code runs in. Texts written for this
project."""

from __future__ import annotations

from .conftest import root_answer as _answer


def test_chainer_1s_train_argument_refused_by_chainer_2_is_the_environment():
    text = (
        "Traceback (most recent call last):\n"
        '  File "fit_tagger.py", line 64, in <module>\n'
        "    y = model(xs, train=True)\n"
        '  File "/srv/tagger/net.py", line 31, in __call__\n'
        "    h = F.dropout(self.l1(x), ratio=0.3, train=train)\n"
        '  File "/opt/py/lib/python3.6/site-packages/chainer/functions/noise/dropout.py", line 150, in dropout\n'
        "    argument.check_unexpected_kwargs(kwargs, train='train argument is not supported anymore. '\n"
        "ValueError: train argument is not supported anymore. Use chainer.using_config\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_a_package_checking_anothers_version_at_import_is_the_environment():
    text = "Plotting the curves fails at import:\n\nImportError: Matplotlib requires numpy>=1.23; you have 1.21.6\n"
    assert _answer(text) == ("runtime", "environment")


def test_windows_failing_to_load_a_native_librarys_dll_is_the_environment():
    text = (
        "Traceback (most recent call last):\n"
        '  File "D:\\work\\ages\\predict.py", line 3, in <module>\n'
        "    import mxnet as mx\n"
        '  File "C:\\Python37\\lib\\site-packages\\mxnet\\base.py", line 218, in _load_lib\n'
        "    lib = ctypes.CDLL(lib_path[0], ctypes.RTLD_LOCAL)\n"
        '  File "C:\\Python37\\lib\\ctypes\\__init__.py", line 364, in __init__\n'
        "    self._handle = _dlopen(self._name, mode)\n"
        "OSError: [WinError 193] %1 is not a valid Win32 application\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_paddle_finding_no_cudnn_is_the_environment():
    text = (
        "Training stops before the first batch:\n"
        "Error: Cannot load cudnn shared library. Cannot invoke method cudnnGetVersion at "
        "(/paddle/paddle/fluid/platform/dynload/cudnn.cc:58)\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_a_projects_own_missing_module_is_not_called_the_environment():
    # control: an import failure with no version words stays the missing module it names
    text = "ImportError: No module named 'ages_utils'\n"
    assert _answer(text) == ("runtime", "import_error")
