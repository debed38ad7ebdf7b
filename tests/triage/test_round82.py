"""Round 82 (docs/accuracy.md, after sets IM-IP): pack_padded_sequence given lengths on the GPU (PyTorch 1.7 on
wants them on the CPU) and a sampler generator on the MPS device are device mismatches; a logger's key/value table
("| loss | nan |", OpenAI's logger in guided-diffusion and baselines) is read by the monitor, so a pasted table of
NaN losses gets its flag. Texts written for this project."""

from __future__ import annotations

import pytest

from trainerd.monitor import flags_for_text
from trainerd.monitor.parse import parse_metrics

from .conftest import triage_root as root


@pytest.mark.parametrize(
    "line",
    [
        "RuntimeError: 'lengths' argument should be a 1D CPU int64 tensor, but got 1D cuda:0 Long tensor",
        "RuntimeError: Expected a 'mps' device type for generator but found 'cpu'",
    ],
)
def test_device_words_of_pytorchs_own_checks_are_device_mismatches(line):
    assert (root(line + "\n").kind, root(line + "\n").category) == ("runtime", "device_mismatch")


def test_a_loggers_table_of_nan_losses_is_flagged():
    table = (
        "---------------------------\n"
        "| grad_norm     | 0.914   |\n"
        "| loss          | nan     |\n"
        "| loss_q1       | nan     |\n"
        "| step          | 4.2e+04 |\n"
        "---------------------------\n"
    )
    assert "nan_inf" in [f.kind for f in flags_for_text(table)]
    assert parse_metrics("| loss          | 0.0731  |") == {"loss": 0.0731}


def test_guard_a_table_row_without_a_number_reads_nothing():
    assert parse_metrics("| rollout/           |          |") == {}
