"""Typed settings: camelCase or snake_case, nested, each invalid one named and defaulted."""

from __future__ import annotations

from trainerd.settings import MonitorSettings, TrainerSettings, structure_settings


def test_valid_settings_in_the_editor_spelling():
    settings, problems = structure_settings(
        {
            "trainer": {
                "model": "litellm:ollama/llama3",
                "iterations": 5,
                "sessionBackend": "tmux",
                "logLevel": "debug",
                "testTimeoutSeconds": 12,
                "monitor": {"silenceSeconds": 30, "plateau_window": 10},
            }
        }
    )
    assert problems == []
    assert settings.model == "litellm:ollama/llama3"
    assert settings.iterations == 5
    assert settings.session_backend == "tmux"
    assert settings.log_level == "debug"
    assert settings.test_timeout_seconds == 12.0
    assert settings.monitor == MonitorSettings(silence_seconds=30.0, plateau_window=10)


def test_each_invalid_setting_is_named_as_written_and_defaulted():
    settings, problems = structure_settings(
        {
            "iterations": "many",
            "logLevel": "loud",
            "maxConcurrentRuns": 0,
            "monitor": {"silenceSeconds": "soon"},
            "colour": "blue",
            "interpreter": 3,
        }
    )
    assert settings == TrainerSettings()
    assert problems == [
        "invalid value 'many' for setting 'trainer.iterations'; using the default 3",
        "invalid value 'loud' for setting 'trainer.logLevel'; using the default 'info'",
        "setting 'trainer.maxConcurrentRuns' must be >= 1, got 0; using the default 2",
        "invalid value 'soon' for setting 'trainer.monitor.silenceSeconds'; using the default 600.0",
        "unknown setting 'trainer.colour' ignored",
        "invalid value 3 for setting 'trainer.interpreter'; using the default None",
    ]


def test_booleans_are_not_numbers_and_null_means_unset():
    settings, problems = structure_settings({"iterations": True, "optimizer": None, "monitor": "x"})
    assert settings.iterations == 3 and settings.optimizer == "OptoPrime"
    assert problems == [
        "invalid value True for setting 'trainer.iterations'; using the default 3",
        "setting 'trainer.monitor' must be an object; using the defaults",
    ]


def test_defaults_come_from_the_caller_and_the_whole_payload_may_be_wrong():
    cli_defaults = TrainerSettings(log_level="debug")
    settings, problems = structure_settings({"iterations": 4}, cli_defaults)
    assert (settings.log_level, settings.iterations, problems) == ("debug", 4, [])
    assert structure_settings(None, cli_defaults) == (cli_defaults, [])
    settings, problems = structure_settings(["iterations", 4])
    assert settings == TrainerSettings()
    assert problems == ["settings must be an object, got list; using the defaults"]
