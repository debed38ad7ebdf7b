"""Round 52 (docs/accuracy.md): ``**kwargs`` is a function's pass-through, not a configuration; a writer's "..."
at a line's start between a frame and the exception line is an elision, not the traceback's end. Texts written for
this project."""

from __future__ import annotations

import pytest

from .conftest import triage_root as root


def tb(code: str, exc_line: str) -> str:
    return (
        "Traceback (most recent call last):\n"
        '  File "/home/ines/sep/train.py", line 40, in build\n'
        f"    {code}\n"
        f"{exc_line}\n"
    )


@pytest.mark.parametrize("code", ["loader = Loader(**train_kwargs)", "return ENVS[name](*args, **kwargs)"])
def test_a_keyword_passed_through_kwargs_is_not_read_as_the_configs(code):
    r = root(tb(code, "TypeError: __init__() got an unexpected keyword argument 'phase'"))
    assert (r.kind, r.category) == ("unknown", None)


@pytest.mark.parametrize("code", ["model = Net(**cfg['model'])", "run = RunConfig(**yaml_args)"])
def test_a_configuration_splatted_into_a_constructor_is_still_config_error(code):
    r = root(tb(code, "TypeError: __init__() got an unexpected keyword argument 'dropuot'"))
    assert (r.kind, r.category) == ("runtime", "config_error")


@pytest.mark.parametrize("elision", ["...", "\u2026", "[...]"])
def test_an_elision_at_the_lines_start_keeps_the_frame_above_it(elision):
    text = (
        "## Traceback\n\n```text\n"
        'File "/work/motion/body/loader.py", line 209, in __init__\n'
        '    regressor = torch.load(RESOURCES / "joints.pt")\n'
        f"{elision}\n"
        "FileNotFoundError: [Errno 2] No such file or directory: '/work/motion/body/joints.pt'\n"
        "```\n"
    )
    r = root(text)
    assert r.category == "file_not_found"
    assert (r.frame.file, r.frame.line) == ("/work/motion/body/loader.py", 209)


def test_tensorflows_file_system_missing_a_path_is_file_not_found():
    r = root(
        tb(
            "examples = reader.read(FLAGS.data_dir)",
            "tensorflow.python.framework.errors_impl.NotFoundError: /data/chemprot/test.tsv; No such file or directory",
        )
    )
    assert (r.kind, r.category) == ("runtime", "file_not_found")
