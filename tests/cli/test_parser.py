"""The command line builds only the parser of the verb asked for: every verb must parse the same way
as with the whole parser, and a word that is no verb must still get the whole list of choices."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from trainerd.cli import build_parser


def _verbs(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _shape(parser: argparse.ArgumentParser) -> list[tuple]:
    return [
        (tuple(a.option_strings), a.dest, a.nargs, a.default, a.type, tuple(a.choices or ()))
        for a in parser._actions
    ]


@pytest.mark.parametrize("verb", sorted(_verbs(build_parser())))
def test_each_verb_alone_parses_as_in_the_whole_parser(verb: str):
    whole = _verbs(build_parser())[verb]
    alone = _verbs(build_parser(verb))
    assert list(alone) == [verb]
    assert _shape(alone[verb]) == _shape(whole)
    assert alone[verb].get_default("func") is whole.get_default("func")


def test_a_word_that_is_no_verb_lists_every_verb():
    out = subprocess.run(
        [sys.executable, "-m", "trainerd", "sesions", "--json"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 2 and out.stdout == ""
    assert "invalid choice: 'sesions'" in out.stderr
    for verb in ("sessions", "optimize", "triage", "launch"):
        assert f"'{verb}'" in out.stderr


def test_output_cut_by_a_closed_pipe_is_not_a_traceback(tmp_path):
    """`trainerd surfaces … --json | head -1`: the reader goes away; trainerd stops quietly."""
    bundles = "".join(f"@trace.bundle(trainable=True)\ndef f{i}(x):\n    return x\n" for i in range(2000))
    (tmp_path / "m.py").write_text("from opto import trace\n" + bundles)  # about 1.5 MB of JSON
    proc = subprocess.Popen(
        [sys.executable, "-m", "trainerd", "surfaces", str(tmp_path), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) != 0
    assert "Traceback" not in err and "BrokenPipeError" not in err
