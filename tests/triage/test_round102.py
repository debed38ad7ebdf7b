"""Round 102 (docs/accuracy.md, section 83): the precision audit's threshold held over the whole corpus after sets
OA-OQ -- entries right fewer than 3 times in 5 are no longer claimed: "Can't pickle local object" (3 / 3, added in
round 100), "The expanded size of the tensor" (5 / 4), a keyword argument an installed library's own call does not
take (8 / 6), an error that came out of collating a batch (7 / 7). Texts written for this project."""

from __future__ import annotations

import pytest

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root

USER = ("/srv/fit/train.py", 42, "<module>", "for batch in loader:")
SP = "/opt/env/lib/python3.11/site-packages"


@pytest.mark.parametrize(
    "text",
    [
        _tb(USER, exc="AttributeError: Can't pickle local object 'make_loader.<locals>.<lambda>'"),
        _tb(
            USER,
            exc="RuntimeError: The expanded size of the tensor (8) must match the existing size (4) at non-singleton "
            "dimension 1.  Target sizes: [2, 8].  Tensor sizes: [2, 4]",
        ),
        _tb(
            USER,
            (f"{SP}/fancylib/trainer.py", 310, "step", "self.sched.step(metrics=loss, verbose=True)"),
            exc="TypeError: step() got an unexpected keyword argument 'verbose'",
        ),
        _tb(
            USER,
            (f"{SP}/torch/utils/data/_utils/fetch.py", 54, "fetch", "return self.collate_fn(data)"),
            ("/srv/fit/collate.py", 12, "__call__", "return [row['ids'] for row in rows]"),
            exc="KeyError: 'ids'",
        ),
    ],
)
def test_entries_right_fewer_than_three_times_in_five_are_unknown(text):
    r = root(text)
    assert (r.kind, r.category) == ("unknown", None), r.details.get("rule")
