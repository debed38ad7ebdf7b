"""The labelled corpus: every sample's root cause classified as labelled; accuracy per category."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from trainerd.triage import rules
from trainerd.triage.service import triage_text

from .conftest import CORPUS, LABELS, corpus_text

# Samples whose label's category came from a rule the precision audit found unreliable at first sight
# (docs/accuracy.md, "Precision audit"): triage now answers unknown there, with the exception and the
# user's frame it read. The label is kept (no relabelling); the answer is not wrong, only not right.
AUDITED_UNKNOWN = {
    # numerical:ZeroDivisionError was wrong 4 of 4 on first sight (the zero divisor was a count)
    "real_zero_division.log",
    # architecture for a checkpoint that does not fit the model (round 55): 3 right, 10 wrong at first sight on the
    # field sets DK-EH -- another configuration, release or model as often as a wrong model definition
    "holdout_missing_keys.log",
    "torch_state_dict_keys.log",
    "torch_state_dict_size_mismatch.log",
    # the round-98 audit (entries right less than 3 times in 5 on the field corpus): an in-place change autograd
    # needed (11 right, 9 wrong), "does not require grad" (16 / 8), NumPy's broadcast refusal on the user's own
    # arithmetic line (1 / 4)
    "holdout_inplace.log",
    "torch_no_grad_fn.log",
    "real_shape_broadcast.log",
    "real_ipython_frames.log",
}


def evaluate(name: str, label: dict) -> tuple[bool, tuple]:
    cwd = CORPUS / label["project"] if "project" in label else CORPUS
    report = triage_text(corpus_text(name), cwd=cwd)
    r = report.errors[report.root_cause] if report.root_cause is not None else None
    if r is None:
        return False, ()
    got = (
        r.kind,
        r.category,
        r.exception.rsplit(".", 1)[-1].rsplit("::", 1)[-1],
        f"{Path(r.frame.file).name}:{r.frame.line}" if r.frame else None,
        (r.proposal or {}).get("kind"),
        r.rank,
    )
    want_exc = label["exception"].rsplit("::", 1)[-1]
    ok = (
        got[:2] == (label["kind"], label["category"])
        and got[2] == want_exc
        and ("frame" not in label or got[3] == label["frame"])
        and ("fix" not in label or got[4] == label["fix"])
        and ("rank" not in label or got[5] == label["rank"])
        and all(s in r.shapes for s in label.get("shapes", []) if s not in ("glued", "wrapped"))
    )
    return ok, got


def accuracy() -> dict[str, tuple[int, int]]:
    """category (or "unknown") -> (correct, total) over the corpus."""
    totals: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for name, label in LABELS.items():
        key = label["category"] or "unknown"
        totals[key] += 1
        correct[key] += evaluate(name, label)[0]
    return {k: (correct[k], totals[k]) for k in sorted(totals)}


@pytest.mark.parametrize("name", sorted(set(LABELS) - AUDITED_UNKNOWN))
def test_sample_classified_as_labelled(name):
    ok, got = evaluate(name, LABELS[name])
    assert ok, f"{name}: got {got}, labelled {LABELS[name]}"


def test_corpus_covers_every_category_and_real_runs():
    cats = {label["category"] for label in LABELS.values()}
    assert set(rules.RUNTIME_CATEGORIES) <= cats
    assert set(rules.LOGIC_CATEGORIES) <= cats
    assert None in cats  # unknown is a label too
    real = [n for n, label in LABELS.items() if label["origin"] == "real"]
    assert len(real) >= 25
    assert all((CORPUS / n).is_file() for n in LABELS)


@pytest.mark.parametrize("name", sorted(AUDITED_UNKNOWN))
def test_audited_sample_answers_unknown_with_what_it_read(name):
    label = LABELS[name]
    ok, got = evaluate(name, label)
    assert not ok
    assert got[:2] == ("unknown", None)
    assert got[2] == label["exception"] and got[3] == label["frame"]


def test_accuracy_per_category():
    table = accuracy()
    missing = sum(t - c for c, t in table.values())
    assert missing == len(AUDITED_UNKNOWN), table
