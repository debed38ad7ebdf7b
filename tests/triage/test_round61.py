"""Round 61 (docs/accuracy.md): an IDE's "exit code 137 (interrupted by signal 9: SIGKILL)" in any language is a
kill; a compiled op's "undefined symbol" told through TensorFlow's NotFoundError is the environment, as the dynamic
linker's own words are; bash reading a script saved with Windows line ends; a class's metaclass keyword refused as
invalid syntax is an older Python running newer code. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "line",
    [
        "进程已结束，退出代码为 137 (interrupted by signal 9:SIGKILL)",
        "Prozess beendet mit Exitcode 137 (interrupted by signal 9: SIGKILL)",
        "Process finished with exit code 137 (interrupted by signal 9: SIGKILL)",
    ],
)
def test_an_ides_sigkill_line_in_any_language_is_a_kill(line):
    r = root("epoch 3: 41%|####      | 410/1000\n" + line + "\n")
    assert (r.kind, r.category, r.exception) == ("runtime", "environment", "LauncherExit")


def test_a_compiled_ops_undefined_symbol_through_tensorflows_loader_is_the_environment():
    r = root(
        "tensorflow.python.framework.errors_impl.NotFoundError: /home/ana/grasp/ops/sampling/tf_sampling_so.so: "
        "undefined symbol: _ZN10tensorflow14kernel_factory17OpKernelRegistrar12InitInternal\n"
    )
    assert (r.kind, r.category) == ("runtime", "environment")


def test_bash_reading_windows_line_ends_is_the_environment():
    text = "".join(f"experiments/train.sh: line {n}: $'\\r': command not found\n" for n in (2, 5, 7))
    r = root(text)
    assert (r.kind, r.category, r.exception) == ("runtime", "environment", "ShellError")


def test_a_metaclass_keyword_refused_as_invalid_syntax_is_an_older_python():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/ana/music/midi/events.py", line 3\n'
        "    class AbstractEvent(object, metaclass=AutoRegister):\n"
        "                                         ^\n"
        "SyntaxError: invalid syntax\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


def test_frames_in_a_habitat_checkout_are_the_librarys():
    from .conftest import traceback_text

    text = traceback_text(
        "AttributeError: 'CN' object has no attribute 'TYPE'",
        ("agent.py", "main", "challenge = habitat.Challenge()"),
        ("/habitat-api/habitat/core/challenge.py", "__init__", "super().__init__(config_paths)"),
        ("/habitat-api/habitat_baselines/rl/ppo/policy.py", "act", "features = self.net(obs)"),
        ("/opt/env/lib/python3.6/site-packages/yacs/config.py", "__getattr__", "raise AttributeError(name)"),
    )
    assert (root(text).frame.file, root(text).frame.line) == ("agent.py", 10)
