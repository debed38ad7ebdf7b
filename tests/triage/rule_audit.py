"""Which rule decided each field answer: the precision audit of the classification table.

Run with the code to audit first on ``sys.path`` (a detached checkout of the commit a set was first run
with), against this worktree's samples and labels::

    PYTHONPATH=/tmp/fs/<sha>/daemon python tests/triage/rule_audit.py setb > setb.json

For every sample of the split it prints the answer, its score (``field_eval.score``) and the *deciding
rule*: the element of the table that settled the root cause's category -- a :data:`rules.STRONG`
alternative (``strong:<category>:<phrase>``), one pattern of a typed rule (``<category>:<pattern>``), an
exact exception type (``<category>:type <Name>``), a paired/in-frames pattern or a cut frame. Written
against the table's shape as it has been since the first field round (``RULES``, ``STRONG``,
``_EXACT_TYPES``, ``match_rule``), so that older commits can be audited with the same tool.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(1, str(Path(__file__).resolve().parent))  # field_eval, after the audited code

import field_eval  # noqa: E402


def alternatives(pattern: str) -> list[str]:
    """A regex's top-level ``|`` alternatives (escapes, classes and groups respected)."""
    out, depth, cls, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def deciding(rules: Any, rule: Any, exception: str, message: str, code: str | None, frames: str) -> str:
    """The table element that made ``match_rule`` return ``rule`` for these inputs."""
    strong = rules.strong_category(message)
    if strong == rule.category and not (getattr(rule, "unless", ()) and rule.vetoed(message, None)):
        pattern = dict(rules.STRONG)[strong]
        hit = next((a for a in alternatives(pattern) if re.search(a, message)), pattern)
        return f"strong:{strong}:{hit}"
    if exception == "UnknownError" and not message.strip():
        return f"{rule.category}:cut frame"
    short = exception.rsplit(".", 1)[-1]
    if "::" in exception and short not in rule.exceptions and exception not in rule.exceptions:
        short = "RuntimeError"
    for p in rule.patterns:
        for a in alternatives(p):
            if re.search(a, message, re.I):
                return f"{rule.category}:{a}"
    if short in rules._EXACT_TYPES.get(rule.category, ()):
        return f"{rule.category}:type {short}"
    for m, c in getattr(rule, "compiled_paired", ()):
        if m.search(message) and c.search(code or ""):
            return f"{rule.category}:paired {m.pattern} / {c.pattern}"
    for m, c in getattr(rule, "compiled_in_frames", ()):
        if m.search(message) and c.search(frames):
            return f"{rule.category}:in frames {m.pattern} / {c.pattern}"
    return f"{rule.category}:?"


def audit(split: str) -> dict[str, Any]:
    from trainerd.triage import rules, service

    calls: list[tuple[str, str, str | None, str, Any]] = []
    original = rules.match_rule

    def recording(exception: str, message: str, code: str | None, frames: str = "") -> Any:
        rule = original(exception, message, code, frames)
        if rule is not None:
            calls.append((exception, message, code, frames, rule))
        return rule

    rules.match_rule = recording
    try:
        from trainerd.monitor import flags_for_text as monitor
    except ImportError:  # older trees
        monitor = None
    out: dict[str, Any] = {}
    names = sorted(n for n, label in field_eval.LABELS.items() if label["split"] == split)
    for name in names:
        calls.clear()
        text = field_eval.read(name)
        try:
            report = service.triage_text(text, monitor=monitor)
        except TypeError:
            report = service.triage_text(text)
        flags = [f.kind for f in getattr(report, "monitor_flags", None) or []]
        if report.root_cause is None:
            got: dict[str, Any] = {"kind": "none", "category": None, "flags": flags}
            rule_name = None
        else:
            r = report.errors[report.root_cause]
            got = {"kind": r.kind, "category": r.category, "exception": r.exception, "flags": flags}
            rule_name = None
            if r.category:
                match = [c for c in calls if c[4].category == r.category and c[1] == r.message]
                match = match or [c for c in calls if c[4].category == r.category]
                if match:
                    exc, msg, code, frames, rule = match[-1]
                    rule_name = deciding(rules, rule, exc, msg, code, frames)
                else:
                    rule_name = f"{r.category}:?"
        out[name] = {"got": got, "rule": rule_name, **field_eval.score(name, got)}
    return out


if __name__ == "__main__":
    import trainerd

    split = sys.argv[1]
    result = audit(split)
    json.dump(
        {"code": str(Path(trainerd.__file__).parent), "split": split, "samples": result}, sys.stdout, indent=1
    )
