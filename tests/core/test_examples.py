"""The shipped examples are found where they live, inside this repository: the README's commands run
them in place, under the repository's own pytest settings (which skip examples/ when the repository's
suite is collected)."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainerd.optimize import tests_lookup
from trainerd.workspace.target import resolve_target

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("spec", "test_file"),
    [
        ("examples/buggy_median/stats.py::median", "examples/buggy_median/tests/test_stats.py"),
        ("examples/make_it_faster/primes.py", "examples/make_it_faster/tests"),
        ("examples/label_bundle/labels.py", "examples/label_bundle/tests"),
        ("examples/spam_model/spam.py", "examples/spam_model/tests"),
    ],
)
def test_each_example_finds_its_own_tests_in_place(spec: str, test_file: str):
    target = resolve_target(REPO / spec)
    found = tests_lookup.tests_for_target(target.repo_root, target.file, target.symbol)
    assert found, f"no tests found for {spec} inside the repository"
    assert all(str(p).startswith(str(REPO / test_file)) for p in found), found
