"""Round 80 (docs/accuracy.md, after sets IE-IH): audioread's NoBackendError -- none of its decoders (ffmpeg,
GStreamer) is installed for the file's format -- is the environment's; and a log or a writer saying the loss "turns
into NaN" / "went to inf" is the monitor's NaN/inf flag in the same answer. Texts written for this project."""

from __future__ import annotations

import pytest

from trainerd.monitor import flags_for_text

from .conftest import triage_root as root


def test_audioreads_no_backend_is_the_environments():
    text = (
        "Traceback (most recent call last):\n"
        '  File "prep/extract_feats.py", line 33, in <module>\n'
        "    y, sr = librosa.load(path, sr=22050)\n"
        '  File "/opt/env/lib/python3.9/site-packages/audioread/__init__.py", line 116, in audio_open\n'
        "    raise NoBackendError()\n"
        "audioread.exceptions.NoBackendError\n"
    )
    assert (root(text).kind, root(text).category) == ("runtime", "environment")


@pytest.mark.parametrize(
    "line",
    [
        "epoch 7: the loss turns into NaN and stays there",
        "after warmup the val loss went to inf",
        "loss goes to nan",
    ],
)
def test_a_loss_said_to_turn_nan_is_flagged(line):
    assert "nan_inf" in [f.kind for f in flags_for_text(line + "\n")]


def test_guard_a_loss_that_goes_to_a_number_is_not_flagged():
    assert "nan_inf" not in [f.kind for f in flags_for_text("the loss goes to 0.31 by epoch 3\n")]
