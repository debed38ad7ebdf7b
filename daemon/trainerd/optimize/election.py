"""Electing the winner among a run's candidates."""

from __future__ import annotations

from typing import Any


def elect(
    candidates: dict[str, dict[str, Any]], direction: str, baseline: dict[str, Any] | None = None
) -> tuple[list[str], list[str]]:
    """Rank accepted candidates: validation pass rate, then train pass rate, then score, then the
    smaller (minimal) diff. Returns (ranking, reasons); the first reason explains the winner."""
    accepted = {n: c for n, c in candidates.items() if c.get("accepted")}
    reasons = [
        f"{n} excluded: {c.get('rejected_reason')}" for n, c in candidates.items() if not c.get("accepted")
    ]
    base_score = (baseline or {}).get("score")
    if isinstance(base_score, int | float):
        for name, c in list(accepted.items()):
            score = c.get("score")
            if not isinstance(score, int | float) or (
                score < base_score if direction == "maximize" else score > base_score
            ):
                reasons.append(
                    f"{name} excluded: score {score} is not better than the original's {base_score}"
                )
                del accepted[name]

    def rate(part: dict[str, Any]) -> float:
        return part["passed"] / part["total"] if part.get("total") else 1.0

    def key(name: str) -> tuple:
        c = accepted[name]
        score = c.get("score")
        s = (
            (score if direction == "maximize" else -score)
            if isinstance(score, int | float)
            else float("-inf")
        )
        return (-rate(c["val"]), -rate(c["train"]), -s, c.get("diff_lines", 0), name)

    def line(name: str, what: str) -> str:
        c = accepted[name]
        return (
            f"{name} {what}: validation {c['val']['passed']}/{c['val']['total']}, train "
            f"{c['train']['passed']}/{c['train']['total']}"
            + (f", score {c.get('score')}" if c.get("score") is not None else "")
            + f", diff {c.get('diff_lines', 0)} lines"
        )

    ranking = sorted(accepted, key=key)
    if not ranking:
        return [], ["No candidate to elect.", *reasons]
    return ranking, [line(ranking[0], "wins"), *(line(n, "ranked lower") for n in ranking[1:]), *reasons]
