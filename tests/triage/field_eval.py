"""Score triage on the field corpus (``tests/triage/field``): shapes taken from public issue threads,
rewritten in this project's words and values; each label names its thread (``source``) and whether
the sample was held out while the extraction rules were written (``split``).

A sample's answer is the root cause's kind and category (``none`` when triage found nothing). Kind is
right when it equals the label; category when kind and category both do; an answer is *wrong* when it
claims runtime/logic and differs from the label (``unknown`` is never wrong, only not right). Samples
labelled ``none`` hold metric lines and no error: right when triage claims no error and the monitor
flags what the label names.

A sample labelled ``unknown`` may carry ``text_shows``: a blind reader's verdict (never shown trainerd's
answer) on whether the text holds an error a program printed (``shown``), only a writer's words that
something failed (``told``), or neither (``none``). On a ``none`` text, "no error found" is the right
answer; on ``shown`` and ``told`` it stays a miss (the text holds or reports an error triage did not see).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

FIELD = Path(__file__).resolve().parent / "field"
LABELS: dict[str, dict[str, Any]] = json.loads((FIELD / "labels.json").read_text())


def read(name: str) -> str:
    with open(FIELD / name, encoding="utf-8", newline="") as fh:
        return fh.read()


def answer(name: str) -> dict[str, Any]:
    """What triage says about one sample: kind, category, exception, frame, rank, monitor flags."""
    from trainerd.monitor import flags_for_text
    from trainerd.triage.service import triage_text

    report = triage_text(read(name), monitor=flags_for_text)
    flags = [f.kind for f in getattr(report, "monitor_flags", None) or []]
    if report.root_cause is None:
        return {"kind": "none", "category": None, "flags": flags}
    r = report.errors[report.root_cause]
    return {
        "kind": r.kind,
        "category": r.category,
        "exception": r.exception.rsplit(".", 1)[-1],
        "frame": f"{Path(r.frame.file.replace(chr(92), '/')).name}:{r.frame.line}" if r.frame else None,
        "rank": r.rank,
        "flags": flags,
    }


def score(name: str, got: dict[str, Any]) -> dict[str, bool]:
    """One sample's answer scored against its label (:func:`score_label`)."""
    return score_label(LABELS[name], got)


def score_label(label: dict[str, Any], got: dict[str, Any]) -> dict[str, bool]:
    """An answer scored against a label: kind right, category right, answered unknown, wrong."""
    if label["kind"] == "none":
        ok = got["kind"] in ("none", "unknown") and label.get("monitor") in got["flags"]
        wrong = got["kind"] in ("runtime", "logic")
        return {"kind": ok, "category": ok, "unknown": not ok and not wrong, "wrong": wrong}
    if label["kind"] == "unknown" and label.get("text_shows") == "none" and got["kind"] == "none":
        return {"kind": True, "category": True, "unknown": False, "wrong": False}
    kind_ok = got["kind"] == label["kind"]
    cat_ok = kind_ok and got["category"] == label.get("category")
    claims = got["kind"] in ("runtime", "logic")
    return {
        "kind": kind_ok,
        "category": cat_ok,
        "unknown": got["kind"] in ("unknown", "none") and not cat_ok,
        "wrong": claims and not cat_ok,
    }


def evaluate(names: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Per sample: the answer and its score."""
    out = {}
    for name in names or sorted(LABELS):
        got = answer(name)
        out[name] = {"got": got, **score(name, got)}
    return out


def table(results: dict[str, dict[str, Any]], split: str) -> dict[str, dict[str, int]]:
    """category -> counts (n, kind, category, unknown, wrong) over one split."""
    rows: dict[str, dict[str, int]] = defaultdict(lambda: dict(n=0, kind=0, category=0, unknown=0, wrong=0))
    for name, res in results.items():
        label = LABELS[name]
        if label["split"] != split:
            continue
        key = label["category"] or ("none (metrics only)" if label["kind"] == "none" else "unknown")
        for row in (rows[key], rows["all"]):
            row["n"] += 1
            for k in ("kind", "category", "unknown", "wrong"):
                row[k] += int(res[k])
    return dict(sorted(rows.items(), key=lambda kv: (kv[0] == "all", kv[0])))


def projects(split: str | None = None) -> set[str]:
    return {v["source"].split("#")[0] for v in LABELS.values() if split is None or v["split"] == split}


def main(argv: list[str] | None = None) -> int:
    """Print the per-category table of one split (``seen``, ``heldout``, ``setb``) and its misses."""
    import sys

    split = (argv if argv is not None else sys.argv[1:] or ["setb"])[0]
    names = sorted(n for n, label in LABELS.items() if label["split"] == split)
    results = evaluate(names)
    print(f"split {split}: {len(names)} samples, {len(projects(split))} projects")
    print(f"{'category':24} {'n':>3} {'kind':>5} {'cat':>5} {'unk':>4} {'wrong':>5}")
    for cat, row in table(results, split).items():
        print(
            f"{cat:24} {row['n']:3} {row['kind']:5} {row['category']:5} {row['unknown']:4} {row['wrong']:5}"
        )
    for name in names:
        res = results[name]
        if not res["category"]:
            label = LABELS[name]
            tag = "WRONG" if res["wrong"] else "miss "
            print(f"{tag} {name}: labelled {label['kind']}/{label['category']}, got {res['got']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
