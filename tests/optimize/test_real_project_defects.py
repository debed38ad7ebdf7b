"""Small fixtures of what went wrong on real projects (issue 14, and the speed-path defect of issue 21):
each shape, written here in our own words, with what a user must see."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.optimize.conftest import CONFTEST, make_project, reviewed
from trainerd.errors import TrainerError
from trainerd.optimize.service import answer_followup, run_optimization
from trainerd.optimize.types import OptimizeOptions

# several whole runs per test: bounded for a loaded shared machine, not a speed assertion
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]
FAST = {"repeats": 1}  # determinism is not the subject here


def plain_pytest(project: Path, *args: str) -> dict[str, str]:
    """Per-test verdicts of a plain ``pytest`` run (what the user would run)."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", "-q", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    verdicts = {}
    for line in done.stdout.splitlines():
        match = re.match(r"^(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS) (\S+)", line)
        if match:
            verdicts[match.group(2)] = match.group(1).lower()
    return verdicts


def baseline(target: Path, code: str) -> dict[str, str]:
    run1 = target.parent / f".trainer-workspace/{code}/iterations/iteration-1/optimize/baseline/run-1.json"
    return {c["id"]: c["outcome"] for c in json.loads(run1.read_text())["cases"]}


def report_of(target: Path, code: str) -> dict:
    path = (
        target.parent
        / f".trainer-workspace/{code}/iterations/iteration-1/optimize/manual-followup-report.json"
    )
    return json.loads(path.read_text())


def code_variable(messages: list[dict]) -> str:
    """The code variable the prompt offers (from its #Variables section)."""
    return re.search(r"\(code\) (__code\d+):", messages[-1]["content"]).group(1)


def answer(variable: str, code: str) -> str:
    return json.dumps({"reasoning": "fix", "suggestion": {variable: code}})


# --- 1. the scope of a Trace model is the model ---------------------------------------------------
AGENT = '''
from opto import trace

SIGNATURE = trace.node("-- sent by the bot", trainable=True)  # the mailer's, not the greeter's


def sign(text):
    return f"{text} {SIGNATURE.data}"


@trace.model
class Greeter:
    def __init__(self):
        self.greeting = trace.node("Hello", trainable=True)

    @trace.bundle(trainable=True)
    def render(self, greeting, name):
        """The greeting for name."""
        return greeting + " " + name

    def greet(self, name):
        return self.render(self.greeting, name)
'''


def test_a_model_offers_only_its_own_parameters_and_its_bundle_code(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "bot",
        {
            "agent.py": AGENT,
            "conftest.py": CONFTEST,
            "tests/test_greeter.py": """
            from agent import Greeter


            def test_ada():
                assert Greeter().greet("Ada").data == "Hello, Ada!"


            def test_bob():
                assert Greeter().greet("Bob").data == "Hello, Bob!"


            def test_zoe():
                assert Greeter().greet("Zoe").data == "Hello, Zoe!"
            """,
            "tests/test_mailer.py": """
            from agent import sign


            def test_signature():
                assert sign("ok") == "ok -- sent by the bot"
            """,
        },
    )
    target = root / "agent.py"
    reviewed(f"{target}::Greeter")
    stopped = run_optimization(f"{target}::Greeter", OptimizeOptions(**FAST))
    assert stopped.outcome == "followup_needed", stopped.message
    report = report_of(target, "agent")
    variables = report["variables"]
    assert len(variables) == len(set(variables)) == 2  # the model's node and its bundle, distinct names
    prompt = report["model_prompt"]
    code_var = next(v for v in variables if v.startswith("__code"))
    assert f"(code) {code_var}:def render(self, greeting, name):" in prompt  # the bundle's code is a variable
    assert "sent by the bot" not in prompt.split("#Variables")[1].split("#Constraints")[0]
    unknown = next(f"str{i}" for i in range(10) if f"str{i}" not in variables)
    with pytest.raises(TrainerError, match="unknown variable"):  # nothing else can be changed
        answer_followup(target.parent / ".trainer-workspace/agent", answer(unknown, "x"))
    fixed = 'def render(self, greeting, name):\n    """The greeting for name."""\n    return greeting + ", " + name + "!"\n'
    done = answer_followup(target.parent / ".trainer-workspace/agent", answer(code_var, fixed))
    assert done.outcome == "done" and done.decision.write_back == "written", done.message
    text = target.read_text()
    assert 'SIGNATURE = trace.node("-- sent by the bot", trainable=True)' in text  # untouched
    assert 'return greeting + ", " + name + "!"' in text
    assert set(plain_pytest(root).values()) == {"passed"}  # the project's whole suite is green


# --- 2. validation covers every test the change could affect --------------------------------------
def test_a_winner_that_breaks_another_module_s_test_is_not_written(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "units",
        {
            "fmt.py": "def clamp(x, lo, hi):\n    return max(lo, x)\n",
            "report.py": "from fmt import clamp\n\n\ndef percent(x):\n    return f'{clamp(x, 0, 100)}%'\n",
            "conftest.py": CONFTEST,
            "tests/test_clamp.py": """
            from fmt import clamp


            def test_inside():
                assert clamp(5, 0, 10) == 5


            def test_below():
                assert clamp(-3, 0, 10) == 0


            def test_above():
                assert clamp(15, 0, 10) == 10
            """,
            "tests/test_report.py": """
            from report import percent


            def test_fraction():
                assert percent(12.5) == "12.5%"
            """,
        },
    )
    target = root / "fmt.py"
    before = target.read_text()
    reviewed(f"{target}::clamp")
    # passes the target's own tests (integers) but truncates what report.py passes it
    bad = "def clamp(x, lo, hi):\n    return int(min(max(lo, x), hi))\n"
    # the target's tests named explicitly: test_report.py is then only an affected test (the default
    # lookup may count it as the target's own, since it reaches clamp through percent)
    result = run_optimization(
        f"{target}::clamp",
        OptimizeOptions(
            model="editor", iterations=1, tests="python -m pytest -q tests/test_clamp.py", **FAST
        ),
        completer=lambda messages, n, j: answer(code_variable(messages), bad),
    )
    assert result.outcome == "done" and result.decision.write_back == "refused", result.message
    assert "breaks 1 test(s) that passed before: tests/test_report.py::test_fraction" in result.message
    assert result.decision.regressions == ["tests/test_report.py::test_fraction"]
    assert target.read_text() == before


# --- 3. snapshots follow the user -----------------------------------------------------------------
def test_edits_elsewhere_during_a_follow_up_are_kept_and_the_readme_flow_runs_twice(tmp_path: Path) -> None:
    from tests.conftest import EXAMPLES, copy_example

    project = copy_example("buggy_median", tmp_path)
    target = project / "stats.py"
    reviewed(f"{target}::median")
    original = target.read_text()
    assert run_optimization(f"{target}::median", OptimizeOptions(**FAST)).outcome == "followup_needed"
    target.write_text(
        original + "\n\ndef mean(values):\n    return sum(values) / len(values)\n"
    )  # the user goes on
    fix = json.loads((EXAMPLES / "buggy_median/replay-fix.json").read_text())["turns"][0]["response"]
    done = answer_followup(project / ".trainer-workspace/stats", fix)
    assert done.decision.write_back == "written" and "re-applied" in done.message, done.message
    text = target.read_text()
    assert "def mean(values):" in text and "(ordered[middle - 1] + ordered[middle]) / 2" in text
    # the README's own flow: restore the file and optimize again; nothing is refused as stale
    target.write_text(original)
    again = run_optimization(f"{target}::median", OptimizeOptions(**FAST))
    assert again.outcome == "followup_needed" and again.iteration == 2, again.message


# --- 4. verdicts identical to plain pytest --------------------------------------------------------
SINGLE_USE = """
import contextlib

import pytest

from calc import add


@contextlib.contextmanager
def opened():
    yield 1


ONCE = opened()  # a context manager instance: usable once per process


@pytest.mark.parametrize("cm", [ONCE])
def test_single_use(cm):
    with cm as value:
        assert value == 1


def test_add():
    assert add(1, 1) == 2
"""


def test_module_state_never_carries_over_and_warnings_as_errors_still_collect(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "strict",
        {
            "calc.py": "def add(a, b):\n    return a - b\n",
            "pyproject.toml": '[tool.pytest.ini_options]\nfilterwarnings = ["error"]\npythonpath = ["."]\n',
            "tests/test_calc.py": SINGLE_USE,
        },
    )
    target = root / "calc.py"
    reviewed(f"{target}::add")
    result = run_optimization(f"{target}::add", OptimizeOptions())  # the default 6 runs of the suite
    assert result.outcome == "followup_needed", result.message
    verdicts = json.loads(
        (root / ".trainer-workspace/calc/iterations/iteration-1/optimize/run-state.json").read_text()
    )["baseline"]["verdicts"]
    assert verdicts == plain_pytest(root, "tests/test_calc.py")
    assert verdicts == {
        "tests/test_calc.py::test_single_use[cm0]": "passed",
        "tests/test_calc.py::test_add": "failed",
    }


# --- 7. one file, several targets -------------------------------------------------------------------
def test_two_targets_of_one_file_keep_their_own_runs(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "two",
        {
            "ops.py": "def inc(x):\n    return x + 2\n\n\ndef dec(x):\n    return x - 2\n",
            "conftest.py": CONFTEST,
            "tests/test_inc.py": "from ops import inc\n\n\ndef test_inc():\n    assert inc(1) == 2\n",
            "tests/test_dec.py": "from ops import dec\n\n\ndef test_dec():\n    assert dec(3) == 2\n",
        },
    )
    target = root / "ops.py"
    reviewed(f"{target}::inc")
    assert run_optimization(f"{target}::inc", OptimizeOptions(**FAST)).outcome == "followup_needed"
    dec = run_optimization(f"{target}::dec", OptimizeOptions(**FAST, fresh=True))
    assert dec.outcome == "followup_needed", dec.message
    command = dec.contract.feedback.command or ""
    assert "tests/test_dec.py" in command and "test_inc" not in command  # not inc's tests
    ws = root / ".trainer-workspace/ops"
    with pytest.raises(TrainerError, match="several targets of this workspace wait for an answer"):
        answer_followup(ws, answer("__code0", "def inc(x):\n    return x + 1\n"))
    done = answer_followup(ws, answer("__code0", "def inc(x):\n    return x + 1\n"), symbol="inc")
    assert done.outcome == "done" and done.decision.write_back == "written", done.message
    still = answer_followup(ws, answer("__code0", "def dec(x):\n    return x - 1\n"), symbol="dec")
    assert still.outcome == "done" and still.decision.write_back == "written", (
        still.message
    )  # dec's follow-up was kept
    assert target.read_text() == "def inc(x):\n    return x + 1\n\n\ndef dec(x):\n    return x - 1\n"


# --- 8. blockers as documented, context in the prompt ------------------------------------------------
def test_hidden_dependencies_block_until_overridden_and_the_prompt_shows_what_the_target_reads(
    tmp_path: Path,
) -> None:
    root = make_project(
        tmp_path / "shop",
        {
            "prices.py": '''
            from opto import trace

            TAX_RATE = 0.2
            CURRENCY = "EUR"


            def round_cents(amount):
                """Round to whole cents."""
                return round(amount, 2)


            @trace.bundle(trainable=True)
            def gross(net):
                """The price with tax."""
                return round_cents(net * TAX_RATE)
            ''',
            "conftest.py": CONFTEST,
            "tests/test_prices.py": """
            from prices import gross


            def test_ten():
                assert gross(10).data == 12.0


            def test_zero():
                assert gross(0).data == 0.0


            def test_cents():
                assert gross(0.5).data == 0.6
            """,
        },
    )
    target = root / "prices.py"
    reviewed(f"{target}::gross")
    blocked = run_optimization(f"{target}::gross", OptimizeOptions(**FAST))
    assert blocked.outcome == "blocked"
    hidden = [b for b in blocked.contract.blockers if b.code == "hidden_dependencies"]
    assert any("TAX_RATE" in b.message for b in hidden)
    assert all("--allow hidden_dependencies" in (b.fix or "") for b in hidden)
    allowed = run_optimization(f"{target}::gross", OptimizeOptions(**FAST, allow=("hidden_dependencies",)))
    assert allowed.outcome == "followup_needed", allowed.message
    context = report_of(target, "prices")["model_prompt"].split("#Context")[1].split("#Feedback")[0]
    assert "(float) TAX_RATE = 0.2" in context and "def round_cents(amount):" in context
    assert "CURRENCY" not in context  # only what the target reads


# --- 9. method kinds --------------------------------------------------------------------------------
def test_static_and_class_methods_are_optimized_and_async_functions_are_refused(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "temps",
        {
            "temps.py": """
            class Convert:
                @staticmethod
                def to_f(c):
                    return c * 9 / 5 + 23

                @classmethod
                def scale(cls):
                    return "celsius"


            async def fetch(c):
                return c
            """,
            "conftest.py": CONFTEST,
            "tests/test_temps.py": """
            from temps import Convert


            def test_freezing():
                assert Convert.to_f(0) == 32


            def test_boiling():
                assert Convert.to_f(100) == 212


            def test_on_an_instance():
                assert Convert().to_f(-40) == -40
            """,
        },
    )
    target = root / "temps.py"
    reviewed(f"{target}::Convert.to_f")
    fixed = "def to_f(c):\n    return c * 9 / 5 + 32\n"
    result = run_optimization(
        f"{target}::Convert.to_f",
        OptimizeOptions(model="editor", iterations=1, **FAST),
        completer=lambda messages, n, j: answer(code_variable(messages), fixed),
    )
    from trainerd.surface import optimizable

    refusal = optimizable(target, "Convert.to_f")
    if refusal is not None:  # the shared rule refuses it: optimize says exactly that, before any run
        assert result.outcome == "blocked" and refusal.message in result.message
    else:  # the engine optimizes it end to end, decorator kept
        assert result.outcome == "done" and result.decision.write_back == "written", result.message
        assert "    @staticmethod\n    def to_f(c):\n        return c * 9 / 5 + 32\n" in target.read_text()
    refused = run_optimization(f"{target}::fetch", OptimizeOptions(**FAST))
    assert refused.outcome == "blocked" and refused.contract.blockers[0].code in (
        "target_unsupported",
        "surface_undefined",
    )
    assert "coroutine" in refused.message or "async" in refused.message


# --- 10. no LiteLLM without litellm: --------------------------------------------------------------
def test_a_manual_run_never_loads_litellm(tmp_path: Path) -> None:
    from tests.conftest import copy_example

    project = copy_example("buggy_median", tmp_path)
    reviewed(f"{project / 'stats.py'}::median")
    assert (
        run_optimization(f"{project / 'stats.py'}::median", OptimizeOptions(**FAST)).outcome
        == "followup_needed"
    )
    log = (project / ".trainer-workspace/stats/iterations/iteration-1/optimize/worker.log").read_text()
    assert "Using LiteLLM as the default LLM backend" not in log  # opto prints it when LiteLLM loads


# --- issue 21: what a test's subprocess runs is the candidate --------------------------------------
def test_a_test_that_runs_the_package_in_a_subprocess_sees_the_candidate(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "tool",
        {
            "calc.py": "def add(a, b):\n    return a - b\n",
            "cli.py": "import sys\n\nfrom calc import add\n\nprint(add(int(sys.argv[1]), int(sys.argv[2])))\n",
            "conftest.py": CONFTEST,
            "tests/test_calc.py": """
            import subprocess
            import sys
            from pathlib import Path

            from calc import add

            ROOT = Path(__file__).resolve().parent.parent


            def test_add():
                assert add(2, 2) == 4


            def test_the_command_line():
                out = subprocess.run([sys.executable, "cli.py", "2", "3"], cwd=ROOT, capture_output=True, text=True)
                assert out.stdout.strip() == "5"


            def test_as_a_module():
                out = subprocess.run([sys.executable, "-m", "cli", "1", "1"], cwd=ROOT, capture_output=True, text=True)
                assert out.stdout.strip() == "2"
            """,
        },
    )
    target = root / "calc.py"
    reviewed(f"{target}::add")
    result = run_optimization(
        f"{target}::add",
        OptimizeOptions(model="editor", iterations=1, **FAST),
        completer=lambda messages, n, j: answer(
            code_variable(messages), "def add(a, b):\n    return a + b\n"
        ),
    )
    assert result.outcome == "done" and result.decision.write_back == "written", result.message
    assert result.candidate is not None and result.candidate.val.passed == result.candidate.val.total
    assert set(plain_pytest(root).values()) == {"passed"}
