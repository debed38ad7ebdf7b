"""Model backends shared by the optimizer and the research runner (``--model`` / ``trainer.model``).

- :mod:`~trainerd.llm.spec`: ``manual`` (default), ``editor``, ``replay:<file>``, ``litellm:<provider/model>``;
- :mod:`~trainerd.llm.replay`: the replay file format, loading and making one;
- :mod:`~trainerd.llm.litellm_backend`: one LiteLLM call (LiteLLM is imported only there, only for
  ``litellm:``, and only in a process that runs user code: the worker or the research runner);
- :mod:`~trainerd.llm.editor`: the editor's model through ``trainer/complete`` (one timeout, one error
  set), LSP-free: the LSP feature supplies the function that sends the request;
- :mod:`~trainerd.llm.model`: :class:`Model`, one run's conversation with whichever backend is set.

Every way a model can fail to answer ends in one of two exceptions: :class:`FollowupNeeded` (nobody
answered: the caller writes a manual follow-up, a supported branch) or :class:`ReplayMismatch` (the
recorded run does not fit this one: an error).
"""

from __future__ import annotations

from trainerd.llm.errors import FollowupNeeded, ReplayMismatch
from trainerd.llm.model import Completer, Model
from trainerd.llm.replay import REPLAY_FORMAT, load_replay, make_replay
from trainerd.llm.spec import BACKENDS, ModelSpec, parse_model

__all__ = [
    "BACKENDS",
    "REPLAY_FORMAT",
    "Completer",
    "FollowupNeeded",
    "Model",
    "ModelSpec",
    "ReplayMismatch",
    "load_replay",
    "make_replay",
    "parse_model",
]
