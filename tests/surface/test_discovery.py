"""Tests found as pytest finds them: its configuration, re-exports, relative imports, instances, callees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from trainerd.surface import tests_for_target as find_tests
from trainerd.surface.candidates import ProjectIndex
from trainerd.surface.pytestconfig import find_config, project_root


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


LIBRARY = {
    "inventory/__init__.py": "from .stock import Shelf, count_items\nfrom . import pricing\n",
    "inventory/stock.py": (
        "from .pricing import unit_price\n\n\n"
        "def _normalise(name):\n    return name.strip().lower()\n\n\n"
        "def count_items(items):\n    return len([_normalise(i) for i in items])\n\n\n"
        "class Shelf:\n"
        "    def __init__(self):\n        self.items = []\n        self.ledger = Ledger()\n\n"
        "    def put(self, name):\n        self.items.append(_normalise(name))\n        self.ledger.record(name)\n\n"
        "    def value(self):\n        return sum(unit_price(i) for i in self.items)\n\n\n"
        "class Ledger:\n"
        "    def __init__(self):\n        self.lines = []\n\n"
        "    def record(self, name):\n        self.lines.append(name)\n"
    ),
    "inventory/pricing.py": "def unit_price(name):\n    return 2 if name.startswith('a') else 1\n\n\ndef unused():\n    return 0\n",
}


def test_reexports_relative_imports_instances_and_callees(tmp_path: Path):
    root = write(
        tmp_path / "proj",
        {
            **LIBRARY,
            "pyproject.toml": "[project]\nname = 'inventory'\n",
            "inventory/tests/__init__.py": "",
            "inventory/tests/test_count.py": (
                "from .. import count_items\n\n\ndef test_count():\n    assert count_items([' A ']) == 1\n"
            ),
            "tests/test_shelf.py": (
                "from inventory import Shelf\n\n\n"
                "class TestShelf:\n"
                "    def setup_method(self):\n        self.shelf = Shelf()\n\n"
                "    def test_value(self):\n        self.shelf.put('apple')\n        assert self.shelf.value() == 2\n"
            ),
            "tests/test_unit.py": (
                "import unittest\n\nimport inventory\n\n\n"
                "class PricingCase(unittest.TestCase):\n"
                "    def test_price(self):\n        self.assertEqual(inventory.pricing.unit_price('b'), 1)\n"
            ),
        },
    )
    stock, pricing = root / "inventory" / "stock.py", root / "inventory" / "pricing.py"
    assert find_tests(root, stock, "count_items") == ["inventory/tests/test_count.py::test_count"]
    assert find_tests(root, stock, "Shelf.put") == ["tests/test_shelf.py::TestShelf::test_value"]
    # reached through Shelf.put (an attribute set in __init__) and through count_items
    assert find_tests(root, stock, "Ledger.record") == ["tests/test_shelf.py::TestShelf::test_value"]
    assert find_tests(root, stock, "_normalise") == [
        "inventory/tests/test_count.py::test_count",
        "tests/test_shelf.py::TestShelf::test_value",
    ]
    assert find_tests(root, pricing, "unit_price") == [
        "tests/test_unit.py::PricingCase::test_price",  # named directly, through the package attribute
        "tests/test_shelf.py::TestShelf::test_value",  # two calls deep
    ]
    assert find_tests(root, pricing, "unused") == []
    index = ProjectIndex(root)
    index.refresh()
    assert index.distances(stock, "_normalise") == {
        "inventory/tests/test_count.py::test_count": 1,
        "tests/test_shelf.py::TestShelf::test_value": 1,
    }
    # every id pytest itself collects, and nothing else
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout.splitlines()
    assert sorted(t.node_id for t in index.test_items()) == sorted(line for line in collected if "::" in line)


def test_the_pytest_configuration_decides_what_is_a_test(tmp_path: Path):
    root = write(
        tmp_path / "proj",
        {
            **LIBRARY,
            "setup.cfg": (
                "[tool:pytest]\ntestpaths = checks\npython_files = test.py check*.py\n"
                "python_classes = Describe\npython_functions = it_ should_\nnorecursedirs = fixtures\n"
            ),
            "checks/test.py": "from inventory.stock import count_items\n\n\ndef it_counts():\n    count_items([])\n",
            "checks/checkshelf.py": (
                "from inventory.stock import Shelf\n\n\n"
                "class DescribeShelf:\n    def should_hold(self):\n        Shelf().put('x')\n\n"
                "    def helper(self):\n        Shelf().value()\n"
            ),
            "checks/fixtures/check_old.py": "from inventory.stock import Shelf\n\n\ndef it_is_ignored():\n    Shelf().value()\n",
            "tests/test_elsewhere.py": "from inventory.stock import Shelf\n\n\ndef test_out():\n    Shelf().value()\n",
        },
    )
    config = find_config(root / "inventory")
    assert config.rootdir == root and config.testpaths == ["checks"]
    stock = root / "inventory" / "stock.py"
    assert find_tests(root, stock, "count_items") == ["checks/test.py::it_counts"]
    assert find_tests(root, stock, "Shelf.put") == ["checks/checkshelf.py::DescribeShelf::should_hold"]
    assert find_tests(root, stock, "Shelf.value") == []  # only outside testpaths, in a helper, or ignored
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout.splitlines()
    index = ProjectIndex(root)
    index.refresh()
    assert sorted(t.node_id for t in index.test_items()) == sorted(line for line in collected if "::" in line)


def test_pythonpath_src_layout_and_doctest_modules(tmp_path: Path):
    root = write(
        tmp_path / "proj",
        {
            "pytest.ini": "[pytest]\npythonpath = src\naddopts = --doctest-modules\ntestpaths = tests src\n",
            "src/tally.py": (
                "def add(a, b):\n    '''Sum.\n\n    >>> add(1, 2)\n    3\n    '''\n    return a + b\n\n\n"
                "def twice(x):\n    return add(x, x)\n"
            ),
            "tests/test_tally.py": "from tally import twice\n\n\ndef test_twice():\n    assert twice(2) == 4\n",
        },
    )
    tally = root / "src" / "tally.py"
    assert find_tests(root, tally, "add") == ["src/tally.py::tally.add", "tests/test_tally.py::test_twice"]
    assert find_tests(root, tally, "twice") == ["tests/test_tally.py::test_twice"]


def test_root_is_pytests_rootdir_and_never_above_the_editor_folder(tmp_path: Path):
    repo = write(
        tmp_path / "repo",
        {"pyproject.toml": "[tool.pytest.ini_options]\ntestpaths = ['tests']\n", "sub/pkg/mod.py": "x = 1\n"},
    )
    (repo / ".git").mkdir()
    assert project_root(repo / "sub" / "pkg" / "mod.py") == repo
    # an editor window on repo/sub: the walk stops at the window's folder
    assert project_root(repo / "sub" / "pkg" / "mod.py", boundary=repo / "sub") == repo / "sub"
    write(repo, {"sub/setup.py": ""})
    assert project_root(repo / "sub" / "pkg" / "mod.py") == repo  # an ini file beats a setup.py
    # node ids are re-based on the folder the caller runs pytest from
    write(
        repo,
        {
            "tests/test_mod.py": "from sub.pkg import mod\n\n\ndef test_x():\n    mod.f()\n",
            "sub/__init__.py": "",
            "sub/pkg/__init__.py": "",
            "sub/pkg/mod.py": "def f():\n    return 1\n",
        },
    )
    assert find_tests(repo, repo / "sub" / "pkg" / "mod.py", "f") == ["tests/test_mod.py::test_x"]


def test_names_bound_to_functions_and_a_mixin_helpers_self_attribute(tmp_path: Path):
    root = write(
        tmp_path / "proj",
        {
            "pyproject.toml": "[project]\nname = 'units'\n",
            "units/__init__.py": "from .legacy import to_metres, convert\n",
            "units/core.py": (
                "def to_metres(feet):\n    return feet * 0.3048\n\n\n"
                "def to_feet(metres):\n    return metres / 0.3048\n\n\n"
                "def scaled(factor):\n    return lambda x: x * factor\n"
            ),
            # the public names are wrappers bound at module level, a table of callables, a partial
            "units/legacy.py": (
                "import functools\n\nfrom . import core\n\n\n"
                "def warn_old(func):\n    return func\n\n\n"
                "to_metres = warn_old(core.to_metres)\n"
                "CONVERSIONS = {'feet': core.to_feet}\n"
                "convert = functools.partial(core.scaled, 2)\n"
            ),
            "tests/test_wrapped.py": (
                "import pytest\n\nfrom units import to_metres, convert\nfrom units.legacy import CONVERSIONS\n\n\n"
                "@pytest.mark.parametrize('fn, value', [(to_metres, 10)])\n"
                "def test_table(fn, value):\n    assert fn(value) > 0\n\n\n"
                "def test_lookup():\n    assert CONVERSIONS['feet'](1) > 3\n\n\n"
                "def test_partial():\n    assert convert()(1) == 2\n"
            ),
            # unittest-style: the mixin's helper reads a class attribute each concrete class sets
            "tests/test_mixin.py": (
                "import unittest\n\nimport units.core\n\n\n"
                "class ConverterMixin:\n"
                "    def convert(self, value):\n        return self.CONVERT(value)\n\n"
                "    def test_positive(self):\n        self.assertGreater(self.convert(3), 0)\n\n\n"
                "class MetresTest(unittest.TestCase, ConverterMixin):\n"
                "    CONVERT = staticmethod(units.core.to_metres)\n\n\n"
                "class FeetTest(unittest.TestCase, ConverterMixin):\n"
                "    CONVERT = staticmethod(units.core.to_feet)\n"
            ),
        },
    )
    core = root / "units" / "core.py"
    assert find_tests(root, core, "to_metres") == [
        "tests/test_mixin.py::MetresTest::test_positive",
        "tests/test_wrapped.py::test_table",
    ]
    assert find_tests(root, core, "to_feet") == [
        "tests/test_mixin.py::FeetTest::test_positive",
        "tests/test_wrapped.py::test_lookup",
    ]
    assert find_tests(root, core, "scaled") == ["tests/test_wrapped.py::test_partial"]
    # the bindings are no tests: every id pytest collects, and nothing else
    index = ProjectIndex(root)
    index.refresh()
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout.splitlines()
    assert sorted(t.node_id for t in index.test_items()) == sorted(
        {line.split("[")[0] for line in collected if "::" in line}  # parametrized: the function's id
    )
