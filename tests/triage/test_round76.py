"""Round 76 (docs/accuracy.md, after sets HS-HV): a KeyError on an environment variable the run reads is the
environment's only when the machine, the scheduler or a launcher sets that variable (CUDA_HOME, HOME, MASTER_ADDR; not Slurm's own, round 125) or
it holds a service's credentials (WANDB_API_KEY, HF_TOKEN: the first corpus's sample); any other upper-case name read
from os.environ is the run's own setting, which its instructions have the user export: config_error, with no config
key proposed in its place (the field corpus: 2 such samples labelled config_error, the one SLURM sample environment).
Texts written for this project."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text

from .conftest import triage_root as root


def text(name: str) -> str:
    return (
        "Traceback (most recent call last):\n"
        '  File "tools/run_eval.py", line 28, in <module>\n'
        f'    bench = os.environ["{name}"]\n'
        '  File "/usr/lib/python3.8/os.py", line 675, in __getitem__\n'
        "    raise KeyError(key) from None\n"
        f"KeyError: '{name}'\n"
    )


def test_a_variable_the_run_was_to_export_is_its_configuration_and_no_key_is_guessed():
    r = root(text("BENCH_SUITE"))
    assert (r.kind, r.category) == ("runtime", "config_error")
    assert "environment variable" in r.explanation
    report = triage_text(text("BENCH_SUITE"))
    fix = report.errors[report.root_cause].fix
    assert "export BENCH_SUITE" in str(fix) and "config" not in str(fix)


@pytest.mark.parametrize("name", ["CUDA_HOME", "HOME", "WANDB_API_KEY", "HF_TOKEN", "MASTER_ADDR"])
def test_guard_a_variable_the_platform_sets_is_still_the_environment(name):
    assert root(text(name)).category == "environment"
