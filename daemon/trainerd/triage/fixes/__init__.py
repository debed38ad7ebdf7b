"""Minimal, confirmable fixes for runtime bugs, one module per error kind, and their record in ``fixes.json``.

Each builder looks at one classified error and the project it came from and returns a
:class:`~trainerd.triage.fixes.base.Fix` (text edits, directories to create, a command to run, or a
changed launch command) or ``None`` when no mechanical fix keeps the experiment the same. Nothing is
applied until :func:`apply_fix` is called (the user confirmed).

- :mod:`.base`: ``Fix``, ``TextEdit``, ``FixContext`` and project lookups the builders share
- :mod:`.paths`, :mod:`.config_keys`, :mod:`.install`, :mod:`.device`, :mod:`.memory`, :mod:`.launch`:
  one error kind each
- :mod:`.record`: ``propose``, ``apply_fix`` and ``fixes.json``
"""

from trainerd.triage.fixes.base import Fix, FixContext, TextEdit, source_path
from trainerd.triage.fixes.install import DISTRIBUTIONS
from trainerd.triage.fixes.record import (
    BUILDERS,
    FIXES_FILE,
    MAX_FIXES_PER_SIGNATURE,
    apply_fix,
    load_history,
    propose,
    record_fix,
)

__all__ = [
    "BUILDERS",
    "DISTRIBUTIONS",
    "FIXES_FILE",
    "MAX_FIXES_PER_SIGNATURE",
    "Fix",
    "FixContext",
    "TextEdit",
    "apply_fix",
    "load_history",
    "propose",
    "record_fix",
    "source_path",
]
