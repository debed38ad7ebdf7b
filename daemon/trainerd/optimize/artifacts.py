"""The files a run leaves in its iteration folder (the trainer-workspace contract's layout):

- ``steering/optimizer/turn-N/``: ``prompt.json`` (the exact messages), ``prompt.md``,
  ``response.txt``, ``meta.json``, ``STEERING.md``; ``steering/optimizer/summary.md``;
- ``optimize/manual-followup-report.json`` and ``operator-followup.md`` (a manual follow-up);
- ``candidates/<name>/`` (the candidate's file, ``diff.patch``, ``description.md``, ``values.json``,
  ``results.json``) and ``candidates/candidates.json``;
- ``election/``, ``validation/pytest.txt``, ``optimize/optimize-report.json`` and ``decision.md``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from trainerd.llm import make_replay
from trainerd.optimize.types import Decision
from trainerd.workspace.files import atomic_write_json, atomic_write_text
from trainerd.workspace.status import utc_now


def prompt_text(messages: list[dict[str, Any]]) -> str:
    return "\n\n".join(f"## {m.get('role', '?')}\n\n{m.get('content', '')}" for m in messages)


def turn_dir(iteration: Path, step: int) -> Path:
    return iteration / "steering" / "optimizer" / f"turn-{step}"


def write_prompt(turn: Path, messages: list[dict[str, Any]]) -> None:
    atomic_write_json(turn / "prompt.json", messages)
    atomic_write_text(turn / "prompt.md", prompt_text(messages))


def write_turn(
    turn: Path,
    step: int,
    messages: list[dict[str, Any]],
    response: str,
    source: str,
    variables: list[str],
    feedback: str,
    proposal: dict[str, Any],
    rejected: list[dict[str, Any]],
    terminated: bool,
) -> None:
    """A turn answered by the model (or a person): the evidence, the response, the decision."""
    write_prompt(turn, messages)
    atomic_write_text(turn / "response.txt", response)
    atomic_write_json(
        turn / "meta.json",
        {
            "turn": step,
            "source": source,
            "variables": variables,
            "proposal": proposal,
            "rejected": rejected,
            "terminated": terminated,
        },
    )
    decision = "stop (TERMINATE)" if terminated else "continue: evaluate the proposal"
    atomic_write_text(
        turn / "STEERING.md",
        "\n".join(
            [
                f"# Optimizer turn {step}",
                "",
                f"- Source of the answer: {source}",
                "",
                "## Evidence used (feedback given to the optimizer)",
                "",
                "```",
                feedback,
                "```",
                "",
                "## Response",
                "",
                "```",
                response[:20000],
                "```",
                "",
                "## Requested revision",
                "",
                *(f"- `{key}` changed" for key in proposal),
                *(f"- rejected `{r['key']}`: {r['reason']}" for r in rejected),
                "",
                f"## Decision: {decision}",
                "",
                "Files: prompt.json (exact messages), prompt.md, response.txt, meta.json.",
                "",
            ]
        ),
    )
    write_steering_summary(turn.parent)


def write_waiting_turn(
    turn: Path, step: int, messages: list[dict[str, Any]], reason: str, feedback: str, answer_command: str
) -> None:
    write_prompt(turn, messages)
    atomic_write_text(
        turn / "STEERING.md",
        "\n".join(
            [
                f"# Optimizer turn {step} (waiting for a manual answer)",
                "",
                f"- Blocker: {reason}",
                "",
                "## Evidence used",
                "",
                "```",
                feedback,
                "```",
                "",
                "## Decision: stop here until an answer is given",
                "",
                f"`{answer_command}`",
                "",
            ]
        ),
    )
    write_steering_summary(turn.parent)


def write_steering_summary(agent_dir: Path) -> None:
    turns = sorted(
        (p for p in agent_dir.glob("turn-*") if p.is_dir() and p.name[5:].isdigit()),
        key=lambda p: int(p.name[5:]),
    )
    atomic_write_text(
        agent_dir / "summary.md",
        "# Optimizer steering\n\n" + "".join(f"- {p.name}: {p.name}/STEERING.md\n" for p in turns),
    )


def write_followup(opt_dir: Path, report: dict[str, Any]) -> Path:
    report_file = opt_dir / "manual-followup-report.json"
    atomic_write_json(report_file, report)
    atomic_write_text(
        opt_dir / "operator-followup.md",
        "\n".join(
            [
                "# Operator follow-up",
                "",
                f"Blocker: {report.get('blocker_reason')}",
                "",
                f"Answer: `{report.get('answer_command')}`",
                "",
                f"Or rerun with a model: `{report.get('rerun_command')}`",
                "",
            ]
        ),
    )
    return report_file


def write_candidate(
    cdir: Path,
    file_name: str,
    text: str,
    diff: str,
    name: str,
    description: str,
    rejected_reason: str | None,
    values: dict[str, Any],
) -> None:
    atomic_write_text(cdir / file_name, text)
    atomic_write_text(cdir / "diff.patch", diff)
    atomic_write_text(
        cdir / "description.md",
        f"# {name}\n\n{description or '(no reasoning given)'}\n"
        + (f"\n**Rejected:** {rejected_reason}\n" if rejected_reason else ""),
    )
    atomic_write_json(cdir / "values.json", values)


def read_manifest(iteration: Path, n: int) -> dict[str, Any]:
    path = iteration / "candidates" / "candidates.json"
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("candidates"), dict):
            return data
    return {"iteration": n, "candidates": {}}


def write_manifest(iteration: Path, manifest: dict[str, Any]) -> Path:
    path = iteration / "candidates" / "candidates.json"
    atomic_write_json(path, manifest)
    return path


def write_election(iteration: Path, ranking: list[str], reasons: list[str]) -> None:
    election = iteration / "election"
    atomic_write_json(election / "election.json", {"ranking": ranking, "reasons": reasons})
    atomic_write_text(
        election / "election.md", "# Election\n\n" + "\n".join(f"- {r}" for r in reasons) + "\n"
    )


def decision_md(
    spec: str, run_id: str, n: int, decision: Decision, reasons: list[str], log: str | None
) -> str:
    lines = [
        f"# Decision: {spec}",
        "",
        f"Run {run_id}, iteration {n}, {utc_now()}.",
        "",
        f"- Selected candidate: {decision.winner or 'none'}",
        f"- Validation: {decision.validation}" + (f" (log: {log})" if log else ""),
        f"- Write-back: {decision.write_back}",
        "",
        "## Why",
        "",
        decision.justification,
        "",
    ]
    if decision.regressions:
        lines += [
            "## Tests that passed before and fail on the winner",
            "",
            *(f"- {t}" for t in decision.regressions),
            "",
        ]
    if decision.apply_command:
        lines += ["## Apply the candidate yourself", "", f"`{decision.apply_command}`", ""]
    lines += ["## Election", "", *(f"- {r}" for r in reasons), ""]
    return "\n".join(lines)


def append_decision_note(decision_file: Path, title: str, text: str) -> None:
    if decision_file.exists():
        body = decision_file.read_text(encoding="utf-8")
        atomic_write_text(decision_file, body + f"\n## {title} ({utc_now()})\n\n{text}\n")


def export_turns(iteration: Path) -> dict[str, Any] | None:
    """A replay document from the answered turns of an iteration, ``None`` when it has none."""
    turns = []
    for turn in sorted(
        (p for p in iteration.glob("steering/optimizer/turn-*") if re.fullmatch(r"turn-\d+", p.name)),
        key=lambda p: int(p.name[5:]),
    ):
        response = turn / "response.txt"
        if not response.exists():
            continue
        meta = (
            json.loads((turn / "meta.json").read_text(encoding="utf-8"))
            if (turn / "meta.json").exists()
            else {}
        )
        turns.append(
            {
                "turn": int(turn.name[5:]),
                "variables": meta.get("variables"),
                "response": response.read_text(encoding="utf-8"),
            }
        )
    return make_replay(turns, source=str(iteration)) if turns else None
