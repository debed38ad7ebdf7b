"""An annotated assignment (``name: T = value``) binds its name as a plain one does, wherever a binding is read."""

from __future__ import annotations

import ast
from pathlib import Path

from trainerd.research.evidence import describe_definition, find_definition
from trainerd.surface.discovery import parse_module
from trainerd.training.runconfig import python_assignments

SOURCE = """\
import functools

THRESHOLD: float = 0.25
plain = 3


class Holder:
    limit: int = 8
    cache: functools.partial = functools.partial(print)

    def use(self):
        return self.limit
"""


def test_a_module_or_class_level_annotated_name_is_found_as_its_definition():
    tree = ast.parse(SOURCE)
    node = find_definition(tree, "THRESHOLD")
    assert isinstance(node, ast.AnnAssign) and node.lineno == 3
    assert find_definition(tree, "Holder.limit").lineno == 8
    assert find_definition(tree, "plain").lineno == 4
    described = describe_definition(SOURCE, tree, "THRESHOLD")
    assert described is not None and described.kind == "assignment" and described.lines == (3, 3)
    assert find_definition(tree, "missing") is None


def test_a_config_files_annotated_literals_are_read():
    assert python_assignments("batch_size: int = 12\nlr = 3e-4\nname: str\n") == {
        "batch_size": 12,
        "lr": 3e-4,
    }


def test_a_class_level_annotated_instance_gives_the_attributes_type(tmp_path: Path):
    module = parse_module(tmp_path / "holder.py", "holder", SOURCE)
    assert module.attr_types["Holder"]["cache"][-1] == "partial"
