"""Round 136 (docs/accuracy.md, section 96, from the misses of sets YV-ZC): rendering without a usable OpenGL (EGL
refusing the display, MuJoCo's GLEW check and licence key) and an extension built for another Python (no PyInit_
function) are the environment; Python's "module 'x' has no attribute 'y'" printed by a handler without its class is
read as an AttributeError, and PyAV is a well-known package whose missing names are its release's; Hydra's config
group option it cannot find, told without its exception's name, is the configuration; a frozen app's bundled big
library ("torch\\nn\\...", "scipy\\io\\...") is not the app's own code. Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import framed_traceback as _tb
from .conftest import root_answer as _answer
from .conftest import triage_root as root


def test_egl_refusing_the_display_on_a_headless_node_is_the_environment():
    text = (
        "Our admins loaded mesa and glfw modules, then:\n\n"
        "python run_agent.py suite=walker_walk\n"
        "OpenGL.raw.EGL._errors.EGLError: EGLError(\n"
        "        err = EGL_NOT_INITIALIZED,\n"
        "        baseOperation = eglInitialize,\n"
        "        result = 0\n"
        ")\n"
    )
    assert _answer(text) == ("runtime", "environment")


@pytest.mark.parametrize(
    "said",
    [
        "Running the hopper example on the lab server only prints\n\nMUJOCO GLEW initalization error: Missing GL version\n",
        'sh: 1: Syntax error: "(" unexpected\nERROR: Invalid activation key\n\nWhat does this mean?\n',
    ],
)
def test_mujocos_own_rendering_and_licence_checks_are_the_environment(said):
    assert _answer(said) == ("runtime", "environment")


def test_an_extension_with_no_init_function_for_this_python_is_the_environment():
    text = _tb(
        ("eval/merge_boxes.py", 4, "<module>", "from geom import overlap"),
        exc="ImportError: dynamic module does not define module export function (PyInit__overlap)",
    )
    assert _answer(text) == ("runtime", "environment")


def test_a_module_attribute_error_printed_without_its_class_is_read():
    text = (
        "Evaluating the clip model on my videos prints this for every clip:\n\n"
        "decoder fallback, msg: module 'av' has no attribute 'AVError'\n"
        "skipping sample 0031: module 'av' has no attribute 'AVError'\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_a_repositorys_own_module_missing_an_attribute_is_not_claimed_as_the_environment():
    # control: the message is read, but a module that is no known package settles nothing
    text = "calling the scorer fails: module 'scoring_utils' has no attribute 'rank_boxes'\n"
    assert _answer(text) != ("runtime", "environment")


def test_hydras_missing_config_option_told_without_its_class_is_the_configuration():
    text = (
        "[Info] registered 4 tasks\n"
        "In 'train_walker': Could not find 'env/rough_terrain'\n\n"
        "Config search path:\n"
        "        provider=hydra, path=pkg://hydra.conf\n"
        "        provider=main, path=file:///home/u/walker/configs\n\n"
        "Set the environment variable HYDRA_FULL_ERROR=1 for a complete stack trace.\n"
    )
    assert _answer(text) == ("runtime", "config_error")


def test_a_frozen_apps_bundled_library_frame_is_not_taken_for_the_apps_own_code():
    text = (
        "[4410] Failed to execute script 'narrate' due to unhandled exception!\n"
        "Traceback (most recent call last):\n"
        '  File "narrate.py", line 88, in <module>\n'
        '  File "engine\\synth.py", line 41, in render\n'
        '  File "torch\\nn\\modules\\module.py", line 1501, in _call_impl\n'
        '  File "scipy\\io\\wavfile.py", line 766, in write\n'
        "OSError: [Errno 22] Invalid argument\n"
    )
    t = root(text)
    assert t.frame is not None and (t.frame.file, t.frame.line) == ("engine\\synth.py", 41)
