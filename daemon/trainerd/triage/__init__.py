"""Traceback triage: extraction from any log text, runtime/logic classification, confirmable fixes.

- :mod:`trainerd.triage.extract` finds every error in a text (tracebacks of every shape, and the
  errors PyTorch prints without a ``Traceback`` header).
- :mod:`trainerd.triage.rules` is the classification table (data: one entry per category).
- :mod:`trainerd.triage.classify` picks the user's frame and the root cause, and explains.
- :mod:`trainerd.triage.fixes` proposes, applies and records minimal fixes (``fixes.json``).
- :mod:`trainerd.triage.service` is what the CLI and the language server call.
"""
