"""The static analysis on the fixture corpus: every Trace spelling, false friends, findings, fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainerd.surface import analyze_source
from trainerd.surface.service import analyze_text

FIXTURES = Path(__file__).parent / "fixtures"

# (qualname, kind, start_line, end_line, trainable, gets a lens)
EXPECTED = {
    "spell_from_opto.py": [
        ("SYSTEM", "node", 4, 10, True, True),
        ("RATE", "node", 11, 11, False, False),
        ("normalize", "bundle", 14, 17, True, True),
        ("score", "bundle", 20, 28, True, True),
        ("frozen", "bundle", 31, 33, False, False),
        ("_split", "bundle", 36, 37, True, True),
        ("Agent", "model", 43, 56, True, True),
        ("Agent.greeting", "node", 45, 45, True, True),
        ("Agent.instructions", "node", 48, 48, True, True),
        ("Agent.counter", "node", 49, 49, False, False),
        ("Agent.reply", "bundle", 51, 53, True, True),
    ],
    "spell_alias_module.py": [
        ("tidy", "bundle", 4, 6, True, True),
        ("Planner.plan", "bundle", 10, 12, True, True),
        ("PROMPT", "node", 18, 18, True, True),
    ],
    "spell_names.py": [
        ("extract", "bundle", 4, 6, True, True),
        ("Classifier", "model", 9, 16, True, True),
        ("Classifier.labels", "node", 12, 12, True, True),
        ("Classifier.classify", "bundle", 14, 16, True, True),
    ],
    "spell_qualified.py": [
        ("fully", "bundle", 7, 9, True, True),
        ("from_submodule", "bundle", 12, 14, True, True),
        ("Policy", "model", 17, 23, True, True),
        ("Policy.temperature", "node", 19, 19, True, True),
        ("Policy.act", "bundle", 21, 23, True, True),
    ],
    "stacked.py": [
        ("cached", "bundle", 6, 9, True, False),  # lru_cache above the bundle hides it
        ("Tools.fmt", "bundle", 13, 16, True, False),  # a staticmethod
        ("Tools.Inner.Deeper.deep", "bundle", 20, 22, True, True),
        ("factory.<locals>.inner", "bundle", 26, 28, True, False),
        ("afetch", "bundle", 37, 39, True, False),  # trace-opt does not await coroutines
    ],
    "false_friends.py": [],
    "shadowed.py": [
        ("before", "bundle", 4, 6, True, True),
        ("REAL", "node", 23, 23, True, True),
    ],
    "hidden.py": [
        ("parse", "bundle", 15, 20, True, True),
        ("self_contained", "bundle", 23, 29, True, True),
        ("allowed", "bundle", 32, 34, True, True),
        ("remember", "bundle", 37, 41, True, True),
        ("outer.<locals>.inner", "bundle", 47, 49, True, False),
        ("one_liner", "bundle", 54, 55, True, True),
    ],
    "broad.py": [
        ("long_bundle", "bundle", 4, 76, True, True),
        ("branchy", "bundle", 79, 109, True, True),
        ("Assistant", "model", 112, 123, True, True),
        ("Assistant.tone", "node", 115, 115, True, True),
        ("Assistant.format", "node", 116, 116, True, True),
        ("Assistant.threshold", "node", 117, 117, True, True),
        ("WHOLE", "node", 128, 128, True, True),
    ],
    "spell_aliases.py": [
        ("TONE", "node", 16, 16, True, True),
        ("THRESHOLD", "node", 17, 17, True, True),
        ("FIXED", "node", 18, 18, False, False),
        ("clean", "bundle", 21, 23, True, True),
        ("rank", "bundle", 26, 28, True, True),
        ("keep", "bundle", 31, 33, False, False),
        ("pick", "bundle", 36, 38, True, True),
        ("Matcher", "model", 41, 47, True, True),
        ("Matcher.rule", "node", 44, 44, True, True),
    ],
    "spell_inherit.py": [
        ("Speaker", "model", 5, 16, True, True),
        ("Speaker.voice", "node", 8, 8, True, True),
        ("Speaker.say", "bundle", 10, 12, True, True),
        ("Speaker.sign_off", "bundle", 14, 16, True, True),
        ("Announcer", "model", 19, 21, True, True),
        ("Herald", "model", 24, 27, True, True),
        ("Herald.fanfare", "bundle", 25, 27, True, True),
        ("Gadget", "model", 30, 32, True, True),
        ("Gadget.setting", "node", 32, 32, True, True),
        ("Widget", "model", 35, 36, True, True),
        ("Notebook.heading", "node", 41, 41, True, True),
        ("Notebook.pages", "node", 42, 42, True, True),
        ("Notebook.pages[0]", "node", 42, 42, True, False),
        ("Notebook.pages[1]", "node", 42, 42, True, False),
        ("Notebook.footer", "node", 45, 45, True, True),
        ("Notebook.node@49:23", "node", 49, 49, True, False),
    ],
    "kinds.py": [
        ("aload", "bundle", 29, 31, True, False),
        ("build.<locals>.node@35:22", "node", 35, 35, True, False),
    ],
    "leak_product.py": [
        ("GREETING", "node", 6, 6, True, True),
        ("polish", "bundle", 9, 11, True, True),
        ("handle_request.<locals>.wrapped", "node", 15, 15, False, False),
        ("Service.node@29:22", "node", 29, 29, False, False),
    ],
    "harness_script.py": [
        ("guess", "bundle", 8, 10, True, True),
        ("rollout.<locals>.node@14:17", "node", 14, 14, False, False),
    ],
    "star_and_leak.py": [
        ("step", "bundle", 4, 6, True, True),
        ("main.<locals>.node@15:11", "node", 15, 15, False, False),
    ],
}


def analyse(name: str):
    path = FIXTURES / name
    return analyze_text(path.read_text(encoding="utf-8"), str(path))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_surfaces_exactly(name):
    got = [
        (s.qualname, s.kind, s.start_line, s.end_line, s.trainable, s.lens) for s in analyse(name).surfaces
    ]
    assert got == EXPECTED[name]


def test_fixture_corpus_is_fully_covered():
    assert sorted(p.name for p in FIXTURES.glob("*.py")) == sorted(EXPECTED)


def test_node_name_description_constraint_and_bundle_options_are_read():
    a = analyse("spell_from_opto.py")
    system = a.surface("SYSTEM")
    assert system.options == {
        "name": "system_prompt",
        "trainable": True,
        "description": "the system prompt",
        "constraint": "one sentence",
        "value": "'You are a careful assistant.'",
    }
    assert a.surface("Agent.instructions").options["name"] == "instructions"
    assert a.surface("score").options == {
        "description": "scores an answer",
        "trainable": True,
        "allow_external_dependencies": True,
        "traceable_code": False,
        "catch_execution_error": False,
    }
    split = a.surface("_split")
    assert split.form == "call"
    assert split.options["bound_as"] == "split" and split.options["call_lines"] == [40, 40]


def test_model_children_are_its_trainable_nodes_and_bundles():
    a = analyse("spell_from_opto.py")
    assert a.surface("Agent").children == ["Agent.greeting", "Agent.instructions", "Agent.reply"]
    assert a.surface("Agent.counter").parent == "Agent"  # reported, not trainable, not a child
    assert a.surface("Agent.instructions").note is None  # addressable as Agent.instructions
    assert analyse("spell_qualified.py").surface("Policy").form == "subclass"
    assert analyse("spell_names.py").surface("Classifier").children == [
        "Classifier.labels",
        "Classifier.classify",
    ]


def test_plain_definitions_are_kept_for_candidate_discovery():
    assert [d.qualname for d in analyse("spell_alias_module.py").definitions] == ["Planner.helper"]
    assert [d.qualname for d in analyse("stacked.py").definitions] == ["factory", "fetch"]


def test_hidden_dependencies_name_each_name_with_its_kind():
    a = analyse("hidden.py")
    assert [(h.name, h.kind) for h in a.surface("parse").hidden_dependencies] == [
        ("regex", "module_import"),
        ("Counter", "module_import"),
        ("json", "module_import"),
        ("LIMIT", "module_global"),
        ("helper", "module_global"),
        ("undefined_name", "undefined"),
    ]
    assert a.surface("self_contained").hidden_dependencies == []
    assert [(h.name, h.kind) for h in a.surface("remember").hidden_dependencies] == [
        ("_cache", "global_statement")
    ]
    assert [(h.name, h.kind) for h in a.surface("outer.<locals>.inner").hidden_dependencies] == [
        ("prefix", "closure")
    ]
    hidden = [(f.surface, f.names, f.start_line) for f in a.findings if f.code == "hidden_dependencies"]
    assert hidden == [
        ("parse", ["regex"], 18),
        ("parse", ["Counter"], 19),
        ("parse", ["json"], 20),
        ("parse", ["LIMIT"], 20),
        ("parse", ["helper"], 20),
        ("parse", ["undefined_name"], 20),
        ("remember", ["_cache"], 40),
        ("outer.<locals>.inner", ["prefix"], 49),
        ("one_liner", ["json"], 55),
    ]  # `allowed` sets allow_external_dependencies=True: its reads are listed, not reported
    first = next(f for f in a.findings if f.names == ["LIMIT"])
    assert "module global `LIMIT` (line 7)" in first.message
    assert "`regex`, `Counter`, `json`, `LIMIT`, `helper`, `undefined_name`" in first.message


def apply(source: str, edits) -> str:
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    for e in sorted(edits, key=lambda e: (e.start_line, e.start_col), reverse=True):
        start = offsets[e.start_line - 1] + e.start_col
        end = offsets[e.end_line - 1] + e.end_col
        source = source[:start] + e.new_text + source[end:]
    return source


def test_fix_moves_an_import_into_the_bundle():
    source = (FIXTURES / "hidden.py").read_text()
    finding = next(f for f in analyze_source(source, "hidden.py").findings if f.names == ["regex"])
    move = finding.fixes[0]
    assert move.title == "Import `regex` inside `parse` (import re as regex)"
    fixed = apply(source, move.edits)
    after = analyze_source(fixed, "hidden.py").surface("parse")
    assert "regex" not in [h.name for h in after.hidden_dependencies]
    assert '    """Reads module-level names it does not receive."""\n    import re as regex\n' in fixed


def test_fix_allows_external_dependencies_with_a_comment_to_confirm():
    source = (FIXTURES / "hidden.py").read_text()
    finding = next(f for f in analyze_source(source, "hidden.py").findings if f.names == ["LIMIT"])
    allow = finding.fixes[-1]
    fixed = apply(source, allow.edits)
    assert (
        "@trace.bundle(trainable=True, allow_external_dependencies=True)  # trainer: confirm these external "
        "reads are intended: regex, Counter, json, LIMIT, helper, undefined_name\n"
    ) in fixed
    after = analyze_source(fixed, "hidden.py")
    assert after.surface("parse").options["allow_external_dependencies"] is True
    assert not [f for f in after.findings if f.surface == "parse"]


def test_one_line_bundle_gets_no_import_move():
    finding = next(f for f in analyse("hidden.py").findings if f.surface == "one_liner")
    assert [fix.title.split(" (")[0] for fix in finding.fixes] == ["Allow external dependencies"]


def test_too_broad_bundles_models_and_whole_modules():
    broad = [(f.surface, f.start_line) for f in analyse("broad.py").findings if f.code == "surface_too_broad"]
    assert broad == [("WHOLE", 128), ("long_bundle", 5), ("branchy", 80), ("Assistant", 113)]
    messages = {f.surface: f.message for f in analyse("broad.py").findings}
    assert "72 lines (more than 60)" in messages["long_bundle"]
    assert "14 branches (more than 12)" in messages["branchy"]
    assert "2 groups that no method uses together: {tone, format} and {threshold}" in messages["Assistant"]
    assert "whole module" in messages["WHOLE"]
    assert not [f for f in analyse("spell_from_opto.py").findings]  # a coherent model is fine


def test_star_import_is_reported_with_an_explicit_import_fix():
    source = (FIXTURES / "star_and_leak.py").read_text()
    a = analyze_source(source, "star_and_leak.py")
    # GRAPH.clear() makes the module an optimization harness: Trace use there is not a leak
    assert [(f.code, f.start_line) for f in a.findings] == [("trace_star_import", 1)]
    (star,) = a.findings
    assert star.fixes[0].title == "Import explicitly: from opto.trace import GRAPH, bundle, node"
    fixed = apply(source, star.fixes[0].edits)
    assert fixed.splitlines()[0] == "from opto.trace import GRAPH, bundle, node"
    assert [s.qualname for s in analyze_source(fixed, "x.py").surfaces] == [
        "step",
        "main.<locals>.node@15:11",
    ]


def test_bare_bundle_decorator_is_reported_with_a_fix():
    source = "from opto import trace\n\n\n@trace.bundle\ndef f(x):\n    return x\n"
    a = analyze_source(source, "x.py")
    assert [(s.qualname, s.trainable, s.lens) for s in a.surfaces] == [("f", False, False)]
    (finding,) = a.findings
    assert finding.code == "bundle_not_called"
    assert apply(source, finding.fixes[0].edits).splitlines()[3] == "@trace.bundle(trainable=True)"


def test_syntax_error_raises():
    with pytest.raises(SyntaxError):
        analyze_source("def broken(:\n", "x.py")


def test_notebook_code_cells_are_analysed_with_cell_lines():
    path = FIXTURES / "notebook.ipynb"
    a = analyze_text(path.read_text(), str(path))
    assert a.notebook
    assert [(s.qualname, s.kind, s.cell, s.start_line, s.end_line) for s in a.surfaces] == [
        ("answer", "bundle", 2, 1, 3)
    ]


def test_nodes_in_containers_are_named_by_element_and_optimized_with_their_container():
    source = (
        "from opto import trace\n"
        'PROMPTS = [trace.node("a", trainable=True), trace.node("b", trainable=True)]\n'
        'TABLE = {"x": trace.node(1, trainable=True), "y": trace.node(2)}\n'
        "STEPS = [trace.node(s, trainable=True) for s in ('plan', 'act')]\n"
    )
    a = analyze_text(source, "x.py")
    got = [(s.qualname, s.form, s.trainable, s.lens) for s in a.surfaces]
    assert got == [
        ("PROMPTS", "container", True, True),
        ("PROMPTS[0]", "assignment", True, False),
        ("PROMPTS[1]", "assignment", True, False),
        ("TABLE", "container", True, True),
        ("TABLE['x']", "assignment", True, False),
        ("TABLE['y']", "assignment", False, False),
        ("STEPS", "container", True, True),
        ("STEPS[*]", "assignment", True, False),
    ]
    assert a.surface("PROMPTS").children == ["PROMPTS[0]", "PROMPTS[1]"]
    assert a.surface("TABLE").children == ["TABLE['x']"]
    assert a.surface("PROMPTS[1]").note == "optimized with its container `PROMPTS`"


def test_aliases_partials_and_bound_decorators_carry_their_options():
    a = analyse("spell_aliases.py")
    assert a.surface("rank").options == {"trainable": True}  # partial(trace.bundle, trainable=True), then ()
    assert a.surface("keep").options == {"trainable": False}
    assert a.surface("pick").options == {"trainable": True, "allow_external_dependencies": True}
    threshold = a.surface("THRESHOLD")  # ParameterNode is trainable unless told otherwise
    assert threshold.options["parameter_node"] is True and threshold.options["description"] == (
        "how sure the matcher must be"
    )
    assert a.surface("TONE").options["value"] == "'warm and short'"
    assert a.findings == []  # the alias statements themselves are not leaks


def test_models_inherit_parameters_their_subclasses_do_not_override():
    a = analyse("spell_inherit.py")
    children = {s.qualname: s.children for s in a.surfaces if s.kind == "model"}
    assert children == {
        "Speaker": ["Speaker.voice", "Speaker.say", "Speaker.sign_off"],
        "Announcer": ["Speaker.voice", "Speaker.say"],  # its plain sign_off hides the bundle
        "Herald": ["Herald.fanfare", "Speaker.voice", "Speaker.say"],
        "Gadget": ["Gadget.setting"],
        "Widget": ["Gadget.setting"],
    }
    assert a.surface("Widget").bases == ["Gadget"] and a.surface("Herald").bases == ["Announcer"]
    # inherited methods count when grouping parameters: no false "too broad" on a subclass
    assert [f.code for f in a.findings] == []
    assert a.surface("Notebook.node@49:23").note.startswith("created without a name")


def test_trace_leaks_only_from_plain_code_of_a_module_that_runs_no_optimization():
    leaks = [(f.start_line, f.message.split("`")[3]) for f in analyse("leak_product.py").findings]
    assert leaks == [(15, "handle_request"), (29, "Service.answer")]  # isinstance and annotations are types
    assert analyse("harness_script.py").findings == []  # optimizer, GRAPH, backward: the harness
    test_file = analyze_text((FIXTURES / "leak_product.py").read_text(), "test_product.py")
    assert test_file.findings == []


def test_optional_trace_import_and_a_byte_order_mark():
    source = (
        "\ufefftry:\n    from opto import trace\nexcept ImportError:\n    trace = None\n\n\n"
        "if trace is not None:\n\n    @trace.model\n    class Agent:\n"
        "        def __init__(self):\n            self.style = trace.node('terse', trainable=True)\n"
    )
    a = analyze_text(source, "optional.py")
    assert [(s.qualname, s.kind, s.lens) for s in a.surfaces] == [
        ("Agent", "model", True),
        ("Agent.style", "node", True),
    ]


def test_notebook_cells_with_magics_or_broken_code_leave_the_others_analysed():
    import json

    def cell(text: str) -> dict:
        return {"cell_type": "code", "source": text, "metadata": {}, "outputs": []}

    nb = {
        "cells": [
            cell("%%bash\necho hi\n"),
            cell("from opto import trace\nif True:\n    !pip install x\n"),
            cell("def half(:\n"),
            cell("PROMPT = trace.node('x', trainable=True)\n"),
        ]
    }
    a = analyze_text(json.dumps(nb), "draft.ipynb")
    assert [(s.qualname, s.cell, s.lens) for s in a.surfaces] == [("PROMPT", 3, False)]
    (broken,) = [f for f in a.findings if f.code == "syntax_error"]
    assert broken.cell == 2 and broken.severity == "information" and "does not parse" in broken.message
