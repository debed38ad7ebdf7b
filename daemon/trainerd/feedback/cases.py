"""One feedback case (a pytest test, or a command run) and its verdict."""

from __future__ import annotations

from typing import Any

import attrs

PASSED, FAILED, ERROR, TIMEOUT, SKIPPED = "passed", "failed", "error", "timeout", "skipped"
OUTCOMES = (PASSED, FAILED, ERROR, TIMEOUT, SKIPPED)


@attrs.define
class CaseResult:
    """The verdict of one case; ``message`` holds the assertion message and traceback on failure."""

    id: str
    outcome: str
    message: str = ""
    duration: float = 0.0

    @property
    def ok(self) -> bool:
        return self.outcome in (PASSED, SKIPPED)


@attrs.define
class SuiteResult:
    """The verdicts of one run of the cases, with collection problems kept apart."""

    cases: list[CaseResult] = attrs.Factory(list)
    collection_errors: list[str] = attrs.Factory(list)
    collected: list[str] = attrs.Factory(list)
    duration: float = 0.0

    @property
    def passed(self) -> int:
        return sum(1 for c in self.cases if c.ok)

    @property
    def total(self) -> int:
        return len(self.cases)

    @property
    def pass_rate(self) -> float:
        return self.passed / self.total if self.total else 0.0

    def verdicts(self) -> dict[str, str]:
        return {c.id: c.outcome for c in self.cases}

    def to_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "total": self.total,
            "pass_rate": self.pass_rate,
            "duration": round(self.duration, 4),
            "collection_errors": self.collection_errors,
            "cases": [attrs.asdict(c) for c in self.cases],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SuiteResult:
        return cls(
            cases=[CaseResult(**c) for c in data.get("cases") or []],
            collection_errors=list(data.get("collection_errors") or []),
            collected=[c["id"] for c in data.get("cases") or []],
            duration=float(data.get("duration") or 0.0),
        )
