"""Incremental re-parsing gives exactly the tree a full parse gives, for every kind of edit."""

from __future__ import annotations

import ast
import copy
import random
from pathlib import Path

import pytest

from trainerd.surface.documents import DocumentStore
from trainerd.surface.incremental import reparse

FIXTURES = Path(__file__).parent / "fixtures"
SNIPPETS = [
    "",
    "\n",
    "x = 1\n",
    "    y = 2\n",
    "else:\n    pass\n",
    "@trace.bundle(trainable=True)\n",
    "def g(:\n",
    "# a comment\n",
    "    return LIMIT\n",
    "class K:\n    z = 3\n",
    '"""doc\n',
    "if True:\n",
    "    pass\n",
    "        deeper = 1\n",
    "import os\n",
    ")\n",
]


def dump(tree: ast.AST) -> str:
    return ast.dump(tree, include_attributes=True)


def edits(lines: list[str], rng: random.Random):
    """Replace, insert or delete a few lines; or change characters inside one line."""
    for _ in range(60):
        new = list(lines)
        at = rng.randrange(len(new) + 1)
        kind = rng.choice(["insert", "replace", "delete", "type"])
        if kind == "insert":
            new[at:at] = rng.choice(SNIPPETS).splitlines(keepends=True)
        elif kind == "replace" and at < len(new):
            new[at : at + rng.randint(1, 3)] = rng.choice(SNIPPETS).splitlines(keepends=True)
        elif kind == "delete" and at < len(new):
            del new[at : at + rng.randint(1, 4)]
        elif at < len(new):
            line = new[at]
            cut = rng.randrange(len(line))
            new[at] = line[:cut] + rng.choice(["x", " ", "(", "0", ""]) + line[cut + 1 :]
        yield "".join(new).splitlines(keepends=True)  # as the document store splits a text


@pytest.mark.parametrize("name", ["spell_from_opto.py", "hidden.py", "broad.py", "stacked.py"])
def test_reparse_matches_a_full_parse(name):
    source = (FIXTURES / name).read_text()
    lines = source.splitlines(keepends=True)
    rng = random.Random(name)
    used = 0
    for new in edits(lines, rng):
        text = "".join(new)
        try:
            expected = dump(ast.parse(text))
        except SyntaxError:
            expected = None
        tree = reparse(copy.deepcopy(ast.parse(source)), lines, new, name)
        if tree is not None:
            used += 1
            assert expected is not None, f"reparse accepted text that does not parse:\n{text}"
            assert dump(tree) == expected
    assert used > 10  # most edits take the incremental path


def test_document_store_uses_it_and_stays_exact():
    store = DocumentStore()
    source = (FIXTURES / "spell_from_opto.py").read_text()
    store.analyze("file:///a.py", None, source, 1)
    edited = source.replace("return text.strip().lower()", "return text.strip().lower()[:10]\n    # more")
    incremental = store.analyze("file:///a.py", None, edited, 2).analysis
    full = DocumentStore().analyze("file:///b.py", None, edited, 1).analysis
    assert [(s.qualname, s.start_line, s.end_line) for s in incremental.surfaces] == [
        (s.qualname, s.start_line, s.end_line) for s in full.surfaces
    ]
    assert incremental.surface("Agent").start_line == 44  # shifted by the added line
