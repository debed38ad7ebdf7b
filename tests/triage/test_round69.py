"""Round 69 (docs/accuracy.md, before sets GU-GX): more well-known libraries are known as never the repository's own
module (GPyTorch, BoTorch, fastText, faster-whisper, torchsparse, TensorFlow 2.0's tensorflow_core...), so a name their
installed release lacks is the environment's. A name a well-known package cannot give, told with no path ("cannot import
name 'x' from 'flax.linen'"), is the environment's too, like "module 'x' has no attribute" (the field corpus labelled
that shape environment 8 times and import_error 4); not where the message shows the package is the repository's own
copy. (With the installed package's path in site-packages it stays import_error: 12 labelled so, 10 environment.)
Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "module",
    [
        "botorch.acquisition",
        "gpytorch.settings",
        "tensorflow_core._api.v2.nn",
        "faster_whisper",
        "torchsparse.nn",
    ],
)
def test_a_name_a_well_known_librarys_installed_release_lacks_is_the_environment(module):
    text = (
        "Traceback (most recent call last):\n"
        '  File "fit_surrogate.py", line 27, in <module>\n'
        f"    step = {module}.make_step(model)\n"
        f"AttributeError: module '{module}' has no attribute 'make_step'\n"
    )
    r = root(text)
    assert (r.kind, r.category, r.exception) == ("runtime", "environment", "AttributeError")


def test_a_name_an_installed_package_cannot_give_is_the_environment():
    text = (
        "Traceback (most recent call last):\n"
        '  File "speech/train.py", line 9, in <module>\n'
        "    from flax.linen.attention import fused_attention_weights\n"
        "ImportError: cannot import name 'fused_attention_weights' from 'flax.linen.attention'\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")


def test_guard_a_name_the_repositorys_own_copy_of_a_package_lacks_is_not_the_environment():
    text = (
        "Traceback (most recent call last):\n"
        '  File "tools/train.py", line 14, in <module>\n'
        "    from mmdet.utils import build_lane_logger\n"
        "ImportError: cannot import name 'build_lane_logger' from 'mmdet.utils' "
        "(/home/ana/lanes/mmdet/utils/__init__.py)\n"
    )
    assert root(text).category != "environment"
