"""opto's optimizers without LiteLLM.

``opto.optimizers`` imports ``opto.utils.llm``, which imports LiteLLM (seconds, ~200 MiB, and it prints
to stdout). The worker never lets an optimizer call a model (it only builds the prompt), so a small
stand-in module takes ``opto.utils.llm``'s place; anything else user code asks of that module loads
the real one then.
"""

from __future__ import annotations

import importlib
import sys
import time
import types
from typing import Any

SUPPORTED = ("OptoPrime", "OPRO")
_MODULE = "opto.utils.llm"


def _real() -> types.ModuleType:
    shim = sys.modules.get(_MODULE)
    if shim is not None and getattr(shim, "__trainerd_shim__", False):
        del sys.modules[_MODULE]
    try:
        return importlib.import_module(_MODULE)
    except Exception:
        if shim is not None:
            sys.modules[_MODULE] = shim
        raise


class AbstractModel:
    """opto's model interface (a factory refreshed every ``reset_freq`` seconds)."""

    def __init__(self, factory: Any, reset_freq: int | None = None) -> None:
        self.factory, self.reset_freq = factory, reset_freq
        self._model = factory()
        self._init_time = time.time()

    @property
    def model(self) -> Any:
        return self._model

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.model(*args, **kwargs)


class LLM:
    """opto's default model: the real one is loaded when user code makes one."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        return _real().LLM(*args, **kwargs)


def _lazy(name: str) -> Any:
    if name.startswith("__"):  # the import system probes __path__, __spec__, ...: not a request for a model
        raise AttributeError(name)
    return getattr(_real(), name)


def install_shim() -> None:
    if _MODULE in sys.modules:
        return
    shim = types.ModuleType(_MODULE, __doc__)
    shim.__trainerd_shim__ = True  # type: ignore[attr-defined]
    shim.AbstractModel = AbstractModel  # type: ignore[attr-defined]
    shim.LLM = LLM  # type: ignore[attr-defined]
    setattr(shim, "__getattr__", _lazy)  # noqa: B010 - a module's __getattr__ hook
    sys.modules[_MODULE] = shim
    try:
        import opto.utils

        opto.utils.llm = shim
    except ImportError:
        pass


class _NoModel:
    """The optimizer's model while the worker builds a prompt: it is never called."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the worker builds prompts; the engine asks the model")

    create = __call__


def _stub_black() -> None:
    """OptoPrime imports black to reformat suggestions it applies; the worker applies none (the engine
    writes the candidate's own text, minimally). Only in a prompt child, after its tests ran."""
    if "black" in sys.modules:
        return
    black = types.ModuleType("black", "trainerd: black is not needed to build a prompt")
    black.format_str = lambda text, mode=None: text  # type: ignore[attr-defined]
    black.FileMode = lambda *a, **k: None  # type: ignore[attr-defined]
    sys.modules["black"] = black


def make(name: str, parameters: list[Any], objective: str | None) -> Any:
    """The optimizer over ``parameters``; call only after the tests of a prompt ran (it installs
    stand-ins for LiteLLM and black in this process)."""
    install_shim()
    _stub_black()
    import opto.optimizers as optimizers

    if name not in SUPPORTED:
        raise ValueError(f"unknown optimizer {name!r}; choose {' or '.join(SUPPORTED)}")
    kwargs: dict[str, Any] = {"llm": _NoModel()}
    if objective:
        kwargs["objective"] = objective
    return getattr(optimizers, name)(parameters, **kwargs)


def prompt_messages(optimizer: Any) -> list[dict[str, str]]:
    """The messages the optimizer would send for its current feedback (OptoPrime's ``_step`` up to the
    model call)."""
    summary = optimizer.summarize()
    system_prompt, user_prompt = optimizer.construct_prompt(summary)
    system_prompt = optimizer.replace_symbols(system_prompt, optimizer.prompt_symbols)
    user_prompt = optimizer.replace_symbols(user_prompt, optimizer.prompt_symbols)
    return [{"role": "system", "content": system_prompt}, {"role": "user", "content": user_prompt}]
