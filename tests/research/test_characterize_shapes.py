"""Characterization of methods, classes, coroutines and generators, with the project's own test inputs."""

from __future__ import annotations

import json
from pathlib import Path

from tests.research.conftest import run_pytest
from trainerd.research.synthesize import synthesize


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def recorded(shop: Path, result) -> list[dict]:
    return rows(shop / result.files["train"]) + rows(shop / result.files["val"])


def test_a_method_runs_on_the_instances_the_tests_build_with_their_table(shop: Path):
    result = synthesize(shop / "money.py", "Money.split", hypothesis_cases=20)
    assert result.state == "pending_approval", result.reasons
    # tests/test_money.py builds Money(cents) and splits it with the values of its parametrize table
    from_tests = sorted(
        (r["input"]["init"]["args"][0], r["input"]["args"][0], r["expected"])
        for r in recorded(shop, result)
        if r["origin"] == "test"
    )
    assert from_tests == [
        (0, 4, [0, 0, 0, 0]),
        (5, 5, [1, 1, 1, 1, 1]),
        (7, 2, [4, 3]),
        (100, 3, [34, 33, 33]),
    ]
    text = Path(result.test_file_absolute).read_text()
    assert "('init', 'parts', 'expected')" in text
    assert "check(lambda: Money(*init).split(parts), expected)" in text
    assert "Raises('ValueError', 'the amount must be split in at least one part')" in text
    test_file = Path(result.test_file_absolute)
    assert run_pytest(test_file, shop).returncode == 0
    source = shop / "money.py"
    source.write_text(source.read_text().replace("if i < extra", "if i <= extra"))
    assert run_pytest(test_file, shop).returncode == 1


def test_an_instance_built_by_a_factory_and_a_whole_class(shop: Path):
    label = synthesize(shop / "money.py", "Money.label", hypothesis_cases=5)
    assert label.state == "pending_approval", label.reasons
    text = Path(label.test_file_absolute).read_text()
    assert "pytest.param(('12.5 USD',), 'parse', '12.50 USD', id=" in text  # Money.parse("12.5 USD").label()
    assert run_pytest(Path(label.test_file_absolute), shop).returncode == 0

    whole = synthesize(shop / "money.py", "Money", hypothesis_cases=10)
    assert whole.state == "pending_approval", whole.reasons
    cases = recorded(shop, whole)
    built = {r["input"]["init"]["args"][0]: r["expected"] for r in cases if not r["input"].get("method")}
    assert built[100] == {"cents": 100, "currency": "EUR"}
    assert built[-1] == {"__raises__": "ValueError", "message": "an amount cannot be negative"}
    assert {r["input"]["method"] for r in cases if r["input"].get("method")} == {"label"}
    test_file = Path(whole.test_file_absolute)
    assert run_pytest(test_file, shop).returncode == 0
    source = shop / "money.py"
    source.write_text(source.read_text().replace('currency: str = "EUR"', 'currency: str = "USD"'))
    assert run_pytest(test_file, shop).returncode == 1


def test_coroutines_run_to_completion_generators_are_drained_async_generators_refused(shop: Path):
    coroutine = synthesize(shop / "rates.py", "convert", hypothesis_cases=10)
    assert coroutine.state == "pending_approval", coroutine.reasons
    text = Path(coroutine.test_file_absolute).read_text()
    assert "check(lambda: asyncio.run(convert(cents, rate)), expected)" in text
    assert "Raises('ValueError', 'a rate must be positive')" in text
    assert run_pytest(Path(coroutine.test_file_absolute), shop).returncode == 0

    generator = synthesize(shop / "rates.py", "instalments", hypothesis_cases=10)
    assert generator.state == "pending_approval", generator.reasons
    values = {tuple(r["input"]["args"]): r["expected"] for r in recorded(shop, generator)}
    assert values[(1, 2)] == [0, 1]  # the yielded values, as a list
    # months=0 divides by zero: no raise of the module's own, a finding rather than a case
    assert any(s["reason"].startswith("crash-only input: ZeroDivisionError") for s in generator.skipped)
    assert run_pytest(Path(generator.test_file_absolute), shop).returncode == 0

    stream = synthesize(shop / "rates.py", "ticker")
    assert stream.state == "refused"
    assert stream.reasons == [
        "ticker is an async generator: its values arrive over time, there is no single result to record"
    ]


def test_arguments_the_tests_compute_at_run_time_are_recorded_when_the_brief_runs_them(shop: Path):
    # the test builds its (year, month) pairs in a helper: no literal reaches the call, no type hints
    result = synthesize(shop / "calendar_math.py", "days_in_month", hypothesis_cases=10)
    assert result.state == "pending_approval", result.reasons
    from_run = {
        tuple(r["input"]["args"]): r["expected"]
        for r in recorded(shop, result)
        if r["origin"] == "test" and r["source"].startswith("test run: tests/test_calendar_math.py::")
    }
    assert from_run[(1900, 2)] == 28 and from_run[(2000, 2)] == 29 and from_run[(1900, 4)] == 30
    test_file = Path(result.test_file_absolute)
    assert run_pytest(test_file, shop).returncode == 0
    source = shop / "calendar_math.py"
    source.write_text(source.read_text().replace("year % 400 == 0", "year % 400 != 0"))
    assert run_pytest(test_file, shop).returncode == 1


def test_dates_and_decimals_the_tests_pass_are_written_as_python_values(shop: Path):
    days = synthesize(shop / "calendar_math.py", "delivery_day", hypothesis_cases=5)
    assert days.state == "pending_approval", days.reasons
    text = Path(days.test_file_absolute).read_text()
    assert "import datetime\n" in text
    # Saturday 2026-12-05 waits for Monday
    assert "pytest.param(datetime.date(2026, 12, 5), 0, datetime.date(2026, 12, 7), id=" in text
    assert run_pytest(Path(days.test_file_absolute), shop).returncode == 0
    money = synthesize(shop / "calendar_math.py", "share", hypothesis_cases=5)
    assert money.state == "pending_approval", money.reasons
    text = Path(money.test_file_absolute).read_text()
    assert "from decimal import Decimal\n" in text
    assert "pytest.param(Decimal('10.00'), 3, Decimal('3.33'), id=" in text
    assert run_pytest(Path(money.test_file_absolute), shop).returncode == 0
    source = shop / "calendar_math.py"
    source.write_text(source.read_text().replace("weekday() >= 5", "weekday() > 5"))
    assert run_pytest(Path(days.test_file_absolute), shop).returncode == 1


def test_iterators_the_tests_pass_are_rebuilt_in_the_generated_file(shop: Path):
    # the tests pass range(10), count(5) (endless) and iter("ab"): recorded as their first items
    result = synthesize(shop / "streams.py", "first", hypothesis_cases=10)
    assert result.state == "pending_approval", result.reasons
    from_run = {
        json.dumps(r["input"]["args"]): r["expected"] for r in recorded(shop, result) if r["origin"] == "test"
    }
    assert from_run[json.dumps([3, {"__range__": [0, 10, 1]}])] == [0, 1, 2]
    assert from_run[json.dumps([2, {"__iter__": list(range(5, 105))}])] == [5, 6]
    assert from_run[json.dumps([5, {"__iter__": ["a", "b"]}])] == ["a", "b"]
    test_file = Path(result.test_file_absolute)
    text = test_file.read_text()
    assert "range(0, 10)" in text and "Iter(['a', 'b'])" in text
    assert "    items = fresh(items)\n" in text  # a new iterator on every run of the table
    assert "trainerd" not in text.split('"""', 2)[2]  # nothing of trainerd beyond the docstring
    assert run_pytest(test_file, shop).returncode == 0
    source = shop / "streams.py"
    source.write_text(source.read_text().replace("len(out) >= n", "len(out) > n"))
    assert run_pytest(test_file, shop).returncode == 1


def test_an_input_that_needs_too_much_memory_costs_only_that_case(shop: Path, monkeypatch):
    import trainerd.research.characterize as characterize_module

    monkeypatch.setattr(characterize_module, "MEMORY_MB", 64)  # the limit above the runner's own use
    result = synthesize(shop / "streams.py", "blank_pages", hypothesis_cases=5)
    assert result.state == "pending_approval", result.reasons
    kept = {tuple(r["input"]["args"]) for r in recorded(shop, result)}
    assert (2,) in kept and (200,) not in kept
    reasons = {
        json.dumps(s.get("input", {}).get("args")): s["reason"] for s in result.skipped if s.get("input")
    }
    assert reasons["[200]"] == "ran out of memory: the call needed more than 64 MiB"
    assert run_pytest(Path(result.test_file_absolute), shop).returncode == 0


def test_an_input_that_takes_the_process_down_is_left_out_and_the_others_kept(shop: Path):
    # progress(_, 0) aborts the process (SIGABRT) as native code can: the runner restarts without it
    result = synthesize(shop / "streams.py", "progress", hypothesis_cases=5)
    assert result.state == "pending_approval", result.reasons
    kept = recorded(shop, result)
    assert {"args": [1, 4], "kwargs": {}} in [r["input"] for r in kept]
    assert all(r["input"]["args"][1] != 0 for r in kept)
    died = [s for s in result.skipped if "took the runner process down" in s["reason"]]
    assert died and all(s["input"]["args"][1] == 0 for s in died)
    assert "killed by SIGABRT" in died[0]["reason"]
    assert run_pytest(Path(result.test_file_absolute), shop).returncode == 0


def test_parameters_left_at_their_default_are_varied_too(shop: Path):
    # the tests never pass `step`: its own constant's neighbours (0, 2) and int edges are tried
    result = synthesize(shop / "streams.py", "chunks", hypothesis_cases=5)
    assert result.state == "pending_approval", result.reasons
    steps = {r["input"]["kwargs"].get("step") for r in recorded(shop, result)}
    assert {0, 2} <= steps
    test_file = Path(result.test_file_absolute)
    assert run_pytest(test_file, shop).returncode == 0
    source = shop / "streams.py"
    source.write_text(source.read_text().replace("if step < 1:", "if step < 0:"))
    assert run_pytest(test_file, shop).returncode == 1  # step=0 now fails inside range(): another message


def test_an_edge_input_is_kept_though_its_result_is_long(shop: Path):
    # ruler(2**31 - 1) times out; ruler(200)-sized results are long; the constant 10's neighbours and the
    # edges give results of 300+ characters that still tell a changed tick rule apart
    result = synthesize(shop / "streams.py", "ruler", hypothesis_cases=5)
    assert result.state == "pending_approval", result.reasons
    kept = recorded(shop, result)
    assert any(isinstance(r["expected"], str) and len(r["expected"]) > 300 for r in kept)
    test_file = Path(result.test_file_absolute)
    assert run_pytest(test_file, shop).returncode == 0
    source = shop / "streams.py"
    source.write_text(source.read_text().replace("str(i // 10 % 10)", "str(i // 10)"))
    assert run_pytest(test_file, shop).returncode == 1  # shows only past column 100


def test_a_factory_is_characterized_by_what_the_functions_it_returns_do(shop: Path):
    # the tests call what compose([...]) returns on 812: every recorded case calls its result on that
    result = synthesize(shop / "pipeline.py", "compose", hypothesis_cases=5)
    assert result.state == "pending_approval", result.reasons
    by_steps = {json.dumps(r["input"]["args"]): r["expected"] for r in recorded(shop, result)}
    assert by_steps[json.dumps([[]])] == {"__calls__": [812]}
    steps = [
        {"__callable__": f"{m}:{f}"}
        for m, f in [("builtins", "str"), ("builtins", "len"), ("_operator", "neg")]
    ]
    assert by_steps[json.dumps([steps])] == {"__calls__": [-3]}
    test_file = Path(result.test_file_absolute)
    text = test_file.read_text()
    assert "THEN = [\n    ((812,), {}),\n]" in text
    assert "check(lambda: called(compose(steps)), expected)" in text
    assert "trainerd" not in text.split('"""', 2)[2]
    assert run_pytest(test_file, shop).returncode == 0
    source = shop / "pipeline.py"
    original = source.read_text()
    source.write_text(original.replace("for step in steps:", "for step in steps[1:]:"))
    assert run_pytest(test_file, shop).returncode == 1

    grams = synthesize(shop / "pipeline.py", "to_grams", hypothesis_cases=5)
    assert grams.state == "pending_approval", grams.reasons
    by_unit = {r["input"]["args"][0]: r["expected"] for r in recorded(shop, grams)}
    assert by_unit["kg"] == {"__calls__": [2500.0]} and by_unit["mg"] == {"__calls__": [0.0025]}
    test_file = Path(grams.test_file_absolute)
    assert run_pytest(test_file, shop).returncode == 0
    source.write_text(original.replace("amount / 1000", "amount / 1001"))
    assert run_pytest(test_file, shop).returncode == 1


def test_sequence_lengths_around_the_numbers_of_the_call_are_tried(shop: Path):
    # the tests only page 4 items by 2: a rounding change shows on 3 or 5 items, a keep_every one on 2+
    result = synthesize(shop / "streams.py", "pages", hypothesis_cases=5)
    assert result.state == "pending_approval", result.reasons
    test_file = Path(result.test_file_absolute)
    assert run_pytest(test_file, shop).returncode == 0
    source = shop / "streams.py"
    original = source.read_text()
    for mutant in ("per_page - 2) //", "range(0, count, keep_every * keep_every)"):
        old = "per_page - 1) //" if mutant.startswith("per_page") else "range(0, count, keep_every)"
        source.write_text(original.replace(old, mutant))
        assert run_pytest(test_file, shop).returncode == 1, mutant

    # the tests only pass a list: the same items as an iterator take the other path
    result = synthesize(shop / "streams.py", "batches", hypothesis_cases=5)
    assert result.state == "pending_approval", result.reasons
    test_file = Path(result.test_file_absolute)
    source.write_text(original)
    assert run_pytest(test_file, shop).returncode == 0
    source.write_text(original.replace("if len(batch) == size:", "if len(batch) >= size + 1:"))
    assert run_pytest(test_file, shop).returncode == 1


def test_objects_the_tests_build_are_rebuilt_by_the_same_call(shop: Path):
    # verdict() takes Rule objects (a compiled pattern inside): the brief's test run saw them built
    result = synthesize(shop / "rules.py", "verdict", hypothesis_cases=5)
    assert result.state == "pending_approval", result.reasons
    secret = {"__new__": {"class": "rules:Rule", "args": ["secret.txt", False], "kwargs": {}}}
    inputs = [r["input"]["args"] for r in recorded(shop, result)]
    assert any(isinstance(args[0], list) and secret in args[0] and args[1] == "secret.txt" for args in inputs)
    test_file = Path(result.test_file_absolute)
    text = test_file.read_text()
    assert "Build('rules:Rule', 'secret.txt', False)" in text  # built anew for each run
    assert "trainerd" not in text.split('"""', 2)[2]
    assert run_pytest(test_file, shop).returncode == 0
    source = shop / "rules.py"
    source.write_text(source.read_text().replace("rule.allow, i", "rule.allow, i + 1"))
    assert run_pytest(test_file, shop).returncode == 1


def test_module_state_another_function_sets_is_recorded_with_each_case(shop: Path):
    # grouping_mark() takes no argument: what it returns depends on the style use_style() set
    result = synthesize(shop / "styles.py", "grouping_mark", hypothesis_cases=5)
    assert result.state == "pending_approval", result.reasons
    states = {json.dumps(r["input"].get("state")): r["expected"] for r in recorded(shop, result)}
    assert states[json.dumps({"_ACTIVE.style": {"value": "de"}})] == "."
    assert states[json.dumps({"_ACTIVE.style": {}})] == ","  # not set yet
    test_file = Path(result.test_file_absolute)
    text = test_file.read_text()
    assert "{'_ACTIVE.style': UNSET}" in text and "{'_ACTIVE.style': None}" in text
    assert "check(lambda: with_state(state, lambda: grouping_mark()), expected)" in text
    assert run_pytest(test_file, shop).returncode == 0
    source = shop / "styles.py"
    source.write_text(
        source.read_text().replace("except (AttributeError, KeyError):", "except AttributeError:")
    )
    assert run_pytest(test_file, shop).returncode == 1  # the style reset to None now raises KeyError


def test_module_state_read_through_getattr_is_state_too():
    import ast

    from trainerd.research.evidence import module_state

    tree = ast.parse((Path(__file__).parent / "fixtures" / "shop" / "styles.py").read_text())
    assert module_state(tree, "decimal_mark") == ["_ACTIVE.style"]
    assert module_state(tree, "grouping_mark") == ["_ACTIVE.style"]
    assert module_state(tree, "use_style") == ["_ACTIVE.style"]  # returns the style reset_style() set
    assert module_state(tree, "reset_style") == []  # sets the state, reads nothing
