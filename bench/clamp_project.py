"""The generated project two engine benchmarks share: a ``clamp`` and a parametrized pytest suite
(``2 * len(range(-span, span))`` tests), with a conftest that puts the project on ``sys.path``."""

from __future__ import annotations

import textwrap
from pathlib import Path


def write(root: Path, clamp_source: str, span: int) -> None:
    """Write the project under ``root``: ``clamp.py`` holding ``clamp_source``, tests for x in
    ``[-span, span)`` against the range [-50, 50]."""
    (root / ".git").mkdir(parents=True)
    (root / "clamp.py").write_text(clamp_source)
    (root / "conftest.py").write_text(
        "import sys\nfrom pathlib import Path\n\nsys.path.insert(0, str(Path(__file__).parent))\n"
    )
    (root / "tests").mkdir()
    (root / "tests" / "test_clamp.py").write_text(
        textwrap.dedent(f"""
        import pytest

        from clamp import clamp

        CASES = [(x, -50, 50) for x in range(-{span}, {span})]


        @pytest.mark.parametrize(("x", "lo", "hi"), CASES)
        def test_in_range(x, lo, hi):
            assert lo <= clamp(x, lo, hi) <= hi


        @pytest.mark.parametrize(("x", "lo", "hi"), CASES)
        def test_value(x, lo, hi):
            assert clamp(x, lo, hi) == min(hi, max(lo, x))
        """)
    )
