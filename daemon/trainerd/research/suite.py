"""The determinism check of a generated test file: two runs, the same verdict for every case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trainerd.research.process import explain_failure, run_runner


def determinism_check(
    test_file: Path, cwd: Path, interpreter: str | None = None, timeout_s: float = 600.0
) -> dict[str, Any]:
    """Run the file twice (in one runner process, as the optimizer's worker reruns its suite) and
    compare the verdicts case by case."""
    answer = run_runner(
        {"mode": "suite", "test_files": [str(test_file)], "runs": 2},
        cwd=cwd,
        timeout_s=timeout_s,
        interpreter=interpreter,
    )
    if not answer.get("ok"):
        return {
            "runs": 0,
            "deterministic": False,
            "differing": [],
            "cases": 0,
            "passed": 0,
            "failing": [],
            "exit_codes": [],
            "nodeids": {},
            "output_tail": explain_failure(answer, interpreter),
        }
    first, second = answer["runs"][0], answer["runs"][1]
    a, b = first["verdicts"], second["verdicts"]
    differing = sorted(c for c in set(a) | set(b) if a.get(c) != b.get(c))
    failing = sorted(c for c, v in a.items() if v != "passed")
    return {
        "runs": 2,
        "deterministic": bool(a) and not differing,
        "differing": differing,
        "cases": len(a),
        "passed": sum(1 for v in a.values() if v == "passed"),
        "failing": failing,
        "exit_codes": [first["exit_code"], second["exit_code"]],
        "nodeids": first.get("nodeids", {}),
        "output_tail": answer.get("stderr", "")[-1500:] if not a or differing or failing else "",
    }
