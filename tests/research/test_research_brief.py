"""Research: the brief gathers tests (static, then confirmed by coverage), call sites with their argument
shapes, doctests, type hints, nearby datasets and what is missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainerd.errors import TrainerError
from trainerd.research.brief import research


def test_brief_confirms_tests_by_coverage_and_lists_call_site_shapes(shop: Path):
    result = research(shop / "pricing.py", "apply_discount")
    brief = json.loads((shop / result.brief_json).read_text())
    # test_checkout.py never names apply_discount: found through checkout.sale_price, confirmed by running it
    assert brief["tests"]["static"] == ["tests/test_checkout.py::test_sale_price"]
    assert list(brief["tests"]["confirmed"]["tests"]) == ["tests/test_checkout.py::test_sale_price"]
    sites = {(s["file"], s["line"]): s for s in brief["call_sites"]}
    assert set(sites) == {("checkout.py", 8), ("checkout.py", 12), ("checkout.py", 16)}
    assert [a["shape"] for a in sites[("checkout.py", 12)]["args"]] == ["float", "int"]
    assert sites[("checkout.py", 12)]["literal"] is True
    assert sites[("checkout.py", 16)]["kwargs"]["percent"]["shape"] == "int"
    assert brief["datasets"] == [
        {
            "path": "tests/data/orders.jsonl",
            "size": brief["datasets"][0]["size"],
            "rows": 2,
            "keys": ["expected", "input"],
            "fits": True,
        }
    ]
    assert {m["artifact"] for m in result.missing} == {"train_dataset", "val_dataset", "eval_manifest"}
    assert not [n for n in (".coverage", ".pytest_cache") if (shop / n).exists()]
    md = (shop / result.brief_md).read_text()
    assert "checkout.py:12 in `sale_price`: (float, int)" in md


def test_brief_of_untested_function_names_the_missing_feedback_signal(shop: Path):
    result = research(f"{shop / 'textutil.py'}::normalize")
    brief = result.brief
    assert brief["tests"]["static"] == []
    assert brief["missing"][0]["artifact"] == "feedback_signal"
    assert "synthesize" in result.recommendation
    params = brief["definition"]["params"]
    assert [(p["name"], p["annotation"]) for p in params] == [("text", "str"), ("width", "int")]
    assert brief["definition"]["doctests"][0]["input"] == {"args": ["  Hello   World ", 20], "kwargs": {}}


def test_brief_is_reused_until_the_source_changes(shop: Path):
    first = research(shop / "textutil.py", "normalize")
    assert not first.reused
    assert research(shop / "textutil.py", "normalize").reused
    target = shop / "textutil.py"
    target.write_text(target.read_text() + "\n\ndef extra():\n    return 1\n")
    assert not research(shop / "textutil.py", "normalize").reused


def test_brief_lists_side_effects(shop: Path):
    brief = research(shop / "effects.py", "load_limit").brief
    assert [(e["what"], e["reason"]) for e in brief["side_effects"]] == [("open", "file I/O (open)")]
    assert brief["recommendation"].startswith("refuse characterization")


def test_research_needs_a_function(shop: Path):
    with pytest.raises(TrainerError, match="work on one function") as info:
        research(shop / "pricing.py")
    assert info.value.field == "target"


def test_research_goes_where_the_next_run_will_be(shop: Path):
    # an iteration an optimization run already used is not reused: the optimizer starts the next one
    ws = shop / ".trainer-workspace" / "textutil" / "iterations"
    (ws / "iteration-1" / "optimize").mkdir(parents=True)
    (ws / "iteration-1" / "optimize" / "run-state.json").write_text("{}")
    result = research(shop / "textutil.py", "normalize")
    assert (
        result.brief_json == ".trainer-workspace/textutil/iterations/iteration-2/research/research-brief.json"
    )
    # an iteration holding only research (no run yet) is the one to continue
    assert research(shop / "textutil.py", "normalize", reuse=False).brief_json == result.brief_json


def test_research_cli(shop: Path):
    from tests.research.conftest import trainerd

    out = trainerd("research", "textutil.py::normalize", "--json", cwd=shop)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["missing"][0]["artifact"] == "feedback_signal" and "brief" not in data
    people = trainerd("research", "textutil.py::normalize", cwd=shop)
    assert "reused: the source is unchanged" in people.stdout and "missing feedback_signal" in people.stdout
    bad = trainerd("research", "textutil.py", cwd=shop)
    assert bad.returncode == 2
    assert (
        bad.stderr
        == "trainerd: error: research and synthesize work on one function: name it as textutil.py::NAME\n"
    )
