"""The fault-injection table of docs/accuracy.md: each case of tests/triage/fault_cases.py played for real.

python bench/triage_faults.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.triage.fault_cases import CASES, play  # noqa: E402


def main() -> int:
    print("| shape | fault | classified | fix proposed | correct? | applied | restarted OK |")
    print("|---|---|---|---|---|---|---|")
    right = 0
    for case in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            row = play(case, Path(tmp))
        right += row["correct"]
        fix = row["fix"] or "none (explained)"
        yes = {True: "yes", False: "no", None: "n/a"}
        print(
            f"| {case.shape} | {case.fault} | {row['category']} | {fix} | {yes[row['correct']]} | "
            f"{yes[row['applied']]} | {yes[row['restarted_ok']]} |"
        )
    print(f"\n{right}/{len(CASES)} correct")
    return 0 if right == len(CASES) else 1


if __name__ == "__main__":
    raise SystemExit(main())
