"""The shared predicate: what optimizing file.py::symbol works on, and every reason it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainerd.surface import check_target, optimizable
from trainerd.surface.service import analyze_path

FIXTURES = Path(__file__).parent / "fixtures"


def params(name: str, symbol: str | None) -> list[tuple[str, str]]:
    return [(p.key, p.qualname) for p in check_target(FIXTURES / name, symbol).parameters]


def test_scope_is_exactly_the_target():
    assert params("spell_inherit.py", "Speaker.voice") == [("node:8", "Speaker.voice")]
    assert params("spell_inherit.py", "Announcer") == [
        ("node:8", "Speaker.voice"),
        ("code:Speaker.say", "Speaker.say"),
    ]
    assert params("spell_inherit.py", "Notebook.pages") == [
        ("node:42:22", "Notebook.pages[0]"),  # two calls on one line: the column tells them apart
        ("node:42:59", "Notebook.pages[1]"),
    ]
    assert params("spell_aliases.py", "Matcher") == [("node:44", "Matcher.rule")]
    assert params("spell_aliases.py", "THRESHOLD") == [("node:17", "THRESHOLD")]
    assert params("spell_from_opto.py", "SYSTEM") == [("node:4", "SYSTEM")]
    assert params("spell_from_opto.py", "_split") == [("code:_split", "_split")]


def test_the_whole_file_offers_every_trace_parameter_it_can_address():
    keys = [k for k, _ in params("spell_aliases.py", None)]
    assert keys == ["node:16", "node:17", "code:clean", "code:rank", "code:pick", "node:44"]


@pytest.mark.parametrize(
    ("symbol", "shape"),
    [
        ("Shelf.label", "staticmethod"),
        ("Shelf.empty", "classmethod"),
        ("Shelf.size", "property"),
        ("Shelf.fetch", "async"),
        ("load", "async"),
        ("aload", "async"),
    ],
)
def test_method_kinds_optimize_refuses_are_hard_refusals(symbol: str, shape: str):
    refusal = optimizable(FIXTURES / "kinds.py", symbol)
    assert refusal is not None and refusal.code == "target_unsupported" and refusal.names == [shape]
    assert refusal.message.startswith(f"`{symbol}` is ")
    assert refusal.fix


def test_plain_methods_and_classes():
    assert optimizable(FIXTURES / "kinds.py", "Shelf.count") is None
    assert params("kinds.py", "Shelf.count") == [("code:Shelf.count", "Shelf.count")]
    (plain_class,) = check_target(FIXTURES / "kinds.py", "Shelf").refusals
    assert plain_class.code == "surface_undefined" and "Shelf.count" in plain_class.fix
    (missing,) = check_target(FIXTURES / "kinds.py", "nothing").refusals
    assert missing.code == "surface_undefined" and "not a function" in missing.message


def test_elements_unnamed_nodes_and_notebooks_are_refused_with_the_way_out(tmp_path: Path):
    (element,) = check_target(FIXTURES / "spell_inherit.py", "Notebook.pages[0]").refusals
    assert element.names == ["container_element"] and "`Notebook.pages`" in element.fix
    (unnamed,) = check_target(FIXTURES / "spell_inherit.py", "Notebook.node@49:23").refusals
    assert unnamed.names == ["not_addressable"]
    (notebook,) = check_target(FIXTURES / "notebook.ipynb", "answer").refusals
    assert notebook.names == ["notebook"] and ".py module" in notebook.message
    broken = tmp_path / "broken.py"
    broken.write_text("def f(:\n")
    (syntax,) = check_target(broken, "f").refusals
    assert syntax.code == "surface_undefined" and "line 1" in syntax.message


def test_lens_follows_the_predicate(median_project: Path):
    (median_project / "kinds.py").write_text((FIXTURES / "kinds.py").read_text())
    (median_project / "tests" / "test_kinds.py").write_text(
        "from kinds import Shelf, load\n\n\n"
        "def test_shelf():\n"
        "    assert Shelf.label('a') == 'A' and Shelf().count([1]) == 1 and Shelf.empty() and Shelf().size == 3\n\n\n"
        "def test_load():\n"
        "    assert load\n"
    )
    analysis = analyze_path(median_project / "kinds.py")
    lens = {s.qualname: s.lens for s in analysis.surfaces if s.kind == "candidate"}
    assert lens == {
        "Shelf.label": False,
        "Shelf.empty": False,
        "Shelf.size": False,
        "Shelf.count": True,
        "load": False,
    }
    for s in analysis.surfaces:
        agrees = (optimizable(median_project / "kinds.py", s.qualname) is None) == s.lens
        assert agrees or not s.trainable and s.kind != "candidate", s.qualname
    label = next(s for s in analysis.surfaces if s.qualname == "Shelf.label")
    assert label.note.startswith("`Shelf.label` is a staticmethod")


def test_plain_candidates_get_breadth_and_state_checks(tmp_path: Path):
    (tmp_path / "pricing.py").write_text(
        "RATE = 0.2\n"
        "SEEN = {}\n"
        "counter = 0\n"
        "counter += 1\n\n\n"
        "def price(x):\n"
        "    global counter\n"
        "    counter = counter + 1\n"
        "    SEEN[x] = True\n"
        "    return x * (1 + RATE) + counter\n\n\n"
        "def tidy(x):\n"
        "    return round(x * RATE, 2)\n\n\n"
        "def long(x):\n" + "".join(f"    x = x + {i}\n" for i in range(70)) + "    return x\n"
    )
    check = check_target(tmp_path / "pricing.py", "price")
    (hidden,) = check.refusals
    assert hidden.code == "hidden_dependencies" and hidden.overridable and check.ok
    assert hidden.names == ["counter", "SEEN"]  # RATE is a constant: shown to the model, not a blocker
    assert [(g.name, g.constant) for g in check.reads.globals] == [
        ("counter", False),
        ("SEEN", False),
        ("RATE", True),
    ]
    assert check_target(tmp_path / "pricing.py", "tidy").refusals == []
    (broad,) = check_target(tmp_path / "pricing.py", "long").refusals
    assert (
        broad.code == "surface_too_broad" and "72 lines (more than 60)" in broad.message and broad.overridable
    )


def test_reads_name_helpers_of_the_file_and_of_the_project(tmp_path: Path):
    pkg = tmp_path / "shop"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "money.py").write_text("def cents(x):\n    return int(round(x * 100))\n")
    (pkg / "cart.py").write_text(
        "from .money import cents\n"
        "from shop.money import cents as to_cents\n"
        "import math\n\n"
        "TAX = 0.1\n\n\n"
        "def fmt(n):\n"
        "    return f'{n:.2f}'\n\n\n"
        "def total(items):\n"
        "    subtotal = sum(cents(p) for p in items) + to_cents(0)\n"
        "    return fmt(math.ceil(subtotal * (1 + TAX)) / 100)\n"
    )
    reads = check_target(pkg / "cart.py", "total").reads
    assert [(h.name, h.qualname, Path(h.file).name) for h in reads.helpers] == [
        ("cents", "cents", "money.py"),
        ("to_cents", "cents", "money.py"),
        ("fmt", "fmt", "cart.py"),
    ]
    assert reads.helpers[0].source == "def cents(x):\n    return int(round(x * 100))"
    assert [(g.name, g.source) for g in reads.globals] == [("TAX", "TAX = 0.1")]


def test_type_only_names_are_no_hidden_dependencies(tmp_path: Path):
    """A type alias read only by the type checker (``cast``'s type, an annotated assignment) changes
    nothing the function does: no refusal. A table it really reads still is one."""
    source = tmp_path / "shapes.py"
    source.write_text(
        "import typing\n"
        "from typing import cast\n"
        "\n"
        "Pair = typing.Tuple[str, int]\n"
        "SCALES = {'cm': 0.01, 'm': 1.0}\n"
        "\n"
        "\n"
        "class Ruler:\n"
        "    def label(self, item):\n"
        "        pair = typing.cast(Pair, item)\n"
        "        other: Pair = cast(Pair, pair)\n"
        "        return f'{other[0]}={other[1]}'\n"
        "\n"
        "    def to_metres(self, value, unit):\n"
        "        return value * SCALES[unit]\n"
    )
    assert [r.code for r in check_target(source, "Ruler.label").refusals] == []
    refused = check_target(source, "Ruler.to_metres").refusals
    assert [(r.code, r.names) for r in refused] == [("hidden_dependencies", ["SCALES"])]
