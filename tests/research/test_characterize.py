"""Characterization (goal keep): cases recorded by running the current code in the runner subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.research.conftest import run_pytest, trainerd
from trainerd.errors import TrainerError
from trainerd.research.synthesize import synthesize


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_pure_function_without_tests_gets_a_suite_that_catches_a_change(shop: Path):
    result = synthesize(shop / "textutil.py", "normalize", hypothesis_cases=30)
    assert result.state == "pending_approval", result.reasons
    origins = result.counts["by_origin"]
    assert origins["doctest"] == 1 and origins["boundary"] >= 5 and origins["constant"] >= 1
    test_file = Path(result.test_file_absolute)
    train = rows(shop / result.files["train"])
    val = rows(shop / result.files["val"])
    assert len(train) + len(val) == sum(origins.values()) and val
    assert all(r["scoring"] == "exact_match" and {"input", "expected"} <= set(r) for r in train + val)
    doctest_row = next(r for r in train + val if r["origin"] == "doctest")
    assert doctest_row["input"] == {"args": ["  Hello   World ", 20], "kwargs": {}}
    assert doctest_row["expected"] == "hello world"
    assert result.determinism["deterministic"] and result.determinism["failing"] == []
    # nothing written into the user's project outside the trainer workspace
    assert not [n for n in (".hypothesis", ".coverage", ".pytest_cache") if (shop / n).exists()]

    passing = run_pytest(test_file, shop)
    assert passing.returncode == 0, passing.stdout[-2000:]
    # a deliberately changed version: upper-case instead of lower-case
    source = shop / "textutil.py"
    source.write_text(source.read_text().replace(".lower()", ".upper()"))
    failing = run_pytest(test_file, shop)
    assert failing.returncode == 1
    assert "test_case[" in failing.stdout and " failed" in failing.stdout


def test_the_generated_file_is_one_table_of_literals(shop: Path):
    result = synthesize(shop / "textutil.py", "normalize", hypothesis_cases=30)
    text = Path(result.test_file_absolute).read_text()
    # one parametrize table named after the parameters, a row per case, plain Python literals
    assert "@pytest.mark.parametrize(\n    ('text', 'width', 'expected'),\n" in text
    assert (
        "pytest.param('  Hello   World ', 20, 'hello world', id='case-0001'),  # doctest: docstring line 3"
        in text
    )
    assert "from textutil import normalize" in text
    assert "check(lambda: normalize(text, width), expected)" in text
    # no encoding machinery: the rows are the values themselves
    assert "decode(" not in text and "encode(" not in text and "__tuple__" not in text
    rows_shown = [line for line in text.splitlines() if line.strip().startswith("pytest.param(")]
    assert len(rows_shown) == sum(result.counts["by_origin"].values())
    assert len(text.splitlines()) - len(rows_shown) < 110
    # the header says how the rows were chosen
    assert "Chosen from" in text and "arcs" in text


def test_cases_are_chosen_for_the_branches_and_catch_an_off_by_one(shop: Path):
    result = synthesize(shop / "pricing.py", "apply_discount", hypothesis_cases=30)
    assert result.state == "pending_approval", result.reasons
    recorded = rows(shop / result.files["train"]) + rows(shop / result.files["val"])
    percents = {r["input"]["args"][1] for r in recorded if len(r["input"]["args"]) == 2}
    # the constants the code compares with, and their neighbours, on both sides of each edge
    assert {-1, 0, 100, 101} <= percents
    raised = [r for r in recorded if isinstance(r["expected"], dict) and "__raises__" in r["expected"]]
    returned = [r for r in recorded if r not in raised]
    assert raised and returned
    # chosen, not all candidates: drawn inputs down a path already covered are mostly dropped
    assert result.counts["by_origin"].get("hypothesis", 0) <= 6
    test_file = Path(result.test_file_absolute)
    assert run_pytest(test_file, shop).returncode == 0
    source = shop / "pricing.py"
    source.write_text(source.read_text().replace("percent > 100", "percent >= 100"))
    assert run_pytest(test_file, shop).returncode == 1


def test_call_sites_give_the_argument_shapes(shop: Path):
    result = synthesize(shop / "pricing.py", "apply_discount", hypothesis_cases=20)
    assert result.state == "pending_approval", result.reasons
    all_rows = rows(shop / result.files["train"]) + rows(shop / result.files["val"])
    from_site = [r for r in all_rows if r["origin"] == "call_site"]
    assert sorted((json.dumps(r["input"]), r["expected"], r["source"]) for r in from_site) == [
        (
            '{"args": [19.99, 10], "kwargs": {}}',
            17.99,
            "checkout.py:8 (expressions taken from checkout.py:12)",
        ),
        ('{"args": [19.99, 25], "kwargs": {}}', 14.99, "checkout.py:12"),
        (
            '{"args": [19.99], "kwargs": {"percent": 15}}',
            16.99,
            "checkout.py:16 (expressions taken from checkout.py:12)",
        ),
    ]
    from_dataset = [r for r in all_rows if r["origin"] == "dataset"]
    assert {json.dumps(r["input"]["args"]) for r in from_dataset} == {"[100.0, 10]", "[50.0, 0]"}
    generated = [r for r in all_rows if r["origin"] == "hypothesis"]
    # hypothesis drew (float, int) pairs: the shapes seen at the call site
    assert generated and all(
        isinstance(r["input"]["args"][0], float) and type(r["input"]["args"][1]) is int for r in generated
    )
    raised = [r for r in all_rows if isinstance(r["expected"], dict) and "__raises__" in r["expected"]]
    assert raised and all(r["expected"]["__raises__"] == "ValueError" for r in raised)
    # mixed calls (a kwarg in one row) make the table use args/kwargs columns
    text = Path(result.test_file_absolute).read_text()
    assert "('args', 'kwargs', 'expected')" in text
    assert "pytest.param((19.99,), {'percent': 15}, 16.99, id=" in text


def test_side_effecting_function_is_refused_with_the_reason(shop: Path):
    result = synthesize(shop / "effects.py", "jitter")
    assert result.state == "refused"
    assert result.reasons == ["line 13: random.random: randomness (random)"]
    assert result.test_file is None
    assert not list((shop / ".trainer-workspace" / "effects").rglob("test_*.py"))
    cli = trainerd("synthesize", "effects.py::load_limit", cwd=shop)
    assert cli.returncode == 1
    assert "refused" in cli.stdout and "file I/O (open)" in cli.stdout


def test_inputs_that_touch_the_disk_are_skipped_with_the_reason(shop: Path):
    # routing.resolve's I/O lives in another module: only running it shows which inputs read files
    result = synthesize(shop / "routing.py", "resolve", hypothesis_cases=10)
    assert result.state == "pending_approval", result.reasons
    skipped = {
        s["input"]["args"][0]: s["reason"] for s in result.skipped if s.get("source") == "routing.py:11"
    }
    assert skipped == {
        "/etc/hostname": "side effect during the call: file I/O: open('/etc/hostname', 'r')",
        "/etc/os-release": "side effect during the call: file I/O: open('/etc/os-release', 'r')",
    }
    recorded = rows(shop / result.files["train"]) + rows(shop / result.files["val"])
    assert {"args": ["home"], "kwargs": {}} in [r["input"] for r in recorded]
    assert all(not str(r["input"]["args"][0]).startswith("/") for r in recorded)


def test_unserializable_outputs_are_refused_and_stable_reprs_kept(shop: Path):
    refused = synthesize(shop / "shapes.py", "boxed", hypothesis_cases=5)
    assert refused.state == "refused"
    assert any("Box has no stable form: its repr shows a memory address" in r for r in refused.reasons)
    kept = synthesize(shop / "shapes.py", "corners", hypothesis_cases=5)
    assert kept.state == "pending_approval", kept.reasons
    row = rows(shop / kept.files["train"])[0]
    n = row["input"]["args"][0]
    assert row["expected"] == {
        "__tuple__": [
            {"__tuple__": [n, -n]},
            {"__set__": sorted([n, n + 1])},
            {"__repr__": f"Point(x={n}, y={n})"},
        ]
    }
    assert run_pytest(Path(kept.test_file_absolute), shop).returncode == 0


def test_a_target_that_cannot_be_imported_is_a_clear_error(shop: Path):
    with pytest.raises(
        TrainerError,
        match="cannot import broken.area: ModuleNotFoundError: No module named 'not_installed_anywhere'",
    ):
        synthesize(shop / "broken.py", "area")
    cli = trainerd("synthesize", "broken.py::area", cwd=shop)
    assert cli.returncode == 2
    assert cli.stderr.startswith("trainerd: error: cannot import broken.area")


def test_bad_goal_is_refused_by_name(shop: Path):
    with pytest.raises(TrainerError) as info:
        synthesize(shop / "textutil.py", "normalize", goal="improve")
    assert info.value.field == "goal"


def test_inputs_that_exit_or_hang_are_skipped_with_the_reason(shop: Path):
    result = synthesize(shop / "limits.py", "double", hypothesis_cases=0, timeout_s=0.3)
    assert result.state == "pending_approval", result.reasons
    reasons = {s["input"]["args"][0]: s["reason"] for s in result.skipped if s.get("input")}
    assert reasons[-1] == "the call raised SystemExit(3)"
    assert reasons[2**31 - 1] == "timed out after 0.3 s"
    kept = [json.loads(x) for x in (shop / result.files["train"]).read_text().splitlines()] + [
        json.loads(x) for x in (shop / result.files["val"]).read_text().splitlines()
    ]
    pairs = {(r["input"]["args"][0], r["expected"]) for r in kept}
    # the loop's own constant and its neighbours: 1000 still returns, 1001 never does
    assert {(0, 0), (1, 2), (1000, 2000)} <= pairs and all(0 <= n <= 1000 for n, _ in pairs)
    assert reasons[1001] == "timed out after 0.3 s"


def test_inputs_that_only_crash_are_findings_not_expected_behaviour(shop: Path):
    (shop / "names.py").write_text(
        "def initials(name: str) -> str:\n"
        "    if not name:\n"
        "        raise ValueError('empty name')\n"
        "    return ''.join(part[0] for part in name.split(' '))\n"
    )
    (shop / "people.py").write_text("from names import initials\n\nADA = initials('Ada Lovelace')\n")
    result = synthesize(shop / "names.py", "initials", hypothesis_cases=30)
    assert result.state == "pending_approval", result.reasons
    recorded = rows(shop / result.files["train"]) + rows(shop / result.files["val"])
    raised = {r["expected"]["__raises__"] for r in recorded if isinstance(r["expected"], dict)}
    assert raised == {"ValueError"}  # its own domain error stays a case; IndexError on "a  b" does not
    crashes = [s for s in result.skipped if s["reason"].startswith("crash-only input: IndexError")]
    assert crashes and all(s["origin"] in ("boundary", "constant", "hypothesis") for s in crashes)
    assert any(r["origin"] == "call_site" and r["expected"] == "AL" for r in recorded)
