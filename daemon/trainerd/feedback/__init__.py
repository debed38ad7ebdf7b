"""Feedback signals: pytest inside the worker (with a plugin tying outcomes to Trace nodes), other
commands as subprocesses with a score convention, the determinism check and the train/val split.

Nothing here imports ``opto`` or user code: the plugin receives Trace nodes as opaque objects.
"""
