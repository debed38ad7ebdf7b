"""The optimization engine: the worker process, LLM backends, candidates, election, validation,
write-back. The public entry points live in :mod:`trainerd.optimize.service`."""
