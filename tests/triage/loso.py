"""Leave-one-set-out: how the general evidence (:mod:`trainerd.triage.evidence`) would do on a set it was
not written against.

Three measures, per set (``heldout``, ``setb`` .. ``sete``; ``seen`` and the old ``corpus`` for reference):

* **evidence alone** -- the table's phrases switched off (``rules.match_rule`` answers ``None``), the
  extraction unchanged: what the mechanisms claim by themselves, right / unknown / wrong. With the table
  gone every sample is one the phrases never saw, so this is the mechanisms' own precision.
* **per mechanism** -- each mechanism's right/wrong claims per set in that mode, with the sets that
  motivated it (``Mechanism.sets``); a mechanism with claims only on its own sets is not general.
* **first sight + evidence (leave one set out)** -- each held-out set's recorded first-sight answers (the
  code of the commit the set was first run with, re-run by ``rule_audit.py`` from a ``git archive`` of
  that commit), where first sight answered unknown or found nothing replaced by the evidence alone with
  every mechanism motivated only by that set turned off. Errors first sight did not find at all are
  counted apart (``found later``): today's extraction reads them, first sight's did not.

Run: ``python tests/triage/loso.py [--json OUT]`` from the repository root, with the worktree's venv.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import field_eval  # noqa: E402

# the commit each held-out set was first run with (docs/accuracy.md, the precision audit)
FIRST_SIGHT = {
    "heldout": "9ba21f1",
    "setb": "a737d17",
    "setc": "d0264fa",
    "setd": "32e4e48",
    "sete": "fc2ded0",
}
SETS = ("heldout", "setb", "setc", "setd", "sete")
# the commit that closed the round written after each set's first sight (its own table entries are the
# ones absent at FIRST_SIGHT and present here)
ROUND_END = {
    "heldout": "a737d17",
    "setb": "d0264fa",
    "setc": "341c500",
    "setd": "eb9db4c",
    "sete": "1cb2b6c",
}


def corpus_labels() -> dict[str, dict[str, Any]]:
    return json.loads((HERE / "corpus" / "labels.json").read_text())


def _answer(text: str, cwd: Path | None = None) -> dict[str, Any]:
    from trainerd.monitor import flags_for_text
    from trainerd.triage.service import triage_text

    report = triage_text(text, cwd=cwd, monitor=flags_for_text)
    flags = [f.kind for f in getattr(report, "monitor_flags", None) or []]
    if report.root_cause is None:
        return {"kind": "none", "category": None, "flags": flags, "rule": None}
    r = report.errors[report.root_cause]
    return {"kind": r.kind, "category": r.category, "flags": flags, "rule": r.details.get("rule")}


def _score(label: dict[str, Any], got: dict[str, Any]) -> str:
    """``right`` / ``unknown`` / ``wrong`` by ``field_eval.score_label``."""
    scored = field_eval.score_label(label, got)
    return "right" if scored["category"] else "wrong" if scored["wrong"] else "unknown"


def samples(split: str) -> list[tuple[str, str, dict[str, Any], Path | None]]:
    """(name, text, label, cwd) of one set; ``corpus`` is the older labelled corpus."""
    if split == "corpus":
        corpus = HERE / "corpus"
        out = []
        for name, label in sorted(corpus_labels().items()):
            with open(corpus / name, encoding="utf-8", newline="") as fh:
                text = fh.read()
            out.append((name, text, label, corpus / label["project"] if "project" in label else corpus))
        return out
    return [
        (n, field_eval.read(n), label, None)
        for n, label in sorted(field_eval.LABELS.items())
        if label["split"] == split
    ]


def run(split: str, ablate: bool = False, off: frozenset[str] = frozenset()) -> dict[str, dict[str, Any]]:
    """Every sample's answer and score; ``ablate``: the table's phrases off; ``off``: mechanisms off."""
    from trainerd.triage import evidence, rules

    saved_match, saved_off = rules.match_rule, evidence.OFF
    if ablate:
        rules.match_rule = lambda *a, **k: None  # type: ignore[assignment]
    evidence.OFF = off
    try:
        out = {}
        for name, text, label, cwd in samples(split):
            got = _answer(text, cwd)
            out[name] = {"got": got, "score": _score(label, got), "label": label}
        return out
    finally:
        rules.match_rule, evidence.OFF = saved_match, saved_off


def only_motivated_by(split: str) -> frozenset[str]:
    """Mechanisms whose motivating sets are this set alone: they would not exist had it not been seen."""
    from trainerd.triage import evidence

    return frozenset(m.name for m in evidence.MECHANISMS if set(m.sets) == {split})


def first_sight(split: str, workdir: Path) -> dict[str, Any]:
    """The answers of the code the set was first run with (``rule_audit.py`` on a ``git archive``)."""
    sha = FIRST_SIGHT[split]
    dest = workdir / sha
    if not dest.exists():
        dest.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", sha, "daemon"], cwd=ROOT, check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    env = {**os.environ, "PYTHONPATH": str(dest / "daemon")}
    done = subprocess.run(
        [sys.executable, str(HERE / "rule_audit.py"), split],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)["samples"]


def claims(got: dict[str, Any]) -> bool:
    return got["kind"] in ("runtime", "logic")


def tally(results: dict[str, dict[str, Any]]) -> dict[str, int]:
    c = Counter(r["score"] for r in results.values())
    return {
        "n": len(results),
        "right": c["right"],
        "unknown": c["unknown"],
        "wrong": c["wrong"],
        "claims_right": sum(claims(r["got"]) and r["score"] == "right" for r in results.values()),
        "categorised": sum(r["label"].get("category") is not None for r in results.values()),
    }


def per_mechanism(results_by_split: dict[str, dict[str, dict[str, Any]]]) -> dict[str, dict[str, list[int]]]:
    """mechanism -> split -> [right, wrong] of its claims."""
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for split, results in results_by_split.items():
        for r in results.values():
            rule = r["got"]["rule"] or ""
            if rule.startswith("evidence:") and r["score"] != "unknown":
                table[rule.removeprefix("evidence:")][split][r["score"] == "wrong"] += 1
    return {m: dict(v) for m, v in table.items()}


def loso(split: str, first: dict[str, Any], alone: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """First sight, with its unknowns answered by the evidence alone (this set's own mechanisms off)."""
    est: Counter[str] = Counter()
    changed = []
    for name, fs in first.items():
        score = "right" if fs["category"] else ("wrong" if fs["wrong"] else "unknown")
        if score == "unknown" and claims(alone[name]["got"]):
            found_later = fs["got"]["kind"] == "none"
            score = alone[name]["score"]
            changed.append(
                {"sample": name, "now": score, "rule": alone[name]["got"]["rule"], "found_later": found_later}
            )
            if found_later:
                est["found_later_" + score] += 1
                score = "unknown"  # first sight's extraction did not find it: not credited
        est[score] += 1
    return {"estimate": dict(est), "changed": changed}


def entry_text(rule: str) -> str:
    """The words of a deciding entry (``details["rule"]``) as they are written in the table's source."""
    body = rule.split(":", 2)[2] if rule.startswith("strong:") else rule.split(":", 1)[1]
    for prefix in ("type ", "paired ", "in frames "):
        if body.startswith(prefix):
            return body.removeprefix(prefix)
    return body


def _in_tree(sha: str, text: str) -> bool:
    done = subprocess.run(
        ["git", "grep", "-q", "-F", "-e", text, sha, "--", "daemon/trainerd/triage"], cwd=ROOT, check=False
    )
    return done.returncode == 0


def own_round(split: str, off: frozenset[str]) -> dict[str, Any]:
    """Today's code on ``split`` with the table entries its own round added taken away (absent at
    FIRST_SIGHT, present at ROUND_END): where one of them decides, the typed rules without it decide, else
    the evidence (this set's own mechanisms off). The extraction changes of that round stay, so this is an
    upper bound for them; a phrase that also found a line on its own (a stand-alone message) still finds it."""
    from trainerd.triage import evidence, rules

    cache: dict[str, bool] = {}

    def own(entry: str) -> bool:
        if entry.startswith("evidence:") or entry.endswith("cut frame"):
            return False
        if entry not in cache:
            text = entry_text(entry)
            cache[entry] = not _in_tree(FIRST_SIGHT[split], text) and _in_tree(ROUND_END[split], text)
        return cache[entry]

    original = rules.match_rule
    taken: list[dict[str, str]] = []

    def without_own(exception: str, message: str, code: str | None, frames: str = "") -> Any:
        rule = original(exception, message, code, frames)
        if rule is None:
            return None
        entry = rules.deciding(rule, exception, message, code, frames)
        if not own(entry):
            return rule
        taken.append({"entry": entry, "message": message[:120]})
        typed = rules._match_typed(exception, message, code, frames) if exception else None
        if typed is None and "::" in exception:
            typed = rules._match_typed("RuntimeError", message, code, frames)
        if typed is not None and not own(rules.deciding(typed, exception, message, code, frames)):
            return typed
        return None

    saved_off = evidence.OFF
    rules.match_rule = without_own  # type: ignore[assignment]
    evidence.OFF = off
    try:
        est: Counter[str] = Counter()
        changed = []
        for name, text, label, cwd in samples(split):
            taken.clear()
            got = _answer(text, cwd)
            score = _score(label, got)
            est[score] += 1
            if taken:
                changed.append({"sample": name, "taken": list(taken), "now": score, "rule": got["rule"]})
        return {"estimate": {k: est[k] for k in ("right", "unknown", "wrong")}, "own_entries": changed}
    finally:
        rules.match_rule, evidence.OFF = original, saved_off


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write every figure and per-sample answer here")
    parser.add_argument("--no-first-sight", action="store_true", help="skip the git-archive re-runs")
    args = parser.parse_args(argv)

    splits = ("seen", *SETS, "corpus")
    report: dict[str, Any] = {
        "with_table": {},
        "alone": {},
        "alone_loso": {},
        "first_sight": {},
        "loso": {},
        "own_round": {},
    }
    alone_all, current_all = {}, {}
    for split in splits:
        current_all[split] = run(split)
        report["with_table"][split] = tally(current_all[split])
        alone_all[split] = run(split, ablate=True)
        report["alone"][split] = tally(alone_all[split])
    report["mechanisms"] = per_mechanism(alone_all)
    from trainerd.triage import evidence

    report["motivated_by"] = {m.name: list(m.sets) for m in evidence.MECHANISMS}
    with tempfile.TemporaryDirectory(prefix="loso-") as tmp:
        for split in SETS:
            off = only_motivated_by(split)
            alone = run(split, ablate=True, off=off) if off else alone_all[split]
            report["alone_loso"][split] = {**tally(alone), "off": sorted(off)}
            report["own_round"][split] = own_round(split, off)
            if args.no_first_sight:
                continue
            first = first_sight(split, Path(tmp))
            c = Counter(
                "right" if v["category"] else ("wrong" if v["wrong"] else "unknown") for v in first.values()
            )
            report["first_sight"][split] = {
                "n": len(first),
                **{k: c[k] for k in ("right", "unknown", "wrong")},
            }
            report["loso"][split] = loso(split, first, alone)

    print(
        "evidence alone: claims right/wrong of the categorised samples (own mech. off: the set's own mechanisms off)"
    )
    print(f"{'set':8} {'with table r/u/w':>18} {'evidence alone':>22} {'alone, own mech. off':>22}")
    for split in splits:
        w, a = report["with_table"][split], report["alone"][split]
        lo = report["alone_loso"].get(split)
        lo_s = f"{lo['claims_right']}/{lo['wrong']} of {lo['categorised']}" if lo else "-"
        a_s = f"{a['claims_right']}/{a['wrong']} of {a['categorised']}"
        print(f"{split:8} {w['right']:>8}/{w['unknown']}/{w['wrong']:<6} {a_s:>22} {lo_s:>22}")
    print("\nmechanism                 motivated by            claims right/wrong per set (evidence alone)")
    for name, sets in report["motivated_by"].items():
        rec = report["mechanisms"].get(name, {})
        cells = " ".join(f"{s}:{rec[s][0]}/{rec[s][1]}" for s in splits if s in rec) or "never claimed"
        print(f"{name:25} {','.join(sets) or '(none)':23} {cells}")
    if report["loso"]:
        print("\nfirst sight (recorded code) -> + evidence on its unknowns, own-set mechanisms off (r/u/w)")
        for split in SETS:
            fs, lo = report["first_sight"][split], report["loso"][split]["estimate"]
            later = {k: v for k, v in lo.items() if k.startswith("found_later")}
            print(
                f"{split:8} {fs['right']}/{fs['unknown']}/{fs['wrong']} of {fs['n']} -> "
                f"{lo.get('right', 0)}/{lo.get('unknown', 0)}/{lo.get('wrong', 0)}"
                + (f"  (not credited, found only by later extraction: {later})" if later else "")
            )
    print(
        "\ntoday's code without the table entries each set's own round added (+ evidence alone there) r/u/w"
    )
    for split in SETS:
        o = report["own_round"][split]
        e = o["estimate"]
        print(
            f"{split:8} {e['right']}/{e['unknown']}/{e['wrong']}  ({len(o['own_entries'])} samples where an own-round entry was taken away)"
        )
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
