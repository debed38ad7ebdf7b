"""The optimization worker: ``python -m trainerd.optimize.worker``, run in the project's interpreter.

It is the only process that imports user code and ``opto``. A warm parent (:mod:`.server`) answers
the engine's requests; each evaluation runs in a fresh child forked from it, so no module state is
carried from one evaluation to the next and nothing is imported twice:

- :mod:`.loader`: the target module loaded from the text being evaluated (the run's snapshot or a
  candidate), also in subprocesses of the tests (:mod:`.overlay`);
- :mod:`.suite`: one pytest run with the project's own configuration;
- :mod:`.scope`: which Trace parameters belong to the target, and the plain target's wrappers;
- :mod:`.prompt`: the traced run of the prompt's tests and the optimizer's prompt;
- :mod:`.optimizers`: opto's optimizers without LiteLLM (it loads only for ``litellm:``).

Nothing here is imported by the engine except :mod:`trainerd.optimize.messages` and the constants
below (how a worker says that its interpreter cannot run it).
"""

# what the worker needs in the project's interpreter (trainerd itself comes on PYTHONPATH):
# (distribution to install, module to find)
NEEDS = (("attrs", "attrs"), ("cattrs", "cattrs"), ("pytest", "pytest"), ("trace-opt", "opto"))
MISSING_EXIT = 3  # the worker's exit code when something of NEEDS (or Python >= 3.11) is missing
MISSING_PREFIX = "trainerd-worker: missing:"  # its stderr line: the prefix, then what to install
