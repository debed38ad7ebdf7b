"""Candidate discovery: the tests that exercise a function, found statically, and the narrowest pytest run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from trainerd.surface import analyze_path
from trainerd.surface import tests_for_target as find_tests
from trainerd.surface.candidates import ProjectIndex, feedback_command


def test_tests_for_target_narrowest_first(project: Path):
    agent = project / "pkg" / "agent.py"
    text = project / "pkg" / "textutil.py"
    # fixture-built instance and a Test class; the file's third test does not call reply -> node ids
    assert find_tests(project, agent, "Agent.reply") == [
        "tests/test_agent.py::test_reply",
        "tests/test_agent.py::TestAgent::test_reply_direct",
    ]
    assert find_tests(project, agent, "build_agent") == ["tests/test_agent.py::test_build"]
    assert find_tests(project, agent, "Agent.reset") == []
    assert find_tests(project, agent, "untested") == []
    # through a same-file helper and a `from pkg import textutil` submodule import: every test of the file
    assert find_tests(project, text, "slugify") == ["tests/test_text.py"]
    assert find_tests(project, text, "shout") == ["tests/test_shout.py"]
    assert find_tests(project, text, None) == ["tests/test_shout.py", "tests/test_text.py"]


def test_candidates_carry_tests_and_the_feedback_command_that_runs_exactly_them(project: Path):
    analysis = analyze_path(project / "pkg" / "agent.py")
    got = [(s.qualname, s.kind, s.start_line, s.end_line, s.tests) for s in analysis.surfaces]
    assert got == [
        ("Agent.__init__", "candidate", 2, 3, ["tests/test_agent.py"]),  # every test there builds an Agent
        (
            "Agent.reply",
            "candidate",
            5,
            6,
            ["tests/test_agent.py::test_reply", "tests/test_agent.py::TestAgent::test_reply_direct"],
        ),
        ("build_agent", "candidate", 12, 13, ["tests/test_agent.py::test_build"]),
    ]
    reply = analysis.surfaces[1]
    assert reply.lens and not reply.trainable
    assert reply.feedback_command == (
        "python -m pytest -q tests/test_agent.py::test_reply tests/test_agent.py::TestAgent::test_reply_direct"
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *reply.tests],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 passed" in run.stdout


def test_index_is_incremental(project: Path):
    index = ProjectIndex(project)
    cold = index.refresh()
    assert (cold.files, cold.changed) == (3, 7)  # 3 test files; 7 Python files parsed
    assert index.refresh().changed == 0
    assert index.tests_for(project / "pkg" / "textutil.py", "shout") == [
        "tests/test_shout.py::test_shout",
        "tests/test_shout.py::test_shout_empty",
    ]
    new_test = project / "tests" / "test_more.py"
    new_test.write_text("from pkg.agent import Agent\n\n\ndef test_reset():\n    Agent().reset()\n")
    stats = index.refresh()
    assert (stats.files, stats.changed) == (4, 1)
    assert index.tests_for(project / "pkg" / "agent.py", "Agent.reset") == ["tests/test_more.py::test_reset"]
    generation = index.generation
    new_test.unlink()
    assert index.refresh().removed == 1
    assert index.generation == generation + 1
    assert index.tests_for(project / "pkg" / "agent.py", "Agent.reset") == []


def test_unsaved_test_edits_count_through_overlays(project: Path):
    index = ProjectIndex(project)
    index.refresh()
    test_file = project / "tests" / "test_shout.py"
    index.set_overlay(test_file, "from pkg.agent import untested\n\n\ndef test_u():\n    untested()\n")
    assert index.tests_for(project / "pkg" / "agent.py", "untested") == ["tests/test_shout.py::test_u"]
    assert index.tests_for(project / "pkg" / "textutil.py", "shout") == []
    index.clear_overlay(test_file)
    assert index.tests_for(project / "pkg" / "textutil.py", "shout") == [
        "tests/test_shout.py::test_shout",
        "tests/test_shout.py::test_shout_empty",
    ]


def test_broken_test_files_and_pruned_folders_are_skipped(project: Path):
    (project / "tests" / "test_broken.py").write_text("def test_x(:\n")
    venv = project / ".venv" / "lib"
    venv.mkdir(parents=True)
    (venv / "test_vendored.py").write_text(
        "from pkg.textutil import shout\n\ndef test_v():\n    shout('x')\n"
    )
    index = ProjectIndex(project)
    stats = index.refresh()
    assert stats.files == 4  # .venv is never walked
    assert [Path(p).name for p, tf in index.files.items() if tf.error] == ["test_broken.py"]
    assert index.tests_for(project / "pkg" / "textutil.py", "shout") == [
        "tests/test_shout.py::test_shout",
        "tests/test_shout.py::test_shout_empty",
    ]


def test_feedback_command_quotes_node_ids():
    assert feedback_command([]) is None
    assert (
        feedback_command(["tests/test_a.py::test_x[a b]"])
        == "python -m pytest -q 'tests/test_a.py::test_x[a b]'"
    )


def test_src_layout_and_relative_imports(tmp_path: Path):
    root = tmp_path / "proj"
    (root / "src" / "lib").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "src" / "lib" / "__init__.py").write_text("")
    (root / "src" / "lib" / "core.py").write_text("def compute(x):\n    return x\n")
    (root / "src" / "lib" / "test_core.py").write_text(
        "from .core import compute\n\n\ndef test_c():\n    compute(1)\n"
    )
    tests = root / "tests"
    tests.mkdir()
    (tests / "test_api.py").write_text("import lib.core\n\n\ndef test_api():\n    lib.core.compute(2)\n")
    assert find_tests(root, root / "src" / "lib" / "core.py", "compute") == [
        "src/lib/test_core.py::test_c",
        "tests/test_api.py::test_api",
    ]
    assert os.path.exists(root / "src" / "lib" / "core.py")


def test_a_bundle_inside_a_model_falls_back_to_the_tests_of_its_class(tmp_path: Path):
    from tests.conftest import copy_example

    spam = copy_example("spam_model", tmp_path)
    # the tests call SpamFilter().is_spam(...); the bundles score/decide run inside it
    assert find_tests(spam, spam / "spam.py", "SpamFilter.score") == ["tests/test_spam.py"]
    assert find_tests(spam, spam / "spam.py", "SpamFilter.is_spam") == ["tests/test_spam.py"]
    surfaces = {s.qualname: s.tests for s in analyze_path(spam / "spam.py").surfaces}
    assert surfaces["SpamFilter.score"] == ["tests/test_spam.py"]
    assert surfaces["SpamFilter.threshold"] == []  # nodes carry no tests of their own


def test_a_plain_method_no_test_calls_has_no_tests(project: Path):
    assert find_tests(project, project / "pkg" / "agent.py", "Agent.reset") == []


def test_fixtures_from_conftest_files(project: Path):
    tests = project / "tests"
    (tests / "conftest.py").write_text(
        "import pytest\n\nfrom pkg.agent import Agent\nfrom pkg.textutil import shout\n\n\n"
        "@pytest.fixture\ndef bot():\n    return Agent('hey')\n\n\n"
        "@pytest.fixture\ndef loud():\n    return shout('x')\n"
    )
    (tests / "test_fixtures.py").write_text(
        "def test_bot_replies(bot):\n    assert bot.reply('q') == 'hey: q'\n\n\n"
        "def test_loud(loud):\n    assert loud == 'X!'\n"
    )
    agent, text = project / "pkg" / "agent.py", project / "pkg" / "textutil.py"
    # the test file names neither module: the conftest that types its fixtures does
    assert find_tests(project, agent, "Agent.reply") == [
        "tests/test_agent.py::test_reply",
        "tests/test_agent.py::TestAgent::test_reply_direct",
        "tests/test_fixtures.py::test_bot_replies",
    ]
    assert "tests/test_fixtures.py::test_loud" in find_tests(project, text, "shout")
    # a conftest change re-reads the tests below it: `bot` is now a conftest class of its own
    (tests / "conftest.py").write_text(
        "import pytest\n\n\nclass Echo:\n    def reply(self, q):\n        return q\n\n\n"
        "@pytest.fixture\ndef bot():\n    return Echo()\n"
    )
    assert find_tests(project, agent, "Agent.reply") == [
        "tests/test_agent.py::test_reply",
        "tests/test_agent.py::TestAgent::test_reply_direct",
    ]


def test_a_module_of_the_same_name_elsewhere_keeps_its_tests(tmp_path: Path):
    # issue 13: b/test_local.py's `import stats` is b/stats.py (pytest puts b/ first on sys.path);
    # it was selected for a/stats.py too, whose default suite then ran the other module's tests
    root = tmp_path / "proj"
    for folder in ("a", "b", "tests"):
        (root / folder).mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a" / "__init__.py").write_text("")
    for folder in ("a", "b"):
        (root / folder / "stats.py").write_text("def median(xs):\n    return sorted(xs)[len(xs) // 2]\n")
    (root / "b" / "test_local.py").write_text(
        "import stats\n\n\ndef test_b():\n    assert stats.median([1]) == 1\n"
    )
    (root / "tests" / "test_a.py").write_text(
        "from a.stats import median\n\n\ndef test_a():\n    median([1])\n"
    )
    assert find_tests(root, root / "a" / "stats.py", "median") == ["tests/test_a.py::test_a"]
    assert find_tests(root, root / "b" / "stats.py", "median") == ["b/test_local.py::test_b"]
